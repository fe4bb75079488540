"""The Tagger's files: its tags downloaded as CSV, and a CSV loaded back (say from Binder).

`TagsFiles`, a part of the Tagger, turns the store into a CSV file and a
download link, and loads a CSV the learner downloaded before. It uses the
Tagger's `store`, `path`, `corpus`, `labels`, `link`, `upload`, `message`,
`name_row`, `_add_button`, `_say` and `_show`; the CSV format is `tagcsv`'s.
"""

from ..display import PALETTE
from ..errors import NarrativesError
from ..workspace import atomic_write, download_link, not_saved, uploaded_texts
from .tagcsv import csv_rows, from_csv, to_csv


class TagsFiles:
    """The Tagger's part that downloads its tags as CSV and loads a CSV back."""

    def prepare_download(self):
        """Write the tags as CSV beside the JSON file and offer it for download."""
        text = to_csv(self.store, self.corpus)
        written = len(csv_rows(self.store, self.corpus))
        csv_path = self.path.with_suffix(".csv")
        self.link.value = download_link(text, csv_path.name, f"Save {csv_path.name}",
                                        mime="text/csv")
        try:
            atomic_write(csv_path, text)
        except OSError as error:  # the link carries the tags itself: it still works
            said = f"{csv_path.name} could not be written ({error.strerror or error}), but "
        else:
            said = f"{written} tags written to {csv_path}; "
        said += "click the link to save a copy on your computer."
        left = len(self.store) - written
        if left:
            said += (f" {left} tag(s) of sentences that are not in these texts are kept in "
                     f"{self.path.name} but not in the CSV.")
        if self.name_row.layout.display != "none":
            said += " Give your name above first, so that the file carries it."
        self.message.value = self._say(said)

    def load_csv(self, text, name="the file"):
        """Load tags from a CSV's text: they replace the tags of the same sentences."""
        try:
            loaded = from_csv(text, self.corpus)
            for label in sorted(loaded.labels_used() - set(self.labels)):
                self.store.add_label(label)
                self._add_button(label)
            self.store.update(dict(loaded.items()),
                              {key: loaded.rationale(*key) for key, _ in loaded.items()
                               if loaded.rationale(*key)})
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(not_saved(error, self.path), PALETTE[5])
        else:
            dropped = getattr(loaded, "dropped_columns", [])
            left = (f" The column(s) {', '.join(dropped)} were not loaded: the Tagger keeps "
                    "annotator, text_id, sentence, labels and rationale." if dropped else "")
            self.message.value = self._say(f"Loaded {len(loaded)} tags from {name}; they "
                                           f"replace your tags of the same sentences.{left}")
        self._show()

    # Callbacks ----------------------------------------------------------
    def _on_upload(self, change):
        for name, text, problem in uploaded_texts(change["new"]):
            if text is None:
                self.message.value = self._say(f"{problem} Save it as CSV (UTF-8) and load "
                                               "it again.", PALETTE[5])
                continue
            self.load_csv(text, name)
        if change["new"]:
            self.upload.value = ()  # so that loading the same file again counts as a change
