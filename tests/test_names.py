"""Every learner file carries the learner's own name or pseudonym, on every route.

Issue 21 item 8 (the source card carried the shared login), issue 23 item 6 (no
name step in lesson 00, no pseudonym on a hub) and issue 20 item 10 (a tag saved
under the shared login while the learner gave a name was lost).
"""

import multiprocessing
import time

import pytest

from narratives import texts, workspace, yourtext
from narratives.tagging import Tagger, TagStore
from narratives.tagging.tagstore import absorb
from narratives.techniques import Span, SpanStore, SpanTagger
from test_learners import jovyan  # noqa: F401 (a fixture: a Binder-like session)

RATS = Span("bogus-threat", "Name_Calling,Labeling", 2050, 2059)


@pytest.fixture
def hub(monkeypatch):
    """A JupyterHub with one system account, the hub's user name an e-mail address."""
    monkeypatch.setattr(workspace.getpass, "getuser", lambda: "jovyan")
    monkeypatch.setenv("JUPYTERHUB_USER", "d.novak@uni.example")
    monkeypatch.delenv("BINDER_LAUNCH_HOST", raising=False)


def test_the_source_card_carries_the_name_given_not_the_login(tmp_path, jovyan):
    assert texts.save_card("Text: A", work=tmp_path).name == "source-card-jovyan.md"
    workspace.save_name("Ada L", tmp_path)
    assert texts.save_card("Text: A", work=tmp_path).name == "source-card-Ada-L.md"


def test_an_analysis_carries_the_name_given(tmp_path, jovyan):
    workspace.save_name("Ada L", tmp_path)
    path = yourtext.save_analysis("sample-en", "The claim is about tanks.", tmp_path)
    assert path.name == "analysis-Ada-L-sample-en.md"
    assert path.read_text(encoding="utf-8").startswith("# Analysis of sample-en, by Ada L")


def test_the_name_step_keeps_a_pseudonym_and_says_so(tmp_path, jovyan):
    step = workspace.NameStep(tmp_path)
    assert "many learners share" in step.status.value
    step.name.value = "jovyan"
    step.button.click()
    assert "Name not kept" in step.status.value
    step.name.value = "  Kestrel "
    step.button.click()
    assert "carry the name &#x27;Kestrel&#x27;" in step.status.value
    assert workspace.learner_name(tmp_path) == "Kestrel"
    assert "Name step" in repr(step)


def test_on_a_hub_a_pseudonym_replaces_the_hub_name_and_moves_the_tags(corpus, tmp_path, hub):
    assert workspace.owner(tmp_path) == "d.novak@uni.example"
    tagger = Tagger(corpus, folder=tmp_path)
    assert tagger.name_row.layout.display == "none"  # the hub's name is a learner's own
    tagger.tag("nato-aggressor")
    assert tagger.path.name == "tags-d-novak-uni-example.json"
    workspace.NameStep(tmp_path).use("Kestrel")
    again = Tagger(corpus, folder=tmp_path)
    assert again.path.name == "tags-Kestrel.json"
    assert len(again.store) == 1
    assert sorted(p.name for p in tmp_path.glob("tags-*.json")) == ["tags-Kestrel.json"]


def test_a_second_name_does_not_take_the_work_of_the_first(corpus, tmp_path, jovyan):
    # On a machine several learners share, a new name may be a new learner: only the
    # account's own names (login, hub user) hand their work over.
    workspace.save_name("Ada", tmp_path)
    Tagger(corpus, folder=tmp_path).tag("nato-aggressor")
    SpanTagger(corpus, folder=tmp_path).store.add(RATS)
    workspace.save_name("Kestrel", tmp_path)
    assert workspace.former_names(tmp_path) == ["jovyan"]
    assert len(Tagger(corpus, folder=tmp_path).store) == 0
    assert len(SpanTagger(corpus, folder=tmp_path).store) == 0
    assert len(TagStore(tmp_path / "tags-Ada.json")) == 1
    assert list(SpanStore(tmp_path / "spans-Ada.tsv")) == [RATS]


def test_an_annotator_given_by_hand_adopts_nobody(corpus, tmp_path, jovyan):
    TagStore(tmp_path / "tags-jovyan.json").set("bogus-threat", 0, {"none"})
    tagger = Tagger(corpus, annotator="instructor", folder=tmp_path)
    assert len(tagger.store) == 0
    assert (tmp_path / "tags-jovyan.json").exists()


# The race of issue 20 item 10 ------------------------------------------------
def _tag_under_the_login(folder, count, acknowledged):
    """Other kernels, still under the shared login, each saving one tag and reporting it."""
    for index in range(count):
        TagStore(folder / "tags-jovyan.json", annotator="jovyan").set("t", index, {"none"})
        acknowledged.put(index)
    acknowledged.put(None)


def _span_under_the_login(folder, count, acknowledged):
    for index in range(count):
        SpanStore(folder / "spans-jovyan.tsv").add(Span("t", "Slogans", index, index + 1))
        acknowledged.put(index)
    acknowledged.put(None)


def _race(folder, writer, absorb_into):
    """Absorb the login's file again and again while `writer` saves into it."""
    acknowledged = multiprocessing.get_context("fork").Queue()
    other = multiprocessing.get_context("fork").Process(target=writer,
                                                        args=(folder, 300, acknowledged))
    other.start()
    seen = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        absorb_into()
        while not acknowledged.empty():
            seen.append(acknowledged.get())
        if seen and seen[-1] is None:
            break
    other.join(30)
    absorb_into()  # what the other kernel wrote after the last round
    return [index for index in seen if index is not None]


def test_no_tag_is_lost_when_a_name_is_given_while_another_kernel_saves(tmp_path):
    mine = TagStore(tmp_path / "tags-ada.json", annotator="ada")
    acknowledged = _race(tmp_path, _tag_under_the_login,
                         lambda: absorb(mine, tmp_path / "tags-jovyan.json"))
    assert len(acknowledged) == 300
    kept = {index for (_, index), _ in TagStore(tmp_path / "tags-ada.json").items()}
    assert kept == set(acknowledged)


def test_no_span_is_lost_when_a_name_is_given_while_another_kernel_saves(tmp_path):
    mine = SpanStore(tmp_path / "spans-ada.tsv")
    acknowledged = _race(tmp_path, _span_under_the_login,
                         lambda: mine.absorb(tmp_path / "spans-jovyan.tsv"))
    assert len(acknowledged) == 300
    kept = {span.start for span in SpanStore(tmp_path / "spans-ada.tsv")}
    assert kept == set(acknowledged)
