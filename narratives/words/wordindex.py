"""The word index: each text's words counted once, then reused by every query.

A word here is a token of `narratives.texts.sentences.WORD` outside the
boilerplate, in lower case, with a curly apostrophe (’) read as a straight
one ('), so that "NATO’s" and "NATO's" are one word. Learners' functions live
in `narratives.words`; this module is the machinery under them.

>>> from narratives import texts
>>> text = texts.load()["pravda-bury"]
>>> entry = text_index(text)
>>> entry.counts["nato"], entry.total
(21, 708)
>>> text_index(text) is entry      # counted once, found again
True
>>> normalize("NATO’s")
"nato's"
"""

import bisect
import unicodedata
import weakref
from collections import Counter
from dataclasses import fields
from functools import cached_property, lru_cache

from ..errors import NarrativesError
from ..texts import Corpus
from ..texts.sentences import WORD
from .stopwords import STOPWORDS, normalize, read_stopwords, stopword_set  # noqa: F401 (this API)
from .wholeword import MARK, find_whole_word, whole_word  # noqa: F401 (whole_word: this API)

NOT_COLUMNS = ("body", "boilerplate", "path")   # Text fields that are not catalog columns


# ---------------------------------------------------------------- the index

class TextIndex:
    """One text's words: counted at once; a word's places found when first asked for."""

    def __init__(self, text):
        self.body = body = text.body
        # A weak link to the text, for its content spans when they are first needed
        # (an index never keeps its text alive: it goes when the text goes).
        self._text = weakref.ref(text)
        # Where the words are: the body between its boilerplate lines.
        self.regions = list(_outside(body, text.boilerplate))
        lowered = normalize(body)   # counted, then let go: the body is not kept twice
        # Lower-casing nearly always keeps every character in place; then the words
        # are found in the lower-cased body, and their offsets still point into `body`.
        self.same_places = len(lowered) == len(body)
        counts = Counter()
        for start, end in self.regions:
            if self.same_places:
                counts.update(WORD.findall(lowered, start, end))
            else:
                counts.update(map(normalize, WORD.findall(body, start, end)))
        self.counts = counts
        self.total = sum(counts.values())
        self._places, self._positions = {}, {}   # filled as words are asked for

    @cached_property
    def has_marks(self):
        """Whether any word of the text holds a combining mark (Devanagari, say): only
        then must a word's edges be checked for marks, a slower pattern to compile."""
        return any(MARK.search(word) for word in self.counts)

    @cached_property
    def spans(self):
        """The text's content spans: `(start, end)` of each line that is not boilerplate."""
        return self._text().content_spans

    def places(self, word):
        """`(start, end)` of each use of `word` (normalized), in order."""
        found = self._places.get(word)
        if found is None:
            if not self.counts.get(word):
                found = []   # counted already: not in this text, nothing to search
            elif self.same_places:
                # Lower-cased again for each new word rather than kept: a copy of
                # every body would double the memory, and lower-casing is quick.
                lowered = normalize(self.body)
                found = [span for start, end in self.regions for span in
                         find_whole_word(word, lowered, start, end, self.has_marks)]
            else:
                found = [m.span() for start, end in self.regions
                         for m in WORD.finditer(self.body, start, end)
                         if normalize(m.group()) == word]
            self._places[word] = found
        return found

    def positions(self, word):
        """How far into the content each use of `word` is (see `position`); kept once found."""
        found = self._positions.get(word)
        if found is None:
            starts, before = self._before
            # `position` for each place, written out: thousands of calls cost time.
            found = self._positions[word] = [
                (before[i] + start - starts[i]) / (before[-1] or 1)
                for start, _ in self.places(word)
                for i in (bisect.bisect_right(starts, start) - 1,)]
        return found

    @cached_property
    def _before(self):
        """Where each content span starts, and how much content comes before it."""
        starts, before = [], [0]
        for start, end in self.spans:
            starts.append(start)
            before.append(before[-1] + end - start)
        return starts, before

    def position(self, offset):
        """How far into the text's content `offset` is: 0 at the start, 1 at the end."""
        starts, before = self._before
        i = bisect.bisect_right(starts, offset) - 1
        return (before[i] + offset - starts[i]) / (before[-1] or 1)

    def line_of(self, offset):
        """The content span (a paragraph) that holds `offset`."""
        starts, _ = self._before
        return self.spans[bisect.bisect_right(starts, offset) - 1]

    def paragraphs(self):
        """The words of each content span, normalized, one list each."""
        return [[normalize(w) for w in WORD.findall(self.body, start, end)]
                for start, end in self.spans]


def _outside(body, boilerplate):
    """`(start, end)` of each stretch of the body between boilerplate lines.

    A word never crosses a line break, so these few stretches hold the same
    words as the text's content lines, and are searched much faster than
    hundreds of lines one by one.
    """
    at = 0
    for line in sorted(boilerplate, key=lambda b: b.start):
        yield at, line.start
        at = line.end
    yield at, len(body)


# Keyed on the Text object itself: a text loaded again is counted again, and
# an index is freed with its text. The entry keeps the body, not the Text.
_INDEX = weakref.WeakKeyDictionary()


def text_index(text):
    """The TextIndex of a text, built the first time it is asked for."""
    entry = _INDEX.get(text)
    if entry is None:
        entry = _INDEX[text] = TextIndex(text)
    return entry


def index(corpus):
    """Count every text of a corpus now, so the first query is as fast as the rest."""
    return [text_index(text) for text in as_texts(corpus)]


def summed(entries):
    """`(counts, total)` of a tuple of TextIndex entries together (kept for reuse).

    The last 64 sums are kept, each under weak links to its entries: a kept
    sum never keeps texts in memory, and is never mistaken for another's.
    """
    return _summed(tuple(weakref.ref(entry) for entry in entries))


@lru_cache(maxsize=64)
def _summed(links):
    # Written out rather than Counter.update: half the time, for a class's hundreds of texts.
    counts = Counter()
    get = counts.get
    for link in links:
        for word, n in link().counts.items():
            counts[word] = get(word, 0) + n
    return counts, sum(link().total for link in links)


summed.cache_clear = _summed.cache_clear


# ---------------------------------------------------------------- inputs

def as_texts(texts, what="texts"):
    """A corpus, a list of texts or one text, as a list of texts."""
    if hasattr(texts, "body") and hasattr(texts, "content_spans"):
        return [texts]
    if isinstance(texts, Corpus) and texts.texts:
        return list(texts.texts)   # a corpus holds texts only: no need to look at each
    try:
        found = list(texts)
    except TypeError:
        found = None
    if not found or not all(hasattr(t, "body") and hasattr(t, "content_spans") for t in found):
        raise NarrativesError(f"The {what} should be a corpus, a text, or a list of texts "
                              "such as [corpus['pravda-bury']]; "
                              f"this is {texts!r:.60}.")
    return found


def as_words(words):
    """One word or a list of words, checked and normalized, in the order given.

    A string may hold several words separated by commas: "nato, regime".
    """
    if isinstance(words, str):
        words = [w for w in words.split(",") if w.strip()]
    if not isinstance(words, (list, tuple, set, frozenset)) or not words:
        raise NarrativesError("Give one word in quotes, such as 'nato', or a list of "
                              "words, such as ['nato', 'regime'].")
    found = []
    for word in (sorted(words, key=str) if isinstance(words, (set, frozenset)) else words):
        if isinstance(word, str):   # typed decomposed ("е" + "̈") finds the text's "ё"
            word = unicodedata.normalize("NFC", word)
        if not isinstance(word, str) or not WORD.fullmatch(word.strip()):
            raise NarrativesError(f"{word!r} is not one word. Counts are of single words "
                                  "(letters or digits, perhaps joined by a hyphen or an "
                                  "apostrophe): give each word on its own.")
        if normalize(word.strip()) not in found:
            found.append(normalize(word.strip()))
    return found


def groups(texts, by=None):
    """{group name: [texts]}: each text alone, or grouped by a catalog column or a dict.

    `by` is None (each text is its own group), the name of a catalog column
    such as "outlet_kind", or a dict {group name: [text ids or texts]}.
    """
    texts = as_texts(texts)
    if by is None or by in ("id", "text"):
        return {t.id: [t] for t in texts}
    if isinstance(by, str):
        columns = [f.name for f in fields(texts[0]) if f.name not in NOT_COLUMNS]
        if by not in columns:
            raise NarrativesError(f"There is no catalog column {by!r}. Group by one of: "
                                  + ", ".join(columns) + ", or by a dict of your own "
                                  "groups, such as {'mine': ['pravda-bury']}.")
        found = {}
        for text in texts:
            found.setdefault(getattr(text, by) or "(not given)", []).append(text)
        return found
    if isinstance(by, dict):
        by_id = {t.id: t for t in texts}
        found = {}
        for name, members in by.items():
            if isinstance(members, str) or not hasattr(members, "__iter__"):
                members = [members]
            members = list(members)
            chosen = []
            for member in members:
                key = getattr(member, "id", member)
                if key not in by_id:
                    raise NarrativesError(f"Group {name!r} names {key!r}, which is not one of "
                                          "the texts: " + ", ".join(by_id) + ".")
                chosen.append(by_id[key])
            if not chosen:
                raise NarrativesError(f"Group {name!r} has no texts. Give it at least one.")
            found[str(name)] = chosen
        return found
    raise NarrativesError("`by` should be None, a catalog column name such as "
                          "'outlet_kind', or a dict such as {'mine': ['pravda-bury']}.")
