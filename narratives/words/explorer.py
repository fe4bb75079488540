"""The Explorer widget: a chart, key words and concordance lines that follow one word.

It links its panels as Voyant Tools does: type a word, or click one in the
key-word list, and the chart and the concordance follow it. Everything it
shows comes from the pure functions of `narratives.words`.

>>> from narratives import texts
>>> explorer = Explorer(texts.load(), words="regime")
>>> explorer
<Explorer of 5 texts, showing 'regime'>
>>> print(explorer.chart.outputs[0]["data"]["text/plain"])
Bar chart of uses per 1,000 words in 5 texts: 'regime' is most frequent in bogus-threat (7.52 per 1,000 words).
>>> explorer.words.value = "rats"      # as a learner types a word and presses Enter
>>> explorer.concordance.value.count("<mark>")
1
"""

from ..charts import keep_frame, show_figure
from ..display import MUTED, WIDGET_STYLE, escape, widget_bundle
from ..errors import NarrativesError, expect_corpus
from .concordance import concordance, concordance_html, dispersion
from .frequency import frequencies, top_words
from .keyness import keyness
from .wordcharts import (describe_dispersion, describe_frequencies, dispersion_frame,
                         dispersion_marks, frequency_bars, frequency_frame)
from .wordindex import as_words, groups, text_index

OTHERS = "all the others"


LONGEST_WORD = 100  # letters: longer than any word a dictionary lists


class Explorer:
    """Word use, linked: a chart, key words and concordance lines that follow one word.

    Type words (separated by commas) or pick one; choose which texts, how to
    group them and what to show. Click a key word to see it everywhere.
    """

    # A menu cannot show None as a choice, so "each text" is the grouping "text".
    GROUPINGS = [("each text", "text"), ("outlet kind", "outlet_kind"), ("outlet", "outlet")]

    def __init__(self, corpus, words="nato", grouping=None, lines=20):
        import ipywidgets as widgets

        self.corpus = expect_corpus(corpus)
        if not isinstance(words, str):
            raise NarrativesError(f"words={words!r:.40}: give the words in quotes, e.g. "
                                  "words='nato, regime'.")
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
            self.group_a, self.group_b, self.key_words],
            layout=widgets.Layout(flex="1 1 20em", min_width="0", overflow="auto"))
        # Panels wrap under each other in a narrow window rather than clip.
        wrap = widgets.Layout(flex_flow="row wrap")
        self.widget = widgets.VBox([
            widgets.HTML(WIDGET_STYLE),
            widgets.HBox([widgets.VBox([self.words, self.grouping, self.measure]),
                          self.texts], layout=wrap),
            widgets.HBox([widgets.VBox([self.chart, self.description],
                                       layout=widgets.Layout(flex="2 1 32em", min_width="0")),
                          keys], layout=wrap),
            self.concordance])
        # Class names for styling, and for tests in a real browser to find the parts.
        self.widget.add_class("word-explorer")
        self.widget.add_class("narratives-widget")
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
        found = as_words(self.words.value)
        longest = max(found, key=len)
        if len(longest) > LONGEST_WORD:
            # A legend with a word of thousands of letters takes many seconds to draw.
            raise NarrativesError(f"'{longest[:20]}…' is {len(longest):,} letters long, "
                                  f"longer than a word: type words of up to {LONGEST_WORD} "
                                  "letters, separated by commas.")
        return found

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
                            lambda ax: frequency_frame(ax, places))
            frequency_bars(ax, table)
            sentence = describe_frequencies(table)
        else:
            table = dispersion(texts, words)
            ids = [t.id for t in texts]
            ax = self._axes(("dispersion", *ids), lambda ax: dispersion_frame(ax, ids))
            dispersion_marks(ax, table, ids)
            sentence = describe_dispersion(table, ids)
        show_figure(self.chart, ax.figure, sentence, table)
        self.description.value = (f'<p role="status" aria-live="polite" style="color:{MUTED}">'
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
            # Room below for the longest name, slanted (names are cut to 24 characters).
            longest = max((len(str(p)) for p in frame[2:]), default=0) if frame[0] == \
                "frequency" else 0
            bottom = min(0.5, max(0.3, (0.35 + 0.035 * min(longest, 24)) / 3.2))
            figure.subplots_adjust(left=0.2, right=0.8, bottom=bottom, top=0.9)
            self._ax, self._frame = figure.subplots(), frame
            draw_frame(self._ax)
            # The frame is drawn once; a frequency chart's scale follows the data.
            keep_frame(figure, changing=[self._ax.yaxis] if frame[0] == "frequency" else [])
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
            # HTML, not a Label: a Label cuts its text off where the panel ends.
            rows.append(widgets.HBox([button, widgets.HTML(
                f"{count_a} vs {count_b} · G² {g2:.1f} · LR {ratio:.1f}")],
                layout=widgets.Layout(flex_flow="row wrap")))
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
