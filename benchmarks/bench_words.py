"""How fast narratives.words is on a corpus 200 times the size of ours.

Run it with `python benchmarks/bench_words.py` (or `make bench`). On the
1M-word corpus of `scale.py` (100 files of the five texts' own words) it
measures:

1. loading (`texts.load`) plus counting (`words.index`), against the
   plainest Python that reads the same files and counts their words
   (`re.findall` + `collections.Counter`), in nine pairs run back to back:
   target at least 0.8 times the baseline's speed (median of the ratios);
2. a repeated `frequencies` query, a repeated `keyness` query and the first
   concordance lines: target a median of at most 100 ms each;
3. an Explorer update (a word typed: chart and concordance redrawn), by
   outlet kind, per text (100 bars) and as a dispersion plot (100 rows):
   target a median of at most 50 ms of CPU time, half the 100 ms a learner
   notices, so that a busy machine still meets it;
4. peak memory while loading and counting, reported (`bench_scale.py` has
   the target, at 10M words).

Times are medians over 21 calls, the best of three rounds (other programs
can only add time), as CPU time of this process with the wall-clock time
beside it. It prints every figure and exits with status 1 if a target is
missed.
"""

import gc
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from scale import KINDS, Report, make_corpus, our_count, plain_count, seconds, spread

from narratives import words
from narratives.words.wordindex import summed

WORDS = 1_000_000
TARGET_SPEED, TARGET_MS, EXPLORER_MS = 0.8, 100, 50
REPEATS = 21


def median_ms(rounds):
    """The median time in ms of a round of calls: the best round's, CPU and wall clock.

    `rounds` is a list of rounds, each a list of no-argument functions. The
    lowest median is kept, as `timeit` keeps its best run: other programs on
    the machine can only add time.
    """
    walls, cpus = [], []
    for calls in rounds:
        wall, cpu = [], []
        for call in calls:
            start, start_cpu = time.perf_counter(), time.process_time()
            call()
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        walls.append(statistics.median(wall))
        cpus.append(statistics.median(cpu))
    return 1000 * min(walls), 1000 * min(cpus)


def same(call, rounds=3):
    """Rounds of REPEATS calls of one function."""
    return [[call] * REPEATS for _ in range(rounds)]


def main():
    report = Report(f"Words: {WORDS:,} words in {WORDS // 10_000} files")

    def query(name, rounds, target=TARGET_MS):
        wall, cpu = median_ms(rounds)
        report.line(name, cpu, "ms CPU", f"<= {target}", cpu <= target,
                    f"(wall clock {wall:.1f} ms)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_corpus(Path(tmp), WORDS)
        corpus = our_count(folder)
        total = sum(t.total for t in words.index(corpus))
        baseline = plain_count(folder)
        assert total == sum(sum(c.values()) for c in baseline.values()) == WORDS, total

        # 1. Loading and counting against the baseline: nine pairs of runs, one right
        # after the other (which goes first alternates) so that both meet the same load.
        pairs = []
        for n in range(9):
            if n % 2:
                ours, plain = seconds(our_count, folder), seconds(plain_count, folder)
            else:
                plain, ours = seconds(plain_count, folder), seconds(our_count, folder)
            pairs.append((plain, ours))
        report.line("baseline: read + re.findall + Counter", spread([p for p, _ in pairs]),
                    "s CPU")
        report.line("texts.load + words.index", spread([o for _, o in pairs]), "s CPU")
        ratios = [p / o for p, o in pairs]
        report.line("  speed against the baseline (min/median/max)", spread(ratios), "x",
                    f">= {TARGET_SPEED}", statistics.median(ratios) >= TARGET_SPEED)

        # 2. Queries, on the corpus counted above.
        four = ["nato", "regime", "protesters", "aggression"]
        query("frequencies, 4 words, 100 texts", same(lambda: words.frequencies(corpus, four)))
        query("frequencies, 4 words, by outlet kind",
              same(lambda: words.frequencies(corpus, four, by="outlet_kind")))
        group_a = [t for t in corpus if t.outlet_kind == KINDS[2]]
        group_b = [t for t in corpus if t.outlet_kind == KINDS[0]]
        query("keyness, 25 texts against 25, same groups",
              same(lambda: words.keyness(group_a, group_b)))

        def fresh(a, b):
            summed.cache_clear()   # nothing kept from an earlier query
            words.keyness(a, b)
        groups = [(corpus.texts[i:i + 25], corpus.texts[i + 25:i + 50]) for i in range(REPEATS)]
        query("keyness, 25 texts against 25, new groups",
              [[lambda a=a, b=b: fresh(a, b) for a, b in groups]] * 3)
        hits = sum(t.counts["nato"] for t in words.index(corpus))
        first = seconds(words.concordance, corpus, "nato")
        report.line(f"concordance of 'nato', all {hits:,} lines", 1000 * first, "ms CPU",
                    note="(first time: finds the word's places; growth in bench_scale)")
        query("concordance, first 20 lines",
              same(lambda: words.concordance(corpus, "regime", limit=20)))

        # 3. The widget: type a word; the chart and the concordance redraw. New words
        # each time (their places in the texts not yet found), then words seen before.
        vocabulary = [w for w in words.top_words(corpus, n=400).column("word")
                      if w not in four]
        fresh_words = iter(vocabulary)
        seen = ["regime", "nato", "protesters", "russia", "security", "force", "minsk"]
        for grouping, measure, name in [("outlet_kind", "frequency", "by outlet kind"),
                                        (None, "frequency", "100 texts"),
                                        (None, "dispersion", "dispersion, 100 texts")]:
            explorer = words.Explorer(corpus, grouping=grouping)
            explorer.measure.value = measure

            def type_word(word, explorer=explorer):
                explorer.words.value = word
                assert explorer.chart.outputs, explorer.description.value
            query(f"Explorer update, {name}, new words",
                  [[lambda w=next(fresh_words): type_word(w) for _ in range(REPEATS)]
                   for _ in range(3)], EXPLORER_MS)
            query(f"Explorer update, {name}, words seen before",
                  [[lambda w=w: type_word(w) for w in (seen * 3)[:REPEATS]]] * 3, EXPLORER_MS)

        # 4. Memory: what loading and counting allocate, and the whole process.
        del corpus, explorer
        gc.collect()
        tracemalloc.start()
        kept = our_count(folder)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        bodies = sum(sys.getsizeof(t.body) for t in kept)
        report.line("peak traced memory, texts.load + words.index", f"{peak / 2**20:.0f}",
                    "MiB", note=f"(the texts alone, as str: {bodies / 2**20:.0f} MiB)")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report.line("peak resident memory, this whole run", f"{rss:.0f}", "MiB")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
