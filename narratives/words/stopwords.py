"""Stopwords, and the one form in which every word is compared (`normalize`).

A stopword list is a UTF-8 file of one word a line, `#` starting a comment
line; the workbook's own is `texts/stopwords-en.txt`, read again after each
edit. A query may also be given its own words, or none:

>>> normalize("NATO’s")
"nato's"
>>> "the" in stopword_set()
True
>>> stopword_set(["The", "NATO’s"]) == {"the", "nato's"}
True
"""

import os
from functools import lru_cache
from pathlib import Path

from ..errors import NarrativesError, shown
from ..paths import TEXTS

STOPWORDS = TEXTS / "stopwords-en.txt"


def normalize(word):
    """A word as the index stores it: lower case, straight apostrophes."""
    try:
        return word.lower().replace("\u2019", "'")
    except (AttributeError, TypeError):  # checked only when it fails: it runs on every word
        raise NarrativesError(f"{shown(word)} is not a word: give it in quotes, e.g. "
                              "normalize('NATO').") from None

@lru_cache(maxsize=8)
def _read_stopwords(path, modified):
    # `modified` is part of the cache key: an edited file is read again.
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise NarrativesError(f"The stopword list {path} cannot be read ({error}). "
                              "It should be a UTF-8 text file with one word a line.") from None
    return frozenset(normalize(line.strip()) for line in lines
                     if line.strip() and not line.lstrip().startswith("#"))


def read_stopwords(path=STOPWORDS):
    """The words of a stopword file: one a line, `#` starts a comment line."""
    try:
        modified = os.stat(path).st_mtime_ns
    except OSError:
        raise NarrativesError(f"There is no stopword list at {path}. Give the path of a "
                              "text file with one word a line.") from None
    return _read_stopwords(str(path), modified)


def stopword_set(stopwords=None):
    """The stopwords a query leaves out.

    None: the list in texts/stopwords-en.txt (read again after each edit);
    a path: the list in that file; a set, list or tuple of words: those words
    (an empty one leaves nothing out).
    """
    if stopwords is None:
        return read_stopwords()
    if isinstance(stopwords, (str, Path)):
        return read_stopwords(stopwords)
    if isinstance(stopwords, (set, frozenset, list, tuple)):
        return frozenset(normalize(str(w)) for w in stopwords)
    raise NarrativesError("stopwords should be a set of words, a list of words, or the "
                          f"path of a stopword file; this is a {type(stopwords).__name__}.")
