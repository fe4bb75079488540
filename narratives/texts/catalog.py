"""A texts folder's catalog (`catalog.csv`): its columns, its dates, and its rows checked.

The catalog says, one row per text, which file holds it and who is behind it.
This module reads the catalog's text into rows and says what is wrong with
them, as `(line, message)` pairs; `narratives.texts.folder` finds the file
(and a misnamed one), reads it, and turns each pair into a `Problem`.

>>> rows, bad = catalog_rows("id,file,published\\nnato,nato.txt,2020-08\\n")
>>> rows, bad
([(2, {'id': 'nato', 'file': 'nato.txt', 'published': '2020-08'})], [])
>>> parse_date(rows[0][1]["published"])
datetime.date(2020, 8, 1)
>>> catalog_rows("id;file\\nnato;nato.txt\\n")[1][0][1][:60]
"has no 'id' column. Its columns seem to be separated by semi"
"""

import re
from datetime import date

from ..csvcells import read_rows

CATALOG = "catalog.csv"
COLUMNS = ("id", "file", "title", "url", "url_note", "outlet", "outlet_kind", "run_by",
           "funded_by", "outlet_basis", "outlet_sources", "published", "date_basis",
           "date_note", "language", "boilerplate", "source")
# Who is behind a text: every row of the workbook's own catalog gives these (a learner's
# catalog may leave them out). `url` is an address or "unknown" with the reason in url_note.
OUTLET_FACTS = ("url", "outlet", "outlet_kind", "run_by", "funded_by", "outlet_basis",
                "outlet_sources")
DATE_BASES = ("stated", "inferred", "approximate", "")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(value):
    """The first day of an ISO date, month or year, or None when it is not one.

    >>> parse_date("2020-08-16"), parse_date("2021"), parse_date("16/08/2020")
    (datetime.date(2020, 8, 16), datetime.date(2021, 1, 1), None)
    """
    match = ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def catalog_rows(text):
    """`(rows, bad)`: the catalog's rows with their line numbers, and `(line, message)`
    pairs for what is wrong with it.

    Rows that do not parse cleanly are problems, never rows with shifted cells.
    """
    header, rows, bad = read_rows(text)
    found = []
    for message in bad:
        where, _, message = message.partition(": ")
        number = int(re.search(r"\d+", where).group())
        found.append((number, message))
    if header and "id" not in header:
        found.append((1, "has no 'id' column. " + _delimiter_hint(header)
                      + "The first line should name the columns: " + ",".join(COLUMNS)))
    return (rows if "id" in header else []), found


def _delimiter_hint(header):
    """A sentence naming the separator a catalog seems to use instead of commas, or ''."""
    for mark, name in ((";", "semicolons (;)"), ("\t", "tabs"), ("|", "bars (|)")):
        cells = [cell.strip() for cell in ",".join(header).split(mark)]
        if "id" in cells:
            return (f"Its columns seem to be separated by {name}: a catalog separates them "
                    "with commas (save it as 'CSV, comma-separated'). ")
    return ""


def parse_boilerplate(spec):
    """'3 photo caption; 34 comment notice' -> ((3, 'photo caption'), (34, ...)).

    >>> parse_boilerplate("3 photo caption; 34")
    ((3, 'photo caption'), (34, 'boilerplate'))
    """
    pairs = []
    for item in filter(None, (part.strip() for part in spec.split(";"))):
        number, _, kind = item.partition(" ")
        if not number.isdecimal():  # '¹' is a digit to isdigit(), not a number to int()
            raise ValueError(item)
        pairs.append((int(number), kind.strip() or "boilerplate"))
    return tuple(pairs)


def check_row(row, body):
    """`(pairs, messages)` for one catalog row whose file's text is `body`: its
    boilerplate `(line number, kind)` pairs (none when they are wrong), and what is
    wrong with the row."""
    messages = []
    published = (row.get("published") or "").strip()
    if published and parse_date(published) is None:
        messages.append(f"published date {published!r} is not an "
                        "ISO date: write it as 2020-08-16, or 2020-08, or 2020.")
    basis = (row.get("date_basis") or "").strip()
    if basis not in DATE_BASES:
        messages.append(f"date_basis {basis!r} should be one of "
                        "stated, inferred or approximate.")
    try:
        pairs = parse_boilerplate(row.get("boilerplate") or "")
    except ValueError as error:
        messages.append(f"boilerplate item '{error}' should be a "
                        "line number and a kind, as in '3 photo caption'.")
        return (), messages
    lines = body.count("\n") + 1
    for number, _ in pairs:
        if not 1 <= number <= lines:
            messages.append(f"boilerplate line {number} is outside "
                            f"the file, which has {lines} lines.")
            return (), messages
    return pairs, messages
