"""Exercise 06: right answers pass, plausible wrong ones get the intended pointer."""

import pytest
from exercise_cases import exercise_tests

from narratives import texts, yourtext
from narratives.checks import lesson06 as ex

corpus = texts.load()
sample = texts.load(yourtext.MY_TEXTS)["sample-en"]

RIGHT = {
    "q1": len(sample.sentences),
    "q2": {5, 8},
    "q3": "Karl Vesen",
    "q4": yourtext.compare_words(sample, corpus).rows[0][0],
    "q5": "nato-buildup",
}

WRONG = [
    ("q1", "12", "should be a whole number"),
    ("q2", {5, 8, 11}, "denies something else"),
    ("q2", [5], "1 item is missing"),
    ("q3", "Norland's defence ministry", "pinned on a person"),
    ("q3", "Minister Karl Vesen", "without the title"),
    ("q4", "norland", "close second"),
    ("q5", "recon-flights", "Which claim is about tanks"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == 12 and RIGHT["q4"] == "ministry"


def test_a_short_analysis_is_told_it_is_short_without_a_verdict():
    message = ex.q6.check("The ministry says there are tanks; the alliance denies it.")
    assert "most good answers need at least 60" in message
    assert "Correct" not in message and "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q6"])
