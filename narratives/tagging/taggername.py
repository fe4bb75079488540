"""Whose tags a Tagger holds: the learner's own file, kept when a shared login gives a name.

Where many learners share one login (`jovyan` on Binder), the Tagger asks
each for a name once. `TagsOwner`, a part of the Tagger, opens the file of a
name (setting aside one that cannot be read) and moves the tags saved so far
under the shared login into the learner's own `tags-<name>.json`. It uses the
Tagger's `folder`, `message`, `warning`, `name_row`, `widget`, `_say` and
`_show`; `workspace.AsksName` keeps the name.
"""

from ..errors import NarrativesError
from ..workspace import AsksName
from .tagstore import CorruptTagsError, TagStore, absorb, tags_path


class TagsOwner(AsksName):
    """The Tagger's part that opens a learner's tags file and moves tags to a new name."""

    NOUN = "tags"

    def _open(self, name):
        """Open the tags file of `name`; a warning when an unreadable file was set aside."""
        self.path = tags_path(name, self.folder)
        try:
            self.store = TagStore(self.path, annotator=name)
        except CorruptTagsError as error:  # set aside by the store: start a fresh file
            if error.kept is None:   # it could not be moved: new tags go beside it
                self.path = self.path.with_name(f"{self.path.stem}-new{self.path.suffix}")
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

    def _move_to(self, name):
        """Open `name`'s file and move the shared login's tags into it; a warning or ""."""
        old_path = self.path
        return self._open(name) or self._adopt(old_path)
