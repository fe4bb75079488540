"""The two commands and Binder: pins agree, `make lab` serves the start notebook."""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pins(path, pattern):
    return dict(re.findall(pattern, path.read_text(encoding="utf-8"), re.MULTILINE))


def test_binder_environment_pins_the_versions_pip_installs():
    pip = pins(ROOT / "requirements.txt", r"^([A-Za-z0-9_.-]+)==(\S+)")
    conda = pins(ROOT / "environment.yml", r"^\s*-\s*([A-Za-z0-9_.-]+)=(\S+)\s*$")
    conda.pop("python")
    assert pip and pip == conda


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
