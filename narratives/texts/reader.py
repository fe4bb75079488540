"""A text as a reader sees it: escaped HTML with numbered sentences, and the Reader widget.

`to_html` is the pure part, testable without a kernel; `Reader` only puts it
under a menu of the texts. Every word from the file is escaped:

>>> from narratives import texts
>>> html = to_html(texts.load()["pravda-bury"])
>>> html.startswith("<h3>") and '<span class="sentence">' in html
True
"""

from ..display import MUTED, WIDGET_STYLE, escape, widget_bundle
from ..errors import expect_corpus, expect_text
from .sources import blind_labels


def to_html(text, source=True):
    """A text as escaped HTML: numbered sentences, boilerplate greyed out.

    With `source=False` the outlet and its address are left out, for reading a
    text before finding out who is behind it (lesson 01's lateral reading).
    """
    expect_text(text, "the text to show")
    sentences, next_sentence = text.sentences, 0  # in body order: one walk, no sorting
    boiler = {b.line: b for b in text.boilerplate}
    when = f"{text.published} ({text.date_basis})" if text.published else "date unknown"
    who = (f"<b>{escape(text.outlet or 'Outlet unknown')}</b> · "
           f"{escape(text.outlet_kind or 'kind not given')} · " if source else "")
    parts = [f"<h3>{escape(text.title)}</h3>", f"<p>{who}{escape(when)}</p>"]
    if source and text.url.startswith(("https://", "http://")):
        parts.append(f'<p style="color:{MUTED}">Published at <a href="{escape(text.url)}" '
                     f'target="_blank" rel="noopener">{escape(text.url)}</a></p>')
    at = 0
    for number, line in enumerate(text.body.split("\n"), start=1):
        start, end = at, at + len(line)
        at = end + 1
        if number in boiler:
            parts.append(f'<p class="boilerplate" style="color:{MUTED}">'
                         f"<i>[{escape(boiler[number].kind)}]</i> {escape(line)}</p>")
            continue
        if not line.strip():
            continue
        pieces, cursor = [], start
        while next_sentence < len(sentences) and sentences[next_sentence].start < end:
            sentence = sentences[next_sentence]
            next_sentence += 1
            if sentence.start < start:
                continue
            pieces.append(escape(text.body[cursor:sentence.start]))
            pieces.append(f'<sup style="color:{MUTED}">{sentence.number}</sup>'
                          f'<span class="sentence">{escape(sentence.text)}</span>')
            cursor = sentence.end
        pieces.append(escape(text.body[cursor:end]))
        parts.append(f"<p>{''.join(pieces)}</p>")
    return "\n".join(parts)


class Reader:
    """A widget to read the texts one at a time.

    Pick a text in the menu; the text appears below with its sentences
    numbered and its boilerplate greyed out. `source=False` hides who
    published each text, until learners have found out for themselves: the
    menu then names each text by a neutral label ('Text A'), since some ids
    name their outlet.
    """

    def __init__(self, corpus, text_id=None, source=True):
        import ipywidgets as widgets

        self.corpus = expect_corpus(corpus)
        self.source = source
        text_id = corpus[text_id if text_id is not None else 0].id  # a clear error if unknown
        self.labels = {t.id: t.id for t in corpus} if source else blind_labels(corpus)
        self.menu = widgets.Dropdown(
            options=[(f"{t.id} · {t.outlet_kind or t.outlet}" if source else self.labels[t.id],
                      t.id) for t in corpus],
            value=text_id, description="Text:",
            layout=widgets.Layout(width="max-content", max_width="100%"))
        self.page = widgets.HTML(layout=widgets.Layout(max_width="50em"))
        self.menu.observe(lambda change: self.show(change["new"]), names="value")
        self.widget = widgets.VBox([self.menu, self.page])
        self.widget.add_class("narratives-widget")
        self.show(self.menu.value)

    def show(self, text_id):
        """Show the text with this id."""
        self.page.value = WIDGET_STYLE + to_html(self.corpus[text_id], source=self.source)

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)

    def __repr__(self):
        return (f"<Reader of {len(self.corpus)} texts, showing "
                f"{self.labels[self.menu.value]!r}>")
