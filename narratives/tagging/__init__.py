"""Tagging sentences with narratives (lesson 02): the reference, comparisons and a chart.

Everything a lesson needs is here: the taxonomy (`labels`), the learner's
store (`TagStore`, saved at once), the widget (`Tagger`), the project's
reference tags (`load_reference`) and agreement (`agreement`).

>>> from narratives import texts
>>> corpus = texts.load()
>>> reference = load_reference()
>>> len(reference), sorted(reference.get("bogus-threat", 15))
(130, ['opposition-criminal'])
>>> print(reference.rationale("bogus-threat", 15).split(";")[0])
Lukashenka, quoted: 'they' is never named
>>> count(reference, corpus)["pravda-bury"].most_common(1)
[('none', 21)]
"""

import textwrap
from collections import Counter
from pathlib import Path

from .. import texts
from ..charts import Chart
from ..display import GREY, PALETTE, Table
from ..errors import NarrativesError, expect_corpus, expect_int, expect_str, shown as shown_value
from ..paths import ANNOTATIONS
from .agreement import against, agreement, per_label, summary, tags_of  # noqa: F401
from .dispute import disputed  # noqa: F401
from .tagcsv import from_csv, parse_csv, read_tags, to_csv  # noqa: F401
from .tagger import Tagger  # noqa: F401
from .tagstore import TagStore, tags_path  # noqa: F401
from .actors import load as actor_list  # noqa: F401
from .taxonomy import NONE, load as labels, table as taxonomy  # noqa: F401

REFERENCE = ANNOTATIONS / "reference-tags.csv"


def load_reference(corpus=None, path=None):
    """The project's reference tags of every sentence, each with its rationale (read-only)."""
    corpus = corpus if corpus is not None else texts.load()
    path = Path(path) if path is not None else REFERENCE
    store = from_csv(path.read_text(encoding="utf-8"), corpus, annotator="reference")
    store.read_only = True
    return store


def count(store, corpus):
    """`{text_id: Counter of labels}`: how many sentences of each text carry each label."""
    expect_corpus(corpus)
    counts = {text.id: Counter() for text in corpus}
    for (text_id, _), found in tags_of(store).items():
        if text_id in counts:
            counts[text_id].update(found)
    return counts


def sentences_with(store, label, corpus=None):
    """`(text_id, number)` of every sentence tagged with `label`, numbers counting from 1."""
    expect_str(label, "the label")
    if corpus is not None:
        expect_corpus(corpus)
    return sorted((text_id, index + 1) for (text_id, index), found in tags_of(store).items()
                  if label in found and (corpus is None or text_id in corpus))


def _cell(found):
    return "; ".join(sorted(found)) if found else "(not tagged)"


def compare(mine, reference, corpus, text_id=None, only=None):
    """Your labels beside the reference's, sentence by sentence, with the reference's reasons.

    `only="tagged"` keeps the sentences you tagged, `only="different"` those
    where your labels differ from the reference's.
    """
    for store in (mine, reference):
        if not (hasattr(store, "get") and hasattr(store, "rationale")):
            raise NarrativesError(f"{shown_value(store)} is not a TagStore: give your tags "
                                  "(e.g. tagger.store) and the reference (load_reference()).")
    expect_corpus(corpus)
    if only not in (None, "tagged", "different"):
        raise NarrativesError(f"only={only!r}: give only='tagged', only='different', "
                              "or leave it out to see every sentence.")
    rows = []
    for text in corpus:
        if text_id is not None and text.id != text_id:
            continue
        for sentence in text.sentences:
            yours = mine.get(text.id, sentence.index)
            theirs = reference.get(text.id, sentence.index)
            same = "-" if not yours else (
                "yes" if yours == theirs else "partly" if yours & theirs else "no")
            if only and (not yours or (only == "different" and same == "yes")):
                continue
            rows.append([text.id, sentence.number, _cell(yours), _cell(theirs), same,
                         reference.rationale(text.id, sentence.index)])
    return Table(["text", "sentence", "yours", "reference", "same", "why the reference says so"],
                 rows, caption="Your tags and the reference's")


def chart_rows(store, corpus, labels_in_order=None):
    """`(label, teller, [count per text])` for every label but `none`, taxonomy order first.

    `teller` is the name of the actor who tells the narrative in most reference
    sentences (`"your own"` for a learner's own label): the chart colours each
    bar by it, and its table lists every actor who tells it.
    """
    taxonomy_labels = labels()
    counts = count(store, corpus)
    used = set().union(*counts.values()) if counts else set()
    order = [l for l in (labels_in_order or taxonomy_labels) if l != NONE]
    order += sorted(used - set(order) - {NONE})
    return [(label, _teller(taxonomy_labels.get(label)),
             [counts[text.id][label] for text in corpus]) for label in order]


def _teller(label):
    if label is None or not label.told_by:
        return OWN
    return actor_list()[label.told_by[0]].name


# One colour per actor, in the order of texts/actors.csv (Okabe and Ito's palette has
# eight; the ninth actor, the unnamed source, shares the first colour but tells no label
# most often, so it never colours a bar: tests/test_actors.py checks that); grey for a
# learner's own labels.
OWN = "your own"


def actor_colours():
    """`{actor name: colour}` for the chart, and grey for a learner's own labels."""
    order = (5, 1, 0, 4, 3, 2, 6, 7)
    colours = {actor.name: PALETTE[order[n % len(order)]]
               for n, actor in enumerate(actor_list().values())}
    colours[OWN] = GREY
    return colours


def table_by_text(store, corpus):
    """The narrative chart's data: sentences per narrative (rows) and text (columns)."""
    expect_corpus(corpus)
    told = {l.id: "; ".join(actor_list()[a].name for a in l.told_by) for l in labels().values()}
    return Table(["narrative", "told by"] + [text.id for text in corpus],
                 [[label, told.get(label) or teller, *per_text]
                  for label, teller, per_text in chart_rows(store, corpus)],
                 caption="Sentences carrying each narrative, per text")


def shown_texts(store, corpus, most=5):
    """The texts a chart has room for: all of them, or the `most` with the most narratives.

    Returns `(texts in corpus order, how many are left out)`.
    """
    expect_corpus(corpus)
    expect_int(most, "most", lowest=1)
    texts_ = list(corpus)
    if len(texts_) <= most:
        return texts_, 0
    counts = count(store, corpus)
    tagged = {t.id: sum(n for label, n in counts[t.id].items() if label != NONE)
              for t in texts_}
    keep = {t.id for t in sorted(texts_, key=lambda t: -tagged[t.id])[:most]}
    return [t for t in texts_ if t.id in keep], len(texts_) - most


def plot_by_text(store, corpus, axes=None, most=5, columns=3):
    """One panel per text (with its outlet kind): how many sentences carry each narrative.

    Panels wrap after `columns` (three fit a notebook's width with text still
    10 px); with more than `most` texts, the `most` with the most tagged
    narratives are drawn and the title says how many more there are. Returns a
    `charts.Chart`. A new figure is closed first, so a notebook shows it once,
    as the cell's result.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    rows = chart_rows(store, corpus)
    palette = actor_colours()
    shown, more = shown_texts(store, corpus, most)
    where = {t.id: i for i, t in enumerate(corpus)}
    if axes is None:
        down = -(-len(shown) // columns) or 1
        across = -(-len(shown) // down) or 1  # rows as even as they can be
        fig, grid = plt.subplots(down, across, squeeze=False, sharey=True, sharex=True,
                                 figsize=(8, down * (0.3 * len(rows) + 1.3) + 0.6),
                                 layout="constrained")
        plt.close(fig)
        axes = list(grid.flat)
        for spare in axes[len(shown):]:
            spare.remove()
        axes = axes[:len(shown)]
        if more:
            fig.suptitle(f"The {len(shown)} texts with the most narratives tagged, "
                         f"and {more} more not shown", fontsize=10)
    names = [label for label, _, _ in rows]
    for n, (text, ax) in enumerate(zip(shown, axes)):
        i = where[text.id]
        values = [per_text[i] for _, _, per_text in rows]
        colours = [palette.get(teller, GREY) for _, teller, _ in rows]
        ax.barh(range(len(rows)), values, color=colours, edgecolor="black", linewidth=0.5)
        ax.set_yticks(range(len(rows)), names, fontsize=9)
        if n == 0:  # the axes share y: turning one turns all, first label on top
            ax.invert_yaxis()
        # Long outlet kinds wrap: three panels a row leave each title about 2.3 inches.
        kind = textwrap.fill(f"({text.outlet_kind or 'kind not given'})", 26)
        ax.set_title(f"{text.id}\n{kind}", fontsize=9)
        ax.set_xlabel("sentences", fontsize=9)
        ax.tick_params(labelbottom=True, labelsize=9)
    top = max((n for _, _, per_text in rows for n in per_text), default=0)
    axes[0].set_xlim(0, max(top, 1) + 0.5)  # the axes share x: whole sentences, from 0
    axes[0].xaxis.set_major_locator(MaxNLocator(integer=True))
    tellers = [name for name in palette if any(t == name for _, t, _ in rows)]
    handles = [plt.Rectangle((0, 0), 1, 1, color=palette[name]) for name in tellers]
    # Two columns: eight actors' names side by side would not fit a notebook's width.
    axes[0].figure.legend(handles, tellers, loc="outside lower center",
                          ncols=min(len(tellers), 2) or 1, frameon=False, fontsize=9,
                          title="Bar colour: the actor who tells the narrative in most "
                                "reference sentences", title_fontsize=9)
    return Chart(axes[0].figure, describe_by_text(store, corpus, most),
                 table_by_text(store, corpus))


def describe_by_text(store, corpus, most=5):
    """The chart in one sentence, for readers who cannot see it."""
    parts = []
    shown, more = shown_texts(store, corpus, most)
    every = count(store, corpus)
    for text_id, counts in ((t.id, every[t.id]) for t in shown):
        counts.pop(NONE, None)
        if not counts:
            parts.append(f"{text_id} ({corpus[text_id].outlet_kind}): no narrative tagged")
            continue
        top = max(counts.values())
        leaders = sorted(label for label, n in counts.items() if n == top)
        parts.append(f"{text_id} ({corpus[text_id].outlet_kind}): {' and '.join(leaders)} "
                     f"({top} sentence{'s' if top > 1 else ''}"
                     f"{' each' if len(leaders) > 1 else ''})")
    also = f"; and {more} more texts not shown" if more else ""
    return ("Bars show how many sentences of each text carry each narrative; the most "
            "frequent in each text: " + "; ".join(parts) + also + ".")
