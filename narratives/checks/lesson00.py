"""The one question of lesson 00, "Start here": mis-, dis- or mal-information?

The three words follow Wardle and Derakhshan, *Information Disorder*
(Council of Europe, 2017). Each needs two things a text rarely shows: whether
the content is false, and what the person sharing it meant to do.

>>> sorting.check({"A": "misinformation", "B": "disinformation", "C": "malinformation"})
Correct!
>>> sorting.check({"A": "disinformation", "B": "disinformation", "C": "malinformation"})
Incorrect: case A: the student believes the post. Which word is for false content shared without meaning harm?
"""

from . import PLACEHOLDER, Feedback, Question

WORDS = ("misinformation", "disinformation", "malinformation")
ANSWER = {"A": "misinformation", "B": "disinformation", "C": "malinformation"}
WHY = {"A": "the student believes the post. Which word is for false content shared without "
            "meaning harm?",
       "B": "the office knows the claim is false and spreads it to justify something. Which "
            "word is for false content shared knowingly, to cause harm?",
       "C": "the messages are genuine. Which word is for true content shared to cause harm?"}


def _normal(value):
    """{'A': 'Misinformation '} -> {'A': 'misinformation'}; hyphens and case ignored."""
    return {str(k).strip().upper(): str(v).strip().lower().replace("-", "")
            for k, v in value.items()}


def _test(value):
    unknown = sorted({v for v in value.values() if v not in WORDS})
    if set(value) != set(ANSWER):
        return "give one word for each case: a dict with the keys 'A', 'B' and 'C'."
    if unknown:
        return (f"{unknown[0]!r} is not one of the three words: use misinformation, "
                "disinformation or malinformation.")
    for case in sorted(ANSWER):
        if value[case] != ANSWER[case]:
            return f"case {case}: {WHY[case]}"
    return True


class SortingQuestion(Question):
    """A dict of answers: a `...` left in any of them means the question is not attempted."""

    def check(self, value=PLACEHOLDER):
        if isinstance(value, dict) and any(v is PLACEHOLDER for v in value.values()):
            return Feedback("Not attempted: replace each `...` with one of the three words, "
                            "in quotes, then run the cell again.")
        return super().check(value)


sorting = SortingQuestion(
    "sorting", kind=dict, normalize=_normal, test=_test,
    hints=["Ask two questions of each case: is the content false? Did the person sharing it "
           "mean to cause harm?",
           "False and no harm meant; false and harm meant; true and harm meant: one word each."],
    solution="A misinformation (false, shared in good faith), B disinformation (false, "
             "shared knowingly to cause harm), C malinformation (genuine, shared to cause "
             "harm), after Wardle and Derakhshan (2017).")
