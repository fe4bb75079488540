"""Lesson 03 in a real browser: pick a claim, and the panels and the chart change."""

from jlab import (NOTEBOOK, SCREENSHOTS, TIMEOUT, assert_no_errors, check_outputs,
                  open_notebook, run_all_cells)

from narratives import claims, texts
from narratives.claims import comparer

# The Okabe-Ito colours of the two marks, as a browser computes them: sky blue, and
# vermillion (its orange keeps 3:1 against a light and a dark page).
SKY_BLUE, ORANGE = "rgb(86, 180, 233)", "rgb(213, 94, 0)"


def test_picking_a_claim_changes_the_panels_and_the_chart(page):
    corpus = texts.load()
    picked = claims.load(corpus)["polish-flags"]
    open_notebook(page, "notebooks/03-claims-and-denials.ipynb")
    run_all_cells(page)
    assert_no_errors(page)

    box = page.locator(f"{NOTEBOOK} .claims-comparer")
    assert box.count() == 1, "lesson 03 should show one Comparer"
    box.scroll_into_view_if_needed(timeout=TIMEOUT)
    left, right = box.locator(".widget-hbox > .widget-html").all()
    chart = box.locator(".widget-output img")
    chart.wait_for(timeout=TIMEOUT)
    before = (left.inner_text(), right.inner_text(), chart.get_attribute("src"))
    assert "Where the claim appears (8)" in before[0] and "What answers it (7)" in before[1]

    # The two kinds of mark look different: a blue fill, an orange underline.
    shared = box.locator("mark.shared").first
    one_side = box.locator("mark.one-side").first
    assert shared.evaluate("m => getComputedStyle(m).backgroundColor") == SKY_BLUE
    assert one_side.evaluate("m => getComputedStyle(m).borderBottomColor") == ORANGE

    menu = box.locator(".widget-dropdown select")
    options = menu.evaluate("s => [...s.options].map(o => o.textContent)")
    # ipywidgets writes labels with non-breaking spaces; split() reads them as spaces.
    menu.select_option(index=[o.split()[0] for o in options].index(picked.id))
    page.wait_for_function(
        """([el, before]) => {
            const img = el.querySelector('.widget-output img');
            return el.innerText.includes('Hrodna') && img && img.src !== before;
        }""", arg=[box.element_handle(), before[2]], timeout=TIMEOUT)

    assert "Where the claim appears (1)" in left.inner_text()
    assert "Polish flags were being waved in Hrodna" in " ".join(left.inner_text().split())
    assert "failed to provide any proof of it" in " ".join(right.inner_text().split())
    assert "evidence: points to missing evidence" in right.inner_text()
    # Belsat is not named in the claim: a rejection, not a denial, with its interest shown.
    assert "rejection by" in right.inner_text()
    assert "foreign ministry" in right.inner_text()
    assert comparer.describe(picked, corpus) in box.inner_text()
    assert chart.get_attribute("src") != before[2]
    # The widget itself, not the viewport: a picture to check the layout by eye.
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    box.screenshot(path=str(SCREENSHOTS / "03-comparer-polish-flags.png"))
    assert_no_errors(page)
    assert chart.get_attribute("alt") == comparer.describe(picked, corpus)
    check_outputs(page, "03-comparer-polish-flags")
