"""The Tagger's life in a lesson: where it opens, where it resumes, what it says when its
kernel is gone, the learner's own labels, and a layout that keeps keyboard paths short."""

import json

import pytest

from narratives import texts
from narratives.errors import NarrativesError
from narratives.tagging.ownlabels import taxonomy_of
from narratives.tagging.tagger import Tagger
from narratives.tagging.tagview import (OFFLINE_STYLE, live_only, offline_html,
                                        opening_place, progress_html)


def position(tagger):
    return json.loads(tagger.path.read_text(encoding="utf-8"))["position"]


def test_start_opens_on_the_named_text_and_resumes_where_the_learner_stopped(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path, start="bogus-threat")
    assert tagger.at == ("bogus-threat", 0) and tagger.menu.value == "bogus-threat"
    tagger.buttons["none"].value = True
    tagger.next.click()
    tagger.next.click()
    # A new kernel (a restart, Run All) builds a new Tagger: it comes back to sentence 3.
    again = Tagger(corpus, annotator="ada", folder=tmp_path, start="bogus-threat")
    assert again.at == ("bogus-threat", 2)
    assert "Sentence 3 of 22" in again.where.value
    # Tagging elsewhere, then the lesson's cell again: back in bogus-threat, at its first
    # untagged sentence, not on the other text.
    again.go(("pravda-bury", 4))
    third = Tagger(corpus, annotator="ada", folder=tmp_path, start="bogus-threat")
    assert third.at == ("bogus-threat", 1)
    # Without `start`, the place saved last.
    assert Tagger(corpus, annotator="ada", folder=tmp_path).at == ("pravda-bury", 4)


def test_a_start_that_is_not_a_text_is_said_plainly(corpus, tmp_path):
    with pytest.raises(NarrativesError, match="is not a text with sentences here. Give one "
                                              "of: euvsdisinfo-force"):
        Tagger(corpus, annotator="ada", folder=tmp_path, start="bogus")


def test_the_place_is_where_the_learner_last_tagged_even_with_two_kernels(corpus, tmp_path):
    here = Tagger(corpus, annotator="ada", folder=tmp_path, start="bogus-threat")
    here.go(("bogus-threat", 6))
    there = Tagger(corpus, annotator="ada", folder=tmp_path)   # another notebook's Tagger
    there.go(("pravda-bury", 4))
    here.buttons["nato-aggressor"].value = True                 # the learner tags here
    assert position(here) == {"text_id": "bogus-threat", "sentence": 7}
    assert Tagger(corpus, annotator="ada", folder=tmp_path).at == ("bogus-threat", 6)


def test_opening_place_keeps_to_the_text_named():
    keys = [("a", 0), ("a", 1), ("b", 0), ("b", 1)]

    class Store(dict):
        position = None
    store = Store({("b", 0): {"none"}, ("b", 1): {"none"}})
    assert opening_place(keys, store) == ("a", 0)
    assert opening_place(keys, store, start="b") == ("b", 0)   # all tagged: its first
    store.position = ("b", 1)
    assert opening_place(keys, store, start="b") == ("b", 1)
    assert opening_place(keys, store, start="a") == ("a", 0)


def test_a_disconnected_tagger_says_so_instead_of_saved(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.buttons["none"].value = True
    # "Saved" is shown only while the kernel is there; the note only when it is not.
    assert tagger.message.value.startswith('<span class="narratives-live">')
    assert "Saved to tags-ada.json" in tagger.message.value
    assert tagger.offline.value == offline_html()
    assert tagger.widget.children[0] is tagger.offline
    assert "Not connected: re-run this cell." in offline_html()
    assert ".jupyter-widgets-disconnected .narratives-live {display: none;}" in OFFLINE_STYLE
    assert ".jupyter-widgets-disconnected .narratives-offline {display: block;}" in OFFLINE_STYLE
    assert live_only("") == ""


def test_nothing_to_say_shows_no_empty_bar(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert tagger._say("") == ""
    tagger.use_name("Ada L")   # nothing moved, no warning: nothing shown at the top
    assert tagger.warning.value == ""
    assert "Hello, Ada L" in tagger.message.value


def test_the_greeting_and_the_labels_sit_where_a_learner_looks(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("narratives.tagging.tagger.learner_name", lambda folder: None)
    tagger = Tagger(corpus, folder=tmp_path)
    order = list(tagger.widget.children)
    # The message ("Hello, ...", "Saved") right under the name box, above the text.
    assert order.index(tagger.message) == order.index(tagger.name_row) + 1
    rows = [c for c in order if any(b in getattr(c, "children", ()) for b in
                                    tagger.buttons.values())]
    navigation = next(c for c in order if tagger.next in getattr(c, "children", ()))
    # Keyboard: Next, Next untagged, then the first label; the sentence is above the labels.
    assert navigation.children[-2:] == (tagger.next, tagger.untagged)
    assert order.index(navigation) < order.index(tagger.page) < order.index(rows[0])
    first = rows[0].children[0]
    assert [c for c in order[order.index(navigation) + 1:order.index(rows[0])]
            if hasattr(c, "children") and c.children] == []   # nothing to Tab through between
    assert first is tagger.buttons[next(iter(tagger.labels))]
    # The progress line wraps under the menu in a narrow window, never past its edge.
    where = next(c for c in order if tagger.where in getattr(c, "children", ()))
    assert where.layout.flex_flow == "row wrap"


def test_progress_html():
    assert progress_html(0, 22, 0, 130) == "Sentence 1 of 22 · <b>0 of 130 tagged</b>"


def test_a_learners_own_labels_for_their_own_text(tmp_path):
    mine = texts.load("my-texts")
    own = ["Invasion is coming", "Only unity saves the nation", "Protesters are paid agents"]
    tagger = Tagger(mine, annotator="ada", folder=tmp_path, start="sample-en", labels=own)
    assert list(tagger.buttons) == ["invasion-is-coming", "only-unity-saves-the-nation",
                                    "protesters-are-paid-agents", "none"]
    assert tagger.buttons["invasion-is-coming"].description == "Invasion is coming"
    assert "nato-aggressor" not in tagger.buttons
    tagger.buttons["invasion-is-coming"].value = True
    tags = json.loads(tagger.path.read_text(encoding="utf-8"))["tags"]
    assert tags == [{"text_id": "sample-en", "sentence": 1, "labels": ["invasion-is-coming"]}]
    tagger.buttons["none"].value = True   # `none` still goes alone
    assert not tagger.buttons["invasion-is-coming"].value


def test_a_taxonomy_file_or_bad_labels(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("id,name,told_by,definition,cue\n"
                    "threat-invented,The threat is invented,,said to be made up,"
                    "inventing\nnone,none,,no story,-\n", encoding="utf-8")
    assert list(taxonomy_of(path)) == ["threat-invented", "none"]
    assert list(taxonomy_of(str(path))) == ["threat-invented", "none"]
    assert "nato-defensive" in taxonomy_of(None)
    for bad, said in [("invasion", "give a list of label names"),
                      (["Invasion!", "invasion"], "make the same label 'invasion'"),
                      ([3], "is not a name"), (["none"], "at least one label of your own"),
                      (["!!"], "has no letters or digits")]:
        with pytest.raises(NarrativesError, match=said):
            taxonomy_of(bad)


def test_lesson_02s_tagger_cell_runs_on_its_own_after_a_restart(tmp_path, monkeypatch):
    """A restart forgets every name: the cell must import what it needs (no NameError)."""
    import nbformat

    from narratives import paths
    lesson = nbformat.read(paths.ROOT / "notebooks" / "02-narratives.ipynb", as_version=4)
    cell = next(c.source for c in lesson.cells if "tagging.Tagger(" in c.source)
    monkeypatch.setattr("narratives.tagging.tagstore.MY_WORK", tmp_path)
    monkeypatch.setattr("narratives.workspace.MY_WORK", tmp_path, raising=False)
    fresh = {}   # a new kernel's namespace
    exec(cell, fresh)
    assert fresh["tagger"].at == ("bogus-threat", 0)
