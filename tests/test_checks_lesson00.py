"""Lesson 00's sorting question: mis-, dis- and malinformation after Wardle and Derakhshan."""

import pytest

from narratives.checks.lesson00 import sorting

RIGHT = {"A": "misinformation", "B": "disinformation", "C": "malinformation"}


def test_the_right_sorting_passes_in_any_case_and_with_hyphens():
    assert sorting.check(RIGHT) == "Correct!"
    assert sorting.check({"a": "Mis-information", "b": "DISINFORMATION ",
                          "c": "mal-information"}) == "Correct!"


@pytest.mark.parametrize("case, wrong, pointer", [
    ("A", "disinformation", "without meaning harm"),
    ("B", "misinformation", "shared knowingly"),
    ("C", "disinformation", "true content shared to cause harm"),
    ("C", "propaganda", "is not one of the three words"),
])
def test_each_wrong_word_gets_a_pointer_for_its_case(case, wrong, pointer):
    message = sorting.check(dict(RIGHT, **{case: wrong}))
    assert message.startswith("Incorrect:") and pointer in message


def test_missing_cases_placeholder_and_wrong_types():
    assert "keys 'A', 'B' and 'C'" in sorting.check({"A": "misinformation"})
    assert sorting.check(...).startswith("Not attempted")
    assert "should be a dict" in sorting.check("misinformation")
    assert "Hint" in sorting.hint() and "Wardle" in sorting.solution()


def test_a_dots_left_in_any_case_is_not_attempted():
    assert sorting.check({"A": ..., "B": ..., "C": ...}).startswith("Not attempted")
    assert sorting.check(dict(RIGHT, B=...)).startswith("Not attempted")
