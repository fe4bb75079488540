"""How far annotators agree: percentage, Cohen's kappa and Krippendorff's alpha.

Each annotator's tags are a TagStore or a dict `{(text_id, index): labels}`.
Only sentences that two annotators both tagged can be compared.

>>> ann = {("t", 0): {"x"}, ("t", 1): {"y"}, ("t", 2): {"x"}, ("t", 3): {"y"}}
>>> bo = {("t", 0): {"x"}, ("t", 1): {"y"}, ("t", 2): {"y"}, ("t", 3): {"y"}}
>>> result = agreement({"ann": ann, "bo": bo})
>>> result["percent"], round(result["kappa"], 3)
(75.0, 0.5)

Kappa: they agree on 3 of 4 sentences (0.75); by chance they would agree
0.5 x 0.25 + 0.5 x 0.75 = 0.5 of the time; (0.75 - 0.5) / (1 - 0.5) = 0.5.
"""

from collections import Counter
from itertools import combinations


from ..display import Table
from ..errors import NarrativesError, shown


def tags_of(store):
    """`{(text_id, index): frozenset(labels)}` of a TagStore or a plain dict."""
    if not hasattr(store, "items"):
        raise NarrativesError(f"{shown(store)} is not a set of tags: give a TagStore (e.g. "
                              "tagger.store) or a dict of {(text_id, index): labels}.")
    try:
        found = {key: frozenset(labels) for key, labels in dict(store.items()).items()
                 if labels}
    except (TypeError, ValueError):
        found = None
    if found is None or not all(isinstance(key, tuple) and len(key) == 2 for key in found):
        raise NarrativesError(f"{shown(store)} is not a set of tags: each sentence "
                              "(text_id, index) should have a set of labels.")
    return found


def expect_stores(stores):
    """`stores` when it is a dict of annotators' tags, else a NarrativesError."""
    if not isinstance(stores, dict):
        raise NarrativesError(f"{shown(stores)} is not a dict of annotators' tags: give "
                              "them as {name: TagStore}, e.g. "
                              "{'amira': stores['amira'], 'ben': stores['ben']}.")
    return stores


def _pairs(stores):
    """`(a, b, common keys)` for each pair of annotators who tagged a sentence in common."""
    tags = {name: tags_of(store) for name, store in stores.items()}
    for a, b in combinations(sorted(tags), 2):
        common = sorted(tags[a].keys() & tags[b].keys())
        if common:
            yield tags[a], tags[b], common


def _kappa(values_a, values_b):
    """Cohen's kappa of two equally long lists, as NLTK computes it; None when undefined."""
    n = len(values_a)
    count_a, count_b = Counter(values_a), Counter(values_b)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected >= 1 - 1e-12:
        return None  # both gave one label everywhere: chance alone agrees fully, 0 / 0
    from nltk.metrics.agreement import AnnotationTask   # NLTK loads when first needed

    data = [("a", i, v) for i, v in enumerate(values_a)] + \
           [("b", i, v) for i, v in enumerate(values_b)]
    return AnnotationTask(data=data).kappa()


def _mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def agreement(stores):
    """Agreement of `{annotator: tags}`: a dict with percent, kappa, alpha and a note.

    percent  share of pairwise comparisons (two annotators, one sentence) where
             the two sets of labels are the same
    kappa    Cohen's kappa for each pair of annotators on the sentences both
             tagged (each label set counted as one category), averaged over pairs
    alpha    Krippendorff's alpha with the MASI distance, so that sets that
             overlap count as partly agreeing
    Values that cannot be computed are None, and `note` says why.
    """
    expect_stores(stores)
    result = {"annotators": len(stores), "items": 0, "pairs": 0, "comparisons": 0,
              "percent": None, "kappa": None, "alpha": None, "note": ""}
    if len(stores) < 2:
        result["note"] = (f"Agreement needs at least two annotators; there "
                          f"{'is' if len(stores) == 1 else 'are'} {len(stores)}.")
        return result
    pairs = list(_pairs(stores))
    if not pairs:
        result["note"] = ("No sentence was tagged by two annotators, so there is nothing "
                          "to compare. Ask everyone to tag the same texts.")
        return result
    same = comparisons = 0
    kappas = []
    for a, b, common in pairs:
        same += sum(a[k] == b[k] for k in common)
        comparisons += len(common)
        kappas.append(_kappa([a[k] for k in common], [b[k] for k in common]))
    result.update(pairs=len(pairs), comparisons=comparisons,
                  percent=100 * same / comparisons, kappa=_mean(kappas))

    by_item = {}
    for name, store in sorted(stores.items()):
        for key, labels in tags_of(store).items():
            by_item.setdefault(key, []).append((name, labels))
    shared = {k: v for k, v in by_item.items() if len(v) >= 2}
    result["items"] = len(shared)
    given = {labels for votes in shared.values() for _, labels in votes}
    if len(given) == 1:
        only = "; ".join(sorted(next(iter(given))))
        result["note"] = (f"Every annotator gave the same labels ({only}) to every sentence: "
                          "they agree completely, but kappa and alpha are undefined, because "
                          "chance alone would agree as much.")
        result["kappa"] = None
        return result
    from nltk.metrics.agreement import AnnotationTask
    from nltk.metrics.distance import masi_distance

    data = [(name, key, labels) for key, votes in sorted(shared.items())
            for name, labels in votes]
    result["alpha"] = AnnotationTask(data=data, distance=masi_distance).alpha()
    undefined = kappas.count(None)
    if undefined:
        result["note"] = (f"Kappa leaves out {undefined} pair(s) of annotators who each "
                          "gave one label to every sentence they share (kappa is undefined "
                          "for them).")
    return result


def summary(result):
    """An `agreement()` result as a two-column table to read."""
    needed = ("annotators", "items", "percent", "kappa", "alpha", "note")
    if not isinstance(result, dict) or not all(key in result for key in needed):
        raise NarrativesError(f"{shown(result)} is not an agreement result: give what "
                              "agreement(stores) returns, e.g. summary(agreement(stores)).")

    def figure(value, digits=2):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise NarrativesError(f"{shown(value)} in this result is not a number: give what "
                                  "agreement(stores) returns, unchanged.")
        return "n/a" if value is None else f"{value:.{digits}f}"
    rows = [["annotators", str(result["annotators"])],
            ["sentences compared", str(result["items"])],
            ["percent agreement", figure(result["percent"], 1)],
            ["Cohen's kappa", figure(result["kappa"])],
            ["Krippendorff's alpha (MASI)", figure(result["alpha"])]]
    if result["note"]:
        rows.append(["note", result["note"]])
    return Table(["measure", "value"], rows, caption="Agreement")


def per_label(stores, labels=None):
    """For each label: on how many sentences someone used it, and how far annotators agree on it.

    Each label is a yes/no question per sentence ("is it nato-aggressor?").
    """
    expect_stores(stores)
    pairs = list(_pairs(stores))
    used = set()
    for store in stores.values():
        used.update(*tags_of(store).values())
    rows = []
    for label in labels or sorted(used):
        comparisons = same = 0
        kappas, sentences = [], set()
        for a, b, common in pairs:
            va = [label in a[k] for k in common]
            vb = [label in b[k] for k in common]
            sentences.update(k for k, x, y in zip(common, va, vb) if x or y)
            same += sum(x == y for x, y in zip(va, vb))
            comparisons += len(common)
            kappas.append(_kappa(va, vb))
        kappa = _mean(kappas)
        rows.append([label, len(sentences), 100 * same / comparisons if comparisons else "n/a",
                     kappa if kappa is not None else "n/a"])
    return Table(["label", "sentences", "percent", "kappa"], rows,
                 caption="Agreement on each label (yes or no per sentence)")


def disagreement(label_sets):
    """Mean MASI distance between every two annotators' labels for one sentence (0 = all agree).

    >>> disagreement([{"a"}, {"a"}]), disagreement([{"a"}, {"b"}])
    (0.0, 1.0)
    """
    from nltk.metrics.distance import masi_distance

    pairs = list(combinations(label_sets, 2))
    return sum(masi_distance(set(a), set(b)) for a, b in pairs) / len(pairs) if pairs else 0.0


def votes(label_sets):
    """'nato-aggressor x3; none x1': how many annotators gave each label."""
    counts = Counter(label for labels in label_sets for label in labels)
    return "; ".join(f"{label} x{n}" for label, n in sorted(counts.items(),
                                                            key=lambda kv: (-kv[1], kv[0])))


def against(stores, reference):
    """Each annotator against the reference: sentences compared, percent and kappa."""
    expect_stores(stores)
    rows = []
    for name, store in sorted(stores.items()):
        result = agreement({name: store, "reference": reference})
        rows.append([name, result["comparisons"],
                     result["percent"] if result["percent"] is not None else "n/a",
                     result["kappa"] if result["kappa"] is not None else "n/a"])
    return Table(["annotator", "sentences", "percent", "kappa"], rows,
                 caption="Each annotator against the reference tags")
