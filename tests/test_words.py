"""narratives.words: counts, keyness, concordance, dispersion, descriptions and the Explorer."""

import gc
import math
import os
import weakref
from collections import Counter

import pytest

from narratives import NarrativesError, texts, words
from narratives.words import wordindex
from narratives.display import Table
from narratives.texts.sentences import token_spans
from narratives.words.wordindex import normalize, text_index


def tokens_with_spans(text):
    """Every (normalized word, start, end) of a text, the slow and obvious way."""
    return [(normalize(text.body[s:e]), s, e) for start, end in text.content_spans
            for s, e in token_spans(text.body, start, end)]


# -- counting ------------------------------------------------------------------

def test_counts_are_a_counter_of_the_lowercased_tokens(corpus):
    for text in corpus:
        expected = Counter(normalize(t) for t in text.tokens)
        entry = text_index(text)
        assert entry.counts == expected, text.id
        assert entry.total == len(text.tokens)
    # Curly and straight apostrophes are one word; case does not matter.
    assert text_index(corpus["tanks-and-planes"]).counts["nato's"] == 2


def test_a_text_whose_lower_case_changes_length_is_counted_the_same(make_folder):
    # "İ".lower() is two characters, so offsets in a lower-cased copy would shift.
    text = texts.load(make_folder({"a.txt": "İstanbul and NATO\nNATO’s İstanbul office"}))[0]
    entry = text_index(text)
    assert not entry.same_places
    assert entry.counts == Counter(normalize(t) for t in text.tokens)
    assert [text.body[s:e] for s, e in entry.places("nato's")] == ["NATO’s"]


def test_places_are_exactly_where_the_tokenizer_finds_each_word(corpus):
    for text in corpus:
        found = tokens_with_spans(text)
        entry = text_index(text)
        for word in set(w for w, _, _ in found):
            assert entry.places(word) == [(s, e) for w, s, e in found if w == word], word
            assert entry.positions(word) == [entry.position(s) for s, _ in entry.places(word)]
    # A word inside a longer token is not found: "aggressive" in "ever-aggressive".
    force = text_index(corpus["euvsdisinfo-force"])
    assert force.places("aggressive") == [] and len(force.places("ever-aggressive")) == 1


def test_counts_are_made_once_and_queries_never_tokenize_again(corpus, monkeypatch):
    entry = text_index(corpus[0])
    assert text_index(corpus[0]) is entry
    words.index(corpus)

    class NoMoreTokenizing:
        fullmatch = wordindex.WORD.fullmatch   # checking a word asked for is fine

        def __getattr__(self, name):
            raise AssertionError("a query tokenized a text again")
    monkeypatch.setattr(wordindex, "WORD", NoMoreTokenizing())
    words.frequencies(corpus, ["nato", "regime"], by="outlet_kind")
    words.keyness(corpus["pravda-bury"], [corpus[0], corpus[2]])
    words.top_words(corpus, n=5)
    words.concordance(corpus, "regime")
    words.dispersion(corpus, "nato")


def test_an_index_goes_with_its_text_even_after_a_keyness_query(make_folder):
    corpus = texts.load(make_folder({"a.txt": "nato nato said", "b.txt": "said nato"}))
    words.keyness(corpus["a"], corpus["b"], min_count=1)   # keeps the groups' sums
    entry = weakref.ref(text_index(corpus["a"]))
    del corpus
    gc.collect()
    assert entry() is None


# -- frequencies and grouping --------------------------------------------------

def test_frequencies_per_text_hand_checked(corpus):
    table = words.frequencies(corpus, ["Regime", "aggression"])
    assert table.columns == ["word", "text", "count", "total", "per_1000"]
    assert table.counts("regime") == {"euvsdisinfo-force": 1, "bogus-threat": 3,
                                      "euvsdisinfo-flights": 0, "pravda-bury": 0,
                                      "tanks-and-planes": 0}
    total = len(corpus["bogus-threat"].tokens)
    assert table.per_1000("regime")["bogus-threat"] == pytest.approx(3 * 1000 / total)
    assert set(table.counts("aggression").values()) == {0}


def test_grouping_by_a_catalog_column_adds_up_its_texts(corpus):
    table = words.frequencies(corpus, "nato", by="outlet_kind")
    per_text = words.frequencies(corpus, "nato").counts("nato")
    fact_checks = per_text["euvsdisinfo-force"] + per_text["euvsdisinfo-flights"]
    assert table.counts("nato")["EU government communication unit"] == fact_checks
    size = len(corpus["euvsdisinfo-force"].tokens) + len(corpus["euvsdisinfo-flights"].tokens)
    assert table.rows[0][3] == size
    per_1000 = table.per_1000("nato")["EU government communication unit"]
    assert per_1000 == pytest.approx(1000 * fact_checks / size)
    assert list(table.counts("nato")) == ["EU government communication unit", "state-funded foreign broadcaster",
                                          "Russian privately owned online outlet", "US privately owned news website"]


def test_grouping_by_the_learners_own_groups(corpus):
    mine = {"about the rally": ["tanks-and-planes", "bogus-threat"], "later": ["pravda-bury"]}
    table = words.frequencies(corpus, ["protesters"], by=mine)
    assert table.columns[1] == "group"
    assert table.counts("protesters") == {"about the rally": 3, "later": 0}


@pytest.mark.parametrize("by, message", [
    ("colour", "There is no catalog column 'colour'"),
    ({"mine": ["no-such-text"]}, "Group 'mine' names 'no-such-text'"),
    ({"empty": []}, "Group 'empty' has no texts"),
    (42, "`by` should be None"),
])
def test_bad_groupings_are_explained(corpus, by, message):
    with pytest.raises(NarrativesError, match=message):
        words.frequencies(corpus, "nato", by=by)


@pytest.mark.parametrize("bad", ["tanks and planes", [], ["nato", 3], "<b>"])
def test_bad_words_are_explained(corpus, bad):
    with pytest.raises(NarrativesError):
        words.frequencies(corpus, bad)


# -- stopwords -------------------------------------------------------------------

def test_the_stopword_file_is_read_with_comments_and_reread_after_an_edit(tmp_path):
    path = tmp_path / "stopwords-en.txt"
    path.write_text("# a comment\nThe\n\n  of  \nit’s\n", encoding="utf-8")
    assert words.stopwords(path) == {"the", "of", "it's"}
    path.write_text("the\nnato\n", encoding="utf-8")
    os.utime(path, ns=(1, 2_000_000_000))   # a new modification time, as a save gives
    assert words.stopwords(path) == {"the", "nato"}
    with pytest.raises(NarrativesError, match="There is no stopword list"):
        words.stopwords(tmp_path / "missing.txt")


def test_the_shipped_list_keeps_negation(corpus):
    shipped = words.stopwords()
    assert {"the", "of", "and", "it's"} <= shipped
    assert not {"no", "not", "nato"} & shipped


def test_top_words_with_and_without_stopwords(corpus):
    text = corpus["pravda-bury"]
    every = words.top_words(text, n=3, stopwords=set())
    assert every.column("word") == ["the", "of", "to"]       # "of" and "to": 26 each
    assert every.column("count") == [50, 26, 26]
    assert words.top_words(text, n=2).column("word") == ["belarus", "nato"]
    mine = {"the", "of", "to", "belarus"}
    assert words.top_words(text, n=2, stopwords=mine).column("word") == ["nato", "and"]


# -- keyness ---------------------------------------------------------------------

def test_g2_and_log_ratio_by_hand():
    # a=10 in c=100 words, b=2 in d=200: E1 = 100*12/300 = 4, E2 = 200*12/300 = 8.
    # G2 = 2*(10 ln(10/4) + 2 ln(2/8)) = 2*(9.16291 - 2.77259) = 12.78064.
    assert words.g2(10, 2, 100, 200) == pytest.approx(12.78064, abs=1e-5)
    # Log Ratio = log2((10/100) / (2/200)) = log2(10) = 3.32193.
    assert words.log_ratio(10, 2, 100, 200) == pytest.approx(3.32193, abs=1e-5)
    # Both groups alike: nothing to see.
    assert words.g2(5, 10, 100, 200) == pytest.approx(0)
    assert words.log_ratio(5, 10, 100, 200) == pytest.approx(0)


def test_keyness_against_a_hand_computation(make_folder):
    folder = make_folder({"a.txt": "nato nato nato nato west west west said said said",
                          "b.txt": "nato nato " + "said " * 18})
    corpus = texts.load(folder)
    table = words.keyness(corpus["a"], [corpus["b"]], min_count=3, stopwords=set())
    assert table.columns == ["word", "count_a", "count_b", "g2", "log_ratio"]
    # c = 10 words in A, d = 20 in B.
    # nato: a=4, b=2. E1 = 10*6/30 = 2, E2 = 20*6/30 = 4.
    #   G2 = 2*(4 ln(4/2) + 2 ln(2/4)) = 2*(4 ln 2 - 2 ln 2) = 4 ln 2 = 2.77259
    #   Log Ratio = log2((4/10) / (2/20)) = log2(4) = 2
    # west: a=3, b=0. E1 = 10*3/30 = 1; the b term is 0.
    #   G2 = 2*(3 ln 3) = 6 ln 3 = 6.59167
    #   Log Ratio with 0 read as 0.5 = log2((3/10) / (0.5/20)) = log2(12) = 3.58496
    # said: 3 in 10 against 18 in 20, relatively rarer in A: not key to A.
    assert [row[:3] for row in table.rows] == [["west", 3, 0], ["nato", 4, 2]]
    assert table.rows[0][3] == pytest.approx(6 * math.log(3))
    assert table.rows[0][4] == pytest.approx(math.log2(12))
    assert table.rows[1][3] == pytest.approx(4 * math.log(2))
    assert table.rows[1][4] == pytest.approx(2.0)
    assert words.keyness(corpus["a"], corpus["b"], min_count=4).column("word") == ["nato"]
    assert words.keyness(corpus["b"], corpus["a"]).column("word") == ["said"]
    assert words.keyness(corpus["a"], corpus["b"], stopwords={"west"}).column("word") == ["nato"]


def test_keyness_of_the_workbook_texts_is_sorted_and_leaves_out_stopwords(corpus):
    table = words.keyness(corpus["pravda-bury"], [corpus["euvsdisinfo-force"],
                                                  corpus["euvsdisinfo-flights"]])
    assert table.column("word")[0] == "russia"
    assert table.column("g2") == sorted(table.column("g2"), reverse=True)
    assert not set(table.column("word")) & words.stopwords()
    assert all(a >= 3 for a in table.column("count_a"))


def test_keyness_refuses_overlapping_groups_and_bad_min_counts(corpus):
    with pytest.raises(NarrativesError, match="cannot be in both groups: pravda-bury"):
        words.keyness(corpus["pravda-bury"], corpus)
    with pytest.raises(NarrativesError, match="min_count"):
        words.keyness(corpus[0], corpus[1], min_count=0)
    with pytest.raises(NarrativesError, match="group B"):
        words.keyness(corpus[0], [])


# -- concordance, dispersion, collocations ---------------------------------------

def test_concordance_rows_point_at_the_word_in_the_body(corpus):
    lines = words.concordance(corpus, "NATO", width=30)
    assert len(lines) == sum(text_index(t).counts["nato"] for t in corpus)
    for text_id, start, end, left, match, right in lines:
        body = corpus[text_id].body
        assert body[start:end] == match and match.lower() == "nato"
        assert body[start - len(left):start] == left and len(left) <= 30
        assert body[end:end + len(right)] == right and len(right) <= 30
        assert "\n" not in left + right      # context stays in the paragraph
    assert len(words.concordance(corpus, "nato", limit=3)) == 3
    curly = words.concordance(corpus, "nato's")
    assert {row[4] for row in curly} == {"NATO's", "NATO’s"}


def test_concordance_prints_aligned_and_shows_escaped_html(make_folder):
    corpus = texts.load(make_folder({"a.txt": "Say <script>alert(1)</script> NATO now."}))
    lines = words.concordance(corpus, "nato", width=12)
    assert str(lines).splitlines()[2] == "a        30   34  1)</script>   NATO    now."
    html = lines._repr_html_()
    assert "<script>" not in html and "&lt;/script&gt;" in html
    assert "<mark>NATO</mark>" in html
    assert "no lines" in str(words.concordance(corpus, "regime"))


def test_dispersion_positions_by_hand(make_folder):
    corpus = texts.load(make_folder({"a.txt": "one two three\n\nfour nato\nnato"}))
    table = words.dispersion(corpus, "nato")
    # Content: "one two three" (13), "four nato" (9), "nato" (4): 26 characters.
    # The first "nato" has 13 + 5 = 18 characters before it, the second 22.
    assert table.columns == ["word", "text", "start", "end", "position"]
    assert [row[:4] for row in table.rows] == [("nato", "a", 20, 24), ("nato", "a", 25, 29)]
    assert table.column("position") == pytest.approx([18 / 26, 22 / 26])


def test_dispersion_leaves_boilerplate_out(corpus):
    positions = words.dispersion(corpus, ["nato", "regime"]).column("position")
    assert all(0 <= p < 1 for p in positions)
    # "Pravda" twice in the body: "told Pravda. Ru" and the boilerplate subscribe line.
    assert corpus["pravda-bury"].body.count("Pravda") == 2
    assert len(words.dispersion(corpus["pravda-bury"], "pravda")) == 1
    assert "telegram" not in text_index(corpus["pravda-bury"]).counts


def test_collocations_need_two_sightings_and_stay_in_a_paragraph(make_folder):
    corpus = texts.load(make_folder({
        "a.txt": "peaceful protest here\npeaceful protest there\nsecurity forces",
        "b.txt": "the security\nforces of the state"}))
    table = words.collocations(corpus, stopwords=set())
    assert table.columns == ["first", "second", "count", "score"]
    assert [row[:3] for row in table.rows] == [["peaceful", "protest", 2]]
    # "security forces" once in a line and once across a line break: seen once.
    assert words.collocations(corpus, min_count=1, stopwords={"the", "of"}).rows


def test_find_words_shows_the_forms_a_count_would_miss(corpus):
    assert words.find_words(corpus, "Aggress").rows == [["aggressive", 2],
                                                        ["ever-aggressive", 1]]


# -- descriptions ------------------------------------------------------------------

def test_frequency_description_is_one_sentence_naming_the_peaks():
    table = Table(["word", "text", "count", "total", "per_1000"],
                  [["nato", "a", 2, 100, 20.0], ["nato", "b", 1, 50, 20.0],
                   ["rats", "a", 0, 100, 0.0], ["rats", "b", 0, 50, 0.0]])
    assert words.describe_frequencies(table) == (
        "Bar chart of uses per 1,000 words in 2 texts: 'nato' is most frequent in a and b "
        "(20.00 per 1,000 words); 'rats' does not occur.")


def test_dispersion_description_counts_uses_and_halves():
    table = Table(["word", "text", "start", "end", "position"],
                  [["nato", "a", 0, 4, 0.1], ["nato", "a", 9, 13, 0.7],
                   ["nato", "b", 3, 7, 0.2]])
    assert words.describe_dispersion(table, ["a", "b", "c"]) == (
        "Dispersion plot of where words fall in 3 texts, from start to end: 'nato' occurs "
        "3 times in 2 of them, 2 in the first half of its text.")


# -- the widget, without a kernel ----------------------------------------------------

def key_buttons(explorer):
    return [row.children[0] for row in explorer.key_words.children if row.children]


def test_explorer_redraws_the_chart_and_concordance_when_a_word_is_typed(corpus):
    explorer = words.Explorer(corpus)
    first_png = explorer.chart.outputs[0]["data"]["text/html"]
    explorer.words.value = "regime"
    data = explorer.chart.outputs[0]["data"]
    assert data["text/html"] != first_png
    assert data["text/plain"] == words.describe_frequencies(words.frequencies(corpus, "regime"))
    assert "&#x27;regime&#x27; is most frequent in bogus-threat" in explorer.description.value
    assert "4 concordance lines for 'regime'" in explorer.concordance.value
    assert explorer.concordance.value.count("<mark>") == 4
    assert repr(explorer) == "<Explorer of 5 texts, showing 'regime'>"


def test_explorer_measure_grouping_and_texts(corpus):
    explorer = words.Explorer(corpus, words="nato")
    explorer.measure.value = "dispersion"
    assert explorer.chart.outputs[0]["data"]["text/plain"].startswith("Dispersion plot")
    explorer.measure.value = "frequency"
    explorer.grouping.value = "outlet_kind"
    assert "in 4 groups (outlet_kind)" in explorer.description.value
    assert explorer.group_a.options == ("EU government communication unit", "state-funded foreign broadcaster",
                                        "Russian privately owned online outlet", "US privately owned news website")
    explorer.texts.value = ("pravda-bury",)
    assert "in 1 groups" in explorer.description.value
    explorer.texts.value = ()
    assert "Tick at least one text" in explorer.description.value
    assert explorer.chart.outputs == ()


def test_clicking_a_key_word_follows_it_in_every_panel(corpus):
    explorer = words.Explorer(corpus, grouping="outlet_kind")
    explorer.group_a.value = "Russian privately owned online outlet"
    explorer.group_b.value = "EU government communication unit"
    buttons = key_buttons(explorer)
    expected = words.keyness(corpus["pravda-bury"], [corpus[0], corpus[2]],
                             min_count=2).column("word")[:10]
    assert [b.description for b in buttons] == expected
    buttons[0].click()
    assert explorer.words.value == "russia"
    assert "13 concordance lines for 'russia'" in explorer.concordance.value
    assert "&#x27;russia&#x27; is most frequent in Russian privately owned online outlet" in \
        explorer.description.value
    explorer.group_b.value = "Russian privately owned online outlet"
    assert "Pick two different groups" in explorer.key_words.children[0].value


def test_explorer_explains_bad_input_escaped(corpus):
    explorer = words.Explorer(corpus)
    explorer.words.value = "<b>tanks</b>"
    assert "&#x27;&lt;b&gt;tanks&lt;/b&gt;&#x27; is not one word" in explorer.description.value
    assert explorer.chart.outputs == () and explorer.concordance.value == ""
    explorer.words.value = "tanks, planes"
    assert "&#x27;tanks&#x27; is most frequent in tanks-and-planes" in explorer.description.value


@pytest.mark.parametrize("measure", ["frequency", "dispersion"])
def test_a_kept_chart_draws_the_same_as_a_new_one(corpus, measure):
    kept = words.Explorer(corpus, words="nato")
    kept.measure.value = measure
    kept.words.value = "regime, russia"          # axes kept, only the data redrawn
    fresh = words.Explorer(corpus, words="regime, russia")
    fresh.measure.value = measure
    assert kept.chart.outputs[0]["data"]["text/html"] == \
        fresh.chart.outputs[0]["data"]["text/html"]


def test_the_index_keeps_no_lower_cased_copy_of_the_body(corpus):
    entry = text_index(corpus["pravda-bury"])
    kept = [value for value in vars(entry).values() if isinstance(value, str)]
    assert kept == [corpus["pravda-bury"].body] and kept[0] is corpus["pravda-bury"].body
    assert entry.places("nato") and all(corpus["pravda-bury"].body[s:e].lower() == "nato"
                                        for s, e in entry.places("nato"))


def test_concordance_rows_are_kept_as_made(corpus):
    lines = words.concordance(corpus, "nato")
    assert all(type(row) is tuple for row in lines.rows)
    assert lines.column("match")[:2] == [row[4] for row in lines.rows[:2]]


def test_the_explorer_draws_its_frame_once_and_the_same_chart_as_a_full_draw(corpus):
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for measure in ("frequency", "dispersion"):
        explorer = words.Explorer(corpus)
        explorer.measure.value = measure
        for word in ["regime", "nato, rats", "russia"]:   # the scale changes each time
            explorer.words.value = word
        figure = explorer._ax.figure
        # The first chart of this kind, then three words: one frame, four charts.
        assert figure.canvas.frames_drawn == 1 and figure.canvas.updates_drawn == 4
        quick = io.BytesIO()
        figure.savefig(quick, format="png")
        FigureCanvasAgg(figure)   # an ordinary canvas: everything drawn again
        full = io.BytesIO()
        figure.savefig(full, format="png")
        from PIL import Image
        assert Image.open(quick).tobytes() == Image.open(full).tobytes(), measure


def test_repeated_frequencies_are_the_counts_and_are_freed_with_their_corpus(make_folder):
    from narratives.words import frequency

    folder = make_folder({"a.txt": "NATO and NATO. Regime.", "b.txt": "Regime, regime; nato"})
    corpus = texts.load(folder)
    for _ in range(2):   # the second time from what the first kept
        assert words.frequencies(corpus, ["nato", "regime", "absent"]).rows == [
            ("nato", "a", 2, 4, 500.0), ("nato", "b", 1, 3, 1000 / 3),
            ("regime", "a", 1, 4, 250.0), ("regime", "b", 2, 3, 2000 / 3),
            ("absent", "a", 0, 4, 0.0), ("absent", "b", 0, 3, 0.0)]
    assert words.frequencies(list(corpus), "nato").counts("nato") == {"a": 2, "b": 1}
    kept, before = weakref.ref(corpus), len(frequency._KEPT)
    assert corpus in frequency._KEPT
    del corpus
    gc.collect()
    assert kept() is None and len(frequency._KEPT) == before - 1
