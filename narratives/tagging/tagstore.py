"""A learner's tags, saved to disk the moment they change, and never lost.

In code a sentence is `(text_id, index)`, the index counting from 0 as in
`text.sentences[0]`. In files (JSON and CSV) it is `text_id` and `sentence`,
counting from 1 as the Reader and the Tagger show it. Every change rewrites
the file atomically: a temporary file in the same folder, flushed to disk,
then `os.replace`, so a reader or a crash sees the old file or the new one,
never half of one. Two kernels may hold stores on one file: each change is
made under a lock (`narratives.filelock`) on what the file holds then, so no
change overwrites another. A change that cannot be written is undone in memory
too, so the store never says more than the disk holds.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "tags-ada.json"
>>> store = TagStore(path, annotator="ada")
>>> store.set("pravda-bury", 0, {"west-hostile", "russia-protector"})
>>> sorted(TagStore(path).get("pravda-bury", 0))
['russia-protector', 'west-hostile']
>>> print(path.read_text(encoding="utf-8"))
{
 "format": "narratives-tags",
 "version": 1,
 "annotator": "ada",
 "position": null,
 "custom_labels": [],
 "tags": [
  {"text_id": "pravda-bury", "sentence": 1, "labels": ["russia-protector", "west-hostile"]}
 ]
}
<BLANKLINE>
"""

import json
from pathlib import Path

from ..errors import NarrativesError
from ..filelock import locked
from ..leftovers import sweep_leftovers
from ..paths import MY_WORK
from ..reading import read_bytes
from ..workspace import (adopt, atomic_write, login, safe_name,  # noqa: F401 (part of this API)
                         set_aside)
from .tagjson import FORMAT, check_labels, parse_json


class CorruptTagsError(NarrativesError):
    """A tags file that cannot be read; `.kept` is where the old file now is."""

    def __init__(self, message, kept=None):
        super().__init__(message)
        self.kept = kept


def tags_path(annotator=None, folder=None):
    """Where an annotator's tags live: `my-work/tags-<name>.json` by default."""
    folder = Path(folder) if folder is not None else MY_WORK
    return folder / f"tags-{safe_name(annotator or login())}.json"


def absorb(store, old_path):
    """Move every tag of the file `old_path` into `store` (one save), then delete that file.

    The Tagger calls it when a learner who started under a shared login
    (`tags-jovyan.json`) gives their own name.
    """
    old_path = Path(old_path)
    if old_path == store.path:
        return 0

    def merge(path):
        old = TagStore(path)
        for label in old.custom_labels:
            store.add_label(label)
        store.update(dict(old.items()), {key: old.rationale(*key) for key, _ in old.items()})
        return len(old)
    # Under the old file's lock: a tag another kernel saves there meanwhile is not lost.
    return adopt(old_path, merge)


class TagStore:
    """The labels of each tagged sentence, saved at once to `path` (or kept in memory).

    `read_only=True` keeps a store from changing: the project's reference tags.
    """

    def __init__(self, path=None, annotator=None, read_only=False):
        self.path = Path(path) if path is not None else None
        self.annotator = annotator
        self.read_only = read_only
        self.position = None
        self.custom_labels = ()
        self._tags, self._rationales = {}, {}
        self._seen = None  # the file's bytes as this store last read or wrote them
        if self.path is not None and self.path.exists():
            self._load()
        if self.annotator is None and self.path is not None:
            self.annotator = self.path.stem.removeprefix("tags-")

    # Reading -------------------------------------------------------------
    def get(self, text_id, index):
        """The labels of one sentence: an empty set when it is not tagged."""
        return set(self._tags.get((text_id, index), ()))

    def rationale(self, text_id, index):
        """Why the sentence carries its labels ('' when no one said)."""
        return self._rationales.get((text_id, index), "")

    def items(self):
        """`((text_id, index), frozenset of labels)` of every tagged sentence, in order."""
        return sorted(self._tags.items())

    def labels_used(self):
        """Every label that tags at least one sentence."""
        return set().union(*self._tags.values()) if self._tags else set()

    def __len__(self):
        return len(self._tags)

    def __contains__(self, key):
        return key in self._tags

    def __repr__(self):
        where = f"'{self.path.name}'" if self.path else "memory"
        return f"<TagStore of {self.annotator or 'nobody'}: {len(self)} tagged, in {where}>"

    # Changing: every change is saved before the method returns ------------
    def set(self, text_id, index, labels, rationale=None):
        """Give a sentence these labels (none at all untags it), and save."""
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            raise NarrativesError(f"The sentence index {index!r:.40} should be a whole "
                                  "number from 0 up (0 is the first sentence).")
        labels = check_labels(labels, f"{text_id} sentence {index + 1}")
        self._change(lambda: self._put(text_id, index, labels, rationale))

    def edit(self, text_id, index, how):
        """Give a sentence the labels `how(its labels now)` returns, and save.

        `how` sees the labels the file holds at the moment of saving, so a label
        another kernel gave the sentence meanwhile is kept (the Tagger's toggle).
        """
        def change():
            labels = check_labels(how(self.get(text_id, index)),
                                  f"{text_id} sentence {index + 1}")
            self._put(text_id, index, labels, None)
        self._change(change)

    def update(self, tags, rationales=None):
        """Set many sentences at once, `{(text_id, index): labels}`, with one save."""
        checked = {key: check_labels(labels, f"{key[0]} sentence {key[1] + 1}")
                   for key, labels in tags.items()}
        rationales = rationales or {}
        self._change(lambda: [self._put(*key, labels, rationales.get(key))
                              for key, labels in checked.items()])

    def move_to(self, text_id, index):
        """Remember where the learner is, so reopening goes back there."""
        if self.position != (text_id, index):
            self._change(lambda: setattr(self, "position", (text_id, index)))

    def add_label(self, name):
        """Add a label of the learner's own; returns its id."""
        from .taxonomy import label_id
        new = label_id(name)
        if new not in self.custom_labels:
            self._change(lambda: setattr(self, "custom_labels", self.custom_labels + (new,)))
        return new

    def _put(self, text_id, index, labels, rationale):
        if not isinstance(index, int) or index < 0:
            raise NarrativesError(f"The sentence index {index!r} should be a whole number "
                                  "from 0 up (0 is the first sentence).")
        key = (str(text_id), index)
        if labels:
            self._tags[key] = labels
        else:
            self._tags.pop(key, None)
        if rationale is not None:
            self._rationales[key] = rationale

    def _change(self, change):
        if self.read_only:
            raise NarrativesError("These tags are read-only (the project's reference). "
                                  "Tag in a store of your own: TagStore(path) or Tagger(corpus).")
        if self.path is None:
            change()
            return
        with locked(self.path):
            self._reload()  # another kernel may have saved since: start from its file
            before = self._state()
            change()
            text = self.to_json()
            try:
                atomic_write(self.path, text)
            except BaseException:
                self._restore(before)  # not on disk, so not made: memory and file agree
                raise
            self._seen = text.encode("utf-8")
        sweep_leftovers(self.path)

    def _state(self):
        return dict(self._tags), dict(self._rationales), self.position, self.custom_labels

    def _restore(self, state):
        tags, rationales, self.position, self.custom_labels = state
        self._tags, self._rationales = dict(tags), dict(rationales)

    # The file ------------------------------------------------------------
    def to_json(self):
        """The store as the text of a tags file."""
        def record(key):
            text_id, index = key
            out = {"text_id": text_id, "sentence": index + 1,
                   "labels": sorted(self._tags.get(key, ()))}
            if self._rationales.get(key):
                out["rationale"] = self._rationales[key]
            return out
        keys = sorted(set(self._tags) | set(self._rationales))
        position = (None if self.position is None else
                    {"text_id": self.position[0], "sentence": self.position[1] + 1})
        head = {"format": FORMAT, "version": 1, "annotator": self.annotator,
                "position": position, "custom_labels": list(self.custom_labels)}
        # One tag per line: easy to read, and to mend, in any editor.
        lines = [f" {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)},"
                 for k, v in head.items()]
        tags = [json.dumps(record(key), ensure_ascii=False) for key in keys]
        body = "[\n  " + ",\n  ".join(tags) + "\n ]" if tags else "[]"
        return "{\n" + "\n".join(lines) + f'\n "tags": {body}\n}}\n'

    def _reload(self):
        """Read the file again when its bytes differ from those this store last saw."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return  # deleted since: the next save writes what this store holds
        if data != self._seen:
            self._load(data)

    def _load(self, data=None):
        data = read_bytes(self.path) if data is None else data  # no FIFO, no endless file
        try:
            annotator, position, custom, tags, rationales = parse_json(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as error:
            reason = "it is not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error
            try:
                kept = set_aside(self.path)
            except OSError as moving:   # a read-only folder: it stays, and is not written
                raise CorruptTagsError(
                    f"Your tags file {self.path} cannot be read: {reason}. It could not be "
                    f"moved aside ({moving.strerror or moving}), so it stays as it is, "
                    "unchanged. Copy the workbook to a folder you may write, or mend the "
                    "file in an editor, then run the cell again.") from None
            raise CorruptTagsError(
                f"Your tags file {self.path} cannot be read: {reason}. It was moved, "
                f"unchanged, to {kept}, so nothing in it is lost. Run the cell again to "
                "start a new tags file and load your last downloaded CSV with 'Load tags'; "
                f"or mend the old file in an editor and rename it back to {self.path.name}.",
                kept) from None
        self.annotator = self.annotator or annotator
        self.position, self.custom_labels = position, custom
        self._tags, self._rationales = tags, rationales
        self._seen = data
