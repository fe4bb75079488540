"""Every colour the workbook uses, measured against what it is drawn on (WCAG 2.1 AA).

Text needs 4.5:1 and marks that carry a state (borders, underlines, a focus ring)
3:1, in JupyterLab's light and dark themes: the backgrounds and theme colours are
read from the installed JupyterLab's own theme files, not copied here.
"""

import re
from itertools import combinations
from pathlib import Path

import jupyterlab
import pytest

import narratives
from narratives import charts, display

PACKAGE = Path(narratives.__file__).parent
THEMES = Path(jupyterlab.__file__).parent / "themes" / "@jupyterlab"
WHITE, BLACK = "#ffffff", "#000000"


# -- colour arithmetic (WCAG 2.1 relative luminance and contrast ratio) ------------

def rgba(colour):
    """(r, g, b, alpha) of '#rgb', '#rrggbb', 'white' or 'rgba(r,g,b,a)'."""
    colour = {"white": WHITE, "black": BLACK}.get(colour.strip(), colour.strip())
    if colour.startswith("rgba"):
        r, g, b, a = (float(v) for v in re.findall(r"[\d.]+", colour))
        return r, g, b, a
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return (*(int(digits[i:i + 2], 16) for i in (0, 2, 4)), 1.0)


def over(colour, background):
    """The colour seen when `colour` (maybe translucent) is laid on `background`."""
    r, g, b, a = rgba(colour)
    br, bg, bb, _ = rgba(background)
    return "#" + "".join(f"{round(a * c + (1 - a) * d):02x}"
                         for c, d in ((r, br), (g, bg), (b, bb)))


def luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b, _ = rgba(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground, background):
    """WCAG contrast ratio, from 1 to 21; a translucent foreground is blended first."""
    lighter, darker = sorted([luminance(over(foreground, background)),
                              luminance(background)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_matches_known_values():
    assert contrast(BLACK, WHITE) == pytest.approx(21)
    assert contrast("#767676", WHITE) == pytest.approx(4.54, abs=0.01)
    # The measurements of the old colours, reproduced:
    assert contrast("#009E73", WHITE) == pytest.approx(3.4, abs=0.05)     # "Saved" green
    assert contrast("#6b6b6b", "#111111") == pytest.approx(3.5, abs=0.05)  # grey on dark


# -- the themes, as JupyterLab defines them ------------------------------------------

def theme_variables(name):
    """{--jp-variable: value} of an installed JupyterLab theme, `var()`s resolved."""
    css = (THEMES / f"theme-{name}-extension" / "index.css").read_text(encoding="utf-8")
    found = dict(re.findall(r"(--jp-[\w-]+):\s*([^;}]+)", css))

    def resolve(value):
        value = value.strip()
        match = re.fullmatch(r"var\((--[\w-]+)(?:,\s*(.+))?\)", value)
        if not match:
            return value
        name, fallback = match.groups()
        return resolve(found[name]) if name in found else resolve(fallback)
    return {name: resolve(value) for name, value in found.items()}


LIGHT, DARK = theme_variables("light"), theme_variables("dark")
# Outputs sit on layout-color0; widgets' own boxes and inputs on layout-color1.
BACKGROUNDS = {f"{theme} {layer}": variables[f"--jp-layout-{layer}"]
               for theme, variables in (("light", LIGHT), ("dark", DARK))
               for layer in ("color0", "color1")}


def test_the_themes_are_read():
    assert BACKGROUNDS == {"light color0": "white", "light color1": "white",
                           "dark color0": "#111", "dark color1": "#212121"}


def theme_colour(css, variables):
    """A CSS colour as a theme shows it: `var(--jp-x, fallback)` looked up in the theme."""
    match = re.fullmatch(r"var\((--[\w-]+), (#\w+)\)", css)
    return variables.get(match.group(1), match.group(2)) if match else css


# -- every colour of the package, measured -------------------------------------------

def test_secondary_text_reads_on_both_themes():
    for where, background in BACKGROUNDS.items():
        variables = LIGHT if where.startswith("light") else DARK
        assert contrast(theme_colour(display.MUTED, variables), background) >= 4.5, where
    # Where no JupyterLab theme sets it (another front end), the fallback on white.
    fallback = re.search(r"#\w+", display.MUTED).group()
    assert contrast(fallback, WHITE) >= 4.5


def test_tables_write_no_secondary_text_on_their_striped_rows(corpus):
    """JupyterLab stripes table rows (#f5f5f5 in the light theme): muted grey fails there."""
    from narratives.words.concordance import concordance, concordance_html

    stripe = LIGHT["--jp-rendermime-table-row-background"]
    assert contrast(theme_colour(display.MUTED, LIGHT), stripe) < 4.5   # why it matters
    assert display.MUTED not in concordance_html(concordance(corpus, "nato"))
    assert display.MUTED not in display.Table(["a"], [["b"]])._repr_html_()


@pytest.mark.parametrize("state", sorted(display.STATE_BACKGROUNDS))
def test_state_words_are_white_on_their_own_colour(state):
    assert contrast(WHITE, display.STATE_BACKGROUNDS[state]) >= 4.5


@pytest.mark.parametrize("name, colour", [
    *(("message border " + k, v) for k, v in display.MESSAGE_BORDERS.items()),
    *(("mark edge " + k, v) for k, v in display.MARK_EDGES.items()
      if k != "span-overlap"),   # black, on its own yellow: measured below
    ("focus ring", display.FOCUS), ("chart border", display.CHART_BORDER)])
def test_marks_that_carry_a_state_keep_3_to_1_on_both_themes(name, colour):
    for where, background in BACKGROUNDS.items():
        assert contrast(colour, background) >= 3, f"{name} {colour} on {where} {background}"


@pytest.mark.parametrize("mark", sorted(display.MARK_BACKGROUNDS))
def test_highlighted_words_are_black_on_their_own_light_background(mark):
    assert contrast(BLACK, display.MARK_BACKGROUNDS[mark]) >= 4.5
    if mark == "span-overlap":   # its double underline, black on that yellow
        assert contrast(display.MARK_EDGES[mark], display.MARK_BACKGROUNDS[mark]) >= 3


def test_chart_text_is_black_on_the_charts_own_white_background():
    import matplotlib

    for key in ("text.color", "axes.labelcolor", "xtick.labelcolor", "ytick.labelcolor"):
        value = matplotlib.rcParams[key]
        colour = matplotlib.rcParams["xtick.color"] if value == "inherit" else value
        assert contrast(matplotlib.colors.to_hex(colour), WHITE) >= 4.5, key
    assert 'background:#fff;' in charts.chart_html(_tiny_figure(), "a chart")


def _tiny_figure():
    from matplotlib.figure import Figure
    return Figure(figsize=(1, 1))


# -- no colour escapes the measurements above ------------------------------------------

HEX = re.compile(r"(?<![\w&])#[0-9a-fA-F]{6}\b|(?<![\w&])#[0-9a-fA-F]{3}\b")
ALLOWED = {"#000", "#fff", "#000000"}   # black words on marks, white words on badges


def test_every_colour_of_the_package_is_one_of_displays():
    stray = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "display.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for colour in HEX.findall(line):
                if colour.lower() not in ALLOWED:
                    stray.append(f"{path.relative_to(PACKAGE)}:{number}: {colour}")
    assert not stray, "colours outside narratives/display.py (add them there, measured):\n" \
        + "\n".join(stray)


def test_no_text_is_written_in_a_chart_colour():
    """PALETTE and GREY are for marks on a white chart: as text they fail on a dark theme."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m}" for m in
                  re.findall(r"(?<![-\w])color:\s*\{(?:GREY|PALETTE\[\d\])\}", text)]
    assert not found, found


# -- the palette stays colour-blind safe -----------------------------------------------

# Machado, Oliveira and Fernandes (2009), full severity, on linear RGB.
SIMULATIONS = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _lab(rgb_linear):
    x, y, z = (sum(m * c for m, c in zip(row, rgb_linear)) for row in (
        (0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505)))
    f = [(t / n) ** (1 / 3) if t / n > 0.008856 else 7.787 * t / n + 16 / 116
         for t, n in ((x, 0.9505), (y, 1.0), (z, 1.089))]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def seen(colour, simulation=None):
    def linear(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    rgb = [linear(c) for c in rgba(colour)[:3]]
    if simulation:
        rgb = [min(max(sum(m * c for m, c in zip(row, rgb)), 0), 1)
               for row in SIMULATIONS[simulation]]
    return _lab(rgb)


@pytest.mark.parametrize("simulation", [None, *SIMULATIONS])
def test_palette_colours_stay_apart_for_every_colour_vision(simulation):
    """Any two colours of the palette differ by ΔE ≥ 10 (CIE76), with any colour vision."""
    closest = min((sum((a - b) ** 2 for a, b in zip(seen(c1, simulation), seen(c2, simulation)))
                   ** 0.5, c1, c2) for c1, c2 in combinations(display.PALETTE, 2))
    assert closest[0] >= 10, f"{closest[1]} and {closest[2]} look alike ({simulation})"


def report():
    """Every measured pair, for the README and the hand-over notes."""
    for where, background in BACKGROUNDS.items():
        variables = LIGHT if where.startswith("light") else DARK
        print(f"muted text on {where}: "
              f"{contrast(theme_colour(display.MUTED, variables), background):.2f}")
    for state, colour in display.STATE_BACKGROUNDS.items():
        print(f"white on {state} {colour}: {contrast(WHITE, colour):.2f}")
    for name, colour in [*display.MESSAGE_BORDERS.items(), *display.MARK_EDGES.items(),
                         ("focus", display.FOCUS), ("chart border", display.CHART_BORDER)]:
        print(f"{name} {colour}: " + ", ".join(
            f"{where} {contrast(colour, bg):.2f}" for where, bg in BACKGROUNDS.items()))
    for mark, colour in display.MARK_BACKGROUNDS.items():
        print(f"black on {mark} {colour}: {contrast(BLACK, colour):.2f}")



def test_feedback_heads_use_the_measured_state_colours():
    from narratives.checks import FEEDBACK_COLOURS
    from narratives.checks.feedback import DEFAULT_COLOUR

    measured = set(display.STATE_BACKGROUNDS.values())
    assert set(FEEDBACK_COLOURS.values()) | {DEFAULT_COLOUR} <= measured


if __name__ == "__main__":
    report()
