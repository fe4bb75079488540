"""Pieces every widget and lesson shares: escaped HTML, highlighted spans, tables.

The colours of the whole package live here (and only here); charts, built on
these pieces, are in `narratives.charts`.

Text from a file is always escaped before a widget shows it:

>>> escape('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> highlight("NATO denied it", [(0, 4, "claim")])
'<mark class="claim">NATO</mark> denied it'
>>> print(Table(["text", "words"], [["a", 3], ["bb", 12]]))
text  words
----  -----
a         3
bb       12
"""

import html

# Okabe and Ito's palette: told apart by readers with any colour vision. For marks on
# charts (drawn on their own white background) and for borders, never for text.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
           "#F0E442", "#000000")
GREY = "#6b6b6b"   # a chart's neutral bars

# Colours of text and of the marks that carry a state. A learner may use JupyterLab's
# light or its dark theme, and no colour reads at 4.5:1 on both, so:
# - secondary text takes the theme's own (the light value where no theme sets one),
#   on the page's own background only: on a table's striped rows it falls under 4.5:1;
MUTED = "var(--jp-content-font-color2, #595959)"
# - a state (correct, saved, wrong, ...) is said in words, in white on its own dark
#   background, readable in any theme;
STATE_BACKGROUNDS = {"good": "#00704F", "bad": "#B03A00", "info": "#005A8C",
                     "neutral": "#595959"}
# - a mark beside a message (a border) is a Okabe-Ito colour that keeps 3:1 on both;
MESSAGE_BORDERS = {"good": PALETTE[2], "bad": PALETTE[5], "info": PALETTE[0]}
# - highlighted words are black on a light background of their own, edged or
#   underlined in a colour that keeps 3:1 on both themes;
MARK_BACKGROUNDS = {"shared": PALETTE[4], "span": "#F7F1A1", "span-overlap": PALETTE[6]}
MARK_EDGES = {"shared": PALETTE[0], "one-side": PALETTE[5], "span-overlap": "#000000"}
# - the focus ring and the frame around a chart keep 3:1 on both themes.
FOCUS = PALETTE[0]
CHART_BORDER = "#767676"
# tests/test_colours.py measures every one of these in both themes.

# One stylesheet for every widget: a focus ring anyone can see, in any theme; buttons
# whose words wrap in a narrow window rather than end in "…"; and links in outputs
# underlined (JupyterLab tells its links from text by colour alone).
WIDGET_STYLE = (
    "<style>.narratives-widget :is(button, input, select, textarea, summary, [tabindex])"
    f":focus-visible {{outline: 3px solid {FOCUS} !important; outline-offset: 1px;}}"
    " .narratives-widget button.jupyter-button {white-space: normal; height: auto;"
    " min-height: var(--jp-widgets-inline-height, 28px); max-width: 100%;}"
    " .jp-OutputArea-output a[href] {text-decoration: underline !important;}</style>")


def say(text, state="good"):
    """A message to the learner: its words in the theme's colour, a coloured bar beside.

    The words say the state ("Saved", "Not saved: ..."); the bar only repeats it.
    """
    return (f'<span style="white-space:pre-wrap;border-left:4px solid '
            f'{MESSAGE_BORDERS[state]};padding-left:.4em">{escape(text)}</span>')


def badge(text, state):
    """A word that names a state ("Correct", "Incorrect"), white on its own dark colour.

    `state` is a key of STATE_BACKGROUNDS ("good", "bad", ...) or one of its colours.
    """
    background = STATE_BACKGROUNDS.get(state, state)
    return (f'<b style="color:#fff;background:{background};padding:0 .3em;'
            f'border-radius:3px">{escape(text)}</b>')


def escape(text):
    """Text made safe to put inside HTML."""
    return html.escape(str(text), quote=True)


def highlight(text, spans, start=0):
    """Escaped HTML of `text` with each `(start, end, css_class)` span marked.

    Offsets are into the string `text` was cut from, `start` being where it
    begins; spans must not overlap.
    """
    pieces, at = [], 0
    for s, e, css in sorted(spans):
        s, e = max(s - start, at), min(e - start, len(text))
        if s >= e:
            continue
        pieces.append(escape(text[at:s]))
        pieces.append(f'<mark class="{escape(css)}">{escape(text[s:e])}</mark>')
        at = e
    pieces.append(escape(text[at:]))
    return "".join(pieces)


class Table:
    """Rows to show in a notebook: plain text for tests, HTML for people."""

    def __init__(self, columns, rows, caption=""):
        self.columns = list(columns)
        self.rows = [list(row) for row in rows]
        self.caption = caption

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def column(self, name):
        """The values of one column, top to bottom."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]

    def _cells(self, row):
        return [f"{v:.2f}" if isinstance(v, float) else str(v) for v in row]

    def __str__(self):
        cells = [self.columns] + [self._cells(row) for row in self.rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]
        numeric = [all(isinstance(row[i], (int, float)) for row in self.rows)
                   for i in range(len(self.columns))]

        def line(row):
            return "  ".join(c.rjust(w) if n else c.ljust(w)
                             for c, w, n in zip(row, widths, numeric)).rstrip()
        rule = "  ".join("-" * w for w in widths)
        # An empty table says why, in plain text too: a header alone explains nothing.
        note = [f"({self.caption})"] if self.caption and not self.rows else []
        return "\n".join([line(self.columns), rule] + [line(r) for r in cells[1:]] + note)

    def __repr__(self):
        return str(self)

    def _repr_html_(self):
        head = "".join(f"<th>{escape(c)}</th>" for c in self.columns)
        # A chart's data can be thousands of rows of a few repeated words and ids:
        # each string is escaped once, and numbers need no escaping.
        escaped = {}

        def cell(value):
            if type(value) is int:
                return str(value)
            if type(value) is float:
                return f"{value:.2f}"
            text = str(value)
            found = escaped.get(text)
            if found is None:
                found = escaped[text] = escape(text)
            return found
        body = "".join("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in row) + "</tr>"
                       for row in self.rows)
        caption = f"<caption>{escape(self.caption)}</caption>" if self.caption else ""
        table = f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        return scrolling(table, self.caption or "Table")


def scrolling(html, label):
    """HTML in a box that scrolls sideways when the window is narrower than it.

    A keyboard can reach the box (Tab, then the arrow keys), and a screen
    reader names it by `label`.
    """
    return (f'<div class="narratives-scroll" tabindex="0" role="group" '
            f'aria-label="{escape(label)}" style="overflow-x:auto;max-width:100%">{html}</div>')


def widget_bundle(widget, plain, **kwargs):
    """A widget's display data with a short, stable plain-text line.

    The plain text is what nbval compares and what a terminal shows; a
    widget's own repr lists every trait, which says nothing to a learner.
    """
    bundle = widget._repr_mimebundle_(**kwargs)
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    data["text/plain"] = plain
    return bundle


def ask_name(login, on_name):
    """A row asking a learner for their own name once; `on_name(typed)` runs on the button.

    Returns `(row, text box)`. Shown by the Tagger and SpanTagger where the login
    is one many learners share (Binder's `jovyan`).
    """
    import ipywidgets as w

    text = w.Text(placeholder="your name", description="Your name:")
    button = w.Button(description="Use this name", icon="user", layout=w.Layout(width="auto"))
    button.on_click(lambda _: on_name(text.value))
    row = w.HBox([w.HTML(f"Many learners share the login <b>{escape(login)}</b>: give your "
                         "own name once, so that your files (and your instructor) can tell "
                         "your work from others'."), text, button],
                 layout=w.Layout(flex_flow="row wrap"))
    row.add_class("narratives-ask-name")
    return row, text
