"""The questions of exercise 05, "Propaganda techniques".

>>> q1.check("Thought-terminating cliché")
Correct!
>>> q4.check((100, 114))
Incorrect: `body[100:114]` is 'rusian authori', not 'Brest Fortress'. Ask for a hint with `q4.hint()`.
"""

import math

from .. import techniques
from ..errors import NarrativesError
from ..techniques import overlap
from ..techniques.spans import Span, find_span
from ..texts import load
from . import EASY, HARD, MEDIUM, ChoiceQuestion, OpenQuestion, Option, Question, Rubric

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
                   "people. Here a short phrase closes a question.",
        "Doubt": "the phrase does not question anyone's credibility: it declares the matter "
                 "closed.",
        "Black-and-White_Fallacy": "no choice between two options is offered here. What "
                                   "does the phrase do to the discussion?"}),
    difficulty=EASY,
    hints=["Read the sentence before it: what does he say is not going to happen?",
           "Does the phrase answer the question, or end the talk? Compare the definitions "
           "of Slogans and Thought-terminating cliché in `techniques.table()`.",
           "The lesson's example 'We held elections already.' works the same way."],
    solution="`'Thought-terminating_Cliches'`: 'It’s not going to happen.' meets the fear he "
             "has just raised (the border 'near Minsk, like in 1939') with a phrase that ends "
             "the matter instead of saying how, like 'We held elections already.'")

_AUTHORITY = "NATO's leadership has repeatedly denied statements about the build-up"

q2 = ChoiceQuestion(
    "q2", "The EUvsDisinfo case page `euvsdisinfo-force` answers the claim with: *\"NATO's "
          "leadership has repeatedly denied statements about the build-up of the alliance's "
          "forces near the western border of Belarus.\"* The reference tags it with a technique. "
          "Which one, and why?", {
        "a": Option("Appeal to authority: a denial by one party to the dispute is offered "
                    "as if it settled the question.",
                    "the response rests on what NATO's leadership says, not on evidence "
                    "about the border. A denial is a denial, not a proof: lesson 03 asks what "
                    "would settle it.", correct=True),
        "b": Option("Doubt: it questions the claim.",
                    "it does more than question the claim: it leans on who denied it. Which "
                    "technique is about leaning on who says something?"),
        "c": Option("Repetition: 'repeatedly'.",
                    "the word reports that NATO denied it more than once; the text itself "
                    "does not repeat a phrase."),
        "d": Option("None: the case page only reports a fact.",
                    "that NATO denied it is a fact; using the denial as the answer to the "
                    "claim is a way of arguing. The same test applies to every side."),
    }, difficulty=MEDIUM,
    hints=["Ask what the sentence offers as the reason to reject the claim.",
           "Is the reason evidence about the border (troop numbers, images), or who says so?",
           "Read the definition of Appeal to authority in `techniques.table()`."],
    solution="a: Appeal to authority. The case page answers the claim with the word of "
             "NATO's leadership, a party to the dispute. The technique label describes how "
             "the page argues here; it says nothing about whether NATO was building up.")

q3 = ChoiceQuestion(
    "q3", "In `tanks-and-planes`, the words *\"to defend your country and its "
          "independence\"* are tagged Flag-waving. Whose technique is it?", {
        "a": Option("The US outlet's: they are in its article.",
                    "the outlet quotes them. A text that quotes a technique reports it; "
                    "read the sentence to see who is speaking."),
        "b": Option("Lukashenko's, quoted by the outlet.",
                    "he says it at his rally, and the report quotes him. Always ask whose "
                    "words carry a technique.", correct=True),
        "c": Option("NATO's: it answers the claim.",
                    "NATO's statement comes later in the report; these words are about "
                    "defending Belarus."),
    }, difficulty=EASY,
    hints=["Find the words in the text.",
           "`techniques.find_span(corpus['tanks-and-planes'], 'to defend your country')` "
           "gives the offsets; `sentence_at(start)` gives the sentence.",
           "Look for quotation marks and a 'he said' in that sentence."],
    solution="b: Lukashenko's words, quoted in the report of his rally.")


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
            "hint with `q4.hint()`.")


q4 = Question(
    "q4", tuple(find_span(_corpus["bogus-threat"], "Brest Fortress")), kind=(tuple, list),
    normalize=tuple, test=_offsets, difficulty=EASY,
    hints=["Counting characters by hand is slow: one function turns typed words into "
           "offsets.",
           "`techniques.find_span(text, words)` returns a span with `start` and `end`.",
           "`found = techniques.find_span(corpus['bogus-threat'], 'Brest Fortress')`; "
           "now give its two offsets as a tuple."],
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


q5 = Question(
    "q5", _loose.precision, kind=float, test=_precision, difficulty=MEDIUM,
    hints=["Precision asks: of what was marked, how much did the reference mark too?",
           "`overlap.score(spans, reference, text_ids={...})` scores spans against the "
           "reference in the texts you name.",
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


q6 = Question(
    "q6", _strict.recall, kind=float, test=_recall, difficulty=MEDIUM,
    hints=["Recall asks: of what the reference marked, how much was found? Here the "
           "technique must match too.",
           "`overlap.score` takes `by_technique=True` for that.",
           "The reference has 5 spans in tanks-and-planes; only one of the three given spans "
           "has the right technique."],
    solution="`overlap.score(GIVEN, reference, by_technique=True, "
             "text_ids={'tanks-and-planes'}).recall`: 1 / 5 = 0.2. 'to defend your country' "
             "is Flag-waving in the reference, not Loaded language.")

q7 = ChoiceQuestion(
    "q7", "Pravda.Ru's *\"defame\"* and EUvsDisinfo's *\"brutal force\"* are both tagged "
          "Loaded language in the reference. What does that say?", {
        "a": Option("Both outlets are propaganda outlets.",
                    "a technique label describes a passage's wording, not a whole outlet, "
                    "and not people."),
        "b": Option("At those points both texts chose emotionally charged words; the label "
                    "says how it is said, not whether it is accurate.",
                    "the same rule for both texts: a description can be accurate and still "
                    "loaded. Whether force was brutal, or Belarus defamed, is a question "
                    "of evidence, not of wording, and here the cited evidence differs "
                    "sharply: the OSCE Moscow Mechanism report of November 2020 (cited in "
                    "texts/claims.json) found abuses against protesters, torture and "
                    "ill-treatment among them, 'massive and systematic and proven beyond "
                    "doubt'; nothing in the texts supports 'defamed'.", correct=True),
        "c": Option("'brutal force' is accurate, so it should not be tagged.",
                    "accuracy and wording are separate questions: a true description can "
                    "still be chosen for its charge. Tag the wording; check the claim "
                    "apart."),
        "d": Option("Only 'defame' counts: EUvsDisinfo is a fact-checker.",
                    "EUvsDisinfo is the EU's East StratCom Task Force's project, a source "
                    "with a mission like the others. One method for every side."),
    }, difficulty=HARD,
    hints=["Reread what a technique label describes, at the top of the lesson.",
           "Ask two questions apart: is the wording charged? Is the description accurate?",
           "The label only answers the first question."],
    solution="b: the label describes wording, on every side alike. Whether the description "
             "is accurate needs evidence, which no technique label gives; here the OSCE "
             "report cited in texts/claims.json documents the ill-treatment of protesters, "
             "and nothing in the texts supports 'defamed'.")

q8 = OpenQuestion(
    "q8",
    model_answer="The reference tags NATO's line 'strictly defensive, proportionate & designed "
                 "to prevent conflict & preserve peace' as a slogan. I partly agree: it is a "
                 "stock formula, relayed almost word for word in two texts, and it answers "
                 "the claim without evidence about the border. But it is also a statement of "
                 "policy that can be checked against what NATO does, unlike 'Traders are "
                 "traitors'. A technique label describes how something is said, not whether "
                 "it is true, so a true statement can still use a technique.",
    rubric=Rubric(
        beginning="names a reference span and says agree or disagree, without using the "
                  "definition",
        developing="quotes the span exactly, says whose words they are, and argues from the "
                   "technique's definition",
        secure="also separates the technique (how it is said) from the truth of the claim, "
               "and would apply the same test to a span from the other side"),
    hints=["Pick a span from `techniques.reference_table()` that surprised you.",
           "Read its technique's definition in `techniques.table()`: what fits, what does "
           "not?",
           "Say whose words they are, and whether your reading would change if the other "
           "side had said them."],
    difficulty=HARD)
