"""The learner's copy is the workbook: a hub's read-only image holds the package, the
lessons run from a copy nbgitpuller pulled into a home folder, and every read and every
write lands in that copy. A package installed alone, with no copy, says so in a sentence."""

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from hubclient import install_package

ROOT = Path(__file__).resolve().parents[2]
LESSONS = ["02-narratives.ipynb", "05-techniques.ipynb", "06-your-own-text.ipynb"]


def snapshot(folder):
    """Every file and folder under `folder` with its size and time of change."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in [folder, *folder.rglob("*")]}


def set_writable(folder, writable):
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        if writable:
            path.chmod(mode | stat.S_IWUSR)
        else:
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    """The image's two ways to hold the package, both read-only: `pip install .` (not
    editable) into site-packages, and a whole copy of the workbook put on sys.path."""
    base = tmp_path_factory.mktemp("image")
    site = base / "site-packages"
    install_package(site)
    whole = base / "workbook"
    for part in ("narratives", "notebooks", "texts"):
        shutil.copytree(ROOT / part, whole / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    set_writable(base, False)
    yield {"installed": site, "a whole copy": whole}
    set_writable(base, True)


@pytest.fixture
def home(tmp_path):
    """A learner's copy of the workbook, as nbgitpuller leaves it in their home folder."""
    copy = tmp_path / "home" / "jovyan" / "workbook"
    for part in ("notebooks", "texts", "my-texts"):
        shutil.copytree(ROOT / part, copy / part)
    return copy


def environment(monkeypatch, package):
    """The kernel imports the package from the image, writes no bytecode, has no override."""
    monkeypatch.setenv("PYTHONPATH", str(package))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    for name in ("NARRATIVES_HOME", "NARRATIVES_MY_WORK", "NARRATIVES_MY_TEXTS"):
        monkeypatch.delenv(name, raising=False)


def run(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


PROBE = """
import narratives, pathlib
from narratives import paths, texts, workspace, yourtext
from narratives.tagging import Tagger, classroom
from narratives.techniques import SpanTagger
assert pathlib.Path(narratives.__file__).is_relative_to({package!r}), narratives.__file__
corpus = texts.load()
assert corpus.folder == paths.TEXTS and paths.ROOT == pathlib.Path({home!r})
tagger = Tagger(corpus, annotator="ada")
tagger.tag("nato-aggressor")
assert "Saved to tags-ada.json" in tagger.message.value, tagger.message.value
tagger.prepare_download()
spans = SpanTagger(texts.load(paths.MY_TEXTS), annotator="ada")
spans.phrase.value = spans.current.text.split()[0]
assert spans.add_span() is not None, spans.message.value
yourtext.save_text("pulled", "NATO denied it. The outlet repeated the claim.")
assert "pulled" in texts.load(paths.MY_TEXTS).ids
classroom.export(classroom.discussion(classroom.read_class(classroom.SAMPLE, corpus).stores,
                                      corpus))
workspace.download_all()
print(sorted(name for name, _, _ in workspace.files()))
"""


@pytest.mark.parametrize("kind", ["installed", "a whole copy"])
def test_every_read_and_write_lands_in_the_learners_copy(image, home, monkeypatch, kind):
    package = image[kind]
    environment(monkeypatch, package)
    before, ours = snapshot(package.parent), snapshot(ROOT / "texts")
    ours_work = snapshot(ROOT / "my-work") if (ROOT / "my-work").exists() else None
    # The text nbgitpuller just updated in the learner's copy is the one that is read.
    catalog = home / "texts" / "catalog.csv"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        "Disinfo: NATO is preparing", "Disinfo (pulled today): NATO is preparing"),
        encoding="utf-8")
    probe = home / "notebooks" / "probe.ipynb"
    nbformat.write(new_notebook(cells=[
        new_code_cell(PROBE.format(package=str(package), home=str(home))),
        new_code_cell("print(corpus['euvsdisinfo-force'].title)")]), probe)
    nb = run(probe)
    listing = nb.cells[0].outputs[-1]["text"]
    for name in ("tags-ada.json", "tags-ada.csv", "spans-ada-my-texts.tsv",
                 "class-discussion.csv"):
        assert name in listing and (home / "my-work" / name).is_file()
    assert "pulled today" in nb.cells[1].outputs[-1]["text"]
    assert (home / "my-texts" / "pulled.txt").is_file()
    assert snapshot(package.parent) == before  # the image is untouched...
    assert snapshot(ROOT / "texts") == ours  # ... and so is the repository
    if ours_work is not None:
        assert snapshot(ROOT / "my-work") == ours_work


def test_the_lessons_run_from_the_learners_copy(image, home, monkeypatch):
    environment(monkeypatch, image["installed"])
    before = snapshot(image["installed"].parent)
    for lesson in LESSONS:
        run(home / "notebooks" / lesson)
    assert snapshot(image["installed"].parent) == before
    assert (home / "my-work").is_dir()  # the span taggers made it, in the learner's copy
    assert not (home / "notebooks" / "my-work").exists()


def test_an_installed_package_without_a_copy_says_what_to_do(image, tmp_path, monkeypatch):
    environment(monkeypatch, image["installed"])
    script = ("from narratives import texts\n"
              "from narratives.errors import NarrativesError\n"
              "try:\n    texts.load()\n"
              "except NarrativesError as error:\n    print(error)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, text=True,
                          capture_output=True, check=True)
    assert done.stdout.startswith(f"No copy of the workbook was found: {tmp_path} and the "
                                  "folders above it hold no 'notebooks' and 'texts' folders.")
    assert "NARRATIVES_HOME" in done.stdout
    home = tmp_path / "workbook"
    shutil.copytree(ROOT / "texts", home / "texts")
    (home / "notebooks").mkdir()
    monkeypatch.setenv("NARRATIVES_HOME", str(home))
    named = subprocess.run([sys.executable, "-c", "from narratives import texts\n"
                            "print(texts.load().folder)"], cwd=tmp_path, text=True,
                           capture_output=True, check=True)
    assert named.stdout.strip() == str(home / "texts")


# A JupyterHub with nbgitpuller ------------------------------------------------
LEARNER = """
from narratives import texts
from narratives.tagging import Tagger
corpus = texts.load()
tagger = Tagger(corpus, annotator="ada")
tagger.tag("nato-aggressor")
print(tagger.message.value)
print(corpus["euvsdisinfo-force"].title)
"""


def git(*args, cwd):
    return subprocess.run(["git", "-c", "user.name=Instructor", "-c", "user.email=i@example.org",
                           *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_nbgitpuller_pulls_a_copy_and_a_later_pull_keeps_the_learners_work(image, tmp_path,
                                                                             monkeypatch):
    from nbgitpuller.pull import GitPuller

    upstream = tmp_path / "upstream"  # the instructor's repository
    git("clone", "-q", str(ROOT), str(upstream), cwd=tmp_path)
    branch = git("rev-parse", "--abbrev-ref", "HEAD", cwd=upstream).strip()
    copy = tmp_path / "home" / "jovyan" / "workbook"  # where the link's pull puts it

    def pull():
        for _ in GitPuller(f"file://{upstream}", str(copy), branch=branch).pull():
            pass

    def work():
        environment(monkeypatch, image["installed"])
        return subprocess.run([sys.executable, "-c", LEARNER], cwd=copy / "notebooks",
                              capture_output=True, text=True, check=True).stdout

    image_before = snapshot(image["installed"].parent)
    pull()
    assert "Saved to tags-ada.json" in work()
    tags = (copy / "my-work" / "tags-ada.json").read_bytes()
    catalog = upstream / "texts" / "catalog.csv"  # the instructor mends a title
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        "Disinfo: NATO is preparing", "Disinfo (mended): NATO is preparing"), encoding="utf-8")
    git("commit", "-qam", "Mend a title", cwd=upstream)
    pull()
    assert (copy / "my-work" / "tags-ada.json").read_bytes() == tags  # the pull kept it
    assert "Disinfo (mended)" in work()  # and the lessons read the updated text
    assert snapshot(image["installed"].parent) == image_before  # nothing written there


def test_the_documented_nbgitpuller_link_opens_the_start_lesson_of_the_pulled_copy():
    from urllib.parse import parse_qs, urlsplit

    from narratives.hublink import clone_folder, link as hub_link

    for doc in ("README.md", "INSTRUCTORS.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        links = [w for w in text.split() if "/hub/user-redirect/git-pull?" in w]
        assert links, f"{doc} gives no nbgitpuller link"
        for link in links:
            parts = urlsplit(link.strip("`<>()"))
            query = parse_qs(parts.query)
            assert parts.path.endswith("/hub/user-redirect/git-pull")
            assert set(query) >= {"repo", "branch", "urlpath"}, link
            folder, _, rest = query["urlpath"][0].removeprefix("lab/tree/").partition("/")
            assert query["urlpath"][0].startswith("lab/tree/") and folder
            assert folder == clone_folder(query["repo"][0]), f"{link} opens a folder " \
                "nbgitpuller does not make"
            assert link.strip("`<>()") == hub_link(f"{parts.scheme}://{parts.netloc}",
                                                   query["repo"][0], lesson=rest)
            assert (ROOT / rest).is_file(), f"{link} opens {rest}, which is not in the workbook"
