"""One kind of error for everything a learner can get wrong.

A `NarrativesError` carries a sentence that says what is wrong and what to
do. In a notebook it shows as that sentence alone, not as a traceback,
because IPython calls `_render_traceback_` when an exception defines it.

>>> try:
...     raise NarrativesError("The file is empty. Paste some text into it.")
... except NarrativesError as error:
...     print(error)
The file is empty. Paste some text into it.
"""


class NarrativesError(ValueError):
    """A problem with a learner's input, explained in plain words."""

    def _render_traceback_(self):
        return [f"\N{WARNING SIGN}  {self}"]


def listing(problems, most=10):
    """Problems as an indented list for a message: the first `most`, then a count.

    >>> print(listing(["line 2: no id", "line 5: bad date"], most=1))
      - line 2: no id
      ... and 1 more.
    """
    shown = "\n".join(f"  - {p}" for p in problems[:most])
    return shown + (f"\n  ... and {len(problems) - most} more." if len(problems) > most else "")


def _shown(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def expect_path(value, what="the path"):
    """`value` as a Path, or a NarrativesError when it is not a path at all.

    >>> expect_path(None, "the tags file")
    Traceback (most recent call last):
    ...
    narratives.errors.NarrativesError: None is not a path: give the tags file as text, e.g. 'my-work/tags-ada.json'.
    """
    import os
    from pathlib import Path

    if isinstance(value, (str, os.PathLike)) and str(os.fspath(value)).strip():
        return Path(value)
    raise NarrativesError(f"{_shown(value)} is not a path: give {what} as text, e.g. "
                          "'my-work/tags-ada.json'.")


def expect_text(value, what="a text"):
    """`value` when it is a Text (it has a body and sentences), else a NarrativesError."""
    if hasattr(value, "body") and hasattr(value, "sentences"):
        return value
    raise NarrativesError(f"{_shown(value)} is not a text: give {what}, e.g. "
                          "corpus['pravda-bury'].")


def expect_str(value, what="the content"):
    """`value` when it is a str, else a NarrativesError saying what was given."""
    if isinstance(value, str):
        return value
    raise NarrativesError(f"{what} should be text (a str); this is {_shown(value)}.")


def expect_corpus(value, what="the texts"):
    """`value` when it is a corpus (its texts by position and by id), else a NarrativesError."""
    if hasattr(value, "ids") and hasattr(value, "__getitem__") and hasattr(value, "__iter__"):
        return value
    raise NarrativesError(f"{_shown(value)} is not a corpus: give {what} as texts.load() "
                          "returns them, e.g. corpus = texts.load().")


def expect_name(value, what="annotator"):
    """`value` when it is None or a non-empty name (a str), else a NarrativesError."""
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise NarrativesError(f"{what}={_shown(value)}: give a name in quotes, e.g. "
                          f"{what}='ada', or leave it out.")
