"""The Comparer widget and the pure functions under it, without a kernel."""

import json

from narratives.display import escape

import pytest
from matplotlib.figure import Figure

from narratives import claims, texts
from narratives.claims import comparer
from narratives.claims import Comparer
from narratives.display import escape


@pytest.fixture(scope="module")
def found(corpus):
    return claims.load(corpus)


def test_marked_words_are_shared_or_one_sided_and_escaped():
    html = comparer.marked("NATO’s <tanks> & planes", shared={"nato's"}, own={"planes"})
    assert html == ('<mark class="shared">NATO’s</mark> &lt;tanks&gt; &amp; '
                    '<mark class="one-side">planes</mark>')


def test_panels_show_outlet_speaker_date_and_attribution(corpus, found):
    claim = found["us-coup"]
    left = comparer.panel(claim, corpus, "appearances")
    right = comparer.panel(claim, corpus, "denials")
    assert "<b>EUvsDisinfo</b>" in left and "said by Alexander Lukashenko" in left
    assert "framing: <b>attributed</b>" in left
    assert "Attribution: ‘said’: pinned on Lukashenka" in left
    assert ("<b>denial</b> by Washington (the US government) (for the United States) · on 2021"
            in right)
    assert "evidence: <b>official statement by a party to the dispute</b>" in right


def test_a_claim_without_denials_says_so(corpus, found):
    assert "Nothing in the five texts answers this claim." in comparer.panel(
        found["air-strikes"], corpus, "denials")


def test_words_both_sides_use_are_marked_on_both_sides(corpus, found):
    claim = found["nato-buildup"]
    left = comparer.panel(claim, corpus, "appearances")
    right = comparer.panel(claim, corpus, "denials")
    assert '<mark class="shared">buildup</mark>' in left
    assert '<mark class="shared">buildup</mark>' in right
    assert '<mark class="one-side">tanks</mark>' in left
    assert '<mark class="one-side">threat</mark>' in right


def test_events_and_description(corpus, found):
    claim = found["western-regions"]
    found_events = comparer.events(claim, corpus)
    assert [(e.date, e.kind) for e in found_events] == [
        ("2020-08-16", "claim"), ("2020-08-27", "claim"), ("2020-08-27", "denial"),
        ("2020-08", "claim")]
    assert comparer.describe(claim, corpus) == (
        "Timeline of the claim 'western-regions': made 2020-08-16 by Alexander Lukashenko; "
        "repeated in 2 texts, published from 2020-08-27 to 2020-08; denied 2 times, "
        "2020-08-27.")


def test_replies_that_are_not_denials_are_named_for_what_they_are(corpus, found):
    # NATO's claim is answered by Lukashenko's own words of the rally, which came first:
    # a counter-claim on the timeline and in the panel, never a denial.
    claim = found["no-nato-buildup"]
    assert [e.kind for e in comparer.events(claim, corpus) if e.kind != "claim"] == [
        "counter-claim"]
    assert "<b>counter-claim</b> by Alexander Lukashenko" in comparer.panel(
        claim, corpus, "replies")
    assert comparer.describe(claim, corpus).endswith(
        "no denial in these texts; 1 other reply (counter-claim), 2020-08-16.")


def test_chart_is_a_figure_with_one_row_per_event(corpus, found):
    claim = found["nato-buildup"]
    chart = comparer.chart(claim, corpus)
    assert isinstance(chart.figure, Figure)
    assert repr(chart) == comparer.describe(claim, corpus)   # its text alternative
    assert len(chart.table) == len(comparer.events(claim, corpus))
    ax, = chart.axes
    labels = [t.get_text() for t in ax.texts]
    assert len(labels) == len(comparer.events(claim, corpus))
    assert "2020-08-16  made by Alexander Lukashenko" in labels
    assert "'nato-buildup'" in ax.get_title()


class TestComparer:
    @pytest.fixture
    def widget(self, corpus, found):
        return Comparer(corpus, found)

    def test_it_starts_on_the_first_claim(self, widget):
        assert repr(widget) == "<Comparer of 18 claims, showing 'nato-buildup'>"
        assert widget.redraws == 1
        assert "claims-comparer" in widget.widget._dom_classes

    def test_picking_a_claim_changes_panels_caption_and_chart(self, widget):
        before = (widget.appearances.value, widget.denials.value, widget.caption.value)
        figure = widget.figure
        widget.menu.value = "polish-flags"
        assert widget.appearances.value != before[0]
        assert '<mark class="one-side">Hrodna</mark>' in widget.appearances.value
        assert '<mark class="one-side">proof</mark>' in widget.denials.value
        assert widget.denials.value != before[1]
        assert "polish-flags" in widget.caption.value and widget.caption.value != before[2]
        assert widget.redraws == 2 and widget.figure is not figure
        assert "'polish-flags'" in widget.figure.axes[0].get_title()
        output, = widget.chart.outputs
        html = output["data"]["text/html"]
        assert '<img src="data:image/png;base64,' in html
        assert f'alt="{escape(comparer.describe(widget.claims["polish-flags"], widget.corpus))}"' \
            in html
        assert "<details><summary>The chart's data as a table" in html
        assert output["data"]["text/plain"] == comparer.describe(
            widget.claims["polish-flags"], widget.corpus)

    def test_the_bundle_has_a_short_plain_text(self, widget):
        bundle = widget._repr_mimebundle_()
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        assert data["text/plain"] == repr(widget)


def test_text_from_files_is_escaped_in_the_widget(make_folder):
    body = "NATO has <script>alert(1)</script> tanks, Lukashenko said.\n"
    folder = make_folder({"t.txt": body})
    corpus = texts.load(folder)
    quote = "NATO has <script>alert(1)</script> tanks"
    data = {"claims": [{"id": "x<y", "statement": "Tanks & <b>planes</b>", "claimant": "L",
                        "claimant_type": "Person", "date": "2020-08-16",
                        "side": "<u>side</u>", "would_settle": "<img src=x>",
                        "about": ["<s>NATO</s>"], "subject": "<s>NATO</s>",
                        "support": [{"kind": "none offered", "what": "<em>nothing</em>"}],
                        "appearances": [{"text_id": "t", "quote": quote, "start": 0,
                                         "end": len(quote), "framing": "attributed",
                                         "speaker": "<i>L</i>"}],
                        "replies": [],
                        "outside": [{"relation": "context", "record": "<b>R</b>",
                                     "date": "2020", "citation": "https://x.org/<a>",
                                     "what": "<q>w</q>"}]}]}
    path = folder / "claims.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    widget = Comparer(corpus, claims.load(corpus, path))
    shown = widget.heading.value + widget.appearances.value + widget.caption.value
    assert "<script>" not in shown and "<b>planes</b>" not in shown and "<i>L</i>" not in shown
    assert "<u>" not in shown and "<img" not in shown and "<em>" not in shown
    assert "<s>" not in shown and "<q>" not in shown and "<a>" not in shown
    assert '&lt;<mark class="one-side">script</mark>&gt;' in shown
    assert "Tanks &amp; &lt;b&gt;planes&lt;/b&gt;" in shown and "&lt;i&gt;L&lt;/i&gt;" in shown


def test_the_heading_shows_support_reviews_in_their_words_and_no_rating(corpus, found):
    shown = comparer.heading(found["nato-force"], corpus)
    assert "rating drawn" not in shown and "False" not in shown
    assert "Made by Minsk (the Belarusian authorities) (Belarusian authorities)" in shown
    assert "about NATO and its plans towards Belarus" in shown
    assert "No text offers evidence for it; the claimant offers an argument." in shown
    assert "EUvsDisinfo (2020, <code>euvsdisinfo-force</code>) files it as ‘Disinfo’" in shown
    assert "East StratCom Task Force" in shown
    assert "<b>reasoned argument</b>" in shown
    # What would settle it is folded, so a learner names their own evidence first.
    assert shown.index("<details>") < shown.index(escape(found["nato-force"].would_settle))
    western = comparer.heading(found["no-nato-buildup"], corpus)
    assert "(NATO), 2020-08-16" in western
    assert "No reviewer in the five texts rated this claim." in western
    assert "<b>official statement by a party to the dispute</b>" in western
    # Records outside the texts are marked as such, each with its citation.
    assert "Outside the five texts: public records" in western
    assert "https://www.nato.int/cps/en/natohq/opinions_177561.htm" in western


def test_panel_titles_come_right_under_the_lessons_h2_sections(corpus, found):
    # Lesson sections are h2: an h4 here would skip a level for screen-reader users.
    for side in ("appearances", "denials"):
        html = comparer.panel(found["nato-buildup"], corpus, side)
        assert html.startswith("<h3>") and "<h4" not in html and "<h2" not in html
