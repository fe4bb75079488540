"""Self-checking exercises: each question has `check`, `hint` and `solution`.

In the spirit of Kaggle Learn's exercises. A learner computes a value and
hands it to the question; the question says `Correct`, `Incorrect` or
`Not attempted`, and helps without giving the answer away. It checks the
value, never the code that made it, so cells can run in any order.

>>> q = Question("q1", answer=34, kind=int, hints=["Count `text.sentences`."],
...              solution="len(corpus['pravda-bury'].sentences)")
>>> q.check(...)
Not attempted: replace the `...` with your answer, then run the cell again.
>>> q.check("34")
Incorrect: the answer should be a whole number (an int), and this is text (a str). If it is in quotes, take the quotes away.
>>> q.check(33)
Incorrect: not quite. Ask for a hint with `q1.hint()` if you are stuck.
>>> q.check(34)
Correct!
>>> q.hint()
Hint: Count `text.sentences`.

Each lesson's questions live in a module of their own, e.g.
`narratives.checks.lesson01`.
"""

import html
import math
from collections.abc import Iterable

from ..display import badge

PLACEHOLDER = Ellipsis

_TYPE_NAMES = {int: "a whole number (an int)", float: "a number (a float)",
               str: "text (a str)", list: "a list", set: "a set", dict: "a dict",
               bool: "True or False (a bool)", tuple: "a tuple", type(None): "None"}
# The state a message starts with, shown as a word in white on its own colour
# (display.badge): readable in a light or a dark theme, and never colour alone.
_STATES = {"Correct": "good", "Incorrect": "bad", "Not attempted": "info",
           "Hint": "neutral", "Solution": "neutral", "Thank you": "info",
           "Model answer": "neutral"}


def type_name(value_or_type):
    """A plain-words name for a type: 'a whole number (an int)'."""
    kind = value_or_type if isinstance(value_or_type, type) else type(value_or_type)
    return _TYPE_NAMES.get(kind, f"a {kind.__name__}")


class Feedback(str):
    """A message to the learner: plain text in a terminal, coloured in a notebook."""

    def __repr__(self):
        return str(self)

    def _repr_html_(self):
        head, _, rest = self.partition(":")
        state = _STATES.get(head.rstrip("!"))
        if state is None:   # no state to show: the words, in the theme's own colour
            return f"<p><b>{html.escape(self)}</b></p>"
        if not rest:
            return f"<p>{badge(self, state)}</p>"
        body = html.escape(rest).replace("\n", "<br>")
        return f"<p>{badge(head, state)}:{body}</p>"


def _same(value, answer, tolerance):
    if isinstance(answer, float) or isinstance(value, float):
        try:
            return math.isclose(float(value), float(answer), rel_tol=tolerance,
                                abs_tol=tolerance)
        except (TypeError, ValueError):
            return False
    return value == answer


class Question:
    """A question with one right value.

    answer    the right value (or leave it out and give `test`)
    kind      the type (or tuple of types) an answer must have; a set also
              accepts a list or tuple of the same items, in any order
    hints     hints from gentle to strong
    solution  the code (or words) of a model solution
    test      optional function(value) -> True, or a message saying what is
              wrong, for answers that are not one value
    wrong     optional {wrong value: pointer} for mistakes learners often make
    normalize optional function applied to the learner's value first (e.g.
              str.lower) after its type was checked
    tolerance for numbers: how close counts as equal
    """

    def __init__(self, name, answer=None, *, kind=None, hints=(), solution="",
                 test=None, wrong=None, normalize=None, tolerance=1e-6):
        self.name = name
        self.answer = answer
        # With only a `test`, any type may reach it; the test judges the value.
        self.kind = kind if kind is not None else (object if answer is None else type(answer))
        self.hints = list(hints)
        self._solution = solution
        self.test = test
        self.wrong = dict(wrong or {})
        self.normalize = normalize
        self.tolerance = tolerance

    def _coerce(self, value):
        """The value in the expected type, or a message saying why it is not."""
        kinds = self.kind if isinstance(self.kind, tuple) else (self.kind,)
        if set in kinds and isinstance(value, (list, tuple, frozenset)):
            try:
                value = set(value)
            except TypeError:
                return None, ("the answer should be a set of single items (text or "
                              "numbers), and this holds lists or other collections.")
        if float in kinds and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if value is None and object in kinds:
            return None, ("the answer is None. Did the cell that computes it end "
                          "without a value?")
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds
                                            and object not in kinds):
            wanted = " or ".join(type_name(k) for k in kinds)
            extra = ""
            if isinstance(value, str) and any(k in (int, float) for k in kinds):
                extra = " If it is in quotes, take the quotes away."
            elif value is None:
                extra = " Did the cell that computes it end without a value?"
            return None, (f"the answer should be {wanted}, and this is "
                          f"{type_name(value)}.{extra}")
        return value, None

    def check(self, value=PLACEHOLDER):
        """Say whether `value` is right, and help if it is not."""
        if value is PLACEHOLDER:
            return Feedback("Not attempted: replace the `...` with your answer, "
                            "then run the cell again.")
        value, problem = self._coerce(value)
        if problem:
            return Feedback(f"Incorrect: {problem}")
        if self.normalize:
            value = self.normalize(value)
        try:
            pointer = self.wrong.get(value if not isinstance(value, set) else frozenset(value))
        except TypeError:
            pointer = None
        if pointer:
            return Feedback(f"Incorrect: {pointer}")
        if self.test is not None:
            verdict = self.test(value)
            if verdict is True:
                return Feedback("Correct!")
            return Feedback(f"Incorrect: {verdict or 'not quite.'}")
        if _same(value, self.answer, self.tolerance):
            return Feedback("Correct!")
        return Feedback(f"Incorrect: {self._pointer(value)} Ask for a hint with "
                        f"`{self.name}.hint()` if you are stuck.")

    def _pointer(self, value):
        """A nudge that does not give the answer away."""
        answer = self.answer
        if isinstance(answer, (set, frozenset)) and isinstance(value, set):
            missing, extra = len(answer - value), len(value - answer)
            parts = []
            if missing:
                parts.append(f"{missing} item{'s are' if missing > 1 else ' is'} missing")
            if extra:
                parts.append(f"{extra} item{'s do' if extra > 1 else ' does'} not belong")
            return "; ".join(parts).capitalize() + "."
        if isinstance(answer, (list, tuple)) and isinstance(value, (list, tuple)):
            if sorted(map(repr, value)) == sorted(map(repr, answer)):
                return "The right items, in the wrong order."
            if len(value) != len(answer):
                return f"Expected {len(answer)} items, and this has {len(value)}."
        return "not quite."

    def hint(self, level=1):
        """A hint; `hint(2)` is stronger than `hint(1)`."""
        if not self.hints:
            return Feedback("Hint: there is no hint for this one; try the solution.")
        try:
            level = min(max(int(level), 1), len(self.hints))
        except (TypeError, ValueError):
            level = 1
        more = (f" (For a stronger hint: `{self.name}.hint({level + 1})`.)"
                if level < len(self.hints) else "")
        return Feedback(f"Hint: {self.hints[level - 1]}{more}")

    def solution(self):
        """A model solution."""
        return Feedback(f"Solution: {self._solution}")

    def __repr__(self):
        return f"<Question {self.name}: call .check(answer), .hint() or .solution()>"


class OpenQuestion:
    """A question without one right answer: reflection, interpretation.

    `check(text)` gives no verdict: it shows a model answer and what a good
    answer covers, so the learner can compare.
    """

    def __init__(self, name, model_answer, covers=(), min_words=15):
        self.name = name
        self.model_answer = model_answer
        self.covers = list(covers)
        self.min_words = min_words

    def check(self, text=PLACEHOLDER):
        if text is PLACEHOLDER or (isinstance(text, str) and not text.strip()):
            return Feedback("Not attempted: replace the `...` with your answer in "
                            "quotes, e.g. \"I think...\", then run the cell again.")
        if not isinstance(text, str):
            return Feedback(f"Not attempted: write your answer as text in quotes; "
                            f"this is {type_name(text)}.")
        words = len(text.split())
        short = (f" Your answer has {words} words; most good answers need at least "
                 f"{self.min_words}." if words < self.min_words else "")
        covers = "\n".join(f"  - {point}" for point in self.covers)
        return Feedback(f"Thank you: there is no single right answer here.{short}\n"
                        f"Compare yours with this model answer:\n{self.model_answer}\n"
                        f"A good answer covers:\n{covers}")

    def hint(self, level=1):
        return Feedback("Hint: " + (self.covers[0] if self.covers else
                                    "say what you see, then why it matters."))

    def solution(self):
        return Feedback(f"Model answer: {self.model_answer}")

    def __repr__(self):
        return f"<OpenQuestion {self.name}: write your answer and call .check(answer)>"


def as_set(items):
    """Items as a set, whether a learner gives a set, a list or one string."""
    if isinstance(items, str) or not isinstance(items, Iterable):
        return {items}
    return set(items)
