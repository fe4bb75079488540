"""Counting words: how often, per 1,000 words, per text or per group; top words.

>>> from narratives import texts
>>> corpus = texts.load()
>>> table = frequencies(corpus, ["nato", "regime"], by="outlet_kind")
>>> table.counts("regime")
{'EU government communication unit': 1, 'state-funded foreign broadcaster': 3, 'Russian privately owned online outlet': 0, 'US privately owned news website': 0}
>>> find_words(corpus, "aggress").column("word")
['aggressive', 'ever-aggressive']
"""

import weakref

from ..display import Table
from ..errors import NarrativesError, expect_int
from ..texts import Corpus
from .wordindex import (STOPWORDS, as_texts, as_words, groups, normalize, read_stopwords,
                        stopword_set, summed, text_index)


def stopwords(path=STOPWORDS):
    """The stopword list in `path` (texts/stopwords-en.txt unless told) as a set."""
    return set(read_stopwords(path))


class Frequencies(Table):
    """A table of counts, with a way to pick one word's figures out of it.

    Its rows are tuples, kept as made (as a concordance's are): no second copy,
    and nothing for Python's garbage collector to walk.
    """

    def __init__(self, columns, rows, caption=""):
        super().__init__(columns, [], caption)
        self.rows = list(rows)

    def _pick(self, word, column):
        word = as_words(word)[0]
        i, j = self.columns.index(column), 1
        return {row[j]: row[i] for row in self.rows if row[0] == word}

    def counts(self, word):
        """{text or group: times the word occurs}."""
        return self._pick(word, "count")

    def per_1000(self, word):
        """{text or group: uses of the word per 1,000 words}."""
        return self._pick(word, "per_1000")


def frequencies(corpus, words, by=None):
    """How often each word occurs in each text (or group), per 1,000 words too.

    `words`: one word or a list, any case. `by`: None for each text, a
    catalog column such as "outlet_kind", or your own groups as a dict
    {group name: [text ids]}. Counts of the words you name include
    stopwords; `total` is the number of words in the text, boilerplate left
    out.
    """
    words = as_words(words)
    columns = _columns(corpus, by)
    rows = []
    for word in words:
        counts = columns.uses(word)
        rows.extend((word, name, count, total, 1000 * count / total if total else 0.0)
                    for name, count, total in zip(columns.names, counts, columns.totals))
    label = "text" if by is None else by if isinstance(by, str) else "group"
    return Frequencies(["word", label, "count", "total", "per_1000"], rows,
                       caption="count: uses of the word; total: words in the "
                       f"{label}, boilerplate left out; per_1000: uses per 1,000 words")


class _Columns:
    """The groups of a query, and each word's uses per group, kept for repeated queries.

    Read from a few short lists, a repeated query does not visit every text's
    counts, scattered in memory, which make a large corpus's query slower per
    text than a small one's.
    """

    def __init__(self, corpus, by):
        grouped = {name: [text_index(t) for t in members]
                   for name, members in groups(corpus, by).items()}
        self.names = list(grouped)
        self._entries, self._ends = [], []
        for members in grouped.values():
            self._entries.extend(members)
            self._ends.append(len(self._entries))
        self.totals = _group_sums([entry.total for entry in self._entries], self._ends)
        self._uses = {}

    def uses(self, word):
        found = self._uses.get(word)
        if found is None:
            if len(self._uses) >= 256:
                self._uses.clear()
            found = self._uses[word] = _group_sums(
                [entry.counts.get(word, 0) for entry in self._entries], self._ends)
        return found


# A corpus's columns, for each grouping by None or a catalog column (dict groupings are
# made anew each time); gone with the corpus.
_KEPT = weakref.WeakKeyDictionary()


def _columns(corpus, by):
    if not isinstance(corpus, Corpus) or not (by is None or isinstance(by, str)):
        return _Columns(corpus, by)
    kept = _KEPT.setdefault(corpus, {})
    if by not in kept:
        kept[by] = _Columns(corpus, by)
    return kept[by]


def _group_sums(values, ends):
    """Sums of `values` over consecutive groups ending at `ends`."""
    if len(ends) == len(values):   # each text its own group
        return values
    sums, start = [], 0
    for end in ends:
        sums.append(sum(values[start:end]))
        start = end
    return sums


def top_words(texts, n=10, stopwords=None):
    """The `n` most frequent words of a text (or texts), stopwords left out.

    `stopwords=set()` keeps every word. Ties are listed in alphabetical order.
    """
    expect_int(n, "n", lowest=0)
    counts, total = summed(tuple(text_index(t) for t in as_texts(texts)))
    stop = stopword_set(stopwords)
    ranked = sorted((w for w in counts if w not in stop), key=lambda w: (-counts[w], w))
    return Table(["word", "count", "per_1000"],
                 [[w, counts[w], 1000 * counts[w] / total] for w in ranked[:n]],
                 caption=f"The {n} most frequent words in {total:,} words")


def find_words(texts, part):
    """Every word that contains `part` (any case), with its count: word forms.

    Counts only find the exact word asked for: `find_words(corpus, "aggress")`
    shows which forms of a word the texts really use.
    """
    part = normalize(str(part).strip())
    if not part:
        raise NarrativesError("Give a piece of a word, such as 'aggress'.")
    counts, _ = summed(tuple(text_index(t) for t in as_texts(texts)))
    found = sorted((w for w in counts if part in w), key=lambda w: (-counts[w], w))
    return Table(["word", "count"], [[w, counts[w]] for w in found])
