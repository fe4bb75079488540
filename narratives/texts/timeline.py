"""Dated events, as the texts report them, on one chart.

An event dated only to a month or a year (because that is all the texts
support) is drawn as a bar across that month or year, not as a point. Each
label starts at the frame's left edge, above its row, and is cut to fit the
frame (the data table gives every label whole).

>>> found = events()
>>> found[0].date, found[0].kind, found[0].texts
('2020-08-09', 'event', ('tanks-and-planes', 'euvsdisinfo-flights'))
>>> found[0].span()
(datetime.date(2020, 8, 9), datetime.date(2020, 8, 10))
"""

import csv
from dataclasses import dataclass
from datetime import date, timedelta

from ..charts import Chart
from ..display import PALETTE, Table
from ..paths import TEXTS
from .catalog import parse_date

EVENTS = TEXTS / "events.csv"
# Replies come in three kinds (see narratives.claims): a denial by the party a claim is
# about, a rejection by a replier the claim does not name, a counter-claim by anyone.
COLOURS = {"claim": PALETTE[5], "denial": PALETTE[0], "rejection": PALETTE[2],
           "counter-claim": PALETTE[3], "event": PALETTE[7]}
PLURALS = {"claim": "claims", "denial": "denials", "rejection": "rejections",
           "counter-claim": "counter-claims", "event": "other events"}
# At fontsize 9 on an 8-inch figure, about this many characters fit inside the frame.
LABEL_WIDTH = 72


@dataclass(frozen=True)
class Event:
    """Something that happened on a date, and the texts that report it."""
    date: str     # ISO: 2020-08-16, or 2020-08, or 2021
    kind: str     # claim, denial, rejection, counter-claim or event
    event: str
    texts: tuple
    note: str = ""

    def span(self):
        """The first day it may have happened on, and the day after the last."""
        first = parse_date(self.date)
        if len(self.date) == 10:
            return first, first + timedelta(days=1)
        if len(self.date) == 7:
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following
        return first, date(first.year + 1, 1, 1)


def events(path=EVENTS):
    """The events of `texts/events.csv`, sorted by date."""
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    found = [Event(r["date"], r["kind"], r["event"], tuple(r["texts"].split(";")),
                   r.get("note", "")) for r in rows]
    return sorted(found, key=lambda e: e.span()[::-1])


def describe(found):
    """One sentence for a screen reader: what the chart shows."""
    kinds = {k: sum(e.kind == k for e in found) for k in COLOURS}
    exact = [e.span()[0] for e in found if len(e.date) == 10]
    vague = len(found) - len(exact)
    dates = exact or [e.span()[0] for e in found]
    first, last = min(dates), max(dates)
    note = (f"; {vague} dated only to a month or a year" if vague else "")
    counts = [f"{n} {PLURALS[k]}" for k, n in kinds.items()
              if n or k in ("claim", "denial", "event")]
    return (f"Timeline of {len(found)} events from {first:%d %B %Y} to {last:%d %B %Y}"
            f"{note}: {', '.join(counts[:-1])} and {counts[-1]}.")


def table(found):
    """The events as a Table: the timeline's data, for readers who cannot see it."""
    return Table(["date", "kind", "event", "texts"],
                 [[e.date, e.kind, e.event, ", ".join(e.texts)] for e in found],
                 caption="Events the texts report, by date")


def plot(found, ax=None, title="What the texts report, and when", most=40):
    """Draw the events on a timeline, one row each; return it as a `charts.Chart`.

    At most `most` rows (the first events); the title says how many more there are.
    A new figure is closed before it is returned, so a notebook shows it once,
    as the cell's result (an image described in words, and its data table).
    """
    import matplotlib.pyplot as plt
    from matplotlib.transforms import blended_transform_factory

    everything = found   # the sentence and the data table tell of every event
    if len(found) > most:
        title = f"{title} (the first {most} events, and {len(found) - most} more)"
        found = found[:most]
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, 0.45 * len(found) + 1.2))
        plt.close(fig)
    # x in the frame's own units (0 to 1), y in rows: a label never leaves the frame.
    at_left = blended_transform_factory(ax.transAxes, ax.transData)
    for row, event in enumerate(reversed(found)):
        first, after = event.span()
        colour = COLOURS.get(event.kind, PALETTE[7])
        if after - first > timedelta(days=1):
            ax.barh(row, after - first, left=first, height=0.35, color=colour, alpha=0.35)
        else:
            ax.plot(first, row, "o", color=colour)
        label = f"{event.date}  {event.event}"
        if len(label) > LABEL_WIDTH:
            label = label[:LABEL_WIDTH - 3] + "..."
        ax.text(0.01, row + 0.3, label, fontsize=9, ha="left", transform=at_left,
                clip_on=True)
    ax.set_yticks([])
    ax.set_ylim(-0.7, len(found))
    for kind, colour in COLOURS.items():
        ax.plot([], [], "o", color=colour, label=kind)
    # Beside the chart, not on it: a label must never run under the legend.
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    ax.set_title(title)
    ax.figure.autofmt_xdate()
    return Chart(ax.figure, describe(everything), table(everything))
