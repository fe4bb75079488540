"""Each learner has a name of their own, each corpus a spans file of its own, and a save
that fails says "Not saved" and leaves the widget as it was."""

import errno
import os
import tempfile

import pytest

from narratives import texts, workspace
from narratives.errors import NarrativesError
from narratives.paths import MY_TEXTS
from narratives.tagging import Tagger, TagStore, classroom
from narratives.tagging.tagcsv import to_csv
from narratives.techniques import Span, SpanStore, SpanTagger

RATS = Span("bogus-threat", "Name_Calling,Labeling", 2050, 2059)


@pytest.fixture
def jovyan(monkeypatch):
    """A Binder-like session: every learner logs in as jovyan."""
    monkeypatch.setattr(workspace.getpass, "getuser", lambda: "jovyan")
    for name in ("JUPYTERHUB_USER", "BINDER_LAUNCH_HOST"):
        monkeypatch.delenv(name, raising=False)


# Names --------------------------------------------------------------------
def test_the_name_comes_from_the_learner_then_the_hub_then_the_login(tmp_path, monkeypatch,
                                                                     jovyan):
    assert workspace.learner_name(tmp_path) is None  # jovyan tells no one apart
    monkeypatch.setenv("JUPYTERHUB_USER", "ada")
    assert workspace.learner_name(tmp_path) == "ada"
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    assert workspace.learner_name(tmp_path) is None  # Binder's hub names are random
    monkeypatch.setenv("JUPYTERHUB_USER", "jovyan")
    assert workspace.learner_name(tmp_path) is None
    assert workspace.save_name("  Ada   L ", tmp_path) == "Ada L"
    assert workspace.learner_name(tmp_path) == "Ada L"
    monkeypatch.setattr(workspace.getpass, "getuser", lambda: "ben")
    monkeypatch.delenv("JUPYTERHUB_USER")
    assert workspace.learner_name(tmp_path / "elsewhere") == "ben"


def test_a_shared_or_empty_name_is_refused_with_a_reason(tmp_path):
    with pytest.raises(NarrativesError, match="many learners share"):
        workspace.save_name("Jovyan", tmp_path)
    with pytest.raises(NarrativesError, match="cannot be part of a file name"):
        workspace.save_name("???", tmp_path)
    assert not (tmp_path / "name.txt").exists()


def test_the_tagger_asks_a_jovyan_once_and_moves_the_tags(corpus, tmp_path, jovyan):
    tagger = Tagger(corpus, folder=tmp_path)
    assert tagger.name_row.layout.display == "flex"
    tagger.tag("nato-aggressor")
    assert tagger.path.name == "tags-jovyan.json"
    tagger.name.value = "Ada Lovelace"
    tagger.name_row.children[-1].click()  # "Use this name"
    assert tagger.name_row.layout.display == "none"
    assert "Hello, Ada Lovelace" in tagger.message.value
    assert (tmp_path / "name.txt").read_text(encoding="utf-8") == "Ada Lovelace\n"
    assert not (tmp_path / "tags-jovyan.json").exists()  # every tag moved, none left behind
    store = TagStore(tmp_path / "tags-Ada-Lovelace.json")
    assert store.annotator == "Ada Lovelace" and len(store) == 1
    tagger.prepare_download()
    assert "Ada Lovelace,euvsdisinfo-force,1,nato-aggressor" in to_csv(tagger.store)

    again = Tagger(corpus, folder=tmp_path)  # the next lesson: asked no more
    assert again.name_row.layout.display == "none"
    assert again.path.name == "tags-Ada-Lovelace.json" and len(again.store) == 1


def test_tags_saved_under_jovyan_by_another_kernel_join_the_named_file(corpus, tmp_path,
                                                                       jovyan):
    workspace.save_name("ada", tmp_path)
    late = TagStore(tmp_path / "tags-jovyan.json", annotator="jovyan")
    late.set("pravda-bury", 3, {"none"})
    tagger = Tagger(corpus, folder=tmp_path)
    assert tagger.store.get("pravda-bury", 3) == {"none"}
    assert not (tmp_path / "tags-jovyan.json").exists()


def test_the_span_tagger_asks_too_and_its_file_carries_the_name(corpus, tmp_path, jovyan):
    tagger = SpanTagger(corpus, folder=tmp_path)
    assert tagger.name_row.layout.display == "flex"
    tagger.store.add(RATS)
    tagger.use_name("Ben")
    assert tagger.store.path.name == "spans-Ben.tsv" and list(tagger.store) == [RATS]
    assert not (tmp_path / "spans-jovyan.tsv").exists()
    assert tagger.store.path.read_text(encoding="utf-8").startswith("# annotator: Ben\n")
    assert "# annotator: Ben" in tagger.store.to_ptc()  # what the download link holds
    assert SpanTagger(corpus, folder=tmp_path).name_row.layout.display == "none"


# The class merge -----------------------------------------------------------
def test_two_jovyans_are_two_learners_and_a_hand_in_twice_counts_once(corpus, tmp_path):
    first = TagStore(annotator="jovyan")
    first.update({("pravda-bury", 0): {"none"}})
    second = TagStore(annotator="jovyan")
    second.update({("pravda-bury", 0): {"west-hostile"}, ("pravda-bury", 1): {"none"}})
    (tmp_path / "tags-jovyan.csv").write_text(to_csv(first), encoding="utf-8")
    (tmp_path / "tags-jovyan (1).csv").write_text(to_csv(second), encoding="utf-8")
    ada = TagStore(annotator="ada")
    ada.update({("pravda-bury", 0): {"none"}})
    (tmp_path / "ada-early.csv").write_text(to_csv(ada), encoding="utf-8")
    ada.update({("pravda-bury", 1): {"none"}})
    (tmp_path / "ada-late.csv").write_text(to_csv(ada), encoding="utf-8")
    ada_b = TagStore(annotator="ada")  # another learner who is also called ada
    ada_b.update({("pravda-bury", 0): {"west-hostile"}})
    (tmp_path / "tags-ada.csv").write_text(to_csv(ada_b), encoding="utf-8")

    merged = classroom.read_class(tmp_path, corpus)
    status = {row[0]: row[3] for row in merged.report}
    assert status["tags-jovyan.csv"].startswith("used")
    assert status["tags-jovyan (1).csv"].startswith("used")
    assert status["ada-early.csv"] == "duplicate, not used"
    assert status["ada-late.csv"].startswith("used") and status["tags-ada.csv"].startswith("used")
    assert sorted(merged.stores) == ["ada", "ada (tags-ada.csv)", "jovyan (tags-jovyan (1).csv)",
                                     "jovyan (tags-jovyan.csv)"]
    assert len(merged.stores["ada"]) == 2


# One spans file per corpus, and other corpora's spans kept -------------------
def test_lessons_05_and_06_save_spans_in_files_of_their_own(corpus, tmp_path):
    mine = texts.load(MY_TEXTS)
    five = SpanTagger(corpus, annotator="ada", folder=tmp_path)
    six = SpanTagger(mine, annotator="ada", folder=tmp_path)
    assert five.store.path.name == "spans-ada.tsv"
    assert six.store.path.name == "spans-ada-my-texts.tsv"
    assert SpanTagger(mine, annotator="ada", folder=tmp_path, lesson="06").store.path.name \
        == "spans-ada-06.tsv"


def test_a_file_holding_two_corpora_is_kept_whole_by_each(corpus, tmp_path):
    mine = texts.load(MY_TEXTS)
    sample = Span("sample-en", "Doubt", 0, 5)
    path = tmp_path / "spans-ada.tsv"
    SpanStore(path).merge([RATS, sample])  # an older file, both lessons' spans in one
    five = SpanStore(path, corpus)
    assert five.message == "" and five.kept is None and list(five) == [RATS]
    six = SpanStore(path, mine)
    assert six.message == "" and list(six) == [sample]
    five.remove(RATS)
    assert list(SpanStore(path)) == [sample]  # the other lesson's span is still there
    assert [p.name for p in tmp_path.iterdir() if "corrupt" in p.name] == []


# A save that fails ---------------------------------------------------------
def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def read_only(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


@pytest.mark.parametrize("failure, reason", [(disk_full, "No space left on device"),
                                             (read_only, "Permission denied")])
def test_a_failed_tag_says_not_saved_and_undoes_the_click(corpus, tmp_path, monkeypatch,
                                                          failure, reason):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.buttons["nato-aggressor"].value = True
    assert "Saved to" in tagger.message.value
    before = tagger.path.read_bytes()
    # A full disk fails when the file is flushed; a read-only folder when it is created.
    monkeypatch.setattr(os, "fsync", failure) if failure is disk_full else \
        monkeypatch.setattr(tempfile, "mkstemp", failure)
    tagger.buttons["west-hostile"].value = True  # the click
    assert "Not saved" in tagger.message.value and reason in tagger.message.value
    assert "Saved to" not in tagger.message.value
    assert tagger.buttons["west-hostile"].value is False  # the widget as before the click
    assert tagger.buttons["nato-aggressor"].value is True
    assert tagger.store.get("euvsdisinfo-force", 0) == {"nato-aggressor"}
    assert tagger.path.read_bytes() == before
    monkeypatch.undo()
    tagger.buttons["west-hostile"].value = True  # space again: the same click works
    assert TagStore(tagger.path).get("euvsdisinfo-force", 0) == {"nato-aggressor",
                                                                   "west-hostile"}


def test_a_failed_span_says_not_saved_and_keeps_the_typed_words(corpus, tmp_path,
                                                                 monkeypatch):
    tagger = SpanTagger(corpus, annotator="ada", folder=tmp_path)
    tagger.text.value, tagger.sentence.value = "bogus-threat", 0
    words = corpus["bogus-threat"].sentences[0].text.split()[0]
    tagger.phrase.value = words
    monkeypatch.setattr(os, "fsync", disk_full)
    assert tagger.add_span() is None
    assert "Not saved: No space left on device" in tagger.message.value
    assert tagger.phrase.value == words and len(tagger.store) == 0
