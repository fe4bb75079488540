"""narratives.checks: what a learner sees for each kind of answer.

Every message says Correct, Incorrect or Not attempted; wrong types get a
sentence; pointers help without giving the answer away; `None` is never
Correct; the HTML a notebook shows is escaped.
"""

import re

import pytest

from narratives.checks import (FEEDBACK_COLOURS, Feedback, OpenQuestion, Question, as_set,
                               markdown_html, type_name)
from narratives.checks.feedback import kind_of

VERDICT = re.compile(r"^(Correct!|Incorrect: |Not attempted: )")


def verdict(feedback):
    assert isinstance(feedback, Feedback)
    found = VERDICT.match(feedback)
    assert found, f"no verdict at the start of {feedback!r}"
    return found.group(1).rstrip(":! ")


QUESTIONS = {
    "int": Question("q1", answer=34, kind=int),
    "float": Question("q2", answer=0.25, kind=float),
    "str": Question("q3", answer="pravda-bury", kind=str, normalize=str.lower),
    "set": Question("q4", answer={"euvsdisinfo-force", "tanks-and-planes"}, kind=set),
    "list": Question("q5", answer=[3, 1, 2], kind=list),
    "bool": Question("q6", answer=False),
    "test": Question("q7", kind=int, test=lambda v: v % 2 == 0 or "it should be even."),
}


# --- placeholders -------------------------------------------------------------

@pytest.mark.parametrize("question", QUESTIONS.values(), ids=QUESTIONS.keys())
def test_the_placeholder_is_not_attempted(question):
    assert verdict(question.check(...)) == "Not attempted"
    assert verdict(question.check()) == "Not attempted"
    assert "`...`" in question.check(...)


# --- None and wrong types: a sentence, never Correct, never a traceback ----------

ODD_VALUES = [None, "34", 34.0, True, [], {}, set(), (), object(), b"34", range(3),
              "", 0, -1, float("nan"), ["euvsdisinfo-force"], [("a", 1)]]


@pytest.mark.parametrize("question", QUESTIONS.values(), ids=QUESTIONS.keys())
def test_none_is_never_correct(question):
    feedback = question.check(None)
    assert verdict(feedback) == "Incorrect"
    assert "this is None" in feedback and "without a value" in feedback


@pytest.mark.parametrize("question", QUESTIONS.values(), ids=QUESTIONS.keys())
@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_odd_values_get_a_verdict_not_a_traceback(question, value):
    assert verdict(question.check(value)) in {"Incorrect", "Not attempted", "Correct"}


def test_a_number_in_quotes_is_told_to_lose_the_quotes():
    feedback = QUESTIONS["int"].check("34")
    assert feedback == ("Incorrect: the answer should be a whole number (an int), and this "
                        "is text (a str). If it is in quotes, take the quotes away.")


def test_true_is_not_a_number_and_a_float_is_not_an_int():
    assert "True or False (a bool)" in QUESTIONS["int"].check(True)
    assert "a number (a float)" in QUESTIONS["int"].check(34.0)
    assert verdict(QUESTIONS["bool"].check(0)) == "Incorrect"
    assert verdict(QUESTIONS["bool"].check(False)) == "Correct"


def test_a_whole_number_is_fine_where_a_float_is_asked():
    assert verdict(Question("q", answer=2.0, kind=float).check(2)) == "Correct"


def test_floats_are_compared_with_a_tolerance():
    q = Question("q", answer=1 / 3, kind=float, tolerance=1e-3)
    assert verdict(q.check(0.3334)) == "Correct"
    assert verdict(q.check(0.34)) == "Incorrect"


def test_several_kinds_are_named_in_the_sentence():
    q = Question("q", answer=1, kind=(int, str))
    assert "a whole number (an int) or text (a str)" in q.check([1])


def test_type_names_read_as_words():
    assert type_name(3) == "a whole number (an int)"
    assert type_name(dict) == "a dict"
    assert type_name(range(2)) == "a range"


# --- pointers that help without giving the answer away -------------------------

def test_a_wrong_number_gets_a_pointer_to_the_hint_not_the_answer():
    feedback = QUESTIONS["int"].check(33)
    assert feedback == ("Incorrect: not quite. Ask for a hint with `q1.hint()` "
                        "if you are stuck.")
    assert "34" not in feedback


def test_a_known_mistake_gets_its_own_pointer():
    q = Question("q", answer=34, kind=int,
                 wrong={36: "Did you count the boilerplate lines too?"})
    assert q.check(36) == "Incorrect: Did you count the boilerplate lines too?"


def test_a_known_mistake_in_a_set_matches_in_any_order_and_container():
    q = Question("q", answer={"a", "b"}, kind=set, wrong={frozenset({"a"}): "Only one?"})
    assert q.check(["a"]) == "Incorrect: Only one?"
    assert q.check(("a",)) == "Incorrect: Only one?"


@pytest.mark.parametrize("value, pointer", [
    ({"euvsdisinfo-force"}, "1 item is missing."),
    (set(), "2 items are missing."),
    ({"euvsdisinfo-force", "tanks-and-planes", "bogus-threat"}, "1 item does not belong."),
    ({"bogus-threat", "pravda-bury"}, "2 items are missing; 2 items do not belong."),
])
def test_a_set_pointer_counts_without_naming(value, pointer):
    feedback = QUESTIONS["set"].check(value)
    assert feedback.startswith(f"Incorrect: {pointer} Ask for a hint with `q4.hint()`")
    assert "euvsdisinfo-force" not in feedback and "tanks-and-planes" not in feedback


def test_a_set_takes_a_list_or_tuple_in_any_order_and_leaves_it_unchanged():
    given = ["tanks-and-planes", "euvsdisinfo-force", "tanks-and-planes"]
    assert verdict(QUESTIONS["set"].check(given)) == "Correct"
    assert verdict(QUESTIONS["set"].check(tuple(given))) == "Correct"
    assert given == ["tanks-and-planes", "euvsdisinfo-force", "tanks-and-planes"]


@pytest.mark.parametrize("value, pointer", [
    ([1, 2, 3], "The right items, in the wrong order."),
    ([3, 1], "Expected 3 items, and this has 2."),
    ([3, 1, 2, 2], "Expected 3 items, and this has 4."),
    ([3, 1, 4], "not quite."),
])
def test_a_list_pointer_says_order_or_length(value, pointer):
    assert QUESTIONS["list"].check(value).startswith(f"Incorrect: {pointer}")


def test_normalize_runs_after_the_type_check():
    assert verdict(QUESTIONS["str"].check("Pravda-Bury")) == "Correct"
    assert "text (a str)" in QUESTIONS["str"].check(["pravda-bury"])


def test_a_test_function_gives_the_verdict_and_its_message():
    assert verdict(QUESTIONS["test"].check(4)) == "Correct"
    assert QUESTIONS["test"].check(3) == "Incorrect: it should be even."
    silent = Question("q", kind=int, test=lambda v: v > 3)
    assert silent.check(1).startswith("Incorrect: not quite.")


def test_a_test_that_crashes_on_an_odd_value_still_gives_a_sentence():
    q = Question("q", kind=str, test=lambda v: v.split()[5] == "x")
    assert q.check("a b").startswith("Incorrect: not quite.")


def test_checks_hold_in_any_order_and_any_number_of_times():
    q = QUESTIONS["set"]
    first = [q.check(v) for v in ({"a"}, None, ["tanks-and-planes", "euvsdisinfo-force"])]
    again = [q.check(v) for v in reversed(({"a"}, None,
                                           ["tanks-and-planes", "euvsdisinfo-force"]))]
    assert first == list(reversed(again))
    assert q.answer == {"euvsdisinfo-force", "tanks-and-planes"}


# --- hints and solutions --------------------------------------------------------

def test_hints_climb_from_a_nudge_to_a_partial_answer_and_say_where_they_are():
    q = Question("q9", answer=5, hints=["Look at the dates.", "Sort them.", "Take the first."])
    assert q.hint() == "Hint 1 of 3 (a nudge): Look at the dates. Run `q9.hint()` again for more."
    assert q.hint() == "Hint 2 of 3 (a strategy): Sort them. Run `q9.hint()` again for more."
    assert q.hint() == ("Hint 3 of 3 (a partial answer): Take the first. That was the last "
                        "hint; `q9.solution()` shows the full answer.")


def test_asking_past_the_last_hint_says_so_and_points_at_the_solution():
    q = Question("q9", answer=5, hints=["Look.", "Sort."])
    q.hint(), q.hint()
    past = q.hint()
    assert past == ("Hint: there are no more hints for q9 (it has 2). `q9.solution()` shows "
                    "the full answer.")
    assert q.hint(7) == past
    assert q.hint(1).startswith("Hint 1 of 2 (a nudge): Look.")


@pytest.mark.parametrize("level, shown", [(0, "Look"), (-2, "Look"), ("2", "Sort"),
                                          ("x", "Look"), (None, "Look")])
def test_odd_hint_levels_give_a_hint_not_a_traceback(level, shown):
    q = Question("q", answer=5, hints=["Look.", "Sort."])
    message = q.hint(level)
    assert message.startswith("Hint ") and shown in message


def test_a_question_without_hints_says_so():
    assert Question("q", answer=5).hint() == ("Hint: there is no hint for this one; "
                                              "`q.solution()` shows the answer.")


def test_the_solution_is_shown_on_request():
    q = Question("q", answer=34, solution="len(corpus['pravda-bury'].sentences)")
    assert q.solution() == "Solution: len(corpus['pravda-bury'].sentences)"
    assert repr(q) == "<Question q: call .check(answer), .hint() or .solution()>"


# --- open questions: no verdict, a model answer ------------------------------------

OPEN = OpenQuestion("q8", "The fact-check quotes NATO's denial after the claim.",
                    covers=["who made the claim", "who denied it"], min_words=5)


@pytest.mark.parametrize("text", [..., "", "   \n"])
def test_an_open_question_left_blank_is_not_attempted(text):
    assert OPEN.check(text).startswith("Not attempted: replace the `...` with your answer in quotes")


@pytest.mark.parametrize("text", [None, 3, ["a"]])
def test_an_open_question_wants_text_and_says_so(text):
    feedback = OPEN.check(text)
    assert feedback.startswith("Not attempted: write your answer as text in quotes")
    assert type_name(text) in feedback


def test_an_open_answer_gets_the_model_answer_and_what_it_should_cover():
    feedback = OPEN.check("The claim came first; NATO denied it later.")
    assert not re.search(r"\b(Correct|Incorrect)\b", feedback)
    assert "The fact-check quotes NATO's denial after the claim." in feedback
    assert "- who made the claim\n- who denied it" in feedback
    assert "words" not in feedback.split("\n")[0]


def test_a_short_open_answer_is_told_its_length():
    feedback = OPEN.check("NATO denied.")
    assert "Your answer has 2 words; most good answers need at least 5." in feedback


def test_an_open_question_has_a_hint_and_a_model_answer():
    assert OPEN.hint().startswith("Hint 1 of 1: who made the claim")
    assert OPEN.solution().startswith("Model answer: The fact-check quotes NATO's denial "
                                      "after the claim.\nA good answer covers:")


# --- Feedback: plain in a terminal, escaped HTML in a notebook -----------------------

def test_feedback_repr_is_the_plain_message():
    assert repr(Feedback("Correct!")) == "Correct!"


def test_feedback_html_shows_the_verdict_as_a_word_and_keeps_line_breaks():
    badge = ('<b style="color:#fff;background:{};padding:0 .3em;border-radius:3px">{}</b>')
    html = Feedback("Thank you: one\ntwo")._repr_html_()
    # The head is a word in white on its own colour: readable in any theme.
    assert html == ('<div class="narratives-feedback narratives-feedback-thank-you">'
                    f'{badge.format("#005A8C", "Thank you:")} one<br>two</div>')
    assert Feedback("Correct!")._repr_html_() == (
        '<div class="narratives-feedback narratives-feedback-correct">'
        f'{badge.format("#00704F", "Correct!")}</div>')
    assert badge.format("#B03A00", "Incorrect:") in Feedback("Incorrect: no")._repr_html_()


def test_feedback_colours_come_from_one_named_constant(monkeypatch):
    monkeypatch.setitem(FEEDBACK_COLOURS, "incorrect", "#123456")
    assert 'background:#123456' in Feedback("Incorrect: no.")._repr_html_()
    for kind in ("Correct!", "Incorrect: x", "Not attempted: x", "Hint 2 of 3 (a strategy): x",
                 "Solution: x", "Thank you: x", "Model answer: x"):
        assert kind_of(kind) in FEEDBACK_COLOURS, kind


def test_markdown_in_feedback_renders_and_backticks_do_not_show():
    html = Feedback("Incorrect: did you count the **headline** too? Try `len(x)`, "
                    "*not* `x * 2`.\n- one\n- two")._repr_html_()
    assert "`" not in html
    assert "<strong>headline</strong>" in html and "<code>len(x)</code>" in html
    assert "<em>not</em>" in html and "<code>x * 2</code>" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html


def test_markup_inside_code_stays_literal():
    assert markdown_html("`**a**` and `<b>`") == "<code>**a**</code> and <code>&lt;b&gt;</code>"


@pytest.mark.parametrize("message", [
    "Incorrect: <script>window.__xss = 1</script>",
    "<img src=x onerror=alert(1)>: head",
    "<img src=x onerror=alert(1)>",
    'Hint: "quotes" & <b>tags</b>',
])
def test_feedback_html_is_escaped(message):
    html = Feedback(message)._repr_html_()
    assert "<script" not in html and "<img" not in html and "<b>tags" not in html
    assert "&lt;" in html


def test_a_learners_odd_type_name_is_escaped_too():
    odd = type("<img src=x onerror=alert(1)>", (), {})()
    html = QUESTIONS["set"].check(odd)._repr_html_()
    assert "a &lt;img src=x onerror=alert(1)&gt;." in html and "<img" not in html


def test_as_set_takes_one_string_or_many():
    assert as_set("NATO") == {"NATO"}
    assert as_set(["a", "b", "a"]) == {"a", "b"}
    assert as_set(5) == {5}

# Cases found by review: each once raised instead of answering in a sentence.

def test_unhashable_items_for_a_set_get_a_sentence():
    # set([["a"], ["b"]]) raises TypeError: unhashable type: 'list'
    q = Question("q", answer={"a", "b"}, kind=set)
    assert q.check([["a"], ["b"]]).startswith("Incorrect")

def test_a_test_question_without_kind_accepts_real_answers():
    # kind defaults to type(None) when only `test` is given
    q = Question("q", test=lambda v: v > 3 or "too small")
    assert q.check(5) == "Correct!"
    assert q.check(None).startswith("Incorrect")   # today: TypeError from the test

def test_a_hint_level_that_is_not_a_number_gives_the_first_hint():
    q = Question("q", answer=1, hints=["a", "b"])
    assert q.hint("x").startswith("Hint 1 of 2 (a nudge): a")
