"""Printable tag sheets: the no-code fallback for a workshop whose hub is down.

One sheet per text: its outlet and date, every sentence numbered as the
Tagger numbers it, a blank line for the learner's labels, and the label key
with the decision rules. Plain text, so any printer and any editor take it.

>>> from narratives import texts
>>> sheet = tag_sheet(texts.load()["tanks-and-planes"])
>>> print(sheet.splitlines()[0])
TAG SHEET · tanks-and-planes
>>> "22. NATO said on Sunday it is monitoring" in sheet
True
>>> "(told by NATO; EU institutions and EUvsDisinfo)" in sheet
True
"""

import re
import textwrap

from ..errors import expect_corpus, expect_path
from ..paths import MY_WORK
from ..workspace import save
from .calibration import DECISION_RULES
from .actors import load as load_actors
from .tagview import told_by_words
from .taxonomy import load as load_labels

WIDTH = 88


def _wrap(text, indent="    "):
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def tag_sheet(text):
    """A text's tag sheet as plain text."""
    lines = [f"TAG SHEET · {text.id}", f"{text.title}",
             f"Outlet: {text.outlet} · published: {text.published}",
             "Name: ______________________", "",
             "For each sentence, write the id(s) of the narrative(s) it tells, or 'none'.", ""]
    for sentence in text.sentences:
        lines.append(textwrap.fill(f"{sentence.index + 1}. {sentence.text}", WIDTH,
                                   subsequent_indent="    "))
        lines += ["    labels: ______________________________", ""]
    lines += ["LABELS"]
    actors = load_actors()
    for label in load_labels().values():
        lines += [f"  {label.id}: {label.name}", _wrap(label.definition, "      "),
                  _wrap(f"({told_by_words(label, actors)})", "      ")]
    lines += ["", "DECISION RULES"]
    for pair, rule in DECISION_RULES.items():
        lines += [f"  {' vs '.join(sorted(pair))}", _wrap(rule, "      ")]
    return "\n".join(lines) + "\n"


def sheet_name(text_id, taken=()):
    """The file name of a text's sheet: the id's letters, digits and hyphens, never a path.

    >>> sheet_name("../../x"), sheet_name("a b", taken={"tag-sheet-a-b.txt"})
    ('tag-sheet-x.txt', 'tag-sheet-a-b-2.txt')
    """
    stem = re.sub(r"[^\w-]+", "-", text_id).strip("-") or "text"
    name, n = f"tag-sheet-{stem}.txt", 1
    while name in taken:  # 'a b' and 'a-b' would share a sheet
        n += 1
        name = f"tag-sheet-{stem}-{n}.txt"
    return name


def write_sheets(corpus, folder=None):
    """Write one sheet per text to `my-work/tag-sheets/` (or `folder`); return the paths.

    Every sheet lands in that folder, whatever a text's id holds ('/', '..').
    """
    expect_corpus(corpus)
    folder = expect_path(folder, "the folder") if folder is not None else (
        MY_WORK / "tag-sheets")
    paths, taken = [], set()
    for text in corpus:
        name = sheet_name(text.id, taken)
        taken.add(name)
        save(folder / name, tag_sheet(text), "The tag sheet")
        paths.append(folder / name)
    return paths
