"""Exercise 03: right answers pass, plausible wrong ones get the intended pointer."""

import re
from datetime import date

import pytest
from exercise_cases import exercise_tests

from narratives import claims, texts
from narratives.checks import lesson03 as ex

corpus = texts.load()
found = claims.load(corpus)


def unrebutted(rebutted_counts=True, replies="denials"):
    pairs = set()
    for claim in found:
        for text_id in claim.texts:
            rebutted = rebutted_counts and any(
                a.text_id == text_id and a.framing == "reported-and-rebutted"
                for a in claim.appearances)
            denied = any(d.text_id == text_id for d in getattr(claim, replies))
            if not rebutted and not denied:
                pairs.add((text_id, claim.id))
    return pairs


claim = found["nato-buildup"]
RIGHT = {
    "q1": {label: c.id for label, quote in ex.DENIALS.items() for c in found
           if any(r.quote == quote for r in c.replies)},
    "q2": ["asserted", "attributed", "reported-and-rebutted"],
    "q3": unrebutted(),
    "q4": (date.fromisoformat(claim.first_denial().date) - date.fromisoformat(claim.date)).days,
    "q5": {c.id for c in found if claims.days_to_first_denial(c) is not None},
    "q6": "c",
    "q7": "b",
    "q8": "b",
}

WRONG = [
    ("q1", {"A": "us-coup", "B": "polish-flags", "C": "recon-flights", "D": "nato-force"},
     "3 of 4 are right; look again at C"),
    ("q1", {"A": "us-coup"}, "one claim id for each of the letters"),
    ("q1", {"A": "coup", "B": "polish-flags", "C": "western-regions", "D": "nato-force"},
     "'coup' is not a claim id"),
    ("q2", ["asserted", "attributed", "attributed"], "read the whole sentence of the third"),
    ("q2", ["attributed", "attributed", "reported-and-rebutted"], "for the first quote"),
    ("q2", ["asserted", "claimed", "reported-and-rebutted"], "'claimed' is not a framing"),
    ("q2", ["asserted"], "give three framings"),
    ("q1", {"A": "us-coup", "B": "polish-flags", "C": "western-regions", "D": "us-coup"},
     "3 of 4 are right; look again at D"),
    ("q3", {("pravda-bury", "air-strikes")}, "17 items are missing"),
    ("q3", {p for p in unrebutted() if found[p[1]].side == "Belarusian authorities"},
     "Every claim counts, whoever made it"),
    # Issue 21: an answer that ignores the reported-and-rebutted condition is not accepted.
    ("q3", unrebutted(rebutted_counts=False), "this set ignores the first condition"),
    ("q3", unrebutted(replies="replies"), "A rejection or a counter-claim is not a denial"),
    ("q3", unrebutted() | {("tanks-and-planes", "nato-buildup")}, "1 item does not belong"),
    ("q4", 1, "Stoltenberg's denial of 17 August (the text's word: 'refuted')"),
    ("q4", 10, "doorstep statement of 26 August"),
    ("q4", 11, "Stoltenberg's statement of 27 August"),
    ("q5", {"nato-buildup"}, "1 item is missing"),
    # The old answer counted Lukashenko's counter-claims as denials of NATO's claims.
    ("q5", {"nato-buildup", "western-regions", "no-nato-buildup", "strictly-defensive"},
     "counter-claims, not denials"),
    ("q6", "A", "no text quotes a figure"),
    ("q6", "b", "a party to the dispute, not witnesses"),
    ("q6", "D", "by name and office"),
    ("q7", "a", "a party's word"),
    ("q7", "c", "A reviewer does not confirm itself"),
    ("q7", "d", "how far it travelled"),
    ("q8", "a", "who gave the label"),
    ("q8", "c", "not an independent fact-checker"),
    ("q8", "d", "worth weighing"),
    ("q8", 2, "answer with the letter of one option"),
    ("q8", "e", "there is no option 'e' here"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q1"] == {"A": "us-coup", "B": "polish-flags", "C": "western-regions",
                           "D": "nato-force"}
    assert ("pravda-bury", "air-strikes") in RIGHT["q3"] and len(RIGHT["q3"]) == 18
    # The outlets' own-voice statements are claims, repeated and not answered.
    assert ("tanks-and-planes", "jailed-7000") in RIGHT["q3"]
    # A case page's title it never answers is repeated, not rebutted.
    assert ("euvsdisinfo-flights", "vrbetice") in RIGHT["q3"]
    # The case pages repeat NATO's claims and never question them: the same test, each side.
    assert ("euvsdisinfo-force", "no-nato-buildup") in RIGHT["q3"]
    assert ("euvsdisinfo-force", "russian-campaign") in RIGHT["q3"]
    assert RIGHT["q4"] == 0
    # Only denials count: the party a claim is about, after the claim.
    assert RIGHT["q5"] == {"nato-buildup", "western-regions"}
    # The quotes of question 2 are in their texts, framed as the answer says.
    for (text_id, quote), framing in zip(ex.APPEARANCES, RIGHT["q2"]):
        assert any(a.text_id == text_id and quote in a.quote and a.framing == framing
                   for c in found for a in c.appearances)
    # Questions 6 and 7 check claims of the Western side; 8 reads a reviewer's label.
    assert found["no-nato-buildup"].side == "NATO"
    assert found["no-nato-buildup"].support[0].kind in ex.q6.options["c"].text
    assert "`no-nato-buildup`" in ex.q6.prompt and "`russian-campaign`" in ex.q7.prompt
    assert found["russian-campaign"].side == "EU (EUvsDisinfo)"
    assert "who first published" in ex.q7.options["b"].text
    assert [r.rating for r in found["nato-force"].reviews][0] == "Disinfo"
    assert "'Disinfo:'" in ex.q8.prompt


@pytest.mark.parametrize("claim_id", ["nato-buildup", "nato-force"])
def test_a_defensible_answer_to_q1_c_is_accepted(claim_id):
    # Stoltenberg "reiterated this thesis" (no build-up) "and stressed that NATO respects
    # the sovereignty and borders of Belarus": his words answer more than one claim.
    sentence = corpus["euvsdisinfo-force"].sentence_at(
        corpus["euvsdisinfo-force"].body.index(ex.DENIALS["C"])).text
    assert "reiterated this thesis" in sentence
    assert ex.q1.check(dict(RIGHT["q1"], C=claim_id)) == "Correct!"


def test_answers_in_other_shapes_pass():
    assert ex.q2.check(["Asserted ", "attributed", "REPORTED-AND-REBUTTED"]) == "Correct!"
    assert ex.q3.check(sorted(RIGHT["q3"])) == "Correct!"
    assert ex.q5.check(["western-regions", "nato-buildup"]) == "Correct!"
    assert ex.q6.check(" C ").startswith("Correct!")
    assert ex.q7.check("b)").startswith("Correct!")


def test_the_choice_questions_have_one_right_option_and_feedback_for_each():
    for question in (ex.q6, ex.q7, ex.q8):
        assert len(question.answer) == 1
        feedback = [option.feedback for option in question.options.values()]
        assert len(set(feedback)) == len(feedback) == 4, question.name


@pytest.mark.parametrize("task", [ex.q9, ex.q10])
def test_the_written_tasks_show_a_model_answer_and_rubric_without_a_verdict(task):
    message = task.check("NATO denied any build-up the same day. Lukashenko claimed tanks "
                         "and planes at the border.")
    assert "model answer" in message and "Rubric:" in message
    assert "Correct" not in message
    assert f"most good answers need at least {task.min_words}" in message


def test_the_sandwich_holds_every_claimant_to_one_standard():
    # The model answer follows the sandwich: fact, the claim (attributed), fallacy, fact,
    # twice: once for Lukashenko's claim, once for EUvsDisinfo's (the rubric asks for
    # the same method for a claim by another actor).
    model = ex.q10.model_answer
    layers = re.findall(r"(FACT|THE CLAIM \([^)]*\)|MYTH|FALLACY):", model)
    assert layers == ["FACT", ex.CLAIM_LAYER, "FALLACY", "FACT"] * 2
    # A claim the workbook finds unproven is not called a myth.
    assert "MYTH" not in model and "no text offers evidence for it" in ex.CLAIM_LAYER
    first, second = model.split("\n\n")
    # Both parties' words on record, neither taken as proof; the burden is the claimant's,
    # and where no text offers evidence the answer says exactly that.
    assert "Lukashenko said" in first and "NATO said the same day" in first
    assert "the burden of proof is his" in first and "No text offers evidence" in first
    # NATO's denial is among the facts, as a party's word, not in the fallacy.
    fallacy = first[first.index("FALLACY:"):first.rindex("FACT:")]
    assert "NATO" not in fallacy and "a party's word" in first
    assert "russian-campaign" in " ".join(ex.q10.covers)
    assert "EUvsDisinfo" in second and "the burden of proof is the page's" in second
    assert "a denial by a party proves no more" not in model
    assert "False" not in model


def test_the_sandwich_rubric_rewards_the_conclusion_the_evidence_supports():
    levels = ex.q10.rubric.levels
    # Saying that no text offers evidence for a claim is not "Beginning" where that is
    # the evidence: only a verdict with nothing behind it, or a party's word taken as fact.
    assert "calls it wrong" not in levels["beginning"]
    assert "nothing from the texts behind it" in levels["beginning"]
    assert "no text offers evidence" in levels["secure"]


def test_q6_no_longer_calls_the_two_statements_the_same_kind_about_oneself():
    text = " ".join([str(ex.q6.solution())] + [o.feedback for o in ex.q6.options.values()])
    assert "like Lukashenko's" not in text and "speaks about itself" not in text
    assert "about NATO's forces, not his own" in text


def test_what_would_settle_it_names_two_actors_claims_and_where_the_burden_lies():
    model = ex.q9.model_answer
    assert "nato-buildup (Lukashenko)" in model and "no-nato-buildup (NATO)" in model
    assert "two different actors" in ex.q9.rubric.levels["developing"]
    # The same records test both claims, but they are not equals: the burden is the
    # claimant's, and a party's denial proves nothing yet stands uncontradicted.
    assert "the burden of proof is the claimant's" in model
    assert "nothing in the texts contradicts it" in model
    assert "same question from the other side" not in model
    assert "any more than" not in model
    assert "names where the burden lies" in ex.q9.rubric.levels["secure"]


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q9", "q10"])
