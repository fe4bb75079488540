"""The questions of exercise 03, "Claims and denials".

Each question is marked ☼ (easy), ◑ (intermediate) or ★ (challenging).
Questions 6 to 10 ask for a judgement; 6, 7 and 9 check claims of NATO and
EUvsDisinfo with the same tools as the others, and every option of a choice
has its own feedback. Questions 9 and 10 are the lesson's two written tasks,
with a model answer and a rubric that rewards the conclusion the evidence
supports.

>>> q4.check(0)
Correct!
>>> q4.check(1)
Incorrect: 1 day is Stoltenberg's denial of 17 August (the text's word: 'refuted'). Look for a denial dated earlier, on the day of the rally itself.
>>> q6.check("b")
Incorrect: Lungescu and Stoltenberg are named, but they speak for NATO about NATO: that makes them a party to the dispute, not witnesses of what is at the border.
"""

from .. import claims as _claims
from ..texts import load
from . import (EASY, HARD, MEDIUM, ChoiceQuestion, OpenQuestion, Option, Question, Rubric,
               as_set)

_corpus = load()
_found = _claims.load(_corpus)

# Question 1: four replies, each to be matched with the claim it answers.
REPLIES = DENIALS = {
    "A": "Washington later denied these allegations",
    "B": "failed to provide any proof of it",
    "C": "NATO respects the sovereignty and borders of Belarus",
    "D": "There is no reason for NATO, a collective defence organisation, to invade Belarus.",
}
_matches = {label: next(c.id for c in _found if any(r.quote == quote for r in c.replies))
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
    "q1", _matches, kind=dict, test=_match, difficulty=EASY,
    hints=["Each quote answers something a claim says. Read the claims' statements: which "
           "one does each quote contradict?",
           "Open the Comparer and look for each quote on the right-hand side, or search in "
           "code: every claim has `claim.replies`, and every reply a `.quote`.",
           "A and B each answer a single claim named in the same sentence or the one before. "
           "C speaks of borders; D of an invasion."],
    solution="`{'A': 'us-coup', 'B': 'polish-flags', 'C': 'western-regions', "
             "'D': 'nato-force'}`. For C, `nato-buildup` and `nato-force` are defensible too: "
             "the sentence says Stoltenberg 'reiterated this thesis' (no build-up), and "
             "respecting borders answers a plan to use force. In code: `{label: c.id for label, "
             "quote in REPLIES.items() for c in found if any(r.quote == quote for r in "
             "c.replies)}`. A and C are denials (the United States and NATO answer claims "
             "about themselves); B and D are rejections by repliers the claims do not name, "
             "each with an interest of its own: Belsat, funded in large part by Poland's "
             "foreign ministry, on a claim about Poland; EUvsDisinfo, of the EU's diplomatic "
             "service, on a claim about NATO.")

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
    "q2", _framings, kind=list, test=_framing, difficulty=EASY,
    hints=["Read the whole sentence around each quote, not only the quote.",
           "Asserted: the text's own voice. Attributed: pinned on someone, not judged. "
           "Reported-and-rebutted: the text itself says it is false or unproven.",
           "Look for a reporting word (said, alleged...) and for anything the text adds "
           "after it, such as 'but failed to...'."],
    solution="`['asserted', 'attributed', 'reported-and-rebutted']`: EUvsDisinfo states "
             "the fraud in its own voice; the US report pins the build-up on Lukashenko "
             "('alleged that'); bogus-threat adds that he 'failed to provide any proof'.")

# Question 3: every (text, claim) pair where a text repeats a claim, does not rebut it
# itself and carries no denial by the party it is about. Both conditions matter: leaving
# out the first, or counting any reply as a denial, gives a different set.
def _unanswered(rebutted=True, replies="denials"):
    return {(text_id, c.id) for c in _found for text_id in c.texts
            if not (rebutted and any(a.text_id == text_id
                                     and a.framing == "reported-and-rebutted"
                                     for a in c.appearances))
            and not any(r.text_id == text_id for r in getattr(c, replies))}


_unrebutted = _unanswered()

q3 = Question(
    "q3", _unrebutted, kind=set, normalize=as_set, difficulty=MEDIUM,
    hints=["Two conditions: the text does not report the claim in order to rebut it, and "
           "none of the claim's denials is in that text.",
           "For each claim and each text in `claim.texts`, test both conditions with "
           "`any(...)` over `claim.appearances` and `claim.denials`.",
           "Collect `(text_id, claim.id)` when both conditions are false. Count every "
           "claim, whoever made it."],
    solution="`{(t, c.id) for c in found for t in c.texts if not any(a.text_id == t and "
             "a.framing == 'reported-and-rebutted' for a in c.appearances) and not any("
             f"d.text_id == t for d in c.denials)}}`: {len(_unrebutted)} pairs, from every "
             "actor: the Belarusian authorities' claims, the opposition's, NATO's own claims "
             "on the two EUvsDisinfo pages, and the outlets' own-voice statements.",
    wrong={frozenset(_unanswered(rebutted=False)):
               "this set ignores the first condition: it keeps texts that report a claim in "
               "order to rebut it (framing 'reported-and-rebutted'). Leave those out.",
           frozenset(_unanswered(replies="replies")):
               "this counts every reply as a denial. A rejection or a counter-claim is not "
               "a denial: use `claim.denials`.",
           frozenset(p for p in _unrebutted if _found[p[1]].side == "Belarusian authorities"):
               "those are the Belarusian authorities' claims only. Every claim counts, "
               "whoever made it."})

# Question 4: days from the build-up claim to its first denial dated to the day.
q4 = Question(
    "q4", _claims.days_to_first_denial(_found["nato-buildup"]), kind=int, difficulty=EASY,
    hints=["Only dates given to the day (like '2020-08-16') can be subtracted.",
           "`claim.first_denial()` finds the earliest such denial; the claim has a `.date`.",
           "Turn both into dates with `date.fromisoformat(...)`, subtract, and take `.days`."],
    solution="`(date.fromisoformat(claim.first_denial().date) - "
             "date.fromisoformat(claim.date)).days`: 0. NATO's spokeswoman denied it the "
             "same day, 16 August 2020.",
    wrong={1: "1 day is Stoltenberg's denial of 17 August (the text's word: 'refuted'). Look "
              "for a denial dated earlier, on the day of the rally itself.",
           10: "10 days is Stoltenberg's doorstep statement of 26 August. Look for the "
               "earliest denial.",
           11: "11 days is Stoltenberg's statement of 27 August. Look for the earliest "
               "denial."})

# Question 5: for which claims can the days be counted at all?
_countable = {c.id for c in _found if _claims.days_to_first_denial(c) is not None}

q5 = Question(
    "q5", _countable, kind=set, normalize=as_set, difficulty=MEDIUM,
    hints=["Days can be counted only when the claim and at least one denial are both "
           "dated to the day. A denial comes from the party the claim is about, after it.",
           "`claims.days_to_first_denial(claim)` is `None` when they cannot be counted.",
           "Keep the ids of the claims for which it is not `None`; check every claim."],
    solution="`{c.id for c in found if claims.days_to_first_denial(c) is not None}`: "
             "`nato-buildup` and `western-regions`, both answered by NATO. Lukashenko's words "
             "at the rally answer NATO's `no-nato-buildup` and `strictly-defensive`, but they "
             "came first and speak about NATO, not for it: counter-claims, not denials. The "
             "other dates are known only to the month or the year, or no denial is recorded.",
    wrong={frozenset(_countable | {"no-nato-buildup", "strictly-defensive"}):
           "Lukashenko's words of the rally answer NATO's two claims, but they came first "
           "and speak about NATO's forces, not for Lukashenko: counter-claims, not denials."})

# Question 6 (a claim from the Western side): what kind of support is offered for it?
q6 = ChoiceQuestion(
    "q6", "NATO's claim `no-nato-buildup` ('There is no NATO buildup in the region') is "
          "checked with the same tools as Lukashenko's. What kind of support do the texts "
          "give for it?", {
        "a": Option("documents: figures, maps or images anyone can check",
                    "no text quotes a figure, a map or an image for it: look again at what "
                    "Lungescu and Stoltenberg offer besides their words."),
        "b": Option("named witnesses who saw the border area",
                    "Lungescu and Stoltenberg are named, but they speak for NATO about NATO: "
                    "that makes them a party to the dispute, not witnesses of what is at the "
                    "border."),
        "c": Option("an official statement by a party to the dispute",
                    "NATO's spokeswoman and Secretary General speak for NATO about its own "
                    "forces: a position on the record, not independent proof. Lukashenko is "
                    "a party too, but he spoke about NATO's forces, not his own: his word "
                    "alone, with no units, numbers or places, counts as none offered.",
                    correct=True),
        "d": Option("nothing at all: no one stands behind it",
                    "someone does stand behind it, by name and office: NATO's spokeswoman "
                    "and its Secretary General. What kind of statement is that?"),
    }, difficulty=MEDIUM,
    hints=["Look at who says it, and whom they speak for.",
           "Read where it appears (`found['no-nato-buildup'].appearances`) and look for "
           "figures or images in those sentences.",
           "Lungescu and Stoltenberg are NATO's spokeswoman and Secretary General."],
    solution="c: NATO's spokeswoman and Secretary General speak for NATO about NATO's own "
             "forces. That puts NATO's position on the record; it is not independent proof. "
             "Lukashenko, also a party to the dispute, spoke about NATO's forces, not his "
             "own. No text gives figures or images for either claim.")

# Question 7 (a claim from the Western side): what would settle it?
q7 = ChoiceQuestion(
    "q7", "EUvsDisinfo answers the claim that NATO prepares to use force with a claim of its "
          "own: 'This is part of a Russian disinformation campaign on post-electoral events "
          "in Belarus' (`russian-campaign`). Which evidence would settle that claim?", {
        "a": Option("NATO's statements of 16 and 27 August 2020 that there is no NATO "
                    "build-up in the region",
                    "that answers a different claim (the build-up), and it is a party's "
                    "word, not evidence of where the claim came from."),
        "b": Option("records of who first published the claim, and of whether Russian state "
                    "bodies or outlets produced or coordinated it",
                    "the claim is about origin and coordination, so evidence of who published "
                    "it first and who directed it would settle it. The case page gives none; "
                    "its own summary begins 'Minsk accused NATO'.", correct=True),
        "c": Option("more EUvsDisinfo case pages, from other years, that file the same "
                    "narrative as disinformation",
                    "more cases from the same source repeat its judgement; they do not check "
                    "it. A reviewer does not confirm itself."),
        "d": Option("a count of how many of our five texts repeat the claim, in how many "
                    "outlets and in which years",
                    "how often a claim is repeated says how far it travelled, not whether it "
                    "is true, nor who started it."),
    }, difficulty=HARD,
    hints=["What exactly would have to be shown for the claim to be true?",
           "It makes two points: that the claim is Russian in origin, and that it is part of "
           "a campaign. Which option could show either?",
           "Evidence comes from outside the claimant: an option that asks the same source "
           "again, or counts repetitions, settles nothing."],
    solution="b: the claim is about origin and coordination, so only evidence of who "
             "published it first and who directed it can settle it. The case page gives "
             "none; its own summary begins 'Minsk accused NATO'.")

# Question 8: what does a reviewer's label tell a reader?
q8 = ChoiceQuestion(
    "q8", "The case page `euvsdisinfo-force` opens with the label 'Disinfo:' before the claim "
          "that NATO is preparing to use force against Belarus. What does that label tell a "
          "reader?", {
        "a": Option("the claim is false: a reviewer whose work is finding disinformation has "
                    "checked it and said so",
                    "that is the label's conclusion, not something the record shows: who "
                    "gave the label, and on what evidence?"),
        "b": Option("an EU government communication unit filed it as disinformation, resting "
                    "on NATO's word and its own argument",
                    "the label records a named reviewer's judgement, in its words; who runs "
                    "the reviewer and what the page offers as evidence are yours to weigh.",
                    correct=True),
        "c": Option("an independent fact-checker with no stake in the story checked it and "
                    "found it false",
                    "EUvsDisinfo is run by the EU's diplomatic service: a government "
                    "communication unit, not an independent fact-checker."),
        "d": Option("nothing useful at all: the reviewer is a government body, so its label "
                    "can be ignored",
                    "a label still tells you something: who judged the claim, in which "
                    "words, and on what evidence. That is worth knowing, and worth weighing."),
    }, difficulty=MEDIUM,
    hints=["Separate what the label says from who gives it.",
           "Look at `found['nato-force'].reviews` and at `found.reviewers['EUvsDisinfo']`: "
           "who runs the reviewer?",
           "Then look at what the page offers as answers: `claims.evidence_table(...)`."],
    solution="b: the label records a named reviewer's judgement, in its words. EUvsDisinfo "
             "is the flagship project of the EU diplomatic service's East StratCom Task "
             "Force; on this page its answers are NATO's statements and a reasoned argument. "
             "The learner weighs that; the label does not settle it.")

# Questions 9 and 10, the lesson's written tasks: what would settle it, and a truth
# sandwich, each held to one standard for every claimant.
q9 = OpenQuestion(
    "q9",
    model_answer=(
        "nato-buildup (Lukashenko): published, dated figures of NATO troops and equipment "
        "in Poland and Lithuania before and after August 2020, or commercial satellite "
        "images of the bases near the border, would confirm or refute it; so would reports "
        "of foreign military observers. "
        "no-nato-buildup (NATO): the same records would test it, since both answer one "
        "question. But the burden of proof is the claimant's: until anyone offers units, "
        "numbers or places, the build-up claim is unsupported. NATO's denial is a party's "
        "word and proves nothing by itself either, but nothing in the texts contradicts it."),
    covers=["claims by two different actors, named by their ids or their words",
            "evidence that could confirm it and evidence that could refute it",
            "evidence from outside the parties (figures, images, named witnesses, "
            "documents), not a party's own statement",
            "where the burden lies: with whoever asserts; a claim with nothing offered is "
            "unsupported, and a party's denial proves nothing but may stand uncontradicted"],
    rubric=Rubric(
        beginning="names evidence for one claim, or names a party's statement as evidence",
        developing="names evidence from outside the parties for claims by two different "
                   "actors",
        secure="also says what would confirm and what would refute each, holds both to the "
               "same standard, and names where the burden lies"),
    hints=["Start with one claim: what would you need to see to believe it?",
           "Then take a claim by another actor and ask the same question.",
           "Numbers, images, records and named witnesses come from outside the parties; "
           "a statement by a party does not. Then ask: who made the accusation?"],
    difficulty=HARD, min_words=40)

# The Debunking Handbook's middle layer is the "myth": a claim shown false. Here the
# middle layer is the claim, attributed, and says what the evidence shows of it: a claim no
# text offers evidence for is unsupported, not false. NATO's denial is a party's word,
# reported among the facts, not the fallacy; a second sandwich holds a claim by EUvsDisinfo
# to the same standard.
CLAIM_LAYER = "THE CLAIM (attributed; no text offers evidence for it)"

q10 = OpenQuestion(
    "q10",
    model_answer=(
        "FACT: NATO troops were in Poland and Lithuania in August 2020: Lukashenko spoke of "
        "their exercises there, NATO's spokeswoman of its 'multinational presence'. "
        f"{CLAIM_LAYER}: Lukashenko said at a rally on 16 August 2020 that NATO had "
        "deployed 'tanks and planes' to Belarus's western border. "
        "FALLACY: The claim rests on the claimant's word: he pointed to exercises but named "
        "no units, numbers or places, and the burden of proof is his. "
        "FACT: No text offers evidence of a build-up. NATO said the same day that there was "
        "none: a party's word, which proves nothing by itself and which nothing in the texts "
        "contradicts. Published troop figures or satellite images would settle it either "
        "way.\n\n"
        "FACT: The case page's own summary pins the claim that NATO prepares to use force "
        "on Minsk: 'Minsk accused NATO of preparing to use force against Belarus'. "
        f"{CLAIM_LAYER}: The same EUvsDisinfo page says this is 'part of a Russian "
        "disinformation campaign on post-electoral events in Belarus'. "
        "FALLACY: The page names no Russian outlet, person or document, and the burden of "
        "proof is the page's; its 'Disinfo' label is its judgement, not evidence. "
        "FACT: No text offers evidence that Russian bodies or outlets produced or "
        "coordinated it. Records of who first published the claim, and of who directed it, "
        "would settle it either way."),
    covers=["open with what is established, stated plainly, with who put it on record",
            "warn before the claim, and say it once, attributed to who said it and when",
            "explain what evidence the claimant offers, and of what kind: the burden of "
            "proof is the claimant's",
            "close with the fact again: where no text offers evidence, say exactly that, "
            "and report a party's denial as a party's word",
            "the same method for a claim by another actor (the model's second sandwich: "
            "EUvsDisinfo's russian-campaign)",
            "use only what the texts (or a cited record) support, with dates as precise as "
            "they give"],
    rubric=Rubric(
        beginning="calls a claim true or false with nothing from the texts behind it, or "
                  "takes one party's word (a claim or a denial) as the fact",
        developing="follows the four layers, attributes the claim with its date, and says "
                   "what evidence the claimant offers and of what kind",
        secure="draws the conclusion the evidence supports, no more and no less: says "
               "plainly where no text offers evidence for a claim, whoever made it, reports "
               "as fact what independent sources agree on, and ends with what would settle "
               "what remains open"),
    hints=["The four layers are fact, the claim (attributed), fallacy, fact.",
           "For the first layer, ask what the texts establish beyond each party's word.",
           "Attribute the claim and its denial with their dates; then say what kind of "
           "support each offers."],
    difficulty=HARD, min_words=60)
