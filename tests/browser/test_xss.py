"""A text that holds HTML is shown as characters in the browser, and runs nothing."""

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, enclosing_box, open_notebook,
                  run_all_cells, screenshot, write_notebook)

IMG = '<img src=x onerror="window.__xss = 1; document.title = \'img ran\'; alert(1)">'
SCRIPT = "<script>window.__xss = 2; document.title = 'script ran'; alert(2)</script>"
# Shown raw, the same tag does run: proof that this test would see it run.
CONTROL = '<img src=x onerror="window.__control = 1">'


def write_lesson(root):
    folder = root / "xss-texts"
    folder.mkdir(exist_ok=True)
    (folder / "a-plain.txt").write_text("A plain text\n\nNATO denied the claim.\n",
                                        encoding="utf-8")
    (folder / "b-hostile.txt").write_text(
        f"Hostile {IMG} title\n\nThe first sentence has {IMG} in it. Then {SCRIPT} here.\n",
        encoding="utf-8")
    write_notebook(root, "xss.ipynb",
                   "from narratives import texts\n"
                   "reader = texts.Reader(texts.load('xss-texts'))\nreader",
                   f"import ipywidgets\nipywidgets.HTML({CONTROL!r})")


def test_html_in_a_text_is_shown_as_characters_and_runs_nothing(page, lab):
    write_lesson(lab.root)
    open_notebook(page, "xss.ipynb")
    title = page.title()
    run_all_cells(page)
    assert_no_errors(page)
    page.wait_for_function("() => window.__control === 1", timeout=TIMEOUT)

    menu = page.locator(f"{NOTEBOOK} .widget-dropdown select")
    menu.select_option(label=next(o for o in menu.locator("option").all_inner_texts()
                                  if o.startswith("b-hostile")))
    page_html = enclosing_box(menu).locator(".widget-html-content")
    page.wait_for_function("(el) => el.innerText.includes('Hostile')",
                           arg=page_html.element_handle(), timeout=TIMEOUT)
    page.wait_for_timeout(1000)  # time for an image error or a script to fire
    shown = page_html.inner_text()
    screenshot(page, "xss")

    assert f"Hostile {IMG} title" in shown  # the title, as characters
    assert f"has {IMG} in it." in shown and SCRIPT in shown
    assert page_html.locator("img, script").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.title() == title
    assert page.dialogs == []
