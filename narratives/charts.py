"""Charts as the workbook shows them: a figure, one sentence saying what it shows, its data.

Every chart of the workbook reaches the learner through `Chart` (in a lesson)
or `show_figure` (in a widget): a PNG on its own white background whose text
alternative is the sentence, with the data as a table the learner can open.
`keep_frame` makes a widget's redraws quick. The HTML pieces they stand on
(escaping, scrolling boxes, tables, colours) are in `narratives.display`.

>>> from matplotlib.figure import Figure
>>> html = chart_html(Figure(figsize=(1, 1)), "An empty chart.")
>>> 'alt="An empty chart."' in html
True
"""

import math

from .display import CHART_BORDER, Table, escape, scrolling  # noqa: F401 (Table: doctest)


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


# A label longer than this is cut where the chart draws it (the data table has it
# whole): matplotlib takes minutes to lay out a "word" of millions of letters.
LONGEST_LABEL = 60


def _as_written(figure):
    """Every text on the figure drawn as written, and short enough to draw.

    A text id or a word with "$" in it ("cost $5 and $6") is a label, not
    mathematics for matplotlib to typeset: without this, "$5 and $" would
    be drawn in italics, and "p$\\frac$" would stop the chart.
    """
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        text.set_parse_math(False)
        label = text.get_text()
        if len(label) > LONGEST_LABEL:
            text.set_text(label[:LONGEST_LABEL - 1] + "…")


def chart_html(figure, description, table=None, fit=False):
    """HTML of a chart: a PNG with `description` as its alt text, and its data table.

    `fit` fits the margins to the labels, which draws the chart twice: a widget
    that redraws as the learner types sets its margins itself instead. The
    image carries the size of its smallest text (`data-min-font-px`) so that a
    browser test can check it stays readable at the size it is shown.
    """
    import base64
    import io

    from matplotlib import rc_context

    buffer = io.BytesIO()
    _as_written(figure)
    # Light compression: the PNG only travels to the browser, and is made often.
    # No software version in it: the same chart is the same bytes. Tick labels made
    # while drawing are read as written too (the rc setting).
    with rc_context({"text.parse_math": False}):
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
