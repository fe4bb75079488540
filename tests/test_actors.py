"""Narratives belong to the actors who tell them, not to two camps (issue 19).

Labels never call a claim false; every narrative names who tells it, from a
fixed list of actors, and points at reference sentences that carry it; a
report of an event is a report, whoever makes it; rule 3 is applied evenly.
"""

import csv
import re

import pytest

from narratives import tagging
from narratives.errors import NarrativesError
from narratives.paths import TEXTS
from narratives.tagging import actors as actors_module
from narratives.tagging.calibration import DECISION_RULES
from narratives.tagging.tagjson import check_labels
from narratives.tagging.taxonomy import load as load_labels

# The actors issue 19 names, and no others: who tells the stories of these five texts;
# and the source an EUvsDisinfo page summarises without naming it, whose words an EU
# body's attribution ('pro-Kremlin media') does not credit to any state.
FIXED = {
    "belarusian-authorities": "The Belarusian authorities",
    "russia": "The Russian state, and Russian media state-run or private",
    "nato": "NATO",
    "eu": "EU institutions and EUvsDisinfo",
    "polish-state-media": "Polish state media",
    "belarusian-opposition": "The Belarusian opposition and civil society",
    "reporters": "Wire and independent reporters",
    "us-partisan-media": "US partisan media",
    "unnamed": "An unnamed source (EUvsDisinfo calls it 'pro-Kremlin media')",
}
# Words that would make a label a verdict on a claim rather than a description of a text.
VERDICT = re.compile(r"\b(false(ly)?|untrue|lies?|lying|liars?|fake|bogus|wrong|debunk\w*|"
                     r"other side)\b", re.I)


@pytest.fixture(scope="module")
def reference(corpus):
    return tagging.load_reference(corpus)


def rows(name):
    with open(TEXTS / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_no_label_name_or_definition_calls_a_claim_false():
    for row in rows("narratives.csv"):
        assert not VERDICT.search(row["name"]), row["name"]
        assert not VERDICT.search(row["definition"]), (row["id"], row["definition"])
    # The label that records a dispute says what the text does, not who is right.
    disputes = load_labels()["disputes-claim"]
    assert disputes.name == "Says a claim lacks evidence or was denied"
    assert "whether the claim holds is lesson 03's question" in disputes.definition


def test_no_label_cites_a_technique_task_for_narratives():
    text = (TEXTS / "narratives.csv").read_text(encoding="utf-8")
    assert "SemEval" not in text  # SemEval-2020 Task 11 is about techniques, not narratives


def test_actors_are_the_fixed_list_and_no_camp():
    actors = actors_module.load()
    assert {a.id: a.name for a in actors.values()} == FIXED
    for actor in actors.values():
        assert not re.search(r"\b(side|camp)s?\b", actor.name + " " + actor.who, re.I), actor.id


def test_the_actors_a_chart_colours_have_colours_of_their_own():
    # A bar takes the colour of the actor who tells its label most often.
    colours = tagging.actor_colours()
    actors = actors_module.load()
    leading = {actors[label.told_by[0]].name for label in load_labels().values()
               if label.told_by}
    assert len({colours[name] for name in leading}) == len(leading)


def test_an_eu_bodys_attribution_credits_no_sentence_to_a_state():
    # EUvsDisinfo calls the source it summarises 'pro-Kremlin media' but names no outlet:
    # those sentences are the unnamed source's, not Russia's.
    for label in load_labels().values():
        assert not any(text_id == "euvsdisinfo-flights" and number <= 5
                       for text_id, number in label.evidence.get("russia", [])), label.id
    assert "pro-Kremlin" not in actors_module.load()["russia"].who


def test_every_narrative_is_told_by_named_actors_not_a_side():
    header = rows("narratives.csv")[0].keys()
    assert "side" not in header and "told_by" in header
    for label in load_labels().values():
        if label.id == "none":
            assert not label.told_by  # a plain report is no actor's story
            continue
        assert label.told_by, f"{label.id} names no actor who tells it"
        assert set(label.told_by) <= set(FIXED), label.id


def test_told_by_points_at_sentences_that_carry_the_label(corpus, reference):
    for label in load_labels().values():
        for actor, places in label.evidence.items():
            assert places, (label.id, actor)
            for text_id, number in places:
                assert text_id in corpus, (label.id, actor, text_id)
                assert 1 <= number <= len(corpus[text_id].sentences), (label.id, text_id, number)
                assert label.id in reference.get(text_id, number - 1), (label.id, actor,
                                                                         text_id, number)


def test_told_by_order_is_most_sentences_first():
    label = load_labels()["regime-illegitimate"]
    counts = [len(label.evidence[a]) for a in label.told_by]
    assert counts == sorted(counts, reverse=True)
    # The opposition tells it in the most sentences (NATO in as many): no "camp" owns it.
    assert len(label.evidence["belarusian-opposition"]) == counts[0]
    # A record of fraud reported in EUvsDisinfo's voice is a report, like the result.
    assert "euvsdisinfo-flights" not in dict(label.evidence["belarusian-opposition"])


def test_a_bad_actor_or_number_gets_a_sentence(tmp_path):
    head = "id,name,told_by,definition,cue\n"
    none = "none,A plain report,,Reports.,who did what\n"
    for cell, message in [("camp-a: bogus-threat 1", "'camp-a' is not an actor"),
                          ("nato: bogus-threat one", "should be a text id and sentence numbers"),
                          ("", "the label has no told_by")]:
        path = tmp_path / "narratives.csv"
        path.write_text(head + f"x-y,X does Y,{cell},Defined.,cue\n" + none, encoding="utf-8")
        with pytest.raises(NarrativesError, match=message):
            load_labels(path)


# A report is a report, whoever reports it -----------------------------------------
REPORTS = [("tanks-and-planes", 7, "security forces have cracked down"),
           ("tanks-and-planes", 8, "police opened fire"),
           ("tanks-and-planes", 27, "fled Belarus"),
           ("tanks-and-planes", 25, "would move an air assault brigade"),
           ("euvsdisinfo-flights", 18, "did not recognise"),
           ("euvsdisinfo-flights", 19, "brutal force"),
           ("euvsdisinfo-flights", 16, "announced himself the winner"),
           ("euvsdisinfo-flights", 17, "many cases of fraud were recorded"),
           ("pravda-bury", 6, "restricted from accessing")]


@pytest.mark.parametrize("text_id, number, words", REPORTS)
def test_a_sentence_that_only_reports_an_event_is_a_report(corpus, reference, text_id,
                                                           number, words):
    assert words in corpus[text_id].sentences[number - 1].text.replace("\xa0", " ")
    assert reference.get(text_id, number - 1) == {"none"}
    assert "rule 1" in reference.rationale(text_id, number - 1)


def test_arrests_keep_only_the_accusation_they_report(reference):
    # 'arrested and accused of staging a coup': the arrest is a report, the charge a story.
    assert reference.get("euvsdisinfo-flights", 20) == {"opposition-criminal"}


def test_a_claim_named_only_to_be_disputed_is_not_tagged_with_its_story(reference):
    # Rule 3, evenly: the case title, the response and the list of other claims alike,
    # and the denials that name what they deny.
    for text_id, number in [("euvsdisinfo-force", 1), ("euvsdisinfo-force", 7),
                            ("euvsdisinfo-force", 18), ("euvsdisinfo-flights", 6),
                            ("bogus-threat", 10), ("tanks-and-planes", 22)]:
        found = reference.get(text_id, number - 1)
        assert "disputes-claim" in found and "nato-aggressor" not in found, (text_id, number)
    # The mirror: the claim that disputes the Czech accusations does not tell their story.
    assert "russia-hostile" not in reference.get("euvsdisinfo-flights", 0)
    # A claim reported and then disputed, in two clauses, carries both (either actor).
    assert reference.get("euvsdisinfo-flights", 21) == {"west-orchestrates", "disputes-claim"}
    assert reference.get("bogus-threat", 21) == {"sovereignty-threat", "disputes-claim"}


def test_the_missing_decision_rules_are_written():
    for pair in [{"none", "regime-illegitimate"}, {"regime-illegitimate", "rights-respected"},
                 {"nato-aggressor", "disputes-claim"}]:
        assert frozenset(pair) in DECISION_RULES, pair
    report_rule = DECISION_RULES[frozenset({"none", "regime-illegitimate"})]
    assert "every actor" in report_rule and "brigade" in report_rule


def test_tags_saved_under_the_old_label_id_are_read_under_the_new_one():
    assert check_labels(["claim-lacks-evidence", "nato-defensive"]) == {"disputes-claim",
                                                                        "nato-defensive"}


def test_tagger_and_chart_group_by_actor_not_side(corpus, reference, tmp_path):
    tagger = tagging.Tagger(corpus, annotator="ada", folder=tmp_path)
    headings = [child.value for child in tagger.widget.children
                if getattr(child, "value", None) and str(child.value).startswith("<b>")]
    assert "<b>Told most often by: The Belarusian authorities</b>" in headings
    assert not any(re.search(r"\bsides?\b", h) for h in headings)
    assert "told by NATO; EU institutions and EUvsDisinfo" in tagger.buttons["nato-defensive"].tooltip
    table = tagging.table_by_text(reference, corpus)
    assert table.columns[1] == "told by"
    chart = tagging.plot_by_text(reference, corpus)
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert "The Belarusian authorities" in legend and not any("side" in t for t in legend)


def test_lesson00_sorting_cases_are_invented_not_a_verdict_on_real_actors():
    import nbformat

    from narratives.paths import ROOT

    cells = nbformat.read(ROOT / "notebooks" / "00-start-here.ipynb", as_version=4).cells
    [case] = [c.source for c in cells if "- **A.**" in c.source]
    cases = case[case.index("- **A.**"):]
    assert "Norland" in cases
    # The workbook's voice may say an invented claim is false, never a real one.
    assert not re.search(r"NATO|Belarus|Lukashenk|Russia|Minsk|Moscow|Poland", cases)


def test_a_file_saved_before_the_rename_loads_with_the_new_id(tmp_path):
    from narratives.tagging.tagstore import TagStore

    path = tmp_path / "tags-ada.json"
    path.write_text('{"format": "narratives-tags", "custom_labels": ["claim-lacks-evidence"], '
                    '"tags": [{"text_id": "bogus-threat", "sentence": 10, '
                    '"labels": ["claim-lacks-evidence", "nato-defensive"]}]}', encoding="utf-8")
    store = TagStore(path)
    assert store.get("bogus-threat", 9) == {"disputes-claim", "nato-defensive"}
    assert store.custom_labels == ()
