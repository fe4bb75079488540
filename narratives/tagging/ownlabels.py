"""A learner's own taxonomy: the labels they choose for a text of their own (lesson 06).

The workbook's labels (`texts/narratives.csv`) name the stories of its five
texts; another topic, in another language, tells other stories. A learner
gives the Tagger their own labels, as names, and `none` is always added:

>>> labels = taxonomy_of(["Invasion is coming", "Protesters are paid agents"])
>>> list(labels)
['invasion-is-coming', 'protesters-are-paid-agents', 'none']
>>> labels["invasion-is-coming"].name, labels["invasion-is-coming"].told_by
('Invasion is coming', ())

A taxonomy file in the workbook's format (id, name, told_by, definition, cue;
told_by may be left empty in one's own), or the labels `taxonomy.load` read
from one, are taken as they are.
"""

from pathlib import Path

from ..errors import NarrativesError
from .taxonomy import NONE, Label, label_id, load

def taxonomy_of(labels=None):
    """The labels a Tagger offers, by id: the workbook's (None), a file's, or a list of names."""
    if labels is None:
        return load()
    if isinstance(labels, (str, Path)) and Path(labels).suffix.lower() == ".csv":
        return load(labels, own=True)
    if isinstance(labels, dict) and all(isinstance(v, Label) for v in labels.values()):
        return dict(labels)
    if isinstance(labels, (str, bytes)) or not hasattr(labels, "__iter__"):
        raise NarrativesError(f"labels={labels!r:.60}: give a list of label names, e.g. "
                              "labels=['invasion is coming', 'protesters are paid agents'], "
                              "or the path of a taxonomy .csv file.")
    own = {}
    for name in labels:
        if not isinstance(name, str):
            raise NarrativesError(f"The label {name!r:.40} is not a name: give each label "
                                  "as words in quotes, e.g. 'invasion is coming'.")
        found = label_id(name)   # says plainly when a name has no letters
        if found in own:
            raise NarrativesError(f"'{name}' and '{own[found].name}' make the same label "
                                  f"'{found}': give them different names.")
        own[found] = Label(id=found, name=name.strip() if found != NONE else "none",
                           evidence={}, definition="a label of your own", cue=name.strip())
    if not [label for label in own if label != NONE]:
        raise NarrativesError("Give at least one label of your own, e.g. "
                              "labels=['invasion is coming'].")
    own.setdefault(NONE, Label(id=NONE, name="none", evidence={},
                               definition="the sentence tells none of these stories", cue=""))
    return own
