"""Whose work a file holds: the learner's own name (or pseudonym), never a shared login.

Binder and docker-stacks images log everyone in as `jovyan`, Colab as `root`,
and a hub's user name may be an e-mail address a learner would rather not see
projected. So a learner may give a name of their own, once, in lesson 00 or in
any widget that saves work; it is kept in `my-work/name.txt`, and every file
made from then on carries it. Work saved before under the account's names (the
login, the hub's user name) moves into the learner's files (`former_names`,
`adopt`). Work saved under an earlier given name stays where it is: on a
machine that several learners share, a new name may be a new learner.

>>> is_generic("jovyan"), is_generic("Ada L")
(True, False)
>>> safe_name("Ada Lovelace")
'Ada-Lovelace'
"""

import getpass
import os
import re
from pathlib import Path

from .atomicfile import atomic_write, folder, save, work_path
from .display import say, widget_bundle
from .errors import NarrativesError
from .filelock import locked
from .paths import MY_WORK

# Logins that many learners share: Binder and docker-stacks images log everyone in as
# jovyan, Colab as root, cloud machines as ubuntu. Such a name tells no one apart.
GENERIC = {"jovyan", "root", "learner", "ubuntu", "user", "student", "guest", "admin",
           "colab", "vscode", "codespace", "runner", "nobody", "default", "pi"}
NAME_FILE = "name.txt"


def login():
    """The login name, or 'learner' where the system has none."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers: any name will do
        return "learner"


def is_generic(name):
    """Whether a login is one that many learners share ('jovyan', 'root', ...)."""
    return str(name or "").strip().lower() in GENERIC


def safe_name(name):
    """A name made safe for a file name: 'Ada Lovelace' -> 'Ada-Lovelace'."""
    safe = re.sub(r"[^\w-]+", "-", str(name)).strip("-_")[:40]
    if not safe:
        raise NarrativesError(f"The name {name!r} cannot be part of a file name. Give a "
                              "name made of letters or digits, e.g. annotator='ada'.")
    return safe


def learner_name(path=None):
    """The learner's own name, or None when a widget should ask for it.

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


def owner(path=None):
    """The name a new file of the learner carries: their own once known, else the login."""
    return learner_name(path) or login()


def former_names(path=None):
    """Names this learner's files may carry from before their own name was known.

    The account's names, the login and the hub's user name, without the current
    one: a widget opening the learner's file moves their work in.
    """
    seen, found = {_file_part(owner(path))}, []
    for name in [login(), os.environ.get("JUPYTERHUB_USER", "")]:
        part = _file_part(name)
        if part and part not in seen:
            seen.add(part)
            found.append(name)
    return found


def _file_part(name):
    try:
        return safe_name(name)
    except NarrativesError:  # a name no file can carry carries no file either
        return None


def adopt(old_path, merge):
    """Move the file `old_path` into the learner's own: `merge(old_path)`, then delete it.

    All of it happens under `old_path`'s lock, so a save that another kernel
    makes to the old file waits until the move is done and then writes a new
    old file: it is never read before the save and deleted after it (issue 20).
    Returns what `merge` returns, or 0 when there is no old file.
    """
    old_path = Path(old_path)
    with locked(old_path):
        if not old_path.exists():
            return 0
        moved = merge(old_path)
        old_path.unlink(missing_ok=True)  # all of it is in the learner's own file (or set aside)
    return moved


def save_name(name, path=None):
    """Keep the learner's name in `my-work/name.txt` and return it, checked."""
    name = " ".join(str(name or "").split())
    safe_name(name)  # says what is wrong with a name no file can carry
    if is_generic(name):
        raise NarrativesError(f"{name!r} is a name many learners share. Give a name of your "
                              "own, e.g. your first name and an initial: 'Ada L'.")
    save(work_path(path) / NAME_FILE, name + "\n", "Your name")
    return name


def name_status(path=None):
    """The sentence lesson 00 shows about the name the learner's files carry."""
    name = learner_name(path)
    if name is None:
        return (f"You are logged in as {login()!r}, a name many learners share. Type a name "
                "of your own (a pseudonym is fine) and press the button.")
    return (f"Your files carry the name {name!r}. To use another (a pseudonym is fine, e.g. "
            "for a class that shows names on screen), type it and press the button.")


class NameStep:
    """Lesson 00's step: give, or change, the name every file of the learner carries.

    Work saved under the shared login or the hub's user name moves into the new
    name's files when the tool that made it next opens them.
    """

    def __init__(self, path=None):
        import ipywidgets as w

        self.path = path
        self.status = w.HTML(say(name_status(path)))
        self.name = w.Text(placeholder="your name or a pseudonym", description="Your name:")
        self.button = w.Button(description="Use this name", icon="user",
                               layout=w.Layout(width="auto"))
        self.button.on_click(lambda _: self.use(self.name.value))
        self.widget = w.VBox([self.status, w.HBox([self.name, self.button],
                                                  layout=w.Layout(flex_flow="row wrap"))])
        self.widget.add_class("narratives-widget")
        self.widget.add_class("narratives-name-step")

    def use(self, name):
        """Keep `name` for every file from now on; returns it (None when refused)."""
        try:
            name = save_name(name, self.path)
        except (NarrativesError, OSError) as error:
            self.status.value = say(f"Name not kept: {error}", "bad")
            return None
        self.status.value = say(
            f"Saved: from now on your files carry the name {name!r}. Tags, spans and answers "
            "saved under your login or hub name move into them when you next open the tool "
            "that made them.")
        return name

    def __repr__(self):
        return "<Name step: type your name or a pseudonym, then press 'Use this name'>"

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)
