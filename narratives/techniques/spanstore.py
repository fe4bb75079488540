r"""A learner's technique spans, saved to disk the moment they change, and never lost.

The file is `my-work/spans-<annotator>.tsv` in the PTC span format
(`text_id<TAB>technique<TAB>start<TAB>end`), with the learner's note, when
there is one, as a fifth column. Every change rewrites it atomically
(`workspace.atomic_write`): a crash leaves the old file or the new one.

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

import os
from pathlib import Path

from ..errors import NarrativesError, expect_path
from ..reading import read_bytes
from ..workspace import atomic_write, folder as work_folder, login, safe_name, set_aside
from .spans import read_ptc, sort_key, span_problem, to_ptc


def spans_path(annotator=None, folder=None):
    """Where an annotator's spans live: `my-work/spans-<name>.tsv` by default."""
    return work_folder(folder) / f"spans-{safe_name(annotator or login())}.tsv"


def _key(span):
    return span.text_id, span.technique, span.start, span.end


class SpanStore:
    """Spans saved at once to `path`. With a corpus, each span is checked against the texts.

    A file that cannot be read whole is moved aside unchanged (its new name is
    in `kept`), the lines that can be read are kept, and `message` says what
    happened: nothing is silently overwritten.
    """

    def __init__(self, path, corpus=None):
        self.path = expect_path(path, "the spans file")
        self.corpus = corpus
        self.message, self.kept = "", None
        self._spans, self._stamp = {}, None
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
        old = self._spans.get(_key(span))
        if old is not None and old.note == span.note:
            return False
        self._change(lambda: self._spans.__setitem__(_key(span), span))
        return True

    def remove(self, span):
        """Remove a span and save; False when it was not there."""
        if _key(span) not in self._spans:
            return False
        self._change(lambda: self._spans.pop(_key(span)))
        return True

    def merge(self, spans):
        """Add many spans with one save (a loaded file, say); returns how many were new."""
        spans = list(spans)
        for span in spans:
            self._check(span)
        new = [s for s in spans if _key(s) not in self._spans]
        if new:
            self._change(lambda: self._spans.update((_key(s), s) for s in new))
        return len(new)

    def to_ptc(self):
        """The spans as the text of a PTC file, notes included."""
        return to_ptc(self.spans, notes=True)

    def _check(self, span):
        problem = span_problem(span, self.corpus)
        if problem:
            raise NarrativesError(f"This span cannot be saved: {problem}")

    def _change(self, change):
        if self._changed_on_disk():
            self._load()  # another widget on the same file saved since: start from it
        before = dict(self._spans)
        change()
        try:
            atomic_write(self.path, self.to_ptc())
        except BaseException:
            self._spans = before  # not on disk, so not made: memory and file agree
            raise
        self._stamp = self._disk_stamp()

    # The file ------------------------------------------------------------
    def _disk_stamp(self):
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def _changed_on_disk(self):
        stamp = self._disk_stamp()
        return stamp is not None and stamp != self._stamp

    def _load(self):
        try:
            content = read_bytes(self.path).decode("utf-8-sig")
        except UnicodeDecodeError:
            spans, problems = [], ["the file is not UTF-8 text"]
        else:
            spans, problems = read_ptc(content, self.corpus)
        self._spans = {_key(s): s for s in spans}
        if problems:
            self.kept = set_aside(self.path)
            atomic_write(self.path, self.to_ptc())
            listing = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
            self.message = (f"{len(problems)} line(s) of {self.path.name} could not be read "
                            f"({listing}). The file as it was is kept, unchanged, as "
                            f"{self.kept.name}; the {len(spans)} spans that could be read "
                            f"are loaded. Mend the other lines there and load the file "
                            "again to get them back.")
        self._stamp = self._disk_stamp()
