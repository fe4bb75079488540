"""Claims and their denials: where each claim appears, who denies it, and how.

`texts/claims.json` lists the checkable claims in the five texts (see
`narratives.claims.claimfile`). Every appearance and every denial points at its
words with offsets into a text's body: `body[start:end] == quote`.

>>> from narratives import texts
>>> corpus = texts.load()
>>> claims = load(corpus)
>>> claim = claims["polish-flags"]
>>> claim.statement
'Polish flags were being waved in Hrodna.'
>>> [(a.text_id, a.framing) for a in claim.appearances]
[('bogus-threat', 'reported-and-rebutted')]
>>> claim.denials[0].evidence, verdict(claim, corpus)
('absence of evidence', 'No evidence')
>>> sides(claims["western-regions"], stopwords={"of", "in", "the", "and"}).shared
('belarus', 'borders', 'nato')

Behind this front: `claimfile` (reading and checking `claims.json`),
`analysis` (tables, dates, words both sides use), `attribution` (who a quote is
pinned on), `claimreview` (a schema.org ClaimReview) and `comparer` (the widget).
"""

# Learners import everything from here: `from narratives import claims`.
from . import comparer  # noqa: F401 (claims.comparer.chart in lesson 03)
from .analysis import (Sides, days_to_first_denial, denial_table, overview, said_how, sides, travel,
                       verdict, when)
from .attribution import Attribution, attribution
from .claimfile import (CLAIMANT_TYPES, EVIDENCE, FRAMINGS, Appearance, Claim, Claims, Denial,
                        check, load)
from .claimreview import to_claimreview
from .comparer import Comparer

__all__ = ["CLAIMANT_TYPES", "EVIDENCE", "FRAMINGS", "Appearance", "Attribution", "Claim",
           "Claims", "Comparer", "Denial", "Sides", "attribution", "check", "comparer",
           "days_to_first_denial", "denial_table", "load", "overview",
           "said_how", "sides", "to_claimreview", "travel", "verdict", "when"]
