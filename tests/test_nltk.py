"""The workbook's figures equal NLTK's on the five texts, or differ only as documented.

Each comparison below returns the differences it finds between what the
workbook's own code gives (through the functions lessons call) and what NLTK
gives from the same words: counts, concordance lines, collocations with their
scores, sentences, agreement. NLTK's side starts from the texts' lines, split
with NLTK's RegexpTokenizer and the pattern read from the package (so that it
follows if the package's word pattern changes). Documented differences:
boilerplate lines (captions, bylines, notices) are left out on both sides;
a workbook concordance line's context stops at its paragraph.

Every comparison is run twice: on the workbook as it is (no difference), and
with a planted difference, one figure off by one, which it must catch.
"""

import importlib

import nltk
import pytest
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import masi_distance
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from narratives import tagging, texts, words
from narratives.texts import sentences as splitter
from narratives.words import frequency, wordindex

# Modules whose names their packages also give to a function.
agreement_module = importlib.import_module("narratives.tagging.agreement")
concordance_module = importlib.import_module("narratives.words.concordance")

SAME_PUNKT = tuple(int(p) for p in nltk.__version__.split(".")[:3]) >= (3, 10, 2)


# --------------------------------------------------------------- NLTK's side

def content_lines(text):
    """`(start, line)` of each line of the body that is not boilerplate."""
    skip = {b.line for b in text.boilerplate}
    at = 0
    for number, line in enumerate(text.body.split("\n"), start=1):
        if number not in skip:
            yield at, line
        at += len(line) + 1


def nltk_tokens(text):
    """`(start, word)` of every word, as NLTK's RegexpTokenizer finds it, lower-cased."""
    tokenizer = nltk.RegexpTokenizer(splitter.WORD.pattern, flags=splitter.WORD.flags)
    return [(at + s, line[s:e].lower().replace("’", "'"))
            for at, line in content_lines(text) for s, e in tokenizer.span_tokenize(line)]


def nltk_paragraphs(text):
    tokenizer = nltk.RegexpTokenizer(splitter.WORD.pattern, flags=splitter.WORD.flags)
    found = [[w.lower().replace("’", "'") for w in tokenizer.tokenize(line)]
             for _, line in content_lines(text)]
    return [p for p in found if p]


# --------------------------------------------------------------- comparisons

def count_differences(corpus):
    """Each text's word counts and size: `words.top_words` against NLTK's FreqDist."""
    found = []
    for text in corpus:
        theirs = nltk.FreqDist(word for _, word in nltk_tokens(text))
        ours = {word: count for word, count, _ in
                words.top_words(text, n=10 ** 6, stopwords=set()).rows}
        if ours != dict(theirs):
            found.append((text.id, sorted(set(ours.items()) ^ set(theirs.items()))[:5]))
        size = words.frequencies(text, "nato").rows[0][3]
        if size != theirs.N():
            found.append((text.id, "size", size, theirs.N()))
    table = nltk.ConditionalFreqDist((text.outlet_kind, word) for text in corpus
                                     for _, word in nltk_tokens(text))
    for word in ("nato", "regime", "russia", "the"):
        ours = words.frequencies(corpus, word, by="outlet_kind").counts(word)
        theirs = {kind: table[kind][word] for kind in table.conditions()}
        if ours != theirs:
            found.append((word, ours, theirs))
    return found


def concordance_differences(corpus, ask=("nato", "regime", "force", "the", "belarus's",
                                         "defensive", "no", "2020")):
    """Concordance lines: where each is, and its context words, against Text.concordance_list.

    The workbook's context is `width` characters cut at the paragraph's end; NLTK's
    is width // 4 tokens on each side, across paragraphs. So the workbook's whole
    context words must end NLTK's left context and begin its right one.
    """
    found = []
    for text in corpus:
        tokens = nltk_tokens(text)
        nltk_text = nltk.Text([word for _, word in tokens])
        for word in ask:
            ours = words.concordance(text, word, width=40).rows
            theirs = nltk_text.concordance_list(word, width=200, lines=10 ** 6)
            if len(ours) != len(theirs):
                found.append((text.id, word, len(ours), len(theirs)))
                continue
            for row, line in zip(ours, theirs):
                _, start, end, left, match, right = row
                left_words = [w.lower().replace("’", "'")
                              for w in splitter.WORD.findall(left)][1:]   # the first may be cut
                right_words = [w.lower().replace("’", "'")
                               for w in splitter.WORD.findall(right)][:-1]
                same_word = match.lower().replace("’", "'") == line.query
                if (start != tokens[line.offset][0] or not same_word
                        or line.left[len(line.left) - len(left_words):] != left_words
                        or line.right[:len(right_words)] != right_words):
                    found.append((text.id, word, row, line.offset))
    return found


def nltk_collocations(texts_, n, min_count, stop):
    finder = BigramCollocationFinder.from_documents(
        [p for text in texts_ for p in nltk_paragraphs(text)])
    finder.apply_freq_filter(min_count)
    finder.apply_word_filter(lambda w: w in stop)
    return [(w1, w2, finder.ngram_fd[(w1, w2)], score) for (w1, w2), score
            in finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)[:n]]


def collocation_differences(corpus):
    """Word pairs, their counts and scores: `words.collocations` against NLTK's finder."""
    found = []
    for chosen, n, min_count, stop in [(corpus, 40, 2, words.stopwords()),
                                       (corpus, 300, 1, set()),
                                       ([corpus["bogus-threat"]], 20, 1, words.stopwords())]:
        ours = [tuple(row) for row in words.collocations(chosen, n, min_count, stop).rows]
        theirs = nltk_collocations(chosen, n, min_count, stop)
        if [row[:3] for row in ours] != [row[:3] for row in theirs] or any(
                a[3] != pytest.approx(b[3], rel=1e-12) for a, b in zip(ours, theirs)):
            found.append((n, min_count, ours[:3], theirs[:3]))
    return found


def nltk_sentences(text):
    """NLTK's Punkt, told the workbook's abbreviations, on each content line.

    As the workbook does, spaces, leading bullets and dashes are trimmed, and a piece
    with no word in it is not a sentence.
    """
    parameters = PunktParameters()
    parameters.abbrev_types = set(splitter.ABBREVIATIONS)
    punkt = PunktSentenceTokenizer(parameters)
    found = []
    for at, line in content_lines(text):
        for s, e in punkt.span_tokenize(line):
            piece = line[s:e]
            kept = piece.lstrip(" \t\u00a0•·*-–—").rstrip()
            if splitter.WORD.search(kept):
                found.append(kept)
    return found


def sentence_differences(corpus):
    found = []
    for text in corpus:
        ours = [s.text for s in text.sentences]
        theirs = nltk_sentences(text)
        if ours != theirs:
            found.append((text.id, len(ours), len(theirs),
                          next(((a, b) for a, b in zip(ours, theirs) if a != b), None)))
    return found


def demo_stores(corpus, reference):
    """The reference tags, and a second reader's: every fourth sentence tagged `none`."""
    ref = dict(reference.items())
    other = {key: (labels if i % 4 else frozenset({"none"}))
             for i, (key, labels) in enumerate(sorted(ref.items()))}
    return {"reference": ref, "other": other}


def agreement_differences(stores):
    """Kappa and alpha of `tagging.agreement` against NLTK's AnnotationTask."""
    ours = tagging.agreement(stores)
    keys = sorted(set.intersection(*(set(s) for s in stores.values())))
    data = [(name, key, frozenset(store[key])) for name, store in stores.items() for key in keys]
    kappa = AnnotationTask(data=data).kappa()
    alpha = AnnotationTask(data=data, distance=masi_distance).alpha()
    if ours["kappa"] == pytest.approx(kappa, rel=1e-12) and \
            ours["alpha"] == pytest.approx(alpha, rel=1e-12):
        return []
    return [(ours["kappa"], kappa, ours["alpha"], alpha)]


# --------------------------------------------------------------- the tests

def test_counts_equal_nltks_freqdist(corpus):
    assert count_differences(corpus) == []


def test_concordance_lines_equal_nltks(corpus):
    assert concordance_differences(corpus) == []


def test_collocations_and_scores_equal_nltks(corpus):
    assert collocation_differences(corpus) == []


@pytest.mark.skipif(not SAME_PUNKT, reason=f"NLTK {nltk.__version__}'s Punkt has older rules; "
                    "the workbook pins NLTK 3.10.4, whose Punkt its sentences follow")
def test_sentences_equal_nltks_punkt_with_the_workbooks_abbreviations(corpus):
    assert sentence_differences(corpus) == []
    assert sentence_differences(texts.load(texts.paths.MY_TEXTS)) == []


def test_agreement_equals_nltks_annotation_task(corpus):
    reference = tagging.load_reference(corpus)
    assert agreement_differences(demo_stores(corpus, reference)) == []


# A planted difference, one figure off by one, is caught by each comparison. A fresh
# corpus each time, so that nothing counted before the plant is found again.

def test_a_count_off_by_one_is_caught(monkeypatch):
    real = frequency.summed

    def planted(entries):
        counts, total = real(entries)
        counts = counts.copy()
        counts["nato"] += 1
        return counts, total
    monkeypatch.setattr(frequency, "summed", planted)
    assert count_differences(texts.load())


def test_a_size_off_by_one_is_caught(monkeypatch):
    real = frequency._Columns.__init__

    def planted(self, corpus, by):
        real(self, corpus, by)
        self.totals = [t + 1 for t in self.totals]
    monkeypatch.setattr(frequency._Columns, "__init__", planted)
    assert count_differences(texts.load())


def test_a_concordance_line_off_by_one_is_caught(monkeypatch):
    real = wordindex.TextIndex.places
    monkeypatch.setattr(wordindex.TextIndex, "places",
                        lambda self, word: [(s + 1, e + 1) for s, e in real(self, word)])
    assert concordance_differences(texts.load())


def test_a_missing_concordance_line_is_caught(monkeypatch):
    real = wordindex.TextIndex.places
    monkeypatch.setattr(wordindex.TextIndex, "places", lambda self, word: real(self, word)[1:])
    assert concordance_differences(texts.load())


def test_a_collocation_score_off_by_one_is_caught(monkeypatch):
    real = concordance_module._likelihood_ratio
    monkeypatch.setattr(concordance_module, "_SCORED", {})
    monkeypatch.setattr(concordance_module, "_likelihood_ratio",
                        lambda *counts: real(*counts) + 1)
    assert collocation_differences(texts.load())


def test_a_sentence_split_one_word_late_is_caught(monkeypatch):
    real = splitter.sentence_spans

    def planted(text, start=0, end=None):
        spans = real(text, start, end)
        if len(spans) > 1:   # the first sentence of a line takes the next one's first word
            (s1, e1), (s2, e2) = spans[:2]
            cut = text.find(" ", s2, e2)
            if cut > 0:
                spans = [(s1, cut), (cut + 1, e2)] + spans[2:]
        return spans
    monkeypatch.setattr(splitter, "sentence_spans", planted)
    assert sentence_differences(texts.load())


def test_a_kappa_off_is_caught(monkeypatch, corpus):
    stores = demo_stores(corpus, tagging.load_reference(corpus))
    real = agreement_module._mean
    monkeypatch.setattr(agreement_module, "_mean", lambda values: real(values) + 0.01)
    assert agreement_differences(stores)
