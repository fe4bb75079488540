"""What the Tagger shows, as pure functions: labels switched, the next sentence, the page.

The Tagger (in `tagger`) only wires its buttons to these, so tests call them
without a kernel. Text from a file is escaped:

>>> toggle({"nato-aggressor"}, "none", True)
{'none'}
>>> next_untagged([("t", 0), ("t", 1)], {("t", 0): {"none"}})
('t', 1)
>>> pressed_name("NATO is defensive", True)
'✓ NATO is defensive'
"""

from ..display import MUTED, PALETTE, escape
from .taxonomy import NONE

PLAIN = "A plain report, or a label of your own"
KEYBOARD = ("Keyboard: <b>Tab</b> moves to the next button, <b>Shift+Tab</b> back; "
            "<b>Space</b> or <b>Enter</b> presses the button in focus.")


def pressed_name(name, on):
    """A label button's words: a check mark says it is pressed, to eyes and to screen readers."""
    return f"✓ {name}" if on else name


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
    return (f'<div style="max-width:50em">'
            f'<p style="color:{MUTED};font-size:.9em;border-bottom:1px solid {MUTED}">'
            f"<i>{escape(text.title)}</i><br>{escape(text.outlet)} · "
            f"{escape(text.outlet_kind or 'kind not given')} · {escape(when)}</p>"
            f'<p style="color:{MUTED}">{escape(before)}</p>'
            f'<p style="font-size:1.15em;border-left:4px solid {PALETTE[0]};padding-left:.5em">'
            f"<b>{escape(sentences[index].text)}</b></p>"
            f'<p style="color:{MUTED}">{escape(after)}</p></div>')
