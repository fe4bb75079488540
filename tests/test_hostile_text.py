"""Issue 20: a learner's text as it comes. Decomposed letters, marks that belong to
their word, old Mac line endings, "$" in a file name, and a "word" of millions of
letters: each is read as a reader would read it, and nothing stops a chart."""

import unicodedata

import pytest

from narratives import texts, words
from narratives.charts import LONGEST_LABEL, chart_html
from narratives.tagging import TagStore, plot_by_text
from narratives.techniques import find_span
from narratives.texts import load, load_file, to_html
from narratives.texts.folder import report
from narratives.texts.sentences import tokens
from narratives.words.explorer import Explorer
from narratives.words import wholeword
from narratives.words.wholeword import find_whole_word, whole_word

RUSSIAN = "НАТО стягивает войска к границе. Войска НАТО стоят у границы."
FRENCH = "Le ministère a démenti. Le ministère de la Défense a répondu."
HINDI = "नाटो ने इनकार किया। नाटो की सेना सीमा पर नहीं है।"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def saved(folder, name, body, encoding="utf-8"):
    path = folder / name
    path.write_bytes(body.encode(encoding))
    return path


# --- Unicode as it comes (item 5) -----------------------------------------------

@pytest.mark.parametrize("body, word", [(RUSSIAN, "войска"), (FRENCH, "ministère"),
                                         (HINDI, "नाटो")])
def test_decomposed_text_counts_like_composed_text(tmp_path, body, word):
    composed = load_file(saved(tmp_path, "composed.txt", f"Title\n{body}\n"))
    decomposed = load_file(saved(tmp_path, "decomposed.txt", f"Title\n{nfd(body)}\n"))
    assert decomposed.tokens == composed.tokens
    assert word in {w.lower() for w in decomposed.tokens}
    # Typed either way, the word is found in the text saved either way.
    for query in (word, nfd(word)):
        assert len(words.concordance([decomposed], query).rows) == 2
        assert find_span(decomposed, query).text.lower() == word


def test_words_with_combining_marks_stay_whole():
    assert tokens(HINDI) == ["नाटो", "ने", "इनकार", "किया", "नाटो", "की", "सेना", "सीमा", "पर",
                             "नहीं", "है"]
    # A word is not found inside a longer one that only adds a mark.
    assert list(find_whole_word("नाट", "नाटो नाट")) == [(5, 8)]


def test_a_folder_of_decomposed_texts_is_ready_and_counts_whole_words(tmp_path):
    saved(tmp_path, "ru.txt", f"Заголовок\n{nfd(RUSSIAN)}\n")
    saved(tmp_path, "hi.txt", f"शीर्षक\n{HINDI}\n")
    ok, _ = report(tmp_path)
    assert ok
    corpus = load(tmp_path)
    counts = words.frequencies(corpus, ["войска", "नाटो"])
    assert {(row[1], row[0]): row[2] for row in counts.rows} == {
        ("hi", "войска"): 0, ("hi", "नाटो"): 2, ("ru", "войска"): 2, ("ru", "नाटो"): 0}


# --- Old Mac line endings (item 12) -----------------------------------------------

def test_a_lone_carriage_return_ends_a_line(tmp_path):
    text = load_file(saved(tmp_path, "mac.txt",
                           "Tanks at the border\rNATO denied it.\rLukashenko repeated it.\r"))
    assert text.title == "Tanks at the border"
    assert [s.text for s in text.sentences] == ["Tanks at the border", "NATO denied it.",
                                                "Lukashenko repeated it."]
    assert "borderNATO" not in to_html(text)
    # Windows line endings are left as they were, and split lines the same way.
    windows = load_file(saved(tmp_path, "win.txt", "Tanks at the border\r\nNATO denied it.\r\n"))
    assert [s.text for s in windows.sentences] == ["Tanks at the border", "NATO denied it."]


# --- "$" is a character, not mathematics (item 8) ----------------------------------

@pytest.fixture
def dollar_corpus(tmp_path):
    saved(tmp_path, "p$\\frac$.txt", "Title\nNATO tanks. NATO planes.\n")
    saved(tmp_path, "cost $5 and $6.txt", "Title\nNATO tanks at the border.\n")
    return load(tmp_path)


def drawn_texts(figure):
    from matplotlib.text import Text

    chart_html(figure, "A chart.")
    return [t for t in figure.findobj(Text) if t.get_text()]


def test_charts_draw_a_dollar_sign_as_written(dollar_corpus):
    ids = dollar_corpus.ids
    charts = [words.plot_frequencies(words.frequencies(dollar_corpus, ["nato", "tanks"])),
              words.plot_dispersion(words.dispersion(dollar_corpus, ["nato"]), ids)]
    store = TagStore()
    store.update({(t.id, 0): {"none"} for t in dollar_corpus})
    charts.append(plot_by_text(store, dollar_corpus))
    for chart in charts:
        figure = getattr(chart, "figure", chart)
        shown = drawn_texts(figure)
        assert all(not t.get_parse_math() for t in shown)
        labels = " ".join(t.get_text() for t in shown)
        assert "cost $5 and $6" in labels or "p$\\frac$" in labels


def test_the_explorer_draws_a_dollar_id(dollar_corpus):
    explorer = Explorer(dollar_corpus)
    explorer.words.value = "nato"
    html = explorer.chart.outputs[0]["data"]["text/html"]
    assert html.startswith("<div") and "base64" in html


# --- A "word" of millions of letters (item 13) -----------------------------------

def test_a_huge_word_is_found_without_a_huge_pattern(tmp_path):
    huge = "a" * 2_000_000
    text = load_file(saved(tmp_path, "huge.txt", f"Title\n{huge} end. x{huge}\n"))
    lines = words.concordance([text], huge).rows
    assert [(row[1], row[2]) for row in lines] == [(6, 6 + len(huge))]
    figure = words.plot_frequencies(words.frequencies([text], [huge])).figure
    assert max(len(t.get_text()) for t in drawn_texts(figure)) <= LONGEST_LABEL


def test_the_long_word_finder_agrees_with_the_pattern(monkeypatch):
    body = "nato nato's ever-nato nato-led xnato nato’ nato natonato 'nato' nato- नाटो"
    expected = {word: [m.span() for m in whole_word(word, marks=True).finditer(body)]
                for word in ("nato", "nato's", "ever-nato", "नाट")}
    monkeypatch.setattr(wholeword, "LONGEST_PATTERN", 0)   # every word found the long way
    for word, spans in expected.items():
        assert list(find_whole_word(word, body)) == spans, word
