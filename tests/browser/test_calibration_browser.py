"""Lesson 02's calibration round in a real browser: choose labels, compare, read the reasons."""

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, open_notebook,
                  run_all_cells, scroll_to, write_notebook)


def test_choosing_labels_and_comparing_shows_the_reference_and_its_rule(page, lab):
    write_notebook(lab.root, "calibration.ipynb",
                   "from narratives import tagging, texts\nfrom narratives.tagging import calibration\n"
                   "corpus = texts.load()\n"
                   "calibration.CalibrationRound(corpus, tagging.load_reference(corpus))")
    open_notebook(page, "calibration.ipynb")
    run_all_cells(page)
    assert_no_errors(page)

    first = page.locator(f"{NOTEBOOK} .widget-select-multiple select").first
    scroll_to(first).select_option(value=None, label="nato-aggressor: NATO is an aggressor")
    page.locator(f"{NOTEBOOK} button.widget-button").filter(
        has_text="Compare with the reference").click()
    result = page.locator(f"{NOTEBOOK} .widget-html").filter(has_text="of 5 the same")
    result.wait_for(timeout=TIMEOUT)
    text = result.inner_text()
    assert "0 of 5 the same as the reference, 1 partly; 4 not tagged yet." in text
    assert "Rule: nato-aggressor when NATO" in text
    check_outputs(page, "02-calibration-compared")
