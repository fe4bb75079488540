"""The SpanTagger's callbacks, driven without a kernel: set values, click buttons."""

import base64
import re
from datetime import datetime, timezone

import pytest

from narratives import texts
from narratives.techniques.spanstore import SpanStore
from narratives.techniques.spantagger import SpanTagger, pieces, sentence_html
from narratives.techniques import Span, to_ptc

corpus = texts.load()
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def tagger(tmp_path):
    return SpanTagger(corpus, annotator="ada", folder=tmp_path)


def go(tagger, text_id, words):
    """Show the sentence of `text_id` that holds `words`."""
    tagger.text.value = text_id
    tagger.sentence.value = next(s.index for s in corpus[text_id].sentences if words in s.text)


def tag(tagger, text_id, words, technique, typed=None, note=""):
    go(tagger, text_id, words)
    tagger.phrase.value = typed if typed is not None else words
    tagger.technique.value = technique
    tagger.note.value = note
    tagger.add.click()


def downloaded(tagger):
    encoded = re.search(r'base64,([A-Za-z0-9+/=]*)"', tagger.link.value).group(1)
    return base64.b64decode(encoded).decode("utf-8")


def test_add_saves_the_span_at_once_and_lists_it(tagger, tmp_path):
    tag(tagger, "tanks-and-planes", "Europe’s last dictator", "Name_Calling,Labeling",
        typed="europe's last dictator", note="a label as common knowledge")
    span = Span("tanks-and-planes", "Name_Calling,Labeling", 688, 710)
    assert SpanStore(tmp_path / "spans-ada.tsv").spans == [span]
    assert "Saved: Name calling or labelling on “Europe’s last dictator”" in tagger.message.value
    assert tagger.phrase.value == "" and tagger.note.value == ""  # ready for the next one
    assert '<mark class="span">Europe’s last dictator</mark>' in tagger.page.value
    listed = tagger.listing.children[1].children[1].value
    assert "Europe’s last dictator" in listed and "a label as common knowledge" in listed
    assert downloaded(tagger) == (tmp_path / "spans-ada.tsv").read_text(encoding="utf-8")


def test_the_phrase_is_looked_for_in_the_sentence_shown(tagger):
    go(tagger, "bogus-threat", "Polish flags")
    tagger.phrase.value = "like rats"
    tagger.add.click()
    assert "is not in sentence" in tagger.message.value and "It is in sentence" in \
        tagger.message.value
    assert len(tagger.store) == 0 and tagger.phrase.value == "like rats"  # kept to fix


def test_an_ambiguous_phrase_tags_the_first_and_says_so(tagger):
    go(tagger, "bogus-threat", "fundamental values")
    tagger.phrase.value = "fundamental"
    tagger.add.click()
    assert "occurs 2 times here; this is the 1st" in tagger.message.value
    assert len(tagger.store) == 1


def test_adding_the_same_span_twice_says_nothing_changed(tagger):
    tag(tagger, "pravda-bury", "Traders are traitors", "Slogans")
    tag(tagger, "pravda-bury", "Traders are traitors", "Slogans")
    assert "already has Slogans: nothing changed" in tagger.message.value
    assert len(tagger.store) == 1


def test_remove_buttons_remove_and_save(tagger, tmp_path):
    tag(tagger, "pravda-bury", "Traders are traitors", "Slogans")
    tag(tagger, "pravda-bury", "ready to bury Belarus", "Loaded_Language")
    assert len(tagger.listing.children) == 3  # a heading and one row per span
    tagger.listing.children[1].children[0].click()  # the first in reading order: the headline
    assert "Removed: Loaded language on “ready to bury Belarus”" in tagger.message.value
    assert [s.technique for s in SpanStore(tmp_path / "spans-ada.tsv").spans] == ["Slogans"]
    assert len(tagger.listing.children) == 2


def test_text_from_the_files_is_escaped(tagger):
    go(tagger, "euvsdisinfo-force", "proportionate &")
    assert "proportionate &amp; designed" in tagger.page.value
    tagger.phrase.value = "<b>NATO</b>"
    tagger.add.click()
    assert "<b>NATO</b>" not in tagger.message.value and "&lt;b&gt;" in tagger.message.value


def test_the_definition_follows_the_technique(tagger):
    tagger.technique.value = "Doubt"
    assert "<b>Doubt</b>: Questioning the credibility" in tagger.definition.value
    assert "failed to provide any proof of it" in tagger.definition.value


def test_loading_a_file_adds_its_spans_and_names_bad_lines(tagger, tmp_path):
    tag(tagger, "pravda-bury", "Traders are traitors", "Slogans")
    content = to_ptc([Span("pravda-bury", "Slogans", 2899, 2919),
                      Span("bogus-threat", "Name_Calling,Labeling", 2050, 2059)]) + "bad line\n"
    tagger.upload.value = ({"name": "old.tsv", "type": "text/tab-separated-values", "size": 1,
                            "content": memoryview(content.encode("utf-8")),
                            "last_modified": NOW},)
    message = tagger.message.value
    assert "Loaded old.tsv: 1 new span(s), 1 already there" in message
    assert "1 line(s) could not be read: line 3: expected 4 columns" in message
    assert len(SpanStore(tmp_path / "spans-ada.tsv")) == 2
    assert tagger.upload.value == ()  # emptied, so the same file can be loaded again


def test_loading_a_file_that_is_not_text_says_so(tagger):
    tagger.upload.value = ({"name": "photo.tsv", "type": "", "size": 3,
                            "content": memoryview(b"\xff\xd8\xff"), "last_modified": NOW},)
    assert "photo.tsv, line 1: is not UTF-8 (byte 0xff). Open it" in tagger.message.value
    assert len(tagger.store) == 0


def test_reopening_shows_the_saved_spans_and_a_corrupt_file_is_reported(tmp_path):
    first = SpanTagger(corpus, annotator="ada", folder=tmp_path)
    tag(first, "pravda-bury", "Traders are traitors", "Slogans")
    with open(tmp_path / "spans-ada.tsv", "a", encoding="utf-8") as file:
        file.write("pravda-bury\tSlogans\t5\n")
    again = SpanTagger(corpus, annotator="ada", folder=tmp_path)
    assert len(again.store) == 1 and "could not be read" in again.warning.value
    assert list(tmp_path.glob("spans-ada.corrupt-*.tsv"))


def test_a_failed_save_is_reported_not_raised(tagger, monkeypatch):
    from narratives import workspace

    def read_only(*args):
        raise OSError(30, "Read-only file system")
    monkeypatch.setattr(workspace.os, "replace", read_only)
    tag(tagger, "pravda-bury", "Traders are traitors", "Slogans")
    assert "Not saved" in tagger.message.value and "Read-only" in tagger.message.value
    assert len(tagger.store) == 0 and tagger.phrase.value == "Traders are traitors"


def test_overlapping_spans_are_cut_into_pieces():
    spans = [Span("t", "Doubt", 0, 10), Span("t", "Slogans", 5, 15), Span("t", "Doubt", 20, 25)]
    assert pieces(spans) == [(0, 5, "span"), (5, 10, "span span-overlap"), (10, 15, "span"),
                             (20, 25, "span")]
    sentence = corpus["pravda-bury"].sentences[0]
    html = sentence_html(sentence, [Span("pravda-bury", "Loaded_Language", 5, 26)])
    assert '<mark class="span">ready to bury Belarus</mark>' in html


def test_a_stable_plain_text_form_for_notebooks(tagger):
    assert repr(tagger) == ("<SpanTagger: 5 texts, 14 techniques; each span is saved as "
                            "you add it>")
    data = tagger._repr_mimebundle_()
    data = data[0] if isinstance(data, tuple) else data
    assert data["text/plain"] == repr(tagger)
