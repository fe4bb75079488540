"""Techniques: the catalogue, find_span on the real texts, PTC in and out, the reference."""

import csv
import re

import pytest

from narratives import texts
from narratives import techniques as T
from narratives.errors import NarrativesError
from narratives.techniques import Span, find_span, from_ptc, read_ptc, to_ptc

corpus = texts.load()
SEMEVAL_LABELS = {
    "Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt",
    "Exaggeration,Minimisation", "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling",
    "Repetition", "Slogans", "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring"}


# The catalogue ---------------------------------------------------------------
def test_the_catalogue_has_the_14_semeval_labels_with_verbatim_examples():
    assert set(T.TECHNIQUES) == SEMEVAL_LABELS
    for technique in T.TECHNIQUES.values():
        assert technique.name and technique.definition.endswith(".")
        body = corpus[technique.example_text].body
        assert body.count(technique.example) == 1, technique.id


@pytest.mark.parametrize("typed, expected", [
    ("name calling", "Name_Calling,Labeling"), ("Labelling", "Name_Calling,Labeling"),
    ("Thought-terminating cliché", "Thought-terminating_Cliches"),
    ("straw man", "Whataboutism,Straw_Men,Red_Herring"), ("DOUBT", "Doubt"),
    ("flag waving", "Flag-Waving"), ("Appeal_to_fear-prejudice", "Appeal_to_fear-prejudice")])
def test_resolve_accepts_ids_names_and_aliases(typed, expected):
    assert T.resolve(typed) == expected


def test_resolve_says_what_to_use_for_an_unknown_label():
    with pytest.raises(NarrativesError, match="not one of the 14 techniques"):
        T.resolve("propaganda")


def test_the_table_lists_every_technique():
    table = T.table()
    assert len(table) == 14 and table.column("id")[0] == "Loaded_Language"


# find_span ---------------------------------------------------------------------
def test_straight_quotes_find_curly_ones_with_exact_offsets():
    text = corpus["tanks-and-planes"]
    found = find_span(text, '"Europe\'s last dictator."')
    assert text.body[found.start:found.end] == "“Europe’s last dictator.”" == found.text
    assert (found.occurrence, found.count, found.note) == (1, 1, "")
    start, end = found  # unpacks like a pair
    assert (start, end) == (found.start, found.end)


def test_low_double_quote_and_extra_spaces_and_capitals_are_tolerated():
    text = corpus["bogus-threat"]  # this quote opens with „ (U+201E)
    found = find_span(text, '  "there is NO military   NATO build up ')
    assert found.text == "„There is no military NATO build up"


def test_a_phrase_cut_inside_a_word_is_widened_to_whole_words():
    text = corpus["bogus-threat"]
    found = find_span(text, "ike rat")
    assert found.text == "like rats"
    # A word start is preferred: 'rat' is 'rats', not the middle of 'demonstrators'.
    assert find_span(text, "rat").text == "rats"
    assert T.on_word_boundaries(text.body, found.start, found.end)


def test_a_phrase_found_more_than_once_is_explained_and_can_be_chosen():
    text = corpus["euvsdisinfo-force"]
    first = find_span(text, "preparing to use force")
    assert first.count == 2 and first.occurrence == 1
    assert "occurs 2 times" in first.note and "occurrence= a number from 1 to 2" in first.note
    second = find_span(text, "preparing to use force", occurrence=2)
    assert second.start > first.start and text.body[second.start:second.end] == second.text
    with pytest.raises(NarrativesError, match="occurs 2 time.*from 1 to 2"):
        find_span(text, "preparing to use force", occurrence=3)


def test_within_a_sentence_and_a_pointer_when_the_words_are_elsewhere():
    text = corpus["bogus-threat"]
    rats = next(s for s in text.sentences if "rats" in s.text)
    found = find_span(text, "rats", within=rats)
    assert rats.start <= found.start < found.end <= rats.end
    with pytest.raises(NarrativesError) as caught:
        find_span(text, "rats", within=text.sentences[0])
    message = str(caught.value)
    assert "not in sentence 1 of text 'bogus-threat'" in message
    assert f"It is in sentence {rats.number} of this text" in message


@pytest.mark.parametrize("phrase, expected", [
    ("", "the phrase is empty"), ("   ", "the phrase is empty"),
    ("tanks and submarines", "is not in text 'tanks-and-planes'")])
def test_empty_or_missing_phrases_get_a_clear_sentence(phrase, expected):
    with pytest.raises(NarrativesError, match=expected):
        find_span(corpus["tanks-and-planes"], phrase)


def test_find_span_works_on_a_plain_string():
    assert tuple(find_span("NATO denied it.", "denied")) == (5, 11)


# The PTC format ----------------------------------------------------------------
def test_ptc_export_and_import_round_trip_with_and_without_notes():
    spans = [Span("pravda-bury", "Slogans", 2899, 2919, "a catchy\tpair\nof words"),
             Span("bogus-threat", "Name_Calling,Labeling", 2050, 2059),
             Span("bogus-threat", "Loaded_Language", 2050, 2059)]
    plain = to_ptc(spans)
    assert plain.splitlines() == ["bogus-threat\tLoaded_Language\t2050\t2059",
                                  "bogus-threat\tName_Calling,Labeling\t2050\t2059",
                                  "pravda-bury\tSlogans\t2899\t2919"]
    assert from_ptc(plain, corpus) == sorted(spans, key=T.sort_key)
    noted = from_ptc(to_ptc(spans, notes=True), corpus)
    assert noted == sorted(spans, key=T.sort_key)
    assert noted[-1].note == "a catchy pair of words"  # tabs and breaks cannot break a line


def test_ptc_import_skips_blank_and_comment_lines_and_windows_line_ends():
    content = "# my spans\r\n\r\npravda-bury\tSlogans\t2899\t2919\r\n"
    assert from_ptc(content, corpus) == [Span("pravda-bury", "Slogans", 2899, 2919)]


def test_every_bad_ptc_line_is_named_with_what_is_wrong():
    content = "\n".join([
        "pravda-bury\tSlogans\t2899\t2919",         # 1 fine
        "pravda-bury Slogans 2899 2919",            # 2 spaces, not tabs
        "pravda-bury\tSlogans\tten\t2919",          # 3 not a number
        "pravda-bury\tSlogans\t2919\t2919",         # 4 empty
        "pravda-bury\tPropaganda\t1\t5",            # 5 unknown technique
        "no-such-text\tDoubt\t1\t5",                # 6 unknown text
        "pravda-bury\tDoubt\t10\t999999",           # 7 past the end
        "pravda-bury\tDoubt\t1\t5\tnote\textra"])   # 8 six columns
    spans, problems = read_ptc(content, corpus)
    assert spans == [Span("pravda-bury", "Slogans", 2899, 2919)]
    assert problems == [
        "line 2: expected 4 columns separated by tabs (text_id, technique, start, end), found 1.",
        "line 3: start and end must be whole numbers, found 'ten' and '2919'.",
        "line 4: end (2919) must be greater than start (2919).",
        "line 5: 'Propaganda' is not a technique id (see techniques.table()).",
        "line 6: there is no text with id 'no-such-text'.",
        f"line 7: the offsets 10-999999 go past the end of 'pravda-bury' "
        f"({len(corpus['pravda-bury'].body)} characters).",
        "line 8: expected 4 columns separated by tabs (text_id, technique, start, end), found 6."]
    with pytest.raises(NarrativesError, match="7 line.*cannot be read") as caught:
        from_ptc(content, corpus)
    assert "line 8" in str(caught.value)


def test_without_a_corpus_only_the_format_is_checked():
    assert from_ptc("anything\tDoubt\t1\t99999\n") == [Span("anything", "Doubt", 1, 99999)]


def test_span_problem_catches_negative_offsets():
    assert "cannot be negative" in T.span_problem(Span("pravda-bury", "Doubt", -1, 5))


# The reference -----------------------------------------------------------------
reference = T.load_reference(corpus)
with open(T.REFERENCE_NOTES, encoding="utf-8", newline="") as _file:
    notes = list(csv.DictReader(_file))


def test_the_reference_file_is_pure_ptc():
    lines = T.REFERENCE.read_text(encoding="utf-8").splitlines()
    assert all(len(line.split("\t")) == 4 for line in lines)
    assert len(lines) == len(reference) >= 20


def test_every_reference_span_is_inside_its_text_on_word_boundaries():
    for span in reference:
        body = corpus[span.text_id].body
        assert 0 <= span.start < span.end <= len(body)
        assert T.on_word_boundaries(body, span.start, span.end), span
        assert span.quote(corpus) == span.quote(corpus).strip()


def test_reference_spans_cover_all_texts_all_techniques_and_both_sides():
    assert {s.text_id for s in reference} == set(corpus.ids)
    assert {s.technique for s in reference} == SEMEVAL_LABELS
    sides = {(n["technique"], n["side"]) for n in notes}
    for technique in ("Loaded_Language", "Name_Calling,Labeling"):
        assert {(technique, "Minsk/Moscow words"), (technique, "NATO/EU/Western-outlet words")} <= sides


def test_every_reference_span_has_a_verbatim_quote_and_a_rationale():
    assert len(notes) == len(reference)
    by_key = {(s.text_id, s.technique, s.start, s.end): s for s in reference}
    for row in notes:
        span = by_key[(row["text_id"], row["technique"], int(row["start"]), int(row["end"]))]
        assert span.quote(corpus) == row["quote"]
        assert span.note == row["rationale"] and row["voice"]


def test_the_quotes_the_lesson_relies_on_are_in_the_reference():
    quotes = {(s.text_id, s.quote(corpus)): s.technique for s in reference}
    assert quotes[("tanks-and-planes", "Europe’s last dictator")] == "Name_Calling,Labeling"
    assert quotes[("bogus-threat", "they’ll crawl out of their holes like rats")] == \
        "Name_Calling,Labeling"
    assert quotes[("pravda-bury", "ready to bury Belarus")] == "Loaded_Language"


def test_spans_table_shows_the_words_and_the_reason():
    table = T.spans_table(reference[:2], corpus)
    assert table.column("words") == [s.quote(corpus) for s in sorted(reference[:2],
                                                                        key=T.sort_key)]
    assert all(table.column("why"))


def test_reference_table_filters_by_technique_and_says_whose_words():
    table = T.reference_table("name calling")
    assert set(table.column("technique")) == {"Name calling or labelling"}
    assert "Europe’s last dictator" in table.column("words")
    assert len(T.reference_table()) == len(reference)


def test_count_table_counts_by_technique_and_text():
    spans = [Span("pravda-bury", "Slogans", 0, 4), Span("pravda-bury", "Slogans", 5, 9),
             Span("bogus-threat", "Doubt", 0, 4)]
    table = T.count_table(spans, corpus)
    assert table.columns[1:] == list(corpus.ids) + ["all"]
    assert table.rows == [["Doubt", 0, 1, 0, 0, 0, 1], ["Slogans", 0, 0, 0, 2, 0, 2],
                          ["all techniques", 0, 1, 0, 2, 0, 3]]


def test_mark_makes_a_span_from_words_and_a_technique_name():
    span = T.mark(corpus["pravda-bury"], "traders are traitors", "slogan", note="catchy")
    assert span == Span("pravda-bury", "Slogans", 2899, 2919) and span.note == "catchy"
    with pytest.raises(NarrativesError, match="not one of the 14"):
        T.mark(corpus["pravda-bury"], "Traders are traitors", "catchphrases")


# Definitions and decision rules (issue 19) ---------------------------------------------
def test_definitions_add_no_words_to_semeval_and_keep_the_testimonial_case():
    exaggeration = T.TECHNIQUES["Exaggeration,Minimisation"].definition
    assert "excessive manner" in exaggeration and "less important or smaller" in exaggeration
    assert "certain" not in exaggeration and "evidence" not in exaggeration
    authority = T.TECHNIQUES["Appeal_to_Authority"].definition
    assert "without any other evidence" in authority
    assert "not an authority or an expert" in authority and "testimonial" in authority


def test_decision_rules_name_real_techniques_and_quote_the_texts():
    pairs = {frozenset({"Loaded_Language", "Name_Calling,Labeling"}),
             frozenset({"Doubt", "Causal_Oversimplification"}),
             frozenset({"Appeal_to_fear-prejudice", "Exaggeration,Minimisation"})}
    assert set(T.DECISION_RULES) == pairs
    bodies = " ".join(" ".join(t.body.split()) for t in corpus)
    for text in list(T.DECISION_RULES.values()) + [T.SPAN_LENGTH]:
        for quoted in re.findall(r"(?:^|[\s(])'(.+?)'(?=[\s,.;:)]|$)", text):
            assert quoted in bodies, quoted
    assert T.rule("name calling", "Loaded language") == T.rule("Loaded_Language", "labelling")
    assert T.rule("Doubt", "Slogans").startswith("No decision rule for that pair")
    with pytest.raises(NarrativesError, match="not one of the 14 techniques"):
        T.rule("propaganda", "Doubt")
    table = T.rules_table()
    assert len(table) == 4 and table.column("techniques")[-1] == "span length"


def test_the_reference_follows_the_span_length_rule():
    # The parts of the written rule that code can check, checked on the reference.
    assert "Never across two sentences; leave out 'he said'" in T.SPAN_LENGTH
    for span in reference:
        text = corpus[span.text_id]
        quote = span.quote(corpus)
        # Never across two sentences (a headline or a subheading counts as one).
        assert any(s.start <= span.start and span.end <= s.end for s in text.sentences), quote
        assert not re.search(r"\b(he|she) (said|added|stressed)\b", quote), quote
        if span.technique in ("Loaded_Language", "Name_Calling,Labeling"):
            assert len(quote.split()) <= 8, quote


def test_a_motive_is_tagged_where_it_is_asserted_not_where_it_is_a_condition():
    quotes = {(s.text_id, s.quote(corpus)): s.technique for s in reference}
    # Bychkov asserts Stoltenberg's motive: causal oversimplification.
    assert quotes[("pravda-bury", "Jens Stoltenberg was making the above-mentioned statements "
                   "to spark anti-Belarusian sentiments in Russian political circles")] == \
        "Causal_Oversimplification"
    # Stoltenberg's quoted sentence is a condition ("any attempt ... to use NATO as an
    # excuse ... is absolutely wrong"), and the headline pins its charge of motive on him
    # ("to justify violence against own people – Stoltenberg"): both untagged, alike.
    body = corpus["bogus-threat"].body
    for words in ("to use NATO as an excuse or as a pretext",
                  "to justify violence against own people"):
        start = body.index(words)
        assert not [s for s in reference if s.text_id == "bogus-threat"
                    and s.start < start + len(words) and start < s.end], words
    assert "asserts no motive" in T.rule("doubt", "causal oversimplification")
