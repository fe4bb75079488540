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
    "q1": "c",
    "q2": "b",
    "q3": dominant(),
    "q4": [n for t, n in tagging.sentences_with(reference, "opposition-criminal")
           if t == "bogus-threat"][0],
    "q5": tagging.agreement({"amira": stores["amira"], "ben": stores["ben"]})["kappa"],
    "q6": "a",
}

WRONG = [
    ("q1", "a", "half of it"),
    ("q1", "d", "reported words carry their story"),
    ("q2", "a", "attitude in general"),
    ("q2", 2, "letter of one option"),
    ("q3", "none", "leave it out"),
    ("q3", "regime-illegitimate", "close: it comes second"),
    ("q3", "NATO is an aggressor", "is not a label of the taxonomy"),
    ("q3", "west-hostile", "Count how many sentences carry each label"),
    ("q4", RIGHT["q4"] - 1, "index, counting from 0"),
    ("q4", 40, f"bogus-threat has {len(corpus['bogus-threat'].sentences)} sentences"),
    ("q4", RIGHT["q4"] + 1, "not that sentence"),
    ("q5", 76.92, "percentage agreement"),
    ("q5", 0.7692, "percentage agreement"),
    ("q5", 0.767, "Krippendorff's alpha"),
    ("q5", 0.762, "includes chen's tags"),
    ("q5", 0.5, "exactly two annotators"),
    ("q5", "0.78", "should be a number"),
    ("q6", "c", "Krippendorff's alpha"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q3"] == "nato-aggressor"
    assert RIGHT["q4"] == ex.RATS
    assert "like rats" in corpus["bogus-threat"].sentences[RIGHT["q4"] - 1].text
    assert RIGHT["q5"] == pytest.approx(0.731, abs=0.001)
    # The disputed sentence of q7 is disputed in the sample class.
    assert stores["amira"].get("tanks-and-planes", 1) == {"nato-aggressor"}
    assert stores["ben"].get("tanks-and-planes", 1) == {"none"}
    assert "tanks and planes" in corpus["tanks-and-planes"].sentences[1].text


def test_the_choice_questions_agree_with_the_reference_and_quote_the_text():
    denial, revolt = ex.DENIAL, ex.REVOLT
    assert set(reference.get(denial[0], denial[1] - 1)) == {"nato-defensive",
                                                            "disputes-claim"}
    assert set(reference.get(revolt[0], revolt[1] - 1)) == {"west-orchestrates"}
    for question, (text_id, number) in ((ex.q1, denial), (ex.q2, revolt)):
        quoted = question.prompt.split('*"')[1].split('"*')[0]
        assert quoted == corpus[text_id].sentences[number - 1].text


def test_kappa_rounded_to_two_places_passes():
    assert ex.q5.check(round(RIGHT["q5"], 2)) == "Correct!"


@pytest.mark.parametrize("name", ["q7", "q8"])
def test_open_questions_show_the_model_answer_and_rubric_without_a_verdict(name):
    message = getattr(ex, name).check(
        "Ben is right that the report does not endorse the claim, but the sentence "
        "still tells the story of NATO tanks at the border.")
    assert "Model answer" in message and "**Secure**" in message
    assert "Correct" not in message and "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q7", "q8"])
