"""A text's sentences: split once, kept as offsets, made into Sentence objects when asked for.

A corpus of a million words has tens of thousands of sentences. Keeping each
as an object (with its own copy of its words) would double the memory the
texts take and cost time no one asked for; the Tagger only needs to know how
many there are and to show three at a time. So a SentenceList keeps two rows
of numbers and cuts a sentence out of the body when it is asked for.

>>> body = "NATO denied it. Minsk did not."
>>> sentences = SentenceList("t", body, [(0, 15), (16, 30)])
>>> len(sentences), sentences[1].text, sentences[-1].number
(2, 'Minsk did not.', 2)
>>> sentences.at(20).index, sentences.at(15)
(1, None)
>>> [s.text for s in sentences]
['NATO denied it.', 'Minsk did not.']
"""

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it sits in the text's body."""
    text_id: str
    index: int   # 0 for the first sentence, as in text.sentences[0]
    start: int
    end: int
    text: str

    @property
    def number(self):
        """The sentence's number as the reader shows it, counting from 1."""
        return self.index + 1


class SentenceList(Sequence):
    """The sentences of one text, in order: `len`, indexing, slicing, iterating, `at`."""

    __slots__ = ("text_id", "_body", "_starts", "_ends")

    def __init__(self, text_id, body, spans):
        self.text_id = text_id
        self._body = body   # the text's own string: no copy is made
        self._starts = array("q", (s for s, _ in spans))
        self._ends = array("q", (e for _, e in spans))

    def __len__(self):
        return len(self._starts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"{self.text_id} has {len(self)} sentences; there is no "
                             f"sentence with index {index}")
        start, end = self._starts[index], self._ends[index]
        return Sentence(self.text_id, index, start, end, self._body[start:end])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def span(self, index):
        """`(start, end)` of one sentence, without making a Sentence."""
        return self._starts[index], self._ends[index]

    def spans(self):
        """`(start, end)` of every sentence, in order, without making Sentences.

        A view, not a copy: asking costs nothing however long the text, so a
        tool may ask once per sentence (and `bisect` can search it).
        """
        return SpanView(self._starts, self._ends)

    def at(self, offset):
        """The sentence that holds character `offset` of the body, or None."""
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._ends[index]:
            return self[index]
        return None

    def __repr__(self):
        return f"<{len(self)} sentences of {self.text_id!r}>"


class SpanView(Sequence):
    """`(start, end)` pairs read from two arrays as they are asked for.

    >>> view = SpanView([0, 5], [4, 9])
    >>> len(view), view[1], list(view), view == [(0, 4), (5, 9)]
    (2, (5, 9), [(0, 4), (5, 9)], True)
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, starts, ends):
        self._starts, self._ends = starts, ends

    def __len__(self):
        return len(self._starts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._starts[index], self._ends[index]

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = None


class SentenceKeys(Sequence):
    """Every sentence of a corpus as a key `(text_id, index)`, in corpus order.

    It behaves as the list of keys would, but finds a key's place (`index`,
    `in`) and the key at a place without walking the list, so moving through a
    class's corpus costs as little as moving through five texts.

    >>> from narratives import texts
    >>> keys = SentenceKeys(texts.load())
    >>> len(keys), keys[0], keys.index(("bogus-threat", 2))
    (130, ('euvsdisinfo-force', 0), 20)
    >>> keys[20], ("bogus-threat", 23) in keys, keys.places("bogus-threat")
    (('bogus-threat', 2), False, range(18, 40))
    """

    def __init__(self, corpus):
        self._ids, self._firsts, self._counts = [], [], {}
        total = 0
        for text in corpus:
            self._ids.append(text.id)
            self._firsts.append(total)
            self._counts[text.id] = (total, len(text.sentences))
            total += len(text.sentences)
        self._total = total

    def __len__(self):
        return self._total

    def __getitem__(self, place):
        if isinstance(place, slice):
            return [self[i] for i in range(*place.indices(len(self)))]
        if place < 0:
            place += len(self)
        if not 0 <= place < len(self):
            raise IndexError(f"there are {len(self)} sentences; no place {place}")
        # The last text starting at or before `place`: texts without sentences are passed.
        n = bisect_right(self._firsts, place) - 1
        return self._ids[n], place - self._firsts[n]

    def __contains__(self, key):
        try:
            text_id, index = key
            first, count = self._counts[text_id]
        except (TypeError, ValueError, KeyError):
            return False
        return isinstance(index, int) and 0 <= index < count

    def index(self, key, *args):
        """The place of a key in the corpus order; ValueError when it is not a sentence."""
        if key not in self:
            raise ValueError(f"{key!r} is not a sentence of this corpus")
        return self._counts[key[0]][0] + key[1]

    def places(self, text_id):
        """The places of one text's sentences, as a range."""
        first, count = self._counts[text_id]
        return range(first, first + count)
