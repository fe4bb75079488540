"""Tags as CSV, to download from a temporary session and load back, line by line checked.

A row is one tagged sentence: `annotator,text_id,sentence,labels,rationale`,
the sentence counted from 1 as the Tagger shows it, the labels joined by `;`.
Only `text_id`, `sentence` and `labels` are needed to load a file back.

>>> tags, problems = parse_csv("text_id,sentence,labels\\n"
...                            "pravda-bury,1,west-hostile;russia-protector\\n"
...                            "pravda-bury,0,none\\n")
>>> sorted(tags[("pravda-bury", 0)])
['russia-protector', 'west-hostile']
>>> problems
['line 3: sentence 0 is not a sentence number (they count from 1).']
"""


from ..csvcells import read_rows, write_rows
from ..errors import NarrativesError, expect_corpus, expect_path, expect_str, listing, shown
from ..reading import decode, read_bytes
from .tagjson import check_labels, parse_json
from .tagstore import CorruptTagsError, TagStore

COLUMNS = ("annotator", "text_id", "sentence", "labels", "rationale")
NEEDED = ("text_id", "sentence", "labels")


def csv_rows(store, corpus=None):
    """The rows `to_csv` writes: one per tagged sentence (of the corpus, when given)."""
    if not all(hasattr(store, name) for name in ("items", "annotator", "rationale")):
        raise NarrativesError(f"{shown(store)} is not a TagStore: give your tags, e.g. "
                              "tagger.store.")
    if corpus is not None:
        expect_corpus(corpus)
    rows = []
    for (text_id, index), labels in store.items():
        if corpus is not None and (text_id not in corpus
                                   or index >= len(corpus[text_id].sentences)):
            continue
        rows.append([store.annotator or "", text_id, index + 1, ";".join(sorted(labels)),
                     " ".join(store.rationale(text_id, index).split())])
    return rows


def to_csv(store, corpus=None):
    """The text of a CSV file with one row per tagged sentence.

    With a corpus, sentences of texts it does not hold are left out. A cell
    a spreadsheet would run as a formula starts with ' (see `csvcells.safe`).
    """
    return write_rows(COLUMNS, csv_rows(store, corpus))


def dropped_columns(text):
    """The columns of a tags CSV that loading leaves out (all but COLUMNS)."""
    header, _, _ = read_rows(text)
    return [c for c in header if c and c not in COLUMNS]


def _labels(cell):
    """'a; b' or 'a, b' -> the set {'a', 'b'}."""
    return {part.strip() for part in cell.replace(",", ";").split(";") if part.strip()}


def parse_csv(text, corpus=None, rationales=None):
    """`(tags, problems)`: `{(text_id, index): labels}` of the good rows, a sentence per bad one.

    With a corpus, text ids and sentence numbers are checked against it.
    Pass a dict as `rationales` to collect the rationale column into it.
    """
    columns, rows, problems = read_rows(expect_str(text, "The tags CSV"))
    missing = [c for c in NEEDED if c not in columns]
    if missing:
        return {}, problems + [f"line 1: the columns {', '.join(missing)} are missing. The "
                               f"first line should name the columns: {','.join(COLUMNS)}."]
    tags, seen = {}, {}
    for line, row in rows:
        text_id, number = row["text_id"], row["sentence"]
        if corpus is not None and text_id not in corpus:
            problems.append(f"line {line}: there is no text {text_id!r}. The ids are: "
                            + ", ".join(corpus.ids) + ".")
            continue
        if not number.isdigit() or int(number) < 1:
            problems.append(f"line {line}: sentence {number or '(empty)'} is not a sentence "
                            "number (they count from 1).")
            continue
        index = int(number) - 1
        if corpus is not None and index >= len(corpus[text_id].sentences):
            problems.append(f"line {line}: {text_id} has {len(corpus[text_id].sentences)} "
                            f"sentences, so there is no sentence {number}.")
            continue
        try:
            labels = check_labels(_labels(row["labels"]), f"line {line}")
        except NarrativesError as error:
            problems.append(str(error))
            continue
        if not labels:
            problems.append(f"line {line}: no labels. Write '{'none'}' for a sentence "
                            "that tells no narrative.")
            continue
        key = (text_id, index)
        if key in tags and tags[key] != labels:
            problems.append(f"line {line}: {text_id} sentence {number} has other labels on "
                            f"line {seen[key]}. Keep one of the two lines.")
            continue
        tags[key], seen[key] = labels, line
        if rationales is not None and row.get("rationale"):
            rationales[key] = row["rationale"]
    return tags, sorted(problems, key=_line_number)


def _line_number(problem):
    return int(problem.split()[1].split("-")[0].rstrip(":"))


def from_csv(text, corpus=None, annotator=None):
    """An in-memory TagStore of a CSV's tags; a NarrativesError lists every bad line."""
    rationales = {}
    tags, problems = parse_csv(text, corpus, rationales)
    if problems:
        raise NarrativesError(f"These tags cannot be loaded; nothing was changed. Mend "
                              f"these lines and load the file again:\n{listing(problems)}")
    if annotator is None:
        names = {row.get("annotator", "") for _, row in read_rows(text)[1]} - {""}
        annotator = names.pop() if len(names) == 1 else None
    store = TagStore(annotator=annotator)
    store.update(tags, rationales)
    store.dropped_columns = dropped_columns(text)
    return store


def read_tags(path, corpus=None):
    """A TagStore of a tags file on disk, JSON or CSV, without changing the file.

    A file that cannot be read raises a NarrativesError saying why; unlike a
    learner's own store, the file is not moved (it is someone else's).
    """
    path = expect_path(path, "the tags file")
    data = decode(path, read_bytes(path))
    if path.suffix.lower() == ".csv":
        annotator = path.stem.removeprefix("tags-")
        store = from_csv(data, corpus)
        store.annotator = store.annotator or annotator
        return store
    try:
        annotator, position, custom, tags, rationales = parse_json(data)
    except ValueError as error:
        raise CorruptTagsError(f"{path.name}: {error}.") from None
    store = TagStore(annotator=annotator or path.stem.removeprefix("tags-"))
    store.update(tags, rationales)
    store.custom_labels, store.position = custom, position
    store.read_only = True
    return store
