"""Exercise 02: right answers pass, plausible wrong ones get the intended pointer."""

import pytest
from exercise_cases import exercise_tests

from narratives import tagging, texts
from narratives.tagging import classroom
from narratives.checks import lesson02 as ex

corpus = texts.load()
reference = tagging.load_reference(corpus)
stores = classroom.read_class(classroom.SAMPLE, corpus).stores


def dominant():
    counts = tagging.count(reference, corpus)["tanks-and-planes"]
    counts.pop("none")
    return counts.most_common(1)[0][0]


RIGHT = {
    "q1": dominant(),
    "q2": [n for t, n in tagging.sentences_with(reference, "opposition-criminal")
           if t == "bogus-threat"][0],
    "q3": tagging.agreement({"amira": stores["amira"], "ben": stores["ben"]})["kappa"],
}

WRONG = [
    ("q1", "none", "leave it out"),
    ("q1", "nato-aggressor", "close: it comes second"),
    ("q1", "NATO is an aggressor", "is not a label of the taxonomy"),
    ("q1", "west-hostile", "Count how many sentences carry each label"),
    ("q2", 15, "index, counting from 0"),
    ("q2", 40, "bogus-threat has 22 sentences"),
    ("q2", 17, "not that sentence"),
    ("q3", 76.92, "percentage agreement"),
    ("q3", 0.7692, "percentage agreement"),
    ("q3", 0.767, "Krippendorff's alpha"),
    ("q3", 0.762, "includes chen's tags"),
    ("q3", 0.5, "exactly two annotators"),
    ("q3", "0.78", "should be a number"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == "regime-illegitimate"
    assert RIGHT["q2"] == 16
    assert "like rats" in corpus["bogus-threat"].sentences[RIGHT["q2"] - 1].text
    assert RIGHT["q3"] == pytest.approx(0.731, abs=0.001)
    # The disputed sentence of q4 is disputed in the sample class.
    assert stores["amira"].get("tanks-and-planes", 1) == {"nato-aggressor"}
    assert stores["ben"].get("tanks-and-planes", 1) == {"none"}
    assert "tanks and planes" in corpus["tanks-and-planes"].sentences[1].text


def test_kappa_rounded_to_two_places_passes():
    assert ex.q3.check(round(RIGHT["q3"], 2)) == "Correct!"


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q4.check("Ben is right that the report does not endorse the claim, but the "
                          "sentence still tells the story of NATO tanks at the border.")
    assert "model answer" in message and "Correct" not in message
    assert "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q4"])
