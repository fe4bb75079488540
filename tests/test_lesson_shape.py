"""Each lesson fits its slot and makes the learner act (issue 12, item 1).

Prose is the markdown a learner reads, "go further" boxes (`<details>`) left
out: at most about 1,200 words. The opening says how long the lesson takes
(20 to 35 minutes) and how that was estimated, with the reading time at 200
words a minute matching the prose. At least two "Predict, then run" moments,
each followed by a cell where the learner writes the prediction, and the
lesson ends with something the learner produces ("Your turn").
"""

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
# Every lesson is written to this shape.
SHAPED = ["00-start-here.ipynb", "01-meet-the-texts.ipynb", "02-narratives.ipynb",
          "03-claims-and-denials.ipynb", "04-word-use.ipynb", "05-techniques.ipynb",
          "06-your-own-text.ipynb"]
MAX_WORDS, WORDS_PER_MINUTE = 1200, 200


def cells(name):
    return nbformat.read(ROOT / "notebooks" / name, as_version=4).cells


def prose_words(notebook_cells):
    text = " ".join(c.source for c in notebook_cells if c.cell_type == "markdown")
    return len(re.sub(r"<details>.*?</details>", " ", text, flags=re.S).split())


@pytest.mark.parametrize("name", SHAPED)
def test_prose_is_at_most_about_1200_words(name):
    assert prose_words(cells(name)) <= MAX_WORDS


@pytest.mark.parametrize("name", SHAPED)
def test_the_opening_gives_a_time_in_the_slot_and_how_it_was_estimated(name):
    opening = cells(name)[0].source
    flat = " ".join(opening.split())
    minutes = re.search(r"\*\*About (\d+) minutes\.\*\* How we estimate it: about ([\d,]+) "
                        r"words to read at 200 words a minute \((\d+) minutes\)", flat)
    assert minutes, "the opening says 'About N minutes. How we estimate it: ...'"
    total, words, reading = int(minutes[1]), int(minutes[2].replace(",", "")), int(minutes[3])
    assert 20 <= total <= 35
    assert abs(words - prose_words(cells(name))) <= 100
    assert reading == round(words / WORDS_PER_MINUTE)
    parts = [int(n) for n in re.findall(r"\((\d+)\)", flat.split("How we estimate it")[1])]
    assert reading + sum(parts) == total, "the parts add up to the total"


@pytest.mark.parametrize("name", SHAPED)
def test_at_least_two_predictions_before_the_reveal(name):
    found = cells(name)
    moments = [i for i, c in enumerate(found)
               if c.cell_type == "markdown" and "**Predict, then run.**" in c.source]
    assert len(moments) >= 2
    for i in moments:
        assert found[i + 1].cell_type == "code" and "my_prediction" in found[i + 1].source


@pytest.mark.parametrize("name", SHAPED)
def test_the_lesson_ends_with_something_the_learner_produces(name):
    headings = [c.source for c in cells(name) if c.cell_type == "markdown"]
    assert any(h.startswith("## Your turn") for h in headings[-3:])
