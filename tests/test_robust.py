"""Issue 14: bad files get a sentence, catalogs are read strictly, exports are safe to open."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narratives import texts
from narratives.csvcells import FORMULA_STARTS, read_rows, safe, unsafe
from narratives.errors import NarrativesError
from narratives.reading import FileProblem, read_bytes
from narratives.tagging import TagStore, Tagger
from narratives.tagging.tagcsv import from_csv, parse_csv, to_csv
from narratives.techniques import Span, from_ptc, to_ptc
from narratives.techniques.spantagger import SpanTagger
from narratives.texts import Corpus, load, load_file
from narratives.texts.folder import report

ROOT = Path(__file__).resolve().parent.parent
HEADER = "id,file,title,published\n"


def problems(folder):
    ok, text = report(folder)
    assert not ok
    return text


# --- The CLI ------------------------------------------------------------------

def run_check(folder, timeout=60):
    done = subprocess.run([sys.executable, "-m", "narratives", "check", str(folder)],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, done.stdout


def test_check_never_blocks_on_a_fifo_nor_reads_an_endless_device(make_folder):
    folder = make_folder({"good.txt": "A good text."})
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "folder.txt").mkdir()
    status, out = run_check(folder, timeout=30)  # a hang fails here, by the timeout
    assert status == 1
    assert "pipe.txt: is a named pipe (FIFO), not a text file" in out
    assert "zero.txt: is a device, not a text file" in out
    assert "folder.txt: is a folder, not a text file" in out


def test_the_cli_says_a_sentence_and_exits_1_on_a_giant_catalog_cell(make_folder):
    folder = make_folder({"catalog.csv": HEADER + 'a,a.txt,"' + "x" * 200_000 + '",2020\n'
                          "b,b.txt,Title b,2020\n",
                          "a.txt": "Text a.", "b.txt": "Text b."})
    status, out = run_check(folder)
    assert status == 1
    assert "catalog.csv, line 2: a cell is longer than 131,072 characters" in out
    assert "unexpected" not in out


def test_the_cli_says_a_sentence_for_an_empty_folder_name():
    status, out = run_check("")
    assert status == 1 and "The folder name is empty" in out


# --- Reading files ------------------------------------------------------------

def test_a_file_over_the_size_limit_stops_with_a_sentence(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 100)
    with pytest.raises(FileProblem, match="larger than 100 bytes"):
        read_bytes(path, limit=100)
    assert read_bytes(path, limit=500) == b"word " * 100


def test_a_sparse_file_bigger_than_the_limit_is_refused_by_check(make_folder):
    folder = make_folder({"good.txt": "A good text."})
    with open(folder / "huge.txt", "wb") as file:
        file.truncate(20 * 1024 * 1024 + 1)   # sparse: costs no disk
    assert "huge.txt: is larger than 20 MB" in problems(folder)


def test_a_folder_that_cannot_be_listed_is_a_problem(make_folder, monkeypatch):
    folder = make_folder({"a.txt": "Text."})

    def refuse(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "iterdir", refuse)
    assert "cannot be read (Permission denied)" in problems(folder)


@pytest.mark.parametrize("body", ["* * *\n", "\u200b\n", "— — —\n\u200b \n"])
def test_a_text_without_words_fails_check_and_load_file(make_folder, body):
    folder = make_folder({"marks.txt": body, "good.txt": "A good text."})
    assert "marks.txt: has no words outside its boilerplate" in problems(folder)
    with pytest.raises(NarrativesError, match="has no words"):
        load_file(folder / "marks.txt")


def test_upper_case_extensions_load(make_folder):
    folder = make_folder({"LOUD.TXT": "A text in a file named in capitals."})
    assert load(folder).ids == ("LOUD",)


@pytest.mark.parametrize("bad", ["", "  ", 123, None.__class__, ["texts"]])
def test_load_refuses_a_folder_that_is_not_one(bad):
    with pytest.raises(NarrativesError, match="load"):
        load(bad)


def test_corpus_items_out_of_range_say_what_there_is(corpus):
    with pytest.raises(NarrativesError, match="numbered 0 to 4"):
        corpus[99]
    with pytest.raises(NarrativesError, match="no text with id"):
        corpus[["x"]]
    assert corpus[-1].id == "tanks-and-planes"


# --- Catalogs read strictly ------------------------------------------------------

def test_catalog_rows_that_do_not_parse_cleanly_are_problems(make_folder):
    folder = make_folder({
        "catalog.csv": HEADER
        + 'a,a.txt,"A title with "quotes" inside",2020\n'   # a stray quote
        + "b,b.txt,Title, with a comma,2020\n"              # one cell too many
        + "c,../c.txt,Outside,2020\n"                       # outside the folder
        + "d,/etc/hostname,Absolute,2020\n"
        + 'e,e.txt,"Never closed,2020\n'
        + "f,f.txt,Swallowed?,2020\n",
        "a.txt": "Text a.", "b.txt": "Text b.", "e.txt": "Text e.", "f.txt": "Text f."})
    out = problems(folder)
    assert "catalog.csv, line 2: a quote mark in the middle of a cell" in out
    assert "catalog.csv, line 3: 5 cells, but the first line names 4 columns" in out
    assert "catalog.csv, line 4: names '../c.txt', which is outside the folder" in out
    assert "catalog.csv, line 5: names '/etc/hostname', which is outside the folder" in out
    assert "catalog.csv, line 6: a quote mark is never closed" in out


def test_catalog_columns_beyond_ours_are_kept_in_the_row():
    header, rows, found = read_rows("id,file,funding,url\na,a.txt,EU budget,http://x\n")
    assert not found and rows[0][1]["funding"] == "EU budget"


# --- Exports safe to open, and read back as they were -------------------------------

HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
           "'=already quoted", "plain", "'plain quote"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_safe_cells_never_start_a_formula_and_read_back(cell):
    assert not safe(cell).startswith(FORMULA_STARTS)
    assert unsafe(safe(cell)) == cell


def test_tags_csv_is_safe_and_reads_back_with_annotator_and_rationales(corpus):
    store = TagStore(annotator="=cmd|' /C calc'!A0")
    store.set("pravda-bury", 0, {"west-hostile"}, rationale="-2 tanks, +3 planes")
    store.set("pravda-bury", 1, {"none"}, rationale="@everyone\nsecond line")
    text = to_csv(store, corpus)
    for line in text.splitlines()[1:]:
        assert all(not cell.startswith(FORMULA_STARTS) for cell in line.split(","))
    back = from_csv(text, corpus)
    assert back.annotator == store.annotator
    assert back.rationale("pravda-bury", 0) == "-2 tanks, +3 planes"
    assert back.rationale("pravda-bury", 1) == "@everyone second line"


def test_spans_notes_are_safe_and_read_back(corpus):
    span = Span("pravda-bury", "Slogans", 2899, 2919, "=1+1 a formula?")
    line = to_ptc([span], notes=True)
    assert "\t'=1+1" in line
    assert from_ptc(line, corpus)[0].note == "=1+1 a formula?"


def test_a_broken_quote_in_a_tags_csv_swallows_no_row_silently():
    text = ('text_id,sentence,labels,rationale\n'
            'pravda-bury,1,none,"an open quote\n'
            'pravda-bury,2,none,\n')
    tags, found = parse_csv(text)
    assert found and "line 2" in found[0] and "quote" in found[0]
    with pytest.raises(NarrativesError, match="line 2"):
        from_csv(text)


def test_a_giant_cell_in_a_tags_csv_is_a_line_problem():
    text = "text_id,sentence,labels\npravda-bury,1," + "a" * 200_000 + "\n"
    _, found = parse_csv(text)
    assert found == ["line 2: a cell is longer than 131,072 characters. A quote mark is "
                     "probably not closed, so the cell runs on to the end of the file: close it."]


def test_the_tagger_download_says_what_the_file_holds(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.store.set("pravda-bury", 0, {"none"})
    tagger.store.set("pravda-bury", 1, {"none"})
    tagger.store.set("gone-text", 0, {"none"})        # a text not in this corpus
    tagger.store.set("pravda-bury", 999, {"none"})    # a sentence it does not have
    tagger.prepare_download()
    rows = (tmp_path / "tags-ada.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == 2
    assert "2 tags written" in tagger.message.value
    assert "2 tag(s) of sentences that are not in these texts" in tagger.message.value


def test_loading_a_tags_csv_keeps_rationales_and_names_dropped_columns(corpus, tmp_path):
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path)
    tagger.load_csv("text_id,sentence,labels,rationale,confidence\n"
                    "pravda-bury,1,west-hostile,the headline says so,high\n", "mine.csv")
    assert tagger.store.rationale("pravda-bury", 0) == "the headline says so"
    assert "confidence were not loaded" in tagger.message.value


# --- Widgets on texts without sentences -----------------------------------------------

def wordless_corpus(tmp_path):
    from narratives.texts import Text
    return Corpus([Text(id="stars", title="stars", outlet="", outlet_kind="", published="",
                        date_basis="", date_note="", language="en", body="* * *\n",
                        boilerplate=(), path=tmp_path / "stars.txt")])


def test_the_taggers_refuse_texts_without_sentences_with_a_sentence(tmp_path):
    with pytest.raises(NarrativesError, match="no sentences to tag"):
        Tagger(wordless_corpus(tmp_path), annotator="ada", folder=tmp_path)
    with pytest.raises(NarrativesError, match="no sentences to tag"):
        SpanTagger(wordless_corpus(tmp_path), annotator="ada", folder=tmp_path)


def test_the_reader_page_numbers_every_sentence_once(corpus):
    html = texts.to_html(corpus["tanks-and-planes"])
    numbers = [s.number for s in corpus["tanks-and-planes"].sentences]
    assert all(f">{n}</sup>" in html for n in numbers)
    assert html.count('<span class="sentence">') == len(numbers)


# --- Collocations: counted once, scored as NLTK scores them --------------------------

def nltk_collocations(corpus, n, min_count, stopwords):
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    from narratives.words.wordindex import stopword_set, text_index
    paragraphs = [p for text in corpus for p in text_index(text).paragraphs()]
    finder = BigramCollocationFinder.from_documents(paragraphs)
    finder.apply_freq_filter(min_count)
    stop = stopword_set(stopwords)
    finder.apply_word_filter(lambda w: w in stop)
    return [[w1, w2, finder.ngram_fd[(w1, w2)], score]
            for (w1, w2), score in finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)[:n]]


@pytest.mark.parametrize("n, min_count, stopwords", [(10, 2, None), (300, 1, None),
                                                     (200, 2, set()), (50, 3, {"nato"})])
def test_collocations_are_nltks_numbers_in_nltks_order(corpus, n, min_count, stopwords):
    from narratives.words import collocations
    for texts_ in (corpus, list(corpus)[1:3]):
        assert collocations(texts_, n, min_count, stopwords).rows == nltk_collocations(
            texts_, n, min_count, stopwords)


def test_collocations_are_kept_and_handed_out_as_copies(corpus):
    from narratives.words import collocations
    first = collocations(corpus)
    first.rows[0][0] = "changed"
    assert collocations(corpus).rows[0][0] != "changed"


# --- Widgets given the wrong things ---------------------------------------------------

@pytest.mark.parametrize("bad", [None, 123, "texts", ["pravda-bury"]])
def test_every_widget_answers_a_wrong_corpus_with_a_sentence(bad, tmp_path):
    from narratives import claims, words
    from narratives.texts import Reader
    for make in (lambda: Reader(bad), lambda: words.Explorer(bad), lambda: claims.Comparer(bad),
                 lambda: Tagger(bad, annotator="ada", folder=tmp_path),
                 lambda: SpanTagger(bad, annotator="ada", folder=tmp_path)):
        with pytest.raises(NarrativesError, match="is not a corpus"):
            make()


def test_widgets_answer_wrong_ids_and_names_with_a_sentence(corpus, tmp_path):
    from narratives import claims, words
    from narratives.texts import Reader
    with pytest.raises(NarrativesError, match="no text with id"):
        Reader(corpus, "nope")
    with pytest.raises(NarrativesError, match="no claim with id"):
        claims.Comparer(corpus, claim_id=123)
    with pytest.raises(NarrativesError, match="words in quotes"):
        words.Explorer(corpus, 123)
    with pytest.raises(NarrativesError, match="annotator=123"):
        SpanTagger(corpus, annotator=123, folder=tmp_path)


def test_collocations_never_answer_for_texts_loaded_before(tmp_path):
    """Issue 20, item 1: a cache keyed by id() gave a reloaded text the old text's pairs."""
    from narratives.words import collocations
    for round_ in range(100):
        word = ("red", "blue")[round_ % 2]
        (tmp_path / "a.txt").write_text(f"Headline\n\n{word} tanks and {word} tanks.\n",
                                        encoding="utf-8")
        pairs = collocations(texts.load(tmp_path), stopwords=set()).rows
        assert [word, "tanks", 2] in [row[:3] for row in pairs], (round_, pairs)
