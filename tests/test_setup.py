"""The two commands and Binder: pins agree, `make lab` serves the start notebook."""

import os
import re
import signal
import socket
import subprocess
import time
import tomllib
import urllib.request
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


SERVER = {"jupyterlab", "notebook"}  # Binder's base environment brings its own


def pins(path, pattern=r"^([A-Za-z0-9_.-]+)==(\S+)"):
    return dict(re.findall(pattern, path.read_text(encoding="utf-8"), re.MULTILINE))


def binder_environment():
    """environment.yml: `(conda dependencies, {package: version} of its pip section)`."""
    doc = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in doc["dependencies"] if isinstance(d, str)]
    pip = [d for d in doc["dependencies"] if isinstance(d, dict)][0]["pip"]
    return conda, dict(line.split("==") for line in pip)


def test_binder_pins_the_kernel_side_and_nbval_as_pip_does():
    conda, pip = binder_environment()
    wanted = {name: version for name, version in pins(ROOT / "requirements.txt").items()
              if name not in SERVER}
    wanted["nbval"] = pins(ROOT / "requirements-test.txt")["nbval"]
    assert pip == wanted
    # The server is Binder's: named in no pin, and conda gets only Python and pip.
    assert sorted(conda) == ["pip", "python=3.11"]


def test_the_package_states_lower_bounds_every_pin_meets():
    doc = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert doc["project"]["license"] == "MIT"
    bounds = {Requirement(r).name: Requirement(r).specifier
              for r in doc["project"]["dependencies"]}
    assert set(bounds) == {"ipywidgets", "nltk", "matplotlib"}
    assert "ipywidgets>=8" in doc["project"]["dependencies"]
    pinned = {**pins(ROOT / "requirements.txt"), **binder_environment()[1]}
    for name, specifier in bounds.items():
        assert specifier, f"{name} has no lower bound"
        assert pinned[name] in specifier, f"{name}=={pinned[name]} is outside {specifier}"
    assert "7.6.8" not in bounds["ipywidgets"]  # Colab's ipywidgets 7 is upgraded


def test_binder_installs_the_package_and_opens_the_start_notebook():
    post_build = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert post_build.startswith("#!/bin/bash") and "set -e" in post_build
    assert "pip install --no-deps -e ." in post_build
    assert os.access(ROOT / "postBuild", os.X_OK)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "urlpath=lab/tree/notebooks/00-start-here.ipynb" in readme
    assert "-e ." not in (ROOT / "environment.yml").read_text(encoding="utf-8")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_serves_the_start_notebook():
    port, token = free_port(), "test-token-123"
    args = f"--no-browser --ServerApp.ip=127.0.0.1 --port={port} --IdentityProvider.token={token}"
    lab = subprocess.Popen(["make", "-s", "lab", f"LAB_ARGS={args}"], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=5):
                    break
            except OSError:
                assert time.monotonic() < deadline, "JupyterLab did not start within 60 s"
                assert lab.poll() is None, "make lab stopped early"
                time.sleep(0.5)
        with urllib.request.urlopen(f"{url}/?token={token}", timeout=10) as response:
            assert "/lab/tree/notebooks/00-start-here.ipynb" in response.url
        page = f"{url}/lab/tree/notebooks/00-start-here.ipynb?token={token}"
        with urllib.request.urlopen(page, timeout=10) as response:
            assert response.status == 200
            assert "JupyterLab" in response.read().decode("utf-8")
        contents = f"{url}/api/contents/notebooks/00-start-here.ipynb?token={token}"
        with urllib.request.urlopen(contents, timeout=10) as response:
            assert b"Start here" in response.read()
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(timeout=30)
