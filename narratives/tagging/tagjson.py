"""The JSON tags file's format: its records read and checked, one label set at a time.

A file says `"format": "narratives-tags"` and lists its tags as
`{"text_id", "sentence", "labels"}`, the sentence counting from 1.
`parse_json` turns its text into Python values, or raises a ValueError that
says what is wrong; `TagStore` (in `tagstore`) reads and writes the files.

>>> check_labels("nato-aggressor")
frozenset({'nato-aggressor'})
>>> check_labels("claim-lacks-evidence")   # a label's old id, in a file saved before
frozenset({'disputes-claim'})
>>> tag = '{"text_id": "t", "sentence": 1, "labels": ["none"]}'
>>> parse_json('{"format": "narratives-tags", "tags": [%s]}' % tag)
(None, None, (), {('t', 0): frozenset({'none'})}, {})
"""

import json

from ..errors import NarrativesError
from .taxonomy import LABEL_ID, NONE, RENAMED

FORMAT = "narratives-tags"


def check_labels(labels, where="these labels"):
    """The labels as a frozenset, or a NarrativesError saying what is wrong with them."""
    if isinstance(labels, str):
        labels = [labels]
    if labels is None or not hasattr(labels, "__iter__") or isinstance(labels, (bytes, dict)):
        raise NarrativesError(f"{where}: {labels!r:.40} is not a set of labels. Give label "
                              "ids, e.g. {'nato-aggressor'}, or set() to untag.")
    labels = frozenset(RENAMED.get(label, label) for label in
                       (str(label).strip() for label in labels))
    bad = sorted(label for label in labels if not LABEL_ID.match(label))
    if bad:
        raise NarrativesError(f"{where}: {', '.join(map(repr, bad))} is not a label id. Use "
                              "small letters, digits and hyphens, as in 'nato-aggressor'.")
    if NONE in labels and len(labels) > 1:
        raise NarrativesError(f"{where}: '{NONE}' cannot go with other labels. A sentence "
                              "tells no narrative, or it tells one or more.")
    return labels


def parse_json(data):
    """`(annotator, position, custom labels, tags, rationales)` from a JSON tags file's text."""
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as error:
        raise ValueError(f"it is not valid JSON (line {error.lineno}: {error.msg})") from None
    except RecursionError:  # Python's reader gives up on lists inside lists ... 1000 deep
        raise ValueError("it is JSON nested too deeply to be a tags file") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"it is JSON, but not a tags file (no \"format\": \"{FORMAT}\")")
    tags, rationales = {}, {}
    records = doc.get("tags", [])
    if not isinstance(records, list):
        raise ValueError("its \"tags\" should be a list")
    for n, record in enumerate(records, start=1):
        try:
            key = (str(record["text_id"]), _index(record["sentence"]))
            labels = check_labels(record["labels"], f"tag {n}")
        except (KeyError, TypeError, NarrativesError) as error:
            raise ValueError(f"tag {n} of its list is not a text_id, a sentence number "
                             f"and a list of labels ({error})") from None
        if labels:
            tags[key] = labels
        if record.get("rationale"):
            rationales[key] = str(record["rationale"])
    position = doc.get("position")
    if position is not None:
        try:
            position = (str(position["text_id"]), _index(position["sentence"]))
        except (KeyError, TypeError):
            raise ValueError("its \"position\" is not a text_id and a sentence number") from None
    custom = doc.get("custom_labels", [])
    if not isinstance(custom, list) or not all(isinstance(c, str) and LABEL_ID.match(c)
                                               for c in custom):
        raise ValueError("its \"custom_labels\" should be a list of label ids")
    annotator = doc.get("annotator")
    if annotator is not None and not isinstance(annotator, str):
        raise ValueError("its \"annotator\" should be a name in quotes, as in \"ada\"")
    # An old id in the list of own labels would come back as a button of its own.
    custom = [c for c in custom if c not in RENAMED]
    return annotator, position, tuple(custom), tags, rationales


def _index(number):
    """A file's sentence number (from 1) as an index (from 0)."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise TypeError(f"sentence {number!r} is not a whole number from 1 up")
    return number - 1
