"""The timeline's labels stay inside its frame (issue 21: labels crossed it)."""

import pytest

from narratives import claims, texts
from narratives.claims import comparer
from narratives.texts import timeline


def charts():
    corpus = texts.load()
    found = claims.load(corpus)
    yield "events.csv", timeline.plot(timeline.events())
    for claim_id in ("nato-buildup", "no-nato-buildup", "polish-flags", "election-fraud"):
        yield claim_id, comparer.chart(found[claim_id], corpus)


@pytest.mark.parametrize("name, chart", list(charts()))
def test_every_label_is_inside_the_frame(name, chart):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = chart.figure
    canvas = FigureCanvasAgg(figure)   # the figure was closed: draw it on its own canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    ax, = chart.axes
    frame = ax.get_window_extent(renderer)
    for label in ax.texts:
        box = label.get_window_extent(renderer)
        assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, (name, label.get_text())
        assert frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1, (name, label.get_text())


def test_each_kind_of_reply_has_its_colour_and_is_counted():
    assert {"denial", "rejection", "counter-claim"} <= set(timeline.COLOURS)
    found = [timeline.Event("2020-08-16", "claim", "a", ("x",)),
             timeline.Event("2020-08-16", "counter-claim", "b", ("x",)),
             timeline.Event("2021", "rejection", "c", ("x",))]
    assert timeline.describe(found) == (
        "Timeline of 3 events from 16 August 2020 to 16 August 2020; 1 dated only to a "
        "month or a year: 1 claims, 0 denials, 1 rejections, 1 counter-claims and 0 other "
        "events.")
