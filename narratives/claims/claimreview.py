"""A claim as a schema.org ClaimReview: the record fact-checkers publish.

Fact-checkers put a ClaimReview in the markup of their own pages, as JSON-LD
(a `<script type="application/ld+json">` element that readers do not see).
Search engines and fact-check tools read it to show who reviewed a claim and
with what rating. Here every claim of `texts/claims.json` becomes one; no
URL is made up, so the record has none.

>>> review = to_claimreview("polish-flags")
>>> review["@type"], review["claimReviewed"]
('ClaimReview', 'Polish flags were being waved in Hrodna.')
>>> review["itemReviewed"]["author"]
{'@type': 'Person', 'name': 'Alexander Lukashenko'}
>>> review["reviewRating"]["alternateName"], review["author"]["name"]
('No evidence', 'Belsat')
"""

import re
from collections import Counter

from .analysis import verdict, when
from .claimfile import load


def outlet(text):
    """An outlet as a schema.org Organization: its name, and the catalog's note."""
    name, _, note = text.outlet.partition(" (")
    found = {"@type": "Organization", "name": name.strip()}
    if note:
        found["description"] = note.rstrip(")")
    return found


def reviewer(claim, corpus):
    """The text that reviews a claim, or None when none does.

    The reviewer is a text that rebuts the claim in its own voice, a
    fact-check database first; else a fact-check page that reports a denial.
    """
    rebutting = [corpus[a.text_id] for a in claim.appearances
                 if a.framing == "reported-and-rebutted"]
    reporting = [corpus[d.text_id] for d in claim.denials
                 if corpus[d.text_id].outlet_kind == "fact-check database"]
    for found in (rebutting, reporting):
        if found:
            return min(found, key=lambda t: (t.outlet_kind != "fact-check database",
                                             when(t.published)))
    return None


def explanation(claim):
    """One sentence on the denials a rating rests on."""
    if not claim.denials and any(a.framing == "reported-and-rebutted"
                                 for a in claim.appearances):
        return "No denial in these texts; a text reports it only to rebut it."
    if not claim.denials:
        return "No denial in these texts."
    counts = Counter(d.evidence for d in claim.denials)
    parts = [f"{evidence} ({n})" for evidence, n in sorted(counts.items())]
    times = "once" if len(claim.denials) == 1 else f"{len(claim.denials)} times"
    return f"Denied {times} in these texts: {', '.join(parts)}."


def to_claimreview(claim_id, corpus=None, claims=None):
    """The schema.org ClaimReview of a claim, as a dict ready for `json.dumps`.

    The review's author is the outlet of the text that reviews the claim
    (see `reviewer`); a claim no text reviews gets the workbook itself as
    reviewer, dated when `texts/claims.json` was compiled.
    """
    from ..texts import load as load_texts

    corpus = load_texts() if corpus is None else corpus
    claims = load(corpus) if claims is None else claims
    claim = claims[claim_id]
    appearances = []
    for text in sorted((corpus[t] for t in claim.texts), key=lambda t: when(t.published)):
        appearances.append({"@type": "CreativeWork", "headline": text.title,
                            "datePublished": text.published, "publisher": outlet(text)})
    review_text = reviewer(claim, corpus)
    if review_text is not None:
        author, published = outlet(review_text), review_text.published
    else:
        author = {"@type": "Organization", "name": claims.compiled_by,
                  "description": "a classroom review of five texts, not a published "
                                 "fact-check"}
        published = claims.compiled
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.statement,
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": claim.claimant_type, "name": claim.claimant},
            "datePublished": claim.date,
            "appearance": appearances,
        },
        "reviewRating": {"@type": "Rating", "alternateName": verdict(claim, corpus),
                         "ratingExplanation": explanation(claim)},
        "author": author,
        "datePublished": published,
    }


ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def problems(review):
    """What is missing or malformed in a ClaimReview dict (empty when nothing is)."""
    found = []
    if review.get("@context") != "https://schema.org" or review.get("@type") != "ClaimReview":
        found.append("@context should be https://schema.org and @type ClaimReview.")
    if not str(review.get("claimReviewed", "")).strip():
        found.append("claimReviewed should say the claim.")
    item = review.get("itemReviewed") or {}
    if item.get("@type") != "Claim":
        found.append("itemReviewed should be a Claim.")
    for where, who in (("itemReviewed author", item.get("author") or {}),
                       ("author", review.get("author") or {})):
        if who.get("@type") not in ("Person", "Organization") or not who.get("name"):
            found.append(f"{where} should be a Person or an Organization with a name.")
    if review.get("author", {}).get("@type") != "Organization":
        found.append("author, the reviewer, should be an Organization.")
    for where, value in (("itemReviewed datePublished", item.get("datePublished")),
                         ("datePublished", review.get("datePublished"))):
        if not ISO.match(str(value or "")):
            found.append(f"{where} should be an ISO date, not {value!r}.")
    rating = review.get("reviewRating") or {}
    if rating.get("@type") != "Rating" or not rating.get("alternateName"):
        found.append("reviewRating should be a Rating with an alternateName.")
    return found
