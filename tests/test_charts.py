"""Every chart of the workbook: described in words, its data in a table, readable when shown.

Each chart function returns a `charts.Chart`; a notebook shows it as an image
whose alt text is the chart's sentence, with its data as a table to open.
"""

import html
import re

import pytest

from narratives import claims, tagging, words
from narratives.claims import comparer
from narratives.charts import Chart, chart_html
from narratives.display import Table, escape
from narratives.tagging import classroom
from narratives.tagging.dispute import disputed
from narratives.texts import timeline


def every_chart(corpus):
    """(name, chart, sentence the code writes about it) for every chart function."""
    reference = tagging.load_reference(corpus)
    frequencies = words.frequencies(corpus, ["nato", "russia"])
    spread = words.dispersion(corpus, ["nato", "russia"])
    claim = claims.load(corpus)["nato-buildup"]
    merged = classroom.read_class(classroom.SAMPLE, corpus)
    table = disputed(merged.stores, corpus, top=5)
    found = timeline.events()
    return [
        ("timeline (lesson 01)", timeline.plot(found), timeline.describe(found)),
        ("narratives per text (lesson 02)", tagging.plot_by_text(reference, corpus),
         tagging.describe_by_text(reference, corpus)),
        ("claim timeline (lesson 03, Comparer)", comparer.chart(claim, corpus),
         comparer.describe(claim, corpus)),
        ("frequencies (lesson 04, Explorer)", words.plot_frequencies(frequencies),
         words.describe_frequencies(frequencies)),
        ("dispersion (lesson 04, Explorer)", words.plot_dispersion(spread, corpus.ids),
         words.describe_dispersion(spread, corpus.ids)),
        ("disputed sentences (instructor)", classroom.plot_disputed(table),
         classroom.describe_disputed(table)),
    ]


@pytest.fixture(scope="module")
def charts(corpus):
    return every_chart(corpus)


def test_every_chart_is_described_and_has_its_data(charts):
    for name, chart, sentence in charts:
        assert isinstance(chart, Chart), name
        assert repr(chart) == sentence, name           # what a notebook prints as text
        page = chart._repr_html_()
        assert f'alt="{escape(sentence)}"' in page, name   # what a screen reader reads
        assert isinstance(chart.table, Table) and len(chart.table), name
        assert "<details><summary>The chart's data as a table" in page, name
        assert page.count("<tr>") == len(chart.table) + 1, name   # header and every row
        # On its own white ground, framed: it reads on a dark theme too.
        assert "background:#fff;border:1px solid" in page, name


def test_chart_text_is_10_px_or_more_at_the_narrowest_a_chart_is_shown(charts):
    for name, chart, _ in charts:
        page = chart._repr_html_()
        width = int(re.search(r'width="(\d+)"', page).group(1))
        smallest = float(re.search(r'data-min-font-px="([\d.]+)"', page).group(1))
        narrowest = int(re.search(r"min-width:(\d+)px", page).group(1))
        assert smallest * narrowest / width >= 10, name
        # And it may shrink: at least a fifth narrower than drawn, for narrow windows.
        assert narrowest <= 0.85 * width, (name, narrowest, width)


def test_the_five_panel_chart_fits_a_notebook(charts):
    chart = dict((name, c) for name, c, _ in charts)["narratives per text (lesson 02)"]
    width = int(re.search(r'width="(\d+)"', chart._repr_html_()).group(1))
    assert width <= 850   # three panels a row, not five in 17 inches
    assert len(chart.axes) == 5


def test_the_html_is_the_same_for_the_same_chart(corpus):
    """Stored outputs are compared by nbval: no date, no version, no random id."""
    found = timeline.events()
    assert timeline.plot(found)._repr_html_() == timeline.plot(found)._repr_html_()


def test_a_widget_chart_is_html_with_its_description(corpus):
    explorer = words.Explorer(corpus, words="regime")
    data = explorer.chart.outputs[0]["data"]
    assert set(data) == {"text/html", "text/plain"}
    assert f'alt="{escape(data["text/plain"])}"' in data["text/html"]
    assert "regime" in html.unescape(data["text/html"].split("<details>")[1])


def test_the_description_is_escaped_in_the_alt_text():
    from matplotlib.figure import Figure

    page = chart_html(Figure(figsize=(1, 1)), 'a "quoted" <b>word</b>')
    assert 'alt="a &quot;quoted&quot; &lt;b&gt;word&lt;/b&gt;"' in page


def test_wide_tables_and_concordances_scroll_in_a_box_a_keyboard_reaches(corpus):
    """axe's scrollable-region-focusable: a box that scrolls must take focus (Tab)."""
    from narratives.words.concordance import concordance, concordance_html

    for page in (concordance_html(concordance(corpus, "nato"), limit=5),
                 Table(["a"], [["b"]], caption="Letters")._repr_html_(),
                 words.plot_frequencies(words.frequencies(corpus, "nato"))._repr_html_()):
        box = re.search(r'<div class="narratives-scroll" tabindex="0" role="group" '
                        r'aria-label="([^"]+)" style="overflow-x:auto;max-width:100%">', page)
        assert box and box.group(1), page[:200]
