"""The claims file, `texts/claims.json`: its records, read and checked.

The rules a file must keep, and `check`, are in `claimcheck`.

Each claim has an id, a neutral one-line statement, the actor it comes from
(`side`), a claimant, whom it is about, a date, what the claimant offers as
support, its appearances, its replies, the reviews a named reviewer gave it
(the label in the reviewer's own words), records outside the texts that bear
on it (named, dated, cited) and the evidence that would settle it. The file
rates nothing itself. A reply is a *denial* only when a party the claim is
about makes it, after the claim; a replier the claim does not name that
calls it false or unproven *rejects* it (its `party` says whose interest
it has, if any: not named is not neutral); anyone else who says the opposite makes a
*counter-claim*. Each appearance, reply or review quotes a text and gives
the quote's offsets into that text's body. `load` refuses a file in which
any quote is not exactly at its offsets, and says where it is.

>>> from narratives import texts
>>> corpus = texts.load()
>>> claims = load(corpus)
>>> denial = claims["us-coup"].denials[0]
>>> corpus[denial.text_id].body[denial.start:denial.end], denial.party
('Washington later denied these allegations', 'the United States')
>>> [(r.kind, r.speaker.split(",")[0]) for r in claims["strictly-defensive"].replies]
[('counter-claim', 'Alexander Lukashenko'), ('counter-claim', 'Alexei Bychkov')]
>>> review = claims["nato-force"].reviews[0]
>>> review.reviewer, review.rating
('EUvsDisinfo', 'Disinfo')
>>> check({"claims": [{"id": "x"}]}, corpus)[:2]
["claim x: 'statement' is missing or empty.", "claim x: 'side' is missing or empty."]
"""

import json
from dataclasses import dataclass

from ..errors import NarrativesError, expect_corpus, expect_path
from ..paths import TEXTS
from ..texts import load as load_texts
from .claimcheck import (CLAIMANT_TYPES, EVIDENCE, FRAMINGS, RELATIONS,  # noqa: F401 (API)
                         REPLY_KINDS, check)

CLAIMS = TEXTS / "claims.json"


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
class Reply:
    """Words that answer a claim: of which kind, who said them for whom, when, on what."""
    text_id: str
    quote: str
    start: int
    end: int
    speaker: str
    date: str       # ISO, as precise as the text allows: 2020-08-16, 2020-08 or 2021
    evidence: str   # one of EVIDENCE
    note: str = ""
    kind: str = "denial"   # one of REPLY_KINDS
    party: str = ""        # whom the speaker speaks for ('NATO'), or for a rejection the
                           # replier and its interest: 'not a party named in the claim...'


Denial = Reply   # the older name: a denial is one kind of reply


@dataclass(frozen=True)
class InText:
    """Words in the texts, beyond the replies, that corroborate or contradict a claim."""
    relation: str
    text_id: str
    quote: str
    start: int
    end: int
    note: str = ""


@dataclass(frozen=True)
class Outside:
    """A public record outside the five texts that bears on a claim, with its citation."""
    relation: str   # one of RELATIONS
    record: str     # what the record is, by name
    date: str
    citation: str   # its https:// address
    what: str       # what it says that bears on the claim


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
    """A checkable claim: who makes it about whom, its support, appearances, replies,
    reviews and the records outside the texts that bear on it."""
    id: str
    statement: str
    claimant: str
    claimant_type: str
    date: str
    appearances: tuple
    replies: tuple
    note: str = ""
    side: str = ""
    support: tuple = ()
    reviews: tuple = ()
    would_settle: str = ""
    about: tuple = ()      # the parties the claim is about: ('NATO',)
    subject: str = ""      # the same in words: 'NATO and its forces in Poland and Lithuania'
    in_texts: tuple = ()
    outside: tuple = ()

    @property
    def texts(self):
        """The ids of the texts it appears in, each once, in order."""
        return tuple(dict.fromkeys(a.text_id for a in self.appearances))

    @property
    def denials(self):
        """The replies that are denials: by a party the claim is about, after the claim."""
        return tuple(r for r in self.replies if r.kind == "denial")

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
                    "about": tuple(item["about"]),
                    "appearances": tuple(Appearance(**_known(Appearance, a))
                                         for a in item["appearances"]),
                    "replies": tuple(Reply(**_known(Reply, r)) for r in item["replies"]),
                    "in_texts": tuple(InText(**_known(InText, t))
                                      for t in item.get("in_texts", [])),
                    "outside": tuple(Outside(**_known(Outside, o))
                                     for o in item.get("outside", [])),
                    "support": tuple(Support(**_known(Support, s))
                                     for s in item.get("support", [])),
                    "reviews": tuple(Review(**_known(Review, r),
                                            about=reviewers.get(r["reviewer"], ""))
                                     for r in item.get("reviews", []))})
