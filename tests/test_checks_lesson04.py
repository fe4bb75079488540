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
    "q2": set(words.top_words(pravda, n=5).column("word")),
    "q3": nato.per_1000("nato"),
    "q4": "euvsdisinfo-force",
    "q5": set(words.keyness(texts_2021, texts_2020).column("word")[:5]),
    "q6": "Stoltenberg",
}

WRONG = [
    ("q1", RIGHT["q2"], "pass `stopwords=set()`"),
    ("q1", ["the", "of", "to", "and", "in"], "not quite"),
    ("q2", RIGHT["q1"], "are stopwords"),
    ("q2", "belarus", "should be a set"),
    ("q2", {"belarus", "nato"}, "not quite"),
    ("q3", nato.counts("nato"), "these are counts"),
    ("q3", {k: v / 1000 for k, v in RIGHT["q3"].items()}, "Multiply by 1,000"),
    ("q3", {"pravda-bury": 29.66}, "one entry for each of the five texts"),
    ("q3", {k: v + 1 for k, v in RIGHT["q3"].items()}, "some values are off"),
    ("q3", nato, "should be a dict"),
    ("q4", "pravda-bury", "Compare uses per 1,000 words"),
    ("q5", set(words.keyness(texts_2020, texts_2021).column("word")[:5]),
     "put the 2021 texts first"),
    ("q5", ["political", "russia"], "not quite"),
    ("q6", "Lukashenka", "the man the word points at"),
    ("q6", "Putin", "not that person"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == {"the", "of", "to", "belarus", "nato"}
    assert RIGHT["q2"] == {"belarus", "nato", "russia", "political", "belarusian"}
    assert RIGHT["q3"]["euvsdisinfo-force"] == pytest.approx(16 * 1000 / 404)
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
    assert "three of the four" in ex.q6.solution() and "own headline" in ex.q6.solution()
    assert "Every 'regime'" not in ex.q7.model_answer


def test_rounded_and_spelled_out_answers_pass():
    assert ex.q3.check({k: round(v, 2) for k, v in RIGHT["q3"].items()}) == "Correct!"
    assert ex.q6.check("Jens Stoltenberg") == "Correct!"
    assert ex.q5.check(sorted(RIGHT["q5"])) == "Correct!"


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q7.check("Counts cannot say who is speaking: a fact-check repeats the "
                          "claim it refutes, and its words are counted as its own.")
    assert "model answer" in message and "Correct" not in message and "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q7"])
