"""Self-checking exercises: each question has `check`, `hint` and `solution`.

In the spirit of Kaggle Learn's exercises and the NLTK book's graded ones.
A learner computes a value (or chooses an option, or writes an argument)
and hands it to the question; it says `Correct`, `Incorrect` or `Not
attempted`, and helps without giving the answer away. It checks the value,
never the code that made it, so cells can run in any order.

Three kinds of question, each marked ☼ (easy), ◑ (intermediate) or
★ (challenging):

- `Question`: one right value, with pointers for likely wrong ones;
- `ChoiceQuestion`: options by letter, every option with its own feedback;
- `OpenQuestion`: no verdict, a model answer beside a levelled `Rubric`.

>>> q = Question("q1", answer=34, kind=int, difficulty=EASY,
...              hints=["Where are a text's sentences kept?",
...                     "Count the items of `text.sentences`.",
...                     "`len(...)` of that list, for `pravda-bury`."],
...              wrong={37: "you counted the three boilerplate lines too."},
...              solution="`len(corpus['pravda-bury'].sentences)`")
>>> q.check(...)
Not attempted: replace the `...` with your answer, then run the cell again.
>>> q.check("34")
Incorrect: the answer should be a whole number (an int), and this is text (a str). If it is in quotes, take the quotes away.
>>> q.check(37)
Incorrect: you counted the three boilerplate lines too.
>>> q.check(33)
Incorrect: not quite. Ask for a hint with `q1.hint()` if you are stuck.
>>> q.check(34)
Correct!
>>> q.hint()
Hint 1 of 3 (a nudge): Where are a text's sentences kept? Run `q1.hint()` again for more.

Each lesson's questions live in a module of their own, e.g.
`narratives.checks.lesson02`; `questions_of(module)` lists them in order.
"""

from collections.abc import Iterable

from .choice import ChoiceQuestion, Option
from .feedback import FEEDBACK_COLOURS, Feedback, markdown_html, type_name
from .openq import LEVELS, OpenQuestion, Rubric
from .question import (DIFFICULTIES, EASY, HARD, MEDIUM, PLACEHOLDER, Difficulty,
                       HintLadder, Question)

__all__ = ["ChoiceQuestion", "DIFFICULTIES", "Difficulty", "EASY", "FEEDBACK_COLOURS",
           "Feedback", "HARD", "HintLadder", "LEVELS", "MEDIUM", "OpenQuestion", "Option",
           "PLACEHOLDER", "Question", "Rubric", "as_set", "markdown_html", "questions_of",
           "type_name", "MIN_QUESTIONS", "MAX_QUESTIONS"]

# Every lesson's exercise has between 5 and 10 questions: enough to practise,
# few enough to finish in the lesson's slot.
MIN_QUESTIONS, MAX_QUESTIONS = 5, 10


def as_set(items):
    """Items as a set, whether a learner gives a set, a list or one string."""
    if isinstance(items, str) or not isinstance(items, Iterable):
        return {items}
    return set(items)


def questions_of(module):
    """The questions a lesson's module defines, in the order of their names (q1, q2, ...)."""
    found = [value for value in vars(module).values() if isinstance(value, HintLadder)]
    return sorted(found, key=lambda q: (len(q.name), q.name))
