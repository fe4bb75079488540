"""A class's tag files merged for the instructor: what came in, who agrees, what to discuss.

Point `read_class` at a folder of learners' files (`tags-<name>.json` from the
Tagger, or the CSV it downloads). A file that cannot be read, a learner who
handed in twice, or a partial tagging is reported, never fatal.

Learners are told apart by the name inside each file, not by the file's name
(browsers rename a second `tags-jovyan.csv` to `tags-jovyan (1).csv`). A file
whose name is one many learners share (`jovyan`, `root`) counts as a learner of
its own. Two files with the same name count once only when one holds nothing
the other does not (a learner who handed in twice); otherwise both are used.

>>> from narratives import texts
>>> corpus = texts.load()
>>> merged = read_class(SAMPLE, corpus)
>>> sorted(merged.stores)
['amira', 'ben', 'chen']
>>> merged.report.column("status")
['used', 'used', 'duplicate, not used', 'used (partial)', 'malformed, not used']
"""

from pathlib import Path

from ..csvcells import write_rows
from ..charts import Chart
from ..display import PALETTE, Table
from ..errors import NarrativesError, expect_corpus, expect_path
from ..handin import class_folder, handed_in_fields, instructors_own, without_logins
from ..paths import ANNOTATIONS, MY_WORK, ROOT
from ..workspace import is_generic, save
from .agreement import tags_of, votes
from .dispute import disputed, ranked
from .tagcsv import read_tags

SAMPLE = ANNOTATIONS / "sample-class"


class ClassTags:
    """The merged class: `stores` ({annotator: TagStore}) and a `report` Table, file by file."""

    def __init__(self, stores, report):
        self.stores = stores
        self.report = report

    def __repr__(self):
        return f"<ClassTags: {len(self.stores)} annotators from {len(self.report)} files>"


def _outside(store, corpus):
    """Keys of a store that point at no sentence of the corpus."""
    return [key for key, _ in store.items()
            if key[0] not in corpus or key[1] >= len(corpus[key[0]].sentences)]


def _contains(big, small):
    """Whether every tag of `small` is in `big`, with the same labels."""
    tags = dict(big.items())
    return all(tags.get(key) == labels for key, labels in small.items())


def default_folder():
    """Where the class's files are: the hub's hand-in folder (NARRATIVES_CLASS_FOLDER)
    when one is set, else the sample class, to try the notebook on."""
    return class_folder() or SAMPLE


def _in_copy(folder):
    """A folder given relative to the learner's copy of the workbook (`my-work/class`),
    wherever the notebook runs; `~` is the home folder."""
    folder = expect_path(folder, "the folder of the class's tag files").expanduser()
    return folder if folder.is_absolute() else ROOT / folder


def read_class(folder=None, corpus=None, hide_logins=False, leave_out_own=True):
    """Every `.json` and `.csv` tag file of `folder`, merged into one ClassTags.

    `folder` is relative to the learner's copy (or absolute), by default the
    hub's class folder, else the sample class. The files of whoever runs this
    (the instructor's own test files) are left out, with a note, unless
    `leave_out_own=False`. `hide_logins=True` shows every name that is a login
    (not a pseudonym the learner chose), and every e-mail-like name, as
    "learner 1", "learner 2"..., in every table, the file names too.
    """
    folder = _in_copy(default_folder() if folder is None else folder)
    if corpus is None:
        from ..texts import load as load_texts
        corpus = load_texts()
    corpus = expect_corpus(corpus)
    if not folder.is_dir():
        raise NarrativesError(f"{folder} is not a folder. Put the learners' tag files "
                              "(tags-NAME.json or tags-NAME.csv) in one folder and give its path.")
    total = sum(len(t.sentences) for t in corpus)
    spellings, respelled = {}, {}  # a name folded ('ada') -> as first seen; file -> note
    files = sorted(p for p in folder.iterdir()
                   if p.suffix.lower() in (".json", ".csv") and not p.name.startswith("."))
    rows, chosen, logins = {}, {}, set()
    for path in files:
        try:
            store = read_tags(path, corpus)
        except NarrativesError as error:
            rows[path.name] = [path.name, "", 0, "malformed, not used",
                               str(error).replace("\n", " ")]
            continue
        note = ""
        extra = handed_in_fields(path)
        if leave_out_own and instructors_own(extra or store.annotator):
            rows[path.name] = [path.name, store.annotator or "", len(store),
                               "instructor's own, not used",
                               "Handed in from your own login or under your own name: left "
                               "out (read_class(..., leave_out_own=False) counts it)."]
            continue
        if extra.get("name_is_login") or "@" in str(store.annotator or ""):
            logins.add(store.annotator)
        stray = _outside(store, corpus)
        if stray:
            store.read_only = False
            store.update({key: () for key in stray})
            note = f"{len(stray)} tag(s) for sentences not in these texts left out. "
        store.read_only = True
        name = " ".join(str(store.annotator or "").split())
        if name and not is_generic(name):
            # 'Ada', 'ada', 'ADA' and ' ada ' are one learner's name, written differently.
            first = spellings.setdefault(name.casefold(), name)
            if first != store.annotator:
                respelled[path.name] = f"The name {store.annotator!r} is taken as {first!r}. "
                note += respelled[path.name]
            name = first
        if not name or is_generic(name):
            name = f"{name or 'no name'} ({path.name})"
            note += ("No learner's own name inside the file: counted as a learner of its "
                     "own. ")
        elif name in chosen and not (_contains(store, chosen[name][1])
                                     or _contains(chosen[name][1], store)):
            other = chosen[name][0].name
            name = f"{name} ({path.name})"
            note += (f"{other} carries the same name but other tags: both are used, as two "
                     "learners; if they are one learner's, remove the older file. ")
        store.annotator = name
        rows[path.name] = [path.name, name, len(store), "used", note.strip()]
        if name in chosen:
            kept, other = sorted([chosen[name], (path, store)], key=lambda c: -len(c[1]))
            rows[other[0].name][3] = "duplicate, not used"
            rows[other[0].name][4] = (respelled.get(other[0].name, "")
                                      + f"{name} also handed in {kept[0].name}, which has "
                                      f"{len(kept[1])} tags; that one is used.")
            rows[kept[0].name][3] = "used"
            chosen[name] = kept
        else:
            chosen[name] = (path, store)
    stores = {name: store for name, (_, store) in chosen.items()}
    for name, (path, store) in chosen.items():
        if len(store) < total:
            rows[path.name][3] = "used (partial)"
            rows[path.name][4] = (rows[path.name][4] + f" {len(store)} of {total} sentences "
                                  "tagged: compared on those only.").strip()
    seen = {}
    for name, store in sorted(stores.items()):
        same = seen.setdefault(frozenset(tags_of(store).items()), name)
        if same != name and len(store):
            row = rows[chosen[name][0].name]
            row[4] = (row[4] + f" Identical to {same}'s tags: copied?").strip()
    rows = list(rows.values())
    if hide_logins:
        stores, rows = without_logins(stores, rows, logins)
    report = Table(["file", "annotator", "tags", "status", "note"], rows,
                   caption=f"{len(files)} file(s) in {folder.name}")
    return ClassTags(stores, report)


def plot_disputed(table, ax=None, most=25):
    """A bar per disputed sentence (a `disputed()` table), most disputed on top.

    The bar is the weighted disagreement it is ranked by; the label says how
    many learners tagged the sentence and who chose what. At most `most` bars:
    the title says how many more sentences are disputed. Returns a
    `charts.Chart`, closed first so that a notebook shows it once.
    """
    import matplotlib.pyplot as plt

    shown = min(len(table), most)
    if ax is None:
        fig, ax = plt.subplots(figsize=(7, 0.4 * max(shown, 1) + 1.2), layout="constrained")
        plt.close(fig)
    names = [f"{t} #{n} ({k} tagged)" for t, n, k in
             zip(table.column("text"), table.column("sentence"), table.column("taggers"))]
    names = names[:shown]
    # Sky blue: the black text of the votes reads well on it.
    ax.barh(range(shown), table.column("weighted")[:shown], color=PALETTE[4],
            edgecolor="black", linewidth=0.5)
    ax.set_yticks(range(shown), names)
    for y, said in enumerate(table.column("votes")[:shown]):  # who chose what, on the bar
        ax.text(0.01, y, said, va="center", fontsize=9, color="black")
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("weighted disagreement (0 = everyone agrees; few taggers count for less)")
    more, tied = len(table) - shown, tied_at_top(table)
    ax.set_title("Most disputed sentences" + (f" (and {more} more)" if more else "")
                 + (f": {'all' if tied == len(table) else 'the first'} {tied} tie"
                    if tied > 1 else ""))
    return Chart(ax.figure, describe_disputed(table), table)


def describe_disputed(table):
    """The chart of disputed sentences in one sentence, for readers who cannot see it."""
    if not len(table):
        return "No sentence is disputed: every learner who tagged a sentence gave the same labels."
    row = dict(zip(table.columns, table.rows[0]))
    tied = tied_at_top(table)
    if tied > 1:  # equal bars: say so, rather than let the order suggest a ranking
        first = f"all {tied}" if tied == len(table) else f"the first {tied}"
        return (f"Bars show the {len(table)} most disputed sentences, weighted by how many "
                f"learners tagged each; {first} tie at weighted {row['weighted']:.2f}, so "
                "their order is only the texts' order: discuss any of them, or ask the "
                f"class to tag them all. The first is {row['text']} sentence "
                f"{row['sentence']}, tagged by {row['taggers']} (disagreement "
                f"{row['disagreement']:.2f}: {row['votes']}).")
    return (f"Bars show the {len(table)} most disputed sentences, weighted by how many "
            f"learners tagged each; the most disputed is {row['text']} sentence "
            f"{row['sentence']}, tagged by {row['taggers']} (disagreement "
            f"{row['disagreement']:.2f}, weighted {row['weighted']:.2f}: {row['votes']}).")


def tied_at_top(table):
    """How many sentences of a `disputed()` table share the top weighted score."""
    scores = table.column("weighted")
    return sum(1 for score in scores if scores and score == scores[0])


def discussion(stores, corpus, reference=None):
    """One row per sentence two learners tagged, most disputed first (weighted), with the
    reference."""
    rows = []
    for score, raw, (text_id, index), sets in ranked(stores):
        row = [text_id, index + 1, corpus[text_id].sentences[index].text, len(sets),
               round(raw, 2), round(score, 2), votes(sets)]
        if reference is not None:
            row += ["; ".join(sorted(reference.get(text_id, index))),
                    reference.rationale(text_id, index)]
        rows.append(row)
    columns = ["text_id", "sentence", "words", "taggers", "disagreement", "weighted", "votes"]
    return Table(columns + (["reference", "rationale"] if reference is not None else []), rows,
                 caption="Sentences to discuss, most disputed first (weighted by taggers)")


def export(table, path=None):
    """Write a Table as CSV (to `my-work/class-discussion.csv` by default); returns the path."""
    path = Path(path) if path is not None else MY_WORK / "class-discussion.csv"
    # Cells made safe to open in a spreadsheet.
    return save(path, write_rows(table.columns, table.rows), "The discussion table")


__all__ = ["SAMPLE", "ClassTags", "default_folder", "read_class", "disputed", "plot_disputed",
           "describe_disputed", "discussion", "export"]
