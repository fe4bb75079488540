"""Your own text: the whole method, run on a text the learner brings (lesson 06).

A text pasted in the lesson is saved to `my-texts/` like any dropped file;
then the same questions are asked of it as of the five texts: who claims
what, who denies what, does it repeat a claim we already know, and which
words set it apart.

>>> from narratives import texts
>>> sample = texts.load(MY_TEXTS)["sample-en"]
>>> claim_sentences(sample).column("sentence")[:2]
[1, 3]
>>> denial_sentences(sample).column("kind")
['denial word', 'negation', 'no evidence', 'denial word']
"""

import re
from pathlib import Path

from .claims.answers import CANNOT_FIND, find as find_answer
from .claims.attribution import attribution
from .claims.russian import attribution_ru
from .display import Table
from .errors import NarrativesError, expect_claims, expect_int, expect_text
from .paths import MY_TEXTS
from .texts.sentences import tokens
from .workspace import save

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def save_text(name, content, folder=None):
    """Save a pasted text as `<name>.txt` in `my-texts/` (UTF-8); return its path."""
    if not isinstance(content, str) or not content.strip():
        raise NarrativesError("There is no text to save: paste your text between the "
                              "triple quotes, then run the cell again.")
    stem = re.sub(r"[^\w-]+", "-", str(name).strip().lower()).strip("-")
    if not stem:
        raise NarrativesError(f"{name!r} cannot be a file name: use letters, digits and "
                              "hyphens, e.g. 'my-article'.")
    path = Path(folder) if folder is not None else MY_TEXTS
    return save(path / f"{stem}.txt", content.strip() + "\n", "Your text")


def _short(sentence, width=90):
    return sentence if len(sentence) <= width else sentence[:width - 3] + "..."


def claim_sentences(text):
    """The sentences that report what someone says, with the word and the speaker.

    English sentences go through `claims.attribution`, Russian ones through
    `claims.russian`; a negated report ("did not say how many") is no one's claim.
    """
    rows = []
    for sentence in expect_text(text, "your text").sentences:
        if CYRILLIC.search(sentence.text):
            found = attribution_ru(sentence.text)
            if found:
                rows.append([sentence.number, found[0], found[1] or "no one named",
                             _short(sentence.text)])
            continue
        found = attribution(text, sentence.start, sentence.end)   # its split, not a new one
        if found and sentence.start <= found.start < sentence.end:
            rows.append([sentence.number, found.cue, found.speaker or "no one named",
                         _short(sentence.text)])
    return Table(["sentence", "cue", "pinned on", "text"], rows,
                 caption=("" if rows else "No sentence has a reporting word (said, claimed, "
                          "according to; заявил, сказал, по словам): the text speaks in its "
                          "own voice, or reports in words the finder does not know."))


def denial_sentences(text):
    """The sentences that may answer a claim: a denial word, missing evidence, a negation.

    A word finder, not a reader: the caption says what it cannot find.
    """
    rows = [[s.number, found.kind, found.cue, _short(s.text)]
            for s in expect_text(text).sentences if (found := find_answer(s.text))]
    return Table(["sentence", "kind", "cue", "text"], rows,
                 caption=("" if rows else "No denial word, no 'no evidence' and no negation "
                          "in any sentence. ") + CANNOT_FIND)


def _content_words(words, stopwords):
    return {w.lower() for w in words if len(w) > 2 and w.lower() not in stopwords}


def known_claims(text, claims, stopwords=None, min_shared=2):
    """Sentences that share words with a claim of `texts/claims.json`.

    A rough first look, not a verdict: sharing "tanks" and "border" with a
    claim does not make a sentence repeat it. Read both, then decide.
    """
    from .words.wordindex import stopword_set

    expect_text(text, "your text")
    claims = expect_claims(claims)
    expect_int(min_shared, "min_shared", lowest=0)
    stop = stopword_set(stopwords)
    vocabularies = {}
    for claim in claims:
        quoted = [claim.statement] + [a.quote for a in claim.appearances]
        vocabularies[claim.id] = _content_words(tokens(" ".join(quoted)), stop)
    rows = []
    for sentence in text.sentences:
        mine = _content_words(tokens(sentence.text), stop)
        for claim in claims:
            shared = sorted(mine & vocabularies[claim.id])
            if len(shared) >= min_shared:
                rows.append([sentence.number, claim.id, ", ".join(shared),
                             len(claim.replies)])
    why = ("" if rows else
           f"No sentence shares {min_shared} or more words (stopwords left out) with any "
           f"of the {len(claims)} claims of texts/claims.json. Your text may be about "
           "something else, or in another language (the claims are in English); try "
           "min_shared=1, or read it for claims of its own.")
    return Table(["sentence", "claim", "shared words", "replies in the five texts"], rows,
                 caption=why)


def compare_words(text, corpus, n=10, min_count=2, stopwords=None):
    """The words that set `text` apart from the texts of `corpus` (keyness)."""
    from .words.keyness import keyness

    expect_int(n, "n", lowest=0)
    table = keyness([text], corpus, min_count=min_count, stopwords=stopwords)
    return Table(table.columns, table.rows[:n])


def save_analysis(text_id, analysis, folder=None):
    """Save a written analysis to `my-work/analysis-<name>-<text id>.md`; return its path.

    Written at once, so it is in the zip that lesson 00's download link makes;
    named for the learner (their own name once given), so a class folder can
    hold everyone's.
    """
    from .workspace import owner, safe_name, work_path

    if analysis is ... or not isinstance(analysis, str) or not analysis.strip():
        raise NarrativesError("There is no analysis to save yet: write it in the box, then "
                              "press its button again.")
    stem = re.sub(r"[^\w-]+", "-", str(text_id)).strip("-") or "text"
    name = owner(folder)
    path = work_path(folder) / f"analysis-{safe_name(name)}-{stem}.md"
    return save(path, f"# Analysis of {text_id}, by {name}\n\n{analysis.strip()}\n",
                "Your analysis")


def analysis_box(text_id, folder=None):
    """Lesson 06's box for the written analysis: kept with the answers and as its own file."""
    from functools import partial

    from .answers import box

    return box("06", f"analysis-{text_id}", f"Your analysis of {text_id} (150 to 300 words)",
               rows=14, then=partial(save_analysis, text_id, folder=folder))


def text_box(folder=None, name="my-article"):
    """Lesson 06's box to paste a text into (no quotes to escape): saved as `<name>.txt`."""
    from functools import partial

    from .answers import box

    return box("06", "my-text", "Your text: its title on the first line, then the text",
               rows=10, then=partial(save_text, name, folder=folder), button="Save my text")


class NotLoaded:
    """What `load` gives when the learner's texts cannot be loaded yet.

    Every use of it (`mine["sample-en"]`, `texts.overview(mine)`) repeats why,
    and what to do, instead of a NameError on the next cell.
    """

    def __init__(self, problem):
        self.problem = str(problem)

    def _stop(self, *_):
        raise NarrativesError(f"Your texts are not loaded yet. {self.problem}\n(The cell "
                              "that loads them is `mine = yourtext.load(folder)`: once the "
                              "problem is fixed, run it again, then this one.)")

    ids = property(_stop)
    __getitem__ = __iter__ = __len__ = __contains__ = _stop

    def __repr__(self):
        return "<Texts not loaded: run the cell above again once its problem is fixed>"


def load(folder=None):
    """The texts of `folder` (`my-texts/` by default), or a NotLoaded that says what to fix.

    >>> "sample-en" in load(MY_TEXTS).ids
    True
    """
    from . import texts

    try:
        return texts.load(MY_TEXTS if folder is None else folder)
    except NarrativesError as problem:
        print(f"\N{WARNING SIGN}  {problem}")
        return NotLoaded(problem)
