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
import shutil
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

from .display import PALETTE, Table, escape
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


# Logins that many learners share: Binder and docker-stacks images log everyone in as
# jovyan, Colab as root, cloud machines as ubuntu. Such a name tells no one apart.
GENERIC = {"jovyan", "root", "learner", "ubuntu", "user", "student", "guest", "admin",
           "colab", "vscode", "codespace", "runner", "nobody", "default", "pi"}
NAME_FILE = "name.txt"


def is_generic(name):
    """Whether a login is one that many learners share ('jovyan', 'root', ...)."""
    return str(name or "").strip().lower() in GENERIC


def learner_name(path=None):
    """The learner's own name, or None when the Tagger should ask for it.

    The name the learner gave (kept in `my-work/name.txt`) comes first, then the
    hub's user name (`JUPYTERHUB_USER`), then the login, each unless it is one
    many learners share. On Binder every session's hub name is a random one, so
    there the learner is asked too.
    """
    saved = Path(path) if path is not None else MY_WORK
    try:
        given = (saved / NAME_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        given = ""
    if given:
        return given
    hub = os.environ.get("JUPYTERHUB_USER", "")
    if hub and not is_generic(hub) and "BINDER_LAUNCH_HOST" not in os.environ:
        return hub
    if "JUPYTERHUB_USER" not in os.environ and not is_generic(login()):
        return login()
    return None


def save_name(name, path=None):
    """Keep the learner's name in `my-work/name.txt` and return it, checked."""
    name = " ".join(str(name or "").split())
    safe_name(name)  # says what is wrong with a name no file can carry
    if is_generic(name):
        raise NarrativesError(f"{name!r} is a name many learners share. Give a name of your "
                              "own, e.g. your first name and an initial: 'Ada L'.")
    try:
        where = folder(path)
    except OSError as error:
        raise NarrativesError(f"Not saved: {error.strerror or error} ({shown(work_path(path))})"
                              ". Your name is kept for this session only.") from None
    save(where / NAME_FILE, name + "\n", "Your name")
    return name


def safe_name(name):
    """A name made safe for a file name: 'Ada Lovelace' -> 'Ada-Lovelace'."""
    safe = re.sub(r"[^\w-]+", "-", str(name)).strip("-_")[:40]
    if not safe:
        raise NarrativesError(f"The name {name!r} cannot be part of a file name. Give a "
                              "name made of letters or digits, e.g. annotator='ada'.")
    return safe


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
    try:
        atomic_write(path, text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise NarrativesError(f"Not saved: {reason} ({Path(path).name}). {what} is still in "
                              "your notebook: free some space, or copy the folder somewhere "
                              "you may write, or ask for help.") from None
    return Path(path)


def not_saved(error, path, what="tags"):
    """What to tell a learner whose change could not be saved to `path`, and why."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return (f"Not saved: {reason} ({Path(path).name}). Your last change is undone. "
                f"Download your {what} now, then free some space or ask for help.")
    said = str(error)
    return said if said.startswith("Not saved") else f"Not saved: {said}"


def work_path(path=None):
    """The work folder's path, not created: reading it must work in a copy where nothing
    may be written (a read-only image), where it simply holds nothing yet; `save`
    creates it when something is saved."""
    return Path(path) if path is not None else MY_WORK


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


def archive(path=None):
    """The whole work folder as the bytes of a zip file."""
    base = work_path(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, _, _ in files(base):
            zipped.write(base / name, arcname=f"my-work/{name}")
    return buffer.getvalue()


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
    return HTML(download_link(archive(path), "my-work.zip",
                              f"Download all my work ({count} files) as my-work.zip",
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
