"""Claims and their answers: where each claim appears, what supports it, who answers it.

`texts/claims.json` lists the checkable claims in the five texts, from every
side (see `narratives.claims.claimfile`). Every appearance, denial and review
points at its words with offsets into a text's body: `body[start:end] == quote`.
The workbook rates no claim itself: it records who asserts a claim and about
whom, what each side offers, how each reply answers it (denial, rejection or
counter-claim), who reviewed it and with what label in the reviewer's own
words, what cited records outside the texts say, and what evidence would
settle it. The learner judges.

>>> from narratives import texts
>>> corpus = texts.load()
>>> claims = load(corpus)
>>> claim = claims["polish-flags"]
>>> claim.statement
'Polish flags were being waved in Hrodna.'
>>> [(a.text_id, a.framing) for a in claim.appearances]
[('bogus-threat', 'reported-and-rebutted')]
>>> claim.replies[0].kind, claim.replies[0].evidence, reviewed(claim)
('rejection', 'points to missing evidence', 'no reviewer in these texts')
>>> claim.denials   # a denial comes only from a party the claim is about
()
>>> claims["no-nato-buildup"].side, claims["no-nato-buildup"].support[0].kind
('NATO', 'official statement by a party to the dispute')
>>> sides(claims["western-regions"], stopwords={"of", "in", "the", "and"}).shared
('belarus', 'borders', 'nato')

Behind this front: `claimfile` (reading and checking `claims.json`),
`analysis` (tables, dates, words both sides use), `attribution` (who a quote is
pinned on), `claimreview` (a schema.org ClaimReview, only for a named
reviewer's label) and `comparer` (the widget).
"""

# Learners import everything from here: `from narratives import claims`.
from . import comparer  # noqa: F401 (claims.comparer.chart in lesson 03)
from .analysis import (Sides, days_to_first_denial, denial_table, evidence_table,
                       in_the_texts, outside_table, overview, reply_table, review_table,
                       reviewed, said_how, sides, travel, when)
from .attribution import Attribution, attribution
from .claimfile import (CLAIMANT_TYPES, EVIDENCE, FRAMINGS, RELATIONS, REPLY_KINDS,
                        Appearance, Claim, Claims, Denial, InText, Outside, Reply, Review,
                        Support, check, load)
from .claimreview import to_claimreview
from .comparer import Comparer

__all__ = ["CLAIMANT_TYPES", "EVIDENCE", "FRAMINGS", "RELATIONS", "REPLY_KINDS",
           "Appearance", "Attribution", "Claim", "Claims", "Comparer", "Denial", "InText",
           "Outside", "Reply", "Review", "Sides", "Support", "attribution", "check",
           "comparer", "days_to_first_denial", "denial_table", "evidence_table",
           "in_the_texts", "load", "outside_table", "overview", "reply_table",
           "review_table", "reviewed", "said_how", "sides", "to_claimreview", "travel",
           "when"]
