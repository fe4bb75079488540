"""Issue 20, the second round of hostile input: malformed class files, odd names and
paths, catalogs that are there but wrong, nonsense arguments. Each answered with a
sentence, or fixed."""

import json
import shutil

import pytest

from narratives import texts
from narratives.errors import NarrativesError
from narratives.paths import ANNOTATIONS
from narratives.tagging import Tagger
from narratives.tagging.classroom import read_class

NESTED = '{"format": "narratives-tags", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}"


def tags_file(annotator):
    return json.dumps({"format": "narratives-tags", "annotator": annotator, "tags": [
        {"text_id": "pravda-bury", "sentence": 1, "labels": ["none"]}]})


# --- Item 6: one malformed file never stops the class merge, nor the Tagger -------------

def test_the_class_merge_reports_malformed_files_and_goes_on(tmp_path, corpus):
    shutil.copy(ANNOTATIONS / "sample-class" / "tags-amira.json", tmp_path)
    for name, content in {"tags-list.json": tags_file(["ada"]),
                          "tags-dict.json": tags_file({"name": "ada"}),
                          "tags-number.json": tags_file(7),
                          "tags-deep.json": NESTED}.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    merged = read_class(tmp_path, corpus)
    assert sorted(merged.stores) == ["amira"]
    status = dict(zip(merged.report.column("file"), merged.report.column("status")))
    assert status.pop("tags-amira.json").startswith("used")
    assert set(status.values()) == {"malformed, not used"}
    notes = " ".join(merged.report.column("note"))
    assert '"annotator" should be a name' in notes and "nested too deeply" in notes


def test_a_deeply_nested_tags_file_is_set_aside_by_the_tagger(tmp_path, corpus):
    (tmp_path / "tags-ada.json").write_text(NESTED, encoding="utf-8")
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert "nested too deeply" in tagger.warning.value
    assert len(tagger.store) == 0
    kept = [p for p in tmp_path.iterdir() if p.name != "tags-ada.json" and "ada" in p.name
            and not p.name.startswith(".")]
    assert [p.read_text(encoding="utf-8") for p in kept] == [NESTED]   # nothing lost


# --- Item 15: a catalog that is there but wrong is named, never read as "no catalog" ----

BODY = "A headline\n\nNATO denied it.\n"


def problems_of(folder):
    from narratives.texts.folder import report
    ok, said = report(folder)
    assert not ok
    with pytest.raises(NarrativesError):
        texts.load(folder)
    return said


@pytest.mark.parametrize("target", ["missing.csv", "catalog.csv"])
def test_a_broken_or_looping_catalog_link_is_named(make_folder, target):
    folder = make_folder({"a.txt": BODY})
    (folder / "catalog.csv").symlink_to(target)
    assert "catalog.csv: cannot be read" in problems_of(folder)


def test_a_catalog_in_capitals_is_named(make_folder):
    folder = make_folder({"a.txt": BODY, "CATALOG.CSV": "id,file\nb,a.txt\n"})
    assert "CATALOG.CSV: should be named catalog.csv, in small letters" in problems_of(folder)


@pytest.mark.parametrize("mark, name", [(";", "semicolons"), ("\t", "tabs")])
def test_a_catalog_with_another_separator_is_told_so(make_folder, mark, name):
    folder = make_folder({"a.txt": BODY, "catalog.csv": f"id{mark}file\na{mark}a.txt\n"})
    said = problems_of(folder)
    assert "has no 'id' column" in said and f"separated by {name}" in said


@pytest.mark.parametrize("item", ["¹", "² caption", "1 caption; ³"])
def test_a_boilerplate_number_that_is_not_a_plain_number_gets_a_plain_sentence(make_folder,
                                                                               item):
    folder = make_folder({"a.txt": BODY,
                          "catalog.csv": f"id,file,boilerplate\na,a.txt,{item}\n"})
    said = problems_of(folder)
    assert "should be a line number and a kind" in said and "invalid literal" not in said


# --- Also seen: links out of the folder, a second byte-order mark -----------------------

def test_a_text_linking_out_of_the_folder_is_refused_like_a_catalog_path(tmp_path):
    outside = tmp_path / "private.txt"
    outside.write_text("Someone's private notes.\n", encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "b.txt").symlink_to(outside)
    assert "b.txt: is a link to a file outside the folder" in problems_of(folder)
    (folder / "catalog.csv").write_text("id,file\na,a.txt\nb,b.txt\n", encoding="utf-8")
    assert "b.txt: is a link to a file outside the folder" in problems_of(folder)
    (folder / "b.txt").unlink()
    (folder / "b.txt").symlink_to("a.txt")    # a link inside the folder is fine
    assert texts.load(folder).ids == ("a", "b")


def test_a_second_byte_order_mark_is_not_part_of_the_title(make_folder):
    folder = make_folder({"a.txt": b"\xef\xbb\xbf\xef\xbb\xbfA headline\n\nNATO denied it.\n"})
    text = texts.load(folder)["a"]
    assert text.title == "A headline" and not text.body.startswith("\ufeff")


def test_temporary_files_left_by_killed_saves_are_cleaned(tmp_path):
    import os
    import time

    from narratives.tagging import TagStore
    path = tmp_path / "tags-ada.json"
    old, fresh = tmp_path / ".tags-ada.json.k1ll3d.tmp", tmp_path / ".tags-ada.json.now.tmp"
    other = tmp_path / ".spans-ada.tsv.k1ll3d.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("{half a sa", encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    TagStore(path, annotator="ada").set("pravda-bury", 0, {"none"})
    assert not old.exists()
    assert fresh.exists()   # it may be another kernel's save under way
    assert other.exists()   # swept by the next save of its own file
    from narratives.techniques import Span
    from narratives.techniques.spanstore import SpanStore
    SpanStore(tmp_path / "spans-ada.tsv").add(Span("t", "Doubt", 0, 1))
    assert not other.exists()


# --- Item 16: one learner's name written four ways is one learner --------------------

def test_name_variants_in_a_class_merge_are_folded_and_noted(tmp_path, corpus):
    tags = {"Ada": ["none"], "ada": ["none"], "ADA": ["nato-aggressor"], " ada ": ["none"]}
    for n, (name, labels) in enumerate(tags.items()):
        doc = json.loads(tags_file(name))
        doc["tags"][0]["labels"] = labels
        (tmp_path / f"tags-{n}.json").write_text(json.dumps(doc), encoding="utf-8")
    merged = read_class(tmp_path, corpus)
    # Same tags: handed in again. Other tags: both used, each said to carry the same name.
    assert sorted(merged.stores) == ["Ada", "Ada (tags-2.json)"]
    notes = dict(zip(merged.report.column("file"), merged.report.column("note")))
    assert "The name 'ada' is taken as 'Ada'" in notes["tags-1.json"]
    assert "The name ' ada ' is taken as 'Ada'" in notes["tags-3.json"]
    assert "same name but other tags" in notes["tags-2.json"]


# --- Item 17: nonsense arguments get a sentence, never a bare exception --------------

NONSENSE = {
    "texts.load(a 5,000-letter name)": lambda corpus: texts.load("x" * 5000),
    "texts.load_file(a 5,000-letter name)": lambda corpus: texts.load_file("x" * 5000),
    "texts.load_file(NUL)": lambda corpus: texts.load_file("\x00"),
    "texts.load(NUL)": lambda corpus: texts.load("a\x00b"),
    "texts.compare_guesses(None)": lambda corpus: texts.compare_guesses(corpus, None),
    "texts.compare_guesses(list)": lambda corpus: texts.compare_guesses(corpus, ["pravda"]),
    "texts.compare_guesses(corpus=None)": lambda corpus: texts.compare_guesses(None, {}),
    "tagging.summary(None)": lambda corpus: __import__("narratives.tagging").tagging.summary(
        None),
    "tagging.summary(text)": lambda corpus: __import__("narratives.tagging").tagging.summary(
        dict.fromkeys(("annotators", "items", "percent", "kappa", "alpha", "note"), "x")),
}


@pytest.mark.parametrize("name", sorted(NONSENSE))
def test_nonsense_arguments_are_answered_with_a_sentence(name, corpus):
    with pytest.raises(NarrativesError) as error:
        NONSENSE[name](corpus)
    said = str(error.value)
    said.encode("ascii", "backslashreplace")
    assert "\x00" not in said and len(said) < 1500   # printable, and not 5,000 x's
