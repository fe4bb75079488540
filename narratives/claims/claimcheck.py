"""The claims file's rules: what each record must hold, and `check`, which lists each break.

A claim needs its fields (who asserts it, about whom, what would settle it),
an ISO date, at least one appearance; each appearance, reply or review quotes
a text exactly at its offsets, outside the boilerplate; framings, kinds of
reply and kinds of evidence come from fixed lists; a denial comes from a
party the claim is about, no earlier than the claim; a record outside the
texts is named, dated and cited; a reviewer is described (who runs and funds
it) and rates in its own words.
`claimfile.load` refuses a file with any problem and lists them all:

>>> from narratives import texts
>>> check({"claims": []}, texts.load())
[]
>>> check([], texts.load())
['the file should hold {"claims": [...]}, a list of claims.']
"""

from datetime import date, timedelta

from ..errors import expect_corpus
from ..texts.catalog import parse_date

FRAMINGS = ("asserted", "attributed", "reported-and-rebutted")
# The kinds of support a claim or a denial offers. An official statement by a party to
# the dispute (NATO about NATO, Minsk about Minsk) puts a position on the record; it is
# not independent proof, whichever side makes it.
EVIDENCE = ("documents", "named witnesses", "official statement by a party to the dispute",
            "reasoned argument", "points to missing evidence", "none offered")
# A reply is a denial only when it comes after the claim from a party the claim is about;
# a replier the claim does not name that calls it false or unproven rejects it (its party
# says the replier's interest, if any: not named is not neutral); anyone else who says the
# opposite (before or after) makes a counter-claim.
REPLY_KINDS = ("denial", "rejection", "counter-claim")
# How a record outside the texts bears on a claim ("records": it documents who said what
# and when; "context": background both sides agree on).
RELATIONS = ("corroborates", "contradicts", "records", "context")
CLAIMANT_TYPES = ("Person", "Organization")

CLAIM_FIELDS = ("id", "statement", "side", "claimant", "claimant_type", "subject", "date",
                "would_settle")
APPEARANCE_FIELDS = ("text_id", "quote", "framing", "speaker")
REPLY_FIELDS = ("kind", "text_id", "quote", "speaker", "party", "date", "evidence")
IN_TEXT_FIELDS = ("relation", "text_id", "quote", "note")
OUTSIDE_FIELDS = ("relation", "record", "date", "citation", "what")
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
        about = claim.get("about")
        if not (isinstance(about, list) and about
                and all(isinstance(a, str) and a.strip() for a in about)):
            problems.append(f"{where}: 'about' should list the parties the claim is about, "
                            'e.g. ["NATO"].')
            about = []
        appearances, replies = claim.get("appearances"), claim.get("replies")
        if not isinstance(appearances, list) or not appearances:
            problems.append(f"{where}: give it at least one appearance.")
            appearances = []
        if not isinstance(replies, list):
            problems.append(f"{where}: replies should be a list (it may be empty: []).")
            replies = []
        for m, item in enumerate(appearances, start=1):
            problems += _quote(item, APPEARANCE_FIELDS, f"{where}, appearance {m}", corpus)
            if isinstance(item, dict) and item.get("framing") not in FRAMINGS:
                problems.append(f"{where}, appearance {m}: framing {item.get('framing')!r} "
                                f"should be one of: {', '.join(FRAMINGS)}.")
        for m, item in enumerate(replies, start=1):
            problems += _reply(item, claim, about, f"{where}, reply {m}", corpus)
        problems += _support(claim.get("support"), where)
        problems += _in_texts(claim.get("in_texts", []), where, corpus)
        problems += _outside(claim.get("outside", []), where)
        problems += _reviews(claim.get("reviews", []), reviewers, where, corpus)
    return problems


def _reply(item, claim, about, where, corpus):
    """One reply: quoted at its offsets, of a known kind; a denial by a party, not earlier."""
    problems = _quote(item, REPLY_FIELDS, where, corpus)
    if not isinstance(item, dict):
        return problems
    problems += _bad_date(item.get("date"), where)
    if item.get("evidence") not in EVIDENCE:
        problems.append(f"{where}: evidence {item.get('evidence')!r} should be one of: "
                        f"{', '.join(EVIDENCE)}.")
    if item.get("kind") not in REPLY_KINDS:
        problems.append(f"{where}: kind {item.get('kind')!r} should be one of: "
                        f"{', '.join(REPLY_KINDS)}.")
    elif item["kind"] == "denial":
        if item.get("party") not in about:
            problems.append(f"{where}: a denial comes from a party the claim is about "
                            f"({', '.join(about) or 'none given'}), not from "
                            f"{item.get('party')!r}; call it a rejection or a counter-claim.")
        if before(item.get("date"), claim.get("date")):
            problems.append(f"{where}: a denial dated {item.get('date')} cannot answer a claim "
                            f"made on {claim.get('date')}; call it a counter-claim.")
    return problems


def before(first, second):
    """True when ISO date `first` ends before `second` can begin (any precision)."""
    if parse_date(first or "") is None or parse_date(second or "") is None:
        return False
    return last_day(first) < parse_date(second)


def last_day(iso):
    """The last day an ISO date of any precision can mean: 2020-08 -> 2020-08-31."""
    first = parse_date(iso)
    if len(iso) == 10:
        return first
    if len(iso) == 7:
        return date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(1)
    return date(first.year, 12, 31)


def _in_texts(items, where, corpus):
    """What in the texts, beyond the replies, corroborates or contradicts the claim."""
    if not isinstance(items, list):
        return [f"{where}: in_texts should be a list (it may be left out)."]
    problems = []
    for m, item in enumerate(items, start=1):
        problems += _quote(item, IN_TEXT_FIELDS, f"{where}, in_texts {m}", corpus)
        if isinstance(item, dict) and item.get("relation") not in RELATIONS:
            problems.append(f"{where}, in_texts {m}: relation should be one of: "
                            f"{', '.join(RELATIONS)}.")
    return problems


def _outside(items, where):
    """Records outside the texts: each named, dated, cited with its address."""
    if not isinstance(items, list):
        return [f"{where}: outside should be a list (it may be empty: [])."]
    problems = []
    for m, item in enumerate(items, start=1):
        here = f"{where}, outside {m}"
        if not isinstance(item, dict):
            problems.append(f"{here} should be an object {{...}}.")
            continue
        problems += _missing(item, OUTSIDE_FIELDS, here)
        problems += _bad_date(item.get("date"), here)
        if item.get("relation") not in RELATIONS:
            problems.append(f"{here}: relation should be one of: {', '.join(RELATIONS)}.")
        if not str(item.get("citation", "")).startswith("https://"):
            problems.append(f"{here}: cite the record with its https:// address.")
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
    """The problems of one appearance, reply or review: is its quote at its offsets?"""
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
