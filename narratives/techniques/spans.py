"""The 14 techniques, spans of text, and the PTC span file format; see `narratives.techniques`."""

import csv
import re
from dataclasses import dataclass, field

from ..csvcells import safe, unsafe
from ..display import Table
from ..errors import (NarrativesError, expect_corpus, expect_span, expect_spans, expect_str,
                      listing, shown)
from ..paths import TEXTS
from .findspan import find_span  # noqa: F401 (spans are found with it)

CATALOG = TEXTS / "techniques.csv"
# Where the 14 labels and their definitions come from; lessons cite these.
SOURCES = (
    "Da San Martino, G., Yu, S., Barrón-Cedeño, A., Petrov, R. and Nakov, P. (2019). "
    "Fine-Grained Analysis of Propaganda in News Articles. Proceedings of EMNLP-IJCNLP 2019, "
    "pp. 5636-5646. https://aclanthology.org/D19-1565/",
    "Da San Martino, G., Barrón-Cedeño, A., Wachsmuth, H., Petrov, R. and Nakov, P. (2020). "
    "SemEval-2020 Task 11: Detection of Propaganda Techniques in News Articles. Proceedings "
    "of the Fourteenth Workshop on Semantic Evaluation, pp. 1377-1414. "
    "https://aclanthology.org/2020.semeval-1.186/",
)
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
                  for t in techniques.values()],
                 caption="The 14 techniques of SemEval-2020 Task 11 (Da San Martino et al. "
                         "2019, 2020; see techniques.SOURCES), with examples from our texts")


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


def mark(text, words, technique, occurrence=1, note=""):
    """A Span of `technique` on `words` of a text: `mark(text, "Traders are traitors", "Slogans")`.

    The words are found with `find_span`; the technique may be given by id or by name.
    """
    found = find_span(text, words, occurrence)
    return Span(text.id, resolve(technique), found.start, found.end, note)


def sort_key(span):
    """Spans in reading order: by text, then position, then technique."""
    try:
        return span.text_id, span.start, span.end, span.technique
    except AttributeError:  # checked only when it fails: sorting calls this for every span
        raise NarrativesError(f"{shown(span)} is not a span: sort spans made with Span(...) "
                              "or techniques.mark(...).") from None


# --- The PTC span format -----------------------------------------------------------

def to_ptc(spans, notes=False):
    """Spans as PTC lines: `text_id<TAB>technique<TAB>start<TAB>end`, in reading order.

    With `notes=True`, a span's note (if any) follows as a fifth column.
    """
    spans = expect_spans(spans, offsets=False)
    lines = []
    for span in sorted(spans, key=sort_key):
        # A text id that a spreadsheet would run as a formula gets a leading ', as in the
        # tags CSV; `read_ptc` takes it off again.
        columns = [safe(span.text_id), span.technique, str(span.start), str(span.end)]
        if notes and span.note:
            # No tabs or line breaks; no formula a spreadsheet opening the file would run.
            columns.append(safe(" ".join(span.note.split())))
        lines.append("\t".join(columns) + "\n")
    return "".join(lines)


def read_ptc(content, corpus=None, techniques=None):
    """`(spans, problems)` from PTC text: every line that can be read, and a
    sentence for each that cannot. Blank lines are skipped, and so are comments: lines
    starting with # that are not a span (a text's id may start with #, as in '#1').

    With a corpus, text ids and offsets are checked against the texts too.
    """
    spans, problems = [], []
    for number, line in enumerate(expect_str(content, "The spans file").splitlines(), start=1):
        columns = [c.strip() for c in line.split("\t")]
        if not line.strip() or line.startswith("#") and not _is_span_line(columns):
            continue
        if len(columns) not in (4, 5):
            problems.append(f"line {number}: expected 4 columns separated by tabs (text_id, "
                            f"technique, start, end), found {len(columns)}.")
            continue
        text_id, technique, start, end = columns[:4]
        if not (start.isdecimal() and end.isdecimal()):
            problems.append(f"line {number}: start and end must be whole numbers, found "
                            f"{start!r} and {end!r}.")
            continue
        span = Span(unsafe(text_id), technique, int(start), int(end),
                    unsafe("".join(columns[4:])))
        problem = span_problem(span, corpus, techniques)
        if problem:
            problems.append(f"line {number}: {problem}")
        else:
            spans.append(span)
    return spans, problems


def _is_span_line(columns):
    """Whether a line's columns are those of a span: 4 or 5, the 3rd and 4th numbers."""
    return len(columns) in (4, 5) and columns[2].isdecimal() and columns[3].isdecimal()


def span_problem(span, corpus=None, techniques=None):
    """What is wrong with a span (a sentence), or None when nothing is."""
    expect_span(span)
    if corpus is not None:
        expect_corpus(corpus)
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
        raise NarrativesError(f"{len(problems)} line(s) cannot be read as PTC spans:\n"
                              f"{listing(problems)}\nFix them and try again.")
    return spans


# --- The project's reference spans ---------------------------------------------

def load_reference(corpus=None, path=REFERENCE, notes=REFERENCE_NOTES):
    """The project's reference spans, each with its one-line rationale as `note`."""
    if corpus is not None:
        expect_corpus(corpus)
    with open(path, encoding="utf-8") as file:
        spans = from_ptc(file.read(), corpus)
    with open(notes, encoding="utf-8", newline="") as file:
        why = {(r["text_id"], r["technique"], int(r["start"]), int(r["end"])): r["rationale"]
               for r in csv.DictReader(file)}
    return [Span(s.text_id, s.technique, s.start, s.end,
                 why.get((s.text_id, s.technique, s.start, s.end), "")) for s in spans]


def spans_table(spans, corpus, techniques=None):
    """A table of spans: where, which technique, the words, and the note."""
    spans = expect_spans(spans)
    expect_corpus(corpus)
    techniques = techniques or TECHNIQUES
    return Table(["text", "technique", "start", "end", "words", "why"],
                 [[s.text_id, techniques[s.technique].name if s.technique in techniques
                   else s.technique, s.start, s.end, s.quote(corpus), s.note]
                  for s in sorted(spans, key=sort_key)])


def reference_table(technique=None, path=REFERENCE_NOTES):
    """The reference spans with whose words they are, the side, and why (one technique, or all)."""
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    if technique is not None:
        wanted = resolve(technique)
        rows = [r for r in rows if r["technique"] == wanted]
    return Table(["text", "technique", "words", "whose words", "side", "why"],
                 [[r["text_id"], TECHNIQUES[r["technique"]].name, r["quote"], r["voice"],
                   r["side"], r["rationale"]] for r in rows])


def count_table(spans, corpus):
    """How many spans of each technique each text has (techniques with none left out)."""
    spans = expect_spans(spans)
    expect_corpus(corpus)
    rows = []
    for technique in TECHNIQUES.values():
        counts = [sum(s.technique == technique.id and s.text_id == t.id for s in spans)
                  for t in corpus]
        if any(counts):
            rows.append([technique.name] + counts + [sum(counts)])
    totals = [sum(s.text_id == t.id for s in spans) for t in corpus]
    return Table(["technique"] + list(corpus.ids) + ["all"],
                 rows + [["all techniques"] + totals + [sum(totals)]])
