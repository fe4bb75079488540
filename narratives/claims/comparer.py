"""The Comparer: a claim's appearances and its replies side by side.

Pick a claim: above, who makes it and about whom, what its claimant offers as
support, what the texts offer beyond that, who reviewed it and with what label
in the reviewer's own words, records outside the texts, and (folded, to open
after you have thought about it) what evidence would settle it. Then where it
appears (left) and what answers it (right: each reply a denial, a rejection or
a counter-claim), each with outlet, speaker and date; the words both sides use
are marked one way, the words only one side uses another; under each quote,
the reporting word and who the text pins the quote on. Below, a timeline of
the claim: when it was made, repeated and answered.

>>> from narratives import texts, claims
>>> corpus = texts.load()
>>> claim = claims.load(corpus)["polish-flags"]
>>> [e.kind for e in events(claim, corpus)]
['claim', 'claim', 'rejection']
>>> describe(claim, corpus)
"Timeline of the claim 'polish-flags': made 2020-08 by Alexander Lukashenko; repeated in 1 text, published 2020-08; no denial in these texts; 1 other reply (rejection), 2020-08."
"""

from collections import defaultdict

from ..charts import Chart, show_figure
from ..display import (MARK_BACKGROUNDS, MARK_EDGES, MUTED, WIDGET_STYLE, escape, highlight,
                       widget_bundle)
from ..errors import expect_claim, expect_claims, expect_corpus
from ..texts.sentences import token_spans
from ..texts.timeline import Event, plot as plot_timeline, table as timeline_table
from .analysis import in_the_texts, sides, when
from .attribution import attribution
from .claimfile import load

SHARED, ONE_SIDE = "shared", "one-side"
# Two marks told apart by shape as well as colour (Okabe-Ito sky blue and red-orange):
# a filled, edged box for words both sides use, an underline for one side's words.
STYLE = (f"<style>.claims-comparer mark.{SHARED} {{background: {MARK_BACKGROUNDS[SHARED]}; "
         f"color: #000; outline: 1px solid {MARK_EDGES[SHARED]};}}"
         f" .claims-comparer mark.{ONE_SIDE} {{background: none; color: inherit; "
         f"border-bottom: 3px solid {MARK_EDGES[ONE_SIDE]};}}</style>{WIDGET_STYLE}")
LEGEND = (f'{STYLE}<p><mark class="{SHARED}">blue background</mark>: a word both sides '
          f'use · <mark class="{ONE_SIDE}">orange underline</mark>: a word only this '
          "side uses. Stopwords are not marked.</p>")


def marked(quote, shared, own):
    """Escaped HTML of a quote, its words marked as shared or as one side's."""
    spans = []
    for start, end in token_spans(quote):
        word = quote[start:end].lower().replace("\u2019", "'")
        if word in shared:
            spans.append((start, end, SHARED))
        elif word in own:
            spans.append((start, end, ONE_SIDE))
    return highlight(quote, spans)


def _said_how(corpus, item):
    found = attribution(corpus[item.text_id], item.start, item.end)
    if found is None:
        return "no reporting word in the sentence: the text says it in its own voice"
    return str(found)


def panel(claim, corpus, side, words=None):
    """The HTML of one side: 'appearances' or 'replies' ('denials' is an older name)."""
    expect_claim(claim)
    expect_corpus(corpus)
    words = words or sides(claim)
    items = claim.appearances if side == "appearances" else claim.replies
    own = set(words.claim_only if side == "appearances" else words.denial_only)
    title = "Where the claim appears" if side == "appearances" else "What answers it"
    # h3: the lesson's sections are h2, so the panels' titles come next (no skipped level).
    parts = [f"<h3>{title} ({len(items)})</h3>"]
    if not items:
        parts.append("<p><i>Nothing in the five texts answers this claim.</i></p>")
    for item in items:
        text = corpus[item.text_id]
        name = text.outlet.partition(" (")[0]
        if side == "appearances":
            details = (f"said by {escape(item.speaker)} · in a text of {escape(text.published)}"
                       f" · framing: <b>{escape(item.framing)}</b>")
        else:
            # A rejection's party says who the replier is and its interest, if any (not
            # named in the claim is not neutral); the others speak for a party.
            party = (f" ({escape(item.party)})" if item.kind == "rejection"
                     else f" (for {escape(item.party)})")
            details = (f"<b>{escape(item.kind)}</b> by {escape(item.speaker)}{party} · on "
                       f"{escape(item.date)} · evidence: <b>{escape(item.evidence)}</b>")
        parts.append(
            f'<div style="margin-bottom: 0.8em"><p style="margin: 0"><b>{escape(name)}</b> '
            f"({escape(text.outlet_kind)}, <code>{escape(item.text_id)}</code>)<br>{details}"
            f'</p><blockquote style="margin: 0.3em 0 0.3em 1em">'
            f"{marked(item.quote, set(words.shared), own)}</blockquote>"
            f'<p style="margin: 0; color: {MUTED}">Attribution: '
            f"{escape(_said_how(corpus, item))}</p></div>")
    return "\n".join(parts)


def heading(claim, corpus=None):
    """The HTML above the panels: the claim, its side, its support and its reviews.

    No rating of the workbook's own: a review is shown only as a named
    reviewer's label, in its words, with who runs the reviewer.
    """
    expect_claim(claim)
    support = "".join(f"<li><b>{escape(s.kind)}</b>: {escape(s.what)}</li>"
                      for s in claim.support)
    if claim.reviews:
        reviews = "".join(
            f"<li>{escape(r.reviewer)} ({escape(r.date)}, <code>{escape(r.text_id)}</code>)"
            f" files it as ‘{escape(r.rating)}’. <i>Who runs it:</i> {escape(r.about)}</li>"
            for r in claim.reviews)
    else:
        reviews = "<li>No reviewer in the five texts rated this claim.</li>"
    outside = "".join(
        f"<li>{escape(o.relation)}: {escape(o.what)} <i>({escape(o.record)}, "
        f"{escape(o.date)}: {escape(o.citation)})</i></li>" for o in claim.outside) or (
        "<li>None filed yet.</li>")
    return (f"<p><b>{escape(claim.statement)}</b><br>Made by {escape(claim.claimant)} "
            f"({escape(claim.side)}), {escape(claim.date)} · about "
            f"{escape(claim.subject)}</p>"
            f"<p style=\"margin: 0\">What the claimant offers:</p><ul>{support}</ul>"
            f"<p>{escape(in_the_texts(claim))}</p>"
            f"<p style=\"margin: 0\">Reviewed by:</p><ul>{reviews}</ul>"
            "<details><summary>Outside the five texts: public records</summary>"
            f"<ul>{outside}</ul></details>"
            "<details><summary>What evidence would settle it? (Open it after you have "
            f"named your own.)</summary><p>{escape(claim.would_settle)}</p></details>")


def events(claim, corpus):
    """The claim's timeline: made, repeated in each text, each denial."""
    expect_claim(claim)
    expect_corpus(corpus)
    found = [Event(claim.date, "claim", f"made by {claim.claimant}", ())]
    framings = defaultdict(list)
    for a in claim.appearances:
        framings[a.text_id].append(a.framing)
    for text_id, kinds in framings.items():
        if not corpus[text_id].published:
            continue  # a text of unknown date has no place on a timeline
        found.append(Event(corpus[text_id].published, "claim",
                           f"in {text_id} ({', '.join(sorted(set(kinds)))})", (text_id,)))
    replies = defaultdict(list)
    for r in claim.replies:
        replies[(r.date, r.kind, r.speaker, r.evidence)].append(r.text_id)
    for (day, kind, speaker, evidence), text_ids in replies.items():
        found.append(Event(day, kind, f"{speaker}: {evidence}",
                           tuple(dict.fromkeys(text_ids))))
    return sorted(found, key=lambda e: (when(e.date), e.kind != "claim"))


def _span(dates):
    dates = sorted(set(dates), key=when)
    return dates[0] if len(dates) == 1 else f"from {dates[0]} to {dates[-1]}"


def describe(claim, corpus):
    """One sentence for a screen reader: what the timeline shows."""
    expect_claim(claim)
    expect_corpus(corpus)
    published = [corpus[t].published or "at an unknown date" for t in claim.texts]
    texts = "1 text" if len(published) == 1 else f"{len(published)} texts"
    if claim.denials:
        times = "once" if len(claim.denials) == 1 else f"{len(claim.denials)} times"
        denied = f"denied {times}, {_span(d.date for d in claim.denials)}"
    else:
        denied = "no denial in these texts"
    others = [r for r in claim.replies if r.kind != "denial"]
    if others:
        kinds = ", ".join(sorted({r.kind for r in others}))
        plural = "reply" if len(others) == 1 else "replies"
        denied += f"; {len(others)} other {plural} ({kinds}), {_span(r.date for r in others)}"
    return (f"Timeline of the claim '{claim.id}': made {claim.date} by {claim.claimant}; "
            f"repeated in {texts}, published {_span(published)}; {denied}.")


def chart(claim, corpus):
    """The claim's timeline: a `charts.Chart` (a figure, a sentence, a table).

    The figure is closed before it is returned, as in `narratives.texts.timeline`:
    a notebook shows it once, as the cell's result, and pyplot keeps no
    figure open for each claim a learner picks.
    """
    import matplotlib.pyplot as plt

    found = events(claim, corpus)
    figure = plt.figure(figsize=(8, 0.45 * len(found) + 1.6))
    plt.close(figure)
    plot_timeline(found, figure.subplots(),
                  title=f"'{claim.id}': made, repeated (texts dated by publication), answered")
    return Chart(figure, describe(claim, corpus), timeline_table(found))


def _short(statement, limit=60):
    """A statement cut to `limit` characters at a word boundary."""
    if len(statement) <= limit:
        return statement
    return statement[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Comparer:
    """A widget: pick a claim, read its appearances and replies side by side."""

    def __init__(self, corpus, claims=None, claim_id=None):
        import ipywidgets as widgets

        self.corpus = expect_corpus(corpus)
        self.claims = expect_claims(claims, by_id=True) if claims is not None else load(corpus)
        claim_id = self.claims[claim_id].id if claim_id is not None else None  # a clear error
        self.menu = widgets.Dropdown(
            options=[(f"{c.id} · {_short(c.statement)}", c.id) for c in self.claims],
            value=claim_id or self.claims[0].id, description="Claim:",
            layout=widgets.Layout(width="max-content"))
        self.heading = widgets.HTML()
        self.appearances = widgets.HTML(layout=widgets.Layout(width="50%"))
        self.denials = widgets.HTML(layout=widgets.Layout(width="50%"))
        self.caption = widgets.HTML()
        self.chart = widgets.Output()
        self.figure, self.redraws = None, 0
        self.menu.observe(lambda change: self.show(change["new"]), names="value")
        self.widget = widgets.VBox([
            self.menu, self.heading, widgets.HTML(LEGEND),
            widgets.HBox([self.appearances, self.denials]), self.caption, self.chart])
        self.widget.add_class("claims-comparer")
        self.widget.add_class("narratives-widget")
        self.show(self.menu.value)

    def show(self, claim_id):
        """Show the claim with this id: panels, caption and a new chart."""
        claim = self.claims[claim_id]
        words = sides(claim)
        self.heading.value = heading(claim, self.corpus)
        self.appearances.value = panel(claim, self.corpus, "appearances", words)
        self.denials.value = panel(claim, self.corpus, "denials", words)
        description = describe(claim, self.corpus)
        self.caption.value = f"<p><i>{escape(description)}</i></p>"
        self.figure = chart(claim, self.corpus)
        # One draw per claim picked: the margins can be fitted to the labels and legend.
        show_figure(self.chart, self.figure.figure, description, self.figure.table, fit=True)
        self.redraws += 1

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)

    def __repr__(self):
        return f"<Comparer of {len(self.claims)} claims, showing {self.menu.value!r}>"
