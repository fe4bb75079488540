"""Whose tags a Tagger holds: the learner's own file, kept when a shared login gives a name.

Where many learners share one login (`jovyan` on Binder), the Tagger asks
each for a name once. `TagsOwner`, a part of the Tagger, opens the file of a
name (setting aside one that cannot be read) and moves the tags saved so far
under the shared login into the learner's own `tags-<name>.json`. It uses the
Tagger's `folder`, `message`, `warning`, `name_row`, `widget`, `_say` and
`_show`.
"""

from ..display import PALETTE
from ..errors import NarrativesError
from ..workspace import save_name
from .tagstore import CorruptTagsError, TagStore, absorb, tags_path


class TagsOwner:
    """The Tagger's part that opens a learner's tags file and moves tags to a new name."""

    def _open(self, name):
        """Open the tags file of `name`; a warning when an unreadable file was set aside."""
        self.path = tags_path(name, self.folder)
        try:
            self.store = TagStore(self.path, annotator=name)
        except CorruptTagsError as error:  # set aside by the store: start a fresh file
            self.store = TagStore(self.path, annotator=name)
            return str(error)
        return ""

    def _adopt(self, old_path):
        """Move the tags saved under a shared login into the learner's own file."""
        try:
            absorb(self.store, old_path)
        except (NarrativesError, OSError) as error:
            return f"The tags in {old_path.name} could not be moved to {self.path.name}: {error}"
        return ""

    def use_name(self, name):
        """Keep the learner's own name; tags saved so far move into `tags-<name>.json`."""
        try:
            name = save_name(name, self.folder)
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(f"Name not kept: {error}", PALETTE[5])
            return
        old_path = self.path
        self.warning.value = self._say(self._open(name) or self._adopt(old_path), PALETTE[5])
        self.name_row.layout.display = "none"
        self.widget.children = [c for c in self.widget.children if c is not self.name_row]
        self.message.value = self._say(f"Hello, {name}: your tags are saved in {self.path.name}.")
        self._show()
