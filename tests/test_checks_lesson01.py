"""Exercise 01: right answers pass, plausible wrong ones get the intended pointer."""

from datetime import date

import pytest
from exercise_cases import exercise_tests

from narratives import texts
from narratives.checks import lesson01 as ex

corpus = texts.load()

RIGHT = {
    "q1": "tanks-and-planes",
    "q2": len(corpus["pravda-bury"].sentences),
    "q3": {t.id for t in corpus if "Lungescu" in t.body},
    "q4": {b.line for b in corpus["tanks-and-planes"].boilerplate},
    "q5": max(corpus, key=lambda t: len(t.tokens)).id,
    "q6": {w for t in corpus for w in t.tokens if w.startswith("Lukashenk") and w.isalpha()},
    "q7": (date(2020, 8, 27) - date(2020, 8, 16)).days,
}

WRONG = [
    ("q1", "bogus-threat", "only known to the month"),
    ("q1", "nato", "there is no text with id 'nato'"),
    ("q2", 37, "includes the three boilerplate lines"),
    ("q2", "34", "should be a whole number"),
    ("q3", ["euvsdisinfo-force"], "1 item is missing"),
    ("q3", {"euvsdisinfo-force", "tanks-and-planes", "bogus-threat"}, "1 item does not belong"),
    ("q4", [3], "1 item is missing"),
    ("q5", "pravda-bury", "second longest"),
    ("q6", {"Lukashenko"}, "1 item is missing"),
    ("q7", 10, "subtract the dates"),
    ("q7", 11.5, "should be a whole number"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q2"] == 34
    assert RIGHT["q3"] == {"euvsdisinfo-force", "tanks-and-planes"}
    assert RIGHT["q4"] == {3, 34}
    assert RIGHT["q5"] == "tanks-and-planes"
    assert RIGHT["q6"] == {"Lukashenko", "Lukashenka"}
    assert RIGHT["q7"] == 11


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q8.check("The caption frames him as a strongman before the story starts, "
                          "so we should read it even if we do not count it.")
    assert "model answer" in message and "Correct" not in message
    assert "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])
