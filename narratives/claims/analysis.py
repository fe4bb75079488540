"""How a claim travelled and was answered: tables, dates and the words each side uses.

No table here rates a claim. They say who made it, what each side offers and of
which kind, and who reviewed it with which label, in the reviewer's own words.

>>> from narratives import texts
>>> from narratives.claims import load
>>> found = load(texts.load())
>>> evidence_table(found["no-nato-buildup"]).column("kind of support")
['official statement by a party to the dispute', 'official statement by a party to the dispute']
>>> reviewed(found["recon-flights"]), reviewed(found["strictly-defensive"])
('EUvsDisinfo: ‘recurring disinformation narrative’', 'no reviewer in these texts')
"""

from dataclasses import dataclass
from datetime import date

from ..display import Table
from ..errors import expect_claim, expect_claims, expect_corpus
from ..texts.folder import parse_date
from ..texts.sentences import tokens
from ..texts.timeline import Event
from ..words.wordindex import normalize, stopword_set
from .attribution import attribution


def when(iso):
    """A sort key for ISO dates of any precision: a month sorts after its days.

    A missing date, or one that is not ISO, sorts last.
    """
    if not isinstance(iso, str) or not iso or parse_date(iso) is None:
        return date.max, date.max
    first, after = Event(iso, "", "", ()).span()
    return after, first


def travel(claim, corpus):
    """A table of where a claim appears, oldest text first."""
    expect_claim(claim)
    expect_corpus(corpus)
    dated = sorted(claim.appearances, key=lambda a: (when(corpus[a.text_id].published),
                                                     a.text_id, a.start))
    rows = [[corpus[a.text_id].published, a.text_id, corpus[a.text_id].outlet_kind,
             a.framing, a.speaker] for a in dated]
    return Table(["published", "text", "outlet kind", "framing", "pinned on"], rows,
                 caption=f"Where the claim '{claim.id}' appears")


def said_how(claim, corpus):
    """A table of each appearance: its framing, and the reporting word found near it."""
    expect_claim(claim)
    expect_corpus(corpus)
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
    expect_claim(claim)
    rows = [[d.date, d.speaker, d.evidence, d.text_id]
            for d in sorted(claim.denials, key=lambda d: when(d.date))]
    return Table(["date", "speaker", "evidence", "text"], rows,
                 caption=f"Denials of the claim '{claim.id}'")


def overview(claims, corpus=None):
    """A table of every claim: its side, who made it, when, how often it appears and is
    answered, and who reviewed it. No column rates a claim: the workbook leaves that to you.
    """
    claims = expect_claims(claims)
    rows = [[c.id, c.side, _cut(c.claimant), c.date, len(c.appearances), len(c.denials),
             reviewed(c)] for c in claims]
    return Table(["claim", "side", "claimant", "date", "appearances", "answers", "reviewed by"],
                 rows)


def _cut(words, limit=40):
    return words if len(words) < limit else words[:limit - 3] + "..."


def reviewed(claim):
    """Who reviewed a claim and with what label, in the reviewer's own words."""
    expect_claim(claim)
    if not claim.reviews:
        return "no reviewer in these texts"
    return "; ".join(f"{r.reviewer}: ‘{r.rating}’" for r in claim.reviews)


def evidence_table(claim):
    """A table of what each side offers: the claimant's support, then each answer."""
    expect_claim(claim)
    rows = [["claim", claim.claimant, s.kind, s.what] for s in claim.support]
    rows += [["answer", d.speaker, d.evidence, f"‘{d.quote}’ ({d.text_id}, {d.date})"]
             for d in sorted(claim.denials, key=lambda d: when(d.date))]
    return Table(["side", "who", "kind of support", "what"], rows,
                 caption=f"What each side offers on the claim '{claim.id}'")


def review_table(claim):
    """A table of the claim's reviews: who, the label in their words, where; the caption
    says who runs each reviewer."""
    expect_claim(claim)
    rows = [[r.reviewer, r.rating, r.quote, r.text_id, r.date] for r in claim.reviews]
    about = " ".join(dict.fromkeys(f"{r.reviewer}: {r.about}" for r in claim.reviews))
    return Table(["reviewer", "label (its own words)", "in the sentence", "text", "date"], rows,
                 caption=f"Reviews of the claim '{claim.id}' in these texts. "
                         + (about or "No reviewer in these texts rated it."))


def days_to_first_denial(claim):
    """Days from the claim to its first denial, when both are dated to the day."""
    expect_claim(claim)
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
    expect_claim(claim)
    stop = stopword_set(stopwords)
    said = words((a.quote for a in claim.appearances), stop)
    denied = words((d.quote for d in claim.denials), stop)
    return Sides(tuple(sorted(said & denied)), tuple(sorted(said - denied)),
                 tuple(sorted(denied - said)))

