"""Issue 20, item 9: every save outside the two tagging widgets says "Not saved" and why,
and a copy where nothing may be written (a hub's read-only image) still opens."""

import errno
import os
import tempfile
from pathlib import Path

import pytest

from narratives import workspace
from narratives.errors import NarrativesError
from narratives.tagging.classroom import export
from narratives.tagging.sheet import write_sheets
from narratives.techniques.spantagger import SpanTagger
from narratives.texts import load
from narratives.texts.sources import save_card
from narratives.display import Table
from narratives.yourtext import save_analysis, save_text


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def read_only(*args, **kwargs):
    raise PermissionError(errno.EROFS, "Read-only file system")


@pytest.fixture(scope="module")
def corpus():
    return load()


SAVES = {
    "save_text": lambda folder, corpus: save_text("my-article", "NATO denied it.", folder),
    "save_analysis": lambda folder, corpus: save_analysis("sample-en", "A careful look.",
                                                          folder),
    "save_card": lambda folder, corpus: save_card("Who runs it: ...", "ada", folder),
    "classroom.export": lambda folder, corpus: export(Table(["a"], [["1"]]),
                                                      Path(folder) / "class.csv"),
    "write_sheets": lambda folder, corpus: write_sheets(corpus, folder),
}


@pytest.mark.parametrize("name", SAVES)
@pytest.mark.parametrize("failure, reason", [(disk_full, "No space left on device"),
                                             (read_only, "Read-only file system")])
def test_a_failed_save_says_not_saved_and_why(corpus, tmp_path, monkeypatch, name, failure,
                                              reason):
    # A full disk fails when the file is flushed; a read-only folder when it is made.
    monkeypatch.setattr(os, "fsync", failure)
    if failure is read_only:
        monkeypatch.setattr(Path, "mkdir", failure)
    with pytest.raises(NarrativesError) as raised:
        SAVES[name](tmp_path / "my-work", corpus)
    said = str(raised.value)
    assert said.startswith("Not saved: " + reason), said
    assert [p for p in tmp_path.rglob("*.tmp")] == []
    monkeypatch.undo()
    saved = SAVES[name](tmp_path / "my-work", corpus)   # space again: the same call works
    assert all(Path(p).is_file() for p in (saved if isinstance(saved, list) else [saved]))


def test_a_read_only_copy_without_my_work_still_opens(corpus, tmp_path, monkeypatch):
    work = tmp_path / "my-work"
    monkeypatch.setattr(Path, "mkdir", read_only)
    monkeypatch.setattr(os, "mkdir", read_only)
    assert "0 file(s)" in workspace.summary(work).caption
    assert "0 files" in workspace.download_all(work).data
    tagger = SpanTagger(corpus, annotator="ada", folder=work)   # opens; saving will say why
    assert len(tagger.store) == 0
    assert not work.exists()


def test_a_name_that_cannot_be_kept_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(NarrativesError, match="Not saved: Read-only file system"):
        workspace.save_name("Ada L", tmp_path / "my-work")


# --- A file that cannot be read, where nothing may be written -----------------------

def bad_spans_file(folder, corpus):
    from narratives.techniques import Span, to_ptc

    sentence = corpus["bogus-threat"].sentences[0]
    good = Span("bogus-threat", "Loaded_Language", sentence.start, sentence.start + 5)
    path = folder / "spans-ada.tsv"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(to_ptc([good]) + "a line that is not a span\n", encoding="utf-8")
    return path, good


def test_a_full_disk_never_loses_a_spans_file_it_cannot_mend(corpus, tmp_path, monkeypatch):
    from narratives.techniques.spanstore import SpanStore

    path, good = bad_spans_file(tmp_path, corpus)
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", disk_full)
    store = SpanStore(path, corpus)   # opens: the span it can read is loaded
    assert list(store) == [good] and "could not be mended (No space left" in store.message
    assert path.read_bytes() == before and not store.kept
    assert [p.name for p in tmp_path.iterdir()] == [path.name]   # no half-kept copy
    # Run again, still full: the file is still there and the message still says why.
    again = SpanStore(path, corpus)
    assert list(again) == [good] and "could not be mended" in again.message
    with pytest.raises(OSError):   # a save would drop the unread line: not made
        again.remove(good)
    assert path.read_bytes() == before
    monkeypatch.undo()   # space again: the next change mends the file first, keeping it
    assert again.remove(good)
    kept = [p for p in tmp_path.iterdir() if "corrupt" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == before


def test_a_corrupt_file_in_a_read_only_folder_opens_both_taggers(corpus, tmp_path,
                                                                 monkeypatch):
    from narratives.tagging import Tagger

    path, good = bad_spans_file(tmp_path, corpus)
    (tmp_path / "tags-ada.json").write_text("{not json", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for name in ("replace", "link", "rename"):
        monkeypatch.setattr(os, name, read_only)
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    spans = SpanTagger(corpus, annotator="ada", folder=tmp_path)
    assert len(spans.store) == 1 and "could not be mended" in spans.store.message
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    said = tagger.warning.value + tagger.message.value
    assert "could not be moved aside" in said and "stays as it is" in said
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
