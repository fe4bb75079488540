"""How much memory a learner's kernel holds after each lesson: what a hub must give each one.

Run it with `python benchmarks/bench_kernel_memory.py` (or `make bench`). Each lesson
(and the instructor notebook) runs top to bottom in a fresh kernel, as a learner's Run
All does, with an empty work folder; then the kernel reports its resident memory (RSS) and
its peak (`ru_maxrss`). A hub's memory limit per learner must hold the largest peak of
the lessons a learner keeps open, plus the Jupyter server's own share (measured beside:
a JupyterLab server process with no kernel).

Target: every lesson's kernel peaks under 400 MiB, so that a limit of 1 GiB per learner
holds the server and two lessons' kernels open at once (README's hub recipes use it).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import Report

ROOT = Path(__file__).resolve().parent.parent
TARGET_MIB = 400
PROBE = ("import resource\n"
         "rss = int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()\n"
         "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
         "print(rss / 2**20, peak / 2**20)")


def lesson_memory(path, work):
    """(RSS, peak) in MiB of a kernel that ran every cell of the notebook at `path`."""
    import nbformat
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell

    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(new_code_cell(PROBE))
    os.environ["NARRATIVES_MY_WORK"] = str(work)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    rss, peak = notebook.cells[-1].outputs[-1]["text"].split()
    return float(rss), float(peak)


def server_memory():
    """RSS in MiB of a JupyterLab server with no kernel, once it answers."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--port=0",
                   "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={folder}"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True)
        try:
            for line in server.stderr:
                if "http://127.0.0.1" in line:
                    break
            time.sleep(2)
            pages = int(Path(f"/proc/{server.pid}/statm").read_text().split()[1])
            return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
        finally:
            server.terminate()
            server.wait(30)


def main():
    report = Report("Memory of a learner's kernel after each lesson (a fresh kernel each)")
    lessons = sorted((ROOT / "notebooks").glob("*.ipynb"))
    peaks = []
    with tempfile.TemporaryDirectory() as work:
        for path in lessons:
            rss, peak = lesson_memory(path, Path(work) / path.stem)
            peaks.append(peak)
            report.line(f"{path.name}: resident / peak", f"{rss:.0f} / {peak:.0f}", "MiB",
                        f"peak < {TARGET_MIB}", peak < TARGET_MIB)
    report.line("JupyterLab server, no kernel: resident", f"{server_memory():.0f}", "MiB")
    report.line("largest lesson peak", f"{max(peaks):.0f}", "MiB")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
