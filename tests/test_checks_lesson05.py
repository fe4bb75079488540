"""Exercise 05: right answers pass, plausible wrong ones get the intended pointer."""

import pytest
from exercise_cases import exercise_tests

from narratives import techniques, texts
from narratives.techniques import overlap
from narratives.checks import lesson05 as ex

corpus = texts.load()
reference = techniques.load_reference(corpus)
found = techniques.find_span(corpus["bogus-threat"], "Brest Fortress")

RIGHT = {
    "q1": "Thought-terminating_Cliches",
    "q2": "Name_Calling,Labeling",
    "q3": (found.start, found.end),
    "q4": overlap.score(ex.GIVEN, reference, text_ids={"tanks-and-planes"}).precision,
    "q5": overlap.score(ex.GIVEN, reference, by_technique=True,
                        text_ids={"tanks-and-planes"}).recall,
}

WRONG = [
    ("q1", "Slogans", "a slogan is repeated to rally"),
    ("q1", "Black-and-white fallacy", "no choice between two options"),
    ("q1", "lies", "not one of the 14 techniques"),
    ("q1", "Doubt", "not the reference's choice"),
    ("q2", "loaded language", "Which technique is about labels"),
    ("q2", 3, "should be text"),
    ("q3", (found.start, found.end - 1), "one character short"),
    ("q3", (found.start + 1, found.end + 1), "not 'Brest Fortress'"),
    ("q3", (1, 2, 3), "give two whole numbers"),
    ("q3", found, "should be a tuple or a list"),
    ("q4", 1 / 3, "same technique required"),
    ("q4", 2 / 36, "text_ids"),
    ("q4", 2.0, "between 0 and 1"),
    ("q5", 0.4, "techniques ignored"),
    ("q5", 1 / 42, "every reference span of all five texts"),
    ("q5", 0.6, "Which of the three spans"),
]


def test_the_facts_behind_the_answers():
    assert corpus["bogus-threat"].body[found.start:found.end] == "Brest Fortress"
    # Given: 'Europe's last dictator' (in the reference, same technique), 'to defend your
    # country...' (in the reference as Flag-waving) and 'strongman' (in no reference span),
    # against the 5 reference spans of tanks-and-planes.
    assert RIGHT["q4"] == pytest.approx(2 / 3)   # (1 + 1 + 0) / 3
    assert RIGHT["q5"] == pytest.approx(1 / 5)   # only the label is found, with its technique
    quotes = {s.quote(corpus): s.technique for s in reference}
    assert quotes["We held elections already."] == RIGHT["q1"]
    assert quotes["self-proclaimed leader"] == RIGHT["q2"]


@pytest.mark.parametrize("typed", ["thought-terminating cliché", "Thought-terminating_Cliches",
                                   " cliche "])
def test_a_technique_may_be_given_by_name_or_alias(typed):
    assert ex.q1.check(typed) == "Correct!"


def test_offsets_may_be_a_list():
    assert ex.q3.check(list(RIGHT["q3"])) == "Correct!"


def test_pointers_do_not_give_the_answer_away():
    for name, value, _ in WRONG:
        message = getattr(ex, name).check(value)
        answer = RIGHT[name]
        hidden = [answer] if isinstance(answer, str) else (
            [f"{answer:.2f}", repr(answer)] if isinstance(answer, float) else [str(answer)])
        assert not any(h in message for h in hidden), (name, value, message)


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q6.check("The Pravda.Ru subheading 'Traders are traitors' is a slogan, but "
                          "it also calls Lukashenko a traitor, so it is name calling too.")
    assert "model answer" in message and "Correct" not in message
    assert "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q6"])
