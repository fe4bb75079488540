"""Charts of word use, a sentence describing each, and the Explorer widget.

Each chart has a one-sentence description for readers who cannot see it
(and for everyone who wants the gist); it is a pure function of the data:

>>> from narratives import texts
>>> from narratives.frequency import frequencies
>>> corpus = texts.load()
>>> describe_frequencies(frequencies(corpus, ["regime", "aggression"]))
"Bar chart of uses per 1,000 words in 5 texts: 'regime' is most frequent in bogus-threat (7.39 per 1,000 words); 'aggression' does not occur."

The Explorer links its panels as Voyant Tools does: type a word, or click
one in the key-word list, and the chart and the concordance follow it.
"""

from .concordance import concordance, concordance_html, dispersion
from .display import GREY, PALETTE, escape, show_figure, widget_bundle
from .errors import NarrativesError
from .frequency import frequencies, top_words
from .keyness import keyness
from .wordindex import as_words, groups, text_index

OTHERS = "all the others"


def _quoted(words):
    quoted = [f"'{w}'" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _per_1000(table, word):
    """{text or group: per_1000} of one word, from any table shaped like `frequencies` makes."""
    return {row[1]: row[4] for row in table.rows if row[0] == word}


def describe_frequencies(table):
    """One sentence saying what a `frequencies` chart shows."""
    label = table.columns[1]
    places = list(dict.fromkeys(table.column(label)))
    unit = "texts" if label == "text" else f"groups ({label})"
    clauses = []
    for word in dict.fromkeys(table.column("word")):
        values = _per_1000(table, word)
        best = max(values.values())
        if best == 0:
            clauses.append(f"'{word}' does not occur")
            continue
        where = " and ".join(p for p in places if values[p] == best)
        clauses.append(f"'{word}' is most frequent in {where} ({best:.2f} per 1,000 words)")
    return (f"Bar chart of uses per 1,000 words in {len(places)} {unit}: "
            + "; ".join(clauses) + ".")


def describe_dispersion(table, text_ids):
    """One sentence saying what a `dispersion` chart of these texts shows."""
    words = list(dict.fromkeys(table.column("word")))
    clauses = []
    for word in words:
        rows = [r for r in table.rows if r[0] == word]
        if not rows:
            clauses.append(f"'{word}' does not occur")
            continue
        where = len({r[1] for r in rows})
        half = sum(r[4] < 0.5 for r in rows)
        clauses.append(f"'{word}' occurs {len(rows)} times in {where} of them, "
                       f"{half} in the first half of its text")
    if not words:
        clauses = ["no words asked for"]
    return (f"Dispersion plot of where words fall in {len(text_ids)} texts, from start "
            "to end: " + "; ".join(clauses) + ".")


def _axes(ax, size):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots(figsize=size)
    plt.close(figure)   # shown once, as the cell's result, not twice
    return ax


def _label_places(set_ticks, set_labels, places, at, most=20):
    """Label at most `most` places: 100 tick labels are unreadable, and slow to draw."""
    step = -(-len(places) // most)
    set_ticks(at[::step])
    set_labels(places[::step], fontsize=9 if step == 1 else 7)


def plot_frequencies(table, ax=None):
    """Bars of uses per 1,000 words, one colour per word; returns the figure."""
    label = table.columns[1]
    ax = _axes(ax, (8, 3.5))
    _frequency_frame(ax, list(dict.fromkeys(table.column(label))))
    ax.set_title(f"Word use per {label}")
    _frequency_bars(ax, table)
    return ax.figure


def _frequency_frame(ax, places):
    """What a frequency chart keeps while only the words change: axes and labels."""
    from matplotlib.ticker import MaxNLocator

    ax.set_xlim(-0.6, len(places) - 0.4)
    _label_places(ax.set_xticks, lambda labels, fontsize: ax.set_xticklabels(
        labels, rotation=30, ha="right", fontsize=fontsize), places, list(range(len(places))))
    ax.yaxis.set_major_locator(MaxNLocator(5, steps=[1, 2, 5, 10]))   # a few round numbers
    ax.set_ylabel("uses per 1,000 words")


def _frequency_bars(ax, table):
    """The bars, their height scale and their legend."""
    from matplotlib.collections import PolyCollection

    places = list(dict.fromkeys(table.column(table.columns[1])))
    words = list(dict.fromkeys(table.column("word")))
    width = 0.8 / max(len(words), 1)
    top = 0
    for i, word in enumerate(words):
        values = _per_1000(table, word)
        # One collection of rectangles per word draws much faster than one bar each.
        bars = [[(x, 0), (x, values[p]), (x + width, values[p]), (x + width, 0)]
                for x, p in ((n - 0.4 + i * width, p) for n, p in enumerate(places))]
        ax.add_collection(PolyCollection(bars, facecolors=PALETTE[i % len(PALETTE)],
                                         label=word))
        top = max([top] + list(values.values()))
    ax.set_ylim(0, top * 1.1 or 1)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))


def plot_dispersion(table, text_ids, ax=None):
    """One row per text, a mark where each word falls; returns the figure."""
    text_ids = list(text_ids)
    ax = _axes(ax, (8, 0.4 * min(len(text_ids), 20) + 1.2))
    _dispersion_frame(ax, text_ids)
    ax.set_title("Where the words fall")
    _dispersion_marks(ax, table, text_ids)
    return ax.figure


def _dispersion_frame(ax, text_ids):
    """What a dispersion chart keeps while only the words change: rows and labels."""
    _label_places(ax.set_yticks, lambda labels, fontsize: ax.set_yticklabels(
        labels, fontsize=fontsize), text_ids, list(range(len(text_ids))))
    ax.set_ylim(len(text_ids) - 0.5, -0.5)   # first text at the top
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the text (0 = start, 1 = end)")


def _dispersion_marks(ax, table, text_ids):
    """A mark for each use of each word, and the legend."""
    words = list(dict.fromkeys(table.column("word")))
    row_of = {t: n for n, t in enumerate(text_ids)}
    height = 0.8 / max(len(words), 1)
    # A row's height in points, to size the marks: the axes' height over the rows.
    row_points = ax.bbox.height * 72 / ax.figure.dpi / max(len(text_ids), 1)
    for i, word in enumerate(words):
        rows = [r for r in table.rows if r[0] == word and r[1] in row_of]
        # Marks as markers of one line: drawn in one go, even by the thousand.
        ax.plot([r[4] for r in rows], [row_of[r[1]] - 0.4 + height * (i + 0.5) for r in rows],
                linestyle="none", marker="|", markersize=row_points * height * 0.9,
                markeredgewidth=1.5, color=PALETTE[i % len(PALETTE)])
        ax.plot([], [], "|", markersize=10, markeredgewidth=1.5,   # for the legend
                color=PALETTE[i % len(PALETTE)], label=word)
    if words:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))


class Explorer:
    """Word use, linked: a chart, key words and concordance lines that follow one word.

    Type words (separated by commas) or pick one; choose which texts, how to
    group them and what to show. Click a key word to see it everywhere.
    """

    # A menu cannot show None as a choice, so "each text" is the grouping "text".
    GROUPINGS = [("each text", "text"), ("outlet kind", "outlet_kind"), ("outlet", "outlet")]

    def __init__(self, corpus, words="nato", grouping=None, lines=20):
        import ipywidgets as widgets

        self.corpus = corpus
        self.lines = lines
        vocabulary = top_words(corpus, n=150).column("word")
        self.words = widgets.Combobox(
            value=words, options=sorted(vocabulary), ensure_option=False,
            continuous_update=False, description="Words:",
            placeholder="one or more words, separated by commas")
        self.grouping = widgets.Dropdown(options=self.GROUPINGS, value=grouping or "text",
                                         description="Compare:")
        self.measure = widgets.ToggleButtons(
            options=[("per 1,000 words", "frequency"), ("where in the text", "dispersion")],
            description="Show:")
        self.texts = widgets.SelectMultiple(options=list(corpus.ids), value=list(corpus.ids),
                                            rows=min(len(corpus), 6), description="Texts:")
        self.chart = widgets.Output(layout=widgets.Layout(min_height="15em"))
        self.description = widgets.HTML()
        self.group_a = widgets.Dropdown(description="Group A:")
        self.group_b = widgets.Dropdown(description="Group B:")
        self.key_words = widgets.VBox()
        self.concordance = widgets.HTML()
        self.words.observe(lambda _: self.update(), names="value")
        self.measure.observe(lambda _: self.update(), names="value")
        for control in (self.grouping, self.texts):
            control.observe(lambda _: self.regroup(), names="value")
        self._quiet = False
        self._ax, self._frame = None, None   # the chart, kept between updates
        for control in (self.group_a, self.group_b):
            control.observe(lambda _: self._quiet or self.show_key_words(), names="value")
        keys = widgets.VBox([widgets.HTML(
            "<b>Key words</b> of group A against group B (seen twice or more in A). Click "
            "one to follow it. Beside each: its uses in A and in B, G² and Log Ratio (LR)."),
            self.group_a,
            self.group_b, self.key_words], layout=widgets.Layout(width="36%"))
        self.widget = widgets.VBox([
            widgets.HBox([widgets.VBox([self.words, self.grouping, self.measure]),
                          self.texts]),
            widgets.HBox([widgets.VBox([self.chart, self.description],
                                       layout=widgets.Layout(width="62%")), keys]),
            self.concordance])
        # Class names for styling, and for tests in a real browser to find the parts.
        self.widget.add_class("word-explorer")
        self.chart.add_class("explorer-chart")
        self.description.add_class("explorer-description")
        self.key_words.add_class("explorer-key-words")
        self.concordance.add_class("explorer-concordance")
        self.regroup()

    # -- what is selected ---------------------------------------------------
    def chosen_texts(self):
        """The texts ticked in the list, in corpus order."""
        return [self.corpus[i] for i in self.corpus.ids if i in self.texts.value]

    def chosen_words(self):
        """The words typed, normalized; raises NarrativesError on bad input."""
        return as_words(self.words.value)

    # -- updates ------------------------------------------------------------
    def regroup(self):
        """New texts or grouping: new key-word groups, then a new chart."""
        names = list(groups(self.chosen_texts(), self.grouping.value)) if self.texts.value else []
        keep_a, keep_b = self.group_a.value, self.group_b.value
        self._quiet = True   # new options fire change events: draw once, at the end
        try:
            self.group_a.options = names
            self.group_b.options = [OTHERS] + names
            self.group_a.value = keep_a if keep_a in names else (names[0] if names else None)
            self.group_b.value = keep_b if keep_b in names else OTHERS
        finally:
            self._quiet = False
        self.show_key_words()
        self.update()

    def update(self):
        """Redraw the chart and the concordance for the words typed."""
        try:
            texts = self.chosen_texts()
            if not texts:
                raise NarrativesError("Tick at least one text in the list.")
            words = self.chosen_words()
        except NarrativesError as problem:
            self.chart.outputs = ()
            self.description.value = f"<p><b>{escape(problem)}</b></p>"
            self.concordance.value = ""
            return
        if self.measure.value == "frequency":
            table = frequencies(texts, words, by=self.grouping.value)
            places = list(dict.fromkeys(table.column(table.columns[1])))
            ax = self._axes(("frequency", table.columns[1], *places),
                            lambda ax: _frequency_frame(ax, places))
            _frequency_bars(ax, table)
            sentence = describe_frequencies(table)
        else:
            table = dispersion(texts, words)
            ids = [t.id for t in texts]
            ax = self._axes(("dispersion", *ids), lambda ax: _dispersion_frame(ax, ids))
            _dispersion_marks(ax, table, ids)
            sentence = describe_dispersion(table, ids)
        show_figure(self.chart, ax.figure, sentence)
        self.description.value = (f'<p role="status" aria-live="polite" style="color:{GREY}">'
                                  f"{escape(sentence)}</p>")
        self.show_lines(words[0], texts)

    def _axes(self, frame, draw_frame):
        """The chart's axes, cleared of data: kept from the last update if `frame` is the same.

        Typing a new word changes only the bars or marks; keeping the axes, ticks and
        labels (and drawing only the data again) makes the update about twice as fast.
        The chart has no title: the sentence under it says what it shows.
        """
        from matplotlib.figure import Figure

        if frame != self._frame:
            figure = Figure(figsize=(7, 3.2))
            # Fixed margins: fitting them to the labels would draw the chart twice.
            figure.subplots_adjust(left=0.2, right=0.8, bottom=0.3, top=0.9)
            self._ax, self._frame = figure.subplots(), frame
            draw_frame(self._ax)
        else:
            for artist in [*self._ax.collections, *self._ax.lines]:
                artist.remove()
        return self._ax

    def show_lines(self, word, texts):
        """The first concordance lines of `word` in these texts, below the chart."""
        total = sum(text_index(t).counts[word] for t in texts)
        # Only the lines shown are cut out of the texts; the index has the count.
        lines = concordance(texts, word, width=50, limit=self.lines)
        shown = f" (the first {len(lines)})" if total > len(lines) else ""
        head = (f"<p><b>{total} concordance line{'s' * (total != 1)} for "
                f"'{escape(word)}'</b>{shown}</p>")
        self.concordance.value = head + (concordance_html(lines) if lines else "")

    def show_key_words(self, n=10):
        """Buttons for the key words of group A against group B."""
        import ipywidgets as widgets

        grouped = groups(self.chosen_texts(), self.grouping.value) if self.texts.value else {}
        a, b = self.group_a.value, self.group_b.value
        if not grouped:
            self.key_words.children = [widgets.HTML("<i>Tick some texts first.</i>")]
            return
        if a not in grouped or a == b:
            self.key_words.children = [widgets.HTML("<i>Pick two different groups.</i>")]
            return
        others = [t for name, members in grouped.items() if name != a for t in members]
        against = others if b == OTHERS else grouped.get(b, [])
        if not against:
            self.key_words.children = [widgets.HTML("<i>There is nothing to compare with: "
                                                    "tick more texts.</i>")]
            return
        table = keyness(grouped[a], against, min_count=2)
        rows = []
        for word, count_a, count_b, g2, ratio in table.rows[:n]:
            button = widgets.Button(description=word, tooltip=f"show '{word}' everywhere",
                                    layout=widgets.Layout(width="10em"))
            button.on_click(lambda _, w=word: self.choose(w))
            rows.append(widgets.HBox([button, widgets.Label(
                f"{count_a} vs {count_b} · G² {g2:.1f} · LR {ratio:.1f}")]))
        self.key_words.children = rows or [widgets.HTML("<i>No word is key here.</i>")]

    def choose(self, word):
        """Follow `word` in every panel, as a click on a key word does."""
        if self.words.value == word:
            self.update()
        else:
            self.words.value = word   # the observer redraws

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)

    def __repr__(self):
        return f"<Explorer of {len(self.corpus)} texts, showing {self.words.value!r}>"
