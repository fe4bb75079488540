"""The JupyterLab settings the workbook ships (settings/overrides.json) and where each
route installs them: widget state is saved with notebooks, so a reopened lesson shows its
widgets (marked "not connected") instead of "Error displaying widget: model not found"."""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "settings" / "overrides.json"
PLUGIN = "@jupyter-widgets/jupyterlab-manager:plugin"


def test_the_settings_save_widget_state_and_name_a_real_setting():
    settings = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    assert settings == {PLUGIN: {"saveState": True}}
    # The key and the setting exist in the widget manager's own schema (no typo).
    schema = (Path(sys.prefix) / "share" / "jupyter" / "labextensions" / "@jupyter-widgets"
              / "jupyterlab-manager" / "schemas" / "@jupyter-widgets" / "jupyterlab-manager"
              / "plugin.json")
    properties = json.loads(schema.read_text(encoding="utf-8"))["properties"]
    assert properties["saveState"]["type"] == "boolean"
    assert properties["saveState"]["default"] is False   # why the file is needed


def test_jupyterlab_reads_them_from_the_environments_settings_folder(tmp_path):
    from jupyterlab_server.settings_utils import _get_overrides

    folder = tmp_path / "share" / "jupyter" / "lab" / "settings"
    folder.mkdir(parents=True)
    (folder / "overrides.json").write_bytes(OVERRIDES.read_bytes())
    overrides, error = _get_overrides(str(folder))
    assert not error and overrides[PLUGIN]["saveState"] is True


def test_make_lab_postbuild_and_the_browser_tests_install_them():
    plan = subprocess.run(["make", "-n", "-B", "lab", "LAB_ARGS=--version"], cwd=ROOT,
                          capture_output=True, text=True).stdout
    assert "cp settings/overrides.json .venv/share/jupyter/lab/settings/overrides.json" in plan
    assert plan.index("overrides.json") < plan.index("jupyter lab")
    post_build = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert re.search(r'cp settings/overrides.json "\$settings/overrides.json"', post_build)
    assert "NB_PYTHON_PREFIX" in post_build and "share/jupyter/lab/settings" in post_build
    conftest = (ROOT / "tests" / "browser" / "conftest.py").read_text(encoding="utf-8")
    assert '"settings" / "overrides.json"' in conftest
