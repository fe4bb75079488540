"""Colab's first cell, as the README gives it, run here as far as this machine allows.

A fresh environment stands in for Colab: IPython, and ipywidgets 7 as Colab ships it.
The repository is cloned from a local copy instead of GitHub, and a small stand-in for
`google.colab` records that custom widgets were turned on. The cell must upgrade
ipywidgets to 8, leave the kernel inside the copy, and the lessons' code must then find
the texts and save in the copy.
"""

import json
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COLAB_IPYWIDGETS = "7.7.1"  # what Colab ships
# A learner's environment: the test run's own work folder (tests/conftest.py) is not theirs.
LEARNER = {k: v for k, v in os.environ.items() if k != "NARRATIVES_MY_WORK"}

STAND_IN = '''
from pathlib import Path
def enable_custom_widget_manager():
    Path("{marker}").write_text("enabled")
'''

DRIVER = '''
import json, os, sys
sys.path.insert(0, {stubs!r})
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
shell.run_cell({cell!r}).raise_error()
after = shell.run_cell("""
import os
from importlib.metadata import version
from narratives import texts
from narratives.tagging import Tagger
corpus = texts.load()
tagger = Tagger(corpus)
tagger.tag("nato-aggressor")
found = dict(ipywidgets=version("ipywidgets"), cwd=os.getcwd(), texts=str(corpus.folder),
             message=tagger.message.value, ask=tagger.name_row.layout.display,
             path=str(tagger.path))
""")
after.raise_error()
print("RESULT " + json.dumps(shell.user_ns["found"]))
'''


def colab_cell():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"```python\n(# Colab:.*?)```", readme, re.S).group(1)


def test_the_cell_clones_installs_enables_widgets_and_changes_into_the_copy():
    cell = colab_cell()
    assert "enable_custom_widget_manager()" in cell and "%pip install" in cell
    assert re.search(r"^%cd REPO/notebooks$", cell, re.M)


@pytest.fixture(scope="module")
def colab(tmp_path_factory):
    base = tmp_path_factory.mktemp("colab")
    python = base / "env" / "bin" / "python"
    venv.create(base / "env", with_pip=True)
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    # ipywidgets 7 and what it needs to import; not the classic Notebook its
    # widgetsnbextension would pull in, which Colab does not use.
    for step in (["ipython", "ipykernel", "ipython_genutils", "jupyterlab_widgets<2"],
                 ["--no-deps", f"ipywidgets=={COLAB_IPYWIDGETS}", "widgetsnbextension<4"]):
        subprocess.run(pip + step, check=True, capture_output=True, timeout=600)
    stubs = base / "stubs" / "google" / "colab"
    stubs.mkdir(parents=True)
    (stubs.parent / "__init__.py").write_text("")
    (stubs / "__init__.py").write_text("")
    (stubs / "output.py").write_text(STAND_IN.format(marker=base / "widgets-enabled"))
    github = base / "github" / "REPO"  # stands in for https://github.com/OWNER/REPO
    subprocess.run(["git", "clone", "-q", str(ROOT), str(github)], check=True)
    return base, python


def test_the_first_cell_in_a_colab_like_environment(colab):
    base, python = colab
    before = subprocess.run([str(python), "-c", "import ipywidgets; print(ipywidgets.__version__)"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert before == COLAB_IPYWIDGETS
    cell = colab_cell().replace("https://github.com/OWNER/REPO", f"file://{base}/github/REPO")
    content = base / "content"  # Colab's working folder
    content.mkdir()
    script = DRIVER.format(stubs=str(base / "stubs"), cell=cell)
    done = subprocess.run([str(python), "-c", script], cwd=content, env=LEARNER,
                          capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    found = json.loads(done.stdout.split("RESULT ", 1)[1])
    copy = content / "REPO"
    assert int(found["ipywidgets"].split(".")[0]) >= 8  # pip upgraded Colab's ipywidgets 7
    assert (base / "widgets-enabled").read_text() == "enabled"
    assert found["cwd"] == str(copy / "notebooks")
    assert found["texts"] == str(copy / "texts")
    assert found["ask"] == "flex"  # Colab's login is root: the Tagger asks for a name
    assert found["path"] == str(copy / "my-work" / "tags-root.json")
    assert "Saved to tags-root.json" in found["message"]
    # Run again (after Colab restarts the session): the clone is kept, nothing fails.
    again = subprocess.run([str(python), "-c", script], cwd=content, env=LEARNER,
                           capture_output=True,
                           text=True, timeout=900)
    assert again.returncode == 0, (again.stdout + again.stderr)[-3000:]
