"""Every stored notebook carries exactly the metadata JupyterLab writes when it opens it with
the workbook's kernel, so opening a lesson (which JupyterLab follows with an autosave) changes
no byte of it, and an nbgitpuller pull finds nothing of the learner's to commit or merge.
tests/browser/test_open_save_browser.py opens and saves lessons in JupyterLab itself."""

import json
import sys
from pathlib import Path

import pytest
from ipykernel.ipkernel import IPythonKernel

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p.relative_to(ROOT) for folder in ("notebooks", "solutions", "exercises")
                   for p in (ROOT / folder).glob("*.ipynb"))
# What JupyterLab 4 writes on opening: the kernel's spec, the kernel's own language_info and
# (as the workbook saves widget state) an empty widget state.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=str)
def test_a_notebook_carries_the_metadata_jupyterlab_writes(path):
    notebook = json.loads((ROOT / path).read_text(encoding="utf-8"))
    assert (notebook["nbformat"], notebook["nbformat_minor"]) == (4, 5)
    assert set(notebook["metadata"]) == {"kernelspec", "language_info", "widgets"}, path
    # With widget state saved (settings/overrides.json), JupyterLab writes an empty state
    # into a notebook whose widgets have not run: so do we.
    assert notebook["metadata"]["widgets"] == {"application/vnd.jupyter.widget-state+json": {
        "state": {}, "version_major": 2, "version_minor": 0}}
    assert notebook["metadata"]["kernelspec"] == KERNELSPEC
    stored = notebook["metadata"]["language_info"]
    assert {**stored, "version": None} == {**IPythonKernel.language_info, "version": None}
    assert stored["version"] == IPythonKernel.language_info["version"], (
        f"{path} was stored by Python {stored['version']}; this kernel is Python "
        f"{sys.version.split()[0]}, which JupyterLab would write into it on opening: run "
        "`make notebooks` (and `make exercises`) to store them again")
