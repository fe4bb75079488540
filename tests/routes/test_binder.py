"""Binder, checked here: repo2docker accepts the repository, and the lessons run under nbval
in a fresh environment holding Binder's own server stack plus environment.yml's pip section.

Binder's base environment is not on this machine, but its lock files ship inside the
`jupyter-repo2docker` package: the versions of its server stack are read from there and
installed from PyPI, then the pip section on top, as Binder's `env update` does.
"""

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import repo2docker
import yaml

ROOT = Path(__file__).resolve().parents[2]
LOCKS = Path(repo2docker.__file__).parent / "buildpacks" / "conda"
# Binder's server stack, as conda names it, and what PyPI calls the same package.
SERVER = {"jupyterlab": "jupyterlab", "notebook": "notebook", "jupyter_server": "jupyter-server",
          "jupyterhub-base": "jupyterhub", "jupyter-resource-usage": "jupyter-resource-usage",
          "jupyter-offlinenotebook": "jupyter-offlinenotebook",
          "jupyterlab_server": "jupyterlab-server", "notebook-shim": "notebook-shim",
          "ipywidgets": "ipywidgets", "widgetsnbextension": "widgetsnbextension",
          "jupyterlab_widgets": "jupyterlab-widgets", "ipykernel": "ipykernel",
          "ipython": "ipython", "jupyter_client": "jupyter-client",
          "jupyter_core": "jupyter-core", "traitlets": "traitlets", "tornado": "tornado",
          "nbformat": "nbformat", "nbconvert-core": "nbconvert", "pyzmq": "pyzmq"}


@pytest.fixture(scope="module")
def plan():
    """What `repo2docker --no-build` would build (no Docker needed): the Dockerfile text."""
    done = subprocess.run([sys.executable, "-m", "repo2docker", "--no-build", "--no-run",
                           "--debug", str(ROOT)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout + done.stderr


def test_repo2docker_accepts_the_repository(plan):
    assert "Building conda environment for python=3.11" in plan
    update = plan.index('env update -p ${NB_PYTHON_PREFIX} --file "environment.yml"')
    # environment.yml alone is copied in before the rest: Binder can cache the environment.
    assert plan.index("COPY --chown=0:0 src/environment.yml") < update
    assert update < plan.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    assert plan.index("COPY --chown=0:0 src/ ${REPO_DIR}/") < plan.index("RUN ./postBuild")


def base_versions(python):
    """`{conda name: version}` of Binder's base environment for that Python, on linux-64."""
    lock = LOCKS / f"environment.py-{python}-linux-64.lock"
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.search(r"/([^/]+)-([^-/]+)-[^-/]+\.(?:conda|tar\.bz2)#", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def pip_section():
    doc = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    return [d for d in doc["dependencies"] if isinstance(d, dict)][0]["pip"]


def test_the_lock_files_give_binders_server(plan):
    python = re.search(r"conda environment for python=(\d+\.\d+)", plan).group(1)
    base = base_versions(python)
    assert set(SERVER) <= set(base), sorted(set(SERVER) - set(base))
    assert base["jupyterlab"].startswith("4.") and base["notebook"].startswith("7.")


@pytest.fixture(scope="module")
def binder(tmp_path_factory, plan):
    """A fresh environment built as Binder builds it: base server stack, pip section, postBuild."""
    python = re.search(r"conda environment for python=(\d+\.\d+)", plan).group(1)
    assert f"{sys.version_info.major}.{sys.version_info.minor}" == python  # same Python
    base = base_versions(python)
    folder = tmp_path_factory.mktemp("binder") / "env"
    venv.create(folder, with_pip=True)
    bin_ = folder / "bin"
    pip = [str(bin_ / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    server = [f"{pypi}=={base[conda]}" for conda, pypi in SERVER.items()]
    for step in (server, pip_section(), ["--no-deps", "-e", str(ROOT)]):
        done = subprocess.run(pip + step, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-3000:]
    return bin_, base


def installed(bin_, name):
    done = subprocess.run([str(bin_ / "python"), "-c",
                           f"from importlib.metadata import version; print(version({name!r}))"],
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_pip_section_keeps_binders_server_and_conflicts_with_nothing(binder):
    bin_, base = binder
    check = subprocess.run([str(bin_ / "python"), "-m", "pip", "check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert installed(bin_, "jupyterlab") == base["jupyterlab"]
    assert installed(bin_, "notebook") == base["notebook"]
    for line in pip_section():
        name, version = line.split("==")
        assert installed(bin_, name) == version
    # The lab's widget extension moved with the kernel's ipywidgets (to the version that
    # `make lab` serves), and the lab loads it: no "Error displaying widget".
    from importlib.metadata import version
    assert installed(bin_, "jupyterlab_widgets") == version("jupyterlab_widgets")
    widgets = subprocess.run([str(bin_ / "jupyter"), "labextension", "list"],
                             capture_output=True, text=True)
    listing = re.sub(r"\x1b\[[0-9;]*m", "", widgets.stdout + widgets.stderr)
    assert re.search(r"@jupyter-widgets/jupyterlab-manager v\S+ enabled OK", listing), listing


def test_the_lessons_pass_nbval_in_binders_environment(binder):
    bin_, _ = binder
    lessons = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "notebooks").glob("*.ipynb"))
    env = dict(os.environ, NLTK_DATA=str(ROOT / ".nltk-empty"), PYTHONHASHSEED="0")
    done = subprocess.run([str(bin_ / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           # Every cell must run; stored outputs are `make nbval`'s to compare
                           # (the same pinned kernel packages, so the same outputs).
                           "--nbval-lax", "--nbval-current-env",
                           "--nbval-sanitize-with", "tests/sanitize.cfg", *lessons],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-5000:]
    assert re.search(r"\d+ passed", done.stdout)
