"""Files that are whole or not there: the learner's work folder and atomic writes.

A crash, a full disk or a killed kernel leaves the old file or the new one,
never half of one. `workspace` offers these to every module.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "notes.txt"
>>> atomic_write(path, "NATO denied it.")
>>> path.read_text()
'NATO denied it.'
"""

import os
import tempfile
import time
from pathlib import Path

from .paths import MY_WORK


def folder(path=None):
    """The work folder (created if missing): `my-work/` unless another is given."""
    path = Path(path) if path is not None else MY_WORK
    path.mkdir(parents=True, exist_ok=True)
    return path


def set_aside(path):
    """Move a file that cannot be read out of the way, keeping it: returns its new path."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 2
    while kept.exists():
        kept = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
        n += 1
    os.replace(path, kept)
    return kept


def atomic_write(path, text):
    """Write `text` to `path` so that a crash leaves the old or the new file, whole.

    The text goes to a temporary file in the same folder, is flushed to disk,
    then replaces the old file in one step (`os.replace`).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
