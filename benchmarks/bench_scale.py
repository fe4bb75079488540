"""How the workbook grows with a class's corpus: time from 1M to 4M words, memory at 10M.

Run it with `python benchmarks/bench_scale.py` (or `make bench`). With the
corpora of `scale.py` (1M words in 100 files, 4M in 400) it measures, in
three rounds, each round timing both sizes one after the other:

1. every operation of the other benchmarks at both sizes, and how its time
   grows: the log-log slope from 1M to 4M words (1 is linear). Target: at
   most 1.1 (median over the rounds) for every one;
2. what a learner's click costs: a Tagger click (saved), a move to another
   sentence, a span added in the SpanTagger (saved), on the five texts and on
   1M words. Target: at 1M words at most 2 times the five texts' (median of
   medians);
3. building the Tagger on 1M words (loading and splitting the texts, from
   nothing) against the baseline's counting of the same files. Target: at
   most 3 times the baseline's time;
4. memory, in fresh processes on 10M words (1,000 files): the peak resident
   size of loading, counting and splitting every text, beyond that of the
   baseline (which keeps each file's word counts, as the index does).
   Target: at most twice the size of the texts as Python strings (their
   bodies, which the workbook keeps; a text with one letter beyond Latin-1,
   such as ’, takes two bytes a character).
"""

import gc
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import (Report, make_corpus, median_call, our_count, plain_count, seconds, slope,
                   spread)

from narratives import texts, words
from narratives.tagging.tagger import Tagger
from narratives.techniques.spantagger import SpanTagger
from narratives.words.wordindex import summed

SMALL, LARGE, MEMORY_WORDS, ROUNDS, CLICKS = 1_000_000, 4_000_000, 10_000_000, 3, 30
FOUR = ["nato", "regime", "protesters", "aggression"]


def timed_operations(folder):
    """{operation: seconds} on the corpus in `folder`, each from the state it needs."""
    times = {"texts.load + words.index": seconds(our_count, folder)}
    corpus = texts.load(folder)
    times["split every text into sentences"] = seconds(
        lambda: [text.sentences for text in corpus])
    corpus = our_count(folder)
    times["concordance of 'nato', every line, first time"] = seconds(
        words.concordance, corpus, "nato")
    times["concordance of 'nato', every line, again"] = seconds(
        words.concordance, corpus, "nato")
    times["dispersion of 'nato'"] = seconds(words.dispersion, corpus, "nato")
    times["frequencies, 4 words, each text"] = median_call(
        lambda: words.frequencies(corpus, FOUR))
    quarter = len(corpus) // 4

    def keyness():
        summed.cache_clear()
        words.keyness(corpus.texts[:quarter], corpus.texts[quarter:2 * quarter])
    times["keyness, a quarter against a quarter, new groups"] = median_call(keyness)
    explorer = words.Explorer(corpus)
    seen = iter(["regime", "nato"] * 10)
    times["Explorer update, each text, word seen before"] = median_call(
        lambda: setattr(explorer.words, "value", next(seen)), 7)
    return times


def interactions(folder=None):
    """Median seconds of a Tagger click, a move and a span added; and the Tagger's build."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as work:
        gc.collect()
        start = time.process_time()   # from nothing: the texts loaded, then split
        corpus = texts.load(folder) if folder else texts.load()
        tagger = Tagger(corpus, annotator="bench", folder=work)
        build = time.process_time() - start
        moves, clicks = [], []
        for n in range(CLICKS):
            key = tagger.keys[n * len(tagger.keys) // CLICKS]
            moves.append(seconds(tagger.go, key))
            button = tagger.buttons["none" if n % 2 else "nato-aggressor"]
            clicks.append(seconds(setattr, button, "value", not button.value))
            assert "Saved" in tagger.message.value, tagger.message.value
        spans = SpanTagger(corpus, annotator="bench", folder=work)
        techniques = list(spans.technique.options)
        adds = []
        for n in range(CLICKS):
            text = corpus[n * len(corpus) // CLICKS]
            sentence = text.sentences[(n * 7) % len(text.sentences)]
            spans.text.value = text.id
            spans.sentence.value = sentence.index
            phrase = " ".join(sentence.text.split()[:3]).strip(".,")
            spans.phrase.value = phrase
            spans.technique.value = techniques[n % len(techniques)][1]
            adds.append(seconds(spans.add.click))
            assert "Saved" in spans.message.value or "already" in spans.message.value, \
                spans.message.value
    return {"Tagger click, saved": statistics.median(clicks),
            "Tagger move to another sentence": statistics.median(moves),
            "SpanTagger add, saved": statistics.median(adds)}, build


def peak_memory(folder, ours):
    """Peak resident MiB of a fresh process that loads `folder` the baseline's way or ours,
    and the MiB its texts take as Python strings (ours only)."""
    work = ("kept = our_count(folder); [t.sentences for t in kept]; "
            "print(sum(sys.getsizeof(t.body) for t in kept) / 2**20)" if ours
            else "kept = plain_count(folder)")
    # VmHWM, not getrusage: a child's ru_maxrss starts at its parent's (this big process).
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"from scale import our_count, plain_count; folder = {str(folder)!r}; {work}; "
            "print(next(line.split()[1] for line in open('/proc/self/status') "
            "if line.startswith('VmHWM')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    figures = done.stdout.split()
    return int(figures[-1]) / 1024, float(figures[0]) if ours else None


def main():
    report = Report(f"Scale: {SMALL:,} and {LARGE:,} words, {ROUNDS} rounds; memory at "
                    f"{MEMORY_WORDS:,}")
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        small = make_corpus(Path(tmp) / "small", SMALL)
        large = make_corpus(Path(tmp) / "large", LARGE)
        slopes, five, at_small, builds = {}, [], [], []
        for _ in range(ROUNDS):
            baseline = seconds(plain_count, small)
            sizes = {}
            for folder in (small, large):
                times = timed_operations(folder)
                clicks, build = interactions(folder)
                times.update(clicks)
                times["Tagger built (texts loaded and split)"] = build
                sizes[folder] = times
            builds.append(sizes[small]["Tagger built (texts loaded and split)"] / baseline)
            five.append(interactions()[0])
            at_small.append(sizes[small])
            for name in sizes[small]:
                slopes.setdefault(name, []).append(
                    slope(sizes[small][name], sizes[large][name], SMALL, LARGE))
        print("How time grows from 1M to 4M words (log-log slope; 1 is linear):")
        for name, found in slopes.items():
            ms = 1000 * statistics.median(r[name] for r in at_small)
            report.line(f"  {name}", spread(found), "slope", "<= 1.1",
                        statistics.median(found) <= 1.1, f"({ms:.2f} ms at 1M words)")
        print("\nA learner's click at 1M words against the five texts (same run):")
        for name in five[0]:
            ratios = [big[name] / small5[name] for big, small5 in zip(at_small, five)]
            ms = 1000 * statistics.median(f[name] for f in five)
            report.line(f"  {name}", spread(ratios), "x", "<= 2",
                        statistics.median(ratios) <= 2, f"({ms:.1f} ms on the five texts)")
        report.line("Tagger built on 1M words, against the baseline's count", spread(builds),
                    "x", "<= 3", statistics.median(builds) <= 3,
                    "(texts.load + Tagger, from nothing)")

        print(f"\nMemory at {MEMORY_WORDS:,} words (peak resident size of a fresh process):")
        memory = make_corpus(Path(tmp) / "memory", MEMORY_WORDS)
        (plain, _), (ours, size) = peak_memory(memory, False), peak_memory(memory, True)
        report.line("  baseline: read + count every file", f"{plain:.0f}", "MiB")
        report.line("  texts.load + words.index + sentences", f"{ours:.0f}", "MiB")
        report.line("  beyond the baseline, in sizes of the texts", (ours - plain) / size, "x",
                    "<= 2", ours - plain <= 2 * size, f"(the texts as Python strings: {size:.0f} MiB)")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
