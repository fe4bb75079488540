"""Lesson 03 and its exercise as a learner meets them: headings, both sides, quotes.

The lesson's length, time estimate, predictions and closing task are checked for every
shaped lesson in tests/test_lesson_shape.py.
"""

import json
import re

import pytest

from narratives import claims, texts
from narratives.checks import lesson03
from narratives.paths import ROOT

LESSON = ROOT / "notebooks" / "03-claims-and-denials.ipynb"
SOLUTION = ROOT / "solutions" / "03-claims-and-denials.ipynb"
EXERCISE = ROOT / "exercises" / "03-claims-and-denials-exercise.ipynb"
GO_FURTHER = "<details><summary><b>Go further:</b>"
# Quoted words that name a part of the workbook, or a cited source outside the texts.
NOT_FROM_TEXTS = {"What evidence would settle it?",
                  # the European Council's conclusions of March 2015, quoted and attributed
                  "to challenge Russia's ongoing disinformation campaigns"}


def cells(path, kind=None):
    found = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in found if kind is None or c["cell_type"] == kind]


@pytest.mark.parametrize("path", [LESSON, SOLUTION, EXERCISE])
def test_heading_levels_never_skip(path):
    levels = [len(m.group(1)) for source in cells(path, "markdown")
              for m in re.finditer(r"^(#+) ", source, re.MULTILINE)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels


def test_longer_material_is_in_optional_boxes_and_all_of_it_fits_the_slot():
    markdown = cells(LESSON, "markdown")
    assert sum(source.count(GO_FURTHER) for source in markdown) >= 2
    # Issue 21: 1,493 words with the "go further" boxes; about 1,200 at most.
    assert len(" ".join(markdown).split()) <= 1200


def test_the_count_of_claims_per_actor_is_not_shown_as_a_finding():
    lesson = " ".join(cells(LESSON))
    assert "Counter(" not in lesson and "The kinds by side" not in lesson
    assert "is not a finding" in lesson


def test_replies_are_told_apart_and_nato_is_not_said_to_speak_like_lukashenko():
    markdown = " ".join(" ".join(cells(LESSON, "markdown")).split())
    assert "each party speaks about itself" not in markdown
    assert "The same kind as Lukashenko's" not in markdown
    for kind in ("**denial**", "**rejection**", "**counter-claim**"):
        assert kind in markdown
    assert "burden of proof" in markdown
    # Stoltenberg: two occasions, not one statement dated differently.
    assert "Wednesday 26 August" in markdown and "27 August after meeting" in markdown
    assert "dated differently" not in markdown and "date Stoltenberg's words differently" \
        not in markdown


def test_the_councils_words_are_quoted_and_attributed():
    markdown = " ".join(" ".join(cells(LESSON, "markdown")).split())
    assert "Russia's disinformation campaigns" not in markdown
    assert '"to challenge Russia\'s ongoing disinformation campaigns" (the Council\'s words)' \
        in markdown


def test_the_lesson_ends_with_two_written_tasks_held_to_one_standard():
    markdown = cells(LESSON, "markdown")
    tasks = [i for i, s in enumerate(markdown) if s.startswith("## Your turn")
             or "\n## Your turn" in s]
    assert len(tasks) == 2
    # Each task is followed by a box for the learner's own answer, kept in my-work/.
    every = cells(LESSON)
    after = [every[every.index(markdown[i]) + 1] for i in tasks]
    assert all("answers.box(" in cell for cell in after)
    # One standard, not "fair to both sides"; an unproven claim is not called a myth.
    assert "held to one standard" in markdown[tasks[1]]
    assert "both sides" not in markdown[tasks[1]]
    assert "**the claim**" in markdown[tasks[1]] and "unproven, not a myth" in markdown[tasks[1]]


def test_what_would_settle_it_asks_for_a_claim_from_each_side():
    found = claims.load(texts.load())
    section = next(s for s in cells(LESSON, "markdown") if "## Your turn: what would" in s)
    section = section[section.index("## Your turn"):]
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
    code = " ".join(cells(SOLUTION, "code"))
    assert len({c for c in western if f"`{c}`" in markdown + code}) >= 2
    questions = [name for name in vars(lesson03) if re.fullmatch(r"q\d+", name)]
    assert 5 <= len(questions) <= 10
    headings = re.findall(r"^## Question \d+ ([☼◑★]) \((?:easy|intermediate|challenging)\)$",
                          "\n".join(cells(SOLUTION, "markdown")), re.MULTILINE)
    assert len(headings) == len(questions)
