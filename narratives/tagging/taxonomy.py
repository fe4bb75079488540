"""The narrative labels a learner tags sentences with, read from `texts/narratives.csv`.

A narrative is a recurring story that frames events ("NATO is an aggressor",
"NATO is defensive"). The taxonomy names the ones these five texts tell, on
both sides and as stories (no label is a verdict), plus `none` for a sentence
that tells none of them.

>>> labels = load()
>>> labels["nato-defensive"].name
'NATO is defensive'
>>> [label.id for label in labels.values() if label.side == "none"]
['none']
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..display import Table
from ..errors import NarrativesError
from ..paths import TEXTS

TAXONOMY = TEXTS / "narratives.csv"
NONE = "none"
COLUMNS = ("id", "name", "side", "definition", "cue", "source")
# A label id: small letters, digits and inner hyphens, as in "nato-aggressor".
LABEL_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Label:
    """One narrative: its id, a short name and what tells it apart."""
    id: str
    name: str
    side: str
    definition: str
    cue: str
    source: str

    @property
    def cues(self):
        """The cue phrases one by one."""
        return tuple(c.strip() for c in self.cue.split(";") if c.strip())


def load(path=None):
    """The labels of a taxonomy file (the workbook's by default), by id, in file order."""
    path = Path(path) if path is not None else TAXONOMY
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as error:
        raise NarrativesError(f"The taxonomy {path} cannot be read ({error.strerror}). "
                              "Put a narratives.csv file beside the texts.") from None
    labels = {}
    for line, row in enumerate(rows, start=2):
        missing = [c for c in COLUMNS if not (row.get(c) or "").strip()]
        if missing:
            raise NarrativesError(f"{path}, line {line}: the label has no "
                                  f"{', '.join(missing)}. Every column needs a value.")
        label = Label(**{c: row[c].strip() for c in COLUMNS})
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
    """The taxonomy as a table to read in a lesson."""
    labels = labels or load()
    return Table(["id", "name", "side", "definition"],
                 [[l.id, l.name, l.side, l.definition] for l in labels.values()],
                 caption="The narrative labels (texts/narratives.csv)")
