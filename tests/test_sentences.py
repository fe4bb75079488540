"""Sentence boundaries do not move: the reference tags and every learner's tags point at them.

`data/sentence-boundaries.json` holds the `(start, end)` of every sentence of the
five texts and the two my-texts samples, captured with NLTK 3.10.4's Punkt before
the splitter was rewritten. Tags are stored by sentence number, so a boundary that
moves (a new NLTK, a faster splitter) silently re-points every learner's tags.
"""

import json
from pathlib import Path

import pytest

from narratives import texts
from narratives.paths import MY_TEXTS, TEXTS

CAPTURED = json.loads((Path(__file__).parent / "data" / "sentence-boundaries.json")
                      .read_text(encoding="utf-8"))["texts"]


def _loaded():
    return {t.id: t for folder in (TEXTS, MY_TEXTS) for t in texts.load(folder)}


@pytest.mark.parametrize("text_id", sorted(CAPTURED))
def test_sentences_are_the_ones_captured(text_id):
    text = _loaded()[text_id]
    found = [[s.start, s.end] for s in text.sentences]
    assert len(found) == len(CAPTURED[text_id]), (text_id, len(found))
    for got, want in zip(found, CAPTURED[text_id]):
        assert got == want, (text_id, text.body[got[0]:got[1]], text.body[want[0]:want[1]])


def test_every_captured_text_is_still_there():
    assert set(CAPTURED) <= set(_loaded())
    assert len(CAPTURED) == 7
