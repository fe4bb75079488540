"""Lesson 03 and its exercise as a learner meets them: length, predictions, both sides, quotes."""

import json
import re

import pytest

from narratives import claims, texts
from narratives.checks import lesson03
from narratives.paths import ROOT

LESSON = ROOT / "notebooks" / "03-claims-and-denials.ipynb"
SOLUTION = ROOT / "solutions" / "03-claims-and-denials.ipynb"
EXERCISE = ROOT / "exercises" / "03-claims-and-denials.ipynb"
GO_FURTHER = "> **Go further (optional)"
# Quoted words that name a part of the workbook, not a text.
NOT_FROM_TEXTS = {"What evidence would settle it?"}


def cells(path, kind=None):
    found = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in found if kind is None or c["cell_type"] == kind]


def prose_words(path):
    """Words of markdown outside the optional "Go further" boxes."""
    count = 0
    for source in cells(path, "markdown"):
        for paragraph in source.split("\n\n"):
            if not paragraph.lstrip().startswith(GO_FURTHER):
                count += len(re.findall(r"[\w'’-]+", paragraph))
    return count


@pytest.mark.parametrize("path", [LESSON, SOLUTION, EXERCISE])
def test_heading_levels_never_skip(path):
    levels = [len(m.group(1)) for source in cells(path, "markdown")
              for m in re.finditer(r"^(#+) ", source, re.MULTILINE)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels


def test_the_lesson_fits_its_slot():
    assert prose_words(LESSON) <= 1250
    assert "about 30 minutes" in cells(LESSON, "markdown")[0]
    assert sum(GO_FURTHER in source for source in cells(LESSON, "markdown")) >= 3


def test_the_lesson_asks_before_it_shows_at_least_twice():
    markdown = cells(LESSON, "markdown")
    assert sum(source.count("**Predict, then run.**") for source in markdown) >= 2


def test_the_lesson_ends_with_the_learner_producing_something():
    code = cells(LESSON, "code")
    assert any("settle.check(my_evidence)" in c for c in code)
    assert any("sandwich.check(my_sandwich)" in c for c in code)
    last_task = max(i for i, c in enumerate(code) if ".check(my_" in c)
    assert last_task >= len(code) - 3   # only the model answer comes after


def test_what_would_settle_it_asks_for_a_claim_from_each_side():
    found = claims.load(texts.load())
    section = next(s for s in cells(LESSON, "markdown") if "what would settle it?" in s)
    named = set(re.findall(r"`([a-z-]+)`", section)) & set(found.ids)
    assert {found[c].side for c in named} >= {"Belarusian authorities", "NATO",
                                              "EU (EUvsDisinfo)"}


def test_no_verdict_and_the_reviewer_named_for_what_it_is():
    markdown = " ".join(" ".join(cells(LESSON, "markdown")).split())
    assert "verdict" not in markdown.lower() and "fact-check database" not in markdown
    assert "government communication unit" in markdown
    assert "not an independent fact-checker" in markdown


@pytest.mark.parametrize("path", [LESSON, SOLUTION])
def test_every_quote_of_three_words_or_more_is_verbatim_from_the_texts(path):
    bodies = [t.body for t in texts.load()]
    quoted = r'"([^"]+)"|“([^”]+)”|‘([^’]+)’|(?<!\w)\'([^\']+)\'(?!\w)'
    for source in cells(path, "markdown"):
        flat = " ".join(source.replace("\n> ", "\n").split())
        for match in re.finditer(quoted, flat):
            quote = next(g for g in match.groups() if g)
            if len(quote.split()) >= 3 and quote not in NOT_FROM_TEXTS:
                assert any(quote in body for body in bodies), quote


def test_the_exercise_checks_claims_of_the_western_side():
    found = claims.load(texts.load())
    markdown = " ".join(cells(SOLUTION, "markdown"))
    western = {c.id for c in found if c.side in ("NATO", "EU (EUvsDisinfo)")}
    assert len({c for c in western if f"`{c}`" in markdown}) >= 2
    questions = [name for name in vars(lesson03) if re.fullmatch(r"q\d+", name)]
    assert 5 <= len(questions) <= 10
    headings = re.findall(r"^## Question \d+ ([☼◑★])$", markdown.replace(" ## ", "\n## "),
                          re.MULTILINE)
    assert len(headings) == len(questions)
