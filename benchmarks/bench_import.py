"""How long `import narratives` and the lessons' fronts take, in a fresh Python each time.

Run it with `python benchmarks/bench_import.py` (or `make bench`). Each figure
is the time of the import statement alone, in a new process (so nothing is
already loaded), seven times: its CPU time, with the wall-clock time beside
(on a shared machine that also counts other programs' turns). Beside them, measured the same way in the same
run: importing NLTK and matplotlib's pyplot, which the package used to load
at import and now loads when a function first needs them.

Target: `import narratives` and importing every lesson front (texts, tagging,
claims, words, techniques, yourtext, checks) each in at most 0.2 s (median),
with neither NLTK nor matplotlib loaded by it.
"""

import statistics
import subprocess
import sys
from pathlib import Path

from scale import Report, spread

TARGET_S, RUNS = 0.2, 7
FRONTS = "from narratives import texts, tagging, claims, words, techniques, yourtext, checks"
ROOT = Path(__file__).resolve().parent.parent


def import_time(statement):
    """CPU and wall seconds of the statement in a fresh Python, and the heavy packages loaded."""
    code = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); "
            f"start, cpu = time.perf_counter(), time.process_time(); {statement}; "
            "print(time.process_time() - cpu, time.perf_counter() - start, "
            "*[m for m in ('nltk', 'matplotlib', 'ipywidgets') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    return float(out[0]), float(out[1]), out[2:]


def main():
    report = Report(f"Import times, {RUNS} fresh processes each")
    baselines = {"import nltk": [], "import matplotlib.pyplot": []}
    ours = {"import narratives": [], FRONTS: []}
    walls = {statement: [] for statement in [*baselines, *ours]}
    loaded = set()
    for _ in range(RUNS):   # interleaved, so that all meet the same load
        for statement, times in [*baselines.items(), *ours.items()]:
            cpu, wall, heavy = import_time(statement)
            times.append(cpu)
            walls[statement].append(wall)
            if statement in ours:
                loaded.update(heavy)
    for statement, times in baselines.items():
        report.line(f"baseline: {statement}", spread(times), "s CPU",
                    note=f"(wall clock {statistics.median(walls[statement]):.2f} s)")
    nltk = statistics.median(baselines["import nltk"])
    for statement, times in ours.items():
        name = "every lesson front" if statement == FRONTS else statement
        report.line(name, spread(times), "s CPU", f"<= {TARGET_S}",
                    statistics.median(times) <= TARGET_S,
                    f"({statistics.median(times) / nltk:.2f} x import nltk; wall clock "
                    f"{statistics.median(walls[statement]):.2f} s)")
    report.line("heavy packages loaded by these imports", ", ".join(sorted(loaded)) or "none",
                "", "none", not (loaded & {"nltk", "matplotlib"}))
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
