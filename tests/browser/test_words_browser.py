"""The word Explorer in a real browser: type a word, and the chart and concordance follow it."""

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, open_notebook,
                  run_all_cells, screenshot, write_notebook)

from narratives import texts


def explorer_notebook(root):
    write_notebook(root, "word-explorer.ipynb",
                   "from narratives import texts, words\nwords.Explorer(texts.load())")


def chart_source(explorer):
    image = explorer.locator(".explorer-chart img")
    image.wait_for(timeout=TIMEOUT)
    return image.get_attribute("src")


def wait_for_text(page, locator, text):
    """Wait until the element's text contains `text` (the kernel answers asynchronously)."""
    page.wait_for_function("([el, text]) => el.innerText.includes(text)",
                           arg=[locator.element_handle(), text], timeout=TIMEOUT)


def test_typing_a_word_redraws_the_chart_and_the_concordance(page, lab):
    explorer_notebook(lab.root)
    open_notebook(page, "word-explorer.ipynb")
    run_all_cells(page)
    assert_no_errors(page)

    explorer = page.locator(f"{NOTEBOOK} .word-explorer")
    explorer.wait_for(timeout=TIMEOUT)
    lines = explorer.locator(".explorer-concordance")
    wait_for_text(page, lines, "64 concordance lines for 'nato'")
    first_chart = chart_source(explorer)
    assert first_chart.startswith("data:image/png")
    check_outputs(page, "04-word-explorer-nato")

    # Type a word and press Enter, as a learner does.
    word_box = explorer.locator("input[list]").first
    word_box.fill("regime")
    word_box.press("Enter")
    wait_for_text(page, lines, "4 concordance lines for 'regime'")
    description = explorer.locator(".explorer-description")
    wait_for_text(page, description, "'regime' is most frequent in bogus-threat")
    assert chart_source(explorer) != first_chart
    assert lines.locator("mark").all_inner_texts() == ["regime"] * 4
    assert "calls on ‘the \tregime\t and the President’" in lines.inner_text()

    # Click a key word: every panel follows it.
    button = explorer.locator(".explorer-key-words button").first
    word = button.inner_text().strip()
    before = chart_source(explorer)
    button.click()
    wait_for_text(page, lines, f"concordance lines for '{word}'")
    assert word_box.input_value() == word
    assert chart_source(explorer) != before
    screenshot(page, "04-word-explorer")
    assert_no_errors(page)
    check_outputs(page, "04-word-explorer-key-word")

    # Grouped by outlet: names cut to fit under the chart, whole in its data table.
    explorer.locator(".widget-dropdown select").first.select_option(label="outlet")
    wait_for_text(page, explorer.locator(".explorer-description"), "groups (outlet)")
    chart = explorer.locator(".explorer-chart img")
    table = explorer.locator(".explorer-chart details").text_content()
    assert all(text.outlet in table for text in texts.load())
    check_outputs(page, "04-word-explorer-by-outlet")
    assert chart.get_attribute("alt").startswith("Bar chart of uses per 1,000 words in 4 groups")
