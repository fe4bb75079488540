"""A multiple-choice question whose every option answers back with its own feedback.

Each option says why it is right or what it misses, so a wrong choice
teaches as much as a right one. The learner answers with the option's
letter, in quotes.

>>> from narratives.checks import MEDIUM
>>> q = ChoiceQuestion("q5", "Who says NATO is 'strictly defensive'?", {
...     "a": Option("The reporter, in the outlet's own voice.",
...                 "Look again at who is quoted around the phrase."),
...     "b": Option("NATO's spokeswoman, quoted by the outlet.",
...                 "It is **NATO's** word about itself, relayed.", correct=True),
... }, difficulty=MEDIUM, hints=["Find the phrase.", "Read the sentence before it."],
...    solution="b: Oana Lungescu says it.")
>>> q.check("B")
Correct! It is **NATO's** word about itself, relayed.
>>> q.check("a")
Incorrect: Look again at who is quoted around the phrase.
>>> q.check(2)
Incorrect: answer with the letter of one option in quotes, e.g. `q5.check("a")`; this is a whole number (an int). The options are a, b.
"""

from .feedback import Feedback, markdown_html, type_name
from .keep import kept
from .question import PLACEHOLDER, HintLadder


class Option:
    """One option: its text, the feedback a learner gets for choosing it, and whether
    it is a right answer (a question may accept more than one defensible option)."""

    def __init__(self, text, feedback, correct=False):
        self.text, self.feedback, self.correct = text, feedback, correct

    def __repr__(self):
        return f"Option({self.text!r}, correct={self.correct})"


class ChoiceQuestion(HintLadder):
    """A question answered by choosing one option by its letter.

    name       the question's variable name, e.g. "q5"
    prompt     the question, Markdown allowed
    options    {letter: Option} in the order to show them
    hints      a nudge, a strategy, a partial answer
    solution   the full answer with its reason
    difficulty EASY, MEDIUM or HARD
    """

    def __init__(self, name, prompt, options, *, hints=(), solution="", difficulty=None):
        self._setup(name, hints, difficulty)
        self.prompt = prompt
        self.options = {str(letter).lower(): option for letter, option in options.items()}
        if not any(option.correct for option in self.options.values()):
            raise ValueError(f"{name}: at least one option must be correct")
        if not all(option.feedback for option in self.options.values()):
            raise ValueError(f"{name}: every option needs its own feedback")
        self._solution = solution

    @property
    def answer(self):
        """The letters of the right options, as a set."""
        return {letter for letter, option in self.options.items() if option.correct}

    @kept
    def check(self, letter=PLACEHOLDER):
        """The feedback of the chosen option, with the verdict first."""
        if letter is PLACEHOLDER:
            return Feedback(f"Not attempted: replace the `...` with the letter of your "
                            f"choice in quotes, e.g. `\"{next(iter(self.options))}\"`, then "
                            "run the cell again.")
        letters = ", ".join(self.options)
        if not isinstance(letter, str):
            return Feedback(f"Incorrect: answer with the letter of one option in quotes, "
                            f"e.g. `{self.name}.check(\"{next(iter(self.options))}\")`; this is "
                            f"{type_name(letter)}. The options are {letters}.")
        key = letter.strip().strip(").").strip().lower()
        if key not in self.options:
            return Feedback(f"Incorrect: there is no option {letter[:40]!r} here. Answer with one "
                            f"letter: {letters}.")
        option = self.options[key]
        if option.correct:
            return Feedback(f"Correct! {option.feedback[:1].upper()}{option.feedback[1:]}")
        return Feedback(f"Incorrect: {option.feedback}")

    def solution(self):
        """The right option(s) and why."""
        return Feedback(f"Solution: {self._solution}")

    def _as_markdown(self):
        lines = [f"**{self.name}** {self.marked}".rstrip() + f": {self.prompt}", ""]
        lines += [f"- **{letter}**) {option.text}" for letter, option in self.options.items()]
        return "\n".join(lines)

    def _repr_html_(self):
        return (f'<div class="narratives-choice">{markdown_html(self._as_markdown())}'
                f"<p>Answer with <code>{self.name}.check(\"a\")</code> (your letter).</p>"
                "</div>")

    def __repr__(self):
        return self._as_markdown() + f"\nAnswer with {self.name}.check(\"a\") (your letter)."
