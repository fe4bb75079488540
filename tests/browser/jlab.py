"""Helpers to use JupyterLab in a real browser as a learner would.

Every function takes a Playwright `page` whose context was made by the
`page` fixture in conftest.py (its base URL is the running JupyterLab).
"""

import os
import re
from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
TIMEOUT = float(os.environ.get("BROWSER_TIMEOUT", "60")) * 1000  # ms, for slow machines

# The notebook that is in front; others may be open in hidden tabs.
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"
# JupyterLab shows a traceback and text sent to stderr with the same renderer;
# a lesson should show a learner neither.
ERRORS = f"{NOTEBOOK} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


def write_notebook(folder, name, *cells):
    """Write a notebook of code `cells` (their sources) for the Python 3 kernel; its path."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    kernel = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    path = Path(folder) / name
    nbformat.write(new_notebook(cells=[new_code_cell(c) for c in cells],
                                metadata={"kernelspec": kernel}), path)
    return path


def open_notebook(page, path):
    """Open `path` (relative to the lab's root) in a fresh workspace; wait for its kernel."""
    page.goto(f"lab/tree/{path}?reset", timeout=TIMEOUT)
    page.locator(f"{NOTEBOOK} .jp-Notebook").wait_for(timeout=TIMEOUT)
    wait_idle(page)


def kernel_status(page):
    """The kernel status the status bar shows: 'Idle', 'Busy', 'Starting', ..."""
    item = page.locator("#jp-main-statusbar [title^='Change kernel']")
    text = item.inner_text() if item.count() else ""
    return text.rpartition("|")[2].strip()


def wait_idle(page, timeout=TIMEOUT):
    """Wait until the kernel is idle and no cell waits to run ([*])."""
    page.wait_for_function(
        """(sel) => {
            const item = document.querySelector("#jp-main-statusbar [title^='Change kernel']");
            if (!item || !/\\| Idle$/.test(item.textContent.trim())) return false;
            const panel = document.querySelector(sel);
            const prompts = panel ? [...panel.querySelectorAll('.jp-InputArea-prompt')] : [];
            return panel !== null && !prompts.some(p => p.textContent.includes('*'));
        }""", arg=NOTEBOOK, timeout=timeout, polling=250)


def run_command(page, command, args=None):
    """Run a JupyterLab command by its id (e.g. 'notebook:run-all-cells'); wait for it."""
    page.evaluate("""async ([command, args]) => {
        await window.jupyterapp.commands.execute(command, args || {});
    }""", [command, args])


def _menu(page, menu, item):
    page.get_by_role("menuitem", name=menu, exact=True).click()
    page.get_by_role("menuitem", name=re.compile("^" + re.escape(item))).click()


def run_all_cells(page):
    """Run > Run All Cells, as a learner would, then wait until every cell has run."""
    wait_idle(page)
    # Stored outputs carry old prompt numbers; cleared, a number means it ran now.
    run_command(page, "notebook:clear-all-cell-outputs")
    _menu(page, "Run", "Run All Cells")
    _wait_until_ran(page)


def restart_kernel_and_run_all(page):
    """Kernel > Restart Kernel and Run All Cells…, confirming the dialog; wait for the end."""
    wait_idle(page)
    run_command(page, "notebook:clear-all-cell-outputs")
    _menu(page, "Kernel", "Restart Kernel and Run All Cells")
    page.locator(".jp-Dialog .jp-mod-accept").click(timeout=TIMEOUT)
    _wait_until_ran(page)


def _wait_until_ran(page):
    # Run All queues every code cell at once ([*]); an error un-queues the rest.
    page.wait_for_function(
        """([sel, errors]) => {
            const panel = document.querySelector(sel);
            const cells = [...panel.querySelectorAll('.jp-CodeCell')]
                .filter(c => c.querySelector('.cm-content').textContent.trim() !== '');
            const prompts = cells.map(c => c.querySelector('.jp-InputArea-prompt'));
            return prompts.every(p => /\\[(\\d+|\\*)\\]/.test(p.textContent))
                || document.querySelector(errors) !== null;
        }""", arg=[NOTEBOOK, ERRORS], timeout=TIMEOUT, polling=100)
    wait_idle(page)


def error_outputs(page):
    """The text of every error or stderr output in the notebook in front."""
    return page.locator(ERRORS).all_inner_texts()


def assert_no_errors(page):
    """Fail, with the outputs' text, when any cell shows a traceback or stderr."""
    errors = error_outputs(page)
    assert not errors, "error output in the notebook:\n" + "\n---\n".join(errors)


def screenshot(page, name):
    """Save a full-page screenshot as test-artifacts/screenshots/NAME.png; return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9._-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def scroll_to(locator):
    """Scroll a widget into view: JupyterLab only renders cells near the viewport."""
    locator.scroll_into_view_if_needed(timeout=TIMEOUT)
    return locator


def enclosing_box(locator):
    """The nearest VBox around a widget: e.g. the whole Reader around its menu."""
    return locator.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), "
                           "' widget-vbox ')][1]")


# -- accessibility: axe-core, themes, narrow windows -------------------------------------

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = SCREENSHOTS.parent
# What the workbook makes: the outputs of cells. JupyterLab's own chrome is not ours.
OUTPUTS = f"{NOTEBOOK} .jp-OutputArea-output"
THEMES = {"light": "JupyterLab Light", "dark": "JupyterLab Dark"}
NARROW = 800   # px: the narrowest window the workbook is made for


def set_theme(page, theme):
    """Switch JupyterLab to the light or the dark theme; wait until it is applied."""
    run_command(page, "apputils:change-theme", {"theme": THEMES[theme]})
    page.wait_for_function("(light) => document.body.dataset.jpThemeLight === light",
                           arg="true" if theme == "light" else "false", timeout=TIMEOUT)
    page.wait_for_timeout(300)   # the theme's stylesheet is applied a moment later


def axe(page, name):
    """axe-core's violations in the notebook's outputs, by impact; saved to test-artifacts/axe/.

    Returns {impact: [(rule id, help, number of elements)]}; every run is also
    added to test-artifacts/axe-report.txt, moderate and minor ones included.
    """
    import json

    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    # axe checks only what is on screen: a window as tall as the notebook shows it all.
    size = page.viewport_size
    tall = page.evaluate("""(sel) => {
        const outer = document.querySelector(sel + ' .jp-WindowedPanel-outer');
        return outer ? outer.scrollHeight - outer.clientHeight : 0;
    }""", NOTEBOOK)
    try:
        if tall > 0:
            page.set_viewport_size({"width": size["width"],
                                    "height": min(size["height"] + tall + 50, 30000)})
            page.wait_for_timeout(500)
        result = _run_axe(page)
    finally:
        page.set_viewport_size(size)
    return _report(name, result)


def _run_axe(page):
    return page.evaluate("""async (selector) => {
        // JupyterLab's <body> is 0 px high (every child is absolutely placed) and hides
        // its overflow, so axe would think every output hidden and skip the contrast
        // checks. A body as high as the window changes nothing a learner sees.
        document.body.style.minHeight = '100vh';
        const include = [...document.querySelectorAll(selector)];
        if (!include.length) return {violations: [], outputs: 0};
        const found = await axe.run({include}, {resultTypes: ['violations', 'incomplete']});
        const brief = (list) => list.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary,
                                      html: n.html.slice(0, 300)}))}));
        return {violations: brief(found.violations), incomplete: brief(found.incomplete),
                outputs: include.length};
    }""", OUTPUTS)


def _report(name, result):
    import json

    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    by_impact = {}
    for v in result["violations"]:
        by_impact.setdefault(v["impact"], []).append((v["id"], v["help"], len(v["nodes"])))
    line = (f"{name}: {result['outputs']} outputs; " + (", ".join(
        f"{impact} {sum(n for _, _, n in found)} ({', '.join(i for i, _, _ in found)})"
        for impact, found in sorted(by_impact.items())) or "no violations"))
    with open(ARTIFACTS / "axe-report.txt", "a", encoding="utf-8") as report:
        report.write(line + "\n")
    print("axe:", line)
    return by_impact, result


AXE_MISSING = ("axe-core is not installed and npm was not found to install it "
               "(install Node.js, or run `npm ci` in tests/browser/).")


def axe_available():
    """True when axe-core is installed; without it, with REQUIRE_BROWSER=1, the run fails."""
    if AXE.exists():
        return True
    if os.environ.get("REQUIRE_BROWSER") == "1":
        import pytest
        pytest.fail(f"{AXE_MISSING} REQUIRE_BROWSER=1, so the accessibility checks must run.",
                    pytrace=False)
    SKIPPED_AXE.append(AXE_MISSING)
    return False


SKIPPED_AXE = []   # reported at the end of the run by conftest.py


def assert_accessible(page, name):
    """No critical or serious axe violation in the outputs; moderate ones are reported."""
    if not axe_available():
        return
    by_impact, result = axe(page, name)
    bad = [v for v in result["violations"] if v["impact"] in ("critical", "serious")]
    assert not bad, f"axe ({name}): " + "\n".join(
        f"{v['impact']} {v['id']}: {v['help']}\n  " + "\n  ".join(
            f"{n['target']}: {n['summary']}" for n in v["nodes"][:5]) for v in bad)


def clipped(page):
    """Elements of the outputs whose content is cut off with no way to scroll to it."""
    return page.evaluate("""(selector) => {
        const found = [];
        for (const output of document.querySelectorAll(selector)) {
            for (const el of [output, ...output.querySelectorAll('*')]) {
                if (el.closest('.jp-OutputArea-output') !== output) continue;
                const style = getComputedStyle(el);
                const cuts = ['hidden', 'clip'].includes(style.overflowX);
                // Text cut to "Rem…" by an ellipsis is cut off too.
                if (cuts && el.scrollWidth > el.clientWidth + 2 && el.clientWidth > 0
                    && el.offsetParent !== null) {
                    found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
                               + ` (${el.scrollWidth} px in ${el.clientWidth} px): `
                               + el.innerText.slice(0, 60).replace(/\\s+/g, ' '));
                }
            }
        }
        return found;
    }""", OUTPUTS)


def undescribed_images(page):
    """Images in the outputs with no text alternative, or only JupyterLab's "Image"."""
    return page.evaluate("""(selector) => [...document.querySelectorAll(selector + ' img')]
        .filter(img => !(img.alt || '').trim() || img.alt.trim() === 'Image')
        .map(img => img.outerHTML.slice(0, 80))""", OUTPUTS)


def chart_text_sizes(page):
    """(alt text, smallest text in px as shown) of every chart in the outputs."""
    return page.evaluate("""(selector) => {
        const sizes = [];
        for (const img of document.querySelectorAll(selector + ' img[data-min-font-px]')) {
            if (!img.complete || !img.naturalWidth || img.offsetParent === null) continue;
            const scale = img.getBoundingClientRect().width / img.naturalWidth;
            // The border and padding are not the picture: take the content box.
            const style = getComputedStyle(img);
            const content = img.getBoundingClientRect().width - parseFloat(style.paddingLeft)
                - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth)
                - parseFloat(style.borderRightWidth);
            sizes.push([img.alt.slice(0, 60),
                        parseFloat(img.dataset.minFontPx) * content / img.naturalWidth]);
        }
        return sizes;
    }""", OUTPUTS)


def screenshot_charts(page, name, most=4):
    """A picture of each chart (its box, as shown): NAME-chart-N.png. JupyterLab scrolls
    inside its panel, so a full-page screenshot shows only what is in view."""
    charts = page.locator(f"{OUTPUTS} .narratives-chart")
    for i in range(min(charts.count(), most)):
        chart = charts.nth(i)
        if chart.is_visible():
            chart.scroll_into_view_if_needed(timeout=TIMEOUT)
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            chart.screenshot(path=str(SCREENSHOTS / f"{name}-chart-{i + 1}.png"))


def check_outputs(page, name):
    """What every lesson and widget action must pass, in both themes and at 800 px.

    axe finds no critical or serious violation in the outputs (light and dark),
    nothing is clipped without a scroll bar at 800 px and chart text stays
    10 px or more. Screenshots: NAME-800px.png and NAME-dark.png.
    """
    size = page.viewport_size
    assert not undescribed_images(page), f"images without a description: {undescribed_images(page)}"
    assert_accessible(page, f"{name}-light")
    try:
        page.set_viewport_size({"width": NARROW, "height": size["height"]})
        page.wait_for_timeout(500)   # JupyterLab lays itself out again
        screenshot(page, f"{name}-800px")
        screenshot_charts(page, f"{name}-800px")
        cut = clipped(page)
        assert not cut, f"clipped at {NARROW} px without a scroll bar:\n" + "\n".join(cut)
        sizes = chart_text_sizes(page)
        if sizes:
            with open(ARTIFACTS / "axe-report.txt", "a", encoding="utf-8") as report:
                report.write(f"{name}: smallest chart text at {NARROW} px: " + ", ".join(
                    f"{px:.1f} px" for _, px in sizes) + "\n")
        small = [(alt, round(px, 1)) for alt, px in sizes if px < 9.95]
        assert not small, f"chart text under 10 px at {NARROW} px: {small}"
        assert_accessible(page, f"{name}-800px")
    finally:
        page.set_viewport_size(size)
    set_theme(page, "dark")
    try:
        screenshot(page, f"{name}-dark")
        screenshot_charts(page, f"{name}-dark")
        assert_accessible(page, f"{name}-dark")
    finally:
        set_theme(page, "light")
