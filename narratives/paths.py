"""Where the workbook's files are: in the learner's copy, never beside the package.

The learner's copy is the folder that holds both `notebooks/` and `texts/`. It is
found from the folder Python runs in, looking upward, so lessons that nbgitpuller
pulled into a home folder read their own texts and save into their own `my-work/`,
even when the package is installed in a read-only image. Two environment
variables override the search: NARRATIVES_HOME names the copy, and
NARRATIVES_MY_WORK and NARRATIVES_MY_TEXTS move `my-work/` or `my-texts/`
alone (the tests use them).

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

    `start` is the current folder when not given. When no copy is found there, the
    folder above the package is tried (a developer's checkout), then `start` itself,
    so that a missing `texts/` is reported by the loaders, by name.
    """
    named = os.environ.get("NARRATIVES_HOME")
    if named:
        return Path(named).expanduser().resolve()
    start = Path(start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if is_copy(folder):
            return folder
    checkout = Path(__file__).resolve().parent.parent
    return checkout if is_copy(checkout) else start


ROOT = find_root()
TEXTS = ROOT / "texts"
ANNOTATIONS = TEXTS / "annotations"
MY_TEXTS = Path(os.environ.get("NARRATIVES_MY_TEXTS") or ROOT / "my-texts")
MY_WORK = Path(os.environ.get("NARRATIVES_MY_WORK") or ROOT / "my-work")
NOTEBOOKS = ROOT / "notebooks"
EXERCISES = ROOT / "exercises"
SOLUTIONS = ROOT / "solutions"
