"""`python -m narratives check`: each problem named with its file and line."""

import subprocess
import sys
from pathlib import Path

from narratives.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


def run_check(folder):
    done = subprocess.run([sys.executable, "-m", "narratives", "check", str(folder)],
                          capture_output=True, text=True, cwd=ROOT)
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, done.stdout


def test_the_workbook_texts_are_clean():
    status, out = run_check(ROOT / "texts")
    assert status == 0, out
    assert "5 texts, all readable" in out


def test_empty_windows_1252_and_binary_files_are_each_named(make_folder):
    folder = make_folder({
        "good.txt": "A good text.",
        "empty.txt": "  \n",
        "windows.txt": "Line one\nNATO’s denial".encode("cp1252"),
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
    })
    status, out = run_check(folder)
    assert status == 1
    assert "empty.txt: is empty" in out
    assert "windows.txt, line 2: is not UTF-8 (byte 0x92). It looks like Windows-1252" in out
    assert "iconv -f WINDOWS-1252 -t UTF-8" in out
    assert "binary.txt: is a binary file" in out
    assert "good.txt" not in out
    assert "3 problem(s)" in out


def test_catalog_problems_point_at_their_line(make_folder):
    folder = make_folder({
        "catalog.csv": "id,file,published\n"
                       "a,a.txt,2020-08-16\n"
                       "missing,missing.txt,2020\n"
                       "a,a.txt,2020\n"
                       "b,b.txt,16/08/2020\n",
        "a.txt": "Text a.", "b.txt": "Text b.", "stray.txt": "Not in the catalog.",
        "stopwords-en.txt": "the\na\n",
    })
    status, out = run_check(folder)
    assert status == 1
    assert "catalog.csv, line 3: names 'missing.txt', which is not in the folder" in out
    assert "catalog.csv, line 4: id 'a' is used twice (first on line 2)" in out
    assert "catalog.csv, line 5: published date '16/08/2020' is not an ISO date" in out
    assert "stray.txt: has no row in catalog.csv" in out
    assert "stopwords-en.txt" not in out


def test_a_missing_folder_is_a_sentence(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().out


def test_utf16_is_recognised(make_folder):
    folder = make_folder({"u.txt": "NATO".encode("utf-16")})
    status, out = run_check(folder)
    assert status == 1 and "is UTF-16, not UTF-8" in out
