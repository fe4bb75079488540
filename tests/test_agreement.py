"""Agreement against hand-computed values and NLTK; a class folder merged and reported."""

import csv
import shutil

import pytest
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import masi_distance

from narratives import NarrativesError, tagging, texts
from narratives.tagging import classroom
from narratives.tagging.dispute import PRIOR_TAGGERS, disputed, ranked, weighted
from narratives.tagging.agreement import (against, agreement, disagreement, per_label,
                                  votes)
from narratives.tagging.tagcsv import read_tags
from narratives.tagging.tagstore import TagStore

A, B, AB = frozenset("a"), frozenset("b"), frozenset("ab")


def tags(*labels, text="t"):
    return {(text, i): label for i, label in enumerate(labels)}


def test_hand_computed_single_labels():
    # Ao = 2/3. Chance: coder 1 says a 2/3, b 1/3; coder 2 a 1/3, b 2/3:
    # Ae = 2/9 + 2/9 = 4/9; kappa = (2/3 - 4/9) / (5/9) = 0.4.
    # Alpha: Do = 2/6, De = (3*3 + 3*3) / (6*5) = 0.6; 1 - (1/3) / 0.6 = 4/9.
    result = agreement({"one": tags(A, A, B), "two": tags(A, B, B)})
    assert result["percent"] == pytest.approx(200 / 3)
    assert result["kappa"] == pytest.approx(0.4)
    assert result["alpha"] == pytest.approx(4 / 9)
    assert (result["annotators"], result["items"], result["comparisons"]) == (2, 3, 3)
    assert result["note"] == ""


def test_hand_computed_sets_with_masi():
    # Item 0: {a} against {a, b}: MASI distance 1 - (1/2)(2/3) = 2/3; item 1 agrees.
    # Do = (2 * 2/3) / 4 = 1/3; De over {a}, {a,b}, {b} x2 = 8 / 12 = 2/3: alpha = 0.5.
    # Kappa takes each set as one category: Ao = 1/2, Ae = 1/4, kappa = 1/3.
    result = agreement({"one": tags(A, B), "two": tags(AB, B)})
    assert result["percent"] == 50.0
    assert result["alpha"] == pytest.approx(0.5)
    assert result["kappa"] == pytest.approx(1 / 3)


def test_same_as_nltk_when_everyone_tags_everything(corpus):
    reference = tagging.load_reference(corpus)
    ref = dict(reference.items())
    keys = sorted(ref)
    one = dict(ref)
    two = dict(ref)
    for i, key in enumerate(keys):
        if i % 7 == 0:
            one[key] = frozenset({"none"})
        if i % 5 == 0:
            two[key] = ref[key] | {"west-hostile"} if ref[key] != {"none"} else frozenset(
                {"nato-aggressor"})
    stores = {"reference": reference, "one": one, "two": two}
    data = [(name, key, frozenset(store[key] if isinstance(store, dict) else
                                  store.get(*key)))
            for name, store in stores.items() for key in keys]
    result = agreement(stores)
    assert result["kappa"] == pytest.approx(AnnotationTask(data=data).kappa())
    assert result["alpha"] == pytest.approx(
        AnnotationTask(data=data, distance=masi_distance).alpha())
    assert 0 < result["kappa"] < 1 and result["items"] == 130


def test_partial_overlap_compares_each_pair_on_what_both_tagged():
    full = tags(A, B, A, B)
    part = {("t", 0): A, ("t", 1): A}
    result = agreement({"full": full, "part": part})
    assert result["comparisons"] == 2 and result["percent"] == 50.0
    expected = AnnotationTask(data=[("full", 0, A), ("full", 1, B),
                                    ("part", 0, A), ("part", 1, A)]).kappa()
    assert result["kappa"] == pytest.approx(expected)


@pytest.mark.parametrize("stores, note", [
    ({}, "at least two annotators; there are 0"),
    ({"solo": tags(A, B)}, "at least two annotators; there is 1"),
    ({"x": tags(A, text="one"), "y": tags(A, text="two")}, "No sentence was tagged by two"),
    ({"x": tags(A, A, A), "y": tags(A, A, A), "z": tags(A)}, "same labels (a) to every"),
])
def test_degenerate_cases_say_why(stores, note):
    result = agreement(stores)
    assert result["kappa"] is None and result["alpha"] is None
    assert note in result["note"]


def test_one_undefined_pair_is_left_out_of_kappa():
    # x and y each say a everywhere: kappa undefined for them; z against each is computable.
    result = agreement({"x": tags(A, A), "y": tags(A, A), "z": tags(A, B)})
    assert result["kappa"] == pytest.approx(0.0)  # Ao 1/2, Ae 1/2 for both pairs with z
    assert "leaves out 1 pair" in result["note"]
    assert result["alpha"] is not None


def test_a_tag_store_works_like_a_dict(tmp_path):
    store = TagStore(tmp_path / "tags-s.json")
    store.update({("t", 0): A, ("t", 1): B})
    assert agreement({"s": store, "d": tags(A, B)})["percent"] == 100.0


def test_per_label_asks_yes_or_no_for_each_label():
    table = per_label({"one": tags(A, AB, B, B), "two": tags(A, A, B, A)})
    rows = {row[0]: row[1:] for row in table}
    # Label a: yes/no one = Y Y N N, two = Y Y N Y: 3 of 4 agree; Ae = 1/2*3/4 + 1/2*1/4.
    assert rows["a"][0] == 3 and rows["a"][1] == pytest.approx(75.0)
    assert rows["a"][2] == pytest.approx((0.75 - 0.5) / 0.5)
    # Label b: one = N Y Y Y, two = N N Y N: 2 of 4; Ae = 1/4*3/4 + 3/4*1/4 = 3/8.
    assert rows["b"][1] == pytest.approx(50.0)
    assert rows["b"][2] == pytest.approx((0.5 - 3 / 8) / (5 / 8))


def test_disputed_sentences_come_first(corpus):
    one = {("pravda-bury", 0): A, ("pravda-bury", 1): A, ("pravda-bury", 2): A}
    two = {("pravda-bury", 0): AB, ("pravda-bury", 1): B, ("pravda-bury", 2): A}
    table = disputed({"one": one, "two": two}, corpus)
    assert table.column("sentence") == [2, 1]  # full disagreement first; agreement left out
    assert table.column("disagreement") == [1.0, pytest.approx(2 / 3, abs=0.01)]
    assert table.column("taggers") == [2, 2]
    assert table.column("words")[0] == corpus["pravda-bury"].sentences[1].text
    assert disagreement([A, A, B]) == pytest.approx(2 / 3)
    assert votes([A, AB, B]) == "a x2; b x2"


def test_against_the_reference(corpus):
    reference = tagging.load_reference(corpus)
    copy = dict(reference.items())
    copy[("pravda-bury", 0)] = frozenset({"none"})
    table = against({"copy": copy}, reference)
    assert table.rows[0][:2] == ["copy", 130]
    assert table.rows[0][2] == pytest.approx(100 * 129 / 130, abs=0.05)


# The class folder -----------------------------------------------------------
def test_the_sample_class_is_merged_and_reported(corpus):
    merged = classroom.read_class(classroom.SAMPLE, corpus)
    report = {row[0]: row for row in merged.report}
    assert sorted(merged.stores) == ["amira", "ben", "chen"]
    assert report["tags-ben.json"][3] == "duplicate, not used"
    assert "also handed in tags-ben.csv, which has 130 tags" in report["tags-ben.json"][4]
    assert len(merged.stores["ben"]) == 130
    assert report["tags-chen.json"][3] == "used (partial)"
    assert "40 of 130 sentences" in report["tags-chen.json"][4]
    assert report["tags-dana.json"][3] == "malformed, not used"
    assert "not valid JSON" in report["tags-dana.json"][4]
    assert "traders-are-traitors" in merged.stores["ben"].labels_used()
    result = agreement(merged.stores)
    assert result["annotators"] == 3 and 0.5 < result["kappa"] < 0.95


def test_strays_copies_and_a_missing_folder(corpus, tmp_path):
    shutil.copy(classroom.SAMPLE / "tags-amira.json", tmp_path / "tags-amira.json")
    copy = TagStore(tmp_path / "tags-eve.json", annotator="eve")
    copy.update(dict(read_tags(tmp_path / "tags-amira.json").items()))
    stray = TagStore(tmp_path / "tags-finn.json", annotator="finn")
    stray.update({("pravda-bury", 0): {"none"}, ("pravda-bury", 99): {"none"},
                  ("no-such-text", 0): {"none"}})
    (tmp_path / "notes.txt").write_text("not a tag file", encoding="utf-8")
    merged = classroom.read_class(tmp_path, corpus)
    report = {row[1]: row for row in merged.report}
    assert "Identical to amira's tags" in report["eve"][4]
    assert "2 tag(s) for sentences not in these texts left out" in report["finn"][4]
    assert len(merged.stores["finn"]) == 1 and len(merged.report) == 3
    with pytest.raises(NarrativesError, match="is not a folder"):
        classroom.read_class(tmp_path / "nowhere", corpus)


def test_discussion_table_is_exported(corpus, tmp_path):
    merged = classroom.read_class(classroom.SAMPLE, corpus)
    reference = tagging.load_reference(corpus)
    table = classroom.discussion(merged.stores, corpus, reference)
    scores = table.column("weighted")
    assert scores == sorted(scores, reverse=True) and len(table) == 130
    path = classroom.export(table, tmp_path / "discussion.csv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["text_id", "sentence", "words", "taggers", "disagreement", "weighted",
                       "votes", "reference", "rationale"]
    assert len(rows) == 131 and rows[1][4] == "1.0"
    assert classroom.describe_disputed(disputed(merged.stores, corpus)).startswith(
        "Bars show the 12 most disputed sentences, weighted by how many learners tagged each")


def test_sentences_tied_at_the_cut_are_all_shown_and_the_tie_is_said(corpus):
    # The sample class: 12 sentences that two learners tagged with no label in common tie
    # at the top, so a top 10 would be ten equal bars picked by the texts' order.
    merged = classroom.read_class(classroom.SAMPLE, corpus)
    table = disputed(merged.stores, corpus, top=10)
    assert len(table) == 12 and len(set(table.column("weighted")[:12])) == 1
    said = classroom.describe_disputed(table)
    assert "all 12 tie at weighted 0.29, so their order is only the texts' order" in said
    title = classroom.plot_disputed(table).axes[0].get_title()
    assert title == "Most disputed sentences: all 12 tie"
    stores = {"a": {("pravda-bury", 0): A, ("pravda-bury", 1): A},
              "b": {("pravda-bury", 0): B, ("pravda-bury", 1): A}}
    assert "tie" not in classroom.describe_disputed(disputed(stores, corpus))


def test_the_disputed_chart_draws_each_sentence(corpus):
    merged = classroom.read_class(classroom.SAMPLE, corpus)
    table = disputed(merged.stores, corpus, top=5)
    figure = classroom.plot_disputed(table)
    ax = figure.axes[0]
    assert [bar.get_width() for bar in ax.patches] == table.column("weighted")
    assert [t.get_text() for t in ax.get_yticklabels()][0] == (
        f"{table.rows[0][0]} #{table.rows[0][1]} ({table.rows[0][2]} tagged)")
    assert [t.get_text() for t in ax.texts] == table.column("votes")


# Weighted by how many tagged: two taggers do not outrank twenty ------------------
def crowd(corpus_ids=("pravda-bury",)):
    """Two learners split 1:1 on sentence 0; twenty split 12:8 on sentence 1; all agree on 2."""
    stores = {}
    for n in range(20):
        tags = {("pravda-bury", 1): A if n < 12 else B, ("pravda-bury", 2): A}
        if n < 2:
            tags[("pravda-bury", 0)] = A if n == 0 else B
        stores[f"learner{n}"] = tags
    return stores


def test_two_taggers_do_not_outrank_twenty(corpus):
    stores = crowd()
    raw = {key: r for _, r, key, _ in ranked(stores)}
    assert raw[("pravda-bury", 0)] == 1.0 > raw[("pravda-bury", 1)] > 0.4
    table = disputed(stores, corpus)
    assert table.column("sentence") == [2, 1]  # the twenty first, though their raw score is lower
    assert table.column("taggers") == [20, 2]
    assert table.column("disagreement") == [pytest.approx(raw[("pravda-bury", 1)], abs=0.01), 1.0]
    assert "tagged by 20" in classroom.describe_disputed(table)


def test_with_many_taggers_on_both_sides_the_raw_disagreement_decides(corpus):
    stores = {f"l{n}": {("pravda-bury", 0): A if n % 2 else B,
                        ("pravda-bury", 1): A if n % 5 else B} for n in range(40)}
    assert disputed(stores, corpus).column("sentence") == [1, 2]


def test_the_weighted_score_counts_few_taggers_for_less():
    assert weighted(1.0, taggers=2) == pytest.approx(2 / (2 + PRIOR_TAGGERS))
    assert weighted(0.5, taggers=1000) == pytest.approx(0.5, abs=0.003)
    assert weighted(0.0, taggers=3) == 0.0
