"""The questions of exercise 02, "Narratives".

>>> q4.check(RATS)
Correct!
>>> q4.check(RATS - 1)
Incorrect: that is the sentence's index, counting from 0. Give its number as the Tagger shows it, counting from 1.
>>> q1.check("b")
Incorrect: that is half of it. The sentence also says what NATO did (it rejected the claims): the decision rule gives it `nato-defensive` **and** `disputes-claim`.
"""

import math

from .. import tagging
from ..tagging import classroom
from ..texts import load
from . import EASY, HARD, MEDIUM, ChoiceQuestion, OpenQuestion, Option, Question, Rubric

_corpus = load()
_reference = tagging.load_reference(_corpus)
_labels = tagging.labels()
_class = classroom.read_class(classroom.SAMPLE, _corpus)
_pair = {name: _class.stores[name] for name in ("amira", "ben")}
_counts = tagging.count(_reference, _corpus)["tanks-and-planes"]
_counts.pop("none")
_first, _second = _counts.most_common(2)
_kappa = tagging.agreement(_pair)["kappa"]
# The number (from 1) of the sentence of bogus-threat the reference tags opposition-criminal.
RATS = [n for t, n in tagging.sentences_with(_reference, "opposition-criminal")
        if t == "bogus-threat"][0]

# The sentences the two choice questions ask about (text id, number from 1).
DENIAL = ("euvsdisinfo-flights", 12)
REVOLT = ("euvsdisinfo-flights", 20)

q1 = ChoiceQuestion(
    "q1", f"Sentence {DENIAL[1]} of `{DENIAL[0]}` reads: *\"NATO rejected these claims, "
          "although the Alliance is closely monitoring the situation in Belarus.\"* Which "
          "labels do the lesson's decision rules give it?", {
        "a": Option("`nato-defensive` only",
                    "that is half of it. The sentence also reports a denial: the rule for "
                    "this pair tags that as `disputes-claim` too."),
        "b": Option("`disputes-claim` only",
                    "that is half of it. The sentence also says what NATO did (it rejected "
                    "the claims): the decision rule gives it `nato-defensive` **and** "
                    "`disputes-claim`."),
        "c": Option("`nato-defensive` and `disputes-claim`",
                    "the sentence tells NATO's own account (it rejects the claims, it only "
                    "monitors) and reports a denial. Tagging the denial records that it was "
                    "made; whether it is true is lesson 03's question.", correct=True),
        "d": Option("`none`: it only reports what NATO said",
                    "reported words carry their story too (rule 3 of the lesson). A report "
                    "of NATO's denial tells NATO's own story, and records a dispute."),
    }, difficulty=EASY,
    hints=["Look back at the decision rule for `nato-defensive` and `disputes-claim`.",
           "Ask two questions of the sentence: does it say what NATO is or does? Does it "
           "report that a claim was denied, or say it lacks evidence?",
           "The answer to both questions is yes."],
    solution="c: both labels. NATO's rejection tells its own story (`nato-defensive`) and is "
             "a reported denial (`disputes-claim`). A denial by a party to the dispute "
             "is tagged as a denial, not as proof.")

q2 = ChoiceQuestion(
    "q2", f"Sentence {REVOLT[1]} of `{REVOLT[0]}` reads: *\"He later also claimed that "
          "Western nations were instigating a revolt to overthrow him and kill his "
          "children.\"* Which label fits best?", {
        "a": Option("`west-hostile`",
                    "close, but the rule keeps `west-hostile` for the West's attitude in "
                    "general. This sentence says the West *runs* the unrest."),
        "b": Option("`west-orchestrates`",
                    "the revolt is said to be instigated from abroad: the unrest is told as "
                    "run from outside, in Lukashenko's voice, as the outlet reports it.",
                    correct=True),
        "c": Option("`sovereignty-threat`",
                    "the target here is the ruler ('overthrow him'), not Belarus's land or "
                    "independence."),
        "d": Option("`regime-illegitimate`",
                    "that story says the government has no legitimacy; this sentence reports "
                    "the government's own claim about its opponents' backers."),
    }, difficulty=MEDIUM,
    hints=["Find the verb that says what the West is claimed to do.",
           "Apply the rule for `west-orchestrates` and `west-hostile`: attitude in general, "
           "or running the unrest?",
           "'Instigating a revolt' is about who runs the unrest."],
    solution="b: `west-orchestrates`. The claim is that Western nations instigate the revolt, "
             "the unrest told as run from abroad. The label records the story the sentence "
             "reports, in Lukashenko's voice; it is no verdict on whether he is right.")


def _label(value):
    if value not in _labels:
        return (f"{value!r} is not a label of the taxonomy. The ids are: "
                + ", ".join(_labels) + ".")
    if value == "none":
        return ("`none` counts the sentences that tell no narrative: leave it out and look "
                "for the narrative told most often.")
    if value == _counts.most_common(2)[1][0]:
        return "close: it comes second. Count every label, `none` left out."
    return value == _counts.most_common(1)[0][0] or (
        "not that one. Count how many sentences carry each label, `none` left out.")


q3 = Question(
    "q3", _counts.most_common(1)[0][0], kind=str, normalize=str.strip, test=_label,
    difficulty=EASY,
    hints=["The reference tags say, for each sentence, which narratives it tells.",
           "Count, for `tanks-and-planes`, how many sentences carry each label: "
           "`tagging.count(reference, corpus)` does it for every text.",
           "`counts = tagging.count(reference, corpus)['tanks-and-planes']`, then leave "
           "`none` out before you look for the largest count."],
    solution=f"`{_first[0]}`, {_first[1]} sentences against {_second[1]} for `{_second[0]}`: "
             "the report retells Lukashenko's claim of a NATO build-up in his own words and "
             "in reported speech; the opposition's doubts about the election, and the report's "
             "own 'Europe's last dictator', come next. Most of its sentences are plain "
             "reports. `counts = tagging.count(reference, corpus)['tanks-and-planes']; "
             "counts.pop('none'); counts.most_common(1)[0][0]`")


def _sentence(value):
    if value == RATS - 1:
        return ("that is the sentence's index, counting from 0. Give its number as the "
                "Tagger shows it, counting from 1.")
    if not 1 <= value <= len(_corpus["bogus-threat"].sentences):
        return f"bogus-threat has {len(_corpus['bogus-threat'].sentences)} sentences."
    return value == RATS or "not that sentence. Ask `tagging.sentences_with` for the label."


q4 = Question(
    "q4", RATS, kind=int, test=_sentence, difficulty=EASY,
    hints=["There is a function that lists the sentences carrying one label.",
           "`tagging.sentences_with(reference, 'opposition-criminal')` lists "
           "`(text_id, sentence number)` pairs.",
           "Keep the pair whose text is `bogus-threat` and take its number."],
    solution=f"{RATS}: Lukashenka's 'they'll crawl out of their holes like rats'. "
             "`[n for t, n in tagging.sentences_with(reference, 'opposition-criminal') "
             "if t == 'bogus-threat'][0]`")


def _kappa_test(value):
    if not math.isfinite(value):
        return "kappa is a number between -1 and 1."
    result = tagging.agreement(_pair)
    # Other numbers a learner may hand in by mistake, and what each one is.
    mistakes = {
        _kappa: True,
        result["percent"]: "that is the percentage agreement. Kappa corrects it for the "
                           "agreement chance alone would give.",
        result["alpha"]: "that is Krippendorff's alpha; the question asks for Cohen's kappa.",
        tagging.agreement(_class.stores)["kappa"]: "that includes chen's tags too: compare "
                                                   "amira and ben only.",
    }
    mistakes.setdefault(result["percent"] / 100, mistakes[result["percent"]])
    nearest = min(mistakes, key=lambda number: abs(value - number))
    if abs(value - nearest) < 0.005 or (nearest > 1 and abs(value - nearest) < 0.5):
        return mistakes[nearest]
    return "not quite. Put exactly two annotators in the dict you give `agreement`."


q5 = Question(
    "q5", _kappa, kind=float, test=_kappa_test, difficulty=MEDIUM,
    hints=["Agreement is measured between annotators' tag stores.",
           "`tagging.agreement` takes a dict `{name: store}` and returns a dict with a "
           "`'kappa'` entry; `stores` holds each learner's tags by name.",
           "Build the dict from two entries of `stores` only, then read its kappa."],
    solution=f"{_kappa:.2f}: `tagging.agreement({{'amira': stores['amira'], "
             f"'ben': stores['ben']}})['kappa']`. They give the same labels to "
             f"{tagging.agreement(_pair)['percent']:.0f}% of the sentences; corrected for "
             "chance, kappa is a little lower.")

q6 = ChoiceQuestion(
    "q6", "Amira and ben's kappa is lower than their percentage agreement. Why?", {
        "a": Option("Kappa subtracts the agreement two annotators would reach by chance.",
                    "two people who both tag most sentences `none` agree often without "
                    "reading closely; kappa gives credit only for agreement beyond that.",
                    correct=True),
        "b": Option("Kappa only counts the sentences both of them tagged.",
                    "so does the percentage: neither can compare a sentence one of them "
                    "left untagged."),
        "c": Option("Kappa gives partial credit when two sets of labels overlap.",
                    "that is Krippendorff's alpha with the MASI distance; kappa treats two "
                    "label sets as the same or different."),
        "d": Option("Kappa is the percentage divided by 100.",
                    "the scale differs, but that would make it the same agreement; the gap "
                    "here is larger than the scale."),
    }, difficulty=MEDIUM,
    hints=["Think of two annotators who tag at random.",
           "How often would they agree without reading? Which measure takes that away?",
           "The lesson's section 'How far do you agree?' names the measure that corrects "
           "for chance."],
    solution="a: kappa = (observed - chance) / (1 - chance): the agreement chance alone "
             "would give is taken out.")

q7 = OpenQuestion(
    "q7",
    model_answer="Sentence 2 of tanks-and-planes reports that Lukashenko 'accused NATO forces "
                 "of sending tanks and planes' to the border. Ben tagged it none, because the "
                 "report does not endorse the claim; amira tagged it nato-aggressor, because "
                 "the sentence tells the story, if only as someone else's words. Both "
                 "readings are defensible. What matters is one rule for the whole class, "
                 "e.g. tag a narrative wherever a sentence states it, even in reported "
                 "speech, and say in the rationale whether the text endorses, reports or "
                 "rejects it. Agreement rises when annotators share such a rule, which is "
                 "why the lesson calibrates before tagging.",
    rubric=Rubric(
        beginning="picks a side (amira or ben) without saying why the other choice is "
                  "possible",
        developing="explains both choices and tells reporting a claim apart from endorsing "
                   "it",
        secure="also proposes one rule the class can apply to every reported claim, "
               "whoever made it, and links shared rules to higher agreement"),
    hints=["Read the sentence aloud: whose words are 'tanks and planes'?",
           "Ask what each annotator's choice assumes: does a report of a claim tell the "
           "claim's story?",
           "A good answer ends with a rule that would make amira and ben agree next time."],
    difficulty=HARD)

q8 = OpenQuestion(
    "q8",
    model_answer="A claim by each actor, reported: bogus-threat 10 reports that Stoltenberg "
                 "'refuted' Lukashenka's allegations (nato-defensive and disputes-claim; "
                 "the allegations are named only as what he refuted, so not "
                 "nato-aggressor); tanks-and-planes 2 reports Lukashenko's accusation of "
                 "'tanks and planes' (nato-aggressor). The same rule tags both: the "
                 "sentence tells a story, in someone's voice, so it carries that story's "
                 "label. Neither label says the claim is true. If I tagged one actor's "
                 "reported claims and left the other's as 'none', my tags would take a side "
                 "the texts leave to the reader.",
    rubric=Rubric(
        beginning="gives one example, from one actor",
        developing="gives one reported claim from each actor and the label each gets",
        secure="also shows the same rule gives both labels, and says what tagging one "
               "actor's claims differently from the other's would do to the analysis"),
    hints=["Look for a sentence that reports what NATO or its officials said, and one that "
           "reports what Lukashenko said.",
           "`tagging.sentences_with(reference, 'nato-defensive')` and "
           "`tagging.sentences_with(reference, 'nato-aggressor')` list candidates; read "
           "one of each.",
           "Apply rule 3 of the lesson to both, word for word."],
    difficulty=HARD)
