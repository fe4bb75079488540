"""A real JupyterHub for the tests, and a learner's way through it without a browser.

`start_hub(folder, environment)` starts JupyterHub (PyPI `jupyterhub`) with its proxy
(npm `configurable-http-proxy`, installed by `npm ci` in tests/routes/hub/), the dummy
authenticator and the local process spawner (one home folder per user), under umask 077
as hubs run. `Learner` is one user: it starts their server, follows an nbgitpuller link as
the browser would (the hub's redirect, nbgitpuller's page, then the pull its script asks
for), and runs code in a kernel through the server's REST and websocket APIs.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from html import unescape
from pathlib import Path
from urllib.parse import quote, unquote, urlencode, urlsplit

from kernelclient import Kernel

HERE = Path(__file__).resolve().parent / "hub"
BIN = Path(sys.executable).parent
TIMEOUT = float(os.environ.get("HUB_TIMEOUT", 90))


class HubUnavailable(Exception):
    """The hub cannot run on this machine; the message says why."""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def proxy_command():
    """configurable-http-proxy from npm, at the version package-lock.json pins."""
    proxy = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
    if not proxy.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise HubUnavailable("npm was not found, so JupyterHub's proxy "
                                 "(configurable-http-proxy) cannot be installed: install "
                                 "Node.js, or run `npm ci` in tests/routes/hub/.")
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE,
                              capture_output=True, text=True)
        if done.returncode != 0 or not proxy.exists():
            raise HubUnavailable(f"`npm ci` in {HERE} failed: {done.stderr[-1500:]}")
    return str(proxy)


CONFIG = """
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.JupyterHub.db_url = "sqlite:///{folder}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/home/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = {args!r}
c.Spawner.default_url = "/lab"
c.Spawner.environment = {environment!r}
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.services = [{{"name": "tests", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "tests", "services": ["tests"],
    "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"]}}]
"""


class Hub:
    """A running hub: `url`, `api(method, path, **kw)` as an admin service, `log()`."""

    def __init__(self, folder, environment):
        import requests

        try:
            import jupyterhub  # noqa: F401
        except ImportError:
            raise HubUnavailable("jupyterhub is not installed (it is pinned in "
                                 "requirements-test.txt: make .venv/.installed).") from None
        singleuser = BIN / "jupyterhub-singleuser"
        if not singleuser.exists():
            raise HubUnavailable(f"{singleuser} is missing: reinstall jupyterhub.")
        self.folder, self.token = Path(folder), secrets.token_hex(16)
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        config = self.folder / "jupyterhub_config.py"
        config.write_text(CONFIG.format(
            port=port, hub_port=free_port(), proxy_api_port=free_port(),
            proxy=proxy_command(), folder=self.folder, singleuser=str(singleuser),
            args=["--allow-root"] if os.geteuid() == 0 else [], environment=environment,
            token=self.token), encoding="utf-8")
        self.log_path = self.folder / "hub.log"
        self.process = subprocess.Popen(
            [str(BIN / "jupyterhub"), "-f", str(config)], cwd=self.folder, umask=0o077,
            stdout=self.log_path.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"})
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {self.token}"
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.stop()
                raise HubUnavailable(f"JupyterHub stopped at start:\n{self.log()}")
            try:
                if self.http.get(f"{self.url}/hub/api/", timeout=5).ok:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        self.stop()
        raise HubUnavailable(f"JupyterHub did not answer within {TIMEOUT:.0f} s:\n{self.log()}")

    def log(self, last=3000):
        return self.log_path.read_text(errors="replace")[-last:]

    def api(self, method, path, **kwargs):
        answer = self.http.request(method, f"{self.url}/hub/api{path}", timeout=60, **kwargs)
        if not answer.ok:
            raise AssertionError(f"{method} {path}: {answer.status_code} {answer.text[:500]}\n"
                                 f"{self.log()}")
        return answer.json() if answer.content else None

    def stop(self):
        """Stop the hub, the servers it spawned and its proxy (all in its process group)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # what is left of the group we started
        except ProcessLookupError:
            pass


class Learner:
    """One hub user: their server, their token, their kernels."""

    def __init__(self, hub, name):
        import requests

        self.hub, self.name = hub, name
        hub.api("POST", "/users", json={"usernames": [name]})
        hub.api("POST", f"/users/{quote(name)}/server")
        deadline = time.monotonic() + TIMEOUT
        while not hub.api("GET", f"/users/{quote(name)}").get("servers", {}).get(
                "", {}).get("ready"):
            if time.monotonic() > deadline:
                raise AssertionError(f"{name}'s server did not start:\n{hub.log()}")
            time.sleep(0.5)
        token = hub.api("POST", f"/users/{quote(name)}/tokens", json={"note": "tests"})["token"]
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {token}"
        self.token = token
        self.base = f"/user/{quote(name, safe='@~')}/"  # as JupyterHub writes it
        # The browser's side: logged in through the hub's login form, with its cookies.
        self.browser = requests.Session()
        form = self.browser.get(f"{hub.url}/hub/login", timeout=60)
        assert form.ok, form.status_code
        logged_in = self.browser.post(f"{hub.url}/hub/login", timeout=60, data={
            "username": name, "password": "any", "_xsrf": self.browser.cookies.get("_xsrf")})
        assert logged_in.ok, (logged_in.status_code, logged_in.text[:300])

    def get(self, path, **kwargs):
        url = path if path.startswith("http") else f"{self.hub.url}{path}"
        return self.http.get(url, timeout=120, **kwargs)

    def follow_link(self, link):
        """Do what a browser does with an nbgitpuller link; returns where it ends up.

        The hub redirects to the learner's server; nbgitpuller's page names the folder
        (`targetpath`) and the lesson (`path`), and its script asks the server to pull
        (`git-pull/api`, an event stream) before it sends the browser on to `path`.
        """
        page = self.browser.get(link, timeout=120)  # through the hub's redirect and login
        assert page.ok and unquote(urlsplit(page.url).path) == unquote(f"{self.base}git-pull"), (
            page.status_code, page.url)
        data = {key: unquote(unescape(value)) for key, value in
                re.findall(r'data-([a-z-]+)="([^"]*)"', page.text)}
        query = {key: data[key] for key in ("repo", "targetpath", "branch") if key in data}
        with self.browser.get(f"{self.hub.url}{self.base}git-pull/api?{urlencode(query)}",
                              stream=True, timeout=300) as events:
            phases = [json.loads(line[5:]) for line in events.iter_lines(decode_unicode=True)
                      if line and line.startswith("data:")]
        assert phases and phases[-1]["phase"] == "finished", phases[-3:]
        lesson = self.browser.get(f"{self.hub.url}{self.base}{data['path']}", timeout=120)
        assert lesson.ok, (lesson.status_code, data["path"])
        return data

    def contents(self, path):
        answer = self.get(f"{self.base}api/contents/{quote(path)}")
        assert answer.ok, (answer.status_code, path, answer.text[:300])
        return answer.json()["content"]

    def kernel(self, notebook):
        """A kernel for a notebook of the learner's copy, running in its folder."""
        answer = self.http.post(f"{self.hub.url}{self.base}api/sessions", timeout=60, json={
            "path": notebook, "type": "notebook", "name": Path(notebook).name,
            "kernel": {"name": "python3"}})
        assert answer.ok, (answer.status_code, answer.text[:300])
        url = f"{self.hub.url.replace('http', 'ws', 1)}{self.base}api/kernels/" \
              f"{answer.json()['kernel']['id']}/channels"
        return Kernel(url, self.token, TIMEOUT)


def install_package(target):
    """`pip install` the package (not editable) into `target`, as a hub's image holds it.

    pip builds in the folder it is given and leaves `build/` there, so it is given a
    copy of the package's files, never the repository itself.
    """
    root = Path(__file__).resolve().parents[2]
    source = Path(target).parent / "package-source"
    shutil.copytree(root / "narratives", source / "narratives",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(root / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(source)], check=True, capture_output=True)
    shutil.rmtree(source)
