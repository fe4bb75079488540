"""Sentences and word tokens, with NLTK tools that need no downloaded data.

`nltk.sent_tokenize` needs the `punkt_tab` data; an untrained
`PunktSentenceTokenizer`, told a few abbreviations, needs nothing. A sentence
never crosses a line break: in news texts a line is a headline, a caption or
a paragraph, and each stands alone.

>>> text = "NATO denied it. Minsk did not.\\nNew line"
>>> [text[s:e] for s, e in sentence_spans(text)]
['NATO denied it.', 'Minsk did not.', 'New line']
>>> tokens("NATO’s build-up, 30 flights; Лукашенко сказал.")
['NATO’s', 'build-up', '30', 'flights', 'Лукашенко', 'сказал']
"""

import re

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

# Abbreviations that end in a full stop without ending a sentence.
ABBREVIATIONS = {"u.s", "u.k", "e.u", "mr", "mrs", "ms", "dr", "st", "gen", "col",
                 "lt", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "aug", "sept",
                 "oct", "nov", "dec", "pravda"}

_parameters = PunktParameters()
_parameters.abbrev_types = set(ABBREVIATIONS)
_punkt = PunktSentenceTokenizer(_parameters)

# A word: letters or digits in any script, joined by inner hyphens or apostrophes.
WORD_PATTERN = r"\w+(?:[-'’]\w+)*"
WORD = re.compile(WORD_PATTERN)
tokenizer = RegexpTokenizer(WORD_PATTERN)

# Characters that start a line without belonging to its first sentence.
_LEADING = " \t\u00a0•·*-–—"


def sentence_spans(text, start=0, end=None):
    """Yield `(start, end)` offsets of the sentences in `text[start:end]`."""
    end = len(text) if end is None else end
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start = start + line.start()
        for s, e in _punkt.span_tokenize(line.group()):
            piece = line.group()[s:e]
            stripped = piece.lstrip(_LEADING).rstrip()
            if not WORD.search(stripped):
                continue
            s += len(piece) - len(piece.lstrip(_LEADING))
            yield line_start + s, line_start + s + len(stripped)


def tokens(text):
    """The word tokens of `text`, in their original case."""
    return tokenizer.tokenize(text)


def token_spans(text, start=0, end=None):
    """Yield `(start, end)` offsets of the words in `text[start:end]`."""
    for match in WORD.finditer(text, start, len(text) if end is None else end):
        yield match.span()
