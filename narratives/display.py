"""Pieces every widget and lesson shares: escaped HTML, highlighted spans, tables.

Text from a file is always escaped before a widget shows it:

>>> escape('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> highlight("NATO denied it", [(0, 4, "claim")])
'<mark class="claim">NATO</mark> denied it'
>>> print(Table(["text", "words"], [["a", 3], ["bb", 12]]))
text  words
----  -----
a         3
bb       12
"""

import html

# Okabe and Ito's palette: told apart by readers with any colour vision.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
           "#F0E442", "#000000")
GREY = "#6b6b6b"


def escape(text):
    """Text made safe to put inside HTML."""
    return html.escape(str(text), quote=True)


def highlight(text, spans, start=0):
    """Escaped HTML of `text` with each `(start, end, css_class)` span marked.

    Offsets are into the string `text` was cut from, `start` being where it
    begins; spans must not overlap.
    """
    pieces, at = [], 0
    for s, e, css in sorted(spans):
        s, e = max(s - start, at), min(e - start, len(text))
        if s >= e:
            continue
        pieces.append(escape(text[at:s]))
        pieces.append(f'<mark class="{escape(css)}">{escape(text[s:e])}</mark>')
        at = e
    pieces.append(escape(text[at:]))
    return "".join(pieces)


class Table:
    """Rows to show in a notebook: plain text for tests, HTML for people."""

    def __init__(self, columns, rows, caption=""):
        self.columns = list(columns)
        self.rows = [list(row) for row in rows]
        self.caption = caption

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def column(self, name):
        """The values of one column, top to bottom."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]

    def _cells(self, row):
        return [f"{v:.2f}" if isinstance(v, float) else str(v) for v in row]

    def __str__(self):
        cells = [self.columns] + [self._cells(row) for row in self.rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]
        numeric = [all(isinstance(row[i], (int, float)) for row in self.rows)
                   for i in range(len(self.columns))]

        def line(row):
            return "  ".join(c.rjust(w) if n else c.ljust(w)
                             for c, w, n in zip(row, widths, numeric)).rstrip()
        rule = "  ".join("-" * w for w in widths)
        return "\n".join([line(self.columns), rule] + [line(r) for r in cells[1:]])

    def __repr__(self):
        return str(self)

    def _repr_html_(self):
        head = "".join(f"<th>{escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in self._cells(row))
                       + "</tr>" for row in self.rows)
        caption = f"<caption>{escape(self.caption)}</caption>" if self.caption else ""
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def widget_bundle(widget, plain, **kwargs):
    """A widget's display data with a short, stable plain-text line.

    The plain text is what nbval compares and what a terminal shows; a
    widget's own repr lists every trait, which says nothing to a learner.
    """
    bundle = widget._repr_mimebundle_(**kwargs)
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    data["text/plain"] = plain
    return bundle


def show_figure(output, figure, description):
    """Show a matplotlib figure in an ipywidgets Output, replacing what was there.

    The figure is drawn to PNG here, so a widget's update works the same (and
    can be tested and timed) with or without a kernel. `description`, one
    sentence saying what the chart shows, is the figure's plain-text form.
    Set the figure's margins yourself (`figure.subplots_adjust`): fitting them
    to the labels here would draw it twice, and a widget must redraw fast.
    """
    import base64
    import io

    buffer = io.BytesIO()
    # Light compression: the PNG only travels to the browser, and is made often.
    figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    output.outputs = ({"output_type": "display_data", "metadata": {},
                       "data": {"image/png": png, "text/plain": description}},)


def ask_name(login, on_name):
    """A row asking a learner for their own name once; `on_name(typed)` runs on the button.

    Returns `(row, text box)`. Shown by the Tagger and SpanTagger where the login
    is one many learners share (Binder's `jovyan`).
    """
    import ipywidgets as w

    text = w.Text(placeholder="your name", description="Your name:")
    button = w.Button(description="Use this name", icon="user", layout=w.Layout(width="auto"))
    button.on_click(lambda _: on_name(text.value))
    row = w.HBox([w.HTML(f"Many learners share the login <b>{escape(login)}</b>: give your "
                         "own name once, so that your files (and your instructor) can tell "
                         "your work from others'."), text, button],
                 layout=w.Layout(flex_flow="row wrap"))
    row.add_class("narratives-ask-name")
    return row, text


def keep_frame(figure, changing=()):
    """Draw a figure's frame once; from then on draw only what changes over it.

    For a widget that redraws its chart as the learner types. Everything on
    the figure now (axes, tick labels, axis titles), bar the `changing`
    artists (an axis whose scale follows the data), is drawn once and kept as
    an image. Each later PNG, through `show_figure` or `savefig`, pastes that
    image and draws over it the artists added since (bars, marks, a legend),
    the `changing` ones and the spines, in the order a full draw would: the
    learner sees the same chart, drawn in a third of the time.

    >>> from matplotlib.figure import Figure
    >>> figure = Figure(figsize=(3, 2))
    >>> ax = figure.subplots()
    >>> _ = ax.set_xticks(range(10), [f"text {n}" for n in range(10)], rotation=30)
    >>> _ = keep_frame(figure, changing=[ax.yaxis])
    >>> bars = ax.bar(range(10), range(10))
    >>> import io; figure.savefig(io.BytesIO(), format="png")
    >>> figure.canvas.frames_drawn, figure.canvas.updates_drawn
    (1, 1)
    """
    _frame_canvas()(figure, changing)
    return figure


_FRAME_CANVAS = []


def _frame_canvas():
    """The canvas class of `keep_frame`, made when first needed (matplotlib loads late)."""
    if _FRAME_CANVAS:
        return _FRAME_CANVAS[0]
    import matplotlib.image
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    class FrameCanvas(FigureCanvasAgg):
        def __init__(self, figure, changing):
            super().__init__(figure)
            self.changing = list(changing)
            for ax in figure.axes:
                self.changing += ax.spines.values()   # drawn over the data, as usual
            self.frame = {a for ax in figure.axes for a in ax.get_children()}
            self.frame -= set(self.changing)
            self.background, self.key = None, None
            self.frames_drawn = self.updates_drawn = 0

        def over_frame(self):
            added = [a for ax in self.figure.axes for a in ax.get_children()
                     if a not in self.frame and a not in self.changing]
            return sorted([a for a in added + self.changing if a.get_visible()],
                          key=lambda artist: artist.get_zorder())

        def draw_quickly(self):
            drawn = self.over_frame()
            key = (self.get_width_height(physical=True), self.figure.dpi,
                   tuple(self.figure.patch.get_facecolor()))
            if self.background is None or key != self.key:
                for artist in drawn:
                    artist.set_visible(False)
                try:
                    FigureCanvasAgg.draw(self)
                finally:
                    for artist in drawn:
                        artist.set_visible(True)
                self.background, self.key = self.copy_from_bbox(self.figure.bbox), key
                self.frames_drawn += 1
            else:
                self.restore_region(self.background)
            renderer = self.get_renderer()
            for artist in drawn:
                artist.draw(renderer)
            self.updates_drawn += 1

        def print_png(self, target, *, metadata=None, pil_kwargs=None, **_):
            self.draw_quickly()
            matplotlib.image.imsave(target, self.buffer_rgba(), format="png", origin="upper",
                                    dpi=self.figure.dpi, metadata=metadata,
                                    pil_kwargs=pil_kwargs)

    _FRAME_CANVAS.append(FrameCanvas)
    return FrameCanvas
