"""The questions of exercise 05, "Propaganda techniques".

>>> q1.check("Thought-terminating cliché")
Correct!
>>> q3.check((100, 114))
Incorrect: `body[100:114]` is 'rusian authori', not 'Brest Fortress'. Ask for a hint with `q3.hint()`.
"""

import math

from .. import techniques
from ..errors import NarrativesError
from ..techniques import overlap
from ..techniques.spans import Span, find_span
from ..texts import load
from . import OpenQuestion, Question

_corpus = load()
_reference = techniques.load_reference(_corpus)
_tanks = _corpus["tanks-and-planes"]

# The small set of spans questions 4 and 5 score against the reference.
GIVEN = [
    Span("tanks-and-planes", "Name_Calling,Labeling", *find_span(_tanks, "Europe's last dictator")),
    Span("tanks-and-planes", "Loaded_Language",
         *find_span(_tanks, "to defend your country and its independence")),
    Span("tanks-and-planes", "Loaded_Language", *find_span(_tanks, "strongman")),
]
_loose = overlap.score(GIVEN, _reference, text_ids={"tanks-and-planes"})
_strict = overlap.score(GIVEN, _reference, by_technique=True, text_ids={"tanks-and-planes"})


def _technique_id(value):
    """The technique id a learner means, or what they typed when it is none."""
    try:
        return techniques.resolve(value)
    except NarrativesError:
        return value.strip()


def _technique(answer, pointers):
    def test(value):
        if value == answer:
            return True
        if value not in techniques.TECHNIQUES:
            return (f"{value!r} is not one of the 14 techniques: use an id or a name from "
                    "`techniques.table()`.")
        return pointers.get(value, "not the reference's choice. Read the definitions again, "
                                   "then look the span up in `techniques.reference_table()`.")
    return test


q1 = Question(
    "q1", "Thought-terminating_Cliches", kind=str, normalize=_technique_id,
    test=_technique("Thought-terminating_Cliches", {
        "Slogans": "close: it is short and memorable, but a slogan is repeated to rally "
                   "people. Here a short phrase closes a question someone asked.",
        "Black-and-White_Fallacy": "no choice between two options is offered here. What "
                                   "does the phrase do to the question it answers?"}),
    hints=["He is answering calls for a new election. Does he answer them, or end the talk?",
           "`techniques.reference_table('Thought-terminating cliché')`"],
    solution="`'Thought-terminating_Cliches'`: 'We held elections already.' answers calls "
             "for a new election with a phrase that closes the question.")

q2 = Question(
    "q2", "Name_Calling,Labeling", kind=str, normalize=_technique_id,
    test=_technique("Name_Calling,Labeling", {
        "Loaded_Language": "close: the words are loaded, but they are a label given to a "
                           "person in place of his title. Which technique is about labels?",
        "Doubt": "the phrase does not question a claim: it names a person."}),
    hints=["Look at how EUvsDisinfo names Lukashenka in place of a title such as 'President'.",
           "`techniques.reference_table('name calling')`"],
    solution="`'Name_Calling,Labeling'`: 'self-proclaimed leader' denies his legitimacy "
             "in passing; the text gives its reasons (recorded fraud, no EU recognition) "
             "only later. Labels are not only on the pro-Kremlin side.")


def _offsets(value):
    if len(value) != 2 or not all(isinstance(v, int) and not isinstance(v, bool)
                                  for v in value):
        return "give two whole numbers, `(start, end)`."
    body = _corpus["bogus-threat"].body
    start, end = value
    if not 0 <= start < end <= len(body):
        return (f"offsets count from 0 at the start of the body: give 0 <= start < end <= "
                f"{len(body)} (the body's length). Negative numbers count from the end in "
                "Python, but a span's offsets never do.")
    if body[start:end] == "Brest Fortress":
        return True
    if body[start:end + 1] == "Brest Fortress":
        return "one character short: `end` is exclusive, it is the offset just after the span."
    return (f"`body[{start}:{end}]` is {body[start:end]!r}, not 'Brest Fortress'. Ask for a "
            "hint with `q3.hint()`.")


q3 = Question(
    "q3", tuple(find_span(_corpus["bogus-threat"], "Brest Fortress")), kind=(tuple, list),
    normalize=tuple, test=_offsets,
    hints=["`found = techniques.find_span(corpus['bogus-threat'], 'Brest Fortress')`",
           "`(found.start, found.end)`; check it with `corpus['bogus-threat'].body[start:end]`."],
    solution="`found = techniques.find_span(corpus['bogus-threat'], 'Brest Fortress')`, "
             "then `(found.start, found.end)`.")


def _close(value, answer):
    return value is not None and math.isclose(value, answer, abs_tol=0.005)


def _precision(value):
    if _close(value, _loose.precision):
        return True
    if _close(value, _strict.precision):
        return "that is the precision with the same technique required. Leave "\
               "`by_technique` out: this question ignores techniques."
    if not 0 <= value <= 1:
        return "precision is a share, between 0 and 1."
    return ("not quite. Did you limit the comparison to tanks-and-planes with "
            "`text_ids={'tanks-and-planes'}`?")


q4 = Question(
    "q4", _loose.precision, kind=float, test=_precision,
    hints=["`overlap.score(GIVEN, reference, text_ids={'tanks-and-planes'})`",
           "Two of the three spans lie wholly inside reference spans; the caption's "
           "'strongman' is in none."],
    solution="`overlap.score(GIVEN, reference, text_ids={'tanks-and-planes'}).precision`: "
             "(1 + 1 + 0) / 3 = 0.67.")


def _recall(value):
    if _close(value, _strict.recall):
        return True
    if _close(value, _loose.recall):
        return "that is the recall with techniques ignored. Add `by_technique=True`."
    if _close(value, overlap.score(GIVEN, _reference, by_technique=True).recall):
        return "that counts every reference span of all five texts. Add "\
               "`text_ids={'tanks-and-planes'}`."
    return "not quite. Which of the three spans has the reference's technique?"


q5 = Question(
    "q5", _strict.recall, kind=float, test=_recall,
    hints=["`overlap.score(GIVEN, reference, by_technique=True, text_ids={'tanks-and-planes'})`",
           "The reference has 5 spans in tanks-and-planes; only one of the three given spans "
           "has the right technique."],
    solution="`overlap.score(GIVEN, reference, by_technique=True, "
             "text_ids={'tanks-and-planes'}).recall`: 1 / 5 = 0.2. 'to defend your country' "
             "is Flag-waving in the reference, not Loaded language.")

q6 = OpenQuestion(
    "q6",
    model_answer="The reference tags NATO's line 'strictly defensive, proportionate & designed "
                 "to prevent conflict & preserve peace' as a slogan. I partly agree: it is a "
                 "stock formula, repeated almost word for word in two texts, and it answers "
                 "the claim without evidence about the border. But it is also a statement of "
                 "policy that can be checked against what NATO does, unlike 'Traders are "
                 "traitors'. A technique label describes how something is said, not whether "
                 "it is true, so a true statement can still use a technique.",
    covers=["quote the span exactly and name its text and technique",
            "say whose words they are (the outlet's, or someone quoted)",
            "argue with the definition: what fits, what does not",
            "separate the technique (how it is said) from the truth of the claim"])
