"""Lesson 02 in Notebook 7 (not JupyterLab): it runs, the Tagger renders, asks a `root`
for a name, and a click is saved, then moved into the file of the name given."""

import json
import re
import time

from jlab import TIMEOUT, screenshot

# Notebook 7 shows one notebook per tab, without JupyterLab's dock panel.
PANEL = ".jp-NotebookPanel"


def saved(path, key, label):
    """The tags file once it gives `key` the `label` (the kernel saves asynchronously)."""
    deadline = time.monotonic() + TIMEOUT / 1000
    doc = None
    while time.monotonic() < deadline:
        if path.exists():
            doc = json.loads(path.read_text(encoding="utf-8"))
            if any((t["text_id"], t["sentence"]) == key and label in t["labels"]
                   for t in doc["tags"]):
                return doc
        time.sleep(0.2)
    raise AssertionError(f"{path} holds {doc}, without {label} on {key}")


def run_all_until(page, target):
    """Run All Cells until `target` shows. Notebook 7 may ask, once, which kernel to start
    (the dialog can come after the first Run All, which it then swallows)."""
    deadline = time.monotonic() + 3 * TIMEOUT / 1000
    accept = page.locator(".jp-Dialog .jp-mod-accept")
    idle = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")
    last_run = None
    while time.monotonic() < deadline:
        if target.count() and target.first.is_visible():
            return
        if accept.count() and accept.first.is_visible():
            accept.first.click()  # "Select": the notebook's own kernel, Python 3
            last_run = None
        elif idle.count() and (last_run is None or time.monotonic() - last_run > 30):
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_role("menuitem", name=re.compile("^Run All Cells")).click()
            last_run = time.monotonic()
        time.sleep(0.25)
    screenshot(page, "notebook7-not-run")
    raise AssertionError("Notebook 7 did not run the lesson")


def test_lesson_02_in_notebook_7_renders_asks_a_name_and_saves(page, lab):
    work = lab.root / "my-work"  # where the lab's kernels save (NARRATIVES_MY_WORK)
    try:
        run_lesson_02(page, work)
    finally:  # the name must not follow the other browser tests
        for name in ("name.txt", "tags-Ada-Lovelace.json"):
            (work / name).unlink(missing_ok=True)


def run_lesson_02(page, work):
    page.goto("tree/notebooks", timeout=TIMEOUT)  # Notebook 7's file browser
    page.get_by_text("02-narratives.ipynb").first.wait_for(timeout=TIMEOUT)
    page.goto("notebooks/notebooks/02-narratives.ipynb", timeout=TIMEOUT)
    page.locator(f"{PANEL} .jp-Notebook").wait_for(timeout=TIMEOUT)
    assert page.locator("#jp-main-dock-panel").count() == 0  # not JupyterLab
    page.get_by_role("menuitem", name="Edit", exact=True).click()
    page.get_by_role("menuitem", name=re.compile("^Clear Outputs of All Cells")).click()
    aggressor = page.locator(f"{PANEL} .narratives-label").filter(
        has_text="NATO is an aggressor").first.locator("input")
    run_all_until(page, aggressor)
    aggressor.scroll_into_view_if_needed()
    ask = page.locator(f"{PANEL} .narratives-ask-name").first
    assert ask.is_visible()  # the login is root: the Tagger asks for a name
    assert "root" in ask.inner_text()

    where = page.locator(f"{PANEL} .widget-html").filter(has_text=" tagged").first
    sentence = int(re.search(r"Sentence (\d+) of", where.inner_text()).group(1))
    menu = page.locator(f"{PANEL} .widget-dropdown select").first.input_value()
    text_id = menu.split(" · ")[0]  # the menu shows "id · outlet kind"
    aggressor.click()
    saved(work / "tags-root.json", (text_id, sentence), "nato-aggressor")
    ask.locator("input").fill("Ada Lovelace")
    ask.locator("button").click()
    doc = saved(work / "tags-Ada-Lovelace.json", (text_id, sentence), "nato-aggressor")
    assert doc["annotator"] == "Ada Lovelace"
    assert not (work / "tags-root.json").exists()
    page.locator(f"{PANEL} .narratives-ask-name").first.wait_for(state="hidden",
                                                                 timeout=TIMEOUT)
    assert (work / "name.txt").read_text(encoding="utf-8") == "Ada Lovelace\n"
    screenshot(page, "notebook7-tagger")
    errors = page.locator(f"{PANEL} .jp-OutputArea-output"
                          "[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
    assert not errors, errors
