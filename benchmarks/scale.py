"""What the benchmarks share: a corpus of any size, the baseline, timing, and the report.

The corpus is made of the five texts' own words (so frequent words stay
frequent), 10,000 words a file, each file drawn with its own fixed seed: a
corpus of 4M words holds the 1M corpus's 100 files and 300 more, and every
run writes the same files.

The baseline is the plainest Python that reads the same files and counts
their words: `re.findall` (the workbook's own word pattern) and
`collections.Counter`, lower-cased. Machines differ and a shared one is
noisy, so targets are ratios to the baseline (or between two sizes) measured
in the same run, in pairs run back to back; each is reported as min / median
/ max over the pairs, and the median must meet the target.

Times are the CPU time of this process (garbage collection included): on a
machine shared with other programs, wall-clock time also counts the moments
they held the processor, which says nothing about our code.
"""

import csv
import gc
import math
import os
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from narratives import texts, words  # noqa: E402
from narratives.texts.sentences import WORD_PATTERN  # noqa: E402

PER_FILE, SEED = 10_000, 20200816
KINDS = ["EU government communication unit", "state-funded foreign broadcaster",
         "Russian privately owned online outlet", "US privately owned news website"]
_vocabulary = []


def make_corpus(folder, total_words):
    """Write `total_words` words in files of 10,000, and their catalog; return the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not _vocabulary:
        _vocabulary.extend(t for text in texts.load() for t in text.tokens)
    rows = []
    for n in range(total_words // PER_FILE):
        name = f"text-{n:04d}"
        rows.append([name, f"{name}.txt", f"Generated text {n}", KINDS[n % len(KINDS)],
                     f"2020-{n % 12 + 1:02d}"])
        path = folder / f"{name}.txt"
        if path.exists():
            continue
        rng = random.Random(SEED + n)
        paragraphs, left = [], PER_FILE
        while left:
            size = min(left, rng.randint(40, 120))
            left -= size
            # A full stop or a comma now and then, as in prose; a paragraph per line.
            paragraphs.append(" ".join(rng.choice(_vocabulary) + rng.choice(
                ["", "", "", "", ",", "."]) for _ in range(size)))
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "file", "title", "outlet_kind", "published"])
        writer.writerows(rows)
    return folder


def plain_count(folder):
    """The baseline: read each file, lower-case it, find the words, count them."""
    return {path.stem: Counter(re.findall(WORD_PATTERN, path.read_text(encoding="utf-8").lower()))
            for path in sorted(Path(folder).glob("*.txt"))}


def our_count(folder):
    """The workbook's way: load the texts (checked), count every text's words."""
    corpus = texts.load(folder)
    words.index(corpus)
    return corpus


def seconds(function, *args):
    """CPU seconds of one call, after a garbage collection."""
    gc.collect()
    start = time.process_time()
    function(*args)
    return time.process_time() - start


def median_call(call, repeats=11):
    """Median CPU seconds of `repeats` calls of `call`."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times)


def spread(values):
    """min, median and max of some figures."""
    return min(values), statistics.median(values), max(values)


def slope(small_seconds, large_seconds, small_size, large_size):
    """How fast time grows with size: 1 is linear, 2 quadratic (log-log slope)."""
    return math.log(large_seconds / small_seconds) / math.log(large_size / small_size)


class Report:
    """Lines of figures, `ok` or `MISSED` beside each target; the exit status at the end."""

    def __init__(self, title):
        self.missed = []
        print(f"{title}\nMachine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
              "(figures in seconds and MB are for this machine, this run; the targets are "
              "ratios).\n", flush=True)

    def line(self, name, figures, unit="", target=None, good=None, note=""):
        """One line: a figure or a (min, median, max); `good` says whether the target is met."""
        if isinstance(figures, tuple):
            shown = " / ".join(f"{f:.2f}" for f in figures)
        else:
            shown = f"{figures:.2f}" if isinstance(figures, float) else str(figures)
        mark = "" if target is None else ("ok" if good else "MISSED")
        print(f"{name:<60} {shown:>20} {unit:<10} {target or '':<12} {mark:<6} {note}".rstrip(),
              flush=True)
        if target is not None and not good:
            self.missed.append(name)

    def finish(self):
        print("\nAll targets met." if not self.missed else
              f"\nMissed: {', '.join(self.missed)}.")
        return 1 if self.missed else 0
