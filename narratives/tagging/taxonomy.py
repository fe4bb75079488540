"""The narrative labels a learner tags sentences with, read from `texts/narratives.csv`.

A narrative is a recurring story that frames events ("NATO is an aggressor",
"NATO is defensive"). The taxonomy names the ones these five texts tell, as
stories (no label is a verdict), each with the actors who tell it (`actors`),
plus `none` for a plain report: a sentence that tells none of them.

>>> labels = load()
>>> labels["nato-defensive"].name
'NATO is defensive'
>>> labels["nato-defensive"].told_by
('nato', 'eu')
>>> [label.id for label in labels.values() if not label.told_by]
['none']
"""

import re
from dataclasses import dataclass
from pathlib import Path

from ..display import Table
from ..csvcells import dict_rows
from ..errors import NarrativesError
from ..paths import TEXTS
from .actors import in_order, load as load_actors, parse_told_by

TAXONOMY = TEXTS / "narratives.csv"
NONE = "none"
# Labels renamed since learners began saving tags: old id -> new id. Files saved before
# the rename are read with the new id, so no learner's tags are lost or left orphaned.
RENAMED = {"claim-lacks-evidence": "disputes-claim"}
COLUMNS = ("id", "name", "told_by", "definition", "cue")
# A label id: small letters, digits and inner hyphens, as in "nato-aggressor".
LABEL_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Label:
    """One narrative: its id, a short name, who tells it and what tells it apart.

    `evidence` maps each actor who tells it to the reference sentences
    `(text id, number from 1)` where they do; `told_by` lists those actors,
    the one who tells it in most sentences first.
    """
    id: str
    name: str
    evidence: dict
    definition: str
    cue: str

    @property
    def told_by(self):
        """The ids of the actors who tell it, most sentences first."""
        return tuple(in_order(self.evidence))

    @property
    def cues(self):
        """The cue phrases one by one."""
        return tuple(c.strip() for c in self.cue.split(";") if c.strip())


def load(path=None, own=False):
    """The labels of a taxonomy file (the workbook's by default), by id, in file order.

    `own`: a learner's own taxonomy, whose labels need not say who tells them.
    """
    path = Path(path) if path is not None else TAXONOMY
    rows = dict_rows(path, "The taxonomy", "Put a narratives.csv file beside the texts.")
    # A taxonomy of one's own may bring its own actors; else the workbook's list holds.
    beside = path.parent / "actors.csv"
    actors = load_actors(beside if beside.exists() else None)
    labels = {}
    for line, row in enumerate(rows, start=2):
        # A plain report is told by no one in particular: only `none` leaves told_by empty.
        # A learner's own taxonomy (`own`, lesson 06) may leave it empty for any label.
        needed = [c for c in COLUMNS if c != "told_by" or (
            not own and (row.get("id") or "").strip() != NONE)]
        missing = [c for c in needed if not (row.get(c) or "").strip()]
        if missing:
            raise NarrativesError(f"{path}, line {line}: the label has no "
                                  f"{', '.join(missing)}. Every column needs a value"
                                  + (" (told_by: the actors who tell it, and where)."
                                     if "told_by" in missing else "."))
        values = {c: (row[c] or "").strip() for c in COLUMNS}
        values["evidence"] = parse_told_by(values.pop("told_by"), actors,
                                           f"{path}, line {line}")
        label = Label(**values)
        if not LABEL_ID.match(label.id):
            raise NarrativesError(f"{path}, line {line}: the id {label.id!r} should be small "
                                  "letters, digits and hyphens, as in 'nato-aggressor'.")
        if label.id in labels:
            raise NarrativesError(f"{path}, line {line}: the id {label.id!r} is used twice.")
        labels[label.id] = label
    if NONE not in labels:
        raise NarrativesError(f"{path} has no '{NONE}' label. Add one for sentences that "
                              "tell none of the narratives.")
    return labels


def label_id(name):
    """A learner's own label name made into an id: 'Traders are traitors' -> 'traders-are-traitors'.

    >>> label_id("  Traders are Traitors! ")
    'traders-are-traitors'

    An apostrophe joins a word rather than splitting it:

    >>> label_id("leader's self-image")
    'leaders-self-image'
    """
    # "leader's" is one word: drop apostrophes (typed or typographic) before splitting.
    words = re.findall(r"[a-z0-9]+", re.sub(r"['\u2019\u02bc]", "", str(name).lower()))
    if not words:
        raise NarrativesError(f"The label {name!r} has no letters or digits. Give it a "
                              "short name, such as 'traders are traitors'.")
    return "-".join(words)[:40].strip("-")


def table(labels=None):
    """The taxonomy as a table to read in a lesson: each label and the actors who tell it."""
    labels = labels or load()
    actors = load_actors()
    return Table(["id", "name", "told by (most sentences first)"],
                 [[l.id, l.name, "; ".join(actors[a].name for a in l.told_by) or "-"]
                  for l in labels.values()],
                 caption="The narrative labels (texts/narratives.csv, texts/actors.csv)")
