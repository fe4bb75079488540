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
    "q2": "a",
    "q3": "b",
    "q4": (found.start, found.end),
    "q5": overlap.score(ex.GIVEN, reference, text_ids={"tanks-and-planes"}).precision,
    "q6": overlap.score(ex.GIVEN, reference, by_technique=True,
                        text_ids={"tanks-and-planes"}).recall,
    "q7": "b",
}

WRONG = [
    ("q1", "Slogans", "a slogan is repeated to rally"),
    ("q1", "Black-and-white fallacy", "no choice between two options"),
    ("q1", "lies", "not one of the 14 techniques"),
    ("q1", "Doubt", "declares the matter closed"),
    ("q1", "Loaded language", "not the reference's choice"),
    ("q2", "d", "The same test applies to every side"),
    ("q2", "b", "leaning on who says something"),
    ("q3", "a", "the outlet quotes them"),
    ("q3", 3, "letter of one option"),
    ("q4", (found.start, found.end - 1), "one character short"),
    ("q4", (found.start + 1, found.end + 1), "not 'Brest Fortress'"),
    ("q4", (1, 2, 3), "give two whole numbers"),
    ("q4", found, "should be a tuple or a list"),
    ("q5", 1 / 3, "same technique required"),
    ("q5", 2 / 36, "text_ids"),
    ("q5", 2.0, "between 0 and 1"),
    ("q6", 0.4, "techniques ignored"),
    ("q6", 1 / 36, "every reference span of all five texts"),
    ("q6", 0.6, "Which of the three spans"),
    ("q7", "c", "accuracy and wording are separate questions"),
    ("q7", "d", "One method for every side"),
]


def test_the_facts_behind_the_answers():
    assert corpus["bogus-threat"].body[found.start:found.end] == "Brest Fortress"
    # Given: 'Europe's last dictator' (in the reference, same technique), 'to defend your
    # country...' (in the reference as Flag-waving) and 'strongman' (in no reference span),
    # against the 5 reference spans of tanks-and-planes.
    assert RIGHT["q5"] == pytest.approx(2 / 3)   # (1 + 1 + 0) / 3
    assert RIGHT["q6"] == pytest.approx(1 / 5)   # only the label is found, with its technique
    quotes = {s.quote(corpus): s.technique for s in reference}
    assert quotes["It’s not going to happen."] == RIGHT["q1"]
    assert quotes["to defend your country and its independence"] == "Flag-Waving"
    assert quotes["defame"] == quotes["brutal force"] == "Loaded_Language"
    assert any(q.startswith(ex._AUTHORITY) and t == "Appeal_to_Authority"
               for q, t in quotes.items())


def test_quoted_words_are_verbatim():
    body = corpus["euvsdisinfo-force"].body
    assert ex.q2.prompt.split('*"')[1].split('"*')[0] in body
    assert "to defend your country and its independence" in corpus["tanks-and-planes"].body


@pytest.mark.parametrize("typed", ["thought-terminating cliché", "Thought-terminating_Cliches",
                                   " cliche "])
def test_a_technique_may_be_given_by_name_or_alias(typed):
    assert ex.q1.check(typed) == "Correct!"


def test_offsets_may_be_a_list():
    assert ex.q4.check(list(RIGHT["q4"])) == "Correct!"


def test_pointers_do_not_give_the_answer_away():
    for name, value, _ in WRONG:
        message = getattr(ex, name).check(value)
        answer = RIGHT[name]
        if name in ("q2", "q3", "q7"):
            continue  # an option's feedback explains itself; the letter is not in it
        hidden = [answer] if isinstance(answer, str) else (
            [f"{answer:.2f}", repr(answer)] if isinstance(answer, float) else [str(answer)])
        assert not any(h in message for h in hidden), (name, value, message)


def test_open_question_shows_the_model_answer_and_rubric_without_a_verdict():
    message = ex.q8.check("The Pravda.Ru subheading 'Traders are traitors' is a slogan, but "
                          "it also calls Lukashenko a traitor, so it is name calling too.")
    assert "Model answer" in message and "**Secure**" in message and "Correct" not in message
    assert "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])
