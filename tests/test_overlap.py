"""Overlap scoring on hand-made cases, each worked out by hand in its comment."""

import pytest

from narratives import texts
from narratives.techniques.overlap import compare, merge, score
from narratives.techniques import Span, load_reference

L, N = "Loaded_Language", "Name_Calling,Labeling"


def spans(*items):
    return [Span(text_id, technique, start, end) for text_id, technique, start, end in items]


def test_an_exact_match_scores_one():
    result = score(spans(("t", L, 0, 10)), spans(("t", L, 0, 10)))
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_half_overlap():
    # 5 shared characters of 10 predicted and 10 reference: P = 5/10, R = 5/10.
    result = score(spans(("t", L, 5, 15)), spans(("t", L, 0, 10)))
    assert (result.precision, result.recall, result.f1) == (0.5, 0.5, 0.5)


def test_a_short_prediction_inside_a_long_reference():
    # Predicted 20-30 inside reference 0-40: P = 10/10 = 1, R = 10/40 = 0.25,
    # F1 = 2 * 1 * 0.25 / 1.25 = 0.4.
    result = score(spans(("t", L, 20, 30)), spans(("t", L, 0, 40)))
    assert result.precision == 1.0 and result.recall == 0.25
    assert result.f1 == pytest.approx(0.4)


def test_three_predictions_against_two_references_with_and_without_technique():
    predicted = spans(("t", L, 0, 10), ("t", L, 25, 35), ("t", L, 50, 60))
    reference = spans(("t", L, 0, 10), ("t", N, 20, 30))
    # Technique ignored. Precision: 10/10 + 5/10 + 0 over 3 spans = 1.5/3 = 0.5.
    # Recall: 10/10 + 5/10 over 2 reference spans = 0.75. F1 = 0.75 / 1.25 = 0.6.
    loose = score(predicted, reference)
    assert (loose.precision, loose.recall) == (0.5, 0.75)
    assert loose.f1 == pytest.approx(0.6)
    # Same technique required: the second prediction (L) earns nothing against N.
    # P = 1/3, R = 1/2, F1 = 2 * (1/6) / (5/6) = 0.4.
    strict = score(predicted, reference, by_technique=True)
    assert strict.precision == pytest.approx(1 / 3) and strict.recall == 0.5
    assert strict.f1 == pytest.approx(0.4)
    assert "same technique required" in repr(strict) and "technique ignored" in repr(loose)


def test_one_prediction_over_two_references():
    # Predicted 0-30 over references 0-10 and 20-30: P = (10 + 10)/30 = 2/3,
    # R = (10/10 + 10/10)/2 = 1.
    result = score(spans(("t", L, 0, 30)), spans(("t", L, 0, 10), ("t", L, 20, 30)))
    assert result.precision == pytest.approx(2 / 3) and result.recall == 1.0


def test_different_texts_never_overlap():
    result = score(spans(("a", L, 0, 10)), spans(("b", L, 0, 10)))
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)


def test_duplicates_and_overlapping_predictions_are_merged_first():
    # Two copies count once: P = R = 1, not 2.
    twice = score(spans(("t", L, 0, 10), ("t", L, 0, 10)), spans(("t", L, 0, 10)))
    assert (twice.precision, twice.recall, twice.predicted) == (1.0, 1.0, 1)
    # 0-10 and 5-15 become 0-15: P = 10/15, R = 10/10.
    joined = score(spans(("t", L, 0, 10), ("t", L, 5, 15)), spans(("t", L, 0, 10)))
    assert joined.precision == pytest.approx(2 / 3) and joined.recall == 1.0


def test_merge_keeps_techniques_apart_only_when_asked():
    both = spans(("t", L, 0, 10), ("t", N, 5, 15), ("t", L, 12, 20), ("u", L, 0, 5))
    assert [(s.text_id, s.start, s.end) for s in merge(both)] == [("t", 0, 20), ("u", 0, 5)]
    assert [(s.technique, s.start, s.end) for s in merge(both, by_technique=True)] == \
        [(L, 0, 10), (L, 12, 20), (N, 5, 15), (L, 0, 5)]
    # Touching is not overlapping: 0-10 and 10-20 share no character.
    assert len(merge(spans(("t", L, 0, 10), ("t", L, 10, 20)))) == 2


def test_no_spans_give_undefined_values_and_a_note_never_a_division_by_zero():
    nothing = score([], spans(("t", L, 0, 10)))
    assert nothing.precision is None and nothing.recall == 0.0 and nothing.f1 is None
    assert "precision is undefined" in nothing.note
    no_reference = score(spans(("t", L, 0, 10)), [])
    assert no_reference.recall is None and no_reference.precision == 0.0
    assert "recall is undefined" in no_reference.note
    empty = score([], [])
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    assert "undefined" in repr(empty)


def test_text_ids_limit_both_sets():
    predicted = spans(("a", L, 0, 10))
    reference = spans(("a", L, 0, 10), ("b", L, 0, 10))
    assert score(predicted, reference).recall == 0.5
    assert score(predicted, reference, text_ids={"a"}).recall == 1.0


def test_the_reference_against_itself_scores_one():
    reference = load_reference()
    result = score(reference, reference, by_technique=True)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_compare_lists_each_reference_span_and_the_extra_ones():
    corpus = texts.load()
    mine = [Span("pravda-bury", "Doubt", 2899, 2909),     # 'Traders ar' + ...: half of it
            Span("pravda-bury", "Slogans", 0, 4)]         # 'NATO', in no reference span
    reference = [Span("pravda-bury", "Slogans", 2899, 2919, "catchy")]
    table = compare(mine, reference, corpus)
    assert table.rows[0] == ["pravda-bury", "Slogans", "Traders are traitors", "50%", "Doubt",
                             "catchy"]
    assert table.rows[1][:5] == ["pravda-bury", "(not in the reference)", "NATO", "-", "Slogans"]
