"""The questions of exercise 03, "Claims and denials", and the lesson's truth sandwich.

>>> q4.check(0)
Correct!
>>> q4.check(1)
Incorrect: 1 day is Stoltenberg's refutation of 17 August. Look for a denial dated earlier, on the day of the rally itself.
"""

from .. import claims as _claims
from ..texts import load
from . import OpenQuestion, Question, as_set

_corpus = load()
_found = _claims.load(_corpus)

# Question 1: four denials, each to be matched with the claim it answers.
DENIALS = {
    "A": "Washington later denied these allegations",
    "B": "failed to provide any proof of it",
    "C": "NATO respects the sovereignty and borders of Belarus",
    "D": "There is no reason for NATO, a collective defence organisation, to invade Belarus.",
}
_matches = {label: next(c.id for c in _found if any(d.quote == quote for d in c.denials))
            for label, quote in DENIALS.items()}


def _match(value):
    if set(value) != set(DENIALS):
        return f"give one claim id for each of the letters {', '.join(DENIALS)}, as a dict."
    unknown = sorted(v for v in value.values() if v not in _found.ids)
    if unknown:
        return (f"{unknown[0]!r} is not a claim id. The ids are: "
                + ", ".join(_found.ids) + ".")
    wrong = sorted(k for k in DENIALS if value[k] != _matches[k])
    return not wrong or (f"{len(DENIALS) - len(wrong)} of {len(DENIALS)} are right; look "
                         f"again at {', '.join(wrong)}.")


q1 = Question(
    "q1", _matches, kind=dict, test=_match,
    hints=["Read each quote in the Comparer, or search the denials in code: every claim "
           "has `claim.denials`, and every denial a `.quote`.",
           "`{label: c.id for label, quote in DENIALS.items() for c in found "
           "if any(d.quote == quote for d in c.denials)}`"],
    solution="`{'A': 'us-coup', 'B': 'polish-flags', 'C': 'western-regions', "
             "'D': 'nato-force'}`: `{label: c.id for label, quote in DENIALS.items() for c "
             "in found if any(d.quote == quote for d in c.denials)}`")

# Question 2: three appearances, to be classified by reading their sentences.
APPEARANCES = [("euvsdisinfo-flights", "many cases of fraud were recorded"),
               ("tanks-and-planes", "NATO was building up its forces in Poland and Lithuania"),
               ("bogus-threat", "Polish flags were being waved in Hrodna")]
_framings = ["asserted", "attributed", "reported-and-rebutted"]


def _framing(value):
    value = [str(v).strip().lower() for v in value]
    if len(value) != 3:
        return f"give three framings, one for each quote; this list has {len(value)}."
    odd = [v for v in value if v not in _claims.FRAMINGS]
    if odd:
        return (f"{odd[0]!r} is not a framing. Use: " + ", ".join(_claims.FRAMINGS) + ".")
    if value[2] == "attributed":
        return ("read the whole sentence of the third quote: does the text itself say "
                "anything about the claim after it reports it?")
    if value[0] != "asserted":
        return ("for the first quote, look for a reporting word (said, claimed, according "
                "to...) in its sentence. Is there one, or does the page say it itself?")
    return value == _framings or "not quite: compare each quote with the definitions."


q2 = Question(
    "q2", _framings, kind=list, test=_framing,
    hints=["Print the sentence around each quote: `corpus[text_id].sentence_at("
           "corpus[text_id].body.index(quote)).text`.",
           "Asserted: the text's own voice. Attributed: pinned on someone, not judged. "
           "Reported-and-rebutted: the text itself says it is false or unproven."],
    solution="`['asserted', 'attributed', 'reported-and-rebutted']`: EUvsDisinfo states "
             "the fraud in its own voice; the US report pins the build-up on Lukashenko "
             "('alleged that'); bogus-threat adds that he 'failed to provide any proof'.")

# Question 3: every (text, claim) pair where a text repeats a claim and never rebuts it.
_unrebutted = {(text_id, c.id) for c in _found for text_id in c.texts
               if not any(a.text_id == text_id and a.framing == "reported-and-rebutted"
                          for a in c.appearances)
               and not any(d.text_id == text_id for d in c.denials)}

q3 = Question(
    "q3", _unrebutted, kind=set, normalize=as_set,
    hints=["For each claim and each text in `claim.texts`, the text rebuts the claim if "
           "one of its appearances there is framed 'reported-and-rebutted', or if one of "
           "the claim's denials is in that text.",
           "Loop: `for claim in found: for text_id in claim.texts:` and test the two "
           "conditions with `any(...)`; collect `(text_id, claim.id)` when both are false."],
    solution="`{(t, c.id) for c in found for t in c.texts if not any(a.text_id == t and "
             "a.framing == 'reported-and-rebutted' for a in c.appearances) and not any("
             "d.text_id == t for d in c.denials)}`: seven pairs, among them `pravda-bury` "
             "with the claim of practice air strikes.")

# Question 4: days from the build-up claim to its first denial dated to the day.
q4 = Question(
    "q4", _claims.days_to_first_denial(_found["nato-buildup"]), kind=int,
    hints=["`found['nato-buildup'].date` is the claim's date; its denials each have a "
           "`.date`. Keep only those dated to the day (10 characters long).",
           "`claim.first_denial()` finds the earliest; subtract with "
           "`date.fromisoformat(...)` and take `.days`."],
    solution="`(date.fromisoformat(claim.first_denial().date) - "
             "date.fromisoformat(claim.date)).days`: 0. NATO's spokeswoman denied it the "
             "same day, 16 August 2020.",
    wrong={1: "1 day is Stoltenberg's refutation of 17 August. Look for a denial dated "
              "earlier, on the day of the rally itself.",
           11: "11 days is Stoltenberg's statement of 27 August. Look for the earliest "
               "denial."})

# Question 5: for which claims can the days be counted at all?
_countable = {c.id for c in _found if _claims.days_to_first_denial(c) is not None}

q5 = Question(
    "q5", _countable, kind=set, normalize=as_set,
    hints=["Days can be counted only when the claim and at least one denial are both "
           "dated to the day, like '2020-08-16', not '2020-08' or '2021'.",
           "`{c.id for c in found if claims.days_to_first_denial(c) is not None}`"],
    solution="`{c.id for c in found if claims.days_to_first_denial(c) is not None}`: "
             "only `nato-buildup` and `western-regions`; the other dates are known only to "
             "the month or the year, and some claims have no denial at all.")

# The lesson's open question: a truth sandwich for the build-up claim.
q6 = OpenQuestion(
    "q6",
    model_answer=(
        "FACT: No build-up of NATO forces near Belarus has been shown. NATO's spokeswoman "
        "denied it on 16 August 2020, the day the claim was made; its Secretary General "
        "repeated the denial later that month, and a fact-check database filed the claim "
        "as disinformation. "
        "MYTH: At a rally in Minsk on 16 August 2020, Lukashenko said NATO had sent "
        "'tanks and planes' to Belarus's western border. "
        "FALLACY: He pointed to NATO exercises in Poland and Lithuania, but gave no units "
        "or numbers, and none of our texts reports any evidence of a build-up. The claim "
        "came as protests grew after a disputed election; bogus-threat reports "
        "Stoltenberg as saying the authorities are trying to 'shift the focus from "
        "domestic to external issues'. "
        "FACT: NATO calls its presence in the region 'strictly defensive', and the "
        "protests were against an election widely believed to be unfair."),
    covers=["open with the fact, stated plainly, with who established it",
            "warn before the myth, and say it once, attributed to who said it and when",
            "explain why it misleads: what evidence is missing, what the claim does",
            "close with the fact again",
            "use only what the texts support, with dates as precise as they give"],
    min_words=60)
