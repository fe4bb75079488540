"""A question with one right value, its difficulty, and a ladder of hints.

Hints climb, as a teacher's would: first a nudge (where to look), then a
strategy (how to go about it), then a partial answer (the first half of
the way). The full answer comes only from `solution()`. `hint()` gives the
next rung each time it is called; asking past the last one says so.

>>> q = Question("q1", answer=34, kind=int, difficulty=EASY,
...              hints=["Sentences are listed in `text.sentences`.",
...                     "Count the items of that list.",
...                     "`len(corpus['pravda-bury'].sentences)` is almost it."],
...              wrong={37: "you counted the boilerplate lines too."},
...              solution="`len(corpus['pravda-bury'].sentences)`")
>>> q
<Question q1 ☼ (easy): call .check(answer), .hint() or .solution()>
>>> q.check(37)
Incorrect: you counted the boilerplate lines too.
>>> q.hint()
Hint 1 of 3 (a nudge): Sentences are listed in `text.sentences`. Run `q1.hint()` again for more.
>>> q.hint(3)
Hint 3 of 3 (a partial answer): `len(corpus['pravda-bury'].sentences)` is almost it. That was the last hint; `q1.solution()` shows the full answer.
>>> q.hint(4)
Hint: there are no more hints for q1 (it has 3). `q1.solution()` shows the full answer.
"""

import math
from collections import namedtuple

from .feedback import Feedback, type_name
from .keep import kept

PLACEHOLDER = Ellipsis

Difficulty = namedtuple("Difficulty", "symbol word")
Difficulty.__str__ = lambda self: f"{self.symbol} ({self.word})"
# The NLTK book's marks, each with its words for screen readers and print.
EASY = Difficulty("☼", "easy")
MEDIUM = Difficulty("◑", "intermediate")
HARD = Difficulty("★", "challenging")
DIFFICULTIES = (EASY, MEDIUM, HARD)

RUNGS = {3: ("a nudge", "a strategy", "a partial answer"),
         2: ("a nudge", "a strategy")}


class HintLadder:
    """Hints from a nudge to a partial answer; mixed into every kind of question."""

    def _setup(self, name, hints, difficulty):
        if difficulty is not None and difficulty not in DIFFICULTIES:
            raise ValueError(f"difficulty must be one of EASY, MEDIUM, HARD, not {difficulty!r}")
        self.name = name
        self.hints = list(hints)
        self.difficulty = difficulty
        self._next_hint = 1

    def hint(self, level=None):
        """The next hint, or hint number `level`; past the last one, says so."""
        count = len(self.hints)
        if not count:
            return Feedback(f"Hint: there is no hint for this one; `{self.name}.solution()` "
                            "shows the answer.")
        try:
            level = self._next_hint if level is None else max(int(level), 1)
        except (TypeError, ValueError):
            level = self._next_hint
        if level > count:
            self._next_hint = count + 1
            return Feedback(f"Hint: there are no more hints for {self.name} (it has {count}). "
                            f"`{self.name}.solution()` shows the full answer.")
        self._next_hint = level + 1
        rung = RUNGS.get(count, ())
        label = f"Hint {level} of {count}" + (f" ({rung[level - 1]})" if rung else "")
        more = (f" Run `{self.name}.hint()` again for more." if level < count else
                f" That was the last hint; `{self.name}.solution()` shows the full answer.")
        return Feedback(f"{label}: {self.hints[level - 1]}{more}")

    @property
    def marked(self):
        """The difficulty mark with its words, e.g. '☼ (easy)', or '' when unmarked."""
        return str(self.difficulty) if self.difficulty else ""

    def _repr_tag(self):
        return f"{self.name} {self.marked}".rstrip()


def _same(value, answer, tolerance):
    if isinstance(answer, float) or isinstance(value, float):
        try:
            return math.isclose(float(value), float(answer), rel_tol=tolerance,
                                abs_tol=tolerance)
        except (TypeError, ValueError, OverflowError):
            return False
    return value == answer


class Question(HintLadder):
    """A question with one right value.

    answer     the right value (or leave it out and give `test`)
    kind       the type (or tuple of types) an answer must have; a set also
               accepts a list or tuple of the same items, in any order
    hints      a nudge, a strategy, a partial answer (never the whole answer)
    solution   the code (or words) of a model solution, Markdown allowed
    difficulty EASY, MEDIUM or HARD
    test       optional function(value) -> True, or a message saying what is
               wrong, for answers that are not one value
    wrong      optional {wrong value: pointer} for mistakes learners often make
    normalize  optional function applied to the learner's value first (e.g.
               str.lower) after its type was checked
    tolerance  for numbers: how close counts as equal
    """

    def __init__(self, name, answer=None, *, kind=None, hints=(), solution="",
                 test=None, wrong=None, normalize=None, tolerance=1e-6, difficulty=None):
        self._setup(name, hints, difficulty)
        self.answer = answer
        # With only a `test`, any type may reach it; the test judges the value.
        self.kind = kind if kind is not None else (object if answer is None else type(answer))
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
            try:
                value = float(value)
            except OverflowError:
                return None, (f"the number has {len(str(abs(value)))} digits, far too many "
                              "for this answer. Check what the cell computes.")
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

    @kept
    def check(self, value=PLACEHOLDER):
        """Say whether `value` is right, and help if it is not."""
        if value is PLACEHOLDER:
            return Feedback("Not attempted: replace the `...` with your answer, "
                            "then run the cell again.")
        value, problem = self._coerce(value)
        if problem:
            return Feedback(f"Incorrect: {problem}")
        try:
            if self.normalize:
                value = self.normalize(value)
            pointer = self.wrong.get(value if not isinstance(value, set) else frozenset(value))
        except (TypeError, ValueError, AttributeError, ArithmeticError):
            pointer = None
        if pointer:
            return Feedback(f"Incorrect: {pointer}")
        if self.test is not None:
            try:
                verdict = self.test(value)
            except (TypeError, ValueError, LookupError, AttributeError, ArithmeticError):
                verdict = None  # a test written for good values must not crash on odd ones
            if verdict is True:
                return Feedback("Correct!")
            if verdict:  # a pointer written for this mistake says enough
                return Feedback(f"Incorrect: {verdict}")
            return Feedback(f"Incorrect: not quite. Ask for a hint with `{self.name}.hint()` "
                            "if you are stuck.")
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

    def solution(self):
        """The model solution: the full answer."""
        return Feedback(f"Solution: {self._solution}")

    def __repr__(self):
        return f"<Question {self._repr_tag()}: call .check(answer), .hint() or .solution()>"
