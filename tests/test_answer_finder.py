"""The answer finder and the Russian attribution on sentences written for these tests.

The practice texts and the five texts are tested in test_yourtext.py; these sentences
were written apart from them (a held-out set), so the patterns are not fitted to them.
"""

import pytest

from narratives import NarrativesError
from narratives.claims.answers import CANNOT_FIND, KINDS, find
from narratives.claims.russian import attribution_ru

HELD_OUT = [
    # English
    ("There is no evidence that the planes ever left their base.", "no evidence"),
    ("No evidence was offered for the figure.", "no evidence"),
    ("He failed to provide any proof for the number of troops.", "no evidence"),
    ("Reporters could not confirm the account.", "no evidence"),
    ("Officials denied that any troops had crossed.", "denial word"),
    ("The embassy dismissed the report as fabricated.", "denial word"),
    ("The statement called the allegations baseless.", "denial word"),
    ("There are no foreign troops in the country, the minister said.", "negation"),
    ("The army has never planned an attack.", "negation"),
    ("The ministry did not respond to requests for comment.", "negation"),
    ("Troops arrived at the border on Monday.", None),
    ("That story is a fantasy, the spokesman said.", None),   # a denial in other words
    # Russian
    ("Министерство не привело доказательств своих слов.", "no evidence"),
    ("Доказательств этому пока нет.", "no evidence"),
    ("Стороны не представили никаких доказательств.", "no evidence"),
    ("Посольство опровергло эти сообщения.", "denial word"),
    ("Пресс-служба отрицает, что войска были у границы.", "denial word"),
    ("Никаких войск у границы нет, заявил министр.", "negation"),
    ("Альянс не планирует учений у границы.", "negation"),
    ("Войска прибыли к границе в понедельник.", None),
    ("Министр назвал это выдумкой.", None),   # a denial in other words
]


@pytest.mark.parametrize("sentence, kind", HELD_OUT)
def test_held_out_sentences(sentence, kind):
    found = find(sentence)
    assert (found.kind if found else None) == kind
    if found:
        assert sentence[found.start:found.end] == found.cue and found.kind in KINDS


def test_the_finder_says_what_it_cannot_find():
    assert "words, not meaning" in CANNOT_FIND and "a fantasy" in CANNOT_FIND
    assert "may be no denial" in CANNOT_FIND


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("«Угрозы нет», — сказал министр обороны Иван Петров.", "сказал",
     "министр обороны Иван Петров"),
    ("Как заявил глава МИД Сергей Орлов, учения плановые.", "заявил", "глава МИД Сергей Орлов"),
    ("Министерство иностранных дел сообщило во вторник о новых учениях.", "сообщило",
     "Министерство иностранных дел"),
    ("По данным агентства БелТА, войска переброшены.", "По данным", "агентства БелТА"),
    ("Он заявил, что танков нет.", "заявил", "Он"),
    ("Об этом сообщили в штабе.", "сообщили", None),   # a place, not a named speaker
])
def test_held_out_russian_attribution(sentence, cue, speaker):
    assert attribution_ru(sentence) == (cue, speaker)


def test_wrong_input_gets_a_sentence():
    with pytest.raises(NarrativesError, match="takes a sentence as a string"):
        find(None)
    with pytest.raises(NarrativesError, match="takes a sentence as a string"):
        attribution_ru(3)
