"""A learner's day in lesson 00, in a real browser (issue 21 items 1 and 2, issue 23 item 6).

The answer to a prediction is out of sight until the learner runs its cell;
the learner gives a pseudonym in the name step, writes an answer with
quotes and apostrophes in a box, saves it, and finds it in `my-work/` and in
the zip that "Download all my work" makes, beside their notebook.
"""

import base64
import io
import json
import zipfile

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, open_notebook, run_all_cells,
                  screenshot, scroll_to, wait_idle)

ANSWER = "Isn't \"NATO's denial\" a claim too? Who counted the tanks, and how?"


def cell(page, words):
    """The code cell whose source holds `words`."""
    return page.locator(f"{NOTEBOOK} .jp-CodeCell", has_text=words).first


def test_lesson_00_hides_the_answer_then_keeps_what_the_learner_writes(page, lab):
    lesson = lab.root / "notebooks" / "00-start-here.ipynb"
    stored = lesson.read_bytes()
    try:
        learner_writes_in_lesson_00(page, lab)
    finally:  # the other browser tests meet the lesson and my-work/ as they were
        lesson.write_bytes(stored)
        for made in ["name.txt", *(p.name for p in (lab.root / "my-work").glob("answers-*"))]:
            (lab.root / "my-work" / made).unlink(missing_ok=True)


def learner_writes_in_lesson_00(page, lab):
    open_notebook(page, "notebooks/00-start-here.ipynb")
    reveal = scroll_to(cell(page, "named = [labels"))
    # Stored (strict nbval compares it) but collapsed: JupyterLab previews only its first
    # line, the learner's guess, not the answer.
    preview = reveal.locator(".jp-PlaceholderText")
    assert preview.inner_text().startswith("Your guess")
    assert "Text D" not in reveal.locator(".jp-Cell-outputWrapper").inner_text()

    run_all_cells(page)
    assert_no_errors(page)
    reveal = scroll_to(cell(page, "named = [labels"))
    reveal.locator(".jp-OutputArea-output").first.wait_for(state="visible", timeout=TIMEOUT)
    assert "Text D" in reveal.inner_text()  # neutral: no id names its outlet yet

    step = scroll_to(page.locator(f"{NOTEBOOK} .narratives-name-step"))
    step.locator("input").fill("Kestrel")
    step.get_by_role("button", name="Use this name").click()
    step.get_by_text("carry the name 'Kestrel'").wait_for(timeout=TIMEOUT)

    box = scroll_to(page.locator(f"{NOTEBOOK} .narratives-answer"))
    box.locator("textarea").fill(ANSWER)
    box.get_by_role("button", name="Save my answer").click()
    box.get_by_text("Saved at").wait_for(timeout=TIMEOUT)
    screenshot(page, "00-answer-saved")
    saved = json.loads((lab.root / "my-work" / "answers-Kestrel.json").read_text("utf-8"))
    assert [(a["key"], a["answer"]) for a in saved["answers"]] == [("my-question", ANSWER)]

    # Save the notebook, then download everything, as lesson 00 tells learners to.
    page.keyboard.press("Control+s")
    download = scroll_to(cell(page, "workspace.download_all()"))
    download.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    wait_idle(page)
    link = download.locator("a[download='my-work.zip']")
    link.wait_for(timeout=TIMEOUT)
    data = base64.b64decode(link.get_attribute("href").split("base64,", 1)[1])
    with zipfile.ZipFile(io.BytesIO(data)) as zipped:
        readable = zipped.read("my-work/answers-Kestrel.md").decode("utf-8")
        assert ANSWER in readable and "**Question.** One question you hope" in readable
        notebook = json.loads(zipped.read("notebooks/00-start-here.ipynb"))
        assert any("answers.box" in "".join(c["source"]) for c in notebook["cells"])
    assert_no_errors(page)
