"""Lesson 02 in Notebook 7 (not JupyterLab): it runs, the Tagger renders, asks a `root`
for a name, and a click is saved to the learner's copy under that name."""

import json
import re
import shutil
import time

from jlab import TIMEOUT, screenshot

# Notebook 7 shows one notebook per tab, without JupyterLab's dock panel.
PANEL = ".jp-NotebookPanel"


def saved(path, wanted):
    deadline = time.monotonic() + TIMEOUT / 1000
    doc = None
    while time.monotonic() < deadline:
        if path.exists():
            doc = json.loads(path.read_text(encoding="utf-8"))
            if {(t["text_id"], t["sentence"]): t["labels"] for t in doc["tags"]} == wanted:
                return doc
        time.sleep(0.2)
    raise AssertionError(f"{path} holds {doc}, not {wanted}")


def test_lesson_02_in_notebook_7_renders_asks_a_name_and_saves(page, lab):
    copy = lab.root / "notebook7"  # a learner's copy of its own: its my-work is this test's
    (copy / "notebooks").mkdir(parents=True)
    shutil.copy(lab.root / "notebooks" / "02-narratives.ipynb", copy / "notebooks")
    shutil.copytree(lab.root / "texts", copy / "texts")
    work = copy / "my-work"
    page.goto("tree/notebook7/notebooks", timeout=TIMEOUT)  # Notebook 7's file browser
    page.get_by_text("02-narratives.ipynb").first.wait_for(timeout=TIMEOUT)
    page.goto("notebooks/notebook7/notebooks/02-narratives.ipynb", timeout=TIMEOUT)
    page.locator(f"{PANEL} .jp-Notebook").wait_for(timeout=TIMEOUT)
    assert page.locator("#jp-main-dock-panel").count() == 0  # not JupyterLab
    assert "Jupyter Notebook" in page.title() or "02-narratives" in page.title()
    page.get_by_text("Kernel", exact=True).first.wait_for(timeout=TIMEOUT)

    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile("^Run All Cells")).click()
    aggressor = page.locator(f"{PANEL} button.widget-toggle-button").filter(
        has_text="NATO is an aggressor").first
    time.sleep(20); screenshot(page, "nb7-debug"); print(page.locator(PANEL).inner_text()[-3000:])
    aggressor.wait_for(timeout=TIMEOUT * 2)
    aggressor.scroll_into_view_if_needed()
    ask = page.locator(f"{PANEL} .narratives-ask-name").first
    assert ask.is_visible()  # the login is root: the Tagger asks for a name
    assert "root" in ask.inner_text()

    aggressor.click()
    saved(work / "tags-root.json", {("euvsdisinfo-force", 1): ["nato-aggressor"]})
    ask.locator("input").fill("Ada Lovelace")
    ask.locator("button").click()
    doc = saved(work / "tags-Ada-Lovelace.json", {("euvsdisinfo-force", 1): ["nato-aggressor"]})
    assert doc["annotator"] == "Ada Lovelace"
    assert not (work / "tags-root.json").exists()
    page.locator(f"{PANEL} .narratives-ask-name").first.wait_for(state="hidden",
                                                                 timeout=TIMEOUT)
    assert (work / "name.txt").read_text(encoding="utf-8") == "Ada Lovelace\n"
    screenshot(page, "notebook7-tagger")
    errors = page.locator(f"{PANEL} .jp-OutputArea-output"
                          "[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
    assert not errors, errors
