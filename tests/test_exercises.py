"""`make exercises`: each solution's answers blanked, and the exercises it makes."""

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from narratives.errors import NarrativesError
from narratives.checks.build import (EXERCISES, NOTE_ID, SOLUTIONS, YOUR_ANSWER, YOUR_CODE,
                                  blank_code, blank_markdown, exercise, generate, render)

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


def marked(*lines, before="", after=""):
    """A cell's source with `lines` between the markers."""
    return "\n".join(([before] if before else []) + [BEGIN, *lines, END]
                     + ([after] if after else []))


# --- blanking the code of one cell -------------------------------------------

def test_a_multi_line_assignment_keeps_its_name_and_loses_its_value():
    source = marked("days = (date(2020, 8, 27)", "        - date(2020, 8, 16)).days",
                    before="from datetime import date", after="q4.check(days)")
    assert blank_code(source) == ("from datetime import date\n"
                                  "days = ...  # your answer here\n"
                                  "q4.check(days)")


def test_other_statements_in_the_block_are_dropped():
    source = marked("import re", "found = re.findall('NATO', text)", "print(found)",
                    "for f in found:", "    total = 1")
    assert blank_code(source) == "found = ...  # your answer here"


def test_tuple_targets_get_one_placeholder_each_and_still_run():
    blanked = blank_code(marked("first, *rest = ['a', 'b', 'c']", "(x, y), z = (1, 2), 3"))
    assert blanked == ("first, rest = ..., ...  # your answer here\n"
                       "x, y, z = ..., ..., ...  # your answer here")
    names = {}
    exec(blanked, names)
    assert [names[n] for n in ("first", "rest", "x", "y", "z")] == [...] * 5


def test_augmented_annotated_and_chained_assignments():
    source = marked("count = 0", "count += 5", "limit: int = 3", "pending: list",
                    "a = b = 'NATO'", "answers['q1'] = 3")
    assert blank_code(source).split("\n") == [
        "count = ...  # your answer here",          # once, where it is first given
        "limit: int = ...  # your answer here",
        "a = b = ...  # your answer here",
        "answers['q1'] = ...  # your answer here",  # `pending: list` gives no value
    ]


def test_an_augmented_assignment_alone_asks_for_the_value():
    assert blank_code(marked("total += 3")) == "total = ...  # your answer here"


def test_a_block_without_assignment_becomes_your_code_here():
    assert blank_code(marked("print(len(corpus))")) == YOUR_CODE


def test_an_indented_block_keeps_its_indent_and_still_parses():
    source = "def first_sentence(text):\n    ### BEGIN SOLUTION\n    return text.sentences[0]\n" \
             "    ### END SOLUTION\n\nq5.check(first_sentence)"
    blanked = blank_code(source)
    assert blanked == ("def first_sentence(text):\n    # YOUR CODE HERE\n    ...\n\n"
                       "q5.check(first_sentence)")
    compile(blanked, "cell", "exec")


def test_two_blocks_in_one_cell_and_code_between_them_kept_as_is():
    source = marked("a = 1", before="x  =  0  # spacing kept", after="middle()") + "\n" + \
        marked("b = 2", after="q1.check(a, b)")
    assert blank_code(source) == ("x  =  0  # spacing kept\na = ...  # your answer here\n"
                                  "middle()\nb = ...  # your answer here\nq1.check(a, b)")


def test_none_instead_of_the_placeholder():
    assert blank_code(marked("n, m = 3, 4"), placeholder="None") == \
        "n, m = None, None  # your answer here"


def test_code_without_markers_is_untouched():
    assert blank_code("n = 34\nq1.check(n)\n") == "n = 34\nq1.check(n)\n"


@pytest.mark.parametrize("source, says", [
    (f"{BEGIN}\nn = 1", "never closed"),
    (f"n = 1\n{END}", "without a"),
    (f"{BEGIN}\n{BEGIN}\nn = 1\n{END}", "a second"),
    (f"{BEGIN}\nn = (1,\n{END}", "not Python on its own"),
])
def test_broken_markers_get_a_sentence_naming_the_cell(source, says):
    with pytest.raises(NarrativesError, match=says) as error:
        blank_code(source, where="01-x.ipynb, cell 3")
    assert "01-x.ipynb, cell 3" in str(error.value)


def test_markdown_between_markers_becomes_a_prompt():
    source = "**Why does it matter?**\n" + marked("Because the dates differ.", "Two lines.")
    assert blank_markdown(source) == f"**Why does it matter?**\n{YOUR_ANSWER}"


# --- a whole notebook ----------------------------------------------------------

def solution_notebook():
    """A small hand-made solution notebook with outputs, tags and widget state."""
    nb = new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                       "language": "python"},
        "language_info": {"name": "python"},
        "widgets": {"application/vnd.jupyter.widget-state+json": {
            "state": {"81a9": {"model_name": "ButtonModel"}}}}})
    setup = new_code_cell("from narratives.checks import OpenQuestion, Question\n"
                          "q1 = Question('q1', answer=5, kind=int)\n"
                          "q2 = OpenQuestion('q2', 'The dates differ.')\n"
                          "q3 = Question('q3', answer={'a', 'b'}, kind=set)",
                          id="setup", execution_count=1)
    answer = new_code_cell(marked("n = (2 +", "     3)", "print(n)", after="q1.check(n)"),
                           id="answer-q1", execution_count=2,
                           metadata={"execution": {"iopub.status.busy": "2024-01-01T00:00"},
                                     "tags": ["keep-me"]},
                           outputs=[new_output("stream", name="stdout", text="5\n"),
                                    new_output("execute_result", {"text/plain": "Correct!"},
                                               execution_count=2)])
    why = new_code_cell(marked("why = 'Because the outlets dated them differently.'",
                               after="q2.check(why)"), id="answer-q2")
    letters = new_code_cell(marked("letters = ['b', 'a']", after="q3.check(letters)"),
                            id="answer-q3")
    nb.cells = [new_markdown_cell("# Exercises: a sample", id="title"), setup, answer,
                new_markdown_cell("Say why.\n" + marked("Because."), id="why"),
                new_markdown_cell("The dates differ.", id="tagged",
                                  metadata={"tags": ["solution"]}),
                why, letters]
    return nb


def test_an_exercise_notebook_from_a_solution():
    solution = solution_notebook()
    before = nbformat.writes(solution)
    nb = exercise(solution, "01-sample.ipynb")
    assert nbformat.writes(solution) == before, "the solution itself must not change"
    assert [c.id for c in nb.cells] == [NOTE_ID, "title", "setup", "answer-q1", "why",
                                        "tagged", "answer-q2", "answer-q3"]
    assert "solutions/01-sample.ipynb" in nb.cells[0].source
    assert "make exercises" in nb.cells[0].source
    assert nb.cells[3].source == "n = ...  # your answer here\nq1.check(n)"
    assert nb.cells[3].metadata == {"tags": ["keep-me"]}  # run times dropped, tags kept
    assert nb.cells[4].source == f"Say why.\n{YOUR_ANSWER}"
    # A model answer in its own cell becomes a box that keeps the learner's answer.
    assert nb.cells[5].cell_type == "code"
    assert nb.cells[5].source == ("from narratives import answers\n\n"
                                  "answers.box('01', 'tagged', 'Say why.')")
    assert all(c.outputs == [] and c.execution_count is None
               for c in nb.cells if c.cell_type == "code")
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"] == {}
    nbformat.validate(nb)


def test_a_code_cell_tagged_solution_is_one_answer():
    nb = new_notebook(cells=[new_code_cell("n = 34\nprint(n)", id="c",
                                           metadata={"tags": ["solution"]})])
    assert exercise(nb).cells[1].source == "n = ...  # your answer here"


def test_the_same_solution_gives_the_same_bytes(tmp_path):
    path = tmp_path / "01-sample.ipynb"
    nbformat.write(solution_notebook(), path)
    first = render(path)
    again = solution_notebook()
    again.cells[2].metadata["execution"] = {"iopub.status.busy": "2031-05-05T10:00"}
    nbformat.write(again, path)
    assert render(path) == first and first.endswith("}\n")


def test_generate_writes_changes_and_removes_what_it_made(tmp_path):
    solutions, exercises = tmp_path / "solutions", tmp_path / "exercises"
    solutions.mkdir()
    nbformat.write(solution_notebook(), solutions / "01-sample.ipynb")
    nbformat.write(solution_notebook(), solutions / "02-other.ipynb")
    assert generate(solutions, exercises) == [exercises / "01-sample-exercise.ipynb",
                                              exercises / "02-other-exercise.ipynb"]
    assert generate(solutions, exercises) == []
    (solutions / "02-other.ipynb").unlink()
    (exercises / "notes.ipynb").write_text("{}", encoding="utf-8")  # not ours: kept
    assert generate(solutions, exercises) == [exercises / "02-other-exercise.ipynb"]
    assert sorted(p.name for p in exercises.iterdir()) == ["01-sample-exercise.ipynb",
                                                           "notes.ipynb"]


def test_a_broken_solution_file_gets_a_sentence(tmp_path):
    path = tmp_path / "01-broken.ipynb"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(NarrativesError, match="is not a notebook"):
        render(path)


def test_exercises_are_what_make_exercises_would_write(tmp_path):
    generate(SOLUTIONS, tmp_path)
    expected = {p.name: p.read_bytes() for p in tmp_path.glob("*.ipynb")}
    found = {p.name: p.read_bytes() for p in EXERCISES.glob("*.ipynb")}
    assert sorted(found) == sorted(expected), "run `make exercises` and commit exercises/"
    for name in expected:
        assert found[name] == expected[name], f"exercises/{name} is stale: run `make exercises`"


def test_an_exercise_is_not_named_like_its_lesson_and_every_reference_finds_it():
    # Two tabs both titled 02-narratives.ipynb could not be told apart in JupyterLab.
    lessons = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
    exercises = {p.name for p in EXERCISES.glob("*.ipynb")}
    assert exercises == {f"{p.stem}-exercise.ipynb" for p in SOLUTIONS.glob("*.ipynb")}
    assert not lessons & exercises
    for path in [*(ROOT / "notebooks").glob("*.ipynb"), ROOT / "README.md",
                 ROOT / "INSTRUCTORS.md"]:
        for name in re.findall(r"exercises/([\w-]+\.ipynb)", path.read_text(encoding="utf-8")):
            assert name in exercises, f"{path.name} names exercises/{name}, which is not there"


# --- running them: untouched exercises say Not attempted, None is never Correct ---

SAMPLE = "hand-made sample"
NOTEBOOKS = [*sorted(p.name for p in SOLUTIONS.glob("*.ipynb")), SAMPLE]
VERDICT = re.compile(r"\b(Correct|Incorrect|Not attempted)\b")


def solution_path(name, tmp_path):
    if name != SAMPLE:
        return SOLUTIONS / name
    path = tmp_path / "00-sample.ipynb"
    nbformat.write(solution_notebook(), path)
    return path


def run(text, cwd, allow_errors=False):
    """Execute a notebook (as text) in this environment's kernel; return its cells."""
    nb = nbformat.reads(text, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=120, allow_errors=allow_errors,
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return [c for c in nb.cells if c.cell_type == "code"]


def said(cell):
    """Everything a cell printed or showed, as plain text."""
    parts = []
    for out in cell.outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type == "error":
            parts.append(f"{out.ename}: {out.evalue}\n" + "\n".join(out.traceback))
        else:
            parts.append(out.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def check_cells(cells):
    found = [c for c in cells if ".check(" in c.source]
    assert found, "a notebook of exercises without any `.check(` call"
    return found


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_an_untouched_exercise_runs_and_says_not_attempted_everywhere(name, tmp_path):
    path = solution_path(name, tmp_path)
    cells = run(render(path), EXERCISES if name != SAMPLE else tmp_path)
    for cell in check_cells(cells):
        assert VERDICT.findall(said(cell)) == ["Not attempted"], cell.source
    verdicts = [v for c in cells for v in VERDICT.findall(said(c))]
    assert "Correct" not in verdicts and "Incorrect" not in verdicts


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_none_for_every_answer_is_never_correct(name, tmp_path):
    path = solution_path(name, tmp_path)
    cells = run(render(path, placeholder="None"), path.parent, allow_errors=True)
    for cell in check_cells(cells):
        text = said(cell)
        assert "Correct" not in VERDICT.findall(text), cell.source
        assert "narratives/checks" not in text, f"a check raised:\n{text}"


def test_the_sample_solution_itself_is_correct(tmp_path):
    cells = run(nbformat.writes(solution_notebook()), tmp_path)
    assert [VERDICT.findall(said(c)) for c in check_cells(cells)] == [
        ["Correct"], [], ["Correct"]]  # an open question gives no verdict
