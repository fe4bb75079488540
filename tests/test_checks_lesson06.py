"""Exercise 06: right answers pass, plausible wrong ones get the intended pointer."""

import nltk
import pytest
from exercise_cases import exercise_tests

from narratives import claims, texts, yourtext
from narratives.checks import lesson06 as ex
from narratives.texts.sentences import WORD
from narratives.words import tonltk

corpus = texts.load()
sample = texts.load(yourtext.MY_TEXTS)["sample-en"]

RIGHT = {
    "q1": len(sample.sentences),
    "q2": {5, 8},
    "q3": "Karl Vesen",
    "q4": "a",
    "q5": "a",
    "q6": yourtext.compare_words(sample, corpus).rows[0][0],
    "q7": "a",
    # The NLTK questions: the sample's words (counted with NLTK), and whose are its 'tanks'.
    "q9": len(nltk.RegexpTokenizer(WORD.pattern).tokenize(sample.body)),
    "q10": "a",
}

WRONG = [
    ("q1", "12", "should be a whole number"),
    ("q2", {5, 8, 11}, "denies something else"),
    ("q2", [5], "1 sentence(s) that answer the claim are missing"),
    ("q2", {3, 5, 8}, "sentence 3 makes, frames or adds to a claim"),
    ("q2", {5, 8, 40}, "has 12 sentences"),
    ("q2", {"5", "8"}, "give sentence numbers"),
    ("q3", "Norland's defence ministry", "pinned on a person"),
    ("q3", "Minister Karl Vesen", "without the title"),
    ("q4", "d", "an official can use techniques like anyone"),
    ("q5", "b", "who says it is not evidence for it"),
    ("q5", "c", "unproven, not false"),
    ("q5", "d", "could not confirm either account"),
    ("q6", "norland", "close second"),
    ("q7", "b", "rests on 'border' and 'week' only"),
    ("q9", len(nltk.wordpunct_tokenize(sample.body)), "includes punctuation"),
    ("q9", str(len(sample.tokens)), "should be a whole number"),
    ("q10", "b", "Whose finding is that?"),
    ("q10", "c", "never says \"tanks\""),
    ("q10", "d", "a count does not say who speaks"),
    ("q10", ["a"], "letter of one option"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == 12 and RIGHT["q6"] == "ministry"
    said = {s.index + 1: s.text for s in sample.sentences}
    assert "rejected the claim" in said[5] and "no satellite images" in said[8]
    assert "denied this" in said[11] and "Opposition" in said[10]
    quoted = ex.q4.prompt.split('*"')[1].split('"*')[0]
    for part in quoted.split(". "):  # the text puts a line's quote across sentences
        assert part in sample.body, part
    # q7's right option is the claim the matching tool finds for the tank sentences.
    known = claims.load(corpus)
    assert "nato-buildup" in {c.id for c in known}
    rows = yourtext.known_claims(sample, known).rows
    found = {row[1] for row in rows if row[0] in (1, 3, 8)}
    # The tool also finds NATO's own counter-claim of no build-up, which shares the words.
    assert "nato-buildup" in found and found <= {"nato-buildup", "no-nato-buildup"}


def test_the_nltk_answers_come_from_nltks_reader_and_text(monkeypatch):
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    reader = tonltk.corpus_reader(yourtext.MY_TEXTS)
    assert ex.q9.check(len(reader.words("sample-en.txt"))) == "Correct!"
    # q10: three lines; the first two carry the ministry's claim, the third is sentence 8.
    lines = nltk.Text(w.lower() for w in reader.words("sample-en.txt")).concordance_list("tanks")
    assert [line.left[-3:] for line in lines] == [["ministry", "says", "foreign"],
                                                  ["hundreds", "of", "foreign"],
                                                  ["a", "build-up", "of"]]
    said = {s.index + 1: s.text for s in sample.sentences}
    assert [n for n, text in said.items() if "tanks" in text] == [1, 3, 8]
    assert "no satellite images or other evidence of a build-up of tanks" in said[8]


@pytest.mark.parametrize("value", [{5, 8, 6, 7}, {5, 8, 9}, [5, 6, 7, 8, 9]])
def test_sentences_that_also_answer_the_claim_are_accepted(value):
    assert ex.q2.check(value) == "Correct!"


def test_a_short_analysis_is_told_it_is_short_without_a_verdict():
    message = ex.q8.check("The ministry says there are tanks; the alliance denies it.")
    assert "most good answers need at least 60" in message and "**Secure**" in message
    assert "Correct" not in message and "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])


def test_q5_asks_of_the_mirror_text_what_q2_asks_of_the_first():
    # The practice texts do not all point one way: in sample-en2 the alliance's office
    # accuses, and q5 holds it to the burden of proof as q2 holds the ministry's claim in
    # sample-en.
    mirror = texts.load(yourtext.MY_TEXTS)["sample-en2"]
    quoted = ex.q5.prompt.split('*"')[1].split('"*')[0]
    assert quoted in mirror.body and "`sample-en2`" in ex.q5.prompt
    assert "It did not name the outlets it meant" in mirror.body
    assert "could not confirm either account" in mirror.body
    assert "burden of proof is the office's" in ex.q5.options["a"].text

