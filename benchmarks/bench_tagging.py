"""How long a click in the Tagger takes to reach the disk, on the five texts.

Run it with `python benchmarks/bench_tagging.py` (or `make bench`). A Tagger
writes to a temporary folder; the benchmark moves through the 130 sentences
and presses a label button 200 times (each press switches the label on or
off), timing from the press to the moment the tags file on disk has been
replaced by the new one: the store's `set`, its atomic write with fsync, and
the widget's redraw. It then reads the file back to check every press is in it.

Target: a median under 100 ms. It prints the figures and exits with status 1
if the target is missed. Without a kernel no message travels to a browser, so
add a few milliseconds for that in a live notebook.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from narratives import texts  # noqa: E402
from narratives.tagging.tagger import Tagger  # noqa: E402
from narratives.tagging.tagstore import TagStore  # noqa: E402
from roundtrip import report  # noqa: E402  (benchmarks/roundtrip.py)

CLICKS, TARGET_MS = 200, 100.0
LABELS = ["nato-aggressor", "nato-defensive", "west-hostile", "rights-respected", "none"]

def main():
    corpus = texts.load()
    with tempfile.TemporaryDirectory(prefix="bench-tagging-") as folder:
        tagger = Tagger(corpus, annotator="bench", folder=folder)
        expected, times = {}, []
        for click in range(CLICKS):
            key = tagger.keys[(click * 7) % len(tagger.keys)]  # hop around all five texts
            tagger.go(key)
            button = tagger.buttons[LABELS[click % len(LABELS)]]
            before = os.stat(tagger.path).st_ino if tagger.path.exists() else None
            start = time.perf_counter()
            button.value = not button.value  # what a click does
            if os.stat(tagger.path).st_ino == before:
                sys.exit(f"Click {click}: the tags file was not replaced.")
            times.append((time.perf_counter() - start) * 1000)
            expected[key] = tagger.store.get(*key)
        on_disk = TagStore(tagger.path)
        lost = [key for key, labels in expected.items() if on_disk.get(*key) != labels]
    return report(f"Tagger click-to-saved round trip, {CLICKS} clicks on the five texts "
                  f"({len(tagger.keys)} sentences)", times, lost, "click", TARGET_MS)

if __name__ == "__main__":
    sys.exit(main())
