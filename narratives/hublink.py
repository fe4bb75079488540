"""The nbgitpuller link an instructor gives a class on a JupyterHub.

A learner who clicks it gets the workbook cloned into their home (or updated,
on a later click) and the lesson opened. nbgitpuller names the clone's folder
after the last part of the repository's address *as written* (its
`UIHandler`: `repo.rstrip('/').split('/')[-1]`), so `…/workbook.git` gives a
folder `workbook.git/`, not `workbook/`. The link must open the lesson in that
folder, or the learner lands on "Could not find path".

>>> clone_folder("https://github.com/ada/workbook.git")
'workbook.git'
>>> print(link("https://hub.example.org", "https://github.com/ada/workbook"))
https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fada%2Fworkbook&branch=main&urlpath=lab%2Ftree%2Fworkbook%2Fnotebooks%2F00-start-here.ipynb

Run it as `python -m narratives link HUB REPO_URL [--branch B] [--lesson NAME]`.
"""

from urllib.parse import quote, urlencode

from .errors import NarrativesError

START = "00-start-here.ipynb"


def clone_folder(repo):
    """The folder nbgitpuller clones `repo` into: the last part of its address, as written."""
    folder = str(repo).strip().rstrip("/").split("/")[-1]
    if not folder or folder in (".", ".."):
        raise NarrativesError(f"{repo!r} does not end in a repository's name. Give the "
                              "address you would clone, e.g. https://github.com/OWNER/REPO.")
    return folder


def link(hub, repo, branch="main", lesson=START, app="lab"):
    """The nbgitpuller link: pull `repo` at `branch` into the learner's home, open `lesson`.

    `hub` is the hub's address (`https://hub.example.org`, with any base path);
    `lesson` a file in `notebooks/` (`02-narratives.ipynb`) or a path in the
    workbook (`exercises/…`); `app` "lab" for JupyterLab, "tree" for Notebook 7.
    """
    hub = str(hub).strip().rstrip("/")
    if not hub.startswith(("http://", "https://")):
        raise NarrativesError(f"{hub!r} is not a hub's address. Give it as it appears in "
                              "the browser, e.g. https://hub.example.org.")
    repo = str(repo).strip().rstrip("/")  # nbgitpuller's two handlers disagree on a trailing /
    if app not in ("lab", "tree"):
        raise NarrativesError(f"app={app!r}: give 'lab' (JupyterLab) or 'tree' (Notebook 7).")
    lesson = str(lesson).strip().lstrip("/")
    if "/" not in lesson:
        lesson = f"notebooks/{lesson}"
    path = f"{'lab/tree' if app == 'lab' else 'tree'}/{clone_folder(repo)}/{lesson}"
    query = urlencode({"repo": repo, "branch": branch, "urlpath": path}, quote_via=quote,
                      safe="")
    return f"{hub}/hub/user-redirect/git-pull?{query}"
