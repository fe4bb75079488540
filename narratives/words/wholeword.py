"""Finding a word only where the tokenizer finds it as a whole word, however long it is.

`whole_word` compiles a pattern for a word: the word first, then checks that
no letter or joiner touches it, so a search jumps from one use to the next.
A word longer than `LONGEST_PATTERN` letters is found with `str.find` and the
same checks written out instead (`find_whole_word`): a pattern of a
5-million-letter "word" (a text with no space in it) takes over a minute to
compile, and its look-behinds scan the whole word again at every place, so
the time would grow with the word; `str.find` keeps it growing with the body.

>>> list(find_whole_word("nato", "nato's nato ever-nato nato"))
[(7, 11), (22, 26)]
>>> bool(whole_word("nato").search("ever-nato-led"))
False
"""

import re
from functools import lru_cache

from ..texts.sentences import MARKS, WORD_CHAR

# Longer words are found with `str.find`: a pattern of a 5-million-letter "word" takes
# over a minute to compile, and its look-behinds scan it again at every place.
LONGEST_PATTERN = 200


@lru_cache(maxsize=256)
def whole_word(word, marks=False):
    """A pattern that finds `word` only where the tokenizer finds it as a whole word.

    Not right after a letter or digit (or one and a joiner, such as the hyphen
    in "ever-aggressive"), and not right before one: "nato" is not found in
    "nato's". The word comes first in the pattern and the checks behind it
    after, so that the search can jump from one "nato" to the next: ten times
    faster than with the checks in front. With `marks`, a combining mark
    counts as part of a word too ("नाट" is not found in "नाटो").
    """
    w, c = re.escape(word), (WORD_CHAR if marks else r"\w")
    return re.compile(w + rf"(?<!{c}{w})(?<!{c}[-'’]{w})(?!{c})(?![-'’]{c})")


_CHAR = re.compile(WORD_CHAR)
MARK = re.compile(f"[{re.escape(MARKS)}]")
_JOINED_AFTER = re.compile(rf"[-'’]{WORD_CHAR}")


def find_whole_word(word, body, start=0, end=None, marks=True):
    """Yield `(start, end)` of each whole-word use of `word` in `body[start:end]`.

    The same places as `whole_word(word).finditer`, in time that grows with the
    body, not with the word, however long it is.

    >>> list(find_whole_word("nato", "nato's nato ever-nato nato"))
    [(7, 11), (22, 26)]
    """
    end = len(body) if end is None else end
    if len(word) <= LONGEST_PATTERN:
        yield from (m.span() for m in whole_word(word, marks).finditer(body, start, end))
        return
    at = body.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        before = body[max(at - 2, 0):at]
        joined_before = (before[-1:] and _CHAR.match(before[-1])) or (
            len(before) == 2 and before[1] in "-'’" and _CHAR.match(before[0]))
        joined_after = _CHAR.match(body, after, end) or _JOINED_AFTER.match(body, after, end)
        if not joined_before and not joined_after:
            yield at, after
            at = body.find(word, after, end)
        else:
            at = body.find(word, at + 1, end)
