"""Dated events, as the texts report them, on one chart.

An event dated only to a month or a year (because that is all the texts
support) is drawn as a bar across that month or year, not as a point.

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
from .folder import parse_date

EVENTS = TEXTS / "events.csv"
COLOURS = {"claim": PALETTE[5], "denial": PALETTE[0], "event": PALETTE[7]}


@dataclass(frozen=True)
class Event:
    """Something that happened on a date, and the texts that report it."""
    date: str     # ISO: 2020-08-16, or 2020-08, or 2021
    kind: str     # claim, denial or event
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
    return (f"Timeline of {len(found)} events from {first:%d %B %Y} to {last:%d %B %Y}"
            f"{note}: {kinds['claim']} claims, {kinds['denial']} denials and "
            f"{kinds['event']} other events.")


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

    everything = found   # the sentence and the data table tell of every event
    if len(found) > most:
        title = f"{title} (the first {most} events, and {len(found) - most} more)"
        found = found[:most]
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, 0.45 * len(found) + 1.2))
        plt.close(fig)
    starts, ends = [e.span()[0] for e in found], [e.span()[1] for e in found]
    middle = min(starts) + (max(ends) - min(starts)) / 2 if found else None
    for row, event in enumerate(reversed(found)):
        first, after = event.span()
        colour = COLOURS.get(event.kind, PALETTE[7])
        if after - first > timedelta(days=1):
            ax.barh(row, after - first, left=first, height=0.35, color=colour, alpha=0.35)
        else:
            ax.plot(first, row, "o", color=colour)
        label = event.event if len(event.event) < 85 else event.event[:82] + "..."
        # Labels run towards the middle, so none runs off the chart.
        left = first <= middle
        ax.text(first if left else after, row + 0.3, f"{event.date}  {label}", fontsize=9,
                ha="left" if left else "right")
    ax.set_yticks([])
    ax.set_ylim(-0.7, len(found))
    for kind, colour in COLOURS.items():
        ax.plot([], [], "o", color=colour, label=kind)
    # Beside the chart, not on it: a label must never run under the legend.
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    ax.set_title(title)
    ax.figure.autofmt_xdate()
    return Chart(ax.figure, describe(everything), table(everything))
