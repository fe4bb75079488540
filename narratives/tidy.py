"""Stored notebooks that stay the same when re-run, so a re-run is no diff (for authors).

`make notebooks` executes the lessons and solutions and stores their outputs,
then calls `tidy` on each file. Three things would otherwise change on every
run: each cell's timing metadata, the random id of every widget view, and the
widget state saved beside them. A stored widget cannot work before its cell
runs anyway, so `tidy` keeps its one-line text ("<Tagger for ...: 0 of 131
tagged>"), which says what will appear, and drops the view and its state: the
notebook opens faster and a re-run changes nothing.

It also keeps the lessons' promise "predict, then run": the stored output of
the cell that answers a prediction (the cell holding `my_prediction` when it
shows something, else the code cell after it, or a cell tagged `reveal`) is
collapsed, so the answer is not on screen before the learner predicts. nbval
still compares it; a re-run cannot undo it, since every run ends with `tidy`.

>>> cell = {"cell_type": "code", "metadata": {"execution": {"iopub.status.idle": "..."}},
...         "outputs": [{"output_type": "display_data", "data": {
...             "application/vnd.jupyter.widget-view+json": {"model_id": "81a9..."}}}]}
>>> notebook = {"cells": [cell], "metadata": {"widgets": {}}}
>>> cell["outputs"][0]["data"]["text/plain"] = "<Tagger for 'ada': 0 of 131 tagged>"
>>> tidied = tidy(notebook)
>>> tidied["cells"][0]["metadata"], tidied["metadata"]["widgets"][WIDGET_STATE]["state"]
({}, {})
>>> tidied["cells"][0]["outputs"][0]["data"]
{'text/plain': "<Tagger for 'ada': 0 of 131 tagged>"}
"""

import copy
import json
from pathlib import Path

VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
DOWNLOAD = "data:application/zip;base64,"
# What JupyterLab, saving widget state, writes into a notebook whose widgets have not run.
NO_WIDGET_STATE = {WIDGET_STATE: {"state": {}, "version_major": 2, "version_minor": 0}}


PREDICTION = "my_prediction"
REVEAL = "reveal"  # a cell tag: this cell's output answers a prediction asked earlier


def tidy(notebook):
    """The notebook (a dict, changed in place and returned) without what varies per run,
    the answers to its predictions collapsed."""
    metadata = notebook.setdefault("metadata", {})
    # No widget state is kept, but the empty one JupyterLab writes when it saves (its
    # `saveState`, which the workbook turns on): opened and saved, a lesson stays the same.
    metadata["widgets"] = copy.deepcopy(NO_WIDGET_STATE)
    notebook["metadata"] = dict(sorted(metadata.items()))
    for cell in notebook.get("cells", []):
        cell.get("metadata", {}).pop("execution", None)
        # A download link carries its files inside it: the author's work folder and
        # notebooks, different at every run. The learner makes their own by running it.
        if "outputs" in cell:
            cell["outputs"] = [o for o in cell["outputs"]
                               if DOWNLOAD not in json.dumps(o.get("data", {}))]
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if VIEW in data and "text/plain" in data:
                del data[VIEW]
    for cell in reveals(notebook):
        metadata = cell.setdefault("metadata", {})
        metadata.setdefault("jupyter", {})["outputs_hidden"] = True
        # JupyterLab writes the older key beside it when it saves: so do we, and a lesson
        # opened and saved stays the same bytes (nbgitpuller then has nothing to merge).
        metadata["collapsed"] = True
        cell["metadata"] = dict(sorted(metadata.items()))
    return notebook


def _source(cell):
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def reveals(notebook):
    """The code cells whose stored output answers a prediction, and has some to hide.

    >>> cells = [{"cell_type": "code", "source": "my_prediction = None", "outputs": []},
    ...          {"cell_type": "code", "source": "answer()", "outputs": [{"text": "3"}]}]
    >>> reveals({"cells": cells}) == [cells[1]]
    True
    """
    code = [c for c in notebook.get("cells", []) if c.get("cell_type") == "code"]
    found = []
    for i, cell in enumerate(code):
        if REVEAL in cell.get("metadata", {}).get("tags", []):
            found.append(cell)
        elif PREDICTION in _source(cell):
            found.append(cell if cell.get("outputs") or i + 1 == len(code) else code[i + 1])
    return [c for n, c in enumerate(found) if c.get("outputs") and c not in found[:n]]


def tidy_file(path):
    """Tidy a stored notebook file in place, keeping its JSON layout (one-space indent)."""
    path = Path(path)
    notebook = tidy(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
