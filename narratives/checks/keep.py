"""Every checked answer is kept in `my-work/`, with its question, the moment it is checked.

`check` is wrapped by `kept`: after the verdict, the answer (as text), the
question (the exercise's own words, read from its notebook) and the verdict's
first word go to `answers.save_answer`. An answer not attempted is not kept;
an answer that cannot be saved still gets its verdict, with "Not saved" and why.
"""

import functools
import json
import re
import sys
from functools import lru_cache

from ..answers import save_answer
from ..errors import NarrativesError
from ..paths import EXERCISES, NOTEBOOKS
from .feedback import Feedback

PLACEHOLDER = Ellipsis


def lesson_of(question):
    """The lesson ('02') whose module defines `question`, or 'exercises' when none does."""
    for name, module in list(sys.modules.items()):
        if name.startswith("narratives.checks.lesson") and module is not None:
            if any(value is question for value in vars(module).values()):
                return name.rpartition("lesson")[2]
    return "exercises"


@lru_cache(maxsize=None)
def question_text(lesson, name):
    """The words that ask question `name` in lesson `lesson`'s exercise (or lesson) notebook."""
    asks = re.compile(rf"^\s*(?:{re.escape(name)}\s*$|.*\b{re.escape(name)}\.check\()", re.M)
    for folder in (EXERCISES, NOTEBOOKS):
        for path in sorted(folder.glob(f"{lesson}-*.ipynb")):
            try:
                cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            except (OSError, ValueError, KeyError):
                continue
            said = ""
            for cell in cells:
                source = "".join(cell.get("source", ""))
                if cell.get("cell_type") == "markdown":
                    # A prediction's own words, not the section that leads up to them.
                    said = source[source.find("**Predict"):] if "**Predict" in source else source
                elif asks.search(source) and said:
                    return said.strip()[:1500]
    return f"Question {name} of lesson {lesson}"


def _as_text(value):
    if isinstance(value, str):
        return value
    if isinstance(value, (set, frozenset)):
        return repr(sorted(value, key=repr))
    return repr(value)


def keep(question, value, feedback):
    """Save a checked answer; the feedback, with a line added when it could not be saved."""
    if value is PLACEHOLDER or str(feedback).startswith("Not attempted"):
        return feedback
    lesson = lesson_of(question)
    try:
        save_answer(lesson, question.name, question_text(lesson, question.name),
                    _as_text(value), result=str(feedback).partition(":")[0].rstrip("!"))
    except (NarrativesError, OSError) as error:
        reason = getattr(error, "strerror", None) or error
        return Feedback(f"{feedback}\n\n(Your answer was not saved in my-work/: {reason}.)")
    return feedback


def kept(check):
    """Wrap a question's `check` so that each answer checked is kept (see `keep`)."""
    @functools.wraps(check)
    def checking(self, value=PLACEHOLDER, *args, **kwargs):
        return keep(self, value, check(self, value, *args, **kwargs))
    return checking
