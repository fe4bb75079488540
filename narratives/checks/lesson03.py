"""The questions of exercise 03, "Claims and denials", and the lesson's two open tasks.

Difficulty, NLTK-book style, in each question's heading: ☼ easy, ◑ intermediate,
★ challenging. Questions 6 to 8 ask for a judgement, and one of them checks a
claim from the Western side with the same tools as the others; each option
has its own feedback.

>>> q4.check(0)
Correct!
>>> q4.check(1)
Incorrect: 1 day is Stoltenberg's refutation of 17 August. Look for a denial dated earlier, on the day of the rally itself.
>>> q6.check("b")
Incorrect: Lungescu and Stoltenberg are named, but they speak for NATO about NATO: that makes them a party to the dispute, not witnesses of what is at the border.
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
# Stoltenberg's words answer more than the claim the file files them under. The sentence
# that holds C says he "reiterated this thesis" (no build-up) "and stressed that NATO
# respects the sovereignty and borders of Belarus": it answers the build-up claim, and a
# NATO that respects Belarus's borders is not preparing to use force against it.
ALSO_DEFENSIBLE = {"C": {"nato-buildup", "nato-force"}}


def _match(value):
    if set(value) != set(DENIALS):
        return f"give one claim id for each of the letters {', '.join(DENIALS)}, as a dict."
    unknown = sorted(v for v in value.values() if v not in _found.ids)
    if unknown:
        return (f"{unknown[0]!r} is not a claim id. The ids are: "
                + ", ".join(_found.ids) + ".")
    wrong = sorted(k for k in DENIALS
                   if value[k] != _matches[k] and value[k] not in ALSO_DEFENSIBLE.get(k, ()))
    return not wrong or (f"{len(DENIALS) - len(wrong)} of {len(DENIALS)} are right; look "
                         f"again at {', '.join(wrong)}: which claim's words does it answer?")


q1 = Question(
    "q1", _matches, kind=dict, test=_match,
    hints=["Each quote answers something a claim says. Read the claims' statements: which "
           "one does each quote contradict?",
           "Open the Comparer and look for each quote on the right-hand side, or search in "
           "code: every claim has `claim.denials`, and every denial a `.quote`.",
           "A and B each answer a single claim named in the same sentence or the one before. "
           "C speaks of borders; D of an invasion."],
    solution="`{'A': 'us-coup', 'B': 'polish-flags', 'C': 'western-regions', "
             "'D': 'nato-force'}`. For C, `nato-buildup` and `nato-force` are defensible too: "
             "the sentence says Stoltenberg 'reiterated this thesis' (no build-up), and "
             "respecting borders answers a plan to use force. In code: `{label: c.id for label, "
             "quote in DENIALS.items() for c in found if any(d.quote == quote for d in "
             "c.denials)}`")

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
    hints=["Read the whole sentence around each quote, not only the quote.",
           "Asserted: the text's own voice. Attributed: pinned on someone, not judged. "
           "Reported-and-rebutted: the text itself says it is false or unproven.",
           "Look for a reporting word (said, alleged...) and for anything the text adds "
           "after it, such as 'but failed to...'."],
    solution="`['asserted', 'attributed', 'reported-and-rebutted']`: EUvsDisinfo states "
             "the fraud in its own voice; the US report pins the build-up on Lukashenko "
             "('alleged that'); bogus-threat adds that he 'failed to provide any proof'.")

# Question 3: every (text, claim) pair where a text repeats a claim and never answers it.
_unrebutted = {(text_id, c.id) for c in _found for text_id in c.texts
               if not any(a.text_id == text_id and a.framing == "reported-and-rebutted"
                          for a in c.appearances)
               and not any(d.text_id == text_id for d in c.denials)}

q3 = Question(
    "q3", _unrebutted, kind=set, normalize=as_set,
    hints=["A text answers a claim if it reports it in order to rebut it, or if one of the "
           "claim's denials is in that text.",
           "For each claim and each text in `claim.texts`, test both conditions with "
           "`any(...)` over `claim.appearances` and `claim.denials`.",
           "Collect `(text_id, claim.id)` when both conditions are false. Count NATO's and "
           "EUvsDisinfo's claims too."],
    solution="`{(t, c.id) for c in found for t in c.texts if not any(a.text_id == t and "
             "a.framing == 'reported-and-rebutted' for a in c.appearances) and not any("
             "d.text_id == t for d in c.denials)}`: eleven pairs, from every side: "
             "`pravda-bury` with the claim of practice air strikes, and the two EUvsDisinfo "
             "case pages with NATO's own claims, which they repeat and never question.",
    wrong={frozenset(p for p in _unrebutted if _found[p[1]].side == "Belarusian authorities"):
           "those are the Belarusian authorities' claims only. Every claim counts, whoever "
           "made it: NATO's and EUvsDisinfo's too."})

# Question 4: days from the build-up claim to its first denial dated to the day.
q4 = Question(
    "q4", _claims.days_to_first_denial(_found["nato-buildup"]), kind=int,
    hints=["Only dates given to the day (like '2020-08-16') can be subtracted.",
           "`claim.first_denial()` finds the earliest such denial; the claim has a `.date`.",
           "Turn both into dates with `date.fromisoformat(...)`, subtract, and take `.days`."],
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
    hints=["Days can be counted only when the claim and at least one answer are both "
           "dated to the day.",
           "`claims.days_to_first_denial(claim)` is `None` when they cannot be counted.",
           "Keep the ids of the claims for which it is not `None`; NATO's claims count too."],
    solution="`{c.id for c in found if claims.days_to_first_denial(c) is not None}`: "
             "`nato-buildup`, `western-regions`, and NATO's `no-nato-buildup` and "
             "`strictly-defensive` (Lukashenko's words of the same day answer them); the "
             "other dates are known only to the month or the year, or nothing answers them.")

# Question 6 (a claim from the Western side): what kind of support is offered for it?
SUPPORT_OPTIONS = {
    "A": "documents: figures, maps or images anyone can check",
    "B": "named witnesses who saw the border area",
    "C": "an official statement by a party to the dispute",
    "D": "nothing at all: no one stands behind it",
}
q6 = Question(
    "q6", "C", kind=str, normalize=lambda s: s.strip().upper()[:1],
    hints=["Look at who says 'There is no NATO buildup in the region', and whom they speak "
           "for.",
           "Read the `support` of `found['no-nato-buildup']`, then look for figures or images "
           "in the texts that quote it.",
           "Lungescu and Stoltenberg are NATO's spokeswoman and Secretary General."],
    solution="C: NATO's spokeswoman and Secretary General speak for NATO about NATO's own "
             "forces. That puts NATO's position on the record; like Lukashenko's statement, "
             "it is not independent proof. No text gives figures or images for either side.",
    wrong={"A": "no text quotes a figure, a map or an image for it: look again at what "
                "Lungescu and Stoltenberg offer besides their words.",
           "B": "Lungescu and Stoltenberg are named, but they speak for NATO about NATO: that "
                "makes them a party to the dispute, not witnesses of what is at the border.",
           "D": "someone does stand behind it, by name and office: NATO's spokeswoman and its "
                "Secretary General. What kind of statement is that?"})

# Question 7 (a claim from the Western side): what would settle it?
SETTLE_OPTIONS = {
    "A": "NATO's statements of 16 and 27 August 2020 that there is no NATO build-up in "
         "the region",
    "B": "records of who first published the claim, and documents or named sources on "
         "whether Russian state bodies or outlets produced or coordinated it",
    "C": "more EUvsDisinfo case pages, from other years, that file the same narrative as "
         "disinformation",
    "D": "a count of how many of our five texts repeat the claim, and in how many outlets",
}
q7 = Question(
    "q7", "B", kind=str, normalize=lambda s: s.strip().upper()[:1],
    hints=["The claim is EUvsDisinfo's: 'This is part of a Russian disinformation campaign'. "
           "What exactly would have to be shown for it to be true?",
           "It makes two points: that the claim is Russian in origin, and that it is part of "
           "a campaign. Which option could show either?",
           "Evidence comes from outside the claimant: an option that asks the same source "
           "again, or counts repetitions, settles nothing."],
    solution="B: the claim is about origin and coordination, so evidence of who published "
             "it first and who directed it would settle it. The case page gives none; its own "
             "summary begins 'Minsk accused NATO'.",
    wrong={"A": "that answers a different claim (the build-up), and it is a party's word, "
                "not evidence of where the claim came from.",
           "C": "more cases from the same source repeat its judgement; they do not check it. "
                "A reviewer does not confirm itself.",
           "D": "how often a claim is repeated says how far it travelled, not whether it is "
                "true, nor who started it."})

# Question 8: what does a reviewer's label tell a reader?
LABEL_OPTIONS = {
    "A": "the claim is false, because a reviewer has checked it and said so",
    "B": "an EU government communication unit, with a mission in this story, filed it as "
         "disinformation, resting on NATO's statements and its own reasoning",
    "C": "an independent fact-checker with no stake in the story checked the claim against "
         "evidence and found it false",
    "D": "nothing useful at all: the reviewer is a government body, so its label can be "
         "ignored",
}
q8 = Question(
    "q8", "B", kind=str, normalize=lambda s: s.strip().upper()[:1],
    hints=["Separate what the label says from who gives it.",
           "Look at `found['nato-force'].reviews` and at `found.reviewers['EUvsDisinfo']`: "
           "who runs the reviewer?",
           "Then look at what the page offers as answers: `claims.evidence_table(...)`."],
    solution="B: the label records a named reviewer's judgement, in its words. EUvsDisinfo "
             "is the flagship project of the EU diplomatic service's East StratCom Task "
             "Force; on this page its answers are NATO's statements and a reasoned argument. "
             "The learner weighs that; the label does not settle it.",
    wrong={"A": "that is the label's conclusion, not something the record shows: who gave the "
                "label, and on what evidence?",
           "C": "EUvsDisinfo is run by the EU's diplomatic service: a government "
                "communication unit, not an independent fact-checker.",
           "D": "a label still tells you something: who judged the claim, in which words, and "
                "on what evidence. That is worth knowing, and worth weighing."})

# The lesson's open tasks: what would settle a claim, and a truth sandwich, for each side.
settle = OpenQuestion(
    "settle",
    model_answer=(
        "nato-buildup (Lukashenko): published, dated figures of NATO troops and equipment "
        "in Poland and Lithuania before and after August 2020, or commercial satellite "
        "images of the bases near the border, would confirm or refute it; so would reports "
        "of foreign military observers. "
        "no-nato-buildup (NATO): the same evidence settles it, because the two claims are "
        "one question asked from two sides; NATO's own statement does not, any more than "
        "Lukashenko's does."),
    covers=["one claim from each side, named by its id or its words",
            "evidence that could confirm it and evidence that could refute it",
            "evidence from outside the parties (figures, images, named witnesses, "
            "documents), not a party's own statement",
            "the same standard for both claims"],
    min_words=40)

sandwich = OpenQuestion(
    "sandwich",
    model_answer=(
        "FACT: What the texts put on record about NATO forces near Belarus in August 2020 "
        "is two statements by parties to the dispute: no figures, no images. "
        "MYTH: Lukashenko said at a rally on 16 August 2020 that NATO had deployed 'tanks "
        "and planes' to Belarus's western border; NATO said the same day that there was no "
        "build-up. "
        "FALLACY: Each side offers only its own word, and a denial by a party proves no "
        "more than a claim by a party; EUvsDisinfo, an EU government communication unit, "
        "filed the claim as disinformation, resting on NATO's statements. "
        "FACT: The question can be settled only by evidence neither side gave in these "
        "texts, such as published troop figures or satellite images."),
    covers=["open with what is on record, stated plainly, with who put it there",
            "warn before the claim, and say it once, attributed to who said it and when",
            "explain what evidence each side offers, and of what kind",
            "close with the fact again, or with the evidence that would settle it",
            "the same method for a claim from the other side",
            "use only what the texts support, with dates as precise as they give"],
    min_words=60)
