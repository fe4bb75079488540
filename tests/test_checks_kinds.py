"""narratives.checks: multiple choice, rubrics, difficulty marks, and every lesson's set."""

import importlib
import re

import pytest

from narratives.checks import (DIFFICULTIES, EASY, HARD, MAX_QUESTIONS, MEDIUM, MIN_QUESTIONS,
                               ChoiceQuestion, OpenQuestion, Option, Question, Rubric,
                               questions_of)

CHOICE = ChoiceQuestion("q3", "Which sentence does `tagging.count` leave out?", {
    "a": Option("The headline.", "Headlines are sentences here too: they are counted."),
    "b": Option("Boilerplate lines.", "Captions and notices are not the text's own "
                                      "sentences.", correct=True),
    "c": Option("Quotes.", "A quote is still a sentence of the text."),
}, difficulty=EASY, hints=["Nudge.", "Strategy.", "Partial."], solution="b, boilerplate.")


def test_every_option_gives_its_own_feedback():
    messages = {letter: CHOICE.check(letter) for letter in "abc"}
    assert messages["b"] == "Correct! Captions and notices are not the text's own sentences."
    assert messages["a"] == "Incorrect: Headlines are sentences here too: they are counted."
    assert messages["c"] == "Incorrect: A quote is still a sentence of the text."
    assert len(set(messages.values())) == 3


@pytest.mark.parametrize("given", ["B", " b ", "b)", "b."])
def test_a_letter_is_read_however_it_is_written(given):
    assert CHOICE.check(given).startswith("Correct!")


@pytest.mark.parametrize("given", [2, None, ["b"], {"b"}, 1.5, True, b"b"])
def test_a_wrong_type_gets_a_sentence_naming_the_options(given):
    message = CHOICE.check(given)
    assert message.startswith("Incorrect: answer with the letter of one option in quotes")
    assert "The options are a, b, c." in message and "Traceback" not in message


def test_an_unknown_letter_lists_the_options():
    assert CHOICE.check("e") == ("Incorrect: there is no option 'e' here. Answer with one "
                                 "letter: a, b, c.")


def test_the_placeholder_is_not_attempted():
    assert CHOICE.check(...).startswith("Not attempted")
    assert CHOICE.check().startswith("Not attempted")


def test_a_choice_question_shows_its_options_and_difficulty():
    html = CHOICE._repr_html_()
    assert "<strong>q3</strong> ☼ (easy)" in html
    assert "<code>tagging.count</code>" in html and "`" not in html
    assert "<li><strong>b</strong>) Boilerplate lines.</li>" in html
    assert CHOICE.answer == {"b"}


def test_a_choice_question_needs_a_right_option_and_feedback_for_each():
    with pytest.raises(ValueError, match="at least one option must be correct"):
        ChoiceQuestion("q", "?", {"a": Option("x", "no")})
    with pytest.raises(ValueError, match="every option needs its own feedback"):
        ChoiceQuestion("q", "?", {"a": Option("x", "", correct=True)})


def test_two_defensible_options_can_both_be_right():
    q = ChoiceQuestion("q", "?", {"a": Option("x", "Yes, because.", correct=True),
                                  "b": Option("y", "Also, because.", correct=True),
                                  "c": Option("z", "No.")})
    assert q.check("a").startswith("Correct!") and q.check("b").startswith("Correct!")


def test_hints_of_a_choice_question_climb_and_the_solution_is_separate():
    q = ChoiceQuestion("q", "?", {"a": Option("x", "Yes.", correct=True)},
                       hints=["N.", "S.", "P."], solution="a, because.")
    assert [q.hint()[:12] for _ in range(3)] == ["Hint 1 of 3 ", "Hint 2 of 3 ", "Hint 3 of 3 "]
    assert q.hint().startswith("Hint: there are no more hints")
    assert q.solution() == "Solution: a, because."


# --- rubrics ------------------------------------------------------------------------

RUBRIC = Rubric(beginning="names one side", developing="names both sides",
                secure="names both sides and what would settle it")


def test_an_open_question_shows_the_rubric_beside_the_model_answer():
    q = OpenQuestion("q7", "A model answer.", rubric=RUBRIC, min_words=2)
    for message in (q.check("My own answer here."), q.solution()):
        assert "Model answer: A model answer." in message
        assert ("- **Beginning**: names one side\n- **Developing**: names both sides\n"
                "- **Secure**: names both sides and what would settle it") in message
        assert not re.search(r"\b(Correct|Incorrect)\b", message)
    assert "<li><strong>Secure</strong>: names both" in q.solution()._repr_html_()


def test_a_rubric_needs_words_for_every_level():
    with pytest.raises(ValueError, match="all three levels"):
        Rubric(beginning="a", developing="", secure="c")


# --- difficulty -----------------------------------------------------------------------

def test_difficulty_marks_have_words_beside_the_symbols():
    assert [str(d) for d in DIFFICULTIES] == ["☼ (easy)", "◑ (intermediate)",
                                              "★ (challenging)"]
    assert repr(Question("q2", answer=1, difficulty=MEDIUM)).startswith(
        "<Question q2 ◑ (intermediate):")
    assert repr(OpenQuestion("q8", "m", difficulty=HARD)).startswith(
        "<OpenQuestion q8 ★ (challenging):")


def test_an_unknown_difficulty_is_refused():
    with pytest.raises(ValueError, match="EASY, MEDIUM, HARD"):
        Question("q", answer=1, difficulty="hard")


# --- every lesson's question set ------------------------------------------------------

LESSONS = ["lesson01", "lesson02", "lesson03", "lesson04", "lesson05", "lesson06"]
# Lessons rewritten for the graded format: every question marked, three rungs of hints,
# open questions with a rubric: every lesson with exercises.
GRADED = ["lesson01", "lesson02", "lesson03", "lesson04", "lesson05", "lesson06"]


def lesson(name):
    return importlib.import_module(f"narratives.checks.{name}")


@pytest.mark.parametrize("name", LESSONS)
def test_every_lesson_has_between_5_and_10_questions(name):
    count = len(questions_of(lesson(name)))
    assert MIN_QUESTIONS <= count <= MAX_QUESTIONS, f"{name} has {count} questions"


@pytest.mark.parametrize("name", GRADED)
def test_every_question_of_a_graded_lesson_is_marked_and_hinted_in_three_rungs(name):
    questions = questions_of(lesson(name))
    assert [q.name for q in questions] == [f"q{n}" for n in range(1, len(questions) + 1)]
    for q in questions:
        assert q.difficulty in DIFFICULTIES, q.name
        assert len(q.hints) == 3, f"{name}.{q.name} needs a nudge, a strategy, a partial answer"
        if isinstance(q, OpenQuestion):
            assert isinstance(q.rubric, Rubric), f"{name}.{q.name} needs a rubric"
        solution = str(q.solution())
        for hint in q.hints:
            assert hint not in solution or len(hint) < 20, f"{name}.{q.name}: a hint is the answer"


@pytest.mark.parametrize("name", GRADED)
def test_a_graded_lesson_asks_for_judgement_as_much_as_lookups(name):
    questions = questions_of(lesson(name))
    judgement = [q for q in questions if isinstance(q, (ChoiceQuestion, OpenQuestion))]
    assert len(judgement) * 2 >= len(questions), f"{name}: too few judgement questions"
    assert {q.difficulty for q in questions} >= {EASY, MEDIUM}, name
