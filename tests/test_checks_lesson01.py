"""Exercise 01: right answers pass, plausible wrong ones get the intended pointer."""

import re

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
    "q9": "b",
    "q10": "b",
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
    ("q9", "a", "a different outlet"),
    ("q9", "c", "privately"),
    ("q9", "d", "not who runs or pays"),
    ("q10", "a", "one question among several"),
    ("q10", "c", "no outlet is judged by its owner alone"),
    ("q10", "d", "as of Belsat and Pravda.Ru"),
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


def test_every_outlet_gets_the_same_source_questions():
    """Issue 19: the scrutiny questions asked of Belsat and EUvsDisinfo are asked of
    Pravda.Ru (whose funding is unpublished) and Breitbart News too, in a question's own
    words and options, not only in a model answer."""
    import re

    def asked(question):
        return " ".join([question.prompt] + [o.text for o in question.options.values()])

    prompts = [asked(q) for q in (ex.q1, ex.q3, ex.q4, ex.q6, ex.q7, ex.q9, ex.q10)]
    for text in corpus:
        named = [p for p in prompts if text.outlet in p or f"`{text.id}`" in p]
        about_owner = [p for p in named if re.search(r"\b(fund|funds|owned|owns|runs|run)\b", p)]
        assert about_owner, text.outlet
    assert "not publish who funds it" in asked(ex.q9)


def test_the_model_source_card_is_not_the_lessons_own_example():
    """q8 asks for a text other than the lesson's example (how_we_know on bogus-threat)."""
    import json

    from narratives.paths import ROOT

    lesson = json.loads((ROOT / "notebooks" / "01-meet-the-texts.ipynb").read_text("utf-8"))
    code = "".join("".join(c["source"]) for c in lesson["cells"] if c["cell_type"] == "code")
    example = re.search(r'how_we_know\(corpus\["([\w-]+)"\]\)', code)[1]
    assert example == "bogus-threat"
    assert not ex.q8.model_answer.startswith(example)
    assert corpus[example].outlet not in ex.q8.model_answer


def test_open_question_shows_the_model_answer_without_a_verdict():
    message = ex.q8.check("tanks-and-planes is Breitbart News, owned by Larry Solov, Susie "
                          "Breitbart and the Mercer family; I found it by searching the headline.")
    assert "model answer" in message and "Correct" not in message
    assert "Incorrect" not in message


(test_right_answers_pass, test_wrong_answers_get_the_intended_pointer,
 test_placeholder_is_not_attempted_and_none_is_never_correct,
 test_every_question_has_hints_and_a_solution) = exercise_tests(ex, RIGHT, WRONG, ["q8"])
