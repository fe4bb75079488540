"""The workbook's objects hand over to NLTK and back (narratives.words.tonltk).

A text gives its words and an `nltk.Text`; counts become `FreqDist` and
`ConditionalFreqDist`; a folder of a learner's own texts loads into NLTK's
`PlaintextCorpusReader` with the same sentences and words, once the folder is
allowed the way NLTK 3.10's guard asks. `make nltk-versions` runs this file
under the oldest NLTK allowed as well.
"""

import nltk
import pytest

from narratives import NarrativesError, texts, words
from narratives.paths import MY_TEXTS
from narratives.words import tonltk

GUARDED = hasattr(nltk, "pathsec")   # NLTK 3.10 guards file access; 3.9 does not


@pytest.fixture(autouse=True)
def own_data_path(monkeypatch):
    """Folders allowed by one test are not allowed in the next."""
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))


def test_a_text_gives_its_words_and_an_nltk_text(corpus):
    text = corpus["tanks-and-planes"]
    found = tonltk.word_list(text)
    assert found == [w.lower().replace("’", "'") for w in text.tokens]
    assert "belarus's" in found and "Belarus’s" not in found
    as_text = tonltk.nltk_text(text)
    assert isinstance(as_text, nltk.Text) and list(as_text) == found
    assert as_text.name == "tanks-and-planes"
    assert len(as_text.concordance_list("nato", lines=100)) == \
        len(words.concordance(text, "nato").rows)


def test_counts_are_a_freqdist_and_by_text_a_conditional_freqdist(corpus):
    counts = tonltk.freqdist(corpus["pravda-bury"])
    assert isinstance(counts, nltk.FreqDist)
    assert counts.N() == 708 and counts["nato"] == 21
    assert [w for w, _ in counts.most_common(50)
            if w not in words.stopwords()][:3] == ["belarus", "nato", "russia"]
    table = tonltk.conditional_freqdist(corpus)
    assert isinstance(table, nltk.ConditionalFreqDist)
    assert table.conditions() == list(corpus.ids)
    assert {t: table[t]["regime"] for t in corpus.ids} == \
        words.frequencies(corpus, "regime").counts("regime")
    by_kind = tonltk.conditional_freqdist(corpus, by="outlet_kind")
    assert {k: by_kind[k]["nato"] for k in by_kind.conditions()} == \
        words.frequencies(corpus, "nato", by="outlet_kind").counts("nato")


def test_the_tokenizers_are_nltks_with_the_workbooks_rules():
    tokenizer = tonltk.word_tokenizer()
    assert isinstance(tokenizer, nltk.RegexpTokenizer)
    line = "NATO’s build-up, 30 flights; Лукашенко сказал."
    assert tokenizer.tokenize(line) == texts.sentences.tokens(line)
    punkt = tonltk.punkt()
    assert isinstance(punkt, nltk.PunktSentenceTokenizer)
    assert punkt.tokenize("Mr. Smith came in Aug. 2020. He left.") == \
        ["Mr. Smith came in Aug. 2020.", "He left."]


def test_a_learners_folder_needs_allowing_under_nltks_guard(make_folder):
    folder = make_folder({"mine.txt": "A title\n\nThey said so. We did not.\n"})
    if GUARDED:
        with pytest.raises(PermissionError, match="Unauthorized path|CWD access"):
            nltk.corpus.reader.PlaintextCorpusReader(str(folder), r".*\.txt")
    reader = tonltk.corpus_reader(folder)
    assert str(folder.resolve()) in nltk.data.path
    assert [list(s) for s in reader.sents("mine.txt")] == [["A", "title"], ["They", "said", "so"],
                                                            ["We", "did", "not"]]


def test_my_texts_load_into_nltks_reader_with_the_same_sentences_and_words():
    reader = tonltk.corpus_reader(MY_TEXTS)
    mine = texts.load(MY_TEXTS)
    assert [f[:-len(".txt")] for f in reader.fileids()] == sorted(mine.ids)
    for text in mine:
        fileid = text.id + ".txt"
        assert list(reader.words(fileid)) == list(text.tokens)
        assert [list(s) for s in reader.sents(fileid)] == \
            [texts.sentences.tokens(s.text) for s in text.sentences]


def test_a_folder_that_is_not_there_gets_a_sentence(tmp_path):
    with pytest.raises(NarrativesError, match="There is no folder"):
        tonltk.corpus_reader(tmp_path / "missing")
    with pytest.raises(NarrativesError, match="not a folder path"):
        tonltk.allow_folder(42)


def test_a_file_with_a_byte_order_mark_and_windows_line_ends_reads_the_same(make_folder):
    folder = make_folder({
        "windows.txt": "\ufeffA title here\r\n\r\nMr. Smith said so. We did not!\r\nNew line.\r\n"
                       .encode("utf-8"),
        "quotes.txt": "Café naïve.\n\n“Tanks!” he said. No.\n"})
    reader = tonltk.corpus_reader(folder)
    for text in texts.load(folder):
        fileid = text.id + ".txt"
        assert list(reader.words(fileid)) == list(text.tokens)
        assert [list(s) for s in reader.sents(fileid)] == \
            [texts.sentences.tokens(s.text) for s in text.sentences]
    assert [list(s) for s in reader.sents("windows.txt")][1] == ["Mr", "Smith", "said", "so"]
