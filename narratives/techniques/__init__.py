r"""Propaganda techniques: the 14 labels, spans of text, and the PTC span format.

A span is an exact passage of a text, `(text_id, technique, start, end)`,
with character offsets into the verbatim body (end exclusive), as in the
Propaganda Techniques Corpus (PTC) of SemEval-2020 Task 11. A learner types a
phrase; `find_span` turns it into offsets. The labels and their definitions follow
Da San Martino et al. (EMNLP 2019) and the SemEval-2020 Task 11 paper (`SOURCES`).

>>> from narratives import texts
>>> corpus = texts.load()
>>> found = find_span(corpus["tanks-and-planes"], "Europe's last dictator")
>>> found.start, found.end, found.text
(688, 710, 'Europe’s last dictator')
>>> span = Span("tanks-and-planes", "Name_Calling,Labeling", found.start, found.end)
>>> to_ptc([span]).split("\t")
['tanks-and-planes', 'Name_Calling,Labeling', '688', '710\n']
>>> from_ptc(to_ptc([span])) == [span]
True
"""

# Learners import everything from here: `from narratives import techniques`. Behind
# it: `spans` (the catalog, spans, PTC files), `findspan` (a phrase to offsets),
# `overlap` (scoring spans against the reference), `rules` (telling overlapping
# techniques apart), `spanstore` and `spantagger`.
from . import overlap  # noqa: F401 (techniques.overlap.score in lesson 05)
from .findspan import Found, find_span, on_word_boundaries
from .spans import (CATALOG, REFERENCE, REFERENCE_NOTES, SOURCES, TECHNIQUES, Span, Technique, count_table,
                    from_ptc, load, load_reference, mark, read_ptc, reference_table, resolve,
                    sort_key, span_problem, spans_table, table, to_ptc)
from .rules import DECISION_RULES, SPAN_LENGTH, rule, rules_table
from .spanstore import SpanStore, spans_path
from .spantagger import SpanTagger

__all__ = ["CATALOG", "DECISION_RULES", "Found", "REFERENCE", "REFERENCE_NOTES", "SOURCES", "Span", "SpanStore", "SpanTagger", "TECHNIQUES", "Technique", "count_table", "find_span", "from_ptc", "load", "load_reference", "mark", "on_word_boundaries", "overlap", "read_ptc", "reference_table", "resolve", "rule", "rules_table", "SPAN_LENGTH", "sort_key", "span_problem", "spans_path", "spans_table", "table", "to_ptc"]
