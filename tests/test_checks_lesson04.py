"""Exercise 04: right answers pass, plausible wrong ones get the intended pointer."""

import pytest
from exercise_cases import exercise_tests

from narratives import texts, words
from narratives.checks import lesson04 as ex

corpus = texts.load()
pravda = corpus["pravda-bury"]
texts_2021 = [t for t in corpus if t.date.year == 2021]
texts_2020 = [t for t in corpus if t.date.year == 2020]
nato = words.frequencies(corpus, "nato")

RIGHT = {
    "q1": set(words.top_words(pravda, n=5, stopwords=set()).column("word")),
    "q2": "c",
    "q3": nato.per_1000("nato")["euvsdisinfo-force"] / nato.per_1000("nato")["tanks-and-planes"],
    "q4": "b",
    "q5": set(words.keyness(texts_2021, texts_2020).column("word")[:5]),
    "q6": "b",
    "q7": "Lungescu",
}

WRONG = [
    ("q1", set(words.top_words(pravda, n=5).column("word")), "pass `stopwords=set()`"),
    ("q1", ["the", "of", "to", "and", "in"], "not quite"),
    ("q2", "a", "every text is about Belarus"),
    ("q2", ["c"], "letter of one option"),
    ("q3", 2, "ratio of raw counts"),
    ("q3", 2.0, "ratio of raw counts"),
    ("q3", 1 / RIGHT["q3"], "the other way round"),
    ("q3", 5.0, "Divide the two texts"),
    ("q3", "3.6", "should be a number"),
    ("q4", "a", "nearly twice as long"),
    ("q4", "c", "no count gives"),
    ("q5", set(words.keyness(texts_2020, texts_2021).column("word")[:5]),
     "put the 2021 texts first"),
    ("q5", ["political", "russia"], "not quite"),
    ("q6", "c", "no such verdict"),
    ("q6", "d", "some pass by chance"),
    ("q7", "Stoltenberg", "speaks elsewhere"),
    ("q7", "NATO", "name the person"),
    ("q7", "Putin", "not that person"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == {"the", "of", "to", "belarus", "nato"}
    assert set(words.top_words(pravda, n=5).column("word")) == {
        "belarus", "nato", "russia", "political", "belarusian"}  # as q2's prompt says
    assert nato.per_1000("nato")["euvsdisinfo-force"] == pytest.approx(16 * 1000 / 404)
    assert RIGHT["q5"] == {"political", "russia", "cooperation", "headquarters", "many"}
    # The five key words are a clear top five: the sixth scores lower.
    g2 = words.keyness(texts_2021, texts_2020).column("g2")
    assert g2[4] > g2[5]
    # Three 'regime's are in Stoltenberg's quoted or reported words; the fourth is
    # bogus-threat's own headline, which ends with his name.
    lines = words.concordance(corpus, "regime")
    assert [row[0] for row in lines] == ["euvsdisinfo-force"] + ["bogus-threat"] * 3
    where = [corpus[row[0]].sentence_at(row[1]).index for row in lines]
    assert where[1] == 0 and 0 not in where[2:]
    assert corpus["bogus-threat"].sentences[0].text.endswith("– Stoltenberg")
    assert "Every 'regime'" not in ex.q8.model_answer
    assert RIGHT["q3"] == pytest.approx(3.59, abs=0.01)
    # Both uses of 'defensive' are Lungescu's statement.
    lines = words.concordance(corpus, "defensive", width=120)
    assert len(lines) == 2
    for row in lines:
        assert "Lungescu" in corpus[row[0]].body[row[1]:row[1] + 200]


def test_rounded_and_spelled_out_answers_pass():
    assert ex.q3.check(round(RIGHT["q3"], 1)) == "Correct!"
    assert ex.q7.check("Oana Lungescu") == "Correct!"
    assert ex.q5.check(sorted(RIGHT["q5"])) == "Correct!"


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q8.check("Counts cannot say who is speaking: a fact-check repeats the "
                          "claim it refutes, and its words are counted as its own.")
    assert "Model answer" in message and "**Secure**" in message and "Correct" not in message and "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])
