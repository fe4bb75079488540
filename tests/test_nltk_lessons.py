"""The lessons' NLTK code: there beside each word-level step, runnable, and equal to the package.

Lesson 06 ends with a cell of plain NLTK and matplotlib that repeats the word-level
method on a folder of texts. The test below takes that cell from the notebook
itself (so it breaks when the cell changes), runs it on my-texts/ without the
workbook's package, and compares what it finds with the package's figures.
"""

import contextlib
import io
import re
from pathlib import Path

import matplotlib
import nbformat
import nltk
import pytest

from narratives import texts, words
from narratives.paths import MY_TEXTS
from narratives.words import tonltk

matplotlib.use("Agg")
ROOT = Path(__file__).resolve().parent.parent
PLAIN = "# The word-level method of lessons 04 and 06 in plain NLTK"

# What each lesson shows of NLTK, in its code cells or in a go-further box.
SHOWN = {
    "02-narratives.ipynb": ["PunktSentenceTokenizer", "PunktParameters", "AnnotationTask",
                            "masi_distance"],
    "04-word-use.ipynb": ["nltk.FreqDist", "nltk.ConditionalFreqDist", "nltk.Text",
                          ".concordance(", "dispersion_plot", "BigramCollocationFinder",
                          "BigramAssocMeasures", "word_tokenizer()", "TreebankWordTokenizer"],
    "05-techniques.ipynb": ["span_tokenize", "word_tokenizer()"],
    "06-your-own-text.ipynb": ["corpus_reader", "PlaintextCorpusReader", "nltk.data.path.append",
                               "FreqDist", "nltk.Text", "BigramCollocationFinder",
                               "dispersion_plot", ".concordance("],
}


def cells(name):
    return nbformat.read(ROOT / "notebooks" / name, as_version=4).cells


def boxed_code(name):
    """The ```python blocks of a lesson's markdown cells (its go-further boxes)."""
    return [block for cell in cells(name) if cell.cell_type == "markdown"
            for block in re.findall(r"```python\n(.*?)```", cell.source, flags=re.S)]


@pytest.fixture(autouse=True)
def own_data_path(monkeypatch):
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_each_lesson_shows_nltk_beside_its_word_level_steps(name):
    code = "\n".join(c.source for c in cells(name) if c.cell_type == "code")
    everything = code + "\n".join(boxed_code(name))
    assert [call for call in SHOWN[name] if call not in everything] == []


def run_plain_cell(monkeypatch):
    """The lesson 06 cell, run in notebooks/ as a learner would: its names and its output."""
    found = [c.source for c in cells("06-your-own-text.ipynb")
             if c.cell_type == "code" and c.source.startswith(PLAIN)]
    assert len(found) == 1, "lesson 06 ends with one cell of plain NLTK"
    source = found[0]
    assert "narratives" not in source, "it runs outside the workbook"
    monkeypatch.chdir(ROOT / "notebooks")
    names, printed = {"__name__": "plain"}, io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, "lesson 06, plain NLTK", "exec"), names)
    return names, printed.getvalue()


def plain_differences(names, printed):
    """What the plain cell found that the package does not find on the same folder."""
    mine = texts.load(MY_TEXTS)
    text = mine[names["mine"].removesuffix(".txt")]
    others = [t for t in mine if t is not text]
    found = []
    if dict(names["a"]) != dict(tonltk.freqdist(text)) or names["a"].N() != len(text.tokens):
        found.append("counts")
    if names["key"] != words.keyness(text, others).column("word"):
        found.append(("keyness", names["key"]))
    ours = [((w1, w2), score) for w1, w2, _, score in words.collocations(text, n=5).rows]
    if [p for p, _ in names["pairs"]] != [p for p, _ in ours] or any(
            a != pytest.approx(b, rel=1e-12) for (_, a), (_, b) in zip(names["pairs"], ours)):
        found.append(("collocations", names["pairs"], ours))
    lines = words.concordance(text, names["key"][0]).rows
    shown = len(lines)
    if f"Displaying {shown} of {shown} matches" not in printed or \
            len(names["text"].concordance_list(names["key"][0])) != shown:
        found.append(("concordance", shown))
    return found


def test_the_plain_nltk_cell_of_lesson_06_finds_what_the_package_finds(monkeypatch):
    names, printed = run_plain_cell(monkeypatch)
    assert names["key"][:2] == ["foreign", "ministry"]   # it found something to compare
    assert plain_differences(names, printed) == []


def test_a_difference_planted_in_the_plain_cells_results_is_caught(monkeypatch):
    names, printed = run_plain_cell(monkeypatch)
    names["a"]["tanks"] += 1
    assert plain_differences(names, printed) == ["counts"]
    names["a"]["tanks"] -= 1
    names["key"] = names["key"][::-1]
    assert plain_differences(names, printed)[0][0] == "keyness"


def test_the_nltk_code_in_lesson_04s_boxes_runs_and_agrees(corpus):
    names = {"corpus": corpus, "words": words, "nltk": nltk, "tonltk": tonltk}
    for block in boxed_code("04-word-use.ipynb"):
        exec(compile(block, "lesson 04, a go-further box", "exec"), names)
    pairs = names["finder"].score_ngrams(nltk.collocations.BigramAssocMeasures.likelihood_ratio)
    assert [(w1, w2, score) for (w1, w2), score in pairs[:10]] == [
        (w1, w2, pytest.approx(score)) for w1, w2, _, score in words.collocations(corpus).rows]
