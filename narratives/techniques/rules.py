"""Decision rules for the techniques that annotators confuse, and for how long a span is.

SemEval-2020 Task 11 defines each technique on its own; where two definitions
overlap, annotators agree more when they share a rule for telling them apart.
The rules are the same whoever's words carry the technique: the reference in
`texts/annotations/` follows them, and lesson 05 shows them.

>>> print(rule("Loaded language", "name calling")[:60])
Name calling when the words put a label on someone: who a pe
>>> SPAN_LENGTH.split(":")[0]
'The fewest whole words that still show the technique on their own'
"""

from ..display import Table
from .spans import TECHNIQUES, resolve

# One rule for each pair of techniques that learners and the reference's own
# re-check confused most; each names its cases from the texts on both sides.
DECISION_RULES = {
    frozenset({"Loaded_Language", "Name_Calling,Labeling"}):
        "Name calling when the words put a label on someone: who a person, group, government "
        "or outlet is, or whom they or their stories serve ('regime', 'Europe’s last "
        "dictator', 'pro-Kremlin', 'like rats'). Loaded language when charged words judge "
        "something done, said or happening ('bury', 'bogus', 'defame', 'brutal force'); a "
        "charge against a claim or a campaign ('Russophobic campaign', 'disinformation "
        "campaign') is loaded language.",
    frozenset({"Doubt", "Causal_Oversimplification"}):
        "Causal oversimplification when the passage explains an event or a statement by one "
        "cause or motive, asserted ('Western masterminds' behind protests, a statement made "
        "'to spark anti-Belarusian sentiments'); a condition ('any attempt by the regime "
        "built in Belarus, to use NATO as an excuse', called 'absolutely wrong') asserts no "
        "motive. Doubt when it questions "
        "whether someone or something can be believed without giving a cause ('unfounded "
        "accusations', 'failed to provide any proof', 'what NATO loyalty is worth'). Both "
        "describe the wording: whether the doubt or the motive is deserved is a question for "
        "the evidence.",
    frozenset({"Appeal_to_fear-prejudice", "Exaggeration,Minimisation"}):
        "Appeal to fear when the passage points at a danger to the audience or its country "
        "(an attack, a lost border) to win support ('like in 1939', 'practicing air "
        "strikes against Belarus'). Exaggeration when it makes something larger or smaller "
        "than it is without pointing that danger at the audience ('turned them into a "
        "desert', said of other countries in the past).",
}

SPAN_LENGTH = (
    "The fewest whole words that still show the technique on their own: for loaded "
    "language and name calling, the charged word or the label with the words it needs "
    "('bogus', 'ready to bury Belarus', 'regime built in Belarus'); for techniques that "
    "argue (causal oversimplification, doubt, appeal to fear), the clause that makes the "
    "argument; a whole sentence only when the sentence itself is the device (a slogan, a "
    "cliché, a headline's question). Never across two sentences; leave out 'he said'.")


def rule(first, second):
    """The decision rule for two techniques, given by id or by name."""
    pair = frozenset({resolve(first), resolve(second)})
    if pair not in DECISION_RULES:
        names = "; ".join(" vs ".join(sorted(TECHNIQUES[t].name for t in p))
                          for p in DECISION_RULES)
        return f"No decision rule for that pair. Rules exist for: {names}."
    return DECISION_RULES[pair]


def rules_table():
    """The decision rules, one row per pair of techniques, then the rule for span length."""
    rows = [[" vs ".join(TECHNIQUES[t].name for t in sorted(pair)), text]
            for pair, text in DECISION_RULES.items()]
    return Table(["techniques", "decision rule"], rows + [["span length", SPAN_LENGTH]],
                 caption="Decision rules for techniques that overlap, and for span length")
