"""The Tagger in a real browser: two clicks land on disk and come back after a restart."""

import json
import time

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, open_notebook,
                  restart_kernel_and_run_all, run_all_cells, screenshot, scroll_to,
                  write_notebook)


def tagger_notebook(root):
    """A notebook with one Tagger, saving into a folder of the lab's temporary copy."""
    folder = root / "my-work"
    write_notebook(root, "tagging.ipynb", "from narratives import tagging, texts\n"
                   f"tagger = tagging.Tagger(texts.load(), annotator='browser', "
                   f"folder={str(folder)!r})\ntagger")
    return folder / "tags-browser.json"


def label_button(page, name):
    """A label's checkbox (its box, which a click or Space ticks)."""
    return page.locator(f"{NOTEBOOK} .narratives-label").filter(has_text=name).locator("input")


def nav_button(page, name):
    return page.locator(f"{NOTEBOOK} button.widget-button").filter(has_text=name).first


def progress(page):
    """The line that says which sentence is shown and how many are tagged."""
    return page.locator(f"{NOTEBOOK} .widget-html").filter(has_text=" tagged").first


def tags_on_disk(path, wanted):
    """The file's tags once they are what the test expects (the kernel saves asynchronously)."""
    deadline = time.monotonic() + TIMEOUT / 1000
    found = None
    while time.monotonic() < deadline:
        if path.exists():
            doc = json.loads(path.read_text(encoding="utf-8"))
            found = {(t["text_id"], t["sentence"]): t["labels"] for t in doc["tags"]}
            if found == wanted:
                return doc
        time.sleep(0.2)
    raise AssertionError(f"{path} holds {found}, not {wanted}")


def wait_text(page, locator, text):
    page.wait_for_function("([el, text]) => el.innerText.includes(text)",
                           arg=[locator.element_handle(), text], timeout=TIMEOUT)


def test_tags_clicked_in_the_browser_are_saved_and_restored(page, lab):
    path = tagger_notebook(lab.root)
    open_notebook(page, "tagging.ipynb")
    run_all_cells(page)
    assert_no_errors(page)

    scroll_to(label_button(page, "NATO is an aggressor")).click()  # sentence 1, the mouse
    nav_button(page, "Next").click()
    wait_text(page, progress(page), "Sentence 2 of 18")
    defensive = label_button(page, "NATO is defensive")
    defensive.focus()
    page.keyboard.press("Space")  # sentence 2, the keyboard
    doc = tags_on_disk(path, {("euvsdisinfo-force", 1): ["nato-aggressor"],
                              ("euvsdisinfo-force", 2): ["nato-defensive"]})
    assert doc["position"] == {"text_id": "euvsdisinfo-force", "sentence": 2}
    screenshot(page, "tagger-two-tags")
    check_outputs(page, "tagger-two-tags")

    restart_kernel_and_run_all(page)
    assert_no_errors(page)
    where = progress(page)
    wait_text(page, where, "2 of 130 tagged")
    assert "Sentence 2 of 18" in where.inner_text()
    assert label_button(page, "NATO is defensive").is_checked()
    assert not label_button(page, "NATO is an aggressor").is_checked()
    nav_button(page, "Previous").click()
    page.wait_for_function(
        "(el) => el.checked",
        arg=label_button(page, "NATO is an aggressor").element_handle(), timeout=TIMEOUT)
    screenshot(page, "tagger-restored")
    check_outputs(page, "tagger-restored")
