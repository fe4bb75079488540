"""Which encoding a file that is not UTF-8 is in, and whether UTF-8 text is mojibake.

A learner's file may come from an old Windows or Linux machine. We name the
encoding, so the `iconv` command we suggest turns it into readable text:

>>> guess("Лукашенко сказал: НАТО у границы.".encode("cp1251"))
'WINDOWS-1251'
>>> guess("Лукашенко сказал: НАТО у границы.".encode("koi8_r"))
'KOI8-R'
>>> guess("NATO’s denial".encode("cp1252")), guess("Le café de l'élève".encode("latin-1"))
('WINDOWS-1252', 'ISO-8859-1')
>>> guess("NATO".encode("utf-16"))
'UTF-16'

Text that decodes as UTF-8 but was converted from the wrong encoding reads
as mojibake; `mojibake` finds a sample of it and says what it was:

>>> mojibake("Ëóêàøåíêî ñêàçàë, ÷òî ÍÀÒÎ ó ãðàíèöû.")
('Ëóêàøåíêî', 'WINDOWS-1251')
>>> mojibake("NATOâ€™s denial")
('NATOâ€™s', 'UTF-8')
>>> mojibake("Le café de l'élève. Лукашенко сказал.") is None
True
"""

import re

# Python's codec for each name iconv knows.
CODECS = {"UTF-16": "utf-16", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be",
          "UTF-32": "utf-32", "UTF-32LE": "utf-32-le", "UTF-32BE": "utf-32-be",
          "WINDOWS-1251": "cp1251", "KOI8-R": "koi8_r", "WINDOWS-1252": "cp1252",
          "ISO-8859-1": "latin-1", "UTF-8": "utf-8"}
NAMES = {"WINDOWS-1251": "Windows-1251 (Cyrillic)", "KOI8-R": "KOI8-R (Cyrillic)",
         "WINDOWS-1252": "Windows-1252 (Western European)",
         "ISO-8859-1": "ISO-8859-1, Latin-1 (Western European)"}

# The ten most frequent letters of Russian, Ukrainian and Belarusian prose.
_FREQUENT = set("оеаинтсрвліу")
_CYRILLIC = re.compile(r"[а-яёіїєґў]", re.IGNORECASE)
# Characters from the top half of a Latin code page: where mojibake lives.
_HIGH_LATIN = "\u00c0-\u00ff"
_ANY_HIGH_LATIN = re.compile(f"[{_HIGH_LATIN}]")
_LATIN_WORD = re.compile(rf"\b[{_HIGH_LATIN}]{{3,}}\b")
_DOUBLE_UTF8 = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                          "\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
                          "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+")


def _readable(chars):
    """The share of characters that plain text is made of: printable, or a line break or tab."""
    return sum(c.isprintable() or c in "\n\r\t" for c in chars) / max(len(chars), 1)


def _decode_sample(sample, codec, unit):
    """`sample` decoded with `codec`, forgiving a character cut at the end; None if it fails."""
    sample = sample[:len(sample) - len(sample) % unit]
    try:
        return sample.decode(codec)
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:
            return None
        return _decode_sample(sample[:error.start], codec, unit)


def utf16_or_32(data):
    """The name of a UTF-16 or UTF-32 encoding, from a byte-order mark or the text itself.

    Without a byte-order mark each candidate is tried, and the one that reads as
    text wins: read with the wrong byte order or width, spaces and line breaks
    become characters that are not printable. Text in any script has some.

    >>> utf16_or_32("Лукашенко заявил: нет. Нет.".encode("utf-32-le"))
    'UTF-32LE'
    >>> utf16_or_32("Лукашенко заявил: нет. Нет.".encode("utf-16-be"))
    'UTF-16BE'
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None   # text in UTF-16 or UTF-32 has a NUL byte in every space and line break
    for name, unit in (("UTF-32LE", 4), ("UTF-32BE", 4), ("UTF-16LE", 2), ("UTF-16BE", 2)):
        chars = _decode_sample(sample, CODECS[name], unit)
        if chars and _readable(chars) > 0.95:
            return name
    return None


def _cyrillic_score(text):
    """How much `text` reads like Cyrillic prose: frequent letters, mostly lower case."""
    letters = _CYRILLIC.findall(text)
    if not letters:
        return 0.0
    lower = sum(c.islower() for c in letters)
    frequent = sum(c.lower() in _FREQUENT for c in letters)
    return (lower + frequent) / len(letters)


def _looks_cyrillic(data):
    """Whether a single-byte file's letters are mostly high bytes in runs (whole words)."""
    high_runs = re.findall(rb"[\xc0-\xff]+", data)
    high = sum(len(run) for run in high_runs)
    ascii_letters = len(re.findall(rb"[A-Za-z]", data))
    return (len(high_runs) >= 2 and high >= 6 and high / len(high_runs) >= 2.5
            and high > 0.3 * ascii_letters)


def guess_single_byte(data):
    """Windows-1251, KOI8-R, Windows-1252 or ISO-8859-1 for bytes that are not UTF-8."""
    if _looks_cyrillic(data):
        scores = {name: _cyrillic_score(data.decode(CODECS[name], "replace"))
                  for name in ("WINDOWS-1251", "KOI8-R")}
        return max(scores, key=scores.get)
    if len(re.findall(rb"[A-Za-z]", data)) < len(re.findall(rb"[\x80-\xff]", data)):
        return None   # Western text is mostly plain letters: this is something else
    if re.search(rb"[\x80-\x9f]", data):
        try:
            data.decode("cp1252")
            return "WINDOWS-1252"
        except UnicodeDecodeError:
            return None
    return "ISO-8859-1"


def guess(data):
    """The iconv name of the encoding of bytes that are not UTF-8, or None for UTF-8."""
    wide = utf16_or_32(data)
    if wide:
        return wide
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        return guess_single_byte(data)


def _decodes_twice(chars, codec):
    try:
        chars.encode(codec).decode("utf-8")
        return True
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def mojibake(text):
    """`(sample, original encoding)` when UTF-8 text reads as mojibake, else None.

    Two kinds are found: Cyrillic converted as if it were Latin ('Ëóêàøåíêî'),
    and UTF-8 converted a second time ('NATOâ€™s').
    """
    if text.isascii() or not _ANY_HIGH_LATIN.search(text):
        return None   # both kinds need a letter from the top half of a Latin code page
    words = _LATIN_WORD.findall(text)
    if len(words) >= 2:
        raw = " ".join(words).encode("latin-1")
        original = guess_single_byte(raw)
        if original in ("WINDOWS-1251", "KOI8-R"):
            return words[0], original
    for match in _DOUBLE_UTF8.finditer(text):
        if not any(_decodes_twice(match.group(), codec) for codec in ("cp1252", "latin-1")):
            continue
        word = re.search(rf"\S*{re.escape(match.group())}\S*", text).group()
        return word, "UTF-8"
    return None
