"""The workbook's sentences under other NLTK versions, each in a throwaway environment.

Run it with `make nltk-versions` (`make test` runs it too; about 20 s once pip's
cache holds the packages). For each version below, it makes a fresh virtual environment,
installs that NLTK and the workbook's other requirements (pip's cache makes
this quick after the first time), and runs, from this checkout, the tests
that pin every sentence boundary of the five texts and the two my-texts
samples, load the reference tags, and check the splitter needs no NLTK; and
those that hold the workbook's figures equal to that NLTK's and hand a folder
of texts over to its corpus reader (NLTK 3.10 guards folders; 3.9 does not).

The oldest version here that passes is the lower bound of `nltk` in
pyproject.toml. NLTK 3.9.x is the one Pyodide (JupyterLite) ships; its own
Punkt split `tanks-and-planes` into 33 sentences instead of 34.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ["3.9.1"]
TESTS = ["tests/test_sentences.py", "tests/test_sentence_rules.py", "tests/test_sentencelist.py",
         "tests/test_texts.py", "tests/test_tagging.py", "tests/test_nltk.py",
         "tests/test_nltk_handover.py"]


def pins(*names):
    """The exact versions of some packages, from requirements*.txt."""
    lines = [line.split("#")[0].strip() for name in ("requirements.txt", "requirements-test.txt")
             for line in (ROOT / name).read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line.split("==")[0] in names]


def check(version):
    with tempfile.TemporaryDirectory(prefix=f"nltk-{version}-") as folder:
        python = Path(folder) / "bin" / "python"
        subprocess.run([sys.executable, "-m", "venv", folder], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", f"nltk=={version}",
                        *pins("ipywidgets", "matplotlib", "pytest")], check=True)
        found = subprocess.run([python, "-c", "import nltk; print(nltk.__version__)"],
                               capture_output=True, text=True, check=True).stdout.strip()
        print(f"NLTK {found} in {folder}", flush=True)
        run = subprocess.run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
                             cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                            "NLTK_DATA": str(ROOT / ".nltk-empty"),
                                            "PYTHONHASHSEED": "0", "HOME": folder})
        return found == version and run.returncode == 0


def main():
    failed = [version for version in VERSIONS if not check(version)]
    print("The same sentences and figures under NLTK " + ", ".join(VERSIONS) + "."
          if not failed else
          f"Different or failing under NLTK {', '.join(failed)}.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
