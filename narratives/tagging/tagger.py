"""The Tagger: a widget to tag each sentence with narratives, saved at every click.

It only wires buttons to pure functions (in `tagview`), which tests call
without a kernel; whose file it holds is `taggername`'s part:

>>> toggle({"nato-aggressor"}, "none", True)
{'none'}
>>> keys = [("t", 0), ("t", 1), ("t", 2)]
>>> next_untagged(keys, {("t", 1): {"none"}}, after=("t", 0))
('t', 2)

Keyboard: the navigation comes before the labels, so two Tabs lead from Next
to the first label; Space ticks a label. Each label is a checkbox, whose
state screen readers announce ("checked"), and every label's definition can
be opened below them (not only in a tooltip a mouse shows). Where the kernel
has gone, the Tagger says "Not connected: re-run this cell" instead of its
last "Saved" (`tagview.offline_html`).
"""

from ..display import MUTED, PALETTE, WIDGET_STYLE, ask_name, escape, say, widget_bundle
from ..errors import NarrativesError, expect_corpus, expect_name
from ..handin import class_folder, hand_in
from ..texts.sentencelist import SentenceKeys
from ..workspace import former_names, learner_name, login, not_saved
from .actors import load as load_actors
from .ownlabels import taxonomy_of
from .tagfiles import TagsFiles
from .taggername import TagsOwner
from .tagstore import tags_path
from .tagview import (KEYBOARD, context_html, definitions_html, heading, live_only,
                      next_untagged, offline_html, opening_place, progress_html,
                      told_by_words, toggle)
from .taxonomy import label_id


class Tagger(TagsFiles, TagsOwner):
    """Tag every sentence of a corpus with narratives; each click is saved at once.

    `annotator` names the learner and the file (`my-work/tags-<annotator>.json`).
    By default it is the name the learner gave before, else the hub's user name,
    else the login; where the login is one many learners share (`jovyan` on
    Binder, `root` on Colab) the widget asks for a name once, and keeps it in
    `my-work/name.txt`. `folder` puts the files elsewhere.

    `start` names the text to open on (lesson 02 opens on 'bogus-threat'); the
    Tagger goes back to where the learner stopped in it. `labels` are the labels
    to tag with: the workbook's by default, or a learner's own for their own
    text, as a list of names (`none` is added) or a taxonomy .csv file.
    """

    def __init__(self, corpus, annotator=None, folder=None, start=None, labels=None):
        import ipywidgets as w

        self.corpus = expect_corpus(corpus)
        expect_name(annotator)
        self.folder = folder
        self.labels = taxonomy_of(labels)
        self.keys = SentenceKeys(corpus)
        if not len(self.keys):
            raise NarrativesError("These texts have no sentences to tag. Load a folder whose "
                                  "texts hold words: texts.load() or texts.load('my-texts').")
        name = annotator or learner_name(folder)
        warning = self._open(name or login())
        for former in (former_names(folder) if name and not annotator else ()):
            warning = warning or self._adopt(tags_path(former, folder))
        self._quiet = False

        if start is not None and (start not in corpus.ids or not corpus[start].sentences):
            raise NarrativesError(f"start={start!r:.40} is not a text with sentences here. "
                                  f"Give one of: {', '.join(corpus.ids)}.")
        self.menu = w.Dropdown(options=[(f"{t.id} · {t.outlet_kind}", t.id) for t in corpus
                                        if t.sentences],  # a text without one has no tags
                               description="Text:",
                               layout=w.Layout(width="max-content", max_width="100%"))
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
        self.offline = w.HTML(offline_html())
        self.own_name = w.Text(placeholder="a label of your own", description="Own label:")
        self.add = w.Button(description="Add label", icon="plus", layout=fit)
        self.download = w.Button(description="Download my tags", icon="download", layout=fit,
                                 tooltip="Save your tags as a CSV file on your computer")
        self.upload = w.FileUpload(accept=".csv", multiple=False, description="Load tags",
                                   layout=fit,
                                   tooltip="Load tags from a CSV file you downloaded before")
        # On a hub with a class folder (NARRATIVES_CLASS_FOLDER), tags are handed in here.
        # A layout of its own: hiding it must not hide every button that shares `fit`.
        self.hand_in_button = w.Button(
            description="Hand in my tags", icon="paper-plane",
            layout=w.Layout(width="auto", flex="0 0 auto",
                            display=None if class_folder() else "none"),
            tooltip="Copy your tags to the class folder your instructor reads")
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
        # Rows wrap in a narrow window rather than cut a button's words short or scroll.
        wrap = w.Layout(flex_flow="row wrap", align_items="center")
        # Top to bottom: what the learner must know (the message just under the name box),
        # where they are, the way on, the sentence, then its labels: Next is two Tabs
        # from the first label, and a click on a label leaves the sentence where it is.
        self.widget = w.VBox([
            self.offline, self.warning, *([] if name else [self.name_row]), self.message,
            w.HBox([self.menu, self.where], layout=wrap),
            w.HBox([self.previous, self.next, self.untagged], layout=wrap),
            self.page, *rows,
            w.HBox([self.own_name, self.add], layout=wrap),
            w.HBox([self.download, self.hand_in_button, self.upload, self.link], layout=wrap),
            w.HTML(f'<span style="color:{MUTED}">{KEYBOARD}</span>{WIDGET_STYLE}')])
        self.widget.add_class("narratives-widget")
        self.at = opening_place(self.keys, self.store, start)
        self._show()

    def _button(self, label_id, name, tooltip):
        import ipywidgets as w
        # A checkbox: screen readers announce its state ("checked"); Space ticks it.
        button = w.Checkbox(description=name, description_allow_html=False, indent=False,
                            tooltip=tooltip, layout=w.Layout(width="auto", margin="0 1.2em 0 0"))
        button.add_class("narratives-label")
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
        # Nothing to say shows nothing (not an empty bar); and what a live Tagger says
        # ("Saved") is hidden once its kernel has gone.
        return live_only(say(text, "bad" if colour == PALETTE[5] else "good") if text else "")

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
            self.store.move_to(*self.at)   # the sentence last tagged is where to come back
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

    def hand_in(self):
        """Hand the tags in to the class folder (`handin.hand_in`), and say how it went."""
        done = hand_in(self.store.annotator, self.folder)
        self.message.value = self._say(done.message, PALETTE[2] if done.ok else PALETTE[5])
        return done

    # Callbacks ----------------------------------------------------------
    def _on_toggle(self, label, on):
        if not self._quiet:
            self.tag(label, on)

    def _on_menu(self, change):
        if not self._quiet:   # the text's first untagged sentence, else its first
            places = self.keys.places(change["new"])
            untagged = (self.keys[p] for p in places if self.keys[p] not in self.store)
            self.go(next(untagged, self.keys[places[0]]))

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
        finally:
            self._quiet = False
        self.where.value = progress_html(index, len(self.corpus[text_id].sentences), tagged,
                                         len(self.keys))
        self.page.value = context_html(self.corpus, text_id, index)

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)

    def __repr__(self):
        tagged = self._tagged()
        return (f"<Tagger for {self.store.annotator!r}: {self.at[0]} sentence {self.at[1] + 1}, "
                f"{tagged} of {len(self.keys)} tagged>")
