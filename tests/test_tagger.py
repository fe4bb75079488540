"""The Tagger's buttons, driven without a kernel: every click lands on disk."""

import base64
import json
import re
from datetime import datetime, timezone

import pytest

from narratives import texts
from narratives.display import escape
from narratives.tagging.tagcsv import to_csv
from narratives.tagging.tagger import Tagger, context_html, next_untagged, toggle
from narratives.tagging.tagstore import TagStore


def on_disk(tagger):
    doc = json.loads(tagger.path.read_text(encoding="utf-8"))
    return {(t["text_id"], t["sentence"] - 1): set(t["labels"]) for t in doc["tags"]}, doc


def test_a_click_is_saved_at_once(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert tagger.path == tmp_path / "tags-ada.json" and not tagger.path.exists()
    assert repr(tagger) == "<Tagger for 'ada': euvsdisinfo-force sentence 1, 0 of 130 tagged>"
    tagger.buttons["nato-aggressor"].value = True
    tagger.buttons["disputes-claim"].value = True
    tags, _ = on_disk(tagger)
    assert tags == {("euvsdisinfo-force", 0): {"nato-aggressor", "disputes-claim"}}
    tagger.buttons["nato-aggressor"].value = False
    assert on_disk(tagger)[0] == {("euvsdisinfo-force", 0): {"disputes-claim"}}
    assert "1 of 130 tagged" in tagger.where.value
    # Each label is a checkbox: a screen reader announces its state ("checked").
    assert type(tagger.buttons["disputes-claim"]).__name__ == "Checkbox"
    assert tagger.buttons["disputes-claim"].value
    assert not tagger.buttons["nato-aggressor"].value


def test_none_switches_the_others_off(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.buttons["west-hostile"].value = True
    tagger.buttons["none"].value = True
    assert not tagger.buttons["west-hostile"].value
    assert on_disk(tagger)[0] == {("euvsdisinfo-force", 0): {"none"}}
    tagger.buttons["nato-defensive"].value = True
    assert not tagger.buttons["none"].value
    assert on_disk(tagger)[0] == {("euvsdisinfo-force", 0): {"nato-defensive"}}


def test_navigation_and_reopening_restore_tags_and_place(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.previous.click()  # at the very first sentence: stays there
    assert tagger.at == ("euvsdisinfo-force", 0)
    for _ in range(18):  # across the end of the first text into the second
        tagger.next.click()
    assert tagger.at == ("bogus-threat", 0)
    assert "Sentence 1 of 22" in tagger.where.value and tagger.menu.value == "bogus-threat"
    tagger.buttons["threat-as-pretext"].value = True
    tagger.menu.value = "pravda-bury"
    assert tagger.at == ("pravda-bury", 0)
    tagger.next.click()
    tagger.buttons["west-hostile"].value = True
    assert on_disk(tagger)[1]["position"] == {"text_id": "pravda-bury", "sentence": 2}

    again = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert again.at == ("pravda-bury", 1)
    assert again.buttons["west-hostile"].value and not again.buttons["none"].value
    assert "2 of 130 tagged" in again.where.value
    again.menu.value = "bogus-threat"  # goes to the text's first untagged sentence
    assert again.at == ("bogus-threat", 1)
    again.previous.click()
    assert again.buttons["threat-as-pretext"].value


def test_next_untagged_skips_tagged_sentences(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.buttons["none"].value = True
    tagger.next.click()
    tagger.buttons["none"].value = True
    tagger.previous.click()
    tagger.untagged.click()
    assert tagger.at == ("euvsdisinfo-force", 2)
    tagger.store.update({key: {"none"} for key in tagger.keys})
    tagger.untagged.click()
    assert tagger.at == ("euvsdisinfo-force", 2)
    assert "All 130 sentences are tagged" in tagger.message.value
    keys = tagger.keys
    assert next_untagged(keys, {k: {"none"} for k in keys}) is None
    assert next_untagged(keys, {}, after=keys[-1]) == keys[0]  # goes round


def test_own_label(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.go(("pravda-bury", 21))
    tagger.own_name.value = "Traders are traitors"
    tagger.add.click()
    assert tagger.buttons["traders-are-traitors"].value
    assert on_disk(tagger)[0] == {("pravda-bury", 21): {"traders-are-traitors"}}
    assert on_disk(tagger)[1]["custom_labels"] == ["traders-are-traitors"]
    again = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert "traders-are-traitors" in again.buttons and again.own_name.value == ""
    again.own_name.value = "!!"
    again.add.click()
    assert "no letters or digits" in again.message.value
    again.own_name.value = "None"  # a taxonomy label typed in is that label
    again.add.click()
    assert again.store.get("pravda-bury", 21) == {"none"}
    assert again.store.custom_labels == ("traders-are-traitors",)


def test_download_writes_csv_and_offers_it(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.buttons["nato-aggressor"].value = True
    tagger.download.click()
    csv_text = (tmp_path / "tags-ada.csv").read_text(encoding="utf-8")
    assert csv_text == to_csv(tagger.store, corpus)
    link = re.search(r'download="tags-ada.csv" href="data:text/csv;base64,([^"]+)"',
                     tagger.link.value)
    assert base64.b64decode(link.group(1)).decode("utf-8") == csv_text


def upload(tagger, name, data):
    tagger.upload.value = ({"name": name, "type": "text/csv", "size": len(data),
                            "content": memoryview(data),
                            "last_modified": datetime(2020, 8, 16, tzinfo=timezone.utc)},)


def test_load_tags_from_a_downloaded_csv(corpus, tmp_path):
    source = TagStore(annotator="ada")
    source.set("pravda-bury", 0, {"west-hostile"})
    source.set("pravda-bury", 21, {"traders-are-traitors"})
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path / "new-session")
    tagger.buttons["none"].value = True
    upload(tagger, "tags-ada.csv", to_csv(source).encode("utf-8"))
    assert "Loaded 2 tags from tags-ada.csv" in tagger.message.value
    tags, doc = on_disk(tagger)
    assert tags == {("euvsdisinfo-force", 0): {"none"}, ("pravda-bury", 0): {"west-hostile"},
                    ("pravda-bury", 21): {"traders-are-traitors"}}
    assert doc["custom_labels"] == ["traders-are-traitors"]
    assert "traders-are-traitors" in tagger.buttons


def test_a_bad_csv_changes_nothing_and_says_why(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.buttons["none"].value = True
    before = tagger.path.read_bytes()
    upload(tagger, "x.csv", b"text_id,sentence,labels\npravda-bury,99,none\n<b>,1,none\n")
    assert tagger.path.read_bytes() == before
    assert "line 2: pravda-bury has 34 sentences" in tagger.message.value
    assert "&#x27;&lt;b&gt;&#x27;" in tagger.message.value  # escaped, not markup
    upload(tagger, "x.csv", "text_id;sentence".encode("utf-16"))
    assert "x.csv: is UTF-16, not UTF-8" in tagger.message.value
    assert "iconv -f UTF-16 -t UTF-8 x.csv" in tagger.message.value


def test_a_corrupt_file_is_reported_and_kept(corpus, tmp_path):
    (tmp_path / "tags-ada.json").write_text("{ not json", encoding="utf-8")
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert "cannot be read" in tagger.warning.value and "corrupt" in tagger.warning.value
    kept = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ not json"
    tagger.buttons["none"].value = True
    assert on_disk(tagger)[0] == {("euvsdisinfo-force", 0): {"none"}}


def test_text_from_files_is_escaped(make_folder, tmp_path):
    folder = make_folder({"evil.txt": 'Title <script>alert(1)</script>\n'
                                      'One. <img src=x onerror="alert(2)"> Two.\nThree.'})
    corpus = texts.load(folder)
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path / "work")
    tagger.next.click()
    html = tagger.page.value
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html
    assert "(start of the text)" in context_html(corpus, "evil", 0)


def test_toggle_rules():
    assert toggle(set(), "none", True) == {"none"}
    assert toggle({"none"}, "west-hostile", True) == {"west-hostile"}
    assert toggle({"a", "b"}, "a", False) == {"b"}
    assert toggle({"a"}, "b", True) == {"a", "b"}


def test_the_same_file_can_be_loaded_twice(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    data = b"text_id,sentence,labels\npravda-bury,1,west-hostile\n"
    upload(tagger, "a.csv", data)
    tagger.store.set("pravda-bury", 0, {"none"})
    upload(tagger, "a.csv", data)
    assert tagger.store.get("pravda-bury", 0) == {"west-hostile"}


def test_every_definition_can_be_read_without_a_mouse(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="keys", folder=tmp_path)
    html = "".join(getattr(child, "value", "") for child in tagger.widget.children)
    for label in tagger.labels.values():
        assert escape(label.definition) in html   # in the page, not only in a tooltip
    assert '<details class="label-definitions"><summary>' in html
