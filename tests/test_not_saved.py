"""Issue 20, item 9: every save outside the two tagging widgets says "Not saved" and why,
and a copy where nothing may be written (a hub's read-only image) still opens."""

import errno
import os
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
