"""Encodings told apart, and the command we suggest really makes readable text (issue 14)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from narratives.encodings import guess, mojibake
from narratives.texts.folder import report

ROOT = Path(__file__).resolve().parent.parent
RUSSIAN = ("Лукашенко заявил, что НАТО перебрасывает танки и самолёты к границе Беларуси.\n"
           "В НАТО это опровергли: никакого наращивания сил нет.\n")
FRENCH = "L’OTAN a démenti « toute concentration » de chars à la frontière — 16 août 2020.\n"
HINDI = "नाटो ने सीमा पर सेना जमा करने से इनकार किया।\n"
GERMAN = "Die NATO wies die Behauptung zurück; Lukaschenko äußerte sich in Grodno.\n"

CASES = [  # (encoding of the file, its bytes, the original text, the name we must give)
    ("Windows-1251", RUSSIAN.encode("cp1251"), RUSSIAN, "WINDOWS-1251"),
    ("KOI8-R", RUSSIAN.encode("koi8_r"), RUSSIAN, "KOI8-R"),
    ("Windows-1252", FRENCH.encode("cp1252"), FRENCH, "WINDOWS-1252"),
    ("Latin-1", GERMAN.encode("latin-1"), GERMAN, "ISO-8859-1"),
    ("UTF-16 with a BOM", RUSSIAN.encode("utf-16"), RUSSIAN, "UTF-16"),
    ("UTF-16LE without a BOM", FRENCH.encode("utf-16-le"), FRENCH, "UTF-16LE"),
    ("UTF-32 with a BOM", RUSSIAN.encode("utf-32"), RUSSIAN, "UTF-32"),
    ("UTF-32BE without a BOM", GERMAN.encode("utf-32-be"), GERMAN, "UTF-32BE"),
    # Issue 20, item 14: no Latin letters to find the NUL pattern by.
    ("UTF-32LE without a BOM, Cyrillic", RUSSIAN.encode("utf-32-le"), RUSSIAN, "UTF-32LE"),
    ("UTF-16LE without a BOM, Cyrillic", RUSSIAN.encode("utf-16-le"), RUSSIAN, "UTF-16LE"),
    ("UTF-16BE without a BOM, Cyrillic", RUSSIAN.encode("utf-16-be"), RUSSIAN, "UTF-16BE"),
    ("UTF-16LE without a BOM, Hindi", HINDI.encode("utf-16-le"), HINDI, "UTF-16LE"),
]


@pytest.mark.parametrize("label, data, original, name", CASES, ids=[c[0] for c in CASES])
def test_each_encoding_is_named(label, data, original, name):
    assert guess(data) == name


def test_short_and_mixed_files_are_still_told_apart():
    # A few Cyrillic words among Latin ones (NATO, dates) in either code page.
    mixed = "NATO 2020: Лукашенко сказал \"танки\"."
    assert guess(mixed.encode("cp1251")) == "WINDOWS-1251"
    assert guess(mixed.encode("koi8_r")) == "KOI8-R"
    assert guess("naïve café".encode("latin-1")) == "ISO-8859-1"
    assert guess("plain ASCII and UTF-8: ок".encode("utf-8")) is None


def run_check(folder):
    done = subprocess.run([sys.executable, "-m", "narratives", "check", str(folder)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, done.stdout


@pytest.mark.skipif(shutil.which("iconv") is None,
                    reason="iconv is not installed here, so its command cannot be run")
@pytest.mark.parametrize("label, data, original, name", CASES, ids=[c[0] for c in CASES])
def test_the_suggested_command_makes_readable_text(tmp_path, label, data, original, name):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "old.txt").write_bytes(data)
    ok, out = report(folder)
    assert not ok
    command = re.search(r"run: (iconv .*> new\.txt)", out).group(1)
    assert f"-f {name} " in command
    subprocess.run(command, shell=True, cwd=tmp_path, check=True)
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == original
    # The converted file passes the check.
    (folder / "old.txt").write_bytes((tmp_path / "new.txt").read_bytes())
    assert report(folder)[0]


@pytest.mark.skipif(shutil.which("iconv") is None,
                    reason="iconv is not installed here, so the wrong conversion cannot be run")
def test_a_file_converted_from_the_wrong_encoding_is_flagged_as_mojibake(tmp_path):
    # What a learner got by following a wrong suggestion: Windows-1251 read as Windows-1252.
    (tmp_path / "original.txt").write_bytes(RUSSIAN.encode("cp1251"))
    folder = tmp_path / "texts"
    folder.mkdir()
    subprocess.run(f"iconv -f WINDOWS-1252 -t UTF-8 original.txt > texts/garbled.txt",
                   shell=True, cwd=tmp_path, check=True)
    status, out = run_check(folder)
    assert status == 1
    assert "garbled.txt, line 1: reads as mojibake" in out
    repair = re.search(r"Repair it with: (iconv .*> new\.txt)", out).group(1)
    assert "iconv -f WINDOWS-1251 -t UTF-8" in repair
    subprocess.run(repair, shell=True, cwd=tmp_path, check=True)
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == RUSSIAN


@pytest.mark.skipif(shutil.which("iconv") is None,
                    reason="iconv is not installed here, so the repair cannot be run")
def test_text_converted_twice_is_flagged_and_repaired(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "twice.txt").write_text(FRENCH.encode("utf-8").decode("cp1252"), encoding="utf-8")
    ok, out = report(folder)
    assert not ok and "twice.txt, line 1: reads as mojibake" in out
    repair = re.search(r"Repair it with: (iconv .*> new\.txt)", out).group(1)
    subprocess.run(repair, shell=True, cwd=tmp_path, check=True)
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == FRENCH


def test_mojibake_of_both_kinds_is_found_and_real_text_is_not():
    assert mojibake(RUSSIAN.encode("koi8_r").decode("cp1252", "replace"))[1] == "KOI8-R"
    assert mojibake(FRENCH.encode("utf-8").decode("cp1252"))[1] == "UTF-8"
    for text in (RUSSIAN, FRENCH, GERMAN, "Ça va. Ärger über Öl, «là-bas»."):
        assert mojibake(text) is None, text


def test_texts_of_the_workbook_are_neither_flagged(make_folder):
    ok, text = report(ROOT / "texts")
    assert ok, text
    ok, text = report(ROOT / "my-texts")
    assert ok, text
