"""SpanStore: saved atomically at every change, reloaded, unreadable files kept aside."""

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from narratives import texts, workspace
from narratives.errors import NarrativesError
from narratives.techniques.spanstore import SpanStore, spans_path
from narratives.techniques import Span

corpus = texts.load()
RATS = Span("bogus-threat", "Name_Calling,Labeling", 2050, 2059, "vermin")
SLOGAN = Span("pravda-bury", "Slogans", 2899, 2919)


def test_each_change_is_on_disk_when_the_call_returns(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    store = SpanStore(path, corpus)
    assert not path.exists()  # nothing written before there is something to keep
    assert store.add(RATS) is True
    assert path.read_text(encoding="utf-8") == \
        "bogus-threat\tName_Calling,Labeling\t2050\t2059\tvermin\n"
    store.add(SLOGAN)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
    assert store.remove(RATS) is True
    assert path.read_text(encoding="utf-8") == "pravda-bury\tSlogans\t2899\t2919\n"
    assert store.remove(RATS) is False


def test_reload_gives_back_the_spans_and_their_notes(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    SpanStore(path, corpus).merge([RATS, SLOGAN])
    again = SpanStore(path, corpus)
    assert again.spans == [RATS, SLOGAN] and again.spans[0].note == "vermin"
    assert RATS in again and again.message == "" and again.kept is None


def test_adding_twice_changes_nothing_but_a_new_note_is_saved(tmp_path):
    store = SpanStore(tmp_path / "spans-ada.tsv", corpus)
    store.add(RATS)
    assert store.add(RATS) is False
    assert store.add(Span(*[getattr(RATS, f) for f in ("text_id", "technique", "start", "end")],
                          "like vermin")) is True
    assert SpanStore(store.path).spans[0].note == "like vermin" and len(store) == 1


def test_merge_adds_only_new_spans_with_one_save(tmp_path):
    store = SpanStore(tmp_path / "spans-ada.tsv", corpus)
    store.add(RATS)
    assert store.merge([RATS, SLOGAN]) == 1 and len(SpanStore(store.path)) == 2


def test_a_bad_span_is_refused_with_a_reason_and_not_saved(tmp_path):
    store = SpanStore(tmp_path / "spans-ada.tsv", corpus)
    with pytest.raises(NarrativesError, match="no text with id 'nowhere'"):
        store.add(Span("nowhere", "Doubt", 0, 5))
    with pytest.raises(NarrativesError, match="not a technique id"):
        store.merge([SLOGAN, Span("pravda-bury", "Lies", 0, 5)])
    assert len(store) == 0 and not store.path.exists()


def test_a_failed_write_leaves_the_old_file_and_the_store_unchanged(tmp_path, monkeypatch):
    store = SpanStore(tmp_path / "spans-ada.tsv", corpus)
    store.add(RATS)
    before = store.path.read_bytes()

    def disk_full(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(workspace.os, "replace", disk_full)
    with pytest.raises(OSError):
        store.add(SLOGAN)
    assert store.path.read_bytes() == before and store.spans == [RATS]
    assert [p.name for p in tmp_path.iterdir()  # no temporary file left (the lock stays)
            if not p.name.endswith(".lock")] == ["spans-ada.tsv"]


def test_a_corrupt_file_is_kept_aside_and_its_good_lines_loaded(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    original = ("bogus-threat\tName_Calling,Labeling\t2050\t2059\tvermin\n"
                "pravda-bury\tSlogans\tabc\t2919\n"
                "half a line\n")
    path.write_text(original, encoding="utf-8")
    store = SpanStore(path, corpus)
    assert store.spans == [RATS]
    assert store.kept.read_text(encoding="utf-8") == original  # nothing lost
    assert store.kept.name.startswith("spans-ada.corrupt-") and store.kept.suffix == ".tsv"
    assert "2 line(s) of spans-ada.tsv could not be read" in store.message
    assert "line 2: start and end must be whole numbers" in store.message
    assert store.kept.name in store.message and store.kept.name in repr(store)
    assert path.read_text(encoding="utf-8") == to_line(RATS)  # the readable part, saved


def to_line(span):
    return f"{span.text_id}\t{span.technique}\t{span.start}\t{span.end}\t{span.note}\n"


def test_a_file_that_is_not_text_is_kept_aside_whole(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    path.write_bytes(b"\xff\xfe\x00garbage\x81")
    store = SpanStore(path, corpus)
    assert len(store) == 0 and "not UTF-8 text" in store.message
    assert store.kept.read_bytes() == b"\xff\xfe\x00garbage\x81"


def test_two_stores_on_one_file_lose_nothing(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    first, second = SpanStore(path, corpus), SpanStore(path, corpus)
    first.add(RATS)
    second.add(SLOGAN)  # sees the file changed, reloads, then adds
    assert SpanStore(path).spans == [RATS, SLOGAN]


def test_the_file_is_named_after_the_annotator(tmp_path):
    assert spans_path("Ada Lovelace", tmp_path) == tmp_path / "spans-Ada-Lovelace.tsv"
    with pytest.raises(NarrativesError):
        spans_path("???", tmp_path)


def test_a_killed_process_loses_no_acknowledged_span(tmp_path):
    """SIGKILL in the middle of saving: every span acknowledged before is on disk."""
    path = tmp_path / "spans-ada.tsv"
    script = textwrap.dedent(f"""
        from narratives.techniques.spanstore import SpanStore
        from narratives.techniques import Span
        store = SpanStore({str(path)!r})
        for n in range(100000):
            store.add(Span("t", "Doubt", n, n + 1))
            print("saved", n, flush=True)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=os.getcwd()))
    acked = -1
    for line in child.stdout:
        acked = int(line.split()[1])
        if acked >= 150:
            break
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    for line in rest.splitlines():
        acked = int(line.split()[1])
    assert child.returncode == -signal.SIGKILL
    saved = SpanStore(path)
    assert saved.message == ""  # the file parses
    assert len(saved) in (acked + 1, acked + 2)  # the one after may have made it too
    assert [s.start for s in saved.spans] == list(range(len(saved)))


# --- Issue 20, item 3: every decision is made on the file as it is, under the lock ----

def test_re_adding_a_span_another_kernel_removed_puts_it_back_on_disk(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    first, second = SpanStore(path, corpus), SpanStore(path, corpus)
    first.add(RATS)
    second.remove(RATS)            # B removes it; A still remembers it
    assert first.add(RATS) is True  # not "already there: nothing changed"
    assert RATS in SpanStore(path, corpus)


def test_removing_a_span_another_kernel_removed_says_so_without_a_crash(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    first, second = SpanStore(path, corpus), SpanStore(path, corpus)
    first.merge([RATS, SLOGAN])
    second.remove(RATS)
    assert first.remove(RATS) is False   # was a bare KeyError
    assert SpanStore(path, corpus).spans == [SLOGAN]


def test_merging_counts_what_is_new_on_disk_not_in_memory(tmp_path):
    path = tmp_path / "spans-ada.tsv"
    first, second = SpanStore(path, corpus), SpanStore(path, corpus)
    first.merge([RATS, SLOGAN])
    second.remove(RATS)
    assert first.merge([RATS, SLOGAN]) == 1
    assert SpanStore(path, corpus).spans == [RATS, SLOGAN]
    second.add(SLOGAN)   # already on disk, though second never saw it: nothing to write
    assert SpanStore(path, corpus).spans == [RATS, SLOGAN]


TOGGLER = textwrap.dedent("""
    import json, sys
    from narratives.techniques.spanstore import SpanStore
    from narratives.techniques import Span
    store = SpanStore(sys.argv[1])
    added, removed = [0] * 10, [0] * 10
    for n in range(150):
        span = Span("t", "Doubt", n % 10, n % 10 + 1)
        added[n % 10] += store.add(span)
        removed[n % 10] += store.remove(span)
    print(json.dumps([added, removed]))
""")


def test_two_kernels_adding_and_removing_the_same_spans_agree_with_the_file(tmp_path):
    """Each True from add or remove is a change on disk: per span, the adds that said
    True minus the removes that said True is whether the file holds it at the end."""
    path = tmp_path / "spans-ada.tsv"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    children = [subprocess.Popen([sys.executable, "-c", TOGGLER, str(path)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err[-500:]
        results.append(json.loads(out))
    on_disk = {span.start for span in SpanStore(path)}
    for k in range(10):
        adds = sum(added[k] for added, _ in results)
        removes = sum(removed[k] for _, removed in results)
        assert adds - removes == (k in on_disk), (k, adds, removes)
        assert adds >= 1
