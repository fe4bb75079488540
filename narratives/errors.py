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


def shown(value):
    """A value as `repr` shows it, cut to 60 characters for a message.

    >>> shown(10 ** 5000)
    'a whole number of 5001 digits'
    """
    try:
        text = repr(value)
    except ValueError:  # Python refuses to write out a number of over 4,300 digits
        if not isinstance(value, int):
            return f"a {type(value).__name__}"
        return f"a whole number of {len(str(abs(value) // 10 ** 4000)) + 4000} digits"
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
    raise NarrativesError(f"{shown(value)} is not a path: give {what} as text, e.g. "
                          "'my-work/tags-ada.json'.")


def expect_text(value, what="a text"):
    """`value` when it is a Text (it has a body and sentences), else a NarrativesError."""
    if hasattr(value, "body") and hasattr(value, "sentences"):
        return value
    raise NarrativesError(f"{shown(value)} is not a text: give {what}, e.g. "
                          "corpus['pravda-bury'].")


def expect_str(value, what="the content"):
    """`value` when it is a str, else a NarrativesError saying what was given."""
    if isinstance(value, str):
        return value
    raise NarrativesError(f"{what} should be text (a str); this is {shown(value)}.")


def expect_corpus(value, what="the texts"):
    """`value` when it is a corpus (its texts by position and by id), else a NarrativesError."""
    if hasattr(value, "ids") and hasattr(value, "__getitem__") and hasattr(value, "__iter__"):
        first = next(iter(value), None)  # a corpus of texts, not of claims
        if first is None or (hasattr(first, "body") and hasattr(first, "sentences")):
            return value
    raise NarrativesError(f"{shown(value)} is not a corpus: give {what} as texts.load() "
                          "returns them, e.g. corpus = texts.load().")


def expect_name(value, what="annotator"):
    """`value` when it is None or a non-empty name (a str), else a NarrativesError."""
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise NarrativesError(f"{what}={shown(value)}: give a name in quotes, e.g. "
                          f"{what}='ada', or leave it out.")


def _items(value):
    """The items of a list-like value, or None for a single thing (text, a dict, a number)."""
    if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
        return None
    return list(value)


def expect_int(value, what="the number", lowest=None):
    """`value` when it is a whole number (not True or False), at least `lowest` if given.

    >>> expect_int("3", "start")
    Traceback (most recent call last):
    ...
    narratives.errors.NarrativesError: start should be a whole number, e.g. 3; this is '3'.
    """
    if isinstance(value, int) and not isinstance(value, bool) and (
            lowest is None or value >= lowest):
        return value
    at_least = f" of at least {lowest}" if lowest is not None else ""
    raise NarrativesError(f"{what} should be a whole number{at_least}, e.g. 3; "
                          f"this is {shown(value)}.")


def _is_claim(value):
    return all(hasattr(value, name) for name in ("statement", "appearances", "denials"))


def expect_claim(value, what="a claim"):
    """`value` when it is a Claim (a statement, its appearances and denials), else an error.

    >>> expect_claim("polish-flags")
    Traceback (most recent call last):
    ...
    narratives.errors.NarrativesError: 'polish-flags' is not a claim: give a claim, e.g. claims.load(corpus)['polish-flags'].
    """
    if _is_claim(value):
        return value
    raise NarrativesError(f"{shown(value)} is not a claim: give {what}, e.g. "
                          "claims.load(corpus)['polish-flags'].")


def expect_claims(value, what="the claims", by_id=False):
    """`value` when it holds claims: as claims.load() returns them, or (unless `by_id`,
    where claims are looked up by id) any list of claims."""
    found_by_id = hasattr(value, "ids") and hasattr(value, "__getitem__")
    items = _items(value) if found_by_id or not by_id else None
    if items is not None and all(_is_claim(c) for c in items):
        return value if found_by_id else items
    raise NarrativesError(f"{shown(value)} is not a set of claims: give {what} as "
                          "claims.load(corpus) returns them.")


def _is_span(value):
    return (all(hasattr(value, name) for name in ("text_id", "technique", "start", "end"))
            and isinstance(value.text_id, str) and isinstance(value.technique, str)
            and all(isinstance(n, int) and not isinstance(n, bool)
                    for n in (value.start, value.end)))


def expect_span(value, what="the span"):
    """`value` when it is a Span (a text id, a technique, whole-number offsets), else an error."""
    if _is_span(value):
        return value
    raise NarrativesError(f"{shown(value)} is not a span: give {what} as "
                          "Span(text_id, technique, start, end), e.g. "
                          "techniques.mark(text, words, technique).")


def expect_spans(value, what="the spans", offsets=True):
    """`value` as a list of Spans, or a NarrativesError naming the first thing that is not one
    (or, with `offsets`, the first that ends before it starts).

    >>> expect_spans(None, "the reference spans")
    Traceback (most recent call last):
    ...
    narratives.errors.NarrativesError: None is not a list of spans: give the reference spans as a list, e.g. techniques.load_reference(corpus).
    """
    items = _items(value)
    if items is None:
        raise NarrativesError(f"{shown(value)} is not a list of spans: give {what} as a "
                              "list, e.g. techniques.load_reference(corpus).")
    for n, item in enumerate(items, start=1):
        if not _is_span(item):
            raise NarrativesError(f"Item {n} of {what}, {shown(item)}, is not a span: make "
                                  "each one with Span(text_id, technique, start, end) or "
                                  "techniques.mark(text, words, technique).")
        if offsets and not 0 <= item.start < item.end:
            raise NarrativesError(f"Item {n} of {what} runs from {shown(item.start)} to "
                                  f"{shown(item.end)}: a span starts at 0 or later and ends "
                                  "after it starts. Fix its offsets or leave it out.")
    return items


def expect_ids(value, what="text_ids", ordered=False, optional=True):
    """None (when `optional`), or the text ids in `value` as a set (a list with `ordered`);
    one id on its own is taken as one id."""
    if value is None and optional:
        return None
    if isinstance(value, str):
        return [value] if ordered else {value}
    items = _items(value)
    if items is None or not all(isinstance(i, str) for i in items):
        raise NarrativesError(f"{what}={shown(value)}: give text ids in a list, e.g. "
                              f"{what}=['pravda-bury', 'bogus-threat']"
                              + (", or leave it out." if optional else "."))
    return items if ordered else set(items)
