"""Fuzzing every loader, store, upload and exercise check with malformed, huge, empty and
hostile input (issue 14): the only exception allowed out is a NarrativesError, and no
example may hang (Hypothesis's deadline fails one that takes seconds).

Examples are few per test (the whole file runs in seconds); every run draws new ones.
"""

import importlib
import string
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings, strategies as st

from narratives import texts
from narratives.checks import OpenQuestion, Question
from narratives.csvcells import FORMULA_STARTS, read_rows, safe, unsafe
from narratives.errors import NarrativesError
from narratives.reading import decode
from narratives.tagging import TagStore, Tagger
from narratives.tagging.tagcsv import from_csv, parse_csv
from narratives.techniques import find_span, read_ptc
from narratives.techniques.spanstore import SpanStore
from narratives.techniques.spantagger import SpanTagger
from narratives.texts.folder import report
from narratives.workspace import read_uploads

# No shrinking: a slow example is reported as it was found, at once.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

# A hang takes for ever, so a generous deadline still catches it, and a busy CI machine
# (two cores, other work) does not fail a merely slow example.
FUZZ = settings(max_examples=30, deadline=timedelta(seconds=20), database=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
CORPUS = texts.load()

# Pieces that break parsers: quotes, separators, line ends, BOMs, formulas, NULs, ids.
NASTY = ["\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "\ufeff", "=", "@", "+", "-",
         "\x00", "\u200b", "'", "text_id", "sentence", "labels", "rationale", "id", "file",
         "pravda-bury", "none", "west-hostile", "Slogans", "0", "1", "-1", "99999999999",
         "../", "catalog.csv", "Лукашенко", "NATO", "* * *", "{", "}", "[", "]", ":"]
nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=20)),
                      max_size=40).map("".join)
huge_text = st.builds(lambda piece, n: piece * n, st.sampled_from(["a", "\"", "a,", "\n"]),
                      st.integers(130_000, 140_000))
any_text = st.one_of(nasty_text, st.text(max_size=200), huge_text)
any_bytes = st.one_of(st.binary(max_size=300), any_text.map(lambda t: t.encode("utf-8")),
                      any_text.map(lambda t: t.encode("utf-16")),
                      st.text(max_size=100).map(lambda t: t.encode("cp1251", "replace")))

# Learners' answers: every type, nested, mixed, huge and odd.
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(10**300, 10**400),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
                    st.binary(max_size=10), st.complex_numbers(), st.just(...))
answers = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.tuples(inner, inner), st.tuples(inner, inner, inner),
    st.frozensets(st.one_of(st.integers(), st.text(max_size=5)), max_size=5),
    st.dictionaries(st.text(max_size=5), inner, max_size=3)), max_leaves=10)


def only_narratives_errors(action):
    """Run `action`; a NarrativesError is a fine answer, any other exception fails the test."""
    try:
        return action()
    except NarrativesError as error:
        assert str(error).strip(), "a NarrativesError must say something"
        return error


@FUZZ
@given(catalog=st.one_of(st.none(), any_bytes), body=any_bytes)
def test_checking_a_folder_of_any_files_always_answers_with_sentences(tmp_path_factory,
                                                                     catalog, body):
    folder = tmp_path_factory.mktemp("texts")
    (folder / "a.txt").write_bytes(body)
    if catalog is not None:
        (folder / "catalog.csv").write_bytes(catalog)
    ok, text = report(folder)
    assert text.strip()
    only_narratives_errors(lambda: texts.load(folder))


def any_csv_text(test):
    """Fuzz `test(text)` with any text, and always with the CSV texts that once broke parsers:
    a header of 130,000 columns, a quoted cell of 140,000 characters, nothing at all."""
    for case in ("", "text_id,sentence,labels\npravda-bury,1,\"" + "x" * 140_000, "a," * 130_000):
        test = example(text=case)(test)
    return FUZZ(given(text=any_text)(test))


@any_csv_text
def test_tags_csv_of_any_text_loads_or_lists_its_bad_lines(text):
    tags, problems = parse_csv(text, CORPUS)
    assert all(isinstance(p, str) and p.startswith("line") for p in problems)
    only_narratives_errors(lambda: from_csv(text, CORPUS))


@any_csv_text
def test_csv_rows_of_any_text_are_rows_or_problems(text):
    header, rows, problems = read_rows(text)
    assert all(isinstance(line, int) and isinstance(row, dict) for line, row in rows)


@FUZZ
@given(cell=st.text(max_size=30))
def test_a_safe_cell_never_starts_a_formula_and_reads_back(cell):
    assert not str(safe(cell)).startswith(FORMULA_STARTS)
    assert unsafe(safe(cell)) == cell


@any_csv_text
def test_ptc_spans_of_any_text_are_spans_or_problems(text):
    spans, problems = read_ptc(text, CORPUS)
    assert len(problems) <= len(text.splitlines())


@FUZZ
@given(data=any_bytes)
def test_stores_open_any_file_without_losing_it(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("work")
    (folder / "tags-ada.json").write_bytes(data)
    (folder / "spans-ada.tsv").write_bytes(data)
    only_narratives_errors(lambda: TagStore(folder / "tags-ada.json"))
    only_narratives_errors(lambda: SpanStore(folder / "spans-ada.tsv", CORPUS))
    kept = list(folder.iterdir())
    assert sum(p.stat().st_size for p in kept) >= 2 * len(data)  # nothing thrown away


@FUZZ
@given(data=any_bytes)
def test_decoding_any_bytes_gives_text_or_a_sentence(data):
    only_narratives_errors(lambda: decode("file.txt", data))


@pytest.fixture(scope="module")
def widgets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("widgets")
    return (Tagger(CORPUS, annotator="fuzz", folder=folder),
            SpanTagger(CORPUS, annotator="fuzz", folder=folder))


@FUZZ
@given(content=any_bytes, name=st.text(max_size=20))
def test_uploads_of_any_file_are_answered_in_the_widgets(widgets, content, name):
    tagger, span_tagger = widgets
    items = [{"name": name, "type": "", "size": len(content), "content": memoryview(content),
              "last_modified": datetime(2020, 8, 16)}]
    for widget in (tagger, span_tagger):
        widget.message.value = ""
        widget.upload.value = tuple(items)
        assert widget.message.value
    assert len(read_uploads(items + [{"bad": 1}, "junk"])) == 3


@FUZZ
@given(phrase=any_text, occurrence=answers, typed=st.text(max_size=40))
def test_finding_and_adding_any_phrase_answers_with_a_sentence(widgets, phrase, occurrence,
                                                               typed):
    text = CORPUS["pravda-bury"]
    only_narratives_errors(lambda: find_span(text, phrase, occurrence))
    only_narratives_errors(lambda: find_span(text, "NATO", within=occurrence))
    span_tagger = widgets[1]
    span_tagger.phrase.value = typed
    span_tagger.add_span()
    assert span_tagger.message.value


@FUZZ
@given(value=answers)
def test_loaders_and_lookups_take_any_value(value):
    only_narratives_errors(lambda: texts.load(value) if value is not None else None)
    only_narratives_errors(lambda: CORPUS[value])


QUESTIONS = [question for n in range(1, 7)
             for question in vars(importlib.import_module(f"narratives.checks.lesson0{n}"))
             .values() if isinstance(question, (Question, OpenQuestion))]


@FUZZ
@given(value=answers, which=st.integers(0, len(QUESTIONS) - 1))
def test_every_exercise_check_answers_any_value_with_feedback(value, which):
    question = QUESTIONS[which]
    feedback = question.check(value)
    assert str(feedback).split(":")[0].rstrip("!") in {
        "Correct", "Incorrect", "Not attempted", "Thank you"}
    question.hint(value)


def test_every_question_is_fuzzed():
    assert len(QUESTIONS) >= 20 and set(string.digits)  # the lessons' questions were found


def public_calls():
    """The functions lessons call, each with one argument left for the fuzz to fill."""
    from narratives import claims, tagging as tags, techniques, words, yourtext
    from narratives.claims import answers, russian
    from narratives.tagging import classroom
    from narratives.texts.catalog import parse_date
    from narratives.texts.folder import scan

    text, claim_list = CORPUS["pravda-bury"], claims.load(CORPUS)
    return {
        "texts.load_file": texts.load_file, "texts.to_html": texts.to_html, "scan": scan,
        "parse_date": parse_date, "texts.mentions": lambda b: texts.mentions(CORPUS, b),
        "tagging.read_tags": lambda b: tags.read_tags(b, CORPUS),
        "classroom.read_class": lambda b: classroom.read_class(b, CORPUS),
        "tagging.from_csv": lambda b: tags.from_csv(b, CORPUS),
        "techniques.from_ptc": lambda b: techniques.from_ptc(b, CORPUS),
        "techniques.SpanStore": lambda b: techniques.SpanStore(b, CORPUS),
        "find_span(text)": lambda b: find_span(b, "NATO"),
        "techniques.mark": lambda b: techniques.mark(text, "NATO", b),
        "yourtext.claim_sentences": yourtext.claim_sentences,
        "yourtext.denial_sentences": yourtext.denial_sentences,
        "claims.answers.find": answers.find,
        "claims.russian.attribution_ru": russian.attribution_ru,
        "words.frequencies": lambda b: words.frequencies(CORPUS, b),
        "words.frequencies(by)": lambda b: words.frequencies(CORPUS, ["nato"], by=b),
        "words.concordance": lambda b: words.concordance(CORPUS, b),
        "words.concordance(width)": lambda b: words.concordance(CORPUS, "nato", width=b),
        "words.dispersion": lambda b: words.dispersion(CORPUS, b),
        "words.collocations": words.collocations,
        "words.collocations(n)": lambda b: words.collocations(CORPUS, n=b),
        "words.keyness": lambda b: words.keyness([text], b),
        "words.plot_frequencies": words.plot_frequencies,
        "tagging.count": lambda b: tags.count(b, CORPUS), "tagging.agreement": tags.agreement,
        "TagStore.set(index)": lambda b: TagStore().set("pravda-bury", b, {"none"}),
        "TagStore.set(labels)": lambda b: TagStore().set("pravda-bury", 0, b),
        "claims[...]": lambda b: claim_list[b],
    }


PUBLIC = public_calls()


@settings(FUZZ, max_examples=150)
@given(value=answers, name=st.sampled_from(sorted(PUBLIC)))
@example(value={"x": b"NATO"}, name="texts.mentions")   # a bytes pattern: a bare TypeError
def test_public_functions_answer_any_argument_with_a_sentence(value, name):
    only_narratives_errors(lambda: PUBLIC[name](value))


def claims_and_overlap_calls():
    """Every public function of the claims and the overlap score, and those of the other
    fronts that take objects (spans, tags, tables, a corpus), each with one argument left
    for the fuzz to fill and the others right."""
    from narratives import claims, tagging, techniques, words, yourtext
    from narratives.claims import comparer
    from narratives.techniques import load_reference, overlap

    found = claims.load(CORPUS)
    claim, reference = found["polish-flags"], load_reference(CORPUS)
    store, dispersion = TagStore(), words.dispersion(CORPUS, ["nato"])
    store.set("pravda-bury", 0, {"none"})
    calls = {f"claims.{name}(claim)": getattr(claims, name) for name in (
        "denial_table", "reply_table", "evidence_table", "review_table", "reviewed",
        "days_to_first_denial", "sides", "in_the_texts", "outside_table")}
    for name in ("travel", "said_how"):
        calls[f"claims.{name}(claim)"] = lambda b, f=getattr(claims, name): f(b, CORPUS)
        calls[f"claims.{name}(corpus)"] = lambda b, f=getattr(claims, name): f(claim, b)
    for name in ("panel", "events", "describe", "chart"):
        f = getattr(comparer, name)
        extra = ("appearances",) if name == "panel" else ()
        calls[f"comparer.{name}(claim)"] = lambda b, f=f, extra=extra: f(b, CORPUS, *extra)
        calls[f"comparer.{name}(corpus)"] = lambda b, f=f, extra=extra: f(claim, b, *extra)
    return {
        **calls,
        "claims.sides(stopwords)": lambda b: claims.sides(claim, b),
        "claims.when": claims.when, "claims.overview": claims.overview,
        "comparer.heading": comparer.heading,
        "claims.attribution(text)": lambda b: claims.attribution(b, 0, 10),
        "claims.attribution(start)": lambda b: claims.attribution(CORPUS["pravda-bury"], b, 40),
        "claims.attribution(end)": lambda b: claims.attribution("Lukashenko said so.", 0, b),
        "claims.to_claimreview(id)": lambda b: claims.to_claimreview(b, CORPUS, found),
        "claims.to_claimreview(corpus)": lambda b: claims.to_claimreview("nato-force", b),
        "claims.to_claimreview(claims)": lambda b: claims.to_claimreview(
            "nato-force", CORPUS, b),
        "claims.to_claimreview(which)": lambda b: claims.to_claimreview(
            "nato-force", CORPUS, found, b),
        "claims.check(data)": lambda b: claims.check(b, CORPUS),
        "claims.check(corpus)": lambda b: claims.check({"claims": [{"id": "x"}]}, b),
        "claims.load": claims.load,
        "claims.Comparer(corpus)": lambda b: claims.Comparer(b, found),
        "claims.Comparer(claims)": lambda b: claims.Comparer(CORPUS, b),
        "claims.Comparer(claim_id)": lambda b: claims.Comparer(CORPUS, found, b),
        "yourtext.known_claims(claims)": lambda b: yourtext.known_claims(
            CORPUS["pravda-bury"], b),
        "yourtext.known_claims(min_shared)": lambda b: yourtext.known_claims(
            CORPUS["pravda-bury"], found, min_shared=b),
        "overlap.merge": overlap.merge,
        "techniques.to_ptc": techniques.to_ptc, "techniques.sort_key": techniques.sort_key,
        "techniques.span_problem": techniques.span_problem,
        "techniques.span_problem(corpus)": lambda b: techniques.span_problem(reference[0], b),
        "techniques.spans_table": lambda b: techniques.spans_table(b, CORPUS),
        "techniques.spans_table(corpus)": lambda b: techniques.spans_table(reference[:3], b),
        "techniques.count_table": lambda b: techniques.count_table(b, CORPUS),
        "techniques.count_table(corpus)": lambda b: techniques.count_table(reference[:3], b),
        "techniques.load_reference": techniques.load_reference,
        "techniques.on_word_boundaries(start)": lambda b: techniques.on_word_boundaries(
            "NATO said so.", b, 4),
        "tagging.count(corpus)": lambda b: tagging.count({}, b),
        "tagging.compare(corpus)": lambda b: tagging.compare(store, store, b),
        "tagging.sentences_with(label)": lambda b: tagging.sentences_with(store, b),
        "tagging.shown_texts(most)": lambda b: tagging.shown_texts(store, CORPUS, b),
        "tagging.per_label": tagging.per_label, "tagging.disputed": tagging.disputed,
        "tagging.against": lambda b: tagging.against(b, store),
        "tagging.to_csv": tagging.to_csv,
        "tagging.tags_of": tagging.tags_of,
        "words.g2(a)": lambda b: words.g2(b, 2, 100, 200),
        "words.log_ratio(d)": lambda b: words.log_ratio(10, 2, 100, b),
        "words.top_words(n)": lambda b: words.top_words(CORPUS, b),
        "words.describe_frequencies": words.describe_frequencies,
        "words.describe_dispersion(text_ids)": lambda b: words.describe_dispersion(
            dispersion, b),
        "words.plot_dispersion(text_ids)": lambda b: words.plot_dispersion(dispersion, b),
        "words.Explorer(words)": lambda b: words.Explorer(CORPUS, b),
        "texts.sources": texts.sources, "texts.how_we_know": texts.how_we_know,
        "texts.overview": texts.overview, "texts.boilerplate_table": texts.boilerplate_table,
        "texts.mentions(corpus)": lambda b: texts.mentions(b, {"Lukashenko": "Lukashenk[oa]"}),
        "words.normalize": words.normalize,
        "yourtext.compare_words(corpus)": lambda b: yourtext.compare_words(
            CORPUS["pravda-bury"], b),
        "yourtext.compare_words(n)": lambda b: yourtext.compare_words(
            CORPUS["pravda-bury"], [CORPUS["bogus-threat"]], n=b),
        "overlap.score(predicted)": lambda b: overlap.score(b, reference),
        "overlap.score(reference)": lambda b: overlap.score(reference[:5], b),
        "overlap.score(text_ids)": lambda b: overlap.score(reference[:5], reference,
                                                           text_ids=b),
        "overlap.compare(predicted)": lambda b: overlap.compare(b, reference, CORPUS),
        "overlap.compare(reference)": lambda b: overlap.compare(reference[:5], b, CORPUS),
        "overlap.compare(corpus)": lambda b: overlap.compare(reference[:5], reference, b),
        "overlap.compare(text_ids)": lambda b: overlap.compare(reference[:5], reference,
                                                               CORPUS, text_ids=b),
    }


CLAIMS_AND_OVERLAP = claims_and_overlap_calls()


def _things():
    """Right objects in the wrong place: a corpus for a claim, a span for a corpus, ..."""
    from narratives import claims
    from narratives.techniques import Span

    found = claims.load(CORPUS)
    return [CORPUS, CORPUS["pravda-bury"], found, found["polish-flags"], "polish-flags",
            Span("pravda-bury", "Doubt", 0, 10), Span("pravda-bury", "Doubt", 10, 5),
            Span("pravda-bury", "Doubt", -3, 4), Span("pravda-bury", "Doubt", 0, 10**30),
            Span("nowhere", "Doubt", 0, 10), Span("pravda-bury", "Doubt", "0", "10")]


THINGS = _things()
# Any answer, a right object in the wrong place, or a list mixing them (spans among junk).
misplaced = st.one_of(answers, st.sampled_from(THINGS),
                      st.lists(st.one_of(st.sampled_from(THINGS), scalars), max_size=4),
                      st.lists(st.sampled_from(THINGS[5:6]), min_size=2_000, max_size=2_000))


@settings(FUZZ, max_examples=250)
@given(value=misplaced, name=st.sampled_from(sorted(CLAIMS_AND_OVERLAP)))
@example(value=None, name="overlap.score(predicted)")
@example(value=None, name="claims.travel(claim)")
@example(value=[], name="claims.overview")
@example(value=[THINGS[8], THINGS[8]], name="overlap.score(reference)")  # 10**30 long
@example(value="x" * 200_000, name="words.Explorer(words)")  # took 20 s to draw
def test_claims_and_overlap_answer_any_argument_with_a_sentence(value, name):
    only_narratives_errors(lambda: CLAIMS_AND_OVERLAP[name](value))


@pytest.mark.parametrize("name", sorted(CLAIMS_AND_OVERLAP))
def test_claims_and_overlap_answer_none_with_a_sentence_naming_it(name):
    if name in {"claims.sides(stopwords)", "claims.when", "claims.load",
                "claims.Comparer(claims)", "claims.Comparer(claim_id)",
                "claims.to_claimreview(corpus)", "claims.to_claimreview(claims)",
                "overlap.score(text_ids)", "overlap.compare(text_ids)",
                "techniques.load_reference", "techniques.span_problem(corpus)"}:
        CLAIMS_AND_OVERLAP[name](None)  # None means "the default" here, and works
        return
    if name == "claims.check(data)":  # check lists problems; it raises for none
        assert CLAIMS_AND_OVERLAP[name](None) == [
            'the file should hold {"claims": [...]}, a list of claims.']
        return
    with pytest.raises(NarrativesError, match="None"):
        CLAIMS_AND_OVERLAP[name](None)


# --- Issue 20: text ids, class files and two span stores, fuzzed ------------------------

@FUZZ
@given(text_id=st.one_of(nasty_text.map(lambda t: t[:60]), st.text(max_size=30)))
@example(text_id="#1")
@example(text_id="two\tparts")
@example(text_id="=HYPERLINK(1)")
@example(text_id="../../../x")
@example(text_id="\ufeffx")   # a spans file's first line lost it as a byte-order mark
def test_any_text_id_is_carried_by_every_file_or_refused(tmp_path_factory, text_id):
    from narratives.tagging.sheet import write_sheets
    from narratives.tagging.tagcsv import to_csv
    from narratives.techniques import Span
    folder = tmp_path_factory.mktemp("texts")
    (folder / "a.txt").write_text("Headline\n\nNATO denied it again.\n", encoding="utf-8")
    (folder / "catalog.csv").write_text('id,file\n"' + text_id.replace('"', '""') + '",a.txt\n',
                                        encoding="utf-8", newline="")
    loaded = only_narratives_errors(lambda: texts.load(folder))
    if isinstance(loaded, NarrativesError):
        assert not report(folder)[0]   # check refuses what load refuses
        return
    (text_id,) = loaded.ids
    store = TagStore(folder / "work" / "tags-ada.json", annotator="ada")
    store.set(text_id, 0, {"none"})
    assert [key for key, _ in TagStore(store.path).items()] == [(text_id, 0)]
    assert list(parse_csv(to_csv(store, loaded), loaded)[0]) == [(text_id, 0)]
    spans = SpanStore(folder / "work" / "spans-ada.tsv", loaded)
    spans.add(Span(text_id, "Doubt", 10, 14))
    assert [s.text_id for s in SpanStore(spans.path, loaded)] == [text_id]
    (sheet,) = write_sheets(loaded, folder / "sheets")
    assert sheet.parent == folder / "sheets"


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                                     st.text(max_size=10)),
                           lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                   st.dictionaries(st.text(max_size=8), inner,
                                                                   max_size=3)), max_leaves=8)


@FUZZ
@given(annotator=json_values, tags=json_values, depth=st.sampled_from([0, 0, 5000]))
@example(annotator=["ada"], tags=[], depth=0)
@example(annotator=None, tags=[], depth=100_000)
def test_the_class_merge_reads_any_json_file_or_reports_it(tmp_path_factory, annotator,
                                                           tags, depth):
    import json

    from narratives.tagging.classroom import read_class
    folder = tmp_path_factory.mktemp("class")
    doc = json.dumps({"format": "narratives-tags", "annotator": annotator, "tags": tags})
    (folder / "tags-odd.json").write_text(doc[:-1] + ', "x": ' + "[" * depth + "]" * depth
                                          + "}" if depth else doc, encoding="utf-8")
    (folder / "tags-ok.json").write_text(json.dumps({"format": "narratives-tags",
                                                     "annotator": "ok", "tags": []}),
                                         encoding="utf-8")
    merged = read_class(folder, CORPUS)
    assert "ok" in merged.stores and len(merged.report) == 2


@FUZZ
@given(steps=st.lists(st.tuples(st.booleans(), st.sampled_from(["add", "remove", "merge"]),
                                st.integers(0, 3)), max_size=25))
@example(steps=[(True, "add", 0), (False, "remove", 0), (True, "add", 0)])
@example(steps=[(True, "add", 0), (False, "remove", 0), (True, "remove", 0)])
def test_two_span_stores_on_one_file_answer_as_the_file_does(tmp_path_factory, steps):
    """Two stores (two kernels) take turns at random: each answer and the file agree with
    one set of spans that every change is made to."""
    from narratives.techniques import Span
    path = tmp_path_factory.mktemp("work") / "spans-ada.tsv"
    stores, truth = (SpanStore(path, CORPUS), SpanStore(path, CORPUS)), set()
    for first, action, n in steps:
        store, span = stores[0 if first else 1], Span("pravda-bury", "Doubt", n, n + 5)
        if action == "add":
            assert store.add(span) is (span not in truth)
            truth.add(span)
        elif action == "remove":
            assert store.remove(span) is (span in truth)
            truth.discard(span)
        else:
            assert store.merge([span]) == (span not in truth)
            truth.add(span)
        assert set(SpanStore(path, CORPUS).spans) == truth
