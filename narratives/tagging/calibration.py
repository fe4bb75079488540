"""A calibration round before tagging: five sentences, the learner's tags against the reference.

Annotators agree more when they share rules before they start. The five
sentences below sit where labels overlap; after tagging them the learner
sees the reference's labels, its reason, and the decision rule for the
pair of labels involved. The reference tags and reasons are read from the
reference file, so they follow any re-check of it.

>>> from narratives import texts, tagging
>>> corpus = texts.load()
>>> reference = tagging.load_reference(corpus)
>>> table = compare({1: "nato-aggressor", 2: {"none"}}, reference, corpus)
>>> table.column("result")
['partly the same', 'the same', 'not tagged yet', 'not tagged yet', 'not tagged yet']
>>> score(table)
'1 of 5 the same as the reference, 1 partly; 3 not tagged yet.'
"""

from ..display import PALETTE, Table, escape
from ..errors import NarrativesError
from .taxonomy import NONE, load as load_labels

# (text id, words the sentence begins with): where the overlapping labels meet. Words,
# not numbers, so that a change in how a text is split keeps the same five sentences.
SENTENCES = [
    ("euvsdisinfo-force", "And taking into account the statements of certain politicians"),
    ("tanks-and-planes", "In response, security forces have"),
    ("tanks-and-planes", "NATO said on Sunday it is monitoring"),
    ("euvsdisinfo-flights", "The Czech Republic's unfounded accusations"),
    ("euvsdisinfo-force", "The regime in Minsk must demonstrate"),
]

# Decision rules for the label pairs learners confuse most. One rule for every actor: a
# narrative is tagged where a sentence tells it, in whoever's voice, and a report is a report.
DECISION_RULES = {
    frozenset({"none", "regime-illegitimate"}):
        "none when the sentence reports an event or an act (an arrest, a shooting, a result "
        "announced, a government not recognised, a brigade moved): the same rule for every "
        "actor's acts, and an evaluative word ('brutal') is a technique, not a story. "
        "regime-illegitimate when it says or quotes that the government has no right to "
        "rule, as a charge or a demand ('falsified election results to hand Lukashenko a "
        "landslide victory', 'step down') or in a name ('self-proclaimed', 'regime'). A "
        "record or finding of fraud reported ('many cases of fraud were recorded') is a "
        "report, as the result announced is: whether the election was falsified is a "
        "question for the evidence.",
    frozenset({"regime-illegitimate", "rights-respected"}):
        "rights-respected when the sentence says NATO, the EU or the West stand for "
        "Belarusians' rights, or calls for them to be respected; regime-illegitimate when it "
        "denies the government's right to rule. 'He called on the Belarusian authorities to "
        "respect...' gets rights-respected only; 'The regime in Minsk must...' both, for the "
        "name.",
    frozenset({"nato-aggressor", "sovereignty-threat"}):
        "nato-aggressor when NATO (its forces, its build-up) is said to threaten or "
        "prepare to attack; sovereignty-threat when Belarus's land or independence is "
        "said to be at stake, whoever threatens it. A sentence that says both gets both.",
    frozenset({"nato-aggressor", "disputes-claim"}):
        "nato-aggressor when the sentence tells or reports the claim ('accused NATO of...'); "
        "disputes-claim alone when it names the claim only as what it disputes ('refuted "
        "allegations that...', 'Disinfo: ...'). The same for every actor's claims: the claim "
        "calling the Czech accusations 'unfounded' gets disputes-claim, not their story.",
    frozenset({"nato-defensive", "disputes-claim"}):
        "nato-defensive when the sentence says what NATO is or does (defensive, no "
        "build-up); disputes-claim when it says a claim lacks evidence, files it as "
        "disinformation or reports a denial. 'NATO denied the build-up' gets both: a denial "
        "tagged is a denial made, not one proven.",
    frozenset({"west-orchestrates", "west-hostile"}):
        "west-orchestrates when the unrest inside Belarus is said to be staged, run or "
        "paid for from abroad; west-hostile when the West's attitude in general is at "
        "issue (hostility, Russophobia) without saying it runs the protests.",
}


def locate(text, words):
    """The index (from 0) of the sentence of `text` that holds `words`.

    >>> from narratives import texts
    >>> locate(texts.load()["tanks-and-planes"], "NATO said on Sunday")
    21
    """
    start = text.body.find(words)
    if start < 0:
        raise NarrativesError(f"{text.id} has no sentence with the words {words!r}. Has the "
                              "text changed? Update calibration.SENTENCES.")
    return text.sentence_at(start).index


def _as_labels(value, known, number):
    """A learner's labels for one sentence as a set, or a sentence saying what is wrong."""
    if value is None or value == "" or value == ():
        return frozenset()
    labels = {value} if isinstance(value, str) else value
    try:
        labels = frozenset(str(label).strip() for label in labels)
    except TypeError:
        raise NarrativesError(f"Sentence {number}: give a label id in quotes, or a set of "
                              f"them, e.g. {{'none'}}.") from None
    unknown = sorted(labels - set(known))
    if unknown:
        raise NarrativesError(f"Sentence {number}: {', '.join(map(repr, unknown))} is not a "
                              f"label id. The ids are: {', '.join(known)}.")
    return labels


def rules_for(mine, theirs):
    """The decision rules of every overlapping pair where the learner chose one label of the
    pair and the reference the other (or only one of them chose both)."""
    found = []
    for pair, rule in DECISION_RULES.items():
        if (mine & pair or theirs & pair) and (mine & pair) != (theirs & pair):
            found.append(rule)
    return found


def compare(choices, reference, corpus, sentences=SENTENCES):
    """One row per calibration sentence: the learner's labels, the reference's, and why.

    `choices` maps the sentence's number in the round (1 to 5) to a label id
    or a set of them; sentences left out are "not tagged yet".
    """
    if not isinstance(choices, dict):
        raise NarrativesError("Give your tags as a dict from sentence number to labels, "
                              "e.g. {1: {'nato-aggressor'}, 2: {'none'}}.")
    known = list(load_labels())
    rows = []
    for number, (text_id, words) in enumerate(sentences, start=1):
        sentence = locate(corpus[text_id], words) + 1
        mine = _as_labels(choices.get(number), known, number)
        theirs = frozenset(reference.get(text_id, sentence - 1)) or frozenset({NONE})
        if not mine:
            result = "not tagged yet"
        elif mine == theirs:
            result = "the same"
        elif mine & theirs:
            result = "partly the same"
        else:
            result = "different"
        reason = reference.rationale(text_id, sentence - 1) or ""
        rules = rules_for(mine, theirs) if mine else []
        rows.append([number, f"{text_id} #{sentence}", corpus[text_id].sentences[sentence - 1].text,
                     "; ".join(sorted(mine)) or "-", "; ".join(sorted(theirs)), result,
                     " ".join([reason] + [f"Rule: {rule}" for rule in rules]).strip()])
    return Table(["#", "sentence", "words", "yours", "reference", "result", "why"], rows,
                 caption="Calibration: your tags against the reference, with its reasons")


def score(table):
    """One line: how many sentences match the reference."""
    results = table.column("result")
    same, partly = results.count("the same"), results.count("partly the same")
    open_ = results.count("not tagged yet")
    return (f"{same} of {len(results)} the same as the reference, {partly} partly"
            + (f"; {open_} not tagged yet." if open_ else "."))


def cards_html(table):
    """The comparison as one short block per sentence, escaped.

    Seven columns side by side wrap one word per line in a narrow window (800 px
    with JupyterLab's file browser open); a block per sentence reads at any width.

    >>> from narratives import texts, tagging
    >>> corpus = texts.load()
    >>> html = cards_html(compare({2: "sovereignty-threat"}, tagging.load_reference(corpus),
    ...                           corpus))
    >>> html.count('class="calibration-card"'), "<table" in html
    (5, False)
    """
    cards = []
    for number, where, words, mine, theirs, result, why in table.rows:
        cards.append(
            '<div class="calibration-card" style="margin:.6em 0;padding-left:.5em;'
            f'border-left:3px solid {PALETTE[0]};line-height:1.4">'
            f"<p style=\"margin:0\"><b>{escape(number)}.</b> ({escape(where)}) "
            f"{escape(words)}</p><p style=\"margin:0\">Yours: <b>{escape(mine)}</b> · "
            f"reference: <b>{escape(theirs)}</b> · {escape(result)}</p>"
            + (f'<p style="margin:0">{escape(why)}</p>' if why else "") + "</div>")
    return (f'<div role="group" aria-label="{escape(table.caption)}">'
            + "".join(cards) + "</div>")


def rules_table():
    """The decision rules as a Table, one row per pair of labels."""
    return Table(["labels", "decision rule"],
                 [[" vs ".join(sorted(pair)), rule] for pair, rule in DECISION_RULES.items()],
                 caption="Decision rules for labels that overlap")


class CalibrationRound:
    """Five sentences, a list of labels beside each, and a button that compares.

    A thin layer over `compare`: choose labels (Ctrl or Shift for more than
    one), press the button, read the reference's reasons.
    """

    def __init__(self, corpus, reference, sentences=SENTENCES):
        import ipywidgets as widgets

        self.corpus, self.reference, self.sentences = corpus, reference, sentences
        options = [(f"{label.id}: {label.name}", label.id) for label in load_labels().values()]
        self.pickers = {}
        rows = []
        for number, (text_id, start) in enumerate(sentences, start=1):
            sentence = locate(corpus[text_id], start) + 1
            words = escape(corpus[text_id].sentences[sentence - 1].text)
            picker = widgets.SelectMultiple(options=options, rows=6,
                                            description=f"Sentence {number}",
                                            layout=widgets.Layout(width="95%"))
            self.pickers[number] = picker
            rows += [widgets.HTML(f"<p><b>{number}.</b> ({escape(text_id)} #{sentence}) "
                                  f"{words}</p>"), picker]
        self.button = widgets.Button(description="Compare with the reference",
                                     button_style="primary",
                                     layout=widgets.Layout(width="auto"),   # never cut short
                                     tooltip="Shows the reference's labels and reasons")
        self.result = widgets.HTML()
        self.button.on_click(lambda _: self.show())
        self.view = widgets.VBox(rows + [self.button, self.result])

    def choices(self):
        """{sentence number: set of chosen label ids}."""
        return {number: set(picker.value) for number, picker in self.pickers.items()}

    def show(self):
        """Fill the result with the comparison (the pure `compare`)."""
        table = compare(self.choices(), self.reference, self.corpus, self.sentences)
        self.result.value = f"<p><b>{escape(score(table))}</b></p>" + cards_html(table)
        return table

    def __repr__(self):
        return (f"<CalibrationRound: {len(self.sentences)} sentences; choose labels, then "
                "press 'Compare with the reference'>")

    def _repr_mimebundle_(self, **kwargs):
        from ..display import widget_bundle

        return widget_bundle(self.view, repr(self), **kwargs)
