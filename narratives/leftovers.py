"""Temporary files that a save killed midway left behind, cleaned up by a later save.

`workspace.atomic_write` writes to a hidden temporary file beside the real one
(`.tags-ada.json.k3x9.tmp`) and then renames it. A kernel killed between the
two leaves the temporary file there. The tag and span stores call
`sweep_leftovers` after each save, so such files do not pile up; a file
younger than LEFTOVER_AGE may be another kernel's save under way, and stays.

>>> import os, tempfile, pathlib, time
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> old = folder / ".tags-ada.json.k3x9.tmp"
>>> _ = old.write_text("{half a sa")
>>> os.utime(old, (time.time() - 3600,) * 2)
>>> sweep_leftovers(folder / "tags-ada.json")
>>> old.exists()
False
"""

import os
import time
from pathlib import Path

# A save takes milliseconds: a temporary file this old was left by a kernel killed mid-save.
LEFTOVER_AGE = 600


def sweep_leftovers(path):
    """Delete the temporary files that saves of `path` killed midway left behind."""
    path, now = Path(path), time.time()
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if name.startswith(f".{path.name}.") and name.endswith(".tmp"):
            try:
                if now - os.stat(path.parent / name).st_mtime > LEFTOVER_AGE:
                    os.unlink(path.parent / name)
            except OSError:
                pass  # gone already, or not ours to delete: it does no harm
