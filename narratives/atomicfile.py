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
import shutil
import tempfile
import time
from pathlib import Path

from .paths import MY_WORK


def folder(path=None):
    """The work folder (created if missing): `my-work/` unless another is given."""
    path = Path(path) if path is not None else MY_WORK
    path.mkdir(parents=True, exist_ok=True)
    return path


def work_path(path=None):
    """The work folder's path, not created: reading it must work in a copy where nothing
    may be written (a read-only image), where it simply holds nothing yet; `save`
    creates it when something is saved."""
    return Path(path) if path is not None else MY_WORK


def _aside(path):
    """A free name beside `path` for keeping it as it was: `tags.corrupt-<time>.json`."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 2
    while kept.exists():
        kept = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
        n += 1
    return kept


def set_aside(path):
    """Move a file that cannot be read out of the way, keeping it: returns its new path.

    Raises OSError where the folder may not be changed (read-only): the file
    then stays where it is, unchanged.
    """
    path = Path(path)
    kept = _aside(path)
    os.replace(path, kept)
    return kept


def keep_copy(path):
    """Keep a file as it is now under a new name beside it, and leave it in place.

    A second name for the same bytes (a hard link) needs no space, so it works
    on a full disk; where links are not allowed the file is copied. Raises
    OSError where the folder may not be changed.
    """
    path = Path(path)
    kept = _aside(path)
    try:
        os.link(path, kept)
    except OSError:
        shutil.copy2(path, kept)
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


def save(path, text, what="your work"):
    """`atomic_write` for a learner's one-off save; returns the path.

    A full disk or a read-only folder is told in one sentence that starts
    with "Not saved", never as a bare OSError: the learner's words are still
    in their cell, and the sentence says what to do.
    """
    from .errors import NarrativesError

    try:
        atomic_write(path, text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise NarrativesError(f"Not saved: {reason} ({Path(path).name}). {what} is still in "
                              "your notebook: free some space, or copy the folder somewhere "
                              "you may write, or ask for help.") from None
    return Path(path)
