"""Exercises from one source: `solutions/NN-name.ipynb` becomes
`exercises/NN-name-exercise.ipynb` (its own name, so that a lesson's tab and its
exercise's tab are told apart in JupyterLab).

Authors write only the solutions. Each answer sits between two marker
lines; in the exercise, every assignment between them keeps its name and
loses its value, and everything else between them is dropped:

>>> print(blank_code('''from datetime import date
... ### BEGIN SOLUTION
... days = (date(2020, 8, 17)
...         - date(2020, 8, 16)).days
... print(days)
... ### END SOLUTION
... q4.check(days)'''))
from datetime import date
days = ...  # your answer here
q4.check(days)

A block without any assignment becomes `# YOUR CODE HERE`. Markdown
between the markers becomes a prompt to write one's own answer; a markdown
cell tagged `solution` becomes an answer box (`answers.box`), which keeps the
answer in `my-work/` with its question, the first sentence of the cell before. Outputs are cleared; cell ids and the
notebook's metadata are kept, so the same solution always gives the same
bytes. Run it with `make exercises` (`python -m narratives exercises`).
"""

import ast
import copy
import re
import textwrap
from pathlib import Path

from ..errors import NarrativesError
from ..paths import EXERCISES, ROOT, SOLUTIONS
from ..tidy import NO_WIDGET_STATE

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
ANSWER_COMMENT = "  # your answer here"
YOUR_CODE = "# YOUR CODE HERE"
YOUR_ANSWER = "*Write your own answer here: double-click this cell to edit it.*"
NOTE_ID = "generated-note"
NOTE = ("> **To work on these exercises**, replace each `...` with your answer and run "
        "the cell; the check below it tells you how you did. Where a box appears, write "
        "in it (no quotes needed) and press its button. Every answer you check is kept "
        "in `my-work/`.\n>\n"
        "> *For authors:* this notebook is generated from `solutions/{name}` by "
        "`make exercises`. Do not edit it by hand: change the solution, then run "
        "`make exercises` again.")


def _names(target):
    """The targets one assignment binds, with `a, *b` flattened to `a, b`."""
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _names(element)]
    if isinstance(target, ast.Starred):
        return _names(target.value)
    return [ast.unparse(target)]


def _blank_block(code, placeholder, indented=False):
    """The lines that replace the code of one solution block."""
    try:
        tree = ast.parse(textwrap.dedent(code))
    except SyntaxError as error:
        raise NarrativesError(f"The solution between the markers is not Python on its "
                              f"own ({error.msg}, line {error.lineno} of the block). "
                              "Make the block a whole statement or more.") from None
    lines, seen = [], set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [_names(t) for t in node.targets]
        elif isinstance(node, ast.AugAssign) or (isinstance(node, ast.AnnAssign)
                                                 and node.value is not None):
            # `total += 3` and `total: int = 3` both ask the learner for `total`.
            targets = [_names(node.target)]
        else:
            continue
        if all(name in seen for names in targets for name in names):
            continue  # one placeholder per name, where it is first given a value
        seen.update(name for names in targets for name in names)
        parts = [", ".join(names) for names in targets]
        widest = max(len(names) for names in targets)
        value = ", ".join([placeholder] * widest)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            parts = [f"{parts[0]}: {ast.unparse(node.annotation)}"]
        lines.append(" = ".join(parts + [value]) + ANSWER_COMMENT)
    if lines:
        return lines
    # Inside a `def` or `for`, a lone comment would leave the code unable to run.
    return [YOUR_CODE, placeholder] if indented else [YOUR_CODE]


def _marked(source, replace, where):
    """`source` with each BEGIN/END block replaced by `replace(block_text, indented)`."""
    out, block, indent = [], None, ""
    for number, line in enumerate(source.split("\n"), start=1):
        marker = line.strip()
        if marker == BEGIN:
            if block is not None:
                raise NarrativesError(f"{where}, line {number}: a second `{BEGIN}` before "
                                      f"`{END}`. Close the first block first.")
            block, indent = [], line[:len(line) - len(line.lstrip())]
        elif marker == END:
            if block is None:
                raise NarrativesError(f"{where}, line {number}: `{END}` without a "
                                      f"`{BEGIN}` above it. Add the missing marker.")
            out.extend(indent + new for new in replace("\n".join(block), bool(indent)))
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    if block is not None:
        raise NarrativesError(f"{where}: `{BEGIN}` is never closed. Add `{END}` "
                              "after the answer.")
    return "\n".join(out)


def blank_code(source, placeholder="...", where="the cell"):
    """The code of one cell with every marked answer replaced by `placeholder`."""
    def replace(block, indented):
        try:
            return _blank_block(block, placeholder, indented)
        except NarrativesError as error:
            raise NarrativesError(f"{where}: {error}") from None
    return _marked(source, replace, where)


def blank_markdown(source, where="the cell"):
    """The text of one markdown cell with every marked answer replaced by a prompt."""
    return _marked(source, lambda block, indented: [YOUR_ANSWER], where)


def _is_solution(cell):
    return "solution" in cell.get("metadata", {}).get("tags", [])


def exercise(notebook, name="NN-name.ipynb", placeholder="..."):
    """The exercise version of a solution notebook (a new NotebookNode)."""
    import nbformat

    nb = copy.deepcopy(notebook)
    # Saved widget state belongs to a run, not the exercise: only the empty state that
    # JupyterLab writes itself stays, so that opening and saving changes nothing.
    nb.metadata["widgets"] = nbformat.from_dict(copy.deepcopy(NO_WIDGET_STATE))
    nb.nbformat, nb.nbformat_minor = 4, max(nb.get("nbformat_minor", 5), 5)
    for number, cell in enumerate(nb.cells, start=1):
        where = f"{name}, cell {number}"
        cell.setdefault("id", f"cell-{number}")  # older notebooks have none; keep it stable
        cell.metadata.pop("execution", None)  # run times change on every run
        if cell.cell_type == "code":
            source = cell.source
            if _is_solution(cell) and BEGIN not in source:
                source = f"{BEGIN}\n{source}\n{END}"  # a whole cell is one answer
            cell.source = blank_code(source, placeholder, where)
            cell.outputs, cell.execution_count = [], None
        elif _is_solution(cell) and BEGIN not in cell.source:
            nb.cells[number - 1] = _answer_box(cell, nb.cells[:number - 1], name)
        else:
            cell.source = blank_markdown(cell.source, where)
    note = nbformat.v4.new_markdown_cell(NOTE.format(name=name))
    note.id = NOTE_ID
    nb.cells.insert(0, note)
    return nb


def _answer_box(cell, before, name):
    """The code cell of an answer box that takes the place of a model answer in markdown."""
    import nbformat

    asked = next((c.source for c in reversed(before) if c.cell_type == "markdown"), "")
    flat = " ".join(asked.replace("#", " ").split())
    question = re.split(r"(?<=[.?!])\s", flat)[0][:150] or "Your answer"
    box = nbformat.v4.new_code_cell(f"from narratives import answers\n\n"
                                    f"answers.box({name[:2]!r}, {cell.id!r}, {question!r})")
    box.id = cell.id
    return box


def render(path, placeholder="..."):
    """The exact text of the exercise made from the solution at `path`."""
    import nbformat

    path = Path(path)
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception as error:  # a broken file gets a sentence, not a trace
        raise NarrativesError(f"{path} is not a notebook nbformat can read ({error}). "
                              "Open it in JupyterLab and save it again.") from None
    text = nbformat.writes(exercise(notebook, path.name, placeholder))
    return text if text.endswith("\n") else text + "\n"


def exercise_name(solution):
    """The exercise's file name for a solution's: '02-narratives.ipynb' ->
    '02-narratives-exercise.ipynb'."""
    return f"{Path(solution).stem}-exercise.ipynb"


def generate(solutions=SOLUTIONS, exercises=EXERCISES):
    """Write an exercise for every solution; return the paths written or removed."""
    solutions, exercises = Path(solutions), Path(exercises)
    exercises.mkdir(parents=True, exist_ok=True)
    changed, wanted = [], set()
    for path in sorted(solutions.glob("*.ipynb")):
        target = exercises / exercise_name(path.name)
        wanted.add(target.name)
        text = render(path)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            changed.append(target)
    for stale in sorted(exercises.glob("*.ipynb")):
        # An exercise whose solution is gone goes too, if we made it.
        if stale.name not in wanted and f'"id": "{NOTE_ID}"' in stale.read_text("utf-8"):
            stale.unlink()
            changed.append(stale)
    return changed


def main():
    """`python -m narratives exercises`: regenerate exercises/ and say what changed."""
    try:
        changed = generate()
    except NarrativesError as error:
        print(error)
        return 1
    for path in changed:
        print(f"{'wrote' if path.exists() else 'removed'} {path.relative_to(ROOT)}")
    count = len(list(SOLUTIONS.glob("*.ipynb")))
    print(f"exercises/ is up to date with the {count} notebook(s) in solutions/.")
    return 0
