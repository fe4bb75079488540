"""The claims file's rules: what each record must hold, and `check`, which lists each break.

A claim needs its fields, an ISO date, at least one appearance; each
appearance, denial or review quotes a text exactly at its offsets, outside
the boilerplate; framings and kinds of evidence come from fixed lists; a
reviewer is described (who runs and funds it) and rates in its own words.
`claimfile.load` refuses a file with any problem and lists them all:

>>> from narratives import texts
>>> check({"claims": []}, texts.load())
[]
>>> check([], texts.load())
['the file should hold {"claims": [...]}, a list of claims.']
"""

from ..errors import expect_corpus
from ..texts.folder import parse_date

FRAMINGS = ("asserted", "attributed", "reported-and-rebutted")
# The kinds of support a claim or a denial offers. An official statement by a party to
# the dispute (NATO about NATO, Minsk about Minsk) puts a position on the record; it is
# not independent proof, whichever side makes it.
EVIDENCE = ("documents", "named witnesses", "official statement by a party to the dispute",
            "reasoned argument", "points to missing evidence", "none")
CLAIMANT_TYPES = ("Person", "Organization")

CLAIM_FIELDS = ("id", "statement", "side", "claimant", "claimant_type", "date",
                "would_settle")
APPEARANCE_FIELDS = ("text_id", "quote", "framing", "speaker")
DENIAL_FIELDS = ("text_id", "quote", "speaker", "date", "evidence")
REVIEW_FIELDS = ("text_id", "quote", "reviewer", "rating", "date")


def check(data, corpus):
    """A list of what is wrong with the claims `data` (empty when nothing is)."""
    expect_corpus(corpus)
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        return ['the file should hold {"claims": [...]}, a list of claims.']
    problems, seen = [], set()
    reviewers = data.get("reviewers", {})
    if not isinstance(reviewers, dict):
        problems.append('"reviewers" should be an object {name: who runs and funds it}.')
        reviewers = {}
    for n, claim in enumerate(data["claims"], start=1):
        if not isinstance(claim, dict):
            problems.append(f"claim {n} should be an object {{...}}.")
            continue
        where = f"claim {claim.get('id') or n}"
        problems += _missing(claim, CLAIM_FIELDS, where)
        if claim.get("id") in seen:
            problems.append(f"{where}: the id is used twice; give each claim its own id.")
        seen.add(claim.get("id"))
        problems += _bad_date(claim.get("date"), where)
        if claim.get("claimant_type") not in CLAIMANT_TYPES:
            problems.append(f"{where}: claimant_type should be Person or Organization.")
        appearances, denials = claim.get("appearances"), claim.get("denials")
        if not isinstance(appearances, list) or not appearances:
            problems.append(f"{where}: give it at least one appearance.")
            appearances = []
        if not isinstance(denials, list):
            problems.append(f"{where}: denials should be a list (it may be empty: []).")
            denials = []
        for m, item in enumerate(appearances, start=1):
            problems += _quote(item, APPEARANCE_FIELDS, f"{where}, appearance {m}", corpus)
            if isinstance(item, dict) and item.get("framing") not in FRAMINGS:
                problems.append(f"{where}, appearance {m}: framing {item.get('framing')!r} "
                                f"should be one of: {', '.join(FRAMINGS)}.")
        for m, item in enumerate(denials, start=1):
            problems += _quote(item, DENIAL_FIELDS, f"{where}, denial {m}", corpus)
            if isinstance(item, dict):
                problems += _bad_date(item.get("date"), f"{where}, denial {m}")
                if item.get("evidence") not in EVIDENCE:
                    problems.append(f"{where}, denial {m}: evidence {item.get('evidence')!r} "
                                    f"should be one of: {', '.join(EVIDENCE)}.")
        problems += _support(claim.get("support"), where)
        problems += _reviews(claim.get("reviews", []), reviewers, where, corpus)
    return problems


def _support(support, where):
    """What the claimant offers: a non-empty list of {kind, what}."""
    if not isinstance(support, list) or not support:
        return [f"{where}: 'support' should list what the claimant offers, at least one "
                '{"kind": ..., "what": ...} (kind "none" when the texts show nothing).']
    problems = []
    for m, item in enumerate(support, start=1):
        if not isinstance(item, dict) or item.get("kind") not in EVIDENCE:
            problems.append(f"{where}, support {m}: kind should be one of: "
                            f"{', '.join(EVIDENCE)}.")
        elif not str(item.get("what", "")).strip():
            problems.append(f"{where}, support {m}: say in 'what' what is offered.")
    return problems


def _reviews(reviews, reviewers, where, corpus):
    """Each review: a named reviewer the file describes, its own label, at its offsets."""
    if not isinstance(reviews, list):
        return [f"{where}: reviews should be a list (it may be empty: [])."]
    problems = []
    for m, item in enumerate(reviews, start=1):
        here = f"{where}, review {m}"
        problems += _quote(item, REVIEW_FIELDS, here, corpus)
        if not isinstance(item, dict):
            continue
        problems += _bad_date(item.get("date"), here)
        if item.get("reviewer") and item["reviewer"] not in reviewers:
            problems.append(f"{here}: the reviewer {item['reviewer']!r} is not described in "
                            "\"reviewers\"; say who runs and funds it there.")
        if item.get("rating") and item["rating"] not in str(item.get("quote", "")):
            problems.append(f"{here}: the rating {item['rating']!r} is not in the quote; a "
                            "rating is the reviewer's own words, copied from the text.")
    return problems


def _missing(item, fields, where):
    return [f"{where}: {name!r} is missing or empty." for name in fields
            if not isinstance(item.get(name), str) or not item[name].strip()]


def _bad_date(value, where):
    if not isinstance(value, str) or parse_date(value) is None:
        return [f"{where}: the date {value!r} should be ISO: 2020-08-16, 2020-08 or 2020."]
    return []


def _quote(item, fields, where, corpus):
    """The problems of one appearance or denial: is its quote at its offsets?"""
    if not isinstance(item, dict):
        return [f"{where} should be an object {{...}}."]
    problems = _missing(item, fields, where)
    text_id, quote, start, end = (item.get(k) for k in ("text_id", "quote", "start", "end"))
    if problems or text_id not in corpus:
        if isinstance(text_id, str) and text_id not in corpus:
            problems.append(f"{where}: there is no text {text_id!r}; the ids are "
                            f"{', '.join(corpus.ids)}.")
        return problems
    body = corpus[text_id].body
    if not (isinstance(start, int) and isinstance(end, int) and body[start:end] == quote):
        found = body.find(quote)
        hint = (f" It is at start {found}, end {found + len(quote)}." if found >= 0 else
                " The quote is not in the text at all: copy it again, character for character.")
        problems.append(f"{where}: the quote is not at start {start}, end {end} of "
                        f"{text_id}.{hint}")
    elif not any(s <= start and end <= e for s, e in corpus[text_id].content_spans):
        problems.append(f"{where}: the quote is in {text_id}'s boilerplate; quote the "
                        "article itself.")
    return problems
