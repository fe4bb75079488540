"""How a claim travelled and was answered: tables, dates and the words each side uses.

No table here rates a claim. They say who made it, what each side offers and of
which kind, how each reply answers it, who reviewed it with which label, in the
reviewer's own words, and what records outside the texts say. `in_the_texts`
says, by one rule for every claimant, whether any text offers evidence beyond
a party's word.

>>> from narratives import texts
>>> from narratives.claims import load
>>> found = load(texts.load())
>>> evidence_table(found["no-nato-buildup"]).column("kind of support")
['official statement by a party to the dispute', 'official statement by a party to the dispute']
>>> reviewed(found["nato-force"]), reviewed(found["strictly-defensive"])
('EUvsDisinfo: ‘Disinfo’, ‘recurring disinformation narrative’', 'no reviewer in these texts')
>>> in_the_texts(found["nato-buildup"])
"No text offers evidence for it. The burden of proof is the claimant's."
>>> in_the_texts(found["no-nato-buildup"])
'No text offers evidence for it beyond the word of a party to the dispute, speaking about itself.'
"""

from dataclasses import dataclass
from datetime import date

from ..display import Table
from ..errors import expect_claim, expect_claims, expect_corpus
from ..texts.catalog import parse_date
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


def reply_table(claim):
    """A table of a claim's replies: when, which kind, who, on what evidence, in which text.

    A denial comes from a party the claim is about, after it; a rejection from a replier
    the claim does not name (with its interest, if any); a counter-claim says the opposite, whoever says it and whenever.
    """
    expect_claim(claim)
    rows = [[r.date, r.kind, _cut(r.speaker, 40), r.evidence, r.text_id]
            for r in sorted(claim.replies, key=lambda r: when(r.date))]
    return Table(["date", "kind", "speaker", "evidence", "text"], rows,
                 caption=f"Replies to the claim '{claim.id}'")


denial_table = reply_table   # the older name


def overview(claims, corpus=None):
    """A table of every claim: who made it, about whom, when, how often it appears, its
    denials and other replies, and who reviewed it. No column rates a claim.

    How many claims each actor has says which statements the five texts carry and
    which the file's authors picked, not who claims more.
    """
    claims = expect_claims(claims)
    rows = [[c.id, _cut(c.side, 30), _cut(", ".join(c.about), 28), c.date,
             len(c.appearances), len(c.denials), len(c.replies) - len(c.denials),
             reviewed(c)] for c in claims]
    return Table(["claim", "made by", "about", "date", "appearances", "denials",
                  "other replies", "reviewed by"], rows)


def _cut(words, limit=40):
    return words if len(words) <= limit else words[:limit - 3] + "..."


def reviewed(claim):
    """Who reviewed a claim and with what label, in the reviewer's own words."""
    expect_claim(claim)
    if not claim.reviews:
        return "no reviewer in these texts"
    labels = {}
    for r in claim.reviews:
        labels.setdefault(r.reviewer, []).append(f"‘{r.rating}’")
    return "; ".join(f"{who}: {', '.join(said)}" for who, said in labels.items())


def evidence_table(claim):
    """A table of what each side offers: the claimant's support, then each reply."""
    expect_claim(claim)
    rows = [["claim", _cut(claim.claimant, 34), s.kind, s.what] for s in claim.support]
    rows += [[r.kind, _cut(r.speaker, 34), r.evidence, f"‘{_cut(r.quote, 60)}’ ({r.text_id})"]
             for r in sorted(claim.replies, key=lambda r: when(r.date))]
    return Table(["side", "who", "kind of support", "what"], rows,
                 caption=f"What each side offers on the claim '{claim.id}'")


# Kinds of support that come from outside a party's own word.
EVIDENCE_KINDS = {"documents", "named witnesses"}


def in_the_texts(claim):
    """What the five texts offer for a claim, by one rule for every claimant.

    Documents or named witnesses, from the claimant or elsewhere in the texts, count
    as evidence; a party's own statement, an argument or nothing do not. A claim with
    none may be called exactly that: no text offers evidence for it. A claim about
    others puts the burden of proof on its claimant; a party speaking about itself
    (NATO on NATO's forces) is said to be doing so.
    """
    expect_claim(claim)
    kinds = {s.kind for s in claim.support}
    if kinds & EVIDENCE_KINDS:
        return "The claimant offers evidence: " + ", ".join(sorted(kinds & EVIDENCE_KINDS)) + "."
    backing = [t for t in claim.in_texts if t.relation == "corroborates"]
    if backing:
        return ("The claimant offers none, but another passage corroborates it: "
                + "; ".join(f"‘{t.quote}’ ({t.text_id})" for t in backing) + ".")
    if "official statement by a party to the dispute" in kinds:
        found = "No text offers evidence for it beyond the word of a party to the dispute"
    elif "reasoned argument" in kinds:
        found = "No text offers evidence for it; the claimant offers an argument"
    else:
        found = "No text offers evidence for it"
    if claim.side in claim.about:
        return f"{found}, speaking about itself."
    return f"{found}. The burden of proof is the claimant's."


def outside_table(claim):
    """A table of the public records outside the five texts that bear on a claim."""
    expect_claim(claim)
    rows = [[o.date, o.relation, _cut(o.record, 60), o.citation] for o in claim.outside]
    return Table(["date", "relation", "record (outside the texts)", "citation"], rows,
                 caption=(f"Records outside the five texts on the claim '{claim.id}'"
                          if rows else f"No record outside the texts is filed for "
                          f"'{claim.id}' yet: a search of wire reports of the day, official "
                          "transcripts and inquiries is the next step."))


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
    denial_only: tuple  # only in the replies


def words(quotes, stopwords):
    """The set of words in some quotes; stopwords and one-letter pieces left out."""
    found = {normalize(w) for quote in quotes for w in tokens(quote)}
    return {w for w in found if len(w) > 1 or w.isdigit()} - set(stopwords)


def sides(claim, stopwords=None):
    """Which words a claim's appearances and its replies share, and which not."""
    expect_claim(claim)
    stop = stopword_set(stopwords)
    said = words((a.quote for a in claim.appearances), stop)
    denied = words((r.quote for r in claim.replies), stop)
    return Sides(tuple(sorted(said & denied)), tuple(sorted(said - denied)),
                 tuple(sorted(denied - said)))

