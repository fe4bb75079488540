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

import textwrap
from pathlib import Path

from ..paths import MY_WORK
from ..workspace import atomic_write
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


def write_sheets(corpus, folder=None):
    """Write one sheet per text to `my-work/tag-sheets/` (or `folder`); return the paths."""
    folder = Path(folder) if folder is not None else MY_WORK / "tag-sheets"
    paths = []
    for text in corpus:
        path = folder / f"tag-sheet-{text.id}.txt"
        atomic_write(path, tag_sheet(text))
        paths.append(path)
    return paths
