"""Handing a learner's tags in to the class folder on a JupyterHub.

On a hub every learner's work sits in their own home, which the instructor
cannot read (hubs run with umask 077: files are owner-only). So the hub's
configuration names one shared, group-writable folder for the class, once, in
the environment variable NARRATIVES_CLASS_FOLDER, and `hand_in()` copies the
learner's tags there, readable by the instructor whatever the umask. The
instructor notebook reads that folder by default.

The copy carries the name the learner chose (their pseudonym, or the hub's
login when they chose none) and a short token of their login, never the login
itself: `tags-<name>-<token>.json`. Two learners who chose one pseudonym get
two files; a learner who hands in again replaces their own file. On Binder or
a laptop no class folder is set: `hand_in()` says so and points at the
download route.

>>> import tempfile, pathlib
>>> work, shared = (pathlib.Path(tempfile.mkdtemp()) for _ in range(2))
>>> from narratives.tagging.tagstore import TagStore
>>> TagStore(work / "tags-owl.json", annotator="owl").set("bogus-threat", 0, {"none"})
>>> print(hand_in(name="owl", folder=work, to=shared, login="d.novak@uni.example"))
Handed in: 1 tag as tags-owl-749e43.json, under the name owl.
>>> oct((shared / "tags-owl-749e43.json").stat().st_mode & 0o777)
'0o644'
"""

import hashlib
import json
import os
from pathlib import Path

from .display import say
from .errors import NarrativesError
from .paths import MY_WORK
from .workspace import atomic_write, is_generic, learner_name, login as system_login, safe_name

VARIABLE = "NARRATIVES_CLASS_FOLDER"
# Readable by the instructor (and writable only by its owner), whatever the umask.
MODE = 0o644
HANDED_IN = "handed-in.txt"  # in my-work/: the file last handed in


def class_folder():
    """The class's hand-in folder the hub names in NARRATIVES_CLASS_FOLDER, or None."""
    named = os.environ.get(VARIABLE, "").strip()
    return Path(named).expanduser() if named else None


def current_login():
    """Who is logged in: the hub's user name where there is one, else the system login."""
    return os.environ.get("JUPYTERHUB_USER") or system_login()


def token(login):
    """A short token that tells one login's files apart without showing the login."""
    return hashlib.sha256(str(login).encode("utf-8")).hexdigest()[:6]


class HandedIn:
    """What `hand_in` did: `ok`, the file written (`path`, or None) and the `message`."""

    def __init__(self, ok, message, path=None):
        self.ok, self.message, self.path = ok, message, path

    def __str__(self):
        return self.message

    __repr__ = __str__

    def _repr_html_(self):
        return say(self.message, "good" if self.ok else "bad")


def hand_in(name=None, folder=None, to=None, login=None):
    """Copy the learner's tags (`my-work/tags-<name>.json`) to the class folder.

    `name` is the learner's own name (by default the one they gave, else the
    hub's login); `to` the class folder (by default NARRATIVES_CLASS_FOLDER).
    Returns a HandedIn whose message says what happened, in a sentence, also
    when nothing could be handed in.
    """
    to = Path(to).expanduser() if to is not None else class_folder()
    if to is None:
        return HandedIn(False, "No class folder is set up here (the hub's "
                        f"{VARIABLE}), so there is nowhere to hand in to. On Binder or your "
                        "own computer: press Download my tags in the Tagger and give the file "
                        "to your instructor.")
    login = login or current_login()
    name = name or learner_name(folder)
    if not name or is_generic(name):
        return HandedIn(False, "Give your name (or a pseudonym) in the Tagger first: your "
                        "tags are handed in under it.")
    work = Path(folder) if folder is not None else MY_WORK
    source = work / f"tags-{safe_name(name)}.json"
    try:
        doc = json.loads(source.read_text(encoding="utf-8"))
        count = len(doc["tags"])
    except FileNotFoundError:
        return HandedIn(False, f"There are no tags to hand in yet ({source.name} is not in "
                        "your work folder): tag some sentences in lesson 02 first.")
    except (OSError, ValueError, KeyError, TypeError) as error:
        return HandedIn(False, f"{source.name} cannot be read ({error}); nothing was handed "
                        "in. Ask your instructor for help.")
    if not to.is_dir():
        return HandedIn(False, f"The class folder {to} does not exist, so nothing was handed "
                        "in. Tell your instructor: the hub's configuration names it.")
    doc["annotator"] = name
    # Lets the instructor notebook hide names that are logins, and leave out its own files.
    doc["name_is_login"] = name in (login, system_login(), os.environ.get("JUPYTERHUB_USER"))
    doc["handed_in_by"] = token(login)
    target = to / f"tags-{safe_name(name)}-{token(login)}.json"
    try:
        atomic_write(target, json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
        os.chmod(target, MODE)
    except OSError as error:
        return HandedIn(False, f"Not handed in: {error.strerror or error} ({to}). Your tags "
                        "are safe in your work folder; press Download my tags and give the "
                        "file to your instructor.")
    _forget_earlier(work, to, target)
    tags = "tag" if count == 1 else "tags"
    return HandedIn(True, f"Handed in: {count} {tags} as {target.name}, under the name "
                    f"{name}.", target)


def _forget_earlier(work, to, target):
    """Remove the learner's earlier hand-in under another name, so that one learner counts
    once. It is remembered in `my-work/handed-in.txt`: learners cannot list the folder."""
    record = work / HANDED_IN
    try:
        earlier = to / record.read_text(encoding="utf-8").strip()
        if earlier.name and earlier != target:
            earlier.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # nothing handed in before, or no longer ours to remove
    try:
        atomic_write(record, target.name + "\n")
    except OSError:
        pass


def instructors_own(doc_or_name, login=None):
    """Whether a handed-in file (its JSON dict) or a name is the instructor's own.

    The instructor is whoever runs the instructor notebook: files handed in
    from their login, or under their name, are their own test files.
    """
    login = login or current_login()
    if isinstance(doc_or_name, dict):
        if doc_or_name.get("handed_in_by") == token(login):
            return True
        doc_or_name = doc_or_name.get("annotator")
    if not doc_or_name:
        return False
    own = {login}
    try:
        own.add(learner_name())
    except NarrativesError:
        pass
    return doc_or_name in own - {None}


def handed_in_fields(path):
    """The JSON of a tags file, to read what `hand_in` adds to a file it hands in ({} for other files, and CSV)."""
    if path.suffix.lower() != ".json":
        return {}
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def without_logins(stores, rows, logins):
    """A class's stores and report rows (of `classroom.read_class`) with each login in
    `logins` shown as "learner N", in file names and notes too."""
    hide = {}
    for row in rows:
        login = next((name for name in logins if row[1] == name or row[1].startswith(
            f"{name} (")), None)
        if login is not None:
            hide.setdefault(login, f"learner {len(hide) + 1}")
            hide[row[0]] = f"({hide[login]}'s file)"

    def cover(text):
        for secret in sorted(hide, key=len, reverse=True):
            text = text.replace(secret, hide[secret])
        return text
    covered = {}
    for name, store in stores.items():
        store.annotator = cover(name)
        covered[store.annotator] = store
    return covered, [[cover(str(cell)) if i in (0, 1, 4) else cell
                      for i, cell in enumerate(row)] for row in rows]


__all__ = ["VARIABLE", "class_folder", "hand_in", "HandedIn", "token", "instructors_own",
           "handed_in_fields", "without_logins"]
