"""How a claim travelled and was answered: tables, dates and the words each side uses."""

from dataclasses import dataclass
from datetime import date

from ..display import Table
from ..texts.folder import parse_date
from ..texts.sentences import tokens
from ..texts.timeline import Event
from ..words.wordindex import normalize, stopword_set
from .attribution import attribution


def when(iso):
    """A sort key for ISO dates of any precision: a month sorts after its days.

    A missing date, or one that is not ISO, sorts last.
    """
    if not iso or parse_date(iso) is None:
        return date.max, date.max
    first, after = Event(iso, "", "", ()).span()
    return after, first


def travel(claim, corpus):
    """A table of where a claim appears, oldest text first."""
    dated = sorted(claim.appearances, key=lambda a: (when(corpus[a.text_id].published),
                                                     a.text_id, a.start))
    rows = [[corpus[a.text_id].published, a.text_id, corpus[a.text_id].outlet_kind,
             a.framing, a.speaker] for a in dated]
    return Table(["published", "text", "outlet kind", "framing", "pinned on"], rows,
                 caption=f"Where the claim '{claim.id}' appears")


def said_how(claim, corpus):
    """A table of each appearance: its framing, and the reporting word found near it."""
    rows = []
    for a in claim.appearances:
        found = attribution(corpus[a.text_id], a.start, a.end)
        quote = a.quote if len(a.quote) < 45 else a.quote[:42] + "..."
        rows.append([a.text_id, quote, a.framing, found.cue if found else "(none)",
                     (found.speaker or "no one named") if found else "(own voice)"])
    return Table(["text", "quote", "framing", "reporting word", "pinned on"], rows,
                 caption=f"How the texts attribute the claim '{claim.id}'")


def denial_table(claim):
    """A table of a claim's denials: when, who, on what evidence, in which text."""
    rows = [[d.date, d.speaker, d.evidence, d.text_id]
            for d in sorted(claim.denials, key=lambda d: when(d.date))]
    return Table(["date", "speaker", "evidence", "text"], rows,
                 caption=f"Denials of the claim '{claim.id}'")


def overview(claims, corpus):
    """A table of every claim: who made it, when, how often it appears and is denied."""
    rows = [[c.id, c.claimant if len(c.claimant) < 40 else c.claimant[:37] + "...", c.date,
             len(c.appearances), len(c.denials), verdict(c, corpus)] for c in claims]
    return Table(["claim", "claimant", "date", "appearances", "denials", "verdict"], rows)


def verdict(claim, corpus):
    """A one-phrase rating drawn from the denials, strongest evidence first.

    False: a documented fact denies it, or a fact-check page rebuts it with
    more than a missing proof; No evidence: a denial says it has no proof;
    Denied: official statements deny it; Disputed: a text argues against
    it without evidence, or rebuts it without a denial; else Not rebutted
    in these texts.
    """
    evidence = {d.evidence for d in claim.denials}
    checkers = {a.text_id for a in claim.appearances if a.framing == "reported-and-rebutted"
                and corpus[a.text_id].outlet_kind == "fact-check database"}
    checked = {d.evidence for d in claim.denials if d.text_id in checkers}
    if "documented fact" in evidence or checked - {"absence of evidence"}:
        return "False"
    if "absence of evidence" in evidence:
        return "No evidence"
    if "official statement" in evidence:
        return "Denied"
    if evidence or any(a.framing == "reported-and-rebutted" for a in claim.appearances):
        return "Disputed"
    return "Not rebutted in these texts"


def days_to_first_denial(claim):
    """Days from the claim to its first denial, when both are dated to the day."""
    first = claim.first_denial()
    if first is None or len(claim.date) != 10:
        return None
    return (date.fromisoformat(first.date) - date.fromisoformat(claim.date)).days


# ------------------------------------------------------------ words both sides use

@dataclass(frozen=True)
class Sides:
    """The words of a claim's quotes against those of its denials."""
    shared: tuple       # in both, sorted
    claim_only: tuple   # only in the appearances
    denial_only: tuple  # only in the denials


def words(quotes, stopwords):
    """The set of words in some quotes; stopwords and one-letter pieces left out."""
    found = {normalize(w) for quote in quotes for w in tokens(quote)}
    return {w for w in found if len(w) > 1 or w.isdigit()} - set(stopwords)


def sides(claim, stopwords=None):
    """Which words a claim's appearances and its denials share, and which not."""
    stop = stopword_set(stopwords)
    said = words((a.quote for a in claim.appearances), stop)
    denied = words((d.quote for d in claim.denials), stop)
    return Sides(tuple(sorted(said & denied)), tuple(sorted(said - denied)),
                 tuple(sorted(denied - said)))

