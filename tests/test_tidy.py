"""Stored notebooks carry nothing that changes from one run to the next, or one machine to another."""

import json
import re
from pathlib import Path

import pytest

from narratives.tidy import VIEW, WIDGET_STATE, tidy

ROOT = Path(__file__).resolve().parent.parent
STORED = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "solutions").glob("*.ipynb"))
ABSOLUTE = re.compile(r"(?<![\w.])/(?:home|root|tmp|work|Users|var|opt)/[\w.-]+")


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stored_notebook_is_tidy(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    kept = notebook["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]
    assert kept["state"] == {}, "widget state: run `make notebooks`"
    for number, cell in enumerate(notebook["cells"]):
        assert "execution" not in cell.get("metadata", {}), f"cell {number} keeps its timings"
        for output in cell.get("outputs", []):
            assert VIEW not in output.get("data", {}), f"cell {number} keeps a widget view"
            assert "data:application/zip" not in json.dumps(output), \
                f"cell {number} keeps a download of the author's files"
            text = json.dumps(output.get("data", output.get("text", "")))
            text = re.sub(r'"image/png": "[^"]*"', "", text)
            text = re.sub(r'data:image/png;base64,[A-Za-z0-9+/=]+', "", text)   # charts
            assert not ABSOLUTE.search(text), f"cell {number} shows a machine's path"


def test_tidy_keeps_what_a_learner_reads():
    output = {"output_type": "execute_result", "execution_count": 3, "metadata": {},
              "data": {VIEW: {"model_id": "81a9"}, "text/plain": "<Reader of 5 texts>"}}
    notebook = {"metadata": {"widgets": {"state": {}}}, "cells": [
        {"cell_type": "code", "source": "texts.Reader(corpus)", "outputs": [output],
         "metadata": {"execution": {"iopub.status.idle": "2026-11-22T02:51:24Z"}, "tags": ["x"]}}]}
    tidied = tidy(json.loads(json.dumps(notebook)))
    cell = tidied["cells"][0]
    assert cell["metadata"] == {"tags": ["x"]}
    assert cell["outputs"][0]["data"] == {"text/plain": "<Reader of 5 texts>"}
    assert cell["source"] == "texts.Reader(corpus)"
    assert tidied["metadata"]["widgets"][WIDGET_STATE]["state"] == {}   # emptied
    assert tidy(json.loads(json.dumps(tidied))) == tidied
