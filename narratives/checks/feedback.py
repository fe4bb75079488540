"""What a question says back: plain text in a terminal, safe Markdown in a notebook.

A `Feedback` is a string whose first words say what kind of message it is
("Correct!", "Incorrect:", "Hint 2 of 3 ...:"). In a notebook its HTML
colours that head and renders a small, safe part of Markdown: `code`,
**bold**, *italics*, and lines starting with "- " as a list. Everything
else is escaped first, so a learner's odd value can never become markup.

>>> message = Feedback("Incorrect: did you count the `headline` too?")
>>> message
Incorrect: did you count the `headline` too?
>>> html = message._repr_html_()     # the head in white on its own colour (display.badge)
>>> html.startswith('<div class="narratives-feedback narratives-feedback-incorrect"><b style=')
True
>>> html.endswith('>Incorrect:</b> did you count the <code>headline</code> too?</div>')
True
"""

import html
import re

from ..display import STATE_BACKGROUNDS, badge

# The colour of each kind of message: its head is shown in white on this colour
# (display.badge), readable in a light or a dark theme, and said in words too.
# The colours are display's, whose contrast tests/test_colours.py measures.
FEEDBACK_COLOURS = {
    "correct": STATE_BACKGROUNDS["good"],
    "incorrect": STATE_BACKGROUNDS["bad"],
    "not attempted": STATE_BACKGROUNDS["info"],
    "hint": STATE_BACKGROUNDS["neutral"],
    "solution": STATE_BACKGROUNDS["neutral"],
    "thank you": STATE_BACKGROUNDS["info"],
    "model answer": STATE_BACKGROUNDS["neutral"],
    "option": STATE_BACKGROUNDS["neutral"],
}
DEFAULT_COLOUR = STATE_BACKGROUNDS["neutral"]

_TYPE_NAMES = {int: "a whole number (an int)", float: "a number (a float)",
               str: "text (a str)", list: "a list", set: "a set", dict: "a dict",
               bool: "True or False (a bool)", tuple: "a tuple", type(None): "None"}


def type_name(value_or_type):
    """A plain-words name for a type: 'a whole number (an int)'."""
    kind = value_or_type if isinstance(value_or_type, type) else type(value_or_type)
    return _TYPE_NAMES.get(kind, f"a {kind.__name__}")


def kind_of(message):
    """The kind of a message, from its first words: 'hint' for 'Hint 2 of 3: ...'."""
    head = message.partition(":")[0].rstrip("!").strip().lower()
    for kind in sorted(FEEDBACK_COLOURS, key=len, reverse=True):
        if head.startswith(kind):
            return kind
    return None


_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_ITEM = re.compile(r"^\s*[-*] (.*)$")


def _inline(text):
    """Escaped text with `code`, **bold** and *italics* turned into HTML."""
    pieces = _CODE.split(text)  # odd pieces are code: no further markup inside them
    out = []
    for number, piece in enumerate(pieces):
        piece = html.escape(piece, quote=False)
        if number % 2:
            out.append(f"<code>{piece}</code>")
        else:
            out.append(_ITALIC.sub(r"<em>\1</em>", _BOLD.sub(r"<strong>\1</strong>", piece)))
    return "".join(out)


def markdown_html(text):
    """A safe HTML rendering of the small Markdown feedback uses.

    >>> markdown_html("Count `text.sentences`:\\n- **not** the headline\\n- <b>")
    'Count <code>text.sentences</code>:<ul><li><strong>not</strong> the headline</li><li>&lt;b&gt;</li></ul>'
    """
    out, items = [], []
    for line in text.split("\n"):
        item = _ITEM.match(line)
        if item:
            if out and out[-1].endswith("<br>"):
                out[-1] = out[-1][:-4]  # a list starts on its own line already
            items.append(f"<li>{_inline(item.group(1))}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(_inline(line) + "<br>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    rendered = "".join(out)
    return rendered[:-4] if rendered.endswith("<br>") else rendered


class Feedback(str):
    """A message to the learner: plain text in a terminal, coloured Markdown in a notebook."""

    def __repr__(self):
        return str(self)

    def _repr_html_(self):
        kind = kind_of(self)
        colour = FEEDBACK_COLOURS.get(kind, DEFAULT_COLOUR)
        css = "narratives-feedback" + (f" narratives-feedback-{kind.replace(' ', '-')}"
                                       if kind else "")
        if self.startswith("Correct!"):
            head, rest = "Correct!", self[len("Correct!"):]
        else:
            head, colon, rest = self.partition(":")
            head += colon
            if not colon or kind is None:
                head, rest = "", str(self)
        bold = badge(head, colour) if head else ""
        return f'<div class="{css}">{bold}{markdown_html(rest)}</div>'
