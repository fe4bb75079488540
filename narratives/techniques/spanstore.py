r"""A learner's technique spans, saved to disk the moment they change, and never lost.

The file is `my-work/spans-<annotator>.tsv` in the PTC span format
(`text_id<TAB>technique<TAB>start<TAB>end`), with the learner's note, when
there is one, as a fifth column, and a first line `# annotator: <name>`. Each
corpus has a file of its own (lesson 06's texts: `spans-<annotator>-my-texts.tsv`),
and spans of texts a store's corpus does not hold are kept as they are, never
set aside. Every change rewrites the file atomically (`workspace.atomic_write`)
under a lock (`narratives.filelock`), on what the file holds then: two kernels
on one file lose nothing, and a crash leaves the old file or the new one.

>>> import tempfile
>>> store = SpanStore(Path(tempfile.mkdtemp()) / "spans-ada.tsv")
>>> from narratives.techniques import Span
>>> store.add(Span("pravda-bury", "Slogans", 2899, 2919, "a catchy pair of words"))
True
>>> store.path.read_text(encoding="utf-8").split("\t")
['pravda-bury', 'Slogans', '2899', '2919', 'a catchy pair of words\n']
>>> len(SpanStore(store.path))
1
"""

from pathlib import Path

from ..errors import NarrativesError, expect_path
from ..filelock import locked
from ..leftovers import sweep_leftovers
from ..paths import TEXTS
from ..reading import read_bytes
from ..workspace import adopt, atomic_write, keep_copy, login, safe_name, work_path
from .spans import read_ptc, sort_key, span_problem, to_ptc

HEADER = "# annotator: "


def corpus_name(corpus):
    """'' for the workbook's own texts, else the name of the corpus's folder ('my-texts')."""
    where = getattr(corpus, "folder", None)
    if where is None or Path(where).resolve() == TEXTS.resolve():
        return ""
    return Path(where).resolve().name


def spans_path(annotator=None, folder=None, lesson=""):
    """Where an annotator's spans live: `my-work/spans-<name>[-<lesson>].tsv`.

    >>> spans_path("ada", "/tmp/work", lesson="my-texts").name
    'spans-ada-my-texts.tsv'
    """
    suffix = f"-{safe_name(lesson)}" if lesson else ""
    return work_path(folder) / f"spans-{safe_name(annotator or login())}{suffix}.tsv"


def _key(span):
    return span.text_id, span.technique, span.start, span.end


class SpanStore:
    """Spans saved at once to `path`. With a corpus, each span is checked against the texts.

    A file that cannot be read whole is kept unchanged under a new name (in
    `kept`), the lines that can be read are kept, and `message` says what
    happened: nothing is silently overwritten. Where it cannot be mended (a
    full disk, a read-only folder) it stays as it was, and no save replaces it
    until it can be (`unmended` holds why).
    """

    def __init__(self, path, corpus=None, annotator=None):
        self.path = expect_path(path, "the spans file")
        self.corpus = corpus
        self.annotator = annotator
        self.message, self.kept, self.unmended = "", None, None
        self._spans, self._others, self._seen = {}, {}, None
        if self.path.exists():
            self._load()

    # Reading -------------------------------------------------------------
    @property
    def spans(self):
        """The spans in reading order."""
        return sorted(self._spans.values(), key=sort_key)

    def __iter__(self):
        return iter(self.spans)

    def __len__(self):
        return len(self._spans)

    def __contains__(self, span):
        return _key(span) in self._spans

    def __repr__(self):
        texts = len({s.text_id for s in self._spans.values()})
        kept = f"; an unreadable file was kept as {self.kept.name}" if self.kept else ""
        return f"<SpanStore: {len(self)} spans in {texts} texts, in '{self.path.name}'{kept}>"

    # Changing: each change is on disk before the method returns ----------
    def add(self, span):
        """Add a span (or change its note) and save; False when it was already there."""
        self._check(span)

        def change():
            old = self._spans.get(_key(span))
            if old is not None and old.note == span.note:
                return False
            self._spans[_key(span)] = span
            return True
        return self._change(change)

    def remove(self, span):
        """Remove a span and save; False when it was not there."""
        return self._change(lambda: self._spans.pop(_key(span), None) is not None)

    def merge(self, spans):
        """Add many spans with one save (a loaded file, say); returns how many were new."""
        spans = list(spans)
        for span in spans:
            self._check(span)

        def change():
            new = {_key(s): s for s in spans if _key(s) not in self._spans}
            self._spans.update(new)
            return len(new)
        return self._change(change)

    def absorb(self, old_path):
        """Move every span of the file `old_path` into this store, then delete that file.

        Used when a learner who began under a shared login gives their own name.
        """
        old_path = Path(old_path)
        if old_path == self.path:
            return 0

        def merge(path):
            old = SpanStore(path, self.corpus)
            if old.kept:
                raise NarrativesError(old.message)

            def change():
                self._spans.update(old._spans)
                self._others.update(old._others)
            self._change(change)
            return len(old)
        # Under the old file's lock: a span another kernel saves there meanwhile is not lost.
        return adopt(old_path, merge)

    def to_ptc(self):
        """The spans as the text of a PTC file, notes (and other texts' spans) included."""
        every = sorted([*self._spans.values(), *self._others.values()], key=sort_key)
        head = f"{HEADER}{' '.join(self.annotator.split())}\n" if self.annotator else ""
        return head + to_ptc(every, notes=True)

    def _check(self, span):
        problem = span_problem(span, self.corpus)
        if problem:
            raise NarrativesError(f"This span cannot be saved: {problem}")

    def _change(self, change):
        """Run `change` on what the file holds now, under its lock, and save.

        Every decision (is the span there? is it new?) is made after the reload:
        a store that decided on what it last saw would say "already there" of a
        span another kernel had removed since. `change` returns what the method
        answers: False or 0 mean nothing changed, so nothing is written (None, a
        change that answers nothing, is always written).
        """
        with locked(self.path):
            self._reload()  # another widget on the same file saved since: start from it
            if self.unmended is not None:
                raise self.unmended   # saving now would drop the lines it could not read
            before = dict(self._spans)
            answer = change()
            if answer is not None and not answer:
                return answer
            text = self.to_ptc()
            try:
                atomic_write(self.path, text)
            except BaseException:
                self._spans = before  # not on disk, so not made: memory and file agree
                raise
            self._seen = text.encode("utf-8")
        sweep_leftovers(self.path)
        return answer

    # The file ------------------------------------------------------------
    def _reload(self):
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        if data != self._seen:
            self._load(data)

    def _mend(self):
        """Keep the file as it was beside it, then write what could be read in its place."""
        kept = keep_copy(self.path)
        text = self.to_ptc()
        try:
            atomic_write(self.path, text)
        except OSError:
            kept.unlink(missing_ok=True)   # the file itself is still as it was
            raise
        self.kept, self._seen = kept, text.encode("utf-8")

    def _mine(self, span):
        """Whether a span belongs to this store's corpus (every span does without one)."""
        return self.corpus is None or span.text_id in self.corpus

    def _load(self, data=None):
        data = read_bytes(self.path) if data is None else data  # no FIFO, no endless file
        try:
            content = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            spans, problems = [], ["the file is not UTF-8 text"]
        else:
            spans, problems = read_ptc(content)  # the format; then offsets in our texts
            for line in content.splitlines()[:1]:
                if line.startswith(HEADER) and not self.annotator:
                    self.annotator = line[len(HEADER):].strip() or None
        mine = []
        for span in spans:
            problem = span_problem(span, self.corpus) if self._mine(span) else None
            if problem:
                problems.append(f"{span.text_id} {span.start}-{span.end}: {problem}")
            else:
                mine.append(span)
        self._spans = {_key(s): s for s in mine if self._mine(s)}
        self._others = {_key(s): s for s in mine if not self._mine(s)}
        self._seen = data
        if problems:
            listing = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
            try:
                self._mend()
            except OSError as error:
                # A full disk or a read-only folder: the file stays as it was, whole, and
                # is read again (and mended first) before anything is saved over it.
                self._seen, self.unmended = None, error
                self.message = (f"{len(problems)} line(s) of {self.path.name} could not be "
                                f"read ({listing}). The file could not be mended "
                                f"({error.strerror or error}), so it stays as it was; the "
                                f"{len(mine)} spans that could be read are loaded. Nothing "
                                "is saved until it can be: free some space, or work in a "
                                "folder you may write, then run the cell again.")
                return
            self.unmended = None
            self.message = (f"{len(problems)} line(s) of {self.path.name} could not be read "
                            f"({listing}). The file as it was is kept, unchanged, as "
                            f"{self.kept.name}; the {len(mine)} spans that could be read "
                            f"are loaded. Mend the other lines there and load the file "
                            "again to get them back.")
