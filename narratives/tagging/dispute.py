"""Which sentences a class disputes most, weighted so that two taggers do not outrank twenty.

A sentence two learners tagged differently has a raw disagreement of 1.0;
one twenty learners split 12 to 8 over has about 0.5. The twenty tell us
more. So the ranking uses a shrunk (Bayesian) mean: each sentence is scored
as if `PRIOR_TAGGERS` more learners had tagged it and agreed. A sentence must
earn its place with many taggers; with many, the raw score decides; when
every learner tagged every sentence, the ranking is the raw one.

    weighted = n * raw / (n + PRIOR_TAGGERS)        (n: learners who tagged it)

>>> round(weighted(1.0, taggers=2), 2), round(weighted(0.5, taggers=20), 2)
(0.29, 0.4)
"""

import math

from ..display import Table
from ..errors import expect_corpus, expect_int
from .agreement import disagreement, expect_stores, tags_of, votes

# As if five more learners had tagged each sentence and agreed: few taggers count for less.
PRIOR_TAGGERS = 5


def weighted(raw, taggers, prior=PRIOR_TAGGERS):
    """A sentence's disagreement, as if `prior` more learners had tagged it and agreed."""
    return taggers * raw / (taggers + prior)


def label_sets_by_sentence(stores):
    """{(text_id, index): [labels of each learner who tagged it]}."""
    by_item = {}
    for store in stores.values():
        for key, labels in tags_of(store).items():
            by_item.setdefault(key, []).append(labels)
    return by_item


def ranked(stores, prior=PRIOR_TAGGERS):
    """[(weighted, raw, (text_id, index), label_sets)] for sentences two or more learners
    tagged, most disputed first; ties go to the sentence more learners tagged."""
    by_item = {key: sets for key, sets in label_sets_by_sentence(stores).items()
               if len(sets) >= 2}
    scored = []
    for key, sets in by_item.items():
        raw = disagreement(sets)
        scored.append((weighted(raw, len(sets), prior), raw, key, sets))
    return sorted(scored, key=lambda s: (-s[0], -len(s[3]), s[2]))


def disputed(stores, corpus=None, top=10):
    """The sentences learners disagree on most, as a Table, most disputed first: `top` of
    them, and any more that tie with the last.

    Ranked by disagreement weighted by how many learners tagged each sentence
    (`ranked`), so two taggers do not outrank twenty; the
    table says how many tagged each and shows the raw disagreement too.
    """
    expect_stores(stores)
    if corpus is not None:
        expect_corpus(corpus)
    expect_int(top, "top", lowest=0)
    scored = [s for s in ranked(stores) if s[1] > 0]
    shown = scored[:top]
    # Sentences tied with the last one shown are shown too: a cut inside a tie would pick
    # among equals by the texts' order alone.
    while shown and len(shown) < len(scored) and math.isclose(scored[len(shown)][0],
                                                                shown[-1][0]):
        shown.append(scored[len(shown)])
    rows = []
    for score, raw, (text_id, index), sets in shown:
        row = [text_id, index + 1, len(sets), round(raw, 2), round(score, 2), votes(sets)]
        if corpus is not None:
            words = corpus[text_id].sentences[index].text
            row.append(words if len(words) <= 70 else words[:69] + "…")
        rows.append(row)
    columns = ["text", "sentence", "taggers", "disagreement", "weighted", "votes"]
    return Table(columns + (["words"] if corpus is not None else []), rows,
                 caption="Most disputed sentences (disagreement: mean MASI distance between "
                         "the learners who tagged it; weighted: ranked so that few taggers "
                         "count for less)")
