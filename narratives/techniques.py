r"""Propaganda techniques: the 14 labels, spans of text, and the PTC span format.

A span is an exact passage of a text, `(text_id, technique, start, end)`,
with character offsets into the verbatim body (end exclusive), as in the
Propaganda Techniques Corpus (PTC) of SemEval-2020 Task 11. A learner types a
phrase; `find_span` turns it into offsets.

>>> corpus = texts.load()
>>> found = find_span(corpus["tanks-and-planes"], "Europe's last dictator")
>>> found.start, found.end, found.text
(688, 710, 'Europe’s last dictator')
>>> span = Span("tanks-and-planes", "Name_Calling,Labeling", found.start, found.end)
>>> to_ptc([span]).split("\t")
['tanks-and-planes', 'Name_Calling,Labeling', '688', '710\n']
>>> from_ptc(to_ptc([span])) == [span]
True
"""

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import texts
from .display import Table
from .errors import NarrativesError
from .sentences import token_spans

TEXTS = Path(__file__).resolve().parent.parent / "texts"
CATALOG = TEXTS / "techniques.csv"
REFERENCE = TEXTS / "annotations" / "reference-techniques.tsv"
REFERENCE_NOTES = TEXTS / "annotations" / "reference-techniques-notes.csv"


# --- The 14 techniques ---------------------------------------------------------

@dataclass(frozen=True)
class Technique:
    """One technique: its PTC label (the id), a readable name, a definition and an example."""
    id: str
    name: str
    definition: str
    aliases: tuple
    example: str
    example_text: str
    example_note: str


def _key(label):
    """A label reduced to its letters, so 'Name calling', 'name-calling' and
    'Name_Calling' all look the same."""
    return re.sub(r"[^a-z]", "", str(label).lower().replace("é", "e"))


def load(path=CATALOG):
    """The techniques of `texts/techniques.csv`, by id, in file order."""
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return {r["id"]: Technique(r["id"], r["name"], r["definition"],
                               tuple(a.strip() for a in r["aliases"].split(";") if a.strip()),
                               r["example"], r["example_text"], r["example_note"])
            for r in rows}


TECHNIQUES = load()


def resolve(label, techniques=None):
    """The id of the technique that `label` names: its id, its name or an alias."""
    techniques = techniques or TECHNIQUES
    wanted = _key(label)
    for technique in techniques.values():
        if wanted in {_key(technique.id), _key(technique.name)} | set(map(_key, technique.aliases)):
            return technique.id
    raise NarrativesError(f"{label!r} is not one of the 14 techniques. Use an id or a name "
                          "from `techniques.table()`, e.g. 'Loaded_Language' or 'Doubt'.")


def table(techniques=None):
    """The techniques with their definitions and an example from our texts."""
    techniques = techniques or TECHNIQUES
    return Table(["id", "name", "definition", "example", "in"],
                 [[t.id, t.name, t.definition, f"“{t.example}”", t.example_text]
                  for t in techniques.values()])


# --- Spans ---------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A passage of a text marked with one technique; `note` says why (optional)."""
    text_id: str
    technique: str
    start: int
    end: int
    note: str = field(default="", compare=False)

    def quote(self, corpus):
        """The passage itself, as the text has it."""
        return corpus[self.text_id].body[self.start:self.end]

    def __len__(self):
        return self.end - self.start


def sort_key(span):
    """Spans in reading order: by text, then position, then technique."""
    return span.text_id, span.start, span.end, span.technique


def on_word_boundaries(body, start, end):
    """True when neither end of `body[start:end]` cuts through a word."""
    return not any(s < start < e or s < end < e for s, e in token_spans(body))


# --- From a typed phrase to offsets ---------------------------------------------

# Characters a learner may type for one another: quotes, apostrophes, dashes.
_LOOKALIKES = ["'‘’‚‛`´′", '"“”„‟«»″', "-‐‑‒–—"]


def _pattern(phrase):
    """A regular expression that finds `phrase` whatever its quotes and spacing."""
    parts = []
    for piece in re.split(r"(\s+)", phrase.strip()):
        if piece.isspace():
            parts.append(r"\s+")
            continue
        for char in piece:
            group = next((g for g in _LOOKALIKES if char in g), None)
            parts.append(f"[{re.escape(group)}]" if group else re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE)


def _snap(body, start, end):
    """Widen `start` and `end` to the edges of the words they fall inside."""
    for s, e in token_spans(body):
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    return start, end


def _matches(body, phrase, start, end):
    """`(start, end)` of each match, widened to whole words.

    Matches that begin where a word begins come first choice ('rat' finds
    'rats', not the middle of 'demonstrators'); only when there are none do
    matches inside words count ('ukashenk' finds 'Lukashenka').
    """
    raw = [m.span() for m in _pattern(phrase).finditer(body, start, end)]
    at_word_start = [(s, e) for s, e in raw if _snap(body, s, e)[0] == s]
    return list(dict.fromkeys(_snap(body, s, e) for s, e in at_word_start or raw))


def _ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass(frozen=True)
class Found:
    """Where a phrase is in a text: offsets into its body, and how many times it occurs."""
    start: int
    end: int
    text: str         # the words exactly as the text has them
    occurrence: int   # which one this is, counting from 1
    count: int        # how many times the phrase occurs where we looked

    def __iter__(self):
        # So that `start, end = find_span(...)` works.
        return iter((self.start, self.end))

    @property
    def note(self):
        """What to know when the phrase occurs more than once."""
        if self.count == 1:
            return ""
        return (f"{self.text!r} occurs {self.count} times here; this is the "
                f"{_ordinal(self.occurrence)}. To tag another, type a longer phrase "
                f"or give occurrence=2 (up to {self.count}).")


def find_span(text, phrase, occurrence=1, within=None):
    """Find `phrase` in a text's body; return a `Found` with exact offsets.

    `text` is a Text (or a plain string). Curly and straight quotes, dashes,
    capitals and runs of spaces may differ from the text. The match is widened
    to whole words ('rat' finds 'rats'). `within` limits the search to a
    Sentence or a `(start, end)` pair. When the phrase occurs more than once,
    `occurrence` says which one (1 for the first); the result's `note` says so.
    """
    body = getattr(text, "body", text)
    name = f"text {text.id!r}" if hasattr(text, "id") else "the text"
    start, end = (0, len(body)) if within is None else (
        (within.start, within.end) if hasattr(within, "start") else within)
    where = f"sentence {within.number} of {name}" if hasattr(within, "number") else name
    if not isinstance(phrase, str) or not phrase.strip():
        raise NarrativesError("Type the words you want to tag: the phrase is empty.")
    matches = _matches(body, phrase, start, end)
    if not matches:
        raise NarrativesError(f"{phrase.strip()!r} is not in {where}. Copy the words from "
                              "the text: spelling counts; capitals, spaces and the kind of "
                              "quotes do not." + _elsewhere(text, phrase, within))
    if not isinstance(occurrence, int) or not 1 <= occurrence <= len(matches):
        raise NarrativesError(f"{phrase.strip()!r} occurs {len(matches)} time(s) in {where}, "
                              f"so occurrence={occurrence!r} does not exist. Give a whole "
                              f"number from 1 to {len(matches)}.")
    s, e = matches[occurrence - 1]
    return Found(s, e, body[s:e], occurrence, len(matches))


def _elsewhere(text, phrase, within):
    """A pointer to the sentences that do hold the phrase, if any."""
    if within is None or not hasattr(text, "sentences"):
        return ""
    numbers = sorted({text.sentence_at(m.start()).number
                      for m in _pattern(phrase).finditer(text.body)
                      if text.sentence_at(m.start())})
    if not numbers:
        return ""
    return f" It is in sentence {', '.join(map(str, numbers))} of this text: pick that one."


# --- The PTC span format -----------------------------------------------------------

def to_ptc(spans, notes=False):
    """Spans as PTC lines: `text_id<TAB>technique<TAB>start<TAB>end`, in reading order.

    With `notes=True`, a span's note (if any) follows as a fifth column.
    """
    lines = []
    for span in sorted(spans, key=sort_key):
        columns = [span.text_id, span.technique, str(span.start), str(span.end)]
        if notes and span.note:
            columns.append(" ".join(span.note.split()))  # no tabs or line breaks
        lines.append("\t".join(columns) + "\n")
    return "".join(lines)


def read_ptc(content, corpus=None, techniques=None):
    """`(spans, problems)` from PTC text: every line that can be read, and a
    sentence for each that cannot. Blank lines and lines starting with # are skipped.

    With a corpus, text ids and offsets are checked against the texts too.
    """
    spans, problems = [], []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = [c.strip() for c in line.split("\t")]
        if len(columns) not in (4, 5):
            problems.append(f"line {number}: expected 4 columns separated by tabs (text_id, "
                            f"technique, start, end), found {len(columns)}.")
            continue
        text_id, technique, start, end = columns[:4]
        if not (start.isdecimal() and end.isdecimal()):
            problems.append(f"line {number}: start and end must be whole numbers, found "
                            f"{start!r} and {end!r}.")
            continue
        span = Span(text_id, technique, int(start), int(end), "".join(columns[4:]))
        problem = span_problem(span, corpus, techniques)
        if problem:
            problems.append(f"line {number}: {problem}")
        else:
            spans.append(span)
    return spans, problems


def span_problem(span, corpus=None, techniques=None):
    """What is wrong with a span (a sentence), or None when nothing is."""
    techniques = techniques or TECHNIQUES
    if span.start < 0:
        return f"start ({span.start}) cannot be negative: offsets count from 0."
    if span.end <= span.start:
        return f"end ({span.end}) must be greater than start ({span.start})."
    if span.technique not in techniques:
        return f"{span.technique!r} is not a technique id (see techniques.table())."
    if corpus is not None:
        if span.text_id not in corpus:
            return f"there is no text with id {span.text_id!r}."
        length = len(corpus[span.text_id].body)
        if span.end > length:
            return (f"the offsets {span.start}-{span.end} go past the end of "
                    f"{span.text_id!r} ({length} characters).")
    return None


def from_ptc(content, corpus=None, techniques=None):
    """The spans of PTC text; a NarrativesError listing every line that is wrong."""
    spans, problems = read_ptc(content, corpus, techniques)
    if problems:
        listing = "\n".join(f"  - {p}" for p in problems[:10])
        more = f"\n  ... and {len(problems) - 10} more." if len(problems) > 10 else ""
        raise NarrativesError(f"{len(problems)} line(s) cannot be read as PTC spans:\n"
                              f"{listing}{more}\nFix them and try again.")
    return spans


# --- The project's reference spans ---------------------------------------------

def load_reference(corpus=None, path=REFERENCE, notes=REFERENCE_NOTES):
    """The project's reference spans, each with its one-line rationale as `note`."""
    with open(path, encoding="utf-8") as file:
        spans = from_ptc(file.read(), corpus)
    with open(notes, encoding="utf-8", newline="") as file:
        why = {(r["text_id"], r["technique"], int(r["start"]), int(r["end"])): r["rationale"]
               for r in csv.DictReader(file)}
    return [Span(s.text_id, s.technique, s.start, s.end,
                 why.get((s.text_id, s.technique, s.start, s.end), "")) for s in spans]


def spans_table(spans, corpus, techniques=None):
    """A table of spans: where, which technique, the words, and the note."""
    techniques = techniques or TECHNIQUES
    return Table(["text", "technique", "start", "end", "words", "why"],
                 [[s.text_id, techniques[s.technique].name if s.technique in techniques
                   else s.technique, s.start, s.end, s.quote(corpus), s.note]
                  for s in sorted(spans, key=sort_key)])
