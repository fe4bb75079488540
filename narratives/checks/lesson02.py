"""The questions of exercise 02, "Narratives".

>>> q2.check(16)
Correct!
>>> q2.check(15)
Incorrect: 15 is the sentence's index, counting from 0. Give its number as the Tagger shows it, counting from 1.
"""

import math

from .. import tagging
from ..tagging import classroom
from ..texts import load
from . import OpenQuestion, Question

_corpus = load()
_reference = tagging.load_reference(_corpus)
_labels = tagging.labels()
_class = classroom.read_class(classroom.SAMPLE, _corpus)
_pair = {name: _class.stores[name] for name in ("amira", "ben")}
_counts = tagging.count(_reference, _corpus)["tanks-and-planes"]
_counts.pop("none")
_kappa = tagging.agreement(_pair)["kappa"]
# The sentence of bogus-threat the reference tags opposition-criminal ("like rats").
_rats = [n for t, n in tagging.sentences_with(_reference, "opposition-criminal")
         if t == "bogus-threat"][0]


def _label(value):
    if value not in _labels:
        return (f"{value!r} is not a label of the taxonomy. The ids are: "
                + ", ".join(_labels) + ".")
    if value == "none":
        return ("`none` counts the sentences that tell no narrative: leave it out and look "
                "for the narrative told most often.")
    if value == "nato-aggressor":
        return "close: it comes second. Count every label, `none` left out."
    return value == _counts.most_common(1)[0][0] or (
        "not that one. Count how many sentences carry each label, `none` left out.")


q1 = Question(
    "q1", _counts.most_common(1)[0][0], kind=str, normalize=str.strip, test=_label,
    hints=["`tagging.count(reference, corpus)` gives, for each text, a Counter of labels.",
           "`counts = tagging.count(reference, corpus)['tanks-and-planes']`, then "
           "`counts.pop('none')` and `counts.most_common(1)`."],
    solution="`regime-illegitimate`, 7 sentences against 6 for `nato-aggressor`: the report "
             "retells Lukashenko's claim of a NATO build-up, but frames him as a ruler "
             "without legitimacy. `counts = tagging.count(reference, corpus)"
             "['tanks-and-planes']; counts.pop('none'); counts.most_common(1)[0][0]`")


def _sentence(value):
    if value == _rats - 1:
        return (f"{value} is the sentence's index, counting from 0. Give its number as the "
                "Tagger shows it, counting from 1.")
    if not 1 <= value <= len(_corpus["bogus-threat"].sentences):
        return f"bogus-threat has {len(_corpus['bogus-threat'].sentences)} sentences."
    return value == _rats or "not that sentence. Ask `tagging.sentences_with` for the label."


q2 = Question(
    "q2", _rats, kind=int, test=_sentence,
    hints=["`tagging.sentences_with(reference, 'opposition-criminal')` lists "
           "`(text_id, sentence number)` pairs.",
           "Keep the pair whose text is `bogus-threat`."],
    solution=f"{_rats}: Lukashenka's 'they'll crawl out of their holes like rats'. "
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


q3 = Question(
    "q3", _kappa, kind=float, test=_kappa_test,
    hints=["`classroom.read_class(classroom.SAMPLE, corpus).stores` holds each learner's "
           "tags by name.",
           "`tagging.agreement({'amira': stores['amira'], 'ben': stores['ben']})['kappa']`"],
    solution=f"{_kappa:.2f}: `tagging.agreement({{'amira': stores['amira'], "
             f"'ben': stores['ben']}})['kappa']`. They give the same labels to "
             f"{tagging.agreement(_pair)['percent']:.0f}% of the sentences; corrected for "
             "chance, kappa is a little lower.")

q4 = OpenQuestion(
    "q4",
    model_answer="Sentence 2 of tanks-and-planes reports that Lukashenko 'accused NATO forces "
                 "of sending tanks and planes' to the border. Ben tagged it none, because the "
                 "report does not endorse the claim; amira and the reference tagged it "
                 "nato-aggressor, because the sentence tells the story, if only as someone "
                 "else's words. Both readings are defensible. What matters is one rule for "
                 "the whole class: the reference tags a narrative wherever a sentence states "
                 "it, even in reported speech, and uses the rationale to say whether the text "
                 "endorses it, refutes it or only reports it. Agreement rises when annotators "
                 "share such a rule, which is why guidelines come before tagging.",
    covers=["say what each annotator chose and why each choice can be defended",
            "tell reporting a claim apart from endorsing it",
            "propose one rule the class can apply to every reported claim",
            "link the rule to agreement: shared guidelines make tags comparable"])
