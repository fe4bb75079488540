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
