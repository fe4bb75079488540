import io
import zipfile

import pytest

from narratives import workspace


def test_atomic_write_replaces_whole_and_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "tags.json"
    workspace.atomic_write(target, "old")
    workspace.atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["tags.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "tags.json"
    workspace.atomic_write(target, "old")
    with pytest.raises(TypeError):
        workspace.atomic_write(target, 42)   # not text: the write fails midway
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["tags.json"]


def test_archive_holds_every_file_under_my_work(tmp_path):
    workspace.atomic_write(tmp_path / "tags-ana.json", "{}")
    workspace.atomic_write(tmp_path / "sub" / "spans.tsv", "a\tb\t1\t2\n")
    with zipfile.ZipFile(io.BytesIO(workspace.archive(tmp_path))) as zipped:
        assert sorted(zipped.namelist()) == ["my-work/sub/spans.tsv", "my-work/tags-ana.json"]
        assert zipped.read("my-work/sub/spans.tsv") == b"a\tb\t1\t2\n"


def test_summary_lists_files_and_download_link_embeds_the_data(tmp_path):
    workspace.atomic_write(tmp_path / "a.txt", "hello")
    table = workspace.summary(tmp_path)
    assert table.column("file") == ["a.txt"] and table.column("bytes") == [5]
    link = workspace.download_link("hello", 'x"<y>.csv')
    assert 'download="x&quot;&lt;y&gt;.csv"' in link
    assert "base64,aGVsbG8=" in link


def test_uploads_are_read_as_utf8_or_flagged():
    items = [{"name": "a.csv", "content": memoryview("\ufeffNATO’s".encode("utf-8"))},
             {"name": "b.csv", "content": "NATO’s".encode("cp1252")}]
    assert workspace.read_uploads(items) == [("a.csv", "NATO’s"), ("b.csv", None)]
