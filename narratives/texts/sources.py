"""Who is behind each text: lateral reading checked against the catalog (lesson 01).

Lateral reading (Stanford History Education Group, Civic Online Reasoning):
leave the page, find out who is behind a source, then read it. Learners guess
each outlet first; `compare_guesses` then sets their guesses beside what the
catalog established, and `sources` shows who runs and funds each outlet.

>>> from narratives import texts
>>> corpus = texts.load()
>>> table = compare_guesses(corpus, {"pravda-bury": "pravda", "bogus-threat": "no idea"})
>>> [row[1:4] for row in table.rows[1:4]]
[['bogus-threat', 'no idea', 'no'], ['euvsdisinfo-flights', '', 'not guessed'], ['pravda-bury', 'pravda', 'yes']]

Some ids name their outlet (`euvsdisinfo-force`, `pravda-bury`), so until
learners have guessed, lessons show a neutral label instead, and take
guesses by it:

>>> labels = blind_labels(corpus)
>>> labels["euvsdisinfo-force"], labels["pravda-bury"]
('Text A', 'Text D')
>>> compare_guesses(corpus, {"Text D": "pravda"}).rows[3][:4]
['Text D', 'pravda-bury', 'pravda', 'yes']
"""

import re
from string import ascii_uppercase

from ..display import Table
from ..errors import NarrativesError, expect_corpus, expect_text, shown
from ..workspace import owner, safe_name, save, work_path


def sources(corpus):
    """A table of who is behind each text: outlet, kind, who runs and funds it, the address."""
    expect_corpus(corpus)
    rows = [[t.id, t.outlet or "unknown", t.outlet_kind or "not given",
             t.run_by or "not given", t.funded_by or "not given", t.url or "unknown"]
            for t in corpus]
    return Table(["id", "outlet", "kind", "run by", "funded by", "address"], rows)


def how_we_know(text):
    """How the catalog knows who is behind a text, with its citations, as lines to read."""
    expect_text(text)
    lines = [f"{text.id}: {text.outlet or 'outlet unknown'} "
             f"({text.outlet_kind or 'kind not given'})",
             f"  How we know: {text.outlet_basis or 'not recorded.'}",
             f"  Address: {text.url or 'unknown'}. {text.url_note}".rstrip()]
    lines += [f"  Source: {citation}" for citation in text.citations]
    return "\n".join(lines)


def _words(value):
    return set(re.findall(r"[a-z0-9]+", str(value).lower())) - {"the", "news", "ru", "tv"}


def blind_labels(corpus):
    """A neutral label for each text, in the corpus's order: {'euvsdisinfo-force': 'Text A', ...}.

    Shown before learners find out who published each text: some ids name it.
    """
    expect_corpus(corpus)
    return {text.id: (f"Text {ascii_uppercase[i]}" if len(corpus.ids) <= 26 else f"Text {i + 1}")
            for i, text in enumerate(corpus)}


def compare_guesses(corpus, guesses):
    """Your guess of each text's outlet beside the catalog's: 'yes' when a word of the
    outlet's name is in your guess ('pravda' finds 'Pravda.Ru').

    Guesses are given by id or by neutral label ('Text A'); the table shows both.
    """
    expect_corpus(corpus)
    if not isinstance(guesses, dict):
        raise NarrativesError(f"{shown(guesses)} are not guesses: give a dict of texts and "
                              "outlets, e.g. {'Text A': 'Pravda.Ru'}.")
    labels = blind_labels(corpus)
    by_label = {label: text_id for text_id, label in labels.items()}
    guesses = {by_label.get(key, key): value for key, value in guesses.items()}
    rows = []
    for text in corpus:
        guess = str(guesses.get(text.id, "") or "").strip()
        if not guess:
            verdict = "not guessed"
        else:
            verdict = "yes" if _words(guess) & _words(text.outlet) else "no"
        rows.append([labels[text.id], text.id, guess, verdict, text.outlet or "unknown",
                     text.outlet_kind])
    return Table(["text", "id", "your guess", "same outlet?", "catalog", "kind"], rows)


def save_card(card, name=None, work=None):
    """Save your source card to `my-work/source-card-<name>.md`; returns the path.

    The name is the learner's own once they gave one (lesson 00), not a shared login.
    """
    path = work_path(work) / f"source-card-{safe_name(name or owner(work))}.md"
    return save(path, str(card).strip() + "\n", "Your source card")
