"""Comparing two sets of spans by how much they overlap: precision, recall, F1.

The measure follows SemEval-2020 Task 11 (span identification) and the
fragment-level measure of Da San Martino et al. (2019): a span found only in
part earns part of the credit, in proportion to the characters it shares.

>>> from narratives.techniques import Span
>>> mine = [Span("t", "Doubt", 0, 10)]
>>> reference = [Span("t", "Doubt", 5, 25)]
>>> score(mine, reference)
precision 0.50, recall 0.25, F1 0.33 (1 span vs 1 reference span; technique ignored)
"""

from dataclasses import dataclass

from ..display import Table
from ..errors import expect_corpus, expect_ids, expect_spans
from .spans import TECHNIQUES, Span, sort_key


def merge(spans, by_technique=False):
    """Spans with overlapping ones (in the same text) joined into one.

    Joining first means no character is counted twice: two copies of a span,
    or two spans that overlap, count as the passage they cover together.
    With `by_technique`, only spans of the same technique are joined.
    """
    spans = expect_spans(spans)
    def group(span):
        return span.text_id, span.technique if by_technique else ""

    merged = []
    for span in sorted(spans, key=lambda s: (group(s), s.start, s.end)):
        last = merged[-1] if merged else None
        if last is not None and group(last) == group(span) and span.start < last.end:
            merged[-1] = Span(last.text_id, last.technique, last.start, max(last.end, span.end))
        else:
            merged.append(Span(span.text_id, span.technique, span.start, span.end))
    return merged


def _length(span):
    """A span's length in characters (not `len`, which stops at offsets past 2**63)."""
    return span.end - span.start


def _shared(a, b, by_technique):
    """How many characters two spans share (0 when texts or techniques differ)."""
    if a.text_id != b.text_id or (by_technique and a.technique != b.technique):
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 (None when undefined), with what they were computed on."""
    precision: float
    recall: float
    f1: float
    predicted: int      # spans compared, after overlapping ones were joined
    reference: int
    by_technique: bool
    note: str = ""

    def __repr__(self):
        def show(value):
            return "undefined" if value is None else f"{value:.2f}"
        mode = "same technique required" if self.by_technique else "technique ignored"
        line = (f"precision {show(self.precision)}, recall {show(self.recall)}, "
                f"F1 {show(self.f1)} ({self.predicted} span{'s' * (self.predicted != 1)} vs "
                f"{self.reference} reference span{'s' * (self.reference != 1)}; {mode})")
        return line + (f"\n{self.note}" if self.note else "")


def score(predicted, reference, by_technique=False, text_ids=None):
    """How well the `predicted` spans match the `reference` spans.

    Exactly, with S the predicted spans and T the reference spans, each set
    first merged (overlapping spans in one text joined, see `merge`), and
    |s ∩ t| the number of characters spans s and t share (0 for different
    texts; with `by_technique`, also 0 for different techniques):

        precision = (1/|S|) * sum over s in S, t in T of |s ∩ t| / |s|
        recall    = (1/|T|) * sum over s in S, t in T of |s ∩ t| / |t|
        F1        = 2 * precision * recall / (precision + recall)

    So a predicted span that covers half of its length with reference text
    earns 0.5 towards precision. Without predicted spans, precision is
    undefined (None); without reference spans, recall is; F1 is then None.
    `text_ids` limits both sets to those texts (e.g. the texts you tagged).
    """
    predicted = expect_spans(predicted, "the predicted spans")
    reference = expect_spans(reference, "the reference spans")
    keep = expect_ids(text_ids)
    if keep is not None:
        predicted = [s for s in predicted if s.text_id in keep]
        reference = [s for s in reference if s.text_id in keep]
    found, truth = merge(predicted, by_technique), merge(reference, by_technique)
    credit_p = sum(_shared(s, t, by_technique) / _length(s) for s in found for t in truth)
    credit_r = sum(_shared(s, t, by_technique) / _length(t) for s in found for t in truth)
    precision = credit_p / len(found) if found else None
    recall = credit_r / len(truth) if truth else None
    notes = []
    if not found:
        notes.append("There are no predicted spans, so precision is undefined: tag some first.")
    if not truth:
        notes.append("There are no reference spans here, so recall is undefined.")
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return Score(precision, recall, f1, len(found), len(truth), by_technique, " ".join(notes))


def compare(predicted, reference, corpus, text_ids=None):
    """A table, reference span by reference span, of what the predicted spans found.

    `found` is the share of the reference span's characters that predicted
    spans cover (any technique); `your technique(s)` are theirs. Predicted
    spans that touch no reference span are listed at the end.
    """
    predicted = expect_spans(predicted, "the predicted spans")
    reference = expect_spans(reference, "the reference spans")
    expect_corpus(corpus)
    keep = expect_ids(text_ids)
    if keep is not None:
        predicted = [s for s in predicted if s.text_id in keep]
        reference = [s for s in reference if s.text_id in keep]
    rows = []
    for ref in sorted(reference, key=sort_key):
        touching = [s for s in predicted if _shared(s, ref, False)]
        covered = sum(_shared(s, ref, False) for s in merge(touching))
        rows.append([ref.text_id, _name(ref.technique), ref.quote(corpus),
                     f"{covered / _length(ref):.0%}",
                     ", ".join(sorted({_name(s.technique) for s in touching})) or "-",
                     ref.note])
    for span in sorted(predicted, key=sort_key):
        if not any(_shared(span, ref, False) for ref in reference):
            rows.append([span.text_id, "(not in the reference)", span.quote(corpus), "-",
                         _name(span.technique), span.note])
    return Table(["text", "reference technique", "words", "found", "your technique(s)",
                  "why"], rows)


def _name(technique_id):
    technique = TECHNIQUES.get(technique_id)
    return technique.name if technique else technique_id
