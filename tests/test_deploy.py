"""The hub recipes in deploy/ (README's "Beyond one machine") stay in step with the workbook:
the image installs requirements.txt's pins and the same nbgitpuller as the tests, every file
it copies exists, the Helm values, the class folder's claim, the TLJH config and the setup
script parse, and all name one class folder and one memory size.

What this machine cannot do, and so is not done here: build the image (no Docker), install
TLJH, or run Kubernetes; tests/routes/test_hub.py runs the same pieces on a local hub."""

import json
import re
import subprocess
from pathlib import Path

import yaml
from traitlets.config.loader import PyFileConfigLoader

from narratives.handin import VARIABLE

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
DOCKERFILE = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
SETUP = (DEPLOY / "tljh-setup.sh").read_text(encoding="utf-8")
VALUES = yaml.safe_load((DEPLOY / "z2jh-values.yaml").read_text(encoding="utf-8"))


def pin(requirements, name):
    text = (ROOT / requirements).read_text(encoding="utf-8")
    return re.search(rf"^{name}==(\S+)", text, re.M).group(1)


def test_the_image_installs_the_pinned_packages_and_the_tests_nbgitpuller():
    nbgitpuller = f"nbgitpuller=={pin('requirements-test.txt', 'nbgitpuller')}"
    for recipe in (DOCKERFILE, SETUP):
        assert re.search(r"pip\"? install .*-r \S*requirements\.txt " + re.escape(nbgitpuller),
                         recipe)
        assert re.search(r"pip\"? install (--no-cache-dir )?--no-deps ", recipe)  # not -e
        assert " -e " not in recipe
    python = re.search(r"python=(\d+\.\d+)", (ROOT / "environment.yml").read_text()).group(1)
    assert re.search(rf"^FROM \S+:python-{re.escape(python)}$", DOCKERFILE, re.M)


def test_every_file_the_recipes_copy_is_in_the_repository():
    copied = []
    for line in DOCKERFILE.splitlines():
        if line.startswith("COPY "):
            copied += [w for w in line.split()[1:-1] if not w.startswith("--")]
    copied += re.search(r"cp -r (.+) \"\$copy/\"", SETUP).group(1).split()
    copied += re.findall(r"install (?:-D )?-m 644 (\S+) ", SETUP)
    assert copied and all((ROOT / path).exists() for path in copied), copied


def test_widget_state_is_saved_for_every_learner():
    settings = json.loads((ROOT / "settings" / "overrides.json").read_text(encoding="utf-8"))
    assert settings["@jupyter-widgets/jupyterlab-manager:plugin"]["saveState"] is True
    assert "sys.prefix)')/share/jupyter/lab/settings\"" in DOCKERFILE  # {sys.prefix}/share/...
    assert "COPY settings/overrides.json" in DOCKERFILE
    assert "$userenv/share/jupyter/lab/settings/overrides.json" in SETUP


def test_every_recipe_names_one_class_folder():
    single = VALUES["singleuser"]
    folder = single["extraEnv"][VARIABLE]
    mount = single["storage"]["extraVolumeMounts"][0]
    assert mount["mountPath"] == folder
    volume = single["storage"]["extraVolumes"][0]
    assert volume["name"] == mount["name"]
    claim = yaml.safe_load((DEPLOY / "z2jh-class-folder.yaml").read_text(encoding="utf-8"))
    assert claim["kind"] == "PersistentVolumeClaim"
    assert claim["metadata"]["name"] == volume["persistentVolumeClaim"]["claimName"]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]  # every learner's pod writes
    tljh = PyFileConfigLoader("tljh-narratives.py", path=str(DEPLOY)).load_config()
    environment = tljh.Spawner.environment.get_value({})
    assert environment == {VARIABLE: folder}
    assert f"install -d -m 1733 -o \"jupyter-$instructor\" {folder}" in SETUP


def test_memory_per_learner_is_the_same_everywhere_and_the_setup_script_parses():
    limit = VALUES["singleuser"]["memory"]["limit"]
    assert f"tljh-config set limits.memory {limit}" in SETUP
    assert VALUES["singleuser"]["memory"]["guarantee"] == "512M"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bench_kernel_memory.py" in readme and f"{limit}" in readme
    subprocess.run(["bash", "-n", str(DEPLOY / "tljh-setup.sh")], check=True)
