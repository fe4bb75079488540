"""The helpers catch what they should: without this, a lesson's error could go unseen."""

import pytest
from jlab import assert_no_errors, error_outputs, open_notebook, run_all_cells, write_notebook


def test_an_error_stops_run_all_and_is_reported(page, lab):
    write_notebook(lab.root, "broken.ipynb", "print('before')",
                   "import sys\nprint('a warning', file=sys.stderr)", "1 / 0", "print('never')")
    open_notebook(page, "broken.ipynb")
    run_all_cells(page)  # returns: an error must not leave it waiting
    errors = error_outputs(page)
    assert len(errors) == 2
    assert errors[0].strip() == "a warning" and "ZeroDivisionError" in errors[1]
    with pytest.raises(AssertionError, match="ZeroDivisionError"):
        assert_no_errors(page)


def test_the_accessibility_checks_catch_what_they_should(page, lab):
    """A PNG without a description, grey text on the dark theme, a clipped box: all caught."""
    from jlab import AXE, axe, clipped, set_theme, undescribed_images

    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm not found): nothing to check with.")
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAA"
           "ABJRU5ErkJggg==")
    write_notebook(
        lab.root, "inaccessible.ipynb",
        "import base64\nfrom IPython.display import HTML, Image\n"
        f"Image(base64.b64decode({png!r}), width=40)",
        f"HTML('<img width=\"40\" src=\"data:image/png;base64,{png}\">')",
        "HTML('<p style=\"color:#6b6b6b\">grey words, the old colour</p>')",
        "HTML('<div style=\"overflow:hidden;width:50px;white-space:nowrap\">'"
        " + 'words that do not fit in fifty pixels' + '</div>')")
    open_notebook(page, "inaccessible.ipynb")
    run_all_cells(page)
    found, _ = axe(page, "helpers-inaccessible-light")
    # JupyterLab gives an <img> in HTML the alt text "Image", which axe accepts: it
    # says nothing, so the checks look for it themselves.
    assert len(undescribed_images(page)) == 2, undescribed_images(page)
    assert clipped(page) and "words that do not fit" in clipped(page)[0]
    set_theme(page, "dark")
    try:
        found, _ = axe(page, "helpers-inaccessible-dark")
        assert "color-contrast" in [rule for rule, _, _ in found.get("serious", [])]
    finally:
        set_theme(page, "light")
