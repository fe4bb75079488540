"""What the Tagger shows, as pure functions: labels switched, the next sentence, the page.

The Tagger (in `tagger`) only wires its buttons to these, so tests call them
without a kernel. Text from a file is escaped:

>>> toggle({"nato-aggressor"}, "none", True)
{'none'}
>>> next_untagged([("t", 0), ("t", 1)], {("t", 0): {"none"}})
('t', 1)
"""

from ..display import MUTED, PALETTE, escape
from .taxonomy import NONE

PLAIN = "A plain report, or a label of your own"
KEYBOARD = ("Keyboard: <b>Tab</b> moves to the next control, <b>Shift+Tab</b> back; "
            "<b>Space</b> ticks or unticks the label in focus, <b>Enter</b> presses a button. "
            "From <b>Next</b>, two Tabs reach the first label.")

# Where the kernel has gone (a restart, a notebook reopened from its saved widget state),
# ipywidgets marks every view `jupyter-widgets-disconnected`. Its last "Saved" would then
# mislead: a click is no longer saved. This style hides what only a live Tagger may say
# (`narratives-live`) and shows the note that says what to do (`narratives-offline`).
OFFLINE_STYLE = ("<style>.narratives-offline {display: none;}"
                 " .jupyter-widgets-disconnected .narratives-offline {display: block;}"
                 " .jupyter-widgets-disconnected .narratives-live {display: none;}</style>")


def offline_html(what="Tagger"):
    """The note a disconnected widget shows instead of its last "Saved" (hidden while live)."""
    return (f'<p class="narratives-offline" style="border-left:4px solid {PALETTE[5]};'
            f'padding-left:.4em"><b>Not connected: re-run this cell.</b> This {escape(what)}'
            "'s kernel has stopped (or the notebook was reopened), so a click here is not "
            "saved. Run the cell again (Shift + Enter): you are back where you stopped, with "
            f"every tag you saved.</p>{OFFLINE_STYLE}")


def live_only(html):
    """HTML that a disconnected widget hides: a "Saved" is only true while the kernel runs."""
    return f'<span class="narratives-live">{html}</span>' if html else ""


def progress_html(index, sentences, tagged, total):
    """The line that says where the learner is: 'Sentence 3 of 22 · 5 of 130 tagged'.

    >>> progress_html(2, 22, 5, 130)
    'Sentence 3 of 22 · <b>5 of 130 tagged</b>'
    """
    return f"Sentence {index + 1} of {sentences} · <b>{tagged} of {total} tagged</b>"


def opening_place(keys, store, start=None):
    """Where a Tagger opens: where the learner stopped, on the text `start` names.

    The saved place (`store.position`) when it is one of `keys` and, if `start`
    names a text, in that text; else the first untagged sentence (of that text,
    or of all); else the first sentence.

    >>> keys = [("a", 0), ("a", 1), ("b", 0), ("b", 1)]
    >>> class Store(dict):
    ...     position = ("a", 1)
    >>> opening_place(keys, Store())
    ('a', 1)
    >>> opening_place(keys, Store({("b", 0): {"none"}}), start="b")
    ('b', 1)
    """
    places = [key for key in keys if start is None or key[0] == start]
    if store.position in places:
        return store.position
    return next((key for key in places if key not in store), places[0])


def heading(label, actors):
    """The heading a label's button sits under: the actor who tells it in most sentences.

    >>> from narratives.tagging import labels, actor_list
    >>> heading(labels()["west-hostile"], actor_list())
    'Told most often by: The Russian state, and Russian media state-run or private'
    """
    if not label.told_by:
        return PLAIN
    return f"Told most often by: {actors[label.told_by[0]].name}"


def told_by_words(label, actors):
    """Every actor who tells a label, in words: 'told by NATO; EU institutions and EUvsDisinfo'."""
    if not label.told_by:
        return "a plain report: told by no actor in particular"
    return "told by " + "; ".join(actors[a].name for a in label.told_by)


def definitions_html(labels):
    """Every label's definition, in a list a keyboard can open (tooltips need a mouse)."""
    from .actors import load as load_actors

    actors = load_actors()
    items = "".join(f"<li><b>{escape(label.name)}</b> ({escape(label.id)}): "
                    f"{escape(label.definition)} <i>({escape(told_by_words(label, actors))})</i>"
                    "</li>" for label in labels.values())
    return (f'<details class="label-definitions"><summary>What each label means '
            f'({len(labels)} definitions)</summary><ul style="max-width:50em">{items}</ul>'
            "</details>")


def toggle(labels, label, on):
    """The labels after switching `label` on or off; `none` excludes every other label."""
    labels = set(labels)
    if not on:
        return labels - {label}
    if label == NONE:
        return {NONE}
    return (labels - {NONE}) | {label}


def next_untagged(keys, store, after=None):
    """The first sentence key after `after` (going round) that has no tags, or None."""
    start = keys.index(after) + 1 if after in keys else 0
    # By place, not by copying the keys: the search stops at the first untagged one.
    return next((keys[i % len(keys)] for i in range(start, start + len(keys))
                 if keys[i % len(keys)] not in store), None)


def context_html(corpus, text_id, index):
    """Escaped HTML of one sentence between its neighbours, under its text's details."""
    text = corpus[text_id]
    sentences = text.sentences
    when = f"{text.published} ({text.date_basis})" if text.published else "date unknown"
    before = sentences[index - 1].text if index > 0 else "(start of the text)"
    after = sentences[index + 1].text if index + 1 < len(sentences) else "(end of the text)"
    # Lines as close as in a book (a widget's HTML has 28 px lines): the sentence and its
    # labels then fit one screen, even 900 px tall.
    return (f'<div style="max-width:50em;line-height:1.4">'
            f'<p style="color:{MUTED};font-size:.9em;border-bottom:1px solid {MUTED}">'
            f"<i>{escape(text.title)}</i><br>{escape(text.outlet)} · "
            f"{escape(text.outlet_kind or 'kind not given')} · {escape(when)}</p>"
            f'<p style="color:{MUTED}">{escape(before)}</p>'
            f'<p class="tagger-sentence" style="font-size:1.15em;'
            f'border-left:4px solid {PALETTE[0]};padding-left:.5em">'
            f"<b>{escape(sentences[index].text)}</b></p>"
            f'<p style="color:{MUTED}">{escape(after)}</p></div>')
