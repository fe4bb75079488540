"""How fast the claims tools are: loading, the ClaimReview export, a Comparer pick.

Run it with `python benchmarks/bench_claims.py` (or `make bench`). It measures:

1. `claims.load` with every quote checked against its text (median of 20);
2. `to_claimreview` for every review of every claim (median per review, over 5
   rounds); claims no reviewer rated get no ClaimReview and are not timed;
3. a pick in the Comparer: the menu set to a claim, both panels, the
   attribution of every quote, the caption and the chart drawn to PNG, each
   claim three times (median and slowest).

Targets: loading under 100 ms, an export under 20 ms, a pick under 300 ms
(median). Without a kernel no message travels to a browser, so add a few
milliseconds for that in a live notebook. It prints the figures and exits
with status 1 if a target is missed.
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from narratives import claims, texts  # noqa: E402
from narratives.claims.comparer import Comparer  # noqa: E402

TARGETS_MS = {"load": 100.0, "export": 20.0, "pick": 300.0}


def timed(action):
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main():
    corpus = texts.load()
    loads = [timed(lambda: claims.load(corpus)) for _ in range(20)]
    found = claims.load(corpus)
    reviews = [(c.id, n) for c in found for n in range(len(c.reviews))]
    exports = [timed(lambda: claims.to_claimreview(claim_id, corpus, found, n))
               for _ in range(5) for claim_id, n in reviews]
    comparer = Comparer(corpus, found)
    picks = []
    for _ in range(3):
        for claim_id in found.ids[1:] + found.ids[:1]:   # every pick is a change
            picks.append(timed(lambda: setattr(comparer.menu, "value", claim_id)))
    assert comparer.redraws == 1 + len(picks), "each pick should redraw the chart once"

    figures = {"load": statistics.median(loads), "export": statistics.median(exports),
               "pick": statistics.median(picks)}
    print(f"{len(found)} claims, {sum(len(c.appearances) + len(c.denials) for c in found)} "
          "quotes")
    print(f"load (checked):      median {figures['load']:7.2f} ms")
    print(f"ClaimReview export:  median {figures['export']:7.2f} ms per review "
          f"({len(reviews)} reviews)")
    print(f"Comparer pick:       median {figures['pick']:7.1f} ms, slowest {max(picks):.1f} ms"
          f" ({len(picks)} picks)")
    missed = [name for name, ms in figures.items() if ms > TARGETS_MS[name]]
    for name in missed:
        print(f"MISSED: {name} median {figures[name]:.1f} ms > {TARGETS_MS[name]:.0f} ms")
    print("All targets met." if not missed else "")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
