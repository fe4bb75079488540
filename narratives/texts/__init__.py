"""The texts: loaded verbatim, split into sentences and words, read in a widget.

>>> corpus = load()
>>> corpus.ids
('euvsdisinfo-force', 'bogus-threat', 'euvsdisinfo-flights', 'pravda-bury', 'tanks-and-planes')
>>> text = corpus["tanks-and-planes"]
>>> text.outlet, text.outlet_kind, text.published
('Breitbart News', 'US privately owned news website', '2020-08-17')
>>> first = text.sentences[0]
>>> text.body[first.start:first.end] == first.text
True
"""

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .. import paths
from ..errors import NarrativesError, expect_corpus, listing
from ..paths import TEXTS
from ..reading import printable
from . import sentences as _split
from .sentencelist import Sentence, SentenceList  # noqa: F401 (Sentence: part of this API)
from .catalog import parse_date
from .folder import scan
from .reader import Reader, to_html  # noqa: F401 (lesson 01: texts.Reader)
from .sources import (blind_labels, compare_guesses, how_we_know, save_card,  # noqa: F401
                      sources)  # (lesson 01)
from ..reading import to_utf8  # noqa: F401 (lesson 06: a file in another encoding)


@dataclass(frozen=True)
class Boilerplate:
    """A line that the outlet adds around every article: a caption, a byline..."""
    line: int
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, eq=False)
class Text:
    """One text: its catalog details and its verbatim body."""
    id: str
    title: str
    outlet: str
    outlet_kind: str   # ownership and mission ("EU government communication unit"), no verdict
    published: str
    date_basis: str
    date_note: str
    language: str
    body: str
    boilerplate: tuple
    path: Path
    url: str = ""             # where the text was published, or "unknown"
    url_note: str = ""        # how the address (and the title, when it is not in the text) was found
    run_by: str = ""          # who runs the outlet
    funded_by: str = ""       # who pays for it
    outlet_basis: str = ""    # how we know who is behind the text
    outlet_sources: str = ""  # the citations for it, separated by ";"

    @property
    def citations(self):
        """The sources for who runs and funds the outlet, one by one."""
        return tuple(c.strip() for c in self.outlet_sources.split(";") if c.strip())

    @cached_property
    def date(self):
        """`published` as a date (the first day of a month or year given alone)."""
        return parse_date(self.published) if self.published else None

    @cached_property
    def content_spans(self):
        """`(start, end)` of each line that is not boilerplate."""
        skip = {b.line for b in self.boilerplate}
        spans, at = [], 0
        for number, line in enumerate(self.body.split("\n"), start=1):
            if number not in skip and line.strip():
                spans.append((at, at + len(line)))
            at += len(line) + 1
        return tuple(spans)

    @cached_property
    def sentences(self):
        """The sentences outside the boilerplate, in order (split the first time asked for)."""
        return SentenceList(self.id, self.body, [
            span for start, end in self.content_spans
            for span in _split.sentence_spans(self.body, start, end)])

    @cached_property
    def tokens(self):
        """The words outside the boilerplate, in their original case."""
        return tuple(self.body[s:e] for start, end in self.content_spans
                     for s, e in _split.token_spans(self.body, start, end))

    def sentence_at(self, offset):
        """The sentence that holds character `offset` of the body, or None."""
        return self.sentences.at(offset)

    def __repr__(self):
        return f"<Text {self.id!r}: {len(self.sentences)} sentences, {len(self.tokens)} words>"


class Corpus:
    """The texts of a folder, in catalog order, found by position or by id."""

    def __init__(self, texts, folder=None):
        self.texts = tuple(texts)
        self.folder = folder
        self._by_id = {t.id: t for t in self.texts}

    @property
    def ids(self):
        return tuple(self._by_id)

    def __iter__(self):
        return iter(self.texts)

    def __len__(self):
        return len(self.texts)

    def __getitem__(self, key):
        if isinstance(key, int) and not isinstance(key, bool):
            if -len(self.texts) <= key < len(self.texts):
                return self.texts[key]
            if not self.texts:
                raise NarrativesError("This corpus has no texts. Load a folder that holds "
                                      "some: texts.load() or texts.load('my-texts').")
            raise NarrativesError(f"There is no text number {key}: this corpus has "
                                  f"{len(self.texts)} texts, numbered 0 to "
                                  f"{len(self.texts) - 1}. Or give an id: "
                                  + ", ".join(self.ids) + ".")
        try:
            return self._by_id[key]
        except (KeyError, TypeError):
            raise NarrativesError(f"There is no text with id {key!r}. The ids are: "
                                  + ", ".join(self.ids) + ".") from None

    def __contains__(self, key):
        return key in self._by_id

    def __repr__(self):
        return f"<Corpus of {len(self)} texts: {', '.join(self.ids)}>"


def _boilerplate(body, pairs):
    if not pairs:
        return ()
    lines = body.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return tuple(Boilerplate(n, kind, starts[n - 1], starts[n - 1] + len(lines[n - 1]),
                             lines[n - 1]) for n, kind in pairs)


def _text(entry):
    row = {k: (v or "").strip() for k, v in entry.row.items() if k}
    title = row.get("title") or next(line.strip() for line in entry.body.splitlines()
                                     if line.strip())
    return Text(id=row["id"], title=title,
                outlet=row.get("outlet", ""), outlet_kind=row.get("outlet_kind", ""),
                published=row.get("published", ""), date_basis=row.get("date_basis", ""),
                date_note=row.get("date_note", ""), language=row.get("language", ""),
                body=entry.body, boilerplate=_boilerplate(entry.body, entry.boilerplate),
                path=entry.path, url=row.get("url", ""), url_note=row.get("url_note", ""),
                run_by=row.get("run_by", ""), funded_by=row.get("funded_by", ""),
                outlet_basis=row.get("outlet_basis", ""),
                outlet_sources=row.get("outlet_sources", ""))


def as_folder(folder):
    """A folder argument as a Path: the workbook's texts/ for None, an error for nonsense."""
    if folder is None:
        return TEXTS
    if not isinstance(folder, (str, os.PathLike)):
        raise NarrativesError(f"{folder!r} is not a folder path. Give the folder as text, "
                              "e.g. load('my-texts'), or call load() for the workbook's texts.")
    if not str(os.fspath(folder)).strip():
        raise NarrativesError("The folder name is empty. Give the folder as text, e.g. "
                              "load('my-texts'), or call load() for the workbook's texts.")
    return Path(folder)


def load(folder=None):
    """The texts of `folder` (the workbook's `texts/` by default) as a Corpus.

    Raises NarrativesError, with every problem listed, when the folder has
    any; `python -m narratives check FOLDER` prints the same list.
    """
    if folder is None and not paths.found():
        raise NarrativesError(paths.not_found())
    folder = as_folder(folder)
    entries, problems = scan(folder)
    if problems:
        raise NarrativesError(f"The texts in {printable(folder)} cannot be loaded yet:\n"
                              f"{listing(problems, most=20)}\n"
                              "Fix these, then run the cell again.")
    return Corpus((_text(e) for e in entries), folder)


def load_file(path):
    """One text from one file, without a catalog: its id is the file name.

    >>> load_file(TEXTS / "pravda-bury.txt").title
    'NATO ready to bury Belarus, Lukashenko turns to Russia'
    """
    from .folder import Entry, Problem, _no_words, _wordless, read_text
    from .textids import id_problem

    path = as_folder(path)
    said = id_problem(path.stem)
    if said:
        raise NarrativesError(f"{Problem(path, None, f'cannot be loaded: {said}')}")
    body, problem = read_text(path)
    problem = problem or (_wordless(path) if _no_words(body, ()) else None)
    if problem:
        raise NarrativesError(f"{problem}")
    return _text(Entry(path, body, {"id": path.stem.strip()}))


def mentions(corpus, people):
    """A table of how often each person is named in each text.

    `people` maps a name to a regular expression that also finds its other
    spellings, e.g. {"Lukashenko": r"Lukashenk[oa]"}. Boilerplate is left out.
    """
    import re

    from ..display import Table

    expect_corpus(corpus)
    if not isinstance(people, dict):
        raise NarrativesError("Give the people as a dict of names and patterns, e.g. "
                              "{'Lukashenko': r'Lukashenk[oa]'}.")
    rows = []
    for name, pattern in people.items():
        try:
            if not isinstance(pattern, str):  # a bytes pattern compiles, then finds in no text
                raise TypeError(f"it is {type(pattern).__name__}, not text")
            found = re.compile(pattern)
        except (re.error, TypeError) as error:
            raise NarrativesError(f"The pattern for {name!r}, {pattern!r}, is not a regular "
                                  f"expression ({error}). Write it as r'Lukashenk[oa]'.") from None
        rows.append([name] + [sum(len(found.findall(t.body, s, e)) for s, e in t.content_spans)
                              for t in corpus])
    return Table(["person"] + list(corpus.ids), rows)


def check(folder=None):
    """Print whether a folder of texts is ready to load, or what to fix first."""
    from .folder import report

    print(report(as_folder(folder))[1])


def overview(corpus, blind=False):
    """A table of the texts: date and how it is known, size. Who is behind each: `sources`.

    `blind=True` shows each text's neutral label ('Text A') instead of its id,
    for a lesson that asks who published a text before the ids (which name
    outlets) give it away.
    """
    expect_corpus(corpus)
    from ..display import Table

    names = blind_labels(corpus) if blind else {t.id: t.id for t in corpus}
    rows = [[names[t.id], t.published, t.date_basis, len(t.sentences), len(t.tokens)]
            for t in corpus]
    return Table(["text" if blind else "id", "published", "date is", "sentences", "words"],
                 rows)


def boilerplate_table(corpus):
    """A table of every boilerplate line: which text, which line, what kind."""
    expect_corpus(corpus)
    from ..display import Table

    rows = [[t.id, b.line, b.kind, b.text if len(b.text) < 60 else b.text[:57] + "..."]
            for t in corpus for b in t.boilerplate]
    return Table(["text", "line", "kind", "begins"], rows)
