"""Issue 20, item 2: every text id is carried by every file, or refused by check and load."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narratives import texts
from narratives.errors import NarrativesError
from narratives.tagging import TagStore
from narratives.tagging.sheet import write_sheets
from narratives.tagging.tagcsv import parse_csv, to_csv
from narratives.techniques import Span, from_ptc, to_ptc
from narratives.techniques.spanstore import SpanStore
from narratives.texts.folder import report

ROOT = Path(__file__).resolve().parent.parent
BODY = "A headline\n\nNATO denied it. The minister said so again.\n"
# Ids that every format must carry as they are.
CARRIED = ["#1", "# two", "cost $5 and $6", "p$\\frac$", "=HYPERLINK(1)", "+1", "-x", "@x",
           "../../../x", "sub/dir/x", "..", 'a,"b"', "a b", "a-b"]


def catalog_of(ids, folder):
    folder.mkdir(exist_ok=True)
    rows = ["id,file"]
    for n, text_id in enumerate(ids):
        (folder / f"t{n}.txt").write_text(BODY, encoding="utf-8")
        rows.append('"' + text_id.replace('"', '""') + f'",t{n}.txt')
    (folder / "catalog.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_a_span_on_a_text_whose_id_starts_with_hash_is_kept(tmp_path):
    (tmp_path / "#1.txt").write_text(BODY, encoding="utf-8")
    corpus = texts.load(tmp_path)
    path = tmp_path / "spans-ada.tsv"
    span = Span("#1", "Doubt", 12, 27)
    assert SpanStore(path, corpus).add(span)
    assert SpanStore(path, corpus).spans == [span]
    other = SpanStore(path, corpus)       # the next save by any store keeps it
    other.add(Span("#1", "Doubt", 28, 40))
    assert span in SpanStore(path, corpus)
    # Comments are still skipped: a line starting with # that is not a span.
    assert from_ptc("# annotator: ada\n# text_id\ttechnique\tstart\tend\n") == []


# Ids from file names: no catalog cell, so a leading ' is part of the id.
FILE_IDS = ["#1", "'=quoted", "=x", "$5 & $6", "-"]


def files_of(ids, folder):
    folder.mkdir(exist_ok=True)
    for text_id in ids:
        (folder / f"{text_id}.txt").write_text(BODY, encoding="utf-8")
    return folder


@pytest.mark.parametrize("make, ids", [(catalog_of, CARRIED), (files_of, FILE_IDS)])
def test_every_carried_id_survives_tags_json_csv_and_spans_tsv(tmp_path, make, ids):
    corpus = texts.load(make(ids, tmp_path / "texts"))
    assert sorted(corpus.ids) == sorted(ids)
    store = TagStore(tmp_path / "tags-ada.json", annotator="ada")
    store.update({(text_id, 0): {"none"} for text_id in ids})
    assert [key for key, _ in TagStore(store.path).items()] == sorted((i, 0) for i in ids)
    tags, problems = parse_csv(to_csv(store, corpus), corpus)
    assert problems == [] and sorted(tags) == sorted((i, 0) for i in ids)

    spans = SpanStore(tmp_path / "spans-ada.tsv", corpus)
    spans.merge(Span(text_id, "Doubt", 12, 27) for text_id in ids)
    again = SpanStore(spans.path, corpus)
    assert again.message == "" and sorted(s.text_id for s in again) == sorted(ids)
    assert sorted(s.text_id for s in from_ptc(to_ptc(again.spans), corpus)) == sorted(ids)


def test_the_spans_file_runs_no_formula_in_a_spreadsheet(tmp_path):
    """Item 18: a formula id is neutralised as in the tags CSV, and read back as it was."""
    store = SpanStore(tmp_path / "spans-ada.tsv")
    store.add(Span("=HYPERLINK(1)", "Doubt", 1, 2))
    store.add(Span("@x", "Doubt", 1, 2))
    written = store.path.read_text(encoding="utf-8")
    assert not any(line.startswith(("=", "+", "-", "@")) for line in written.splitlines())
    assert {s.text_id for s in SpanStore(store.path)} == {"=HYPERLINK(1)", "@x"}


def test_tag_sheets_stay_in_their_folder_whatever_the_ids(tmp_path):
    """Item 11: '../../../x' and 'sub/dir/x' write no file outside the folder."""
    corpus = texts.load(catalog_of(CARRIED, tmp_path / "texts"))
    sheets = tmp_path / "deep" / "sheets"
    paths = write_sheets(corpus, sheets)
    assert len(set(paths)) == len(CARRIED)   # 'a b' and 'a-b' get a sheet each
    assert sorted(p.name for p in sheets.iterdir()) == sorted(p.name for p in paths)
    assert all(p.parent == sheets for p in paths)
    assert sorted(os.listdir(tmp_path)) == ["deep", "texts"]
    assert sorted(os.listdir(tmp_path / "deep")) == ["sheets"]


def run_check(folder):
    done = subprocess.run([sys.executable, "-m", "narratives", "check", os.fsdecode(folder)],
                          capture_output=True, cwd=ROOT, timeout=60)
    out = done.stdout.decode("utf-8") + done.stderr.decode("utf-8")
    assert "Traceback" not in out and "unexpected" not in out
    return done.returncode, out


@pytest.mark.parametrize("text_id", ["two\tparts", "u\u2028sep", "a\x1eRS", "bell\x07"])
def test_an_id_with_a_tab_or_line_break_is_refused_in_the_catalog(tmp_path, text_id):
    catalog_of([text_id], tmp_path)
    ok, said = report(tmp_path)
    assert not ok and "control character" in said
    with pytest.raises(NarrativesError, match="control character"):
        texts.load(tmp_path)
    assert run_check(tmp_path)[0] == 1


@pytest.mark.parametrize("name", ["two\tparts.txt", "two\nlines.txt", "u\u2028sep.txt"])
def test_a_file_name_with_a_tab_or_line_break_is_refused(tmp_path, name):
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    ok, said = report(tmp_path)
    assert not ok and "control character" in said
    with pytest.raises(NarrativesError, match="control character"):
        texts.load(tmp_path)
    with pytest.raises(NarrativesError, match="control character"):
        texts.load_file(tmp_path / name)


def test_a_file_name_that_is_not_utf8_is_refused_with_a_printable_sentence(tmp_path):
    """Item 7: 'caf\\xe9.txt' was loaded, and a Tagger click then failed to save."""
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as file:
        file.write(BODY.encode("utf-8"))
    ok, said = report(tmp_path)
    assert not ok and "not UTF-8" in said and "caf\\xe9.txt" in said
    said.encode("utf-8")  # printable: no stray surrogate left in the sentence
    with pytest.raises(NarrativesError, match="not UTF-8"):
        texts.load(tmp_path)
    with pytest.raises(NarrativesError, match="not UTF-8"):
        texts.load_file(os.fsdecode(name))
    status, out = run_check(tmp_path)
    assert status == 1 and "caf\\xe9.txt" in out


@pytest.mark.parametrize("other", ["a.TXT", " a .txt"])
def test_two_files_giving_one_id_are_named_not_one_silently_dropped(tmp_path, other):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / other).write_text(BODY.replace("NATO", "Minsk"), encoding="utf-8")
    ok, said = report(tmp_path)
    assert not ok and "gives the id 'a'" in said


def test_a_folder_or_an_unlisted_file_named_in_other_bytes_is_printed_plainly(tmp_path):
    """Item 7: the check prints such names with their stray bytes as \\xe9, never crashes."""
    folder = os.path.join(os.fsencode(tmp_path), b"texts\xe9")
    os.mkdir(folder)
    for name in (b"a.txt", b"caf\xe9.txt"):
        with open(os.path.join(folder, name), "wb") as file:
            file.write(BODY.encode("utf-8"))
    with open(os.path.join(folder, b"catalog.csv"), "wb") as file:
        file.write(b"id,file\na,a.txt\n")
    status, out = run_check(folder)
    assert status == 1 and "texts\\xe9/caf\\xe9.txt: has no row in catalog.csv" in out
    with pytest.raises(NarrativesError) as error:
        texts.load(os.fsdecode(folder))
    str(error.value).encode("utf-8")
