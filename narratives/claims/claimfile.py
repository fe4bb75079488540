"""The claims file, `texts/claims.json`: its records, read and checked.

Each claim has an id, a neutral one-line statement, the side it comes from,
a claimant, a date, what the claimant offers as support, its appearances,
its denials (whatever in the texts answers it), the reviews a named reviewer
gave it (the label in the reviewer's own words) and the evidence that would
settle it. The file rates nothing itself. Each appearance, denial or review
quotes a text and gives the quote's offsets into that text's body. `load`
refuses a file in which any quote is not exactly at its offsets, and says
where it is.

>>> from narratives import texts
>>> corpus = texts.load()
>>> claims = load(corpus)
>>> denial = claims["us-coup"].denials[0]
>>> corpus[denial.text_id].body[denial.start:denial.end]
'Washington later denied these allegations'
>>> sorted({claim.side for claim in claims})[:3]
['Belarusian authorities', 'Belarusian opposition', 'EU (EUvsDisinfo)']
>>> review = claims["recon-flights"].reviews[0]
>>> review.reviewer, review.rating
('EUvsDisinfo', 'recurring disinformation narrative')
>>> check({"claims": [{"id": "x"}]}, corpus)[:2]
["claim x: 'statement' is missing or empty.", "claim x: 'side' is missing or empty."]
"""

import json
from dataclasses import dataclass

from ..errors import NarrativesError, expect_corpus, expect_path
from ..paths import TEXTS
from ..texts import load as load_texts
from ..texts.folder import parse_date

CLAIMS = TEXTS / "claims.json"
FRAMINGS = ("asserted", "attributed", "reported-and-rebutted")
# The kinds of support a claim or a denial offers. An official statement by a party to
# the dispute (NATO about NATO, Minsk about Minsk) puts a position on the record; it is
# not independent proof, whichever side makes it.
EVIDENCE = ("documents", "named witnesses", "official statement by a party to the dispute",
            "reasoned argument", "points to missing evidence", "none")
CLAIMANT_TYPES = ("Person", "Organization")


@dataclass(frozen=True)
class Appearance:
    """Where a claim appears, and how the text frames it."""
    text_id: str
    quote: str
    start: int
    end: int
    framing: str    # asserted, attributed or reported-and-rebutted
    speaker: str    # who the text pins it on (the outlet itself when asserted)
    note: str = ""


@dataclass(frozen=True)
class Denial:
    """Words that deny a claim: who said them, when, and on what evidence."""
    text_id: str
    quote: str
    start: int
    end: int
    speaker: str
    date: str       # ISO, as precise as the text allows: 2020-08-16, 2020-08 or 2021
    evidence: str   # one of EVIDENCE
    note: str = ""


@dataclass(frozen=True)
class Support:
    """What a claimant offers for a claim, of which kind (one of EVIDENCE)."""
    kind: str
    what: str


@dataclass(frozen=True)
class Review:
    """A named reviewer's label for a claim, in the reviewer's own words.

    `quote` is the reviewer's sentence at its offsets; `rating` is the label
    as it stands in that quote ("Disinfo", "recurring disinformation narrative").
    """
    text_id: str
    quote: str
    start: int
    end: int
    reviewer: str
    rating: str
    date: str
    about: str = ""   # who runs and funds the reviewer, from the file's "reviewers"


@dataclass(frozen=True)
class Claim:
    """A checkable claim: its side, support, appearances, answers and reviews."""
    id: str
    statement: str
    claimant: str
    claimant_type: str
    date: str
    appearances: tuple
    denials: tuple
    note: str = ""
    side: str = ""
    support: tuple = ()
    reviews: tuple = ()
    would_settle: str = ""

    @property
    def texts(self):
        """The ids of the texts it appears in, each once, in order."""
        return tuple(dict.fromkeys(a.text_id for a in self.appearances))

    def first_denial(self):
        """The earliest denial dated to the day, or None."""
        dated = [d for d in self.denials if len(d.date) == 10]
        return min(dated, key=lambda d: d.date) if dated else None


class Claims:
    """The claims of `texts/claims.json`, found by position or by id."""

    def __init__(self, claims, compiled="", compiled_by="", reviewers=None):
        self.claims = tuple(claims)
        self.compiled, self.compiled_by = compiled, compiled_by
        self.reviewers = dict(reviewers or {})
        self._by_id = {c.id: c for c in self.claims}

    @property
    def ids(self):
        return tuple(self._by_id)

    def __iter__(self):
        return iter(self.claims)

    def __len__(self):
        return len(self.claims)

    def __getitem__(self, key):
        if isinstance(key, int) and -len(self.claims) <= key < len(self.claims):
            return self.claims[key]
        try:
            return self._by_id[key]
        except (KeyError, TypeError):
            raise NarrativesError(f"There is no claim with id {key!r}. The ids are: "
                                  + ", ".join(self.ids) + ".") from None

    def __repr__(self):
        return f"<{len(self)} claims: {', '.join(self.ids)}>"


# ------------------------------------------------------------ reading and checking

def load(corpus=None, path=CLAIMS):
    """The claims in `path`, checked against the corpus's texts.

    Raises NarrativesError listing every problem: a missing field, a quote
    that is not at its offsets, a framing or evidence not in the lists.
    """
    corpus = load_texts() if corpus is None else expect_corpus(corpus)
    try:
        data = json.loads(expect_path(path, "the claims file").read_text(encoding="utf-8"))
    except OSError as error:
        raise NarrativesError(f"The claims file {path} cannot be read ({error.strerror}). "
                              "Is the path right?") from None
    except json.JSONDecodeError as error:
        raise NarrativesError(f"The claims file {path} is not valid JSON: {error.msg} at "
                              f"line {error.lineno}, column {error.colno}. A missing comma "
                              "or quotation mark is the usual cause.") from None
    problems = check(data, corpus)
    if problems:
        listing = "\n".join(f"  - {p}" for p in problems)
        raise NarrativesError(f"The claims in {path} cannot be loaded yet:\n{listing}\n"
                              "Fix these, then run the cell again.")
    reviewers = data.get("reviewers", {})
    return Claims((_claim(c, reviewers) for c in data["claims"]), data.get("compiled", ""),
                  data.get("compiled_by", ""), reviewers)


def _known(cls, item):
    """The fields of `item` that `cls` has (offsets and notes, not extra keys)."""
    return {k: v for k, v in item.items() if k in cls.__dataclass_fields__}


def _claim(item, reviewers):
    return Claim(**{**_known(Claim, item),
                    "appearances": tuple(Appearance(**_known(Appearance, a))
                                         for a in item["appearances"]),
                    "denials": tuple(Denial(**_known(Denial, d)) for d in item["denials"]),
                    "support": tuple(Support(**_known(Support, s))
                                     for s in item.get("support", [])),
                    "reviews": tuple(Review(**_known(Review, r),
                                            about=reviewers.get(r["reviewer"], ""))
                                     for r in item.get("reviews", []))})


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
