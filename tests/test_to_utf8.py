"""A text in another encoding is fixed with one call inside JupyterLab (issue 21 item 3).

JupyterLab's editor refuses a file that is not UTF-8, and its terminal starts
elsewhere, so the message names `texts.to_utf8(path)`, which converts the file
in place and keeps the original beside it; and a failed load leaves a value
whose every use says what to do, not a NameError.
"""

import re

import pytest

from narratives import NarrativesError, texts, yourtext
from narratives.reading import FileProblem, read_text, to_utf8

RUSSIAN = "Лукашенко сказал, что НАТО стягивает войска к границе.\nНАТО это отрицает.\n"
FRENCH = "L'OTAN dément : « aucun renforcement » près de la frontière.\n"


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "my-texts"
    folder.mkdir()
    (folder / "fine.txt").write_text("A title\nNATO denied it on Sunday.\n", encoding="utf-8")
    return folder


def the_call(message):
    """The call the message names, run as a learner would paste it."""
    call = re.search(r"(texts\.to_utf8\('[^']+'\))", message).group(1)
    return eval(call, {"texts": texts})  # noqa: S307 (the message's own words, run)


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r", "utf-16"])
def test_the_message_names_one_call_that_fixes_the_file(folder, codec):
    (folder / "old.txt").write_bytes(RUSSIAN.encode(codec))
    with pytest.raises(NarrativesError) as problem:
        texts.load(folder)
    said = the_call(str(problem.value))
    assert said.startswith("Converted old.txt from ")
    kept = [p.name for p in folder.iterdir() if p.name.startswith("old.txt.")]
    assert len(kept) == 1 and kept[0] in said  # the original, kept and named
    assert (folder / kept[0]).read_bytes() == RUSSIAN.encode(codec)
    assert texts.load(folder)["old"].body.startswith("Лукашенко сказал")


def test_mojibake_is_repaired_by_the_same_call(folder):
    (folder / "twice.txt").write_text(FRENCH.encode("utf-8").decode("cp1252"), encoding="utf-8")
    with pytest.raises(FileProblem) as problem:
        read_text(folder / "twice.txt")
    assert "Repair it with: iconv" in str(problem.value)  # the terminal's way stays
    assert "mojibake" in the_call(str(problem.value))
    assert read_text(folder / "twice.txt") == FRENCH


def test_a_utf8_file_is_left_alone_and_an_unknown_one_is_explained(folder):
    assert "already UTF-8" in to_utf8(folder / "fine.txt")
    (folder / "noise.txt").write_bytes(bytes(range(0x80, 0xc0)) * 3)
    with pytest.raises(FileProblem, match="cannot be told"):
        to_utf8(folder / "noise.txt")
    assert sorted(p.name for p in folder.iterdir()) == ["fine.txt", "noise.txt"]


def test_an_upload_is_not_told_to_convert_a_file_that_is_not_on_disk(tmp_path):
    from narratives.reading import decode
    with pytest.raises(FileProblem) as problem:
        decode(tmp_path / "uploaded.csv", RUSSIAN.encode("cp1251"))
    assert "to_utf8" not in str(problem.value) and "iconv" in str(problem.value)


def test_the_cell_after_a_failed_load_says_what_to_do(folder, capsys):
    (folder / "old.txt").write_bytes(RUSSIAN.encode("cp1251"))
    mine = yourtext.load(folder)
    assert "texts.to_utf8(" in capsys.readouterr().out
    for use in (lambda: mine["old"], lambda: texts.overview(mine), lambda: list(mine)):
        with pytest.raises(NarrativesError, match=r"(?s)not loaded yet.*texts\.to_utf8.*run it again"
                           ) as problem:
            use()
        assert "NameError" not in str(problem.value)
    to_utf8(folder / "old.txt")
    assert "old" in yourtext.load(folder).ids
