"""Words in context: concordance lines, where in each text a word falls, word pairs.

A concordance (keyword in context, KWIC) line is data: the text's id and
the word's `start` and `end` offsets into the body, so `body[start:end]` is
the word as written, with the words on either side. Context stops at the
end of the paragraph, so a line never runs into a headline or a caption.

>>> from narratives import texts
>>> corpus = texts.load()
>>> lines = concordance(corpus, "bogus", width=20)
>>> print(lines)
text          start  end                  left  match  right
------------  -----  ---  --------------------  -----  --------------------
bogus-threat     20   25  Belarus regime uses   bogus   NATO threat to just
>>> text_id, start, end = lines.rows[0][:3]
>>> corpus[text_id].body[start:end]
'bogus'
>>> row = dispersion(corpus, "rats").rows[0]
>>> row[:4], round(row[4], 2)        # one use, 82% of the way through
(('rats', 'bogus-threat', 2055, 2059), 0.82)
"""

from collections import Counter
from math import log
import weakref
from weakref import WeakKeyDictionary

from ..display import Table, escape, scrolling
from ..errors import NarrativesError
from .wordindex import as_texts, as_words, stopword_set, text_index


class Places(Table):
    """A table of a word's places, its rows tuples made once and kept as they are.

    A frequent word in a large corpus has a hundred thousand places. Copying
    the rows again, or making each a list (which Python's garbage collector
    then walks over and over), would make a long table slower per row than a
    short one.
    """

    def __init__(self, columns, rows, caption=""):
        super().__init__(columns, [], caption)
        self.rows = rows


class Concordance(Places):
    """Concordance lines: printed with the matched words lined up in a column."""

    def __str__(self):
        if not self.rows:
            return "(no lines: the word does not occur in these texts)"
        cells = [self.columns] + [[str(v) for v in row] for row in self.rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]
        # Left context is right-aligned, so every matched word starts in one column.
        align = ["ljust", "rjust", "rjust", "rjust", "ljust", "ljust"]

        def line(row):
            return "  ".join(getattr(c, a)(w) for c, a, w in zip(row, align, widths)).rstrip()
        rule = "  ".join("-" * w for w in widths)
        return "\n".join([line(cells[0]), rule] + [line(r) for r in cells[1:]])

    def _repr_html_(self):
        if not self.rows:
            return f"<p>{escape(str(self))}</p>"
        return concordance_html(self)


def concordance_html(lines, limit=None):
    """Escaped HTML of concordance lines, the matched word marked, up to `limit`.

    The lines of each text come under a row that names the text, so that the word
    and its two contexts have the table's width to themselves: in a narrow window
    (800 px with JupyterLab's file browser open) each context wraps in its own
    column, and the word and both contexts stay in view.
    """
    shown = lines.rows if limit is None else lines.rows[:limit]
    cell = "padding:0 0.4em;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere"
    rows, last = [], None
    for t, _, _, left, match, right in shown:
        if t != last:
            rows.append(f'<tr><th colspan="3" scope="rowgroup" style="text-align:left">'
                        f"{escape(t)}</th></tr>")
            last = t
        # The theme's colours: a muted grey fails 4.5:1 on the table's striped rows.
        rows.append(f'<tr><td style="{cell};text-align:right">{escape(left)}</td>'
                    f'<td style="{cell};text-align:center"><mark>{escape(match)}</mark></td>'
                    f'<td style="{cell}">{escape(right)}</td></tr>')
    more = len(lines.rows) - len(shown)
    note = f"<p>and {more} more lines.</p>" if more > 0 else ""
    return scrolling(f'<table class="concordance" style="table-layout:fixed;width:100%">'
                     '<colgroup><col><col style="width:7em"><col></colgroup>'
                     "<thead><tr><th>left</th><th>word</th><th>right</th></tr></thead>"
                     f"<tbody>{''.join(rows)}</tbody></table>", "Concordance lines") + note


def _whole(value, name, least):
    """A NarrativesError unless `value` is a whole number of at least `least`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise NarrativesError(f"{name}={value!r:.40}: give a whole number from {least} up.")


def concordance(texts, word, width=40, limit=None):
    """Every use of `word` (any case) with `width` characters of context each side.

    `texts`: a corpus, a text or a list of texts. `limit`: at most this many
    lines (None for all), in text order.
    """
    word = as_words(word)[0]
    _whole(width, "width", 0)
    if limit is not None:
        _whole(limit, "limit", 0)
    rows = []
    for text in as_texts(texts):
        if limit is not None and len(rows) >= limit:
            break   # the texts after this one are not even searched
        entry = text_index(text)
        places = entry.places(word)[:None if limit is None else limit - len(rows)]
        body, text_id, lines, n = text.body, text.id, entry.spans, 0
        for start, end in places:
            # The paragraph holding the word: places come in order, so walk forward.
            while n + 1 < len(lines) and lines[n + 1][0] <= start:
                n += 1
            line_start, line_end = lines[n]
            rows.append((text_id, start, end, body[max(line_start, start - width):start],
                         body[start:end], body[end:min(line_end, end + width)]))
    return Concordance(["text", "start", "end", "left", "match", "right"], rows,
                       caption=f"Concordance of {word!r}")


def dispersion(texts, words):
    """Where each word falls in each text: rows of word, text id, start, end and position.

    `position` is the share of the text's content (its characters,
    boilerplate left out) that comes before the word: 0 at the very start,
    nearly 1 at the end.
    """
    words = as_words(words)
    rows = []
    for word in words:
        for text in as_texts(texts):
            entry = text_index(text)
            rows.extend((word, text.id, start, end, position) for (start, end), position
                        in zip(entry.places(word), entry.positions(word)))
    return Places(["word", "text", "start", "end", "position"], rows,
                 caption="Where each word falls in each text (0 = start, 1 = end)")


def collocations(texts, n=10, min_count=2, stopwords=None):
    """Pairs of words that occur side by side more often than chance, most telling first.

    Scored with NLTK's log-likelihood ratio for bigrams (the G² idea of
    keyness, for pairs). A pair must occur at least `min_count` times: NLTK's
    own default of 3 leaves almost nothing in texts of a few hundred words,
    and 2 still drops the one-off pairs. Pairs never cross a paragraph, and
    a pair with a stopword in it is left out (`stopwords=set()` keeps them).
    """
    texts = as_texts(texts)
    _whole(n, "n", 0)
    _whole(min_count, "min_count", 1)
    stop = stopword_set(stopwords)
    # Weak links, not id(): Python gives a freed text's address to the next text
    # made, and a link to a freed text never equals a link to a live one.
    key = (tuple(weakref.ref(t) for t in texts), n, min_count, frozenset(stop))
    if key not in _SCORED:
        _SCORED.clear() if len(_SCORED) > 32 else None
        _SCORED[key] = _score(texts, n, min_count, stop)
    rows = [list(row) for row in _SCORED[key]]
    return Table(["first", "second", "count", "score"], rows,
                 caption=f"Word pairs seen at least {min_count} times, by log-likelihood")


# Word and pair counts of each text, counted once; scored tables of recent calls.
_PAIRS = WeakKeyDictionary()
_SCORED = {}
# Every word seen gets a number, shared by all texts: a pair is then one number (two
# word numbers side by side), which counts much faster than a pair of strings.
_NUMBERS, _NAMES = {}, []


def _number(word):
    number = _NUMBERS.get(word)
    if number is None:
        number = _NUMBERS[word] = len(_NAMES)
        _NAMES.append(word)
    return number


def _pair_counts(text):
    """`(word counts, pair counts)` of a text by number, pairs within a paragraph."""
    if text not in _PAIRS:
        singles, codes = [], []
        for paragraph in text_index(text).paragraphs():
            ids = [_number(w) for w in paragraph]
            singles.extend(ids)
            codes.extend(a << 32 | b for a, b in zip(ids, ids[1:]))
        _PAIRS[text] = (Counter(singles), Counter(codes))
    return _PAIRS[text]


def _likelihood_ratio(n_ii, n_ix, n_xi, n_xx):
    """NLTK's `BigramAssocMeasures.likelihood_ratio`, the same sums in the same order."""
    n_oi, n_io = n_xi - n_ii, n_ix - n_ii
    cells = (n_ii, n_oi, n_io, n_xx - n_ii - n_oi - n_io)
    total = sum(cells)
    g2 = 0
    for i, observed in enumerate(cells):
        expected = (observed + cells[i ^ 1]) * (observed + cells[i ^ 2]) / total
        g2 += observed * log(observed / (expected + 1e-20) + 1e-20)
    return 2 * g2


def _score(texts, n, min_count, stop):
    """The top `n` rows, scored as NLTK's BigramCollocationFinder would score them.

    Counting numbers with Counter, and scoring only the pairs seen `min_count`
    times, gives NLTK's numbers and order several times faster.
    """
    words, pairs = Counter(), Counter()
    for text in texts:
        text_words, text_pairs = _pair_counts(text)
        words.update(text_words)
        pairs.update(text_pairs)
    total = sum(words.values())
    stopped = {_NUMBERS[w] for w in stop if w in _NUMBERS}
    scored = []
    for code, count in pairs.items():
        first, second = code >> 32, code & 0xFFFFFFFF
        if count >= min_count and first not in stopped and second not in stopped:
            scored.append(((_NAMES[first], _NAMES[second]), count,
                           _likelihood_ratio(count, words[first], words[second], total)))
    scored.sort(key=lambda item: (-item[2], item[0]))
    return tuple((w1, w2, count, value) for (w1, w2), count, value in scored[:n])
