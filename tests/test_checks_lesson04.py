"""Exercise 04: right answers pass, plausible wrong ones get the intended pointer."""

import re

import nltk
import pytest
from exercise_cases import exercise_tests

from narratives import texts, words
from narratives.checks import lesson04 as ex

corpus = texts.load()
pravda = corpus["pravda-bury"]
texts_2021 = [t for t in corpus if t.date.year == 2021]
texts_2020 = [t for t in corpus if t.date.year == 2020]
nato = words.frequencies(corpus, "nato")
# The NLTK questions' answers, found with NLTK from the texts' tokens.
stop = words.stopwords()
pravda_counts = nltk.FreqDist(w.lower().replace("’", "'") for w in pravda.tokens)
top_ten = [w for w, _ in pravda_counts.most_common() if w not in stop][:10]
spelled = {t.id for t in corpus if "lukashenka" in {w.lower() for w in t.tokens}}

RIGHT = {
    "q1": set(words.top_words(pravda, n=5, stopwords=set()).column("word")),
    "q2": "c",
    "q3": nato.per_1000("nato")["euvsdisinfo-force"] / nato.per_1000("nato")["tanks-and-planes"],
    "q4": "b",
    "q5": set(words.keyness(texts_2021, texts_2020).column("word")[:5]),
    "q6": "b",
    "q7": "Lungescu",
    "q9": top_ten,
    "q10": "a",
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
    ("q9", pravda_counts.most_common(10), "stopwords are still in"),
    ("q9", [w for w, _ in nltk.FreqDist(
        w.lower() for w in corpus["tanks-and-planes"].tokens).most_common()
        if w not in stop][:10], "not quite"),
    ("q9", top_ten[:9], "give ten different words"),
    ("q9", 10, "should be a list of words"),
    ("q9", [1, 2], "give words (strings)"),
    ("q10", "b", "it writes \"Lukashenko's\""),
    ("q10", "c", "a spelling is no verdict"),
    ("q10", "d", "keeps to one"),
    ("q10", {"bogus-threat"}, "letter of one option"),
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


def test_the_nltk_questions_accept_any_correct_codes_result():
    # most_common pairs, a FreqDist, the workbook's own table, another word tied for tenth.
    pairs = [(w, n) for w, n in pravda_counts.most_common() if w not in stop][:10]
    assert ex.q9.check(pairs) == "Correct!"
    assert ex.q9.check(nltk.FreqDist({w: n for w, n in pravda_counts.items()
                                      if w not in stop})) == "Correct!"
    assert ex.q9.check(words.top_words(pravda, n=10).column("word")) == "Correct!"
    tied = [w for w, n in pairs if n == pairs[-1][1]]
    others = [w for w in pravda_counts if pravda_counts[w] == pairs[-1][1] and w not in stop]
    assert len(others) > len(tied)   # several words are tied for tenth: any of them passes
    for word in others:
        assert ex.q9.check([w for w, _ in pairs[:-1]] + [word]) == "Correct!"
    assert ex.q9.check([w.upper() for w in top_ten]) == "Correct!"



def test_the_facts_behind_the_spelling_question():
    # Option a: two texts write "Lukashenka", and each text keeps to one spelling.
    assert spelled == {"bogus-threat", "euvsdisinfo-flights"}
    for text in corpus:
        forms = set(re.findall(r"lukashenk[ao]", " ".join(text.tokens).lower()))
        assert len(forms) <= 1, (text.id, forms)
    # Option b: euvsdisinfo-force writes "Lukashenko's"; option c: the US report
    # writes "Lukashenko" and reports the protests against him.
    force = corpus["euvsdisinfo-force"]
    assert "lukashenko's" in {w.lower().replace("’", "'") for w in force.tokens}
    assert "protests against" in corpus["tanks-and-planes"].body


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
