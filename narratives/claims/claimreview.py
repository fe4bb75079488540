"""A claim as a schema.org ClaimReview: the record fact-checkers publish.

Fact-checkers put a ClaimReview in the markup of their own pages, as JSON-LD
(a `<script type="application/ld+json">` element that readers do not see).
Search engines and fact-check tools read it to show who reviewed a claim and
with what rating. A ClaimReview here says only what a named reviewer said:
its author is the reviewer, its rating the reviewer's own label, copied
from the text. A claim no reviewer in the texts rated gets no ClaimReview,
and a message saying so: the workbook makes up no rating. No URL is made up
either, so the record has none.

>>> review = to_claimreview("nato-force")
>>> review["@type"], review["claimReviewed"]
('ClaimReview', 'NATO is preparing to use force against Belarus.')
>>> review["author"]["name"], review["reviewRating"]["alternateName"]
('EUvsDisinfo', 'Disinfo')
>>> to_claimreview("air-strikes")
Traceback (most recent call last):
...
narratives.errors.NarrativesError: No reviewer in the five texts rated the claim 'air-strikes', so there is no ClaimReview to write: the workbook does not rate claims itself. Claims a reviewer rated: nato-buildup, nato-force, western-regions.
"""

import re

from ..errors import NarrativesError, shown, expect_claims, expect_corpus
from .analysis import when
from .claimfile import load


def outlet(text):
    """An outlet as a schema.org Organization: its name, and the catalog's note."""
    name, _, note = text.outlet.partition(" (")
    found = {"@type": "Organization", "name": name.strip()}
    if note:
        found["description"] = note.rstrip(")")
    return found


def explanation(review):
    """Where the rating stands: the reviewer's sentence, quoted."""
    return f"In the reviewer's words: ‘{review.quote}’ ({review.text_id})."


def to_claimreview(claim_id, corpus=None, claims=None, which=0):
    """The schema.org ClaimReview of a claim's review, as a dict ready for `json.dumps`.

    `which` picks one of the claim's reviews (`claim.reviews`), the first by
    default. Raises NarrativesError when no named reviewer rated the claim.
    """
    from ..texts import load as load_texts

    corpus = load_texts() if corpus is None else expect_corpus(corpus)
    claims = load(corpus) if claims is None else expect_claims(claims, by_id=True)
    claim = claims[claim_id]
    if not claim.reviews:
        rated = ", ".join(c.id for c in claims if c.reviews) or "none"
        raise NarrativesError(
            f"No reviewer in the five texts rated the claim {claim_id!r}, so there is no "
            "ClaimReview to write: the workbook does not rate claims itself. Claims a "
            f"reviewer rated: {rated}.")
    if not isinstance(which, int) or not 0 <= which < len(claim.reviews):
        raise NarrativesError(f"which={shown(which)}: the claim {claim_id!r} has "
                              f"{len(claim.reviews)} review(s); pick one with which=0 to "
                              f"{len(claim.reviews) - 1}.")
    review = claim.reviews[which]
    appearances = []
    for text in sorted((corpus[t] for t in claim.texts), key=lambda t: when(t.published)):
        appearances.append({"@type": "CreativeWork", "headline": text.title,
                            "datePublished": text.published, "publisher": outlet(text)})
    author = {"@type": "Organization", "name": review.reviewer}
    if review.about:
        author["description"] = review.about
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
        "reviewRating": {"@type": "Rating", "alternateName": review.rating,
                         "ratingExplanation": explanation(review)},
        "author": author,
        "datePublished": review.date,
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
