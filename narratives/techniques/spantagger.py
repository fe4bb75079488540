"""The SpanTagger: mark an exact passage with a technique; each change saved at once.

Pick a text and a sentence, type the words, pick a technique, press Add.
The widget only wires ipywidgets to pure functions (`techniques.find_span`,
`SpanStore`), which tests call without a kernel. Overlapping spans are shown
by cutting them into pieces that do not overlap:

>>> pieces([Span("t", "Doubt", 0, 10), Span("t", "Slogans", 5, 15)])
[(0, 5, 'span'), (5, 10, 'span span-overlap'), (10, 15, 'span')]
"""

from ..display import (MARK_BACKGROUNDS, MARK_EDGES, MUTED, PALETTE, WIDGET_STYLE, ask_name,
                       escape, highlight, say, widget_bundle)
from ..errors import NarrativesError, expect_corpus, expect_name
from ..workspace import (AsksName, download_link, former_names, learner_name, login, not_saved,
                         uploaded_texts)
from .spans import TECHNIQUES, Span, find_span, read_ptc
from .spanstore import SpanStore, corpus_name, spans_path

# Black words on a light yellow; where spans overlap, a deeper yellow and a double
# underline, so that an overlap is not told by colour alone.
STYLE = (f"<style>.span-tagger mark.span {{background:{MARK_BACKGROUNDS['span']};color:#000}}"
         f".span-tagger mark.span-overlap {{background:{MARK_BACKGROUNDS['span-overlap']};"
         f"border-bottom:3px double {MARK_EDGES['span-overlap']}}}</style>{WIDGET_STYLE}")


def pieces(spans):
    """`(start, end, css class)` pieces covering the spans without overlapping."""
    cuts = sorted({s.start for s in spans} | {s.end for s in spans})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = sum(s.start < end and start < s.end for s in spans)
        if covering:
            out.append((start, end, "span" + (" span-overlap" if covering > 1 else "")))
    return out


def sentence_html(sentence, spans):
    """A sentence as escaped HTML, its spans marked."""
    inside = [s for s in spans if s.text_id == sentence.text_id
              and s.start < sentence.end and sentence.start < s.end]
    return (f'<p style="font-size:1.1em;max-width:50em;border-left:4px solid {PALETTE[0]};'
            f'padding-left:.5em">{highlight(sentence.text, pieces(inside), sentence.start)}</p>')


def _label(sentence):
    words = sentence.text if len(sentence.text) <= 70 else sentence.text[:67] + "..."
    return f"{sentence.number} · {words}"


class SpanTagger(AsksName):
    """Tag exact passages of the texts with propaganda techniques.

    Spans go to `my-work/spans-<annotator>.tsv`, saved at every Add and Remove;
    the spans of a corpus from another folder (lesson 06's `my-texts/`) go to a
    file of their own, `spans-<annotator>-my-texts.tsv` (`lesson` names it
    otherwise). The annotator is found and asked for as in the Tagger; `folder`
    puts the files elsewhere.
    """

    NOUN = "spans"

    def __init__(self, corpus, annotator=None, folder=None, lesson=None):
        import ipywidgets as w

        self.corpus = expect_corpus(corpus)
        expect_name(annotator)
        self.folder = folder
        self.lesson = corpus_name(corpus) if lesson is None else lesson
        name = annotator or learner_name(folder)
        self.store = self._open(name or login())
        for former in (former_names(folder) if name and not annotator else ()):
            self._adopt(spans_path(former, folder, self.lesson))
        self._quiet = False
        # As wide as their words, never wider than the notebook: no menu runs off the edge.
        wide = w.Layout(width="max-content", max_width="100%")
        options = [(f"{t.id} · {t.outlet_kind}", t.id) for t in corpus if t.sentences]
        if not options:
            raise NarrativesError("These texts have no sentences to tag. Load a folder whose "
                                  "texts hold words: texts.load() or texts.load('my-texts').")
        self.text = w.Dropdown(options=options, description="Text:", layout=wide)
        self.sentence = w.Dropdown(description="Sentence:",
                                   layout=w.Layout(width="50em", max_width="100%"))
        self.page = w.HTML()
        self.phrase = w.Text(description="Words:", placeholder="type or paste the exact words",
                             layout=w.Layout(width="40em", max_width="100%"))
        self.technique = w.Dropdown(options=[(t.name, t.id) for t in TECHNIQUES.values()],
                                    description="Technique:", layout=wide)
        self.definition = w.HTML()
        self.note = w.Text(description="Why:", placeholder="optional: why this technique?",
                           layout=w.Layout(width="40em", max_width="100%"))
        self.add = w.Button(description="Add span", icon="plus", button_style="primary")
        self.message, self.listing = w.HTML(), w.VBox()
        self.link = w.HTML()
        self.upload = w.FileUpload(accept=".tsv,.txt", multiple=False, description="Load spans",
                                   layout=w.Layout(width="auto", flex="0 0 auto"),
                                   tooltip="Load spans from a .tsv file you downloaded before")
        self.warning = w.HTML(self._say(self.store.message, PALETTE[5])
                              if self.store.message else "")
        self.name_row, self.name = ask_name(login(), self.use_name)
        self.name_row.layout.display = "none" if name else "flex"

        self.text.observe(lambda change: self._on_text(), names="value")
        self.sentence.observe(lambda change: self._show(), names="value")
        self.technique.observe(lambda change: self._define(), names="value")
        self.add.on_click(lambda _: self.add_span())
        self.upload.observe(self._on_upload, names="value")
        self.widget = w.VBox([
            w.HTML(STYLE), self.warning, *([] if name else [self.name_row]), self.text,
            self.sentence, self.page, self.phrase, self.technique, self.definition,
            w.HBox([self.note, self.add], layout=w.Layout(flex_flow="row wrap")), self.message,
            self.listing, w.HBox([self.upload, self.link])])
        self.widget.add_class("span-tagger")
        self.widget.add_class("narratives-widget")
        self._on_text()
        self._define()

    def _open(self, name):
        return SpanStore(spans_path(name, self.folder, self.lesson), self.corpus, annotator=name)

    def _adopt(self, old_path):
        try:
            self.store.absorb(old_path)
        except (NarrativesError, OSError) as error:
            self.store.message = (f"The spans in {old_path.name} could not be moved to "
                                  f"{self.store.path.name}: {error}")

    def _move_to(self, name):
        """Open `name`'s spans file and move the shared login's spans into it; a warning."""
        old_path = self.store.path
        self.store = self._open(name)
        self._adopt(old_path)
        return self.store.message

    @staticmethod
    def _say(text, colour=PALETTE[2]):
        # The words say what happened; the colour of the bar beside them only repeats it.
        return say(text, "bad" if colour == PALETTE[5] else "good")

    @property
    def current(self):
        """The Sentence shown."""
        return self.corpus[self.text.value].sentences[self.sentence.value]

    # What the buttons do --------------------------------------------------
    def add_span(self):
        """Find the typed words in the sentence shown and save them with the technique."""
        sentence = self.current
        try:
            found = find_span(self.corpus[sentence.text_id], self.phrase.value,
                              within=sentence)
            span = Span(sentence.text_id, self.technique.value, found.start, found.end,
                        " ".join(self.note.value.split()))
            added = self.store.add(span)
        except NarrativesError as error:
            self.message.value = self._say(str(error), PALETTE[5])
            return None
        except OSError as error:  # a full or read-only disk: say so, keep the typed words
            self.message.value = self._say(not_saved(error, self.store.path, "spans with "
                                                     "the link below"), PALETTE[5])
            return None
        name = TECHNIQUES[span.technique].name
        said = (f"Saved: {name} on “{found.text}” (characters {found.start}–{found.end}) "
                f"in {self.store.path.name}." if added else
                f"“{found.text}” already has {name}: nothing changed.")
        self.message.value = self._say(" ".join([said, found.note]).strip())
        self.phrase.value, self.note.value = "", ""
        self._show()
        return span

    def remove_span(self, span):
        """Remove a span, save, and say so."""
        try:
            self.store.remove(span)
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(f"Not removed: {error}", PALETTE[5])
            return
        self.message.value = self._say(f"Removed: {TECHNIQUES[span.technique].name} on "
                                       f"“{span.quote(self.corpus)}”.")
        self._show()

    def load_ptc(self, content, name="the file"):
        """Add the spans of a PTC file's text to the learner's own; report unreadable lines."""
        spans, problems = read_ptc(content, self.corpus)
        try:
            added = self.store.merge(spans)
        except (NarrativesError, OSError) as error:
            self.message.value = self._say(not_saved(error, self.store.path, "spans"),
                                           PALETTE[5])
            return
        said = (f"Loaded {name}: {added} new span(s), {len(spans) - added} already there.")
        if problems:
            said += (f" {len(problems)} line(s) could not be read: " + "; ".join(problems[:5])
                     + ("; ..." if len(problems) > 5 else ""))
        self.message.value = self._say(said, PALETTE[5] if problems else PALETTE[2])
        self._show()

    # Callbacks ----------------------------------------------------------
    def _on_text(self):
        text = self.corpus[self.text.value]
        self._quiet = True  # a new list of sentences is not a choice of sentence
        self.sentence.options = [(_label(s), s.index) for s in text.sentences]
        self.sentence.value = 0
        self._quiet = False
        self._show()

    def _define(self):
        technique = TECHNIQUES[self.technique.value]
        self.definition.value = (
            f'<div style="max-width:50em;color:{MUTED}"><b>{escape(technique.name)}</b>: '
            f"{escape(technique.definition)} For example, “{escape(technique.example)}” "
            f"({escape(technique.example_text)}).</div>")

    def _on_upload(self, change):
        for name, content, problem in uploaded_texts(change["new"]):
            if content is None:
                self.message.value = self._say(f"{problem} Save it as UTF-8 and load it "
                                               "again.", PALETTE[5])
                continue
            self.load_ptc(content, name)
        if change["new"]:
            self.upload.value = ()  # so that the same file can be loaded again

    def _show(self):
        if self._quiet:
            return
        import ipywidgets as w

        sentence = self.current
        spans = [s for s in self.store.spans if s.text_id == sentence.text_id]
        self.page.value = sentence_html(sentence, spans)
        rows = []
        for span in spans:
            # Never squeezed: a narrow window must not cut "Remove" to "Rem…".
            remove = w.Button(description="Remove", icon="trash",
                              layout=w.Layout(width="auto", flex="0 0 auto"),
                              tooltip="Remove this span")
            remove.on_click(lambda _, span=span: self.remove_span(span))
            number = self.corpus[span.text_id].sentence_at(span.start)
            where = f"sentence {number.number}" if number else f"characters {span.start}"
            rows.append(w.HBox([remove, w.HTML(
                f"{escape(where)} · <b>{escape(TECHNIQUES[span.technique].name)}</b>: "
                f"“{escape(span.quote(self.corpus))}”"
                + (f' <i style="color:{MUTED}">({escape(span.note)})</i>' if span.note else ""))]))
        heading = w.HTML(f"<b>Your spans in {escape(sentence.text_id)}</b> ({len(spans)}; "
                         f"{len(self.store)} in all, saved in {escape(self.store.path.name)})")
        self.listing.children = [heading, *rows]
        self.link.value = download_link(self.store.to_ptc(), self.store.path.name,
                                        f"Download my spans ({self.store.path.name})",
                                        mime="text/tab-separated-values")

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)

    def __repr__(self):
        return (f"<SpanTagger: {len(self.corpus)} texts, {len(TECHNIQUES)} techniques; "
                "each span is saved as you add it>")
