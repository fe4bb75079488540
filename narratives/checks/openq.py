"""Open questions: no verdict, a model answer beside a levelled rubric.

The learner writes an argument; `check` gives no mark but shows a model
answer and a rubric of three levels (beginning, developing, secure) so the
learner can place their own answer, and an instructor can mark by it.

>>> from narratives.checks import HARD
>>> q = OpenQuestion("q7", "Both texts quote a party to the dispute.",
...                  rubric=Rubric(beginning="names one text",
...                                developing="names both texts and who they quote",
...                                secure="also says a denial is not a proof"),
...                  difficulty=HARD, min_words=3)
>>> print(q.check("Both quote officials."))
Thank you: there is no single right answer here. Compare yours with the model answer, then place it on the rubric.
Model answer: Both texts quote a party to the dispute.
Rubric:
- **Beginning**: names one text
- **Developing**: names both texts and who they quote
- **Secure**: also says a denial is not a proof
"""

from .feedback import Feedback, type_name
from .keep import kept
from .question import PLACEHOLDER, HintLadder

LEVELS = ("beginning", "developing", "secure")


class Rubric:
    """What an answer looks like at each level: beginning, developing, secure."""

    def __init__(self, beginning, developing, secure):
        self.levels = dict(zip(LEVELS, (beginning, developing, secure)))
        if not all(isinstance(text, str) and text.strip() for text in self.levels.values()):
            raise ValueError("a rubric describes all three levels in words")

    def __str__(self):
        return "\n".join(f"- **{level.capitalize()}**: {text}"
                         for level, text in self.levels.items())


class OpenQuestion(HintLadder):
    """A question without one right answer: reflection, interpretation, argument.

    model_answer  a good answer, written as a learner could
    rubric        a Rubric (beginning / developing / secure)
    covers        older form: the points a good answer covers (shown when
                  there is no rubric)
    hints         a nudge, a strategy, a partial answer
    """

    def __init__(self, name, model_answer, covers=(), min_words=15, *, rubric=None,
                 hints=(), difficulty=None):
        self._setup(name, hints, difficulty)
        self.model_answer = model_answer
        self.covers = list(covers)
        self.rubric = rubric
        self.min_words = min_words
        if not self.hints and self.covers:
            self.hints = [self.covers[0]]

    def _guide(self):
        if self.rubric is not None:
            return f"Rubric:\n{self.rubric}"
        return "A good answer covers:\n" + "\n".join(f"- {point}" for point in self.covers)

    @kept
    def check(self, text=PLACEHOLDER):
        """The model answer and the rubric, to compare one's own answer with."""
        if text is PLACEHOLDER or (isinstance(text, str) and not text.strip()):
            return Feedback("Not attempted: replace the `...` with your answer in "
                            "quotes, e.g. \"I think...\", then run the cell again.")
        if not isinstance(text, str):
            return Feedback(f"Not attempted: write your answer as text in quotes; "
                            f"this is {type_name(text)}.")
        words = len(text.split())
        short = (f" Your answer has {words} words; most good answers need at least "
                 f"{self.min_words}." if words < self.min_words else "")
        return Feedback(f"Thank you: there is no single right answer here.{short} Compare "
                        f"yours with the model answer, then place it on the rubric.\n"
                        f"Model answer: {self.model_answer}\n{self._guide()}")

    def box(self, text=PLACEHOLDER, rows=8):
        """A box to write the answer in, with no quotes; its button checks and keeps it.

        `text` (a solution's model answer) fills the box; otherwise it shows the
        answer saved before, if any.
        """
        from ..answers import AnswerBox
        from .keep import lesson_of, question_text

        lesson = lesson_of(self)
        return AnswerBox(lesson, self.name, question_text(lesson, self.name),
                         start=text if isinstance(text, str) else "", rows=rows,
                         then=self.check, button="Check and save", fill=True)

    def solution(self):
        """The model answer, with the rubric beside it."""
        return Feedback(f"Model answer: {self.model_answer}\n{self._guide()}")

    def __repr__(self):
        return (f"<OpenQuestion {self._repr_tag()}: write your answer and call "
                ".check(answer)>")
