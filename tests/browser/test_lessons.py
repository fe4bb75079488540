"""Each lesson in a real browser: it runs without errors, and its widgets work."""

from pathlib import Path

import pytest
from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, enclosing_box,
                  open_notebook, restart_kernel_and_run_all, run_all_cells, screenshot)

from narratives import texts

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_lesson_runs_in_the_browser_without_errors(page, lesson):
    open_notebook(page, f"notebooks/{lesson}")
    run_all_cells(page)
    shot = screenshot(page, lesson.removesuffix(".ipynb"))
    print(f"screenshot: {shot}")
    assert_no_errors(page)
    # Every widget a lesson shows must render: no "Error displaying widget".
    assert page.locator(f"{NOTEBOOK} .jp-OutputArea-output:has-text('Error displaying widget')"
                        ).count() == 0
    # Accessible: axe in both themes, nothing clipped at 800 px, chart text 10 px or more.
    check_outputs(page, lesson.removesuffix(".ipynb"))


def test_the_reader_shows_the_text_a_learner_picks(page):
    corpus = texts.load()
    open_notebook(page, "notebooks/01-meet-the-texts.ipynb")
    restart_kernel_and_run_all(page)  # what a learner does after a break; fresh state
    menu = page.locator(f"{NOTEBOOK} .widget-dropdown select")
    assert menu.count() == 1, "lesson 01 should show one Reader"
    reader = enclosing_box(menu)
    shown, picked = corpus[0], corpus["pravda-bury"]
    first = reader.locator(".widget-html .sentence").first
    first.scroll_into_view_if_needed()
    assert " ".join(first.inner_text().split()) == " ".join(shown.sentences[0].text.split())

    label = next(o for o in menu.locator("option").all_inner_texts()
                 if o.split()[0] == picked.id)
    menu.select_option(label=label)
    expected = " ".join(picked.sentences[0].text.split())
    page.wait_for_function(
        """([el, expected]) => {
            const s = el.querySelector('.widget-html .sentence');
            return s && s.innerText.split(/\\s+/).join(' ').trim() === expected;
        }""", arg=[reader.element_handle(), expected], timeout=TIMEOUT)
    assert picked.title in reader.locator(".widget-html h3").inner_text()
    screenshot(page, "01-reader-pravda-bury")
    assert_no_errors(page)
    check_outputs(page, "01-reader-pravda-bury")
