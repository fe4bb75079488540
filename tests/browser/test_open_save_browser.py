"""Opening a lesson and saving it in JupyterLab changes no byte of it, so a later
nbgitpuller pull finds nothing to commit or merge in the learner's lessons.

What JupyterLab changes on opening is the notebook's metadata: it writes the kernel's spec
and `language_info` (the kernel's Python version included) and marks the notebook modified,
so its autosave writes it. The lessons are stored with exactly that metadata
(tests/test_lesson_metadata.py keeps them so)."""

import os
import time

import pytest

from jlab import TIMEOUT, open_notebook, run_command

LESSONS = ["notebooks/00-start-here.ipynb", "notebooks/02-narratives.ipynb"]


@pytest.mark.parametrize("lesson", LESSONS)
def test_opening_and_saving_a_lesson_changes_nothing(page, lab, lesson):
    path = lab.root / lesson
    before = path.read_bytes()
    os.utime(path, ns=(0, 0))  # so that the save shows in the time of change
    open_notebook(page, lesson)
    time.sleep(1)  # let JupyterLab write what it learnt from the kernel into the model
    run_command(page, "docmanager:save")
    deadline = time.monotonic() + TIMEOUT / 1000
    while path.stat().st_mtime_ns == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert path.stat().st_mtime_ns != 0, "JupyterLab did not save the lesson"
    assert path.read_bytes() == before, f"saving {lesson} in JupyterLab changed it"
