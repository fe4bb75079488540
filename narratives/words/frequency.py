"""Counting words: how often, per 1,000 words, per text or per group; top words.

>>> from narratives import texts
>>> corpus = texts.load()
>>> table = frequencies(corpus, ["nato", "regime"], by="outlet_kind")
>>> table.counts("regime")
{'EU government communication unit': 1, 'state-funded foreign broadcaster': 3, 'Russian privately owned online outlet': 0, 'US privately owned news website': 0}
>>> find_words(corpus, "aggress").column("word")
['aggressive', 'ever-aggressive']
"""

from ..display import Table
from ..errors import NarrativesError
from .wordindex import (STOPWORDS, as_texts, as_words, groups, normalize, read_stopwords,
                        stopword_set, summed, text_index)


def stopwords(path=STOPWORDS):
    """The stopword list in `path` (texts/stopwords-en.txt unless told) as a set."""
    return set(read_stopwords(path))


class Frequencies(Table):
    """A table of counts, with a way to pick one word's figures out of it."""

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
    grouped = {name: [text_index(t) for t in members]
               for name, members in groups(corpus, by).items()}
    rows = []
    for word in words:
        for name, entries in grouped.items():
            count = sum(entry.counts[word] for entry in entries)
            total = sum(entry.total for entry in entries)
            rows.append([word, name, count, total, 1000 * count / total if total else 0.0])
    label = "text" if by is None else by if isinstance(by, str) else "group"
    return Frequencies(["word", label, "count", "total", "per_1000"], rows,
                       caption="count: uses of the word; total: words in the "
                       f"{label}, boilerplate left out; per_1000: uses per 1,000 words")


def top_words(texts, n=10, stopwords=None):
    """The `n` most frequent words of a text (or texts), stopwords left out.

    `stopwords=set()` keeps every word. Ties are listed in alphabetical order.
    """
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
