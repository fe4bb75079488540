"""The calibration round of lesson 02: the learner's tags against the reference, with reasons."""

import pytest

from narratives import tagging
from narratives.errors import NarrativesError
from narratives.tagging import calibration
from narratives.tagging.calibration import (DECISION_RULES, SENTENCES, CalibrationRound, compare,
                                            locate, rules_for, rules_table, score)


@pytest.fixture(scope="module")
def reference(corpus):
    return tagging.load_reference(corpus)


def reference_choices(reference, corpus):
    return {n: set(reference.get(t, locate(corpus[t], w))) for n, (t, w) in
            enumerate(SENTENCES, start=1)}


def test_five_sentences_each_where_an_overlapping_pair_meets(corpus, reference):
    assert len(SENTENCES) == 5
    met = set()
    for text_id, words in SENTENCES:
        labels = set(reference.get(text_id, locate(corpus[text_id], words)))
        assert labels, text_id
        met |= {pair for pair in DECISION_RULES if labels & pair}
    assert met == set(DECISION_RULES)  # every pair has a sentence to calibrate on


def test_every_rule_names_labels_of_the_taxonomy():
    known = set(tagging.labels())
    for pair, rule in DECISION_RULES.items():
        assert pair <= known, f"{sorted(pair - known)} not in texts/narratives.csv"
        for label in pair:
            assert label in rule
    assert len(rules_table()) == 6


def test_the_reference_answers_are_all_the_same(corpus, reference):
    table = compare(reference_choices(reference, corpus), reference, corpus)
    assert table.column("result") == ["the same"] * 5
    assert score(table) == "5 of 5 the same as the reference, 0 partly."
    assert all(table.column("why"))  # every reason shown
    assert "Rule:" not in " ".join(table.column("why"))  # no rule needed when you agree


def test_a_near_miss_gets_the_reason_and_the_decision_rule(corpus, reference):
    text_id, words = SENTENCES[0]
    number = locate(corpus[text_id], words) + 1
    theirs = set(reference.get(text_id, number - 1))
    assert theirs == {"nato-aggressor", "sovereignty-threat"}
    row = compare({1: "nato-aggressor"}, reference, corpus).rows[0]
    assert row[3:6] == ["nato-aggressor", "nato-aggressor; sovereignty-threat", "partly the same"]
    assert reference.rationale(text_id, number - 1) in row[6]
    assert "Rule: nato-aggressor when NATO" in row[6]
    assert corpus[text_id].sentences[number - 1].text == row[2]


def test_a_different_choice_and_an_untagged_one(corpus, reference):
    table = compare({3: {"none"}}, reference, corpus)
    assert table.column("result") == ["not tagged yet", "not tagged yet", "different",
                                      "not tagged yet", "not tagged yet"]
    assert score(table) == "0 of 5 the same as the reference, 0 partly; 4 not tagged yet."


def test_rules_come_only_for_the_pair_in_play():
    assert rules_for(frozenset({"west-hostile"}), frozenset({"west-orchestrates"})) == [
        DECISION_RULES[frozenset({"west-orchestrates", "west-hostile"})]]
    assert rules_for(frozenset({"none"}), frozenset({"none"})) == []


@pytest.mark.parametrize("choices, message", [
    ({1: "NATO is an aggressor"}, "Sentence 1: 'NATO is an aggressor' is not a label id"),
    ({2: [["a"]]}, "Sentence 2: .*is not a label id"),
    ({2: 5}, "Sentence 2: give a label id in quotes"),
    (["nato-aggressor"], "Give your tags as a dict"),
])
def test_bad_choices_get_a_sentence(corpus, reference, choices, message):
    with pytest.raises(NarrativesError, match=message):
        compare(choices, reference, corpus)


def test_the_widget_compares_what_is_chosen(corpus, reference):
    round_ = CalibrationRound(corpus, reference)
    round_.pickers[1].value = ("nato-aggressor", "sovereignty-threat")
    round_.pickers[2].value = ("none",)
    round_.button.click()
    # Sentence 2 is a plain report of a crackdown: `none` is the reference's label too.
    assert "2 of 5 the same as the reference, 0 partly; 3 not tagged yet." in round_.result.value
    # One block per sentence, readable in a narrow window (not a table of seven columns).
    assert round_.result.value.count("class=\"calibration-card\"") == 5
    assert "<table" not in round_.result.value
    assert "CalibrationRound: 5 sentences" in repr(round_)


def test_a_sentence_that_is_gone_gets_a_sentence(corpus):
    with pytest.raises(NarrativesError, match="has no sentence with the words 'tanks and subs'"):
        locate(corpus["tanks-and-planes"], "tanks and subs")


def test_the_widget_escapes_the_texts(corpus, reference, monkeypatch):
    from narratives.texts.sentencelist import Sentence, SentenceList
    real = SentenceList.__getitem__

    def hostile(self, index):
        found = real(self, index)
        if not isinstance(found, Sentence):
            return found
        return Sentence(found.text_id, found.index, found.start, found.end, "<script>x</script>")

    monkeypatch.setattr(SentenceList, "__getitem__", hostile)
    round_ = CalibrationRound(corpus, reference)
    html = " ".join(w.value for w in round_.view.children if hasattr(w, "value")
                    and isinstance(w.value, str))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_module_has_no_kernel_needs():
    assert calibration.compare.__module__ == "narratives.tagging.calibration"
