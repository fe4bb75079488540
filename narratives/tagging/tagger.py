"""The Tagger: a widget to tag each sentence with narratives, saved at every click.

It only wires buttons to pure functions (in `tagview`), which tests call
without a kernel; whose file it holds is `taggername`'s part:

>>> toggle({"nato-aggressor"}, "none", True)
{'none'}
>>> keys = [("t", 0), ("t", 1), ("t", 2)]
>>> next_untagged(keys, {("t", 1): {"none"}}, after=("t", 0))
('t', 2)

Keyboard: Tab moves to the next button, Shift+Tab back, and Space or Enter
presses the button in focus. A pressed label says so in its words ("✓ "),
for screen readers too, and every label's definition can be opened below
the buttons (not only in a tooltip a mouse shows):

>>> pressed_name("NATO is defensive", True)
'✓ NATO is defensive'
"""

from ..display import MUTED, PALETTE, WIDGET_STYLE, ask_name, escape, say, widget_bundle
from ..errors import NarrativesError, expect_corpus, expect_name
from ..handin import class_folder, hand_in
from ..texts.sentencelist import SentenceKeys
from ..workspace import (atomic_write, download_link, former_names, learner_name, login,
                         not_saved, uploaded_texts)
from .tagcsv import csv_rows, from_csv, to_csv
from .taggername import TagsOwner
from .tagstore import tags_path
from .actors import load as load_actors
from .tagview import (KEYBOARD, context_html, definitions_html, heading, next_untagged,
                      pressed_name, told_by_words, toggle)
from .taxonomy import label_id, load as load_labels


class Tagger(TagsOwner):
    """Tag every sentence of a corpus with narratives; each click is saved at once.

    `annotator` names the learner and the file (`my-work/tags-<annotator>.json`).
    By default it is the name the learner gave before, else the hub's user name,
    else the login; where the login is one many learners share (`jovyan` on
    Binder, `root` on Colab) the widget asks for a name once, and keeps it in
    `my-work/name.txt`. `folder` puts the files elsewhere.
    """

    def __init__(self, corpus, annotator=None, folder=None):
        import ipywidgets as w

        self.corpus = expect_corpus(corpus)
        expect_name(annotator)
        self.folder = folder
        self.labels = load_labels()
        self.keys = SentenceKeys(corpus)
        if not len(self.keys):
            raise NarrativesError("These texts have no sentences to tag. Load a folder whose "
                                  "texts hold words: texts.load() or texts.load('my-texts').")
        name = annotator or learner_name(folder)
        warning = self._open(name or login())
        for former in (former_names(folder) if name and not annotator else ()):
            warning = warning or self._adopt(tags_path(former, folder))
        self._quiet = False

        self.menu = w.Dropdown(options=[(f"{t.id} · {t.outlet_kind}", t.id) for t in corpus
                                        if t.sentences],  # a text without one has no tags
                               description="Text:", layout=w.Layout(width="max-content"))
        self.where, self.page = w.HTML(), w.HTML()
        self.buttons, self.names = {}, {}
        groups, actors = {}, load_actors()  # heading (an actor) -> buttons, in taxonomy order
        for label in self.labels.values():
            button = self._button(label.id, label.name, f"{label.id}: {label.definition} "
                                                        f"({told_by_words(label, actors)})")
            groups.setdefault(heading(label, actors), []).append(button)
        rows = []
        for title, buttons in groups.items():
            box = w.Box(buttons, layout=w.Layout(flex_flow="row wrap"))
            rows += [w.HTML(f"<b>{escape(title)}</b>"), box]
        self.own = rows[-1]  # a learner's own labels join `none`
        rows.append(w.HTML(definitions_html(self.labels)))
        for custom in self.store.custom_labels:
            self._add_button(custom)
        fit = w.Layout(width="auto", flex="0 0 auto")  # a button as wide as its words
        self.previous = w.Button(description="Previous", icon="arrow-left", layout=fit)
        self.next = w.Button(description="Next", icon="arrow-right", layout=fit)
        self.untagged = w.Button(description="Next untagged", icon="forward", layout=fit)
        self.own_name = w.Text(placeholder="a label of your own", description="Own label:")
        self.add = w.Button(description="Add label", icon="plus", layout=fit)
        self.download = w.Button(description="Download my tags", icon="download", layout=fit,
                                 tooltip="Save your tags as a CSV file on your computer")
        self.upload = w.FileUpload(accept=".csv", multiple=False, description="Load tags",
                                   layout=fit,
                                   tooltip="Load tags from a CSV file you downloaded before")
        # On a hub with a class folder (NARRATIVES_CLASS_FOLDER), tags are handed in here.
        self.hand_in_button = w.Button(description="Hand in my tags", icon="paper-plane",
                                       layout=fit, tooltip="Copy your tags to the class folder "
                                       "your instructor reads")
        self.hand_in_button.layout.display = None if class_folder() else "none"
        self.link, self.message = w.HTML(), w.HTML()
        self.warning = w.HTML(self._say(warning, PALETTE[5]) if warning else "")
        self.name_row, self.name = ask_name(login(), self.use_name)
        self.name_row.layout.display = "none" if name else "flex"

        self.menu.observe(self._on_menu, names="value")
        self.previous.on_click(lambda _: self.step(-1))
        self.next.on_click(lambda _: self.step(1))
        self.untagged.on_click(lambda _: self.to_untagged())
        self.add.on_click(lambda _: self.add_label(self.own_name.value))
        self.download.on_click(lambda _: self.prepare_download())
        self.hand_in_button.on_click(lambda _: self.hand_in())
        self.upload.observe(self._on_upload, names="value")
        self.widget = w.VBox([
            self.warning, *([] if name else [self.name_row]), w.HBox([self.menu, self.where]),
            self.page, *rows,
            w.HBox([self.previous, self.next, self.untagged]),
            # Rows wrap in a narrow window rather than cut a button's words short.
            w.HBox([self.own_name, self.add], layout=w.Layout(flex_flow="row wrap")),
            w.HBox([self.download, self.hand_in_button, self.upload, self.link],
                   layout=w.Layout(flex_flow="row wrap")),
            self.message, w.HTML(f'<span style="color:{MUTED}">{KEYBOARD}</span>{WIDGET_STYLE}')])
        self.widget.add_class("narratives-widget")
        start = self.store.position
        if start not in self.keys:
            start = next_untagged(self.keys, self.store) or self.keys[0]
        self.at = start
        self._show()

    def _button(self, label_id, name, tooltip):
        import ipywidgets as w
        button = w.ToggleButton(description=name, tooltip=tooltip,
                                layout=w.Layout(width="auto"))
        self.names[label_id] = name
        button.observe(lambda change, label=label_id: self._on_toggle(label, change["new"]),
                       names="value")
        self.buttons[label_id] = button
        return button

    def _add_button(self, label_id):
        if label_id not in self.buttons:
            button = self._button(label_id, label_id, f"{label_id}: a label of your own")
            self.own.children = self.own.children + (button,)

    @staticmethod
    def _say(text, colour=PALETTE[2]):
        # The words say what happened; the colour of the bar beside them only repeats it.
        return say(text, "bad" if colour == PALETTE[5] else "good")

    # What the buttons do --------------------------------------------------
    def go(self, key):
        """Show the sentence `(text_id, index)` and remember the place."""
        if not isinstance(key, tuple) or key not in self.keys:
            raise NarrativesError(f"{key!r} is not a sentence of these texts. Give a text id "
                                  "and a sentence index from 0, e.g. go(('pravda-bury', 0)).")
        self.at = key
        try:
            self.store.move_to(*key)
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(f"Your place is not saved: {error}", PALETTE[5])
        self._show()

    def step(self, by):
        """Go `by` sentences forward (or back), across texts."""
        i = min(max(self.keys.index(self.at) + by, 0), len(self.keys) - 1)
        self.go(self.keys[i])

    def to_untagged(self):
        """Go to the next sentence without tags, or say that there is none."""
        key = next_untagged(self.keys, self.store, self.at)
        if key is None:
            self.message.value = self._say(f"All {len(self.keys)} sentences are tagged. "
                                           "Download your tags to keep a copy.")
        else:
            self.go(key)

    def tag(self, label, on=True):
        """Switch a label on or off for the sentence shown, and save.

        When the file cannot be written the click is undone: the buttons show
        what the disk holds, and the message says "Not saved" and why.
        """
        try:
            self.store.edit(*self.at, lambda labels: toggle(labels, label, on))
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(not_saved(error, self.path), PALETTE[5])
        else:
            self.message.value = self._say(f"Saved to {self.path.name}.")
        self._show()

    def add_label(self, name):
        """Add a label of the learner's own and give it to the sentence shown."""
        try:
            label = label_id(name)
            if label not in self.labels:  # a taxonomy label typed in is just that label
                self.store.add_label(label)
                self._add_button(label)
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(not_saved(error, self.path), PALETTE[5])
            return
        self.own_name.value = ""
        self.tag(label)

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

    def hand_in(self):
        """Hand the tags in to the class folder (`handin.hand_in`), and say how it went."""
        done = hand_in(self.store.annotator, self.folder)
        self.message.value = self._say(done.message, PALETTE[2] if done.ok else PALETTE[5])
        return done

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
    def _on_toggle(self, label, on):
        if not self._quiet:
            self.tag(label, on)

    def _on_menu(self, change):
        if not self._quiet:   # the text's first untagged sentence, else its first
            places = self.keys.places(change["new"])
            untagged = (self.keys[p] for p in places if self.keys[p] not in self.store)
            self.go(next(untagged, self.keys[places[0]]))

    def _on_upload(self, change):
        for name, text, problem in uploaded_texts(change["new"]):
            if text is None:
                self.message.value = self._say(f"{problem} Save it as CSV (UTF-8) and load "
                                               "it again.", PALETTE[5])
                continue
            self.load_csv(text, name)
        if change["new"]:
            self.upload.value = ()  # so that loading the same file again counts as a change

    def _tagged(self):
        """How many of the corpus's sentences have tags (the store's size, not the corpus's)."""
        return sum(key in self.keys for key, _ in self.store.items())

    def _show(self):
        text_id, index = self.at
        labels = self.store.get(text_id, index)
        tagged = self._tagged()
        self._quiet = True  # setting values below must not count as clicks
        try:
            self.menu.value = text_id
            for label, button in self.buttons.items():
                button.value = label in labels
                button.description = pressed_name(self.names[label], label in labels)
        finally:
            self._quiet = False
        self.where.value = (f"Sentence {index + 1} of {len(self.corpus[text_id].sentences)} · "
                            f"<b>{tagged} of {len(self.keys)} tagged</b>")
        self.page.value = context_html(self.corpus, text_id, index)

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)

    def __repr__(self):
        tagged = self._tagged()
        return (f"<Tagger for {self.store.annotator!r}: {self.at[0]} sentence {self.at[1] + 1}, "
                f"{tagged} of {len(self.keys)} tagged>")
