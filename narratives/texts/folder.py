"""Reading a folder of texts and its catalog, and saying what is wrong with it.

Everything that can go wrong with a learner's or an instructor's files is
found here, once, and reported as a `Problem`: the file, the line where it
applies, and what to do. `narratives.texts.load` raises on problems;
`python -m narratives check` prints them all. The catalog's own columns,
dates and row checks are in `narratives.texts.catalog`.

>>> from narratives.paths import TEXTS
>>> entries, problems = scan(TEXTS)
>>> len(entries), problems
(5, [])
"""

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import expect_path
from ..reading import FileProblem, decode as decode_text, printable, read_bytes
from .catalog import CATALOG, catalog_rows, check_row
from .sentences import WORD
from .textids import id_problem


@dataclass
class Problem:
    """One thing wrong with a texts folder, and what to do about it."""
    path: Path
    line: int | None
    message: str

    def __str__(self):
        path = printable(self.path)
        where = f"{path}, line {self.line}" if self.line else f"{path}"
        return f"{where}: {self.message}"


@dataclass
class Entry:
    """A catalog row (or a bare file) and the text it points at."""
    path: Path
    body: str
    row: dict = field(default_factory=dict)
    boilerplate: tuple = ()  # (line number, kind) pairs


def is_text_file(path):
    """A `.txt` (or `.TXT`) file that holds a text (a `stopwords-*.txt` list does not)."""
    return (path.suffix.lower() == ".txt" and not path.name.lower().startswith("stopwords-")
            and not path.name.startswith("."))


def as_body(text):
    r"""A file's text as the workbook reads it: composed characters, and every line ended.

    Decomposed letters ("e" and a combining accent, as some Mac programs save
    them) are composed (Unicode NFC), so that "ministère" is one word however
    it was typed. A lone carriage return (old Mac files) ends a line, as a line
    feed does: it is replaced by one, so every offset stays where it was.

    >>> as_body("minist" + "e\u0300re\rNATO")
    'ministère\nNATO'
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _LONE_CR.sub("\n", text) if "\r" in text else text


_LONE_CR = re.compile(r"\r(?!\n)")


def decode(path, data):
    """`(text, problem)`: the text of a file's bytes, or why it is not text."""
    try:
        text = as_body(decode_text(path, data))
    except FileProblem as problem:
        return None, Problem(problem.path, problem.line, problem.message)
    text = text.lstrip("\ufeff")  # a second byte-order mark, left by a tool that added one
    if not text.strip():
        return None, Problem(Path(path), None, "is empty. Put a text in it, or delete it.")
    return text, None


def read_text(path):
    """`(text, problem)` for one file on disk: a regular file, not too big, UTF-8."""
    try:
        data = read_bytes(path)
    except FileProblem as problem:
        return None, Problem(problem.path, problem.line, problem.message)
    return decode(Path(path), data)


def _no_words(body, pairs):
    """Whether a text has no word outside its boilerplate lines (so no sentence at all)."""
    skip = {number for number, _ in pairs}
    if not skip:
        return WORD.search(body) is None
    return not any(WORD.search(line) for number, line in enumerate(body.split("\n"), 1)
                   if number not in skip)


def inside(folder, name):
    """Whether a catalog's file name stays inside the folder (no '..', no absolute path)."""
    return bool(name) and not os.path.isabs(name) and not os.path.normpath(
        name).startswith(("..", os.sep)) and ":" not in name


def _read_catalog(folder, problems):
    """The catalog's rows with their line numbers, or None when there is none.

    Rows that do not parse cleanly are problems, never rows with shifted cells.
    """
    path = folder / CATALOG
    if not os.path.lexists(path):  # a broken or looping link is a catalog, unreadable
        misnamed = [name for name in _names(folder) if name.lower() == CATALOG]
        if misnamed:
            problems.append(Problem(folder / misnamed[0], None, f"should be named {CATALOG}, "
                                    "in small letters, to be read as the catalog. Rename it."))
            return []
        return None
    text, problem = _read_inside(folder, path)
    if problem:
        problems.append(problem)
        return []
    rows, bad = catalog_rows(text)
    problems.extend(Problem(path, line, message) for line, message in bad)
    return rows


def _names(folder):
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def _within(folder, path):
    """Whether `path`, links followed, stays inside `folder` (as a catalog's names must)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def _read_inside(folder, path):
    """`read_text` of a file in the folder; a link to a file outside it is a problem,
    as a catalog's '../x.txt' is (a device or a pipe is named as what it is first)."""
    body, problem = read_text(path)
    if problem or _within(folder, path):
        return body, problem
    return None, Problem(path, None, "is a link to a file outside the folder. Copy the file "
                         "into the folder instead.")


def _files(folder, problems):
    """The text files of a folder, sorted; a problem when the folder cannot be listed."""
    try:
        return sorted((p for p in folder.iterdir() if is_text_file(p)), key=lambda p: p.name)
    except OSError as error:
        problems.append(Problem(folder, None, f"cannot be read ({error.strerror}). Check "
                                "that you may open this folder."))
        return []


def scan(folder):
    """`(entries, problems)` for a folder of texts, in catalog order."""
    folder = expect_path(folder, "the folder")
    try:
        is_folder = folder.is_dir()
    except (OSError, ValueError) as error:  # a name too long, or holding a NUL
        reason = getattr(error, "strerror", None) or "it holds a NUL character"
        return [], [Problem(folder, None, f"cannot be a folder ({reason}). Give the path "
                            "of a folder of .txt files.")]
    if not is_folder:
        return [], [Problem(folder, None, "is not a folder. Give the path of a folder "
                            "of .txt files.")]
    problems = []
    files = _files(folder, problems)
    if problems:
        return [], problems
    rows = _read_catalog(folder, problems)
    entries = []
    if rows is None:
        seen = {}
        for path in files:
            text_id = path.stem.strip()
            problem = id_problem(text_id)
            if problem:
                problems.append(Problem(path, None, f"cannot be loaded: {problem}"))
                continue
            if text_id in seen:  # 'a.txt' and 'a.TXT', or ' a.txt'
                problems.append(Problem(path, None, f"gives the id {text_id!r}, as "
                                        f"{seen[text_id].name!r} does. Rename one of them."))
                continue
            seen[text_id] = path
            body, problem = _read_inside(folder, path)
            if problem:
                problems.append(problem)
            elif _no_words(body, ()):
                problems.append(_wordless(path))
            else:
                entries.append(Entry(path, body, {"id": text_id}))
        if not files:
            problems.append(Problem(folder, None, "has no .txt files. Put each text in a "
                                    "file of its own, saved as UTF-8."))
        return entries, problems

    catalog = folder / CATALOG
    seen, listed = {}, set()
    for line, row in rows:
        text_id = (row.get("id") or "").strip()
        if not text_id:
            problems.append(Problem(catalog, line, "has no id. Give every row a short id."))
            continue
        if id_problem(text_id):
            problems.append(Problem(catalog, line, id_problem(text_id)))
            continue
        if text_id in seen:
            problems.append(Problem(catalog, line, f"id {text_id!r} is used twice (first "
                                    f"on line {seen[text_id]}). Give each text its own id."))
            continue
        seen[text_id] = line
        name = (row.get("file") or "").strip() or f"{text_id}.txt"
        if not inside(folder, name):
            problems.append(Problem(catalog, line, f"names {name!r}, which is outside the "
                                    "folder. Name a file in the folder itself, as in "
                                    "'my-text.txt'."))
            continue
        listed.add(os.path.normpath(name))
        path = folder / name
        if not os.path.lexists(path):
            problems.append(Problem(catalog, line, f"names {name!r}, which is not in the "
                                    "folder. Add the file or delete the row."))
            continue
        body, problem = _read_inside(folder, path)
        if problem:
            problems.append(problem)
            continue
        pairs, messages = check_row(row, body)
        problems.extend(Problem(catalog, line, message) for message in messages)
        if _no_words(body, pairs):
            problems.append(_wordless(path))
            continue
        entries.append(Entry(path, body, row, pairs))
    for path in files:
        if path.name not in listed:
            problems.append(Problem(path, None, f"has no row in {CATALOG}. Add a row for "
                                    "it (id, file, title, ...), or move it out."))
    return entries, problems


def _wordless(path):
    return Problem(path, None, "has no words outside its boilerplate, so no sentence to read "
                   "or tag (only marks such as '* * *' or invisible characters). Put a text "
                   "in it, or delete it.")


def report(folder):
    """`(ok, text)`: every problem of a folder, one a line, or a line saying it is ready."""
    entries, problems = scan(folder)
    if problems:
        lines = [str(p) for p in problems]
        lines.append(f"{len(problems)} problem(s) in {printable(folder)}. Fix them and run "
                     "the check again.")
        return False, "\n".join(lines)
    return True, f"{printable(folder)}: {len(entries)} texts, all readable. Ready to load."
