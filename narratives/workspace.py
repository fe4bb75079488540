"""Where a learner's work lives (`my-work/`), saved safely and downloadable.

Binder sessions vanish when the tab closes, so everything a learner makes is
written to one folder, atomically, and can be taken home in one zip file.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "notes.txt", "NATO denied it.")
>>> [row[0] for row in files(folder)]
['notes.txt']
"""

import base64
import getpass
import io
import os
import re
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

from .display import Table, escape
from .errors import NarrativesError
from .paths import MY_WORK, ROOT


def folder(path=None):
    """The work folder (created if missing): `my-work/` unless another is given."""
    path = Path(path) if path is not None else MY_WORK
    path.mkdir(parents=True, exist_ok=True)
    return path


def login():
    """The login name, or 'learner' where the system has none."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers: any name will do
        return "learner"


def safe_name(name):
    """A name made safe for a file name: 'Ada Lovelace' -> 'Ada-Lovelace'."""
    safe = re.sub(r"[^\w-]+", "-", str(name)).strip("-_")[:40]
    if not safe:
        raise NarrativesError(f"The name {name!r} cannot be part of a file name. Give a "
                              "name made of letters or digits, e.g. annotator='ada'.")
    return safe


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


def files(path=None):
    """`(name, bytes, last changed)` for each file in the work folder."""
    base = folder(path)
    return [(str(p.relative_to(base)), p.stat().st_size,
             datetime.fromtimestamp(p.stat().st_mtime).strftime("%Y-%m-%d %H:%M"))
            for p in sorted(base.rglob("*")) if p.is_file() and not p.name.startswith(".")]


def shown(path):
    """A folder as a learner finds it: relative to their copy of the workbook when inside it.

    Stored lesson outputs then name no machine's absolute path.
    """
    try:
        return f"{Path(path).resolve().relative_to(ROOT)}/"
    except ValueError:
        return f"{Path(path).name}/"


def summary(path=None):
    """A table of what is in the work folder."""
    rows = files(path)
    caption = f"{len(rows)} file(s) in {shown(folder(path))}"
    return Table(["file", "bytes", "last changed"], rows, caption=caption)


def archive(path=None):
    """The whole work folder as the bytes of a zip file."""
    base = folder(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, _, _ in files(base):
            zipped.write(base / name, arcname=f"my-work/{name}")
    return buffer.getvalue()


def read_uploads(items):
    """`(name, text)` for each file a FileUpload widget received; text is None when
    the file is not UTF-8, so the widget can say so instead of failing."""
    found = []
    for item in items:
        try:
            found.append((item["name"], bytes(item["content"]).decode("utf-8-sig")))
        except UnicodeDecodeError:
            found.append((item["name"], None))
    return found


def download_link(data, filename, label=None, mime="application/octet-stream"):
    """HTML for a link that saves `data` (bytes or str) as `filename` when clicked.

    The data travels inside the link itself, so the download works even when
    the server behind a Binder session is gone.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    encoded = base64.b64encode(data).decode("ascii")
    label = label or f"Download {filename}"
    return (f'<a download="{escape(filename)}" href="data:{mime};base64,{encoded}" '
            f'style="font-weight:bold">\N{DOWNWARDS ARROW} {escape(label)}</a>')


def download_all(path=None):
    """A link to download everything in the work folder as `my-work.zip`."""
    from IPython.display import HTML

    count = len(files(path))
    return HTML(download_link(archive(path), "my-work.zip",
                              f"Download all my work ({count} files) as my-work.zip",
                              mime="application/zip"))
