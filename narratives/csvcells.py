"""CSV read strictly and written safely: every row as the file says, no cell a formula.

Reading: a row with a stray quote, more cells than the header names, a cell
that runs over lines (a quote never closed) or a cell too long to be one is
a problem with its line number, never a silently shifted or swallowed row:

>>> header, rows, problems = read_rows('id,title\\na,"NATO "denies" it"\\nb,ok,extra\\nc,fine\\n')
>>> header, rows
(['id', 'title'], [(4, {'id': 'c', 'title': 'fine'})])
>>> for problem in problems: print(problem)
line 2: a quote mark in the middle of a cell; put the whole cell in quotes and double the quote marks inside it ("" for ").
line 3: 3 cells, but the first line names 2 columns. Put quotes around a cell that holds a comma.

Writing: a spreadsheet runs a cell that starts with =, +, -, @, a tab or a
carriage return as a formula, so such a cell gets a leading ' (OWASP's advice
on CSV injection), which `unsafe` takes off again when we read the file back:

>>> safe("=HYPERLINK(\\"http://x\\")"), safe("ada"), unsafe(safe("-1 and more"))
('\\'=HYPERLINK("http://x")', 'ada', '-1 and more')
"""

import csv
import io
from collections import Counter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    """A cell a spreadsheet shows as text: a leading ' before anything it would run."""
    if not isinstance(value, str):
        return value
    if value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unsafe(value):
    """A cell as it was before `safe` (only our own ' is taken off)."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(
            FORMULA_STARTS):
        return value[1:]
    return value


def write_rows(columns, rows):
    """The text of a CSV file, every text cell made safe to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([safe(cell) for cell in row] for row in rows)
    return out.getvalue()


def _explain(error):
    said = str(error)
    if "field larger than field limit" in said:
        return (f"a cell is longer than {csv.field_size_limit():,} characters. A quote mark "
                "is probably not closed, so the cell runs on to the end of the file: close it.")
    if "expected after" in said:
        return ("a quote mark in the middle of a cell; put the whole cell in quotes and "
                'double the quote marks inside it ("" for ").')
    if "unexpected end of data" in said or "EOF" in said:
        return "a quote mark is never closed, so the rest of the file is one cell: close it."
    return f"this line cannot be read as CSV ({said})."


def read_rows(text, allow_breaks=False):
    """`(header, rows, problems)`: `rows` are `(line, {column: cell})` of the clean rows.

    Cells are stripped of spaces and of the ' that `safe` added; empty rows
    are skipped. A cell holding a line break is a problem unless
    `allow_breaks`: in our files it means a quote mark was never closed.
    """
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
    header, rows, problems = None, [], []
    line = 0
    while True:
        first = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(f"line {first}: {_explain(error)}")
            line = reader.line_num
            if header is None:
                return [], [], problems
            continue
        line = reader.line_num
        if not allow_breaks and any("\n" in c or "\r" in c for c in cells):
            problems.append(f"lines {first}-{line}: a cell runs over {line - first + 1} "
                            "lines, so a quote mark is probably not closed. Close it, or "
                            "take the line breaks out of the cell.")
            continue
        cells = [unsafe(c.strip()) for c in cells]
        if header is None:
            header = cells
            repeated = sorted(c for c, n in Counter(cells).items() if c and n > 1)
            if repeated:
                problems.append(f"line 1: the column {repeated[0]!r} is named twice. "
                                "Give each column its own name.")
            continue
        if not any(cells):
            continue
        if len(cells) > len(header):
            problems.append(f"line {first}: {len(cells)} cells, but the first line names "
                            f"{len(header)} columns. Put quotes around a cell that holds "
                            "a comma.")
            continue
        rows.append((first, dict(zip(header, cells + [""] * (len(header) - len(cells))))))
    return header or [], rows, problems


def dict_rows(path, what, fix):
    """The rows of the project's CSV file `path` as dicts, header first.

    A file that cannot be opened gets a sentence naming `what` it is and
    saying `fix`, what to do about it.
    """
    from .errors import NarrativesError

    try:
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as error:
        raise NarrativesError(f"{what} {path} cannot be read ({error.strerror}). {fix}") from None
