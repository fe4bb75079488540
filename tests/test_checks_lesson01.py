"""Exercise 01: right answers pass, plausible wrong ones get the intended pointer."""

from exercise_cases import exercise_tests

from narratives import texts
from narratives.checks import lesson01 as ex

corpus = texts.load()

RIGHT = {
    "q1": "b",
    "q2": len(corpus["pravda-bury"].sentences),
    "q3": "c",
    "q4": "b",
    "q5": {"pravda-bury"},
    "q6": "b",
    "q7": "b",
}

WRONG = [
    ("q1", "a", "the earliest it can have"),
    ("q1", "c", "both can be dated"),
    ("q1", "tanks-and-planes", "there is no option"),
    ("q2", 37, "includes the three boilerplate lines"),
    ("q2", "34", "should be a whole number"),
    ("q3", "a", "leave the page"),
    ("q3", "B", "what it says about itself"),
    ("q3", "d", "not who is behind it"),
    ("q4", "a", "does not judge"),
    ("q4", "d", "whose statements"),
    ("q5", ["euvsdisinfo-force", "pravda-bury"], "clues to the outlet, not its name"),
    ("q5", {"bogus-threat"}, "clues, not a name"),
    ("q5", {"tanks-and-planes"}, "Search each text's body"),
    ("q5", {"pravda"}, "is not a text id"),
    ("q5", "pravda-bury", "should be a set"),
    ("q6", "a", "gives no evidence for it"),
    ("q6", "c", "does not pin these words on Stoltenberg"),
    ("q6", "d", "in the response"),
    ("q7", "a", "a link to"),
    ("q7", "c", "points to another article"),
]


def test_the_facts_behind_the_answers():
    assert RIGHT["q2"] == 34
    # q1: of the two texts quoting Lungescu, tanks-and-planes is dated earlier.
    quoting = [t for t in corpus if "Lungescu" in t.body]
    assert [t.id for t in quoting] == ["euvsdisinfo-force", "tanks-and-planes"]
    assert min(quoting, key=lambda t: t.date).id == "tanks-and-planes"
    # q5: only pravda-bury writes its outlet's name.
    assert [t.id for t in corpus if "Pravda.Ru" in t.body] == ["pravda-bury"]
    assert not any(t.outlet in t.body for t in corpus if t.id != "pravda-bury")
    # q6 and q7: the sentence and the line the questions are about.
    assert corpus["euvsdisinfo-flights"].sentences[8].text.startswith(
        "It promotes democratic values")
    assert corpus["bogus-threat"].boilerplate[0].kind == "related link"


def test_no_question_names_its_own_answer():
    """Exercise 01's old q1 asked which text first reported the 'tanks and planes' claim:
    the id of the answer was in the question. No solution text is a question's prompt."""
    from narratives.paths import ROOT
    import json

    cells = json.loads((ROOT / "solutions" / "01-meet-the-texts.ipynb").read_text("utf-8"))
    prompts = ["".join(c["source"]) for c in cells["cells"] if c["cell_type"] == "markdown"]
    for prompt in prompts:
        assert "tanks and planes" not in prompt.lower(), prompt[:60]


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q8.check("tanks-and-planes is Breitbart News, owned by Larry Solov, Susie "
                          "Breitbart and the Mercer family; I found it by searching the headline.")
    assert "model answer" in message and "Correct" not in message
    assert "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])
