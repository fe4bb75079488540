"""Exercise 03: right answers pass, plausible wrong ones get the intended pointer."""

from datetime import date

import pytest
from exercise_cases import exercise_tests

from narratives import claims, texts
from narratives.checks import lesson03 as ex

corpus = texts.load()
found = claims.load(corpus)


def unrebutted():
    pairs = set()
    for claim in found:
        for text_id in claim.texts:
            rebutted = any(a.text_id == text_id and a.framing == "reported-and-rebutted"
                           for a in claim.appearances)
            denied = any(d.text_id == text_id for d in claim.denials)
            if not rebutted and not denied:
                pairs.add((text_id, claim.id))
    return pairs


claim = found["nato-buildup"]
RIGHT = {
    "q1": {label: c.id for label, quote in ex.DENIALS.items() for c in found
           if any(d.quote == quote for d in c.denials)},
    "q2": ["asserted", "attributed", "reported-and-rebutted"],
    "q3": unrebutted(),
    "q4": (date.fromisoformat(claim.first_denial().date) - date.fromisoformat(claim.date)).days,
    "q5": {c.id for c in found if claims.days_to_first_denial(c) is not None},
}

WRONG = [
    ("q1", {"A": "us-coup", "B": "polish-flags", "C": "nato-buildup", "D": "nato-force"},
     "3 of 4 are right; look again at C"),
    ("q1", {"A": "us-coup"}, "one claim id for each of the letters"),
    ("q1", {"A": "coup", "B": "polish-flags", "C": "western-regions", "D": "nato-force"},
     "'coup' is not a claim id"),
    ("q2", ["asserted", "attributed", "attributed"], "read the whole sentence of the third"),
    ("q2", ["attributed", "attributed", "reported-and-rebutted"], "for the first quote"),
    ("q2", ["asserted", "claimed", "reported-and-rebutted"], "'claimed' is not a framing"),
    ("q2", ["asserted"], "give three framings"),
    ("q3", {("pravda-bury", "air-strikes")}, "6 items are missing"),
    ("q3", unrebutted() | {("tanks-and-planes", "nato-buildup")}, "1 item does not belong"),
    ("q4", 1, "Stoltenberg's refutation of 17 August"),
    ("q4", 11, "Stoltenberg's statement of 27 August"),
    ("q5", {"nato-buildup"}, "1 item is missing"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == {"A": "us-coup", "B": "polish-flags", "C": "western-regions",
                           "D": "nato-force"}
    assert ("pravda-bury", "air-strikes") in RIGHT["q3"] and len(RIGHT["q3"]) == 7
    # A case page's title it never answers is repeated, not rebutted.
    assert ("euvsdisinfo-flights", "vrbetice") in RIGHT["q3"]
    assert RIGHT["q4"] == 0
    assert RIGHT["q5"] == {"nato-buildup", "western-regions"}
    # The quotes of question 2 are in their texts, framed as the answer says.
    for (text_id, quote), framing in zip(ex.APPEARANCES, RIGHT["q2"]):
        assert any(a.text_id == text_id and quote in a.quote and a.framing == framing
                   for c in found for a in c.appearances)


def test_answers_in_other_shapes_pass():
    assert ex.q2.check(["Asserted ", "attributed", "REPORTED-AND-REBUTTED"]) == "Correct!"
    assert ex.q3.check(sorted(RIGHT["q3"])) == "Correct!"
    assert ex.q5.check(["western-regions", "nato-buildup"]) == "Correct!"


def test_the_truth_sandwich_shows_the_model_answer_without_a_verdict():
    message = ex.q6.check("NATO denied any build-up the same day. Lukashenko claimed tanks "
                          "and planes at the border. He gave no evidence. NATO's presence "
                          "is defensive.")
    assert "model answer" in message and "Correct" not in message
    assert "most good answers need at least 60" in message
    # The model answer follows the sandwich: fact, myth, fallacy, fact.
    parts = [p.split(":")[0] for p in ex.q6.model_answer.split(". ") if ":" in p[:9]]
    assert parts == ["FACT", "MYTH", "FALLACY", "FACT"]
    # Stoltenberg's charge is quoted as bogus-threat reports it: the outlet's paraphrase.
    assert ("bogus-threat reports Stoltenberg as saying the authorities are trying to "
            "'shift the focus from domestic to external issues'") in ex.q6.model_answer
    assert "in Stoltenberg's words" not in ex.q6.model_answer


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q6"])
