"""Nothing is revealed before it is asked (issue 21 item 1).

The answer to a "Predict, then run" is stored (strict nbval compares it) but
collapsed, and `tidy`, which ends every `make notebooks`, collapses it again
after each run. Text ids that name an outlet are not shown before lesson 01
asks who published each text: a neutral label ("Text A") stands in for them.
"""

import json
import re
from pathlib import Path

import pytest

from narratives import texts
from narratives.tidy import reveals, tidy

ROOT = Path(__file__).resolve().parent.parent
STORED = sorted((ROOT / "notebooks").glob("0*.ipynb")) + sorted((ROOT / "solutions").glob("*.ipynb"))
# Ids that give their publisher away.
TELLING = re.compile(r"euvsdisinfo|pravda|breitbart|belsat")


def code(source, *outputs, **metadata):
    return {"cell_type": "code", "source": source, "metadata": dict(metadata),
            "outputs": [{"output_type": "stream", "name": "stdout", "text": o} for o in outputs]}


def hidden(cell):
    return cell["metadata"].get("jupyter", {}).get("outputs_hidden") is True


def test_tidy_collapses_each_answer_and_nothing_else():
    cells = [code("corpus", "<Corpus>"),
             code("my_prediction = None"), code("count()", "1"),
             code('my_prediction = {"A": ...}\nsorting.check(my_prediction)', "Not attempted"),
             code("later()", "shown"),
             code("table", "the answer", tags=["reveal"]),
             code("my_prediction = 3")]  # the last cell: nothing after it to hide
    notebook = tidy({"cells": cells, "metadata": {}})
    assert [hidden(c) for c in notebook["cells"]] == [False, False, True, True, False, True,
                                                      False]
    again = json.loads(json.dumps(notebook))
    assert tidy(again) == notebook  # a second run changes nothing


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_stored_answer_is_collapsed(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    shown = [_first_line(c) for c in reveals(notebook) if not hidden(c)]
    assert not shown, f"on screen before the learner predicts (run `make notebooks`): {shown}"


def _first_line(cell):
    return "".join(cell["source"]).splitlines()[0]


def test_every_lesson_with_a_prediction_has_an_answer_to_hide():
    lessons = sorted((ROOT / "notebooks").glob("0*.ipynb"))
    counts = {p.name: len(reveals(json.loads(p.read_text(encoding="utf-8")))) for p in lessons}
    assert all(count >= 2 for count in counts.values()), counts


def test_the_reader_without_sources_names_texts_neutrally(corpus):
    reader = texts.Reader(corpus, source=False)
    labels = [label for label, _ in reader.menu.options]
    assert labels == ["Text A", "Text B", "Text C", "Text D", "Text E"]
    assert not TELLING.search(repr(reader)) and not TELLING.search(reader.page.value.lower()
                                                                   .split("<h3>")[0])
    assert texts.Reader(corpus).menu.options[0][0].startswith("euvsdisinfo-force")


def test_guesses_by_label_are_compared_and_the_table_shows_both(corpus):
    table = texts.compare_guesses(corpus, {"Text D": "Pravda", "Text B": "Belsat"})
    rows = {row[0]: row for row in table.rows}
    assert rows["Text D"][1:4] == ["pravda-bury", "Pravda", "yes"]
    assert rows["Text B"][1:4] == ["bogus-threat", "Belsat", "yes"]
    assert texts.overview(corpus, blind=True).column("text") == list(
        texts.blind_labels(corpus).values())


def _outputs_and_sources(cells):
    for cell in cells:
        yield "".join(cell["source"])
        for output in cell.get("outputs", []):
            yield json.dumps(output.get("text", output.get("data", {}).get("text/plain", "")))


def test_no_id_names_an_outlet_before_lesson_01_asks():
    start = json.loads((ROOT / "notebooks/00-start-here.ipynb").read_text(encoding="utf-8"))
    code_cells = [c for c in start["cells"] if c["cell_type"] == "code"]
    assert not [t for t in _outputs_and_sources(code_cells) if TELLING.search(t.lower())]
    meet = json.loads((ROOT / "notebooks/01-meet-the-texts.ipynb").read_text(encoding="utf-8"))
    cells = meet["cells"]
    guess = next(i for i, c in enumerate(cells) if "my_prediction" in "".join(c["source"]))
    before = [c for c in cells[:guess + 1] if c["cell_type"] == "code"]
    assert not [t for t in _outputs_and_sources(before) if TELLING.search(t.lower())]


# JupyterLab shows a collapsed output's first line (of its HTML, else its text) as a preview.
PREFERRED = ("text/html", "image/svg+xml", "application/pdf", "text/markdown", "text/plain")


def preview(cell):
    """The line JupyterLab shows in place of a collapsed output (getOutputPlaceholderText)."""
    first = cell["outputs"][0]
    data = first.get("data") or {}
    text = first.get("text") or next((data[k] for k in PREFERRED if k in data), "")
    text = "".join(text) if isinstance(text, list) else text
    return next((line for line in text.split("\n") if line), "")


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_collapsed_answer_previews_only_the_guess_or_a_tables_frame(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in reveals(notebook):
        line = preview(cell)
        assert line.startswith(("Your guess", '<div class="narratives-')), line[:120]
        assert "<td" not in line[:200]  # a table's first cells are not in view
