"""The Tagger as a learner meets it at 800 px with the file browser open, by keyboard too,
and after a save and reopen or a restart (issue 21 items 4 and 5, issue 23 item 5)."""

import json

from jlab import (NARROW, NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, open_notebook,
                  run_all_cells, run_command, screenshot, scroll_to, wait_idle, write_notebook)

from conftest import _shut_down_kernels as shut_down_kernels
from test_tagging_browser import tags_on_disk, wait_text

TALL = 900   # px: the window height at which a click once scrolled the sentence away


def narrow_with_file_browser(page):
    """800 px wide, JupyterLab's file browser open beside the notebook (its default)."""
    page.set_viewport_size({"width": NARROW, "height": TALL})
    run_command(page, "filebrowser:activate")
    panel = page.locator("#filebrowser")
    panel.wait_for(state="visible", timeout=TIMEOUT)
    assert panel.bounding_box()["width"] > 150
    page.wait_for_timeout(500)


def box(locator):
    return locator.bounding_box()


def in_view(page, locator):
    """The element is inside the notebook's visible area, left to right and top to bottom."""
    area = box(page.locator(f"{NOTEBOOK} .jp-WindowedPanel-outer, {NOTEBOOK} .jp-Notebook")
               .first)
    found = box(locator)
    return (found["x"] >= area["x"] - 1 and found["x"] + found["width"] <= area["x"]
            + area["width"] + 1 and found["y"] >= area["y"] - 1
            and found["y"] + found["height"] <= min(area["y"] + area["height"], TALL) + 1)


def confirm_command(page, command):
    """Run a command that asks first (Restart Kernel, Shut Down Kernel) and accept."""
    page.evaluate("(command) => { window.jupyterapp.commands.execute(command); }", command)
    page.locator(".jp-Dialog .jp-mod-accept").click(timeout=TIMEOUT)


FOCUSED = """() => {
    const el = document.activeElement;
    return {tag: el.tagName.toLowerCase(), type: el.type || '', checked: !!el.checked,
            text: (el.closest('label') || el).innerText.trim(),
            ring: getComputedStyle(el).outlineStyle !== 'none'};
}"""


def test_at_800px_the_tagger_keeps_its_place_its_line_and_its_sentence_in_view(page, lab):
    folder = lab.root / "narrow-work"
    write_notebook(lab.root, "narrow.ipynb",
                   "from narratives import tagging, texts\n"
                   f"tagging.Tagger(texts.load(), folder={str(folder)!r}, start='bogus-threat')",
                   "# another cell, active before the Tagger's")
    open_notebook(page, "narrow.ipynb")
    narrow_with_file_browser(page)
    run_all_cells(page)
    assert_no_errors(page)
    tagger = page.locator(f"{NOTEBOOK} .narratives-widget")
    tagger.wait_for(timeout=TIMEOUT)

    # It opens on the text the lesson names.
    assert tagger.locator("select").first.input_value().startswith("bogus-threat ·")
    where = tagger.locator(".widget-html").filter(has_text=" tagged").first
    wait_text(page, where, "Sentence 1 of 22")
    # A shared login: the name box. The greeting appears beside it, and no empty bar.
    name_box = tagger.locator(".narratives-ask-name input")
    scroll_to(name_box)
    asked_at = box(name_box)["y"]
    name_box.fill("Ada L")
    tagger.locator("button").filter(has_text="Use this name").click()
    hello = tagger.locator(".widget-html").filter(has_text="Hello, Ada L")
    hello.wait_for(timeout=TIMEOUT)
    assert abs(box(hello)["y"] - asked_at) < 120, (box(hello), asked_at)
    bars = page.evaluate("""(root) => [...root.querySelectorAll('span')].filter(s =>
        s.style.borderLeftStyle === 'solid' && s.offsetParent !== null
        && !s.innerText.trim()).length""", tagger.element_handle())
    assert bars == 0, "an empty coloured bar is shown"

    # The progress line is in view, not past the right edge of a row that scrolls.
    scroll_to(where)
    assert in_view(page, where), (box(where), "progress line out of view")

    # The sentence stays in view when a label is clicked, even the lowest label on screen,
    # and even when another cell was active before (JupyterLab then activates this one).
    page.locator(f"{NOTEBOOK} .jp-CodeCell").nth(1).locator(".jp-InputArea-editor").click()
    page.keyboard.press("Escape")
    sentence = tagger.locator(".tagger-sentence")
    page.evaluate("(el) => el.scrollIntoView({block: 'start'})", sentence.element_handle())
    page.wait_for_timeout(300)
    shown = [l for l in tagger.locator(".narratives-label").all() if in_view(page, l)]
    assert len(shown) >= 8, f"only {len(shown)} labels fit under the sentence at {TALL} px"
    scroller = f"{NOTEBOOK} .jp-WindowedPanel-outer"
    before = page.locator(scroller).evaluate("(el) => el.scrollTop")
    shown[-1].locator("input").click()
    label = shown[-1].inner_text().strip()
    page.wait_for_function("(el) => el.checked", arg=shown[-1].locator("input").element_handle(),
                           timeout=TIMEOUT)
    page.wait_for_timeout(500)
    assert in_view(page, sentence), f"clicking '{label}' scrolled the sentence out of view"
    assert page.locator(scroller).evaluate("(el) => el.scrollTop") == before
    screenshot(page, "tagger-800px-labelled")

    # Keyboard: from Next, two Tabs reach the first label; its state is announced.
    nxt = tagger.locator("button").filter(has_text="Next").first
    nxt.focus()
    page.keyboard.press("Enter")
    wait_text(page, where, "Sentence 2 of 22")
    stops = []
    for _ in range(2):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
    assert stops[-1]["type"] == "checkbox", stops
    assert stops[-1]["ring"], "focus is not visible on the label"
    page.keyboard.press("Space")
    assert page.evaluate(FOCUSED)["checked"]
    assert_no_errors(page)
    check_outputs(page, "tagger-800px")


def test_a_saved_tagger_reopens_shown_and_says_it_is_not_connected(page, lab):
    folder = lab.root / "reopen-work"
    write_notebook(lab.root, "reopen.ipynb",
                   "from narratives import tagging, texts\n"
                   f"tagging.Tagger(texts.load(), annotator='ada', folder={str(folder)!r}, "
                   "start='pravda-bury')")
    open_notebook(page, "reopen.ipynb")
    run_all_cells(page)
    tagger = page.locator(f"{NOTEBOOK} .narratives-widget")
    tagger.wait_for(timeout=TIMEOUT)
    offline = tagger.locator(".narratives-offline")
    assert not offline.is_visible()
    nxt = tagger.locator("button").filter(has_text="Next").first
    scroll_to(nxt).click()
    scroll_to(tagger.locator(".narratives-label").filter(has_text="No narrative")).locator("input").click()
    tags_on_disk(folder / "tags-ada.json", {("pravda-bury", 2): ["none"]})
    saved = tagger.locator(".narratives-live").filter(has_text="Saved")
    saved.wait_for(timeout=TIMEOUT)

    # Saved (JupyterLab autosaves too): the widget state goes with the notebook.
    run_command(page, "docmanager:save")
    stored = json.loads((lab.root / "reopen.ipynb").read_text(encoding="utf-8"))
    assert stored["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]

    # The kernel stops (a restart): the Tagger says so, and no longer says "Saved".
    confirm_command(page, "kernelmenu:restart")
    offline.wait_for(state="visible", timeout=TIMEOUT)
    assert "Not connected: re-run this cell." in offline.inner_text()
    assert not saved.is_visible()
    wait_idle(page)

    # Closed, and reopened on a new kernel: the Tagger shows as it was saved (not "model
    # not found"), and says it is not connected.
    shut_down_kernels(lab)
    open_notebook(page, "reopen.ipynb")
    tagger = page.locator(f"{NOTEBOOK} .narratives-widget")
    tagger.wait_for(timeout=TIMEOUT)
    text = page.locator(f"{NOTEBOOK} .jp-OutputArea").first.inner_text()
    assert "Error displaying widget" not in text and "model not found" not in text
    offline = tagger.locator(".narratives-offline")
    offline.wait_for(state="visible", timeout=TIMEOUT)
    assert "Sentence 2 of" in text
    screenshot(page, "tagger-reopened")

    # Re-run: a live Tagger again, where the learner stopped.
    run_all_cells(page)
    assert_no_errors(page)
    tagger = page.locator(f"{NOTEBOOK} .narratives-widget")
    where = tagger.locator(".widget-html").filter(has_text=" tagged").first
    wait_text(page, where, "Sentence 2 of")
    assert not tagger.locator(".narratives-offline").is_visible()
    assert tagger.locator(".narratives-label").filter(has_text="No narrative").locator(
        "input").is_checked()


def fits_across(page, locator):
    """The element's right edge is inside the notebook, and it needs no sideways scroll."""
    panel = box(page.locator(NOTEBOOK))
    found = box(locator)
    sideways = locator.evaluate("(el) => el.scrollWidth - el.clientWidth")
    return found["x"] + found["width"] <= panel["x"] + panel["width"] + 1 and sideways <= 1


def test_at_800px_the_concordance_and_the_calibration_table_stay_in_view(page, lab):
    write_notebook(lab.root, "narrow-tables.ipynb",
                   "from narratives import tagging, texts, words\n"
                   "from narratives.tagging import calibration\ncorpus = texts.load()\n"
                   "words.Explorer(corpus)",
                   "calibration.CalibrationRound(corpus, tagging.load_reference(corpus))")
    open_notebook(page, "narrow-tables.ipynb")
    narrow_with_file_browser(page)
    run_all_cells(page)
    assert_no_errors(page)

    # The Explorer's concordance: the word and its right-hand context, in every line.
    lines = page.locator(f"{NOTEBOOK} .explorer-concordance")
    lines.locator("mark").first.wait_for(timeout=TIMEOUT)
    scroll_to(lines.locator("mark").first)
    assert fits_across(page, lines.locator(".narratives-scroll"))
    for row in lines.locator("tbody tr:has(mark)").all()[:5]:
        for cell in (row.locator("mark"), row.locator("td").last):
            assert fits_across(page, cell), (cell.inner_text(), box(cell))
        # Each context has room for a few words a line, not one.
        assert box(row.locator("td").first)["width"] > 120, box(row.locator("td").first)
    screenshot(page, "concordance-800px")

    # The calibration's comparison: a block per sentence, not one word per line.
    round_ = page.locator(f"{NOTEBOOK} .jp-CodeCell").nth(1)
    first = round_.locator(".widget-select-multiple select").first
    scroll_to(first).select_option(label="nato-aggressor: NATO is an aggressor")
    round_.locator("button.widget-button").filter(
        has_text="Compare with the reference").click()
    cards = page.locator(f"{NOTEBOOK} .calibration-card")
    cards.first.wait_for(timeout=TIMEOUT)
    assert cards.count() == 5
    for card in cards.all():
        scroll_to(card)
        assert fits_across(page, card) and box(card)["width"] > 300, box(card)
    screenshot(page, "calibration-800px")
    check_outputs(page, "narrow-tables")
