"""A workshop on a real JupyterHub, end to end, as README.md and INSTRUCTORS.md tell it.

JupyterHub with its proxy, the dummy authenticator and the local process spawner; the
package installed read-only (the image); the class folder named once in the hub's
configuration (NARRATIVES_CLASS_FOLDER); the lessons pulled from a local bare repository
by the link `python -m narratives link` prints. Two learners (one with an e-mail-style
login who picks a pseudonym) run lesson 02 and tag with its Tagger, hand in, and the
instructor, who tested the hand-in with tags of their own, merges the class with the
instructor notebook's own code. Then the instructor pushes an update and everyone pulls
again: every tag is there under the right name, and `my-work/` is untouched.

Without Node.js or the hub, the test says why it cannot run; with REQUIRE_BROWSER=1 (CI)
that fails the run.
"""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hubclient import Hub, HubUnavailable, Learner, install_package

ROOT = Path(__file__).resolve().parents[2]
LESSON = "02-narratives.ipynb"
# Each learner's clicks: (sentence of bogus-threat, from 0; label).
CLICKS = {"ada": [(0, "nato-defensive"), (1, "disputes-claim"), (2, "none")],
          "d.novak@uni.example": [(0, "threat-as-pretext"), (1, "nato-defensive"),
                                  (3, "none"), (4, "nato-aggressor")],
          "teacher": [(0, "none")]}
PSEUDONYMS = {"d.novak@uni.example": "Owl"}


def git(*args, cwd):
    return subprocess.run(["git", "-c", "user.name=Instructor", "-c",
                           "user.email=i@example.org", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def code_cells(notebook):
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    base = tmp_path_factory.mktemp("hub")
    image = base / "image"
    install_package(image)
    for path in [image, *image.rglob("*")]:  # the image is read-only
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    shared = base / "class"  # the shared, group-writable hand-in folder
    shared.mkdir()
    shared.chmod(0o3777)
    upstream = base / "instructor"  # the instructor's checkout, pushed to a bare repository
    git("clone", "-q", str(ROOT), str(upstream), cwd=base)
    bare = base / "wb.git"
    git("clone", "-q", "--bare", str(upstream), str(bare), cwd=base)
    git("remote", "set-url", "origin", str(bare), cwd=upstream)
    branch = git("rev-parse", "--abbrev-ref", "HEAD", cwd=upstream).strip()
    (base / "nltk-empty").mkdir()
    environment = {"PYTHONPATH": str(image), "PYTHONDONTWRITEBYTECODE": "1",
                   "NARRATIVES_CLASS_FOLDER": str(shared), "NLTK_DATA": str(base / "nltk-empty"),
                   "PYTHONHASHSEED": "0", "MPLBACKEND": "agg"}
    try:
        hub = Hub(base, environment)
    except HubUnavailable as why:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"The JupyterHub test could not start a hub: {why}", pytrace=False)
        pytest.skip(f"The JupyterHub test could not start a hub: {why}")
    try:
        done = subprocess.run([sys.executable, "-m", "narratives", "link", hub.url,
                               f"file://{bare}", "--branch", branch, "--lesson", LESSON],
                              capture_output=True, text=True, check=True)
        yield {"hub": hub, "link": done.stdout.strip(), "upstream": upstream, "image": image,
               "shared": shared, "home": base / "home", "branch": branch}
    finally:
        hub.stop()


def test_a_workshop_on_a_real_hub(workshop):
    hub, link, home, shared = (workshop[k] for k in ("hub", "link", "home", "shared"))
    people = {name: Learner(hub, name) for name in CLICKS}
    for name, person in people.items():  # each clicks the link
        landed = person.follow_link(link)
        assert landed["targetpath"] == "wb.git"  # the folder the link's urlpath opens
        assert (home / name / "wb.git" / "notebooks" / LESSON).is_file()
    lesson = people["ada"].contents(f"wb.git/notebooks/{LESSON}")
    saved = {}
    for name, person in people.items():
        kernel = person.kernel(f"wb.git/notebooks/{LESSON}")
        probe = kernel.run("import narratives, os\nprint(narratives.__file__, os.getcwd())")
        assert probe.startswith(str(workshop["image"]))  # the read-only image's package...
        assert probe.split()[1] == str(home / name / "wb.git" / "notebooks")  # ...in the copy
        if name in PSEUDONYMS:  # a learner whose login is an e-mail address picks a pseudonym
            kernel.run(f"from narratives import workspace\n"
                       f"workspace.save_name({PSEUDONYMS[name]!r})")
        for code in code_cells(lesson):  # Run All: lesson 02, its Tagger included
            kernel.run(code)
        for index, label in CLICKS[name]:
            said = kernel.run(f"tagger.go(('bogus-threat', {index}))\n"
                              f"tagger.tag({label!r})\nprint(tagger.message.value)")
            assert "Saved to" in said, said
        said = kernel.run("print(tagger.hand_in().message)")
        assert "Handed in:" in said, said
        saved[name] = PSEUDONYMS.get(name, name)
        kernel.close()
    for name in people:  # each learner's own file, owner-only as the hub's umask made it
        own = home / name / "wb.git" / "my-work" / f"tags-{saved[name]}.json"
        assert stat.S_IMODE(own.stat().st_mode) == 0o600, own
    for path in shared.iterdir():  # readable by the instructor whatever the umask
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
        assert "novak" not in path.name

    # The instructor merges with the instructor notebook's own code, run in their server.
    teacher = people["teacher"]
    instructor = teacher.contents("wb.git/notebooks/instructor-class-tags.ipynb")
    kernel = teacher.kernel("wb.git/notebooks/instructor-class-tags.ipynb")
    for code in code_cells(instructor):
        kernel.run(code)
    merged = json.loads(kernel.run(
        "import json\nfull = classroom.read_class(FOLDER, corpus, hide_logins=False)\n"
        "print(json.dumps({'folder': str(FOLDER), 'shown': sorted(merged.stores),\n"
        "  'report': str(merged.report),\n"
        "  'tags': {n: [[k[0], k[1], sorted(v)] for k, v in s.items()]\n"
        "           for n, s in full.stores.items()}}))"))
    kernel.close()
    assert merged["folder"] == str(shared)  # the notebook reads the class folder by default
    assert sorted(merged["tags"]) == ["Owl", "ada"]  # the instructor's own file is left out
    assert "instructor's own, not used" in merged["report"]
    assert merged["shown"] == ["Owl", "learner 1"]  # logins hidden on projected tables
    for name, clicks in CLICKS.items():
        if name != "teacher":
            assert merged["tags"][saved[name]] == [["bogus-threat", i, [label]]
                                                   for i, label in sorted(clicks)]

    # An update is pushed; every learner clicks the link again.
    work = {name: snapshot(home / name / "wb.git" / "my-work") for name in people}
    upstream = workshop["upstream"]
    readme = upstream / "notebooks" / "00-start-here.ipynb"
    readme.write_text(readme.read_text(encoding="utf-8").replace(
        "# ", "# (updated) ", 1), encoding="utf-8")
    git("commit", "-qam", "An update during the workshop", cwd=upstream)
    git("push", "-q", "origin", workshop["branch"], cwd=upstream)
    for name, person in people.items():
        person.follow_link(link)
        copy = home / name / "wb.git"
        assert "(updated)" in (copy / "notebooks" / "00-start-here.ipynb").read_text(
            encoding="utf-8")
        assert snapshot(copy / "my-work") == work[name]  # my-work/ untouched, byte for byte
        log = git("log", "--format=%s", cwd=copy)
        assert "Automatic commit by nbgitpuller" not in log  # running a lesson changed none
