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

    def at(self, offset):
        """The sentence that holds character `offset` of the body, or None."""
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._ends[index]:
            return self[index]
        return None

    def __repr__(self):
        return f"<{len(self)} sentences of {self.text_id!r}>"
