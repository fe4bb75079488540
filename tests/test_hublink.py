"""`python -m narratives link`: the nbgitpuller link opens the lesson in the folder that
nbgitpuller itself clones into. The folder is checked against nbgitpuller's own handler,
which renders the page a learner's click opens (the page then pulls into `targetpath`
and sends the browser to `path`)."""

import asyncio
import html
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from narratives.__main__ import main
from narratives.errors import NarrativesError
from narratives.hublink import clone_folder, link

REPOS = ["https://github.com/ada/wb.git", "https://github.com/ada/workbook",
         "https://github.com/ada/workbook/", "file:///srv/git/class-2026.git",
         "/srv/git/workbook"]


def nbgitpuller_page(query):
    """What nbgitpuller's own UIHandler renders for a link's query: its data-* attributes."""
    from nbgitpuller.handlers import UIHandler

    arguments = {name: values[0] for name, values in parse_qs(query).items()}
    written = []

    class Request:  # just what UIHandler.get reads from its handler
        def get_argument(self, name, default=None):
            return arguments.get(name, default)

        def write(self, text):
            written.append(text)

        async def flush(self):
            pass

        template_namespace = {"static_url": lambda path: path, "base_url": "/user/ada/",
                              "xsrf_token": "x"}

    asyncio.run(UIHandler.get.__wrapped__(Request()))  # past @web.authenticated
    return {key: unquote(html.unescape(value)) for key, value in
            re.findall(r'data-([a-z-]+)="([^"]*)"', "".join(written))}


@pytest.mark.parametrize("repo", REPOS)
def test_the_link_opens_the_folder_nbgitpuller_clones_into(repo):
    url = link("https://hub.example.org", repo, lesson="02-narratives.ipynb")
    parts = urlsplit(url)
    assert parts.path == "/hub/user-redirect/git-pull"
    page = nbgitpuller_page(parts.query)
    assert page["targetpath"] == clone_folder(repo)
    assert page["path"] == f"lab/tree/{clone_folder(repo)}/notebooks/02-narratives.ipynb"
    assert page["repo"] == repo.rstrip("/")  # no trailing slash: both its handlers agree


def test_a_repository_ending_in_git_keeps_it_in_the_folder_name():
    assert clone_folder("https://github.com/ada/wb.git") == "wb.git"
    assert "urlpath=lab%2Ftree%2Fwb.git%2Fnotebooks%2F00-start-here.ipynb" in link(
        "https://hub.example.org/", "https://github.com/ada/wb.git")


def test_notebook_7_and_another_branch():
    url = link("https://hub.example.org/base", "https://github.com/ada/wb", branch="spring",
               lesson="exercises/02-narratives-exercise.ipynb", app="tree")
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://hub.example.org/base/hub/user-redirect/git-pull?")
    assert query["branch"] == ["spring"]
    assert query["urlpath"] == ["tree/wb/exercises/02-narratives-exercise.ipynb"]


@pytest.mark.parametrize("hub, repo", [("hub.example.org", "https://github.com/ada/wb"),
                                       ("https://hub.example.org", "/"),
                                       ("https://hub.example.org", "")])
def test_a_wrong_address_gets_a_sentence(hub, repo):
    with pytest.raises(NarrativesError, match="Give"):
        link(hub, repo)


def test_the_command_prints_the_link_and_the_folder(capsys):
    assert main(["link", "https://hub.example.org", "https://github.com/ada/wb.git",
                 "--lesson", "02-narratives.ipynb"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == link("https://hub.example.org", "https://github.com/ada/wb.git",
                               lesson="02-narratives.ipynb")
    assert "~/wb.git/" in err
    assert main(["link", "hub.example.org", "https://github.com/ada/wb"]) == 1
    assert "is not a hub's address" in capsys.readouterr().out
