"""A text's sentences kept as offsets, and a corpus's sentence keys, behave as lists do."""

import pytest

from narratives import texts
from narratives.tagging.tagger import next_untagged
from narratives.texts.sentencelist import Sentence, SentenceKeys, SentenceList


def test_a_sentence_list_gives_the_sentences_a_tuple_would(corpus):
    for text in corpus:
        spans = [text.sentences.span(i) for i in range(len(text.sentences))]
        listed = [Sentence(text.id, i, s, e, text.body[s:e]) for i, (s, e) in enumerate(spans)]
        assert list(text.sentences) == listed
        assert text.sentences.spans() == spans == [(s.start, s.end) for s in listed]
        assert text.sentences[-1] == listed[-1] and text.sentences[1:3] == tuple(listed[1:3])
        with pytest.raises(IndexError):
            text.sentences[len(listed)]


def test_sentence_at_finds_the_sentence_holding_an_offset(corpus):
    text = corpus["tanks-and-planes"]
    for sentence in text.sentences:
        for offset in (sentence.start, sentence.end - 1):
            assert text.sentence_at(offset) == sentence
    gap = text.sentences[0].end   # the space after the first sentence is in none
    assert text.sentence_at(gap) is None and text.sentence_at(-1) is None
    assert text.sentence_at(len(text.body) + 5) is None


def test_a_sentence_list_keeps_no_copy_of_the_body():
    body = "One. Two."
    sentences = SentenceList("t", body, [(0, 4), (5, 9)])
    assert sentences._body is body


def test_sentence_keys_are_the_list_of_keys(corpus, make_folder):
    # A text with no sentences (only a rule line) in the middle must be passed over.
    # (`check` refuses such a text, issue 14; a corpus made in code may still hold one.)
    folder = make_folder({"a.txt": "Title\nOne. Two.", "c.txt": "Three. Four."})
    a, c = texts.load(folder)
    stars = texts.Text(id="b", title="b", outlet="", outlet_kind="", published="",
                       date_basis="", date_note="", language="", body="***",
                       boilerplate=(), path=folder / "b.txt")
    for source in (corpus, texts.Corpus([a, stars, c])):
        listed = [(t.id, s.index) for t in source for s in t.sentences]
        keys = SentenceKeys(source)
        assert len(keys) == len(listed) and list(keys) == listed and keys[-1] == listed[-1]
        assert keys[2:5] == listed[2:5]
        for place, key in enumerate(listed):
            assert keys[place] == key and key in keys and keys.index(key) == place
        for text in source:
            assert [keys[p] for p in keys.places(text.id)] == [k for k in listed if k[0] == text.id]
    for stranger in [("b", 0), ("a", 3), ("a", -1), ("a", 1.0), ("nope", 0), "a", None]:
        assert stranger not in keys
        with pytest.raises(ValueError):
            keys.index(stranger)


def test_next_untagged_goes_round_the_same_way_on_keys_as_on_a_list(corpus):
    keys = SentenceKeys(corpus)
    listed = list(keys)
    store = {key: {"none"} for key in listed[::3]}
    for after in [None, listed[0], listed[50], listed[-1], ("nope", 0)]:
        assert next_untagged(keys, store, after) == next_untagged(listed, store, after)
    assert next_untagged(keys, set(listed)) is None
