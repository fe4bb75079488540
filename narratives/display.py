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
import math

# Okabe and Ito's palette: told apart by readers with any colour vision. For marks on
# charts (drawn on their own white background) and for borders, never for text.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
           "#F0E442", "#000000")
GREY = "#6b6b6b"   # a chart's neutral bars

# Colours of text and of the marks that carry a state. A learner may use JupyterLab's
# light or its dark theme, and no colour reads at 4.5:1 on both, so:
# - secondary text takes the theme's own (the light value where no theme sets one),
#   on the page's own background only: on a table's striped rows it falls under 4.5:1;
MUTED = "var(--jp-content-font-color2, #595959)"
# - a state (correct, saved, wrong, ...) is said in words, in white on its own dark
#   background, readable in any theme;
STATE_BACKGROUNDS = {"good": "#00704F", "bad": "#B03A00", "info": "#005A8C",
                     "neutral": "#595959"}
# - a mark beside a message (a border) is a Okabe-Ito colour that keeps 3:1 on both;
MESSAGE_BORDERS = {"good": PALETTE[2], "bad": PALETTE[5], "info": PALETTE[0]}
# - highlighted words are black on a light background of their own, edged or
#   underlined in a colour that keeps 3:1 on both themes;
MARK_BACKGROUNDS = {"shared": PALETTE[4], "span": "#F7F1A1", "span-overlap": PALETTE[6]}
MARK_EDGES = {"shared": PALETTE[0], "one-side": PALETTE[5], "span-overlap": "#000000"}
# - the focus ring and the frame around a chart keep 3:1 on both themes.
FOCUS = PALETTE[0]
CHART_BORDER = "#767676"
# tests/test_colours.py measures every one of these in both themes.

# One stylesheet for every widget: a focus ring anyone can see, in any theme; buttons
# whose words wrap in a narrow window rather than end in "…"; and links in outputs
# underlined (JupyterLab tells its links from text by colour alone).
WIDGET_STYLE = (
    "<style>.narratives-widget :is(button, input, select, textarea, summary, [tabindex])"
    f":focus-visible {{outline: 3px solid {FOCUS} !important; outline-offset: 1px;}}"
    " .narratives-widget button.jupyter-button {white-space: normal; height: auto;"
    " min-height: var(--jp-widgets-inline-height, 28px); max-width: 100%;}"
    " .jp-OutputArea-output a[href] {text-decoration: underline !important;}</style>")


def say(text, state="good"):
    """A message to the learner: its words in the theme's colour, a coloured bar beside.

    The words say the state ("Saved", "Not saved: ..."); the bar only repeats it.
    """
    return (f'<span style="white-space:pre-wrap;border-left:4px solid '
            f'{MESSAGE_BORDERS[state]};padding-left:.4em">{escape(text)}</span>')


def badge(text, state):
    """A word that names a state ("Correct", "Incorrect"), white on its own dark colour.

    `state` is a key of STATE_BACKGROUNDS ("good", "bad", ...) or one of its colours.
    """
    background = STATE_BACKGROUNDS.get(state, state)
    return (f'<b style="color:#fff;background:{background};padding:0 .3em;'
            f'border-radius:3px">{escape(text)}</b>')


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
        table = f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        return scrolling(table, self.caption or "Table")


def scrolling(html, label):
    """HTML in a box that scrolls sideways when the window is narrower than it.

    A keyboard can reach the box (Tab, then the arrow keys), and a screen
    reader names it by `label`.
    """
    return (f'<div class="narratives-scroll" tabindex="0" role="group" '
            f'aria-label="{escape(label)}" style="overflow-x:auto;max-width:100%">{html}</div>')


def widget_bundle(widget, plain, **kwargs):
    """A widget's display data with a short, stable plain-text line.

    The plain text is what nbval compares and what a terminal shows; a
    widget's own repr lists every trait, which says nothing to a learner.
    """
    bundle = widget._repr_mimebundle_(**kwargs)
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    data["text/plain"] = plain
    return bundle


class Chart:
    """A matplotlib figure, what it shows in one sentence, and its data as a Table.

    A notebook shows it as an image whose text alternative is the sentence, on
    its own white background (so it reads in a dark theme too), with the data
    as a table the learner can open instead. Every chart of the workbook is
    shown through this class or `show_figure`.

    >>> from matplotlib.figure import Figure
    >>> figure = Figure(figsize=(2, 1))
    >>> chart = Chart(figure, "One bar: a is 3.", Table(["name", "value"], [["a", 3]]))
    >>> chart
    One bar: a is 3.
    >>> html = chart._repr_html_()
    >>> 'alt="One bar: a is 3."' in html, "<summary>" in html, "<td>3</td>" in html
    (True, True, True)

    Everything else is the figure's: `chart.axes`, `chart.savefig(...)`.
    """

    def __init__(self, figure, description, table=None):
        self.figure = figure
        self.description = description
        self.table = table

    def __getattr__(self, name):
        if name == "figure":   # not set yet (a copy being made): no figure to ask
            raise AttributeError(name)
        return getattr(self.figure, name)

    def __repr__(self):
        return self.description

    def _repr_html_(self):
        # Lessons' charts are drawn once: the margins are fitted to the labels.
        return chart_html(self.figure, self.description, self.table, fit=True)


def _smallest_font_px(figure):
    """The size in pixels of the smallest text drawn on the figure, at its own size."""
    from matplotlib.text import Text

    sizes = [t.get_fontsize() for t in figure.findobj(Text)
             if t.get_visible() and t.get_text().strip()]
    return round(min(sizes, default=0) * figure.dpi / 72, 1)


def chart_html(figure, description, table=None, fit=False):
    """HTML of a chart: a PNG with `description` as its alt text, and its data table.

    `fit` fits the margins to the labels, which draws the chart twice: a widget
    that redraws as the learner types sets its margins itself instead. The
    image carries the size of its smallest text (`data-min-font-px`) so that a
    browser test can check it stays readable at the size it is shown.
    """
    import base64
    import io

    buffer = io.BytesIO()
    # Light compression: the PNG only travels to the browser, and is made often.
    # No software version in it: the same chart is the same bytes.
    figure.savefig(buffer, format="png", facecolor="white", metadata={"Software": None},
                   bbox_inches="tight" if fit else None, pil_kwargs={"compress_level": 1})
    data = buffer.getvalue()
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    png = base64.b64encode(data).decode("ascii")
    smallest = _smallest_font_px(figure)
    # The chart shrinks with the window, but never so far that its text falls under
    # 10 px: below that width it scrolls sideways (and a keyboard can scroll it).
    narrowest = min(width, math.ceil(width * 10 / smallest)) if smallest else width
    image = scrolling(
        f'<img src="data:image/png;base64,{png}" alt="{escape(description)}" '
        f'width="{width}" height="{height}" data-min-font-px="{smallest}" '
        f'style="max-width:100%;min-width:{narrowest}px;height:auto;box-sizing:content-box;'
        f'background:#fff;border:1px solid {CHART_BORDER};padding:4px">', "Chart")
    data = ""
    if table is not None and len(table):
        data = (f'<details><summary>The chart\'s data as a table ({len(table)} '
                f'row{"s" * (len(table) != 1)})</summary>{table._repr_html_()}</details>')
    return f'<div class="narratives-chart">{image}{data}</div>'


def show_figure(output, figure, description, table=None, fit=False):
    """Show a matplotlib figure in an ipywidgets Output, replacing what was there.

    The figure is drawn to PNG here, so a widget's update works the same (and
    can be tested and timed) with or without a kernel. `description`, one
    sentence saying what the chart shows, is its text alternative and its
    plain-text form; `table`, its data, is a table the learner can open.
    Set the figure's margins yourself (`figure.subplots_adjust`): fitting them
    to the labels here (`fit=True`) draws it twice, too slow for a widget that
    redraws as the learner types.
    """
    html = chart_html(figure, description, table, fit=fit)
    output.outputs = ({"output_type": "display_data", "metadata": {},
                       "data": {"text/html": html, "text/plain": description}},)


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
