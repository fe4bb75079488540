"""Charts of word use, and one sentence describing each.

Each chart has a one-sentence description for readers who cannot see it
(and for everyone who wants the gist); it is a pure function of the data:

>>> from narratives import texts
>>> from narratives.words.frequency import frequencies
>>> corpus = texts.load()
>>> print(describe_frequencies(frequencies(corpus, ["regime", "aggression"])))
Bar chart of uses per 1,000 words in 5 texts: 'regime' is most frequent in bogus-threat (7.52 per 1,000 words); 'aggression' does not occur.

Each chart is drawn in two parts: its frame (axes, labels), which the
Explorer keeps while only the words change, and its data (bars or marks).
"""

from ..charts import Chart
from ..display import PALETTE
from ..errors import NarrativesError, expect_ids, shown


def _per_1000(table, word):
    """{text or group: per_1000} of one word, from any table shaped like `frequencies` makes."""
    return {row[1]: row[4] for row in table.rows if row[0] == word}


def describe_frequencies(table):
    """One sentence saying what a `frequencies` chart shows."""
    _expect_table(table, "frequencies(corpus, ['nato'])")
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
    _expect_table(table, "dispersion(corpus, ['nato'])")
    text_ids = expect_ids(text_ids, "text_ids", ordered=True, optional=False)
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


def short_label(name, most=24):
    """A place's name cut to fit under a chart (the data table has it whole)."""
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


def _label_places(set_ticks, set_labels, places, at, most=20):
    """Label at most `most` places: 100 tick labels are unreadable, and slow to draw."""
    step = -(-len(places) // most)
    set_ticks(at[::step])
    set_labels([short_label(p) for p in places[::step]], fontsize=9 if step == 1 else 8)


def _expect_table(table, made_by):
    if not (hasattr(table, "columns") and hasattr(table, "rows") and hasattr(table, "column")):
        raise NarrativesError(f"{shown(table)} is not a table to chart: give the table that "
                              f"{made_by} returns.")


def _busiest(places, weight, most):
    """`(places kept in order, how many left out)`: the `most` places of greatest weight."""
    if len(places) <= most:
        return list(places), 0
    keep = set(sorted(places, key=lambda p: -weight.get(p, 0))[:most])
    return [p for p in places if p in keep], len(places) - most


def plot_frequencies(table, ax=None, most=30):
    """Bars of uses per 1,000 words, one colour per word; returns a `charts.Chart`.

    With more than `most` texts or groups, the `most` where the words are most
    frequent are drawn, and the title says how many more there are.
    """
    from ..display import Table

    _expect_table(table, "frequencies(corpus, ['nato'])")
    whole = table   # the sentence and the data table tell of every place
    label = table.columns[1]
    weight = {}
    for row in table.rows:
        weight[row[1]] = max(weight.get(row[1], 0), row[4])
    places, more = _busiest(list(dict.fromkeys(table.column(label))), weight, most)
    if more:
        kept = set(places)
        table = Table(table.columns, [r for r in table.rows if r[1] in kept], table.caption)
    ax = _axes(ax, (8, 3.5))
    frequency_frame(ax, places)
    ax.set_title(f"Word use per {label}" + (f" (the {most} with the most uses, and "
                                            f"{more} more)" if more else ""))
    frequency_bars(ax, table)
    return Chart(ax.figure, describe_frequencies(whole), whole)


def frequency_frame(ax, places):
    """What a frequency chart keeps while only the words change: axes and labels."""
    from matplotlib.ticker import MaxNLocator

    ax.set_xlim(-0.6, len(places) - 0.4)
    _label_places(ax.set_xticks, lambda labels, fontsize: ax.set_xticklabels(
        labels, rotation=30, ha="right", fontsize=fontsize), places, list(range(len(places))))
    ax.yaxis.set_major_locator(MaxNLocator(5, steps=[1, 2, 5, 10]))   # a few round numbers
    ax.set_ylabel("uses per 1,000 words")


def frequency_bars(ax, table):
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
                                         edgecolors="black", linewidths=0.5, label=word))
        top = max([top] + list(values.values()))
    ax.set_ylim(0, top * 1.1 or 1)
    ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1))


def plot_dispersion(table, text_ids, ax=None, most=20):
    """One row per text, a mark where each word falls; returns a `charts.Chart`.

    With more than `most` texts, the `most` with the most uses are drawn, and
    the title says how many more there are.
    """
    _expect_table(table, "dispersion(corpus, ['nato'])")
    uses = {}
    for row in table.rows:
        uses[row[1]] = uses.get(row[1], 0) + 1
    # Every text, for the sentence that tells of them all.
    every_id = expect_ids(text_ids, "text_ids", ordered=True, optional=False)
    if not every_id:
        raise NarrativesError("text_ids is empty: give the texts to draw, e.g. corpus.ids.")
    text_ids, more = _busiest(every_id, uses, most)
    ax = _axes(ax, (8, 0.4 * min(len(text_ids), 20) + 1.2))
    dispersion_frame(ax, text_ids)
    ax.set_title("Where the words fall" + (f" (the {most} texts with the most uses, and "
                                           f"{more} more)" if more else ""))
    dispersion_marks(ax, table, text_ids)
    return Chart(ax.figure, describe_dispersion(table, every_id), table)


def dispersion_frame(ax, text_ids):
    """What a dispersion chart keeps while only the words change: rows and labels."""
    _label_places(ax.set_yticks, lambda labels, fontsize: ax.set_yticklabels(
        labels, fontsize=fontsize), text_ids, list(range(len(text_ids))))
    ax.set_ylim(len(text_ids) - 0.5, -0.5)   # first text at the top
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the text (0 = start, 1 = end)")


def dispersion_marks(ax, table, text_ids):
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
        ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1))
