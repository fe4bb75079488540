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
