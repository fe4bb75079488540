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
