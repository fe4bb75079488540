"""Where the workbook's files are: in the learner's copy, never beside the package.

The learner's copy is the folder that holds both `notebooks/` and `texts/`. It is
found from the folder Python runs in, looking upward, so lessons that nbgitpuller
pulled into a home folder read their own texts and save into their own `my-work/`,
even when the package is installed in a read-only image. Two environment
variables override the search: NARRATIVES_HOME names the copy, and
NARRATIVES_MY_WORK and NARRATIVES_MY_TEXTS move `my-work/` or `my-texts/`
alone (the tests use them). Where no copy is found, loading the texts says so
in one sentence (`not_found()`).

>>> (ROOT / "notebooks").is_dir() and TEXTS == ROOT / "texts"
True
>>> find_root(ROOT / "notebooks") == ROOT
True
"""

import os
from pathlib import Path


def is_copy(folder):
    """Whether a folder is a copy of the workbook: it holds `notebooks/` and `texts/`."""
    return (folder / "notebooks").is_dir() and (folder / "texts").is_dir()


def find_root(start=None):
    """The learner's copy: NARRATIVES_HOME, else the nearest copy at or above `start`.

    `start` is the current folder when not given. When no copy is found, `start`
    itself is returned, and `found()` is False: the loaders then say so, by name.
    Never the folder beside the package: on a hub it is a read-only image.
    """
    named = os.environ.get("NARRATIVES_HOME")
    if named:
        return Path(named).expanduser().resolve()
    start = Path(start or Path.cwd()).resolve()
    return next((folder for folder in (start, *start.parents) if is_copy(folder)), start)


def found():
    """Whether a copy of the workbook was found (or named by NARRATIVES_HOME)."""
    return is_copy(ROOT)


def not_found():
    """The sentence that says no copy was found, and what to do."""
    return (f"No copy of the workbook was found: {ROOT} and the folders above it hold no "
            "'notebooks' and 'texts' folders. Open the lessons from your copy of the "
            "workbook (on Colab, run the first cell of the README: it clones the workbook "
            "and changes into it with %cd), or set the environment variable NARRATIVES_HOME "
            "to your copy's folder, then restart the kernel.")


ROOT = find_root()
TEXTS = ROOT / "texts"
ANNOTATIONS = TEXTS / "annotations"
MY_TEXTS = Path(os.environ.get("NARRATIVES_MY_TEXTS") or ROOT / "my-texts")
MY_WORK = Path(os.environ.get("NARRATIVES_MY_WORK") or ROOT / "my-work")
NOTEBOOKS = ROOT / "notebooks"
EXERCISES = ROOT / "exercises"
SOLUTIONS = ROOT / "solutions"
