"""Keyness: which words one group of texts uses more than another, and by how much.

Two figures for each word, as AntConc computes them. With `a` and `b` the
word's counts in groups A and B, and `c` and `d` the number of words in each:

- log-likelihood, G² = 2 × (a·ln(a/E1) + b·ln(b/E2)), where
  E1 = c·(a+b)/(c+d) and E2 = d·(a+b)/(c+d) are the counts to expect if
  both groups used the word equally often. It says how sure we can be that
  the difference is not chance: above 3.84 means p < 0.05, above 6.63
  p < 0.01, for one word taken alone.
- Log Ratio = log2((a/c) / (b/d)), the effect size: 1 means twice as
  frequent in A, 2 four times, 3 eight times. A word missing from one group
  would make it infinite, so a zero count is replaced by 0.5 in Log Ratio
  alone (Hardie's correction, which AntConc also uses). G² needs none: a
  zero count adds 0 to the sum.

>>> round(g2(10, 2, 100, 200), 3)       # worked by hand in tests/test_words.py
12.781
>>> round(log_ratio(10, 2, 100, 200), 3)
3.322
>>> round(log_ratio(4, 0, 100, 100), 3)   # 0 is read as 0.5: log2(4 / 0.5)
3.0
"""

import math

from ..display import Table
from ..errors import NarrativesError, expect_int, shown
from .wordindex import as_texts, stopword_set, summed, text_index

ZERO = 0.5   # what a zero count becomes in Log Ratio


def _counts(a, b, c, d):
    """Checks that `a` of `c` words and `b` of `d` words are counts that can be compared."""
    for name, value in zip("abcd", (a, b, c, d)):
        expect_int(value, f"the count {name}", lowest=0)
        if value > 10 ** 15:
            raise NarrativesError(f"The count {name} ({shown(value)}) is larger than any "
                                  "corpus: give word counts of real texts.")
    if not (a <= c and b <= d and c and d):
        raise NarrativesError(f"Counts a={a} of c={c} words and b={b} of d={d} words do not "
                              "fit: a word cannot occur more often than there are words, and "
                              "each group needs at least one word.")


def g2(a, b, c, d):
    """Log-likelihood G² of counts `a` in `c` words against `b` in `d` words."""
    _counts(a, b, c, d)
    return _g2(a, b, c, d)


def _g2(a, b, c, d):
    # Unchecked, for `keyness`, which counts the words itself and calls it for every one.
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    # An observed count of 0 contributes 0 · ln 0, which is 0 in the limit.
    return 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o)


def log_ratio(a, b, c, d):
    """Log Ratio: log2 of how many times more frequent the word is in A than in B."""
    _counts(a, b, c, d)
    return _log_ratio(a, b, c, d)


def _log_ratio(a, b, c, d):
    return math.log2(((a or ZERO) / c) / ((b or ZERO) / d))


def _group(texts, name):
    found = as_texts(texts, what=f"group {name}")
    return tuple(text_index(t) for t in found), {t.id for t in found}


def keyness(group_a, group_b, min_count=3, stopwords=None):
    """The words group A uses relatively more than group B, most key first.

    A group is a text, a list of texts, or a corpus. A word is listed when
    it occurs at least `min_count` times in A and is relatively more
    frequent there than in B; swap the groups for B's key words. Stopwords
    are left out of the list (not out of the totals): `stopwords=set()`
    keeps them. Rows are sorted by G², largest first.
    """
    entries_a, ids_a = _group(group_a, "A")
    entries_b, ids_b = _group(group_b, "B")
    shared = sorted(ids_a & ids_b)
    if shared:
        raise NarrativesError("A text cannot be in both groups: " + ", ".join(shared)
                              + ". Take it out of one of them.")
    if not isinstance(min_count, int) or min_count < 1:
        raise NarrativesError(f"min_count should be a whole number of 1 or more, not "
                              f"{min_count!r}.")
    counts_a, c = summed(entries_a)
    counts_b, d = summed(entries_b)
    stop = stopword_set(stopwords)
    rows = []
    for word, a in counts_a.items():
        b = counts_b[word]
        if a >= min_count and a * d > b * c and word not in stop:
            rows.append([word, a, b, _g2(a, b, c, d), _log_ratio(a, b, c, d)])
    rows.sort(key=lambda row: (-row[3], row[0]))
    return Table(["word", "count_a", "count_b", "g2", "log_ratio"], rows,
                 caption=f"Words key to A ({c:,} words) against B ({d:,} words); "
                 "g2 above 3.84 means p < 0.05 for one word alone")
