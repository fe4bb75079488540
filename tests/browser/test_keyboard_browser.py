"""The Tagger with the keyboard alone: Tab to a label, Space to tick it, and hear its state.

Every Tab stop must show where focus is, and Tab must follow the reading order
(top to bottom, left to right within a row).
"""

import json
import time

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, open_notebook,
                  run_all_cells, screenshot, write_notebook)

# What the element in focus is, where it is, and whether focus can be seen on it.
FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // A checkbox is named by the label around it.
    const named = el.closest('label') || el;
    return {tag: el.tagName.toLowerCase(), text: (named.innerText || el.value || '').trim(),
            checked: !!el.checked,
            label: el.getAttribute('aria-label') || '', top: box.top, left: box.left,
            bottom: box.bottom, ring: style.outlineStyle !== 'none'
                && parseFloat(style.outlineWidth) >= 2,
            ringColour: style.outlineColor,
            inWidget: el.closest('.narratives-widget') !== null};
}"""


def keyboard_notebook(root):
    folder = root / "keyboard-work"
    write_notebook(root, "keyboard.ipynb", "from narratives import tagging, texts\n"
                   f"tagging.Tagger(texts.load(), annotator='keyboard', folder={str(folder)!r})")
    return folder / "tags-keyboard.json"


def test_a_sentence_is_tagged_with_the_keyboard_alone(page, lab):
    path = keyboard_notebook(lab.root)
    open_notebook(page, "keyboard.ipynb")
    run_all_cells(page)
    assert_no_errors(page)
    menu = page.locator(f"{NOTEBOOK} .narratives-widget select").first
    menu.wait_for(timeout=TIMEOUT)
    # The learner tabs into the widget; from its first control on, only keys are used.
    menu.focus()
    stops = [page.evaluate(FOCUSED)]
    while "NATO is an aggressor" not in stops[-1]["text"]:
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
        assert stops[-1]["inWidget"], f"Tab left the Tagger before the labels: {stops}"
        assert len(stops) < 40, f"no label button after 40 Tab presses: {stops}"
    print("Tab stops:", [s["text"][:25] or s["tag"] for s in stops])
    # Focus is visible at every stop, in a colour that keeps 3:1 (display.FOCUS).
    assert all(s["ring"] and s["ringColour"] == "rgb(0, 114, 178)" for s in stops), stops
    # Reading order: each stop is below the last, or on the same line to its right.
    for before, after in zip(stops, stops[1:]):
        same_line = after["top"] < before["bottom"] - 2
        assert (not same_line and after["top"] >= before["top"]) or \
            (same_line and after["left"] > before["left"]), (before, after)

    page.keyboard.press("Space")
    box = page.locator(f"{NOTEBOOK} .narratives-label").filter(
        has_text="NATO is an aggressor").locator("input")
    # A checkbox: a screen reader announces its state ("checked").
    page.wait_for_function("(el) => el.checked", arg=box.element_handle(), timeout=TIMEOUT)
    assert box.get_attribute("type") == "checkbox"
    deadline = time.monotonic() + TIMEOUT / 1000
    while time.monotonic() < deadline:
        if path.exists() and json.loads(path.read_text(encoding="utf-8"))["tags"]:
            break
        time.sleep(0.2)
    tags = json.loads(path.read_text(encoding="utf-8"))["tags"]
    assert [(t["text_id"], t["sentence"], t["labels"]) for t in tags] == \
        [("euvsdisinfo-force", 1, ["nato-aggressor"])]

    # Every definition opens from the keyboard: Tab to the list, Enter opens it.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED)["tag"] == "summary":
            break
    assert page.evaluate(FOCUSED)["text"].startswith("What each label means")
    page.keyboard.press("Enter")
    definitions = page.locator(f"{NOTEBOOK} details.label-definitions")
    assert definitions.get_attribute("open") is not None
    assert "nato-aggressor" in definitions.inner_text()
    screenshot(page, "tagger-keyboard")
    assert_no_errors(page)
    check_outputs(page, "tagger-keyboard")
