"""From a phrase a learner types to exact offsets in a text's body.

Learners type curly quotes as straight ones, add spaces, change capitals and
cut words short; `find_span` forgives all of that and answers with offsets
into the verbatim body, widened to whole words:

>>> found = find_span("Lukashenka said: ‘Western masterminds’.", "'western master")
>>> found.start, found.end, found.text
(17, 37, '‘Western masterminds')
>>> find_span("NATO or NATO?", "nato", occurrence=2).start
8
"""

import re
import unicodedata
from dataclasses import dataclass

from ..errors import NarrativesError, expect_int, expect_str
from ..texts.sentences import WORD, WORD_CHAR

# A character that can be part of a word token (letters, digits, inner - ' ’).
_IN_WORD = re.compile(rf"{WORD_CHAR}|[-'’]")


def _word_around(body, offset):
    """`(start, end)` of the word token that `offset` falls strictly inside, or None.

    Only the word itself is read, never the whole body: finding a phrase stays
    linear however long the text.
    """
    if not 0 < offset < len(body):
        return None
    left = offset
    while left > 0 and _IN_WORD.match(body, left - 1):
        left -= 1
    for match in WORD.finditer(body, left):
        if match.start() >= offset:
            return None
        if match.end() > offset:
            return match.span()
    return None


def on_word_boundaries(body, start, end):
    """True when neither end of `body[start:end]` cuts through a word."""
    expect_str(body, "the body")
    expect_int(start, "start")
    expect_int(end, "end")
    return _word_around(body, start) is None and _word_around(body, end) is None


# Longer phrases are a paste gone wrong, and their search pattern would be slow to build.
MAX_PHRASE = 2000

# Characters a learner may type for one another: quotes, apostrophes, dashes.
_LOOKALIKES = ["'‘’‚‛`´′", '"“”„‟«»″', "-‐‑‒–—"]


def _pattern(phrase):
    """A regular expression that finds `phrase` whatever its quotes and spacing."""
    parts = []
    for piece in re.split(r"(\s+)", phrase.strip()):
        if piece.isspace():
            parts.append(r"\s+")
            continue
        for char in piece:
            group = next((g for g in _LOOKALIKES if char in g), None)
            parts.append(f"[{re.escape(group)}]" if group else re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE)


def _snap(body, start, end):
    """Widen `start` and `end` to the edges of the words they fall inside."""
    around = _word_around(body, start)
    if around:
        start = around[0]
    around = _word_around(body, end)
    if around:
        end = around[1]
    return start, end


def _matches(body, phrase, start, end):
    """`(start, end)` of each match, widened to whole words.

    Matches that begin where a word begins come first choice ('rat' finds
    'rats', not the middle of 'demonstrators'); only when there are none do
    matches inside words count ('ukashenk' finds 'Lukashenka').
    """
    raw = [m.span() for m in _pattern(phrase).finditer(body, start, end)]
    at_word_start = [(s, e) for s, e in raw if _snap(body, s, e)[0] == s]
    return list(dict.fromkeys(_snap(body, s, e) for s, e in at_word_start or raw))


def _ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass(frozen=True)
class Found:
    """Where a phrase is in a text: offsets into its body, and how many times it occurs."""
    start: int
    end: int
    text: str         # the words exactly as the text has them
    occurrence: int   # which one this is, counting from 1
    count: int        # how many times the phrase occurs where we looked

    def __iter__(self):
        # So that `start, end = find_span(...)` works.
        return iter((self.start, self.end))

    @property
    def note(self):
        """What to know when the phrase occurs more than once."""
        if self.count == 1:
            return ""
        return (f"{self.text!r} occurs {self.count} times here; this is the "
                f"{_ordinal(self.occurrence)}. To tag another, type a longer phrase, "
                f"or give occurrence= a number from 1 to {self.count}.")


def find_span(text, phrase, occurrence=1, within=None):
    """Find `phrase` in a text's body; return a `Found` with exact offsets.

    `text` is a Text (or a plain string). Curly and straight quotes, dashes,
    capitals and runs of spaces may differ from the text. The match is widened
    to whole words ('rat' finds 'rats'). `within` limits the search to a
    Sentence or a `(start, end)` pair. When the phrase occurs more than once,
    `occurrence` says which one (1 for the first); the result's `note` says so.
    """
    body = getattr(text, "body", text)
    if not isinstance(body, str):
        raise NarrativesError(f"{_short(text)} is not a text: give a Text, e.g. "
                              "corpus['pravda-bury'], or a string.")
    name = f"text {text.id!r}" if hasattr(text, "id") else "the text"
    try:
        start, end = (0, len(body)) if within is None else (
            (within.start, within.end) if hasattr(within, "start") else within)
        start, end = int(start), int(end)
        if not 0 <= start <= end <= len(body):
            raise ValueError("outside the text")
    except (TypeError, ValueError, OverflowError):
        raise NarrativesError(f"within={_short(within)} is not a sentence or a (start, end) "
                              "pair of offsets.") from None
    where = f"sentence {within.number} of {name}" if hasattr(within, "number") else name
    if not isinstance(phrase, str) or not phrase.strip():
        raise NarrativesError("Type the words you want to tag: the phrase is empty.")
    if len(phrase) > MAX_PHRASE:
        raise NarrativesError(f"The phrase is {len(phrase):,} characters long; a span is a "
                              f"passage of a few sentences at most. Type at most "
                              f"{MAX_PHRASE:,} characters.")
    phrase = unicodedata.normalize("NFC", phrase)   # as the texts are: see texts.folder.as_body
    matches = _matches(body, phrase, start, end)
    if not matches:
        raise NarrativesError(f"{phrase.strip()!r} is not in {where}. Copy the words from "
                              "the text: spelling counts; capitals, spaces and the kind of "
                              "quotes do not." + _elsewhere(text, phrase, within))
    if not isinstance(occurrence, int) or not 1 <= occurrence <= len(matches):
        raise NarrativesError(f"{phrase.strip()!r} occurs {len(matches)} time(s) in {where}, "
                              f"so occurrence={occurrence!r} does not exist. Give a whole "
                              f"number from 1 to {len(matches)}.")
    s, e = matches[occurrence - 1]
    return Found(s, e, body[s:e], occurrence, len(matches))


def _short(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _elsewhere(text, phrase, within):
    """A pointer to the sentences that do hold the phrase, if any."""
    if within is None or not hasattr(text, "sentences"):
        return ""
    numbers = sorted({text.sentence_at(m.start()).number
                      for m in _pattern(phrase).finditer(text.body)
                      if text.sentence_at(m.start())})
    if not numbers:
        return ""
    return f" It is in sentence {', '.join(map(str, numbers))} of this text."
