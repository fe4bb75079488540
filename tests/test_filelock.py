"""Two kernels, one file: the lock, and every "Saved" on disk after two processes hammer it."""

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from narratives import filelock
from narratives.filelock import LockTimeout, lock_path, locked
from narratives.tagging.tagstore import TagStore
from narratives.techniques import SpanStore

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["system", "lock file"])
def kind(request, monkeypatch):
    """Each lock test runs with the system's lock and with the O_EXCL fallback."""
    if request.param == "lock file":
        monkeypatch.setattr(filelock, "fcntl", None)
        monkeypatch.setattr(filelock, "msvcrt", None)
    return request.param


def test_a_second_holder_waits_then_is_told_why(tmp_path, kind):
    path = tmp_path / "tags-ada.json"
    with locked(path):
        started = time.monotonic()
        with pytest.raises(LockTimeout, match="Another notebook .* saving tags-ada.json"):
            with locked(path, wait=0.2):
                pass
        assert time.monotonic() - started >= 0.2
    with locked(path, wait=0.2):  # let go: the next one gets it at once
        pass


def test_a_lock_file_left_by_a_crash_is_taken_over(tmp_path, monkeypatch):
    monkeypatch.setattr(filelock, "fcntl", None)
    monkeypatch.setattr(filelock, "msvcrt", None)
    path = tmp_path / "spans-ada.tsv"
    lock_path(path).write_text("12345\n")  # a kernel died holding it
    with pytest.raises(LockTimeout):
        with locked(path, wait=0.1):
            pass
    old = time.time() - filelock.STALE - 5
    os.utime(lock_path(path), (old, old))
    with locked(path, wait=1):
        assert lock_path(path).read_text().strip() == str(os.getpid())
    assert not lock_path(path).exists()


# Two processes, one file -----------------------------------------------------
TAGGER = textwrap.dedent("""
    import json, sys
    from narratives import filelock, texts
    from narratives.tagging import Tagger
    folder, label, kind = sys.argv[1:4]
    if kind == "lock file":
        filelock.fcntl = filelock.msvcrt = None
    tagger = Tagger(texts.load(), annotator="ada", folder=folder)
    saved = []
    for key in tagger.keys:
        tagger.go(key)
        tagger.tag(label)
        if "Saved to" in tagger.message.value:
            saved.append(key)
    print(json.dumps(saved))
""")

SPANS = textwrap.dedent("""
    import json, re, sys
    from narratives import filelock, texts
    from narratives.techniques import SpanTagger
    folder, technique, kind = sys.argv[1:4]
    if kind == "lock file":
        filelock.fcntl = filelock.msvcrt = None
    corpus = texts.load()
    tagger = SpanTagger(corpus, annotator="ada", folder=folder)
    tagger.technique.value = technique
    saved = []
    for text in list(corpus)[:2]:  # 40 sentences: the widget redraws every span at each Add
        tagger.text.value = text.id
        for sentence in text.sentences:
            word = re.search(r"[A-Za-z]{4,}", sentence.text)
            if not word:
                continue
            tagger.sentence.value = sentence.index
            tagger.phrase.value = word.group()
            span = tagger.add_span()
            if span is not None and tagger.message.value.count("Saved:"):
                saved.append([span.text_id, span.technique, span.start, span.end])
    print(json.dumps(saved))
""")


def run_two(script, folder, args, kind):
    """Start both processes at once; the keys each says it saved."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [subprocess.Popen([sys.executable, "-c", script, str(folder), arg, kind],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
                for arg in args]
    results = []
    for child in children:
        out, _ = child.communicate(timeout=300)
        assert child.returncode == 0
        results.append(json.loads(out))
    return results


def test_two_taggers_on_one_file_lose_no_saved_tag(tmp_path, kind, corpus):
    labels = ["nato-aggressor", "west-hostile"]
    sentences = sum(len(text.sentences) for text in corpus)   # 130 in the five texts
    saved = run_two(TAGGER, tmp_path, labels, kind)
    store = TagStore(tmp_path / "tags-ada.json")
    for label, keys in zip(labels, saved):
        assert len(keys) == sentences  # every click said "Saved"...
        lost = [key for key in map(tuple, keys) if label not in store.get(*key)]
        assert not lost, f"{len(lost)} saved '{label}' tags are not on disk: {lost[:5]}"
    assert len(store) == sentences  # ... and every one of them is on disk, both labels together


def test_two_span_taggers_on_one_file_lose_no_saved_span(tmp_path, kind):
    techniques = ["Loaded_Language", "Repetition"]
    saved = run_two(SPANS, tmp_path, techniques, kind)
    on_disk = {(s.text_id, s.technique, s.start, s.end)
               for s in SpanStore(tmp_path / "spans-ada.tsv")}
    for keys in saved:
        assert len(keys) > 30
        lost = [tuple(key) for key in keys if tuple(key) not in on_disk]
        assert not lost, f"{len(lost)} saved spans are not on disk: {lost[:5]}"
    assert len(on_disk) == sum(map(len, saved))
