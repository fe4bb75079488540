"""Where a learner's work lives (`my-work/`), saved safely and downloadable.

Binder sessions vanish when the tab closes, so everything a learner makes is
written to one folder, atomically, and can be taken home in one zip file.
Whose files they are is `names`' part, the atomic writes `atomicfile`'s; this
module offers both, so a lesson needs only `workspace`.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "notes.txt", "NATO denied it.")
>>> [row[0] for row in files(folder)]
['notes.txt']
"""

import base64
import getpass  # noqa: F401 (tests patch getpass.getuser through workspace)
import io
import json
import os  # noqa: F401 (tests patch os.replace through workspace)
import zipfile
from datetime import datetime
from pathlib import Path

from .atomicfile import (atomic_write, folder, keep_copy, save, set_aside,  # noqa: F401
                         work_path)
from .display import PALETTE, Table, escape
from .errors import NarrativesError
from .names import (GENERIC, NAME_FILE, NameStep, adopt, former_names,  # noqa: F401
                    is_generic, learner_name, login, name_status, owner, safe_name,
                    save_name)
from .paths import MY_WORK, ROOT


def not_saved(error, path, what="tags"):
    """What to tell a learner whose change could not be saved to `path`, and why."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return (f"Not saved: {reason} ({Path(path).name}). Your last change is undone. "
                f"Download your {what} now, then free some space or ask for help.")
    said = str(error)
    return said if said.startswith("Not saved") else f"Not saved: {said}"


def files(path=None):
    """`(name, bytes, last changed)` for each file in the work folder (none if it is missing)."""
    base = work_path(path)
    if not base.is_dir():
        return []
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
    caption = f"{len(rows)} file(s) in {shown(work_path(path))}"
    return Table(["file", "bytes", "last changed"], rows, caption=caption)


# What a learner writes outside my-work/: their notebooks and their own texts.
COPIED = {"notebooks": "*.ipynb", "exercises": "*.ipynb", "my-texts": "*.txt"}


def archive(path=None, copy=None):
    """The whole work folder as the bytes of a zip file, with the learner's notebooks.

    The lessons and exercises of the learner's copy (`copy`; for `my-work/`
    itself, the copy it belongs to) go in without their outputs: what the
    learner wrote, not what the cells showed (and no download inside a
    download); their own texts go in too.
    """
    base = work_path(path)
    copy = ROOT if copy is None and path is None else copy
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, _, _ in files(base):
            zipped.write(base / name, arcname=f"my-work/{name}")
        for sub, pattern in COPIED.items() if copy is not None else ():
            for file in sorted(Path(copy, sub).glob(pattern)):
                if file.is_file():
                    zipped.writestr(f"{sub}/{file.name}", _without_outputs(file))
    return buffer.getvalue()


def _without_outputs(path):
    """A notebook's bytes with its outputs cleared (other files, or one mid-save, as they are)."""
    data = path.read_bytes()
    if path.suffix != ".ipynb":
        return data
    try:
        notebook = json.loads(data)
        for cell in notebook["cells"]:
            if cell.get("cell_type") == "code":
                cell["outputs"], cell["execution_count"] = [], None
    except (ValueError, KeyError, TypeError, AttributeError):
        return data
    return json.dumps(notebook, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"


def read_uploads(items):
    """`(name, text)` for each file a FileUpload widget received; text is None when
    the file is not UTF-8, so the widget can say so instead of failing."""
    return [(name, text) for name, text, _ in uploaded_texts(items)]


def uploaded_texts(items):
    """`(name, text, problem)` for each uploaded file: the text, or None and a sentence
    saying why not (too big, another encoding and the command that converts it...)."""
    from .reading import MAX_BYTES, FileProblem, decode

    found = []
    for item in items:
        name = str(item.get("name") or "the file") if isinstance(item, dict) else "the file"
        try:
            content = bytes(item["content"])
        except (KeyError, TypeError, ValueError):
            found.append((name, None, f"{name}: the upload holds no file. Choose it again."))
            continue
        if len(content) > MAX_BYTES:
            found.append((name, None, f"{name}: is larger than {MAX_BYTES // 2**20} MB, "
                                      "the most a file here may hold."))
            continue
        try:
            found.append((name, decode(name, content), None))
        except FileProblem as problem:
            found.append((name, None, str(problem)))
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
    notebooks = " and your notebooks" if path is None else ""
    return HTML(download_link(archive(path), "my-work.zip",
                              f"Download all my work ({count} files{notebooks}) as my-work.zip",
                              mime="application/zip"))


class AsksName:
    """The part of a widget that keeps a learner's own name where a login is shared.

    The Tagger and the SpanTagger show `display.ask_name`'s row where many
    learners share a login; its button calls `use_name`. The widget supplies
    `NOUN` ("tags", "spans") and `_move_to(name)`, which opens the file of the
    name, moves what was saved under the shared login into it, and returns a
    warning ("" when all went well); and it has `folder`, `store`, `message`,
    `warning`, `name_row`, `widget`, `_say` and `_show`.
    """

    NOUN = "work"

    def use_name(self, name):
        """Keep the learner's own name; what was saved so far moves into their own file."""
        try:
            name = save_name(name, self.folder)
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(f"Name not kept: {error}", PALETTE[5])
            return
        self.warning.value = self._say(self._move_to(name), PALETTE[5])
        self.name_row.layout.display = "none"
        self.widget.children = [c for c in self.widget.children if c is not self.name_row]
        self.message.value = self._say(f"Hello, {name}: your {self.NOUN} are saved in "
                                       f"{self.store.path.name}.")
        self._show()
