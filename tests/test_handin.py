"""Hand-in on a hub: a learner's tags go to the class folder the hub names, readable by the
instructor under umask 077, under the learner's chosen name; the instructor notebook reads
that folder, leaves out the instructor's own files, and can hide logins."""

import json
import os
import stat

import pytest

from narratives import handin, tagging, workspace
from narratives.tagging import classroom
from narratives.tagging.tagger import Tagger
from narratives.tagging.tagstore import TagStore


@pytest.fixture
def hub(tmp_path, monkeypatch):
    """A hub's environment: a class folder named by NARRATIVES_CLASS_FOLDER, umask 077."""
    shared = tmp_path / "class"
    shared.mkdir()
    monkeypatch.setenv(handin.VARIABLE, str(shared))
    monkeypatch.delenv("BINDER_LAUNCH_HOST", raising=False)
    old = os.umask(0o077)
    yield shared
    os.umask(old)


def learner(tmp_path, monkeypatch, login, pseudonym=None, tags=(("bogus-threat", 0, "none"),)):
    """A learner's home: their my-work, with tags saved under their name."""
    monkeypatch.setenv("JUPYTERHUB_USER", login)
    work = tmp_path / login / "my-work"
    if pseudonym:
        workspace.save_name(pseudonym, work)
    name = workspace.learner_name(work)
    store = TagStore(work / f"tags-{workspace.safe_name(name)}.json", annotator=name)
    for text_id, index, label in tags:
        store.set(text_id, index, {label})
    return work


def test_without_a_class_folder_the_learner_is_sent_to_the_download(monkeypatch, tmp_path):
    monkeypatch.delenv(handin.VARIABLE, raising=False)
    done = handin.hand_in(name="ada", folder=tmp_path)
    assert not done.ok and "No class folder" in str(done) and "Download my tags" in str(done)
    assert 'border-left' in done._repr_html_()  # shown as a message bar in a notebook


def test_a_hand_in_is_readable_by_the_instructor_and_carries_the_pseudonym(hub, tmp_path,
                                                                           monkeypatch):
    work = learner(tmp_path, monkeypatch, "d.novak@uni.example", pseudonym="Owl")
    assert stat.S_IMODE((work / "tags-Owl.json").stat().st_mode) == 0o600  # the umask's
    done = handin.hand_in(folder=work)
    assert done.ok, done
    files = list(hub.iterdir())
    assert [f.name for f in files] == [f"tags-Owl-{handin.token('d.novak@uni.example')}.json"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o644
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    assert doc["annotator"] == "Owl" and doc["name_is_login"] is False
    assert "novak" not in files[0].read_text(encoding="utf-8")  # the login is not in it
    assert "1 tag as" in done.message and "under the name Owl" in done.message


def test_two_learners_with_one_pseudonym_get_two_files_and_a_second_hand_in_replaces(
        hub, tmp_path, monkeypatch):
    first = learner(tmp_path, monkeypatch, "ada", pseudonym="Owl")
    assert handin.hand_in(folder=first).ok
    second = learner(tmp_path, monkeypatch, "ben", pseudonym="Owl")
    assert handin.hand_in(folder=second).ok
    TagStore(second / "tags-Owl.json").set("bogus-threat", 1, {"nato-defensive"})
    assert "2 tags" in handin.hand_in(folder=second).message
    assert len(list(hub.glob("tags-Owl-*.json"))) == 2
    assert not list(hub.glob(".*"))  # no temporary file left behind
    workspace.save_name("Lark", second)  # a new pseudonym: the earlier file goes
    TagStore(second / "tags-Lark.json", annotator="Lark").set("bogus-threat", 0, {"none"})
    assert handin.hand_in(folder=second).ok
    assert sorted(p.name.split("-")[1] for p in hub.glob("tags-*.json")) == ["Lark", "Owl"]


@pytest.mark.parametrize("case, said", [("no name", "Give your name"),
                                        ("no tags", "no tags to hand in"),
                                        ("no folder", "does not exist")])
def test_what_cannot_be_handed_in_gets_a_sentence(hub, tmp_path, monkeypatch, case, said):
    work = tmp_path / "my-work"
    if case == "no name":
        monkeypatch.setenv("JUPYTERHUB_USER", "jovyan")
        monkeypatch.setattr(workspace, "login", lambda: "jovyan")
    if case == "no folder":
        TagStore(work / "tags-ada.json", annotator="ada").set("bogus-threat", 0, {"none"})
        monkeypatch.setenv(handin.VARIABLE, str(tmp_path / "missing"))
    done = handin.hand_in(name=None if case == "no name" else "ada", folder=work)
    assert not done.ok and said in done.message, done.message


def test_the_taggers_button_hands_in_where_a_class_folder_is_set(hub, tmp_path, monkeypatch,
                                                                  corpus):
    monkeypatch.setenv("JUPYTERHUB_USER", "ada")
    tagger = Tagger(corpus, annotator="ada", folder=tmp_path / "my-work")
    assert tagger.hand_in_button.layout.display is None  # shown on this hub
    tagger.tag("nato-aggressor")
    tagger.hand_in_button.click()
    assert "Handed in: 1 tag" in tagger.message.value
    assert len(list(hub.glob("tags-ada-*.json"))) == 1
    monkeypatch.delenv(handin.VARIABLE)
    elsewhere = Tagger(corpus, annotator="ada", folder=tmp_path)
    assert elsewhere.hand_in_button.layout.display == "none"  # on Binder, download instead
    # Hiding it hides no other button (they once shared one Layout: Next vanished too).
    for button in (elsewhere.previous, elsewhere.next, elsewhere.untagged, elsewhere.add,
                   elsewhere.download):
        assert button.layout.display != "none"


def test_the_instructor_notebook_reads_the_class_folder_and_leaves_out_its_own(
        hub, tmp_path, monkeypatch, corpus):
    for login, pseudonym in [("ada", None), ("d.novak@uni.example", "Owl"),
                             ("teacher", None)]:
        handin.hand_in(folder=learner(tmp_path, monkeypatch, login, pseudonym))
    monkeypatch.setenv("JUPYTERHUB_USER", "teacher")  # the instructor runs the notebook
    assert classroom.default_folder() == hub
    merged = classroom.read_class(corpus=corpus)
    assert sorted(merged.stores) == ["Owl", "ada"]
    assert merged.report.column("status").count("instructor's own, not used") == 1
    everyone = classroom.read_class(hub, corpus, leave_out_own=False)
    assert sorted(everyone.stores) == ["Owl", "ada", "teacher"]


def test_logins_can_be_hidden_from_projected_tables(hub, tmp_path, monkeypatch, corpus):
    for login, pseudonym in [("d.novak@uni.example", None), ("ben", "Owl")]:
        handin.hand_in(folder=learner(tmp_path, monkeypatch, login, pseudonym))
    monkeypatch.setenv("JUPYTERHUB_USER", "teacher")
    shown = classroom.read_class(hub, corpus, hide_logins=True)
    assert sorted(shown.stores) == ["Owl", "learner 1"]
    assert "novak" not in str(shown.report)
    assert "novak" not in str(tagging.against(shown.stores, tagging.load_reference(corpus)))
    assert "novak" not in str(tagging.summary(tagging.agreement(shown.stores)))
    assert "novak" in str(classroom.read_class(hub, corpus).report)  # only when asked


def test_a_folder_is_found_in_the_learners_copy_from_the_notebooks_folder(tmp_path,
                                                                         monkeypatch, corpus):
    monkeypatch.setattr(classroom, "ROOT", tmp_path)
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "my-work" / "class").mkdir(parents=True)
    TagStore(tmp_path / "my-work" / "class" / "tags-ada.json", annotator="ada").set(
        "bogus-threat", 0, {"none"})
    monkeypatch.chdir(tmp_path / "notebooks")  # where the instructor notebook runs
    assert sorted(classroom.read_class("my-work/class", corpus).stores) == ["ada"]


def test_without_a_class_folder_the_notebook_reads_the_sample_class(monkeypatch):
    monkeypatch.delenv(handin.VARIABLE, raising=False)
    assert classroom.default_folder() == classroom.SAMPLE
