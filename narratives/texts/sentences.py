"""Sentences and word tokens, found with regular expressions alone.

A sentence never crosses a line break: in news texts a line is a headline, a
caption or a paragraph, and each stands alone. Inside a line, a sentence
ends where NLTK's Punkt tokenizer (untrained, told a few abbreviations, as
NLTK 3.10.2 and later apply it) would end it. Its rules are written out here
rather than called, for two reasons: sentences must not move when NLTK
changes (learners' tags point at sentence numbers; NLTK 3.9 split one of
our texts differently), and Punkt in NLTK runs twenty times slower or more
than the regular expression below, which decides almost every full stop at
once and hands only the unusual ones (abbreviations, initials, numbers,
quotes) to the written-out rules. `tests/test_sentence_rules.py` checks the
two agree; `tests/test_sentences.py` pins every sentence of our texts.

>>> text = "NATO denied it. Minsk did not.\\nNew line"
>>> [text[s:e] for s, e in sentence_spans(text)]
['NATO denied it.', 'Minsk did not.', 'New line']
>>> text = "Mr. Lukashenko spoke in Aug. 2020. “Tanks!” he said. Why? No."
>>> [text[s:e] for s, e in sentence_spans(text)]
['Mr. Lukashenko spoke in Aug. 2020.', '“Tanks!”', 'he said.', 'Why?', 'No.']
>>> tokens("NATO’s build-up, 30 flights; Лукашенко сказал.")
['NATO’s', 'build-up', '30', 'flights', 'Лукашенко', 'сказал']
"""

import re
import unicodedata

# Abbreviations that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset({"u.s", "u.k", "e.u", "mr", "mrs", "ms", "dr", "st", "gen", "col",
                           "lt", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "aug", "sept",
                           "oct", "nov", "dec", "pravda"})

# The combining marks of the Basic Multilingual Plane (Unicode category M): Devanagari's
# vowel signs, Hebrew's points. Python's \w leaves them out, so "नाटो" would fall apart.
# (Marks beyond it are rare, and a class that reaches past it is several times slower.)
MARKS = "".join(c for c in map(chr, range(0x300, 0x10000))
                if unicodedata.category(c).startswith("M"))
# A letter or digit of a word, in any script, with its marks.
WORD_CHAR = rf"[\w{re.escape(MARKS)}]"
# A word: letters or digits in any script, joined by inner hyphens or apostrophes.
WORD_PATTERN = rf"{WORD_CHAR}+(?:[-'’]{WORD_CHAR}+)*"
WORD = re.compile(WORD_PATTERN)

# Characters that start a line without belonging to its first sentence.
_LEADING = " \t\u00a0•·*-–—"

# Punkt's pieces (NLTK 3.10.2+, `PunktLanguageVars`), written out. NLTK compiles them
# with the `regex` module, for which the separators \x1c-\x1f are not spaces.
_SPACE, _NOT_SPACE = r"[^\S\x1c-\x1f]", r"[\S\x1c-\x1f]"
# Characters that cannot be part of a word; a full stop right before one may end a sentence.
_NON_WORD = "[)\";}\\]*:@'({\\[\u2018\u2019\u201c\u201d\xab\xbb?!]"
# A possible end: . ? or ! before such a character, or before spaces and a token.
_END = re.compile(rf"[.?!](?=(?P<after>{_NON_WORD}|{_SPACE}+(?P<next>{_NOT_SPACE}+)))")
# Closing quotes and brackets after an end belong to the sentence they close.
_CLOSING = re.compile(f"[\"')\\]}}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:{_SPACE}+|(?=--)|$)")
# Punkt's word tokens (it splits off punctuation, but not full stops).
_MULTI = rf"(?:\-{{2,}}|\.{{2,}}|(?:\.{_SPACE}){{2,}}\.)"
_TOKEN = re.compile(rf"""({_MULTI}
    | (?=[^\(\"\`{{\[:;&\#\*@\)}}\]\-,]){_NOT_SPACE}+?
      (?={_SPACE}|$|{_NON_WORD}|{_MULTI}|,(?=$|{_SPACE}|{_NON_WORD}|{_MULTI}))
    | {_NOT_SPACE})""", re.VERBOSE)
_NUMBER = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_ELLIPSIS = re.compile(r"\.\.+$")
# Punkt looks back to the last of these to find the word before an end.
_SPACES = " \t\r\x0b\x0c"
# Spaces NLTK's `regex` finds at the end of a line (Python's also strip \x1c-\x1f).
_TRAILING = "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace()
                    and c not in "\x1c\x1d\x1e\x1f")
_CLOSERS = "\"')]}\u2018\u2019\u201c\u201d\xab\xbb"
# Read backwards: a full stop after a plain word (not one letter, not a number, not an
# abbreviation) and before one space and a token: always a sentence break.
_ABBREVIATED = "|".join(re.escape(a[::-1]) for a in sorted(ABBREVIATIONS) if "." not in a)
# Read backwards: every possible end (see _END) in one pass. A full stop after a plain word
# (not one letter, not a number, not an abbreviation) and before one space and a token
# is always a sentence break: its match has the group "plain".
_ANY_END = re.compile(
    rf"[.?!](?<=(?:{_NON_WORD}|{_SPACE})[.?!])(?<!{_NOT_SPACE} \.)"
    rf"|\.(?<={_NOT_SPACE} \.)(?P<plain>(?!(?i:{_ABBREVIATED})(?:-| |$))(?!\w(?: |$))"
    r"(?!\d+(?:-\d+)*(?: |$))(?=(?:\w+-)*\w+(?: |$)))?")


# Letters in circles and squares (Ⓐ, 🄰): symbols to Python, letters to `regex`.
_ENCLOSED_LETTER = re.compile("[\u24b6-\u24e9\U0001f130-\U0001f149\U0001f150-\U0001f169"
                              "\U0001f170-\U0001f189]")


def _is_initial(token):
    """One letter and a full stop, a letter as the `regex` module counts letters."""
    if len(token) != 2 or token[1] != "." or token[0].isdecimal():
        return False
    letter = token[0]
    return (letter.isalpha() or letter in "\u200c\u200d" or _ENCLOSED_LETTER.match(letter)
            or unicodedata.category(letter) in ("Mn", "Mc", "Me", "Nl", "Pc"))


def _is_abbreviation(word):
    word = word.lower()
    return word in ABBREVIATIONS or word.rsplit("-", 1)[-1] in ABBREVIATIONS


def _breaks(context):
    """Whether Punkt finds a sentence break in `context` (the word before an end, the
    end, and what follows it): some token but the last is marked as one."""
    tokens = _TOKEN.findall(context)
    marks = []
    for token in tokens:   # first pass: the token alone
        if token in (".", "?", "!"):
            marks.append(True)
        elif _ELLIPSIS.match(token) or not token.endswith(".") or token.endswith(".."):
            marks.append(False)
        else:
            marks.append(not _is_abbreviation(token[:-1]))
    for i in range(len(tokens) - 1):   # second pass: initials and numbers before a token
        token, following = tokens[i], tokens[i + 1]
        if not token.endswith("."):
            continue
        initial = _is_initial(token)
        if initial or _NUMBER.sub("##number##", token.lower()) == "##number##":
            # Untrained, Punkt knows a token does not start a sentence only when it is
            # punctuation or begins in lower case; an initial is also kept before a
            # capital, as in "J. Bach".
            if (following in (";", ":", ",", ".", "!", "?") or following[0].islower()
                    or (initial and following[0].isupper())):
                marks[i] = False
    return any(marks[:-1])


def _line_spans(body, start, end):
    """`(start, end)` of Punkt's sentences in the line `body[start:end]`, before tidying.

    The regular expressions run over the line reversed, so that they can look at
    the word before each full stop. Most ends are decided there (a plain word,
    a full stop, one space, a token: a break), and those split the line into
    stretches that do not depend on each other; Punkt's own way of reading the
    word before an end is followed only in stretches that hold other ends.
    """
    stop = end
    while stop > start and body[stop - 1] in _TRAILING:
        stop -= 1
    if stop == start:
        return []
    backwards, last = body[start:stop][::-1], stop - 1
    plain, other = [], []
    for m in _ANY_END.finditer(backwards):
        (other if m.group("plain") is None else plain).append(last - m.start())
    plain.reverse()
    other.reverse()
    slices, cut_at, after = [], start, start
    if other:
        other.append(stop)   # a sentinel
    n = 0
    for at in plain:
        if other and other[n] < at:
            n, cut_at = _punkt(body, after, end, other, n, at, cut_at, slices)
        slices.append((cut_at, at + 1))
        cut_at, after = at + 2, at   # the next token is right after the one space
    if other and other[n] < stop:
        n, cut_at = _punkt(body, after, end, other, n, stop, cut_at, slices)
    while stop > start and body[stop - 1].isspace():
        stop -= 1
    slices.append((cut_at, stop))
    return _realign(body, slices)


def _punkt(body, after, line_end, ends, n, limit, cut_at, slices):
    """Punkt's reading of the ends `ends[n:]` before `limit`, none of them plain.

    `after` is where the stretch starts (the line's start, or the plain end before
    it). Appends the sentences that end here to `slices`; returns the index of the
    next end and where the next sentence starts.
    """
    previous, word_start, word_end = None, after, after
    while ends[n] < limit:
        at = ends[n]
        n += 1
        match = _END.match(body, at, line_end)
        # The word before the end starts after the last space since the previous end;
        # with no space in between, it runs on from the previous word.
        space = max(body.rfind(c, word_end, at) for c in _SPACES)
        this_start = space + 1 if space > word_end else word_start
        if previous is not None and word_end <= this_start:   # else swallowed: no end
            cut_at = _close(body, previous, word_start, cut_at, slices)
        previous, word_start, word_end = match, this_start, at
    if previous is not None:
        cut_at = _close(body, previous, word_start, cut_at, slices)
    return n, cut_at


def _close(body, match, word_start, cut_at, slices):
    """End a sentence at `match` if Punkt would; returns where the next one starts."""
    at = match.start()
    if body[at] == "." and not _breaks(body[word_start:at] + "." + match.group("after")):
        return cut_at
    slices.append((cut_at, at + 1))
    return match.start("next") if match.group("next") else at + 1


def _realign(body, slices):
    """Move closing quotes and brackets from the start of a sentence to the one before."""
    spans, shift = [], 0
    for n, (s, e) in enumerate(slices):
        s += shift
        shift = 0
        if n + 1 < len(slices):
            s2, e2 = slices[n + 1]
            closing = body[s2] in _CLOSERS and _CLOSING.match(body, s2, e2)
            if closing:
                spans.append((s, s2 + len(closing.group().rstrip())))
                shift = closing.end() - s2
                continue
        if s < e:
            spans.append((s, e))
    return spans


def sentence_spans(text, start=0, end=None):
    """A list of `(start, end)` offsets of the sentences in `text[start:end]`."""
    end = len(text) if end is None else end
    found = []
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        if line_end > at:
            for s, e in _line_spans(text, at, line_end):
                # Bullets and dashes before a sentence, and spaces after it, stay out.
                if s < e and text[s] in _LEADING:
                    piece = text[s:e]
                    s += len(piece) - len(piece.lstrip(_LEADING))
                if s < e and text[e - 1].isspace():
                    e = s + len(text[s:e].rstrip())
                if s < e and (e - s > 1 and text[e - 1] == "." and text[e - 2].isalnum()
                              or WORD.search(text, s, e)):
                    found.append((s, e))
        at = line_end + 1
    return found


def tokens(text):
    """The word tokens of `text`, in their original case."""
    return WORD.findall(text)


def token_spans(text, start=0, end=None):
    """Yield `(start, end)` offsets of the words in `text[start:end]`."""
    for match in WORD.finditer(text, start, len(text) if end is None else end):
        yield match.span()
