"""The tests every exercise's questions must pass, written once.

A test file gives its lesson's questions module, the right answers, and the
plausible wrong answers with the pointer each must get:

    (test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
     test_placeholder_is_not_attempted_and_none_is_never_correct,
     test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])
"""

import pytest


def exercise_tests(ex, right, wrong, open_questions=()):
    """Four tests over a lesson's questions; `open_questions` names its OpenQuestions."""

    @pytest.mark.parametrize("name", sorted(right))
    def test_right_answers_pass(name):
        assert getattr(ex, name).check(right[name]).startswith("Correct!")

    @pytest.mark.parametrize("name, value, pointer", wrong)
    def test_wrong_answers_get_the_intended_pointer(name, value, pointer):
        message = getattr(ex, name).check(value)
        assert message.startswith("Incorrect:") and pointer in message
        # A pointer never shows the answer as a value.
        assert repr(right[name]) not in message.replace(repr(value), "")

    @pytest.mark.parametrize("name", sorted(right) + list(open_questions))
    def test_placeholder_is_not_attempted_and_none_is_never_correct(name):
        question = getattr(ex, name)
        assert question.check(...).startswith("Not attempted")
        assert "Correct" not in question.check(None).replace("Incorrect", "")

    def test_every_question_has_hints_and_a_solution():
        for name in sorted(right):
            question = getattr(ex, name)
            assert question.hint().startswith("Hint")
            assert question.solution().startswith("Solution:")

    return (test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
            test_placeholder_is_not_attempted_and_none_is_never_correct,
            test_every_question_has_hints_and_a_solution)
