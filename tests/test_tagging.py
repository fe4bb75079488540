"""Tags are saved at once and never lost; the taxonomy and the reference hold up."""

import csv
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from narratives import NarrativesError, tagging, texts
from narratives.tagging.tagcsv import from_csv, parse_csv, read_tags, to_csv
from narratives.tagging.tagstore import CorruptTagsError, TagStore, safe_name, tags_path
from narratives.tagging.taxonomy import label_id
from narratives.tagging.taxonomy import load as load_labels

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reference(corpus):
    return tagging.load_reference(corpus)


# The store ---------------------------------------------------------------
def test_set_get_and_reload(tmp_path):
    path = tmp_path / "tags-ada.json"
    store = TagStore(path, annotator="ada")
    assert store.get("pravda-bury", 2) == set() and not path.exists()
    store.set("pravda-bury", 2, ["west-hostile"])
    store.set("bogus-threat", 0, {"threat-as-pretext", "disputes-claim"})
    store.set("pravda-bury", 2, [])  # untagging removes the sentence
    again = TagStore(path)
    assert again.get("bogus-threat", 0) == {"threat-as-pretext", "disputes-claim"}
    assert ("pravda-bury", 2) not in again and len(again) == 1
    assert again.annotator == "ada"
    record = json.loads(path.read_text(encoding="utf-8"))["tags"][0]
    assert record == {"text_id": "bogus-threat", "sentence": 1,
                      "labels": ["disputes-claim", "threat-as-pretext"]}


def test_position_and_own_labels_are_saved(tmp_path):
    path = tmp_path / "tags-ada.json"
    store = TagStore(path)
    store.move_to("tanks-and-planes", 5)
    assert store.add_label("Traders are traitors") == "traders-are-traitors"
    store.set("pravda-bury", 21, {"traders-are-traitors"})
    again = TagStore(path)
    assert again.position == ("tanks-and-planes", 5)
    assert again.custom_labels == ("traders-are-traitors",)
    assert again.get("pravda-bury", 21) == {"traders-are-traitors"}


def test_none_goes_alone_and_labels_are_ids(tmp_path):
    store = TagStore(tmp_path / "tags-a.json")
    with pytest.raises(NarrativesError, match="'none' cannot go with other labels"):
        store.set("pravda-bury", 0, {"none", "west-hostile"})
    with pytest.raises(NarrativesError, match="is not a label id"):
        store.set("pravda-bury", 0, {"West Hostile"})
    with pytest.raises(NarrativesError, match="from 0 up"):
        store.set("pravda-bury", -1, {"none"})
    assert len(store) == 0 and not (tmp_path / "tags-a.json").exists()


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "tags-a.json"
    store = TagStore(path)
    store.set("pravda-bury", 0, {"west-hostile"})
    before = path.read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.set("pravda-bury", 1, {"none"})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()  # no temporary left (the lock stays)
                  if not p.name.endswith(".lock")) == ["tags-a.json"]


@pytest.mark.parametrize("content, reason", [
    ('{"format": "narratives-tags", "tags": [{"text_id": "a", "sentence": 1,',
     "not valid JSON"),
    ('{"tags": []}', "not a tags file"),
    ('{"format": "narratives-tags", "tags": [{"text_id": "a", "sentence": 0, "labels": []}]}',
     "tag 1 of its list"),
    ('{"format": "narratives-tags", "tags": [{"text_id": "a", "sentence": 1, '
     '"labels": ["none", "west-hostile"]}]}', "cannot go with other labels"),
])
def test_a_corrupt_file_is_set_aside_and_named(tmp_path, content, reason):
    path = tmp_path / "tags-ada.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorruptTagsError, match=reason) as caught:
        TagStore(path)
    kept = caught.value.kept
    assert kept.read_text(encoding="utf-8") == content  # kept, unchanged
    assert re.fullmatch(r"tags-ada\.corrupt-\d{8}-\d{6}(-\d+)?\.json", kept.name)
    assert str(kept) in str(caught.value) and not path.exists()
    fresh = TagStore(path)  # running the cell again starts a new file
    fresh.set("pravda-bury", 0, {"none"})
    assert kept.read_text(encoding="utf-8") == content


def test_a_hand_edited_file_that_is_still_valid_loads(tmp_path):
    path = tmp_path / "tags-ada.json"
    TagStore(path).set("pravda-bury", 0, {"none"})
    text = path.read_text(encoding="utf-8")
    text = text.replace('["none"]', '["west-hostile", "russia-protector"]')
    path.write_text(text, encoding="utf-8")
    assert TagStore(path).get("pravda-bury", 0) == {"west-hostile", "russia-protector"}


def test_two_stores_on_one_file_lose_nothing(tmp_path):
    path = tmp_path / "tags-ada.json"
    first, second = TagStore(path), TagStore(path)
    first.set("pravda-bury", 0, {"none"})
    second.set("pravda-bury", 1, {"west-hostile"})  # reads first's save before writing
    first.set("pravda-bury", 2, {"west-hostile"})
    assert len(TagStore(path)) == 3


def test_reference_is_read_only(reference):
    with pytest.raises(NarrativesError, match="read-only"):
        reference.set("pravda-bury", 0, {"none"})


def test_file_names_are_safe(tmp_path):
    assert tags_path("Ada Lovelace", tmp_path) == tmp_path / "tags-Ada-Lovelace.json"
    assert tags_path("../../etc/passwd", tmp_path).parent == tmp_path
    assert safe_name("Алиса") == "Алиса"
    with pytest.raises(NarrativesError, match="cannot be part of a file name"):
        safe_name("../")
    assert tags_path(folder=tmp_path).name.startswith("tags-")


# Killed mid-stream -------------------------------------------------------
CHILD = """
import sys
from narratives.tagging.tagstore import TagStore
keys = [(t, i) for t, n in (("euvsdisinfo-force", 18), ("pravda-bury", 34)) for i in range(n)]
labels = ["nato-aggressor", "nato-defensive", "none", "west-hostile"]
store = TagStore(sys.argv[1])
step = 0
while True:
    key = keys[step % len(keys)]
    store.set(*key, {labels[step % len(labels)]})
    print("ack", step, flush=True)
    step += 1
"""


def expected_after(steps):
    keys = [(t, i) for t, n in (("euvsdisinfo-force", 18), ("pravda-bury", 34)) for i in range(n)]
    labels = ["nato-aggressor", "nato-defensive", "none", "west-hostile"]
    state = {}
    for step in range(steps):
        state[keys[step % len(keys)]] = frozenset({labels[step % len(labels)]})
    return state


def test_sigkill_loses_no_acknowledged_tag(tmp_path):
    path = tmp_path / "tags-killed.json"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    acked = -1
    for line in child.stdout:
        acked = int(line.split()[1])
        if acked >= 120:  # past the 52 sentences: tags are being overwritten now
            break
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    for line in rest.splitlines():  # acknowledged before the kill, still in the pipe
        acked = int(line.split()[1])
    assert child.returncode == -signal.SIGKILL and acked >= 120
    state = dict(TagStore(path).items())  # the file parses
    # The set after the last acknowledged one may have finished too; nothing older may show.
    assert state in (expected_after(acked + 1), expected_after(acked + 2))
    assert not [p for p in tmp_path.iterdir() if p.name != path.name
                and not p.name.endswith((".tmp", ".lock"))]


# CSV ---------------------------------------------------------------------
def test_csv_round_trip(tmp_path, corpus):
    store = TagStore(tmp_path / "tags-ada.json", annotator="ada")
    store.set("pravda-bury", 0, {"west-hostile", "russia-protector"},
              rationale='He said "bury", ok')
    store.set("tanks-and-planes", 33, {"none"})
    text = to_csv(store, corpus)
    assert text.splitlines()[1] == ('ada,pravda-bury,1,russia-protector;west-hostile,'
                                    '"He said ""bury"", ok"')
    back = from_csv(text, corpus)
    assert back.items() == store.items() and back.annotator == "ada"
    assert back.rationale("pravda-bury", 0) == 'He said "bury", ok'


def test_csv_bad_lines_are_each_named(corpus):
    text = ("text_id,sentence,labels\n"
            "pravda-bury,1,west-hostile\n"
            "no-such-text,1,none\n"
            "pravda-bury,35,none\n"
            "pravda-bury,two,none\n"
            "pravda-bury,2,none;west-hostile\n"
            "pravda-bury,3,\n"
            "pravda-bury,1,none\n")
    tags, problems = parse_csv(text, corpus)
    assert tags == {("pravda-bury", 0): {"west-hostile"}}
    assert problems[0].startswith("line 3: there is no text 'no-such-text'")
    assert problems[1] == "line 4: pravda-bury has 34 sentences, so there is no sentence 35."
    assert problems[2].startswith("line 5: sentence two is not a sentence number")
    assert problems[3].startswith("line 6: 'none' cannot go with other labels")
    assert problems[4].startswith("line 7: no labels")
    assert problems[5].startswith("line 8: pravda-bury sentence 1 has other labels on line 2")
    with pytest.raises(NarrativesError, match="nothing was changed") as caught:
        from_csv(text, corpus)
    assert "line 8" in str(caught.value)


def test_csv_from_a_spreadsheet(corpus):
    text = "\ufefftext_id,sentence,labels\r\npravda-bury,1,\"west-hostile, russia-protector\"\r\n"
    assert from_csv(text, corpus).get("pravda-bury", 0) == {"west-hostile", "russia-protector"}
    tags, problems = parse_csv("id,number\n1,2\n")
    assert not tags and "the columns text_id, sentence, labels are missing" in problems[0]


def test_read_tags_does_not_move_a_classmates_broken_file(tmp_path):
    path = tmp_path / "tags-dana.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(NarrativesError, match="tags-dana.json: it is not valid JSON"):
        read_tags(path)
    assert path.read_text(encoding="utf-8") == "{"


# Taxonomy and reference ---------------------------------------------------
def test_taxonomy_fits_the_texts(corpus):
    labels = load_labels()
    # Twelve narratives at most and none: a taxonomy a class can hold in mind.
    assert 8 <= len(labels) <= 13 and "none" in labels
    # Each narrative names the actors who tell it; only a plain report names none.
    assert [l.id for l in labels.values() if not l.told_by] == ["none"]
    assert {"nato-defensive", "rights-respected", "disputes-claim"} <= set(labels)
    bodies = " ".join(t.body for t in corpus).lower().replace("’", "'")
    for label in labels.values():
        if label.id != "none":
            for cue in label.cues:  # every cue is a phrase the texts really use
                assert cue.lower() in bodies, (label.id, cue)


def test_label_ids_from_names():
    assert label_id("  Traders are Traitors! ") == "traders-are-traitors"
    with pytest.raises(NarrativesError, match="no letters or digits"):
        label_id("!!")


def test_an_apostrophe_does_not_split_a_label_id():
    # Issue 21: "leader's self-image" became the unreadable leader-s-self-image.
    assert label_id("leader's self-image") == "leaders-self-image"
    assert label_id("Leader\u2019s Self-Image") == "leaders-self-image"


def test_reference_tags_every_sentence_with_reasons(corpus, reference):
    labels = load_labels()
    keys = {(t.id, s.index) for t in corpus for s in t.sentences}
    assert len(keys) == 130 and {k for k, _ in reference.items()} == keys
    for (text_id, index), found in reference.items():
        assert found <= set(labels), (text_id, index, found)
        if found != {"none"}:
            assert reference.rationale(text_id, index).strip(), (text_id, index)
    # Phrases quoted in a rationale are the sentence's own words.
    for (text_id, index), _ in reference.items():
        sentence = corpus[text_id].sentences[index].text
        plain = sentence.replace("’", "'").replace("\xa0", " ")
        for quote in re.findall(r"(?:^|[\s(])'([^']+?)'(?=[\s,.;:)]|$)",
                                reference.rationale(text_id, index)):
            assert quote in plain, (text_id, index + 1, quote)
    with open(tagging.REFERENCE, encoding="utf-8") as f:
        assert next(csv.reader(f)) == ["text_id", "sentence", "labels", "rationale"]


def test_reference_tags_quoted_claims_only_where_quoted(reference):
    # The case page's claim summary carries the claim's narrative ...
    assert "nato-aggressor" in reference.get("euvsdisinfo-force", 1)
    # ... the title and the response that name it only to dispute it do not.
    assert reference.get("euvsdisinfo-force", 6) == {"disputes-claim", "russia-hostile"}
    assert reference.get("euvsdisinfo-force", 0) == {"disputes-claim"}
    assert "rule 3" in reference.rationale("euvsdisinfo-force", 0)
    both_sides = reference.labels_used()
    assert {"nato-aggressor", "nato-defensive", "west-hostile", "rights-respected"} <= both_sides


def test_chart_by_text_counts_what_the_reference_says(corpus, reference):
    figure = tagging.plot_by_text(reference, corpus)
    assert len(figure.axes) == 5
    pravda = figure.axes[3]
    # Long outlet kinds wrap, so that three panels a row do not overlap their titles.
    assert pravda.get_title() == "pravda-bury\n(Russian privately owned\nonline outlet)"
    names = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    widths = dict(zip(names, (bar.get_width() for bar in pravda.patches)))
    assert widths["west-hostile"] == 9 and "none" not in widths
    description = tagging.describe_by_text(reference, corpus)
    assert "pravda-bury (Russian privately owned online outlet): west-hostile (9 sentences)" in description


def test_compare_shows_the_reference_reasons(corpus, reference):
    mine = TagStore()
    mine.set("bogus-threat", 15, {"opposition-criminal", "west-orchestrates"})
    mine.set("bogus-threat", 16, {"sovereignty-threat"})  # the reference: west-orchestrates
    mine.set("bogus-threat", 14, {"none"})
    table = tagging.compare(mine, reference, corpus, only="tagged")
    assert table.column("same") == ["yes", "partly", "no"]
    assert table.column("sentence") == [15, 16, 17]
    assert "like rats" in table.rows[1][5]
    assert len(tagging.compare(mine, reference, corpus, only="different")) == 2
    assert len(tagging.compare(mine, reference, corpus, text_id="pravda-bury")) == 34
    with pytest.raises(NarrativesError, match="only='tagged'"):
        tagging.compare(mine, reference, corpus, only="mine")


def test_chart_of_no_tags_counts_from_zero(corpus):
    axes = tagging.plot_by_text(TagStore(), corpus).axes
    assert axes[0].get_xlim()[0] == 0 and all(t >= 0 for t in axes[0].get_xticks())
    assert "no narrative tagged" in tagging.describe_by_text(TagStore(), corpus)
