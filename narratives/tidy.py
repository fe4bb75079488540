"""Stored notebooks that stay the same when re-run, so a re-run is no diff (for authors).

`make notebooks` executes the lessons and solutions and stores their outputs,
then calls `tidy` on each file. Three things would otherwise change on every
run: each cell's timing metadata, the random id of every widget view, and the
widget state saved beside them. A stored widget cannot work before its cell
runs anyway, so `tidy` keeps its one-line text ("<Tagger for ...: 0 of 131
tagged>"), which says what will appear, and drops the view and its state: the
notebook opens faster and a re-run changes nothing.

>>> cell = {"cell_type": "code", "metadata": {"execution": {"iopub.status.idle": "..."}},
...         "outputs": [{"output_type": "display_data", "data": {
...             "application/vnd.jupyter.widget-view+json": {"model_id": "81a9..."}}}]}
>>> notebook = {"cells": [cell], "metadata": {"widgets": {}}}
>>> cell["outputs"][0]["data"]["text/plain"] = "<Tagger for 'ada': 0 of 131 tagged>"
>>> tidied = tidy(notebook)
>>> tidied["cells"][0]["metadata"], "widgets" in tidied["metadata"]
({}, False)
>>> tidied["cells"][0]["outputs"][0]["data"]
{'text/plain': "<Tagger for 'ada': 0 of 131 tagged>"}
"""

import json
from pathlib import Path

VIEW = "application/vnd.jupyter.widget-view+json"


def tidy(notebook):
    """The notebook (a dict, changed in place and returned) without what varies per run."""
    notebook.get("metadata", {}).pop("widgets", None)
    for cell in notebook.get("cells", []):
        cell.get("metadata", {}).pop("execution", None)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if VIEW in data and "text/plain" in data:
                del data[VIEW]
    return notebook


def tidy_file(path):
    """Tidy a stored notebook file in place, keeping its JSON layout (one-space indent)."""
    path = Path(path)
    notebook = tidy(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
