r"""Which text ids every file of the workbook can carry, and why the others are refused.

A text id travels into the tags JSON and CSV, the spans TSV, tag sheets and
class tables. Most characters ride along: `#`, `$`, `/`, `..`, quotes, commas
and a leading `=` are escaped by the writers (and ids are never used as a
path as they are). Three kinds cannot be written and read back the same,
so `check` and `load` refuse them with a sentence:

- a tab, a line break or another control character: it would split a line
  or a cell of the TSV and CSV files;
- bytes that are not UTF-8 in a file name: no UTF-8 file can hold them;
- an id that is empty once the spaces around it are taken off.

>>> print(id_problem("tanks-and-planes"))
None
>>> print(id_problem("#1 $5 =cost/../x"))
None
>>> id_problem("two\tparts")
"the id 'two\\tparts' holds a tab, a line break or another control character, which would split a line of the tags and spans files. Take it out."
"""

import unicodedata

# Cc: controls (tab, line feed, CR, and the separators str.splitlines breaks at);
# Zl, Zp: the Unicode line and paragraph separators, also line breaks to splitlines.
BREAKING = {"Cc", "Zl", "Zp"}


def id_problem(text_id):
    """A sentence saying why `text_id` cannot be a text's id, or None when it can."""
    if not text_id.strip():
        return "the id is empty. Give every text a short id."
    categories = {unicodedata.category(c) for c in text_id}
    if "Cs" in categories:  # a file name's bytes that are not UTF-8, as Python keeps them
        return (f"the id {text_id!r} comes from a file name that is not UTF-8 (the \\udc.. "
                "characters are its stray bytes). Rename the file, using letters, digits "
                "and hyphens, e.g. 'cafe.txt'.")
    if text_id.startswith("\ufeff"):  # read as a byte-order mark at the start of a file
        return (f"the id {text_id!r} starts with an invisible byte-order mark (U+FEFF), "
                "which a spans file would lose. Take it out.")
    if categories & BREAKING:
        return (f"the id {text_id!r} holds a tab, a line break or another control "
                "character, which would split a line of the tags and spans files. Take it out.")
    return None
