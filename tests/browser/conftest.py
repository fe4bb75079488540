"""Browser tests: JupyterLab in Debian's Chromium, driven by Python Playwright.

Fixtures
  lab       (session) a JupyterLab on 127.0.0.1 with a random token, serving a
            temporary copy of notebooks/, solutions/, exercises/ and texts/
            (so autosave can never touch the repository). `lab.root` is that
            folder: write extra notebooks or texts into it; `lab.url`, `lab.token`.
  browser   (session) Chromium. Skipped with a clear reason when Chromium is not
            found; with REQUIRE_BROWSER=1 a missing browser fails the run.
  page      a fresh page (own context, no state kept between tests) whose
            relative URLs point at the lab; dialogs are recorded in `page.dialogs`.

Helpers (`from jlab import ...`, in tests/browser/jlab.py)
  open_notebook(page, path)       open a notebook (path relative to lab.root), wait for its kernel
  run_all_cells(page)             Run > Run All Cells, wait until every cell ran
  restart_kernel_and_run_all(page)
  wait_idle(page)                 kernel idle and no cell waiting ([*])
  assert_no_errors(page)          no error output and no stderr output in the notebook
  error_outputs(page)             the text of those outputs, a list
  enclosing_box(locator)          the VBox around a widget, e.g. the Reader around its menu
  screenshot(page, name)          saves test-artifacts/screenshots/NAME.png
  run_command(page, "notebook:run-all-cells")   any JupyterLab command by its id

Accessibility (in jlab.py): check_outputs(page, name) runs axe-core on the notebook's
outputs in the light theme, at 800 px and in the dark theme (no critical or serious
violation), checks nothing is clipped and chart text stays 10 px or more, and saves
screenshots; every axe run is written to test-artifacts/axe-report.txt and axe/NAME.json.
axe-core comes from npm (tests/browser/package.json, pinned by package-lock.json): the `lab`
fixture runs `npm ci` when it is missing. Without npm the axe checks are skipped with a
line saying so; with REQUIRE_BROWSER=1 they fail instead.

Chromium is found through the CHROMIUM environment variable, then `chromium`
on the PATH. Set BROWSER_TIMEOUT (seconds, default 60) on a slow machine.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
COPIED = ("notebooks", "solutions", "exercises", "texts", "my-texts")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
MISSING = ("Chromium not found: install it with `sudo apt-get install chromium` "
           "(or set CHROMIUM=/path/to/chromium).")
# Settings for a quiet, predictable lab: no autosave, no news, every cell rendered.
SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": '{"autosave": false}',
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        '{"fetchNews": "false", "checkForUpdates": false}',
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": '{"windowingMode": "none"}',
}


def chromium_path():
    """Where Chromium is, or None."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium")
    return found if found and os.access(found, os.X_OK) else None


def _required():
    return os.environ.get("REQUIRE_BROWSER") == "1"


def _no_browser(reason):
    if _required():
        pytest.fail(f"{reason} REQUIRE_BROWSER=1, so a missing browser fails the run.",
                    pytrace=False)
    pytest.skip(f"{reason} Browser tests skipped.")


def pytest_report_header(config):
    path = chromium_path()
    return f"browser: {path}" if path else f"browser: {MISSING}"


def pytest_terminal_summary(terminalreporter):
    import jlab
    if jlab.SKIPPED_AXE:
        terminalreporter.write_line(f"Accessibility checks (axe) SKIPPED: {jlab.AXE_MISSING}",
                                    yellow=True, bold=True)
    elif (ARTIFACTS / "axe-report.txt").is_file():
        terminalreporter.write_line(f"axe report (moderate and minor included): "
                                    f"{ARTIFACTS / 'axe-report.txt'}")
    if not chromium_path():
        outcome = "they FAIL (REQUIRE_BROWSER=1)" if _required() else "browser tests skipped"
        terminalreporter.write_line(f"{MISSING} Without it {outcome}.", yellow=True, bold=True)
    elif (ARTIFACTS / "screenshots").is_dir():
        terminalreporter.write_line(f"Screenshots of each lesson: {ARTIFACTS / 'screenshots'}")


@dataclass
class Lab:
    url: str
    token: str
    root: Path


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _stop(process, url):
    """Shut the server down (and with it its kernels); kill the group if it lingers."""
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="POST", data=b""), timeout=5)
        process.wait(timeout=15)
    except (OSError, subprocess.TimeoutExpired):
        pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass


def _install_axe():
    """axe-core from npm, at the version package-lock.json pins, when it is missing."""
    folder = Path(__file__).resolve().parent
    if (folder / "node_modules" / "axe-core" / "axe.min.js").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        return   # the axe checks say why they skip (or fail, with REQUIRE_BROWSER=1)
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=folder,
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"`npm ci` in {folder} failed:\n{done.stdout}\n{done.stderr}",
                    pytrace=False)


def _install_lab_settings():
    """The workbook's JupyterLab defaults (settings/overrides.json), where `make lab` puts
    them: the lab under test saves widget state with notebooks, as learners' labs do."""
    ours = ROOT / "settings" / "overrides.json"
    target = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    if not target.is_file() or target.read_bytes() != ours.read_bytes():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ours, target)


@pytest.fixture(scope="session")
def lab():
    """A JupyterLab serving a temporary copy of the workbook; stopped at the end."""
    if not chromium_path():  # no server to start when nothing could talk to it
        _no_browser(MISSING)
    _install_axe()
    _install_lab_settings()
    (ARTIFACTS / "axe-report.txt").unlink(missing_ok=True)   # one report per run
    with tempfile.TemporaryDirectory(prefix="narratives-lab-") as tmp:
        tmp = Path(tmp)
        root, settings = tmp / "workbook", tmp / "settings"
        for name in COPIED:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, root / name)
        for name, text in SETTINGS.items():
            (settings / name).parent.mkdir(parents=True, exist_ok=True)
            (settings / name).write_text(text, encoding="utf-8")
        port, token = _free_port(), secrets.token_hex(16)
        env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(settings),
                   JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
                   JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
                   # Lessons' own widgets save into the copy, never the real my-work/.
                   NARRATIVES_MY_WORK=str(root / "my-work"))
        command = [sys.executable, "-m", "jupyterlab", "--no-browser",
                   "--ServerApp.ip=127.0.0.1", f"--port={port}", "--port-retries=0",
                   f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
                   "--LabApp.expose_app_in_browser=True"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        ARTIFACTS.mkdir(exist_ok=True)
        log = open(ARTIFACTS / "jupyterlab.log", "w", encoding="utf-8")
        process = subprocess.Popen(command, cwd=root, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while not _answers(f"{url}/api/status?token={token}"):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start; see {log.name}", pytrace=False)
                time.sleep(0.3)
            yield Lab(url, token, root)
        finally:
            _stop(process, f"{url}/api/shutdown?token={token}")
            log.close()


@pytest.fixture(scope="session")
def browser(lab):
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("Playwright is not installed: run `make` to install requirements-test.txt.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, lab):
    """A fresh page in its own context, logged in to the lab."""
    context = browser.new_context(base_url=f"{lab.url}/",
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    # The token in one URL logs the context in: the server answers with a cookie.
    page.goto(f"api/status?token={lab.token}")
    yield page
    context.close()
    _shut_down_kernels(lab)


def _shut_down_kernels(lab):
    """Each test starts kernels; idle ones would pile up on a 2-core machine."""
    headers = {"Authorization": f"token {lab.token}"}
    with urllib.request.urlopen(urllib.request.Request(f"{lab.url}/api/sessions",
                                                       headers=headers), timeout=10) as r:
        sessions = json.load(r)
    for session in sessions:
        urllib.request.urlopen(urllib.request.Request(
            f"{lab.url}/api/sessions/{session['id']}", method="DELETE", headers=headers),
            timeout=30).close()
