"""The SpanTagger in a real browser: a learner tags one span and it is on disk at once."""

import time

from jlab import (NOTEBOOK, TIMEOUT, assert_no_errors, check_outputs, open_notebook,
                  run_all_cells, screenshot, write_notebook)

from narratives import texts
from narratives.techniques import find_span

FOLDER = "browser-work"  # beside the notebook, inside the lab's temporary copy


def span_tagger_notebook(root):
    write_notebook(root, "span-tagger.ipynb",
                   "from narratives import texts\n"
                   "from narratives.techniques.spantagger import SpanTagger\n"
                   f"tagger = SpanTagger(texts.load(), annotator='browser', folder={FOLDER!r})\n"
                   "tagger")


def choose(page, menu, label):
    """Pick the option shown as `label` (ipywidgets shows spaces as no-break spaces)."""
    value = page.wait_for_function(
        """([el, label]) => {
            const o = [...el.options].find(o => o.text.replace(/\\u00a0/g, ' ') === label);
            return o ? o.value : null;
        }""", arg=[menu.element_handle(), label], timeout=TIMEOUT).json_value()
    menu.select_option(value=value)


def test_tags_one_span(page, lab):
    corpus = texts.load()
    pravda = corpus["pravda-bury"]
    sentence = next(s for s in pravda.sentences if s.text == "Traders are traitors")
    expected = find_span(pravda, "Traders are traitors")
    saved = lab.root / FOLDER / "spans-browser.tsv"
    span_tagger_notebook(lab.root)
    open_notebook(page, "span-tagger.ipynb")
    run_all_cells(page)
    assert_no_errors(page)

    tagger = page.locator(f"{NOTEBOOK} .span-tagger")
    tagger.wait_for(timeout=TIMEOUT)
    text_menu, sentence_menu, technique_menu = (tagger.locator(".widget-dropdown select")
                                                .nth(i) for i in range(3))
    choose(page, text_menu, f"pravda-bury · {pravda.outlet_kind}")
    choose(page, sentence_menu, f"{sentence.number} · Traders are traitors")
    tagger.locator(".widget-text input").first.fill("traders are TRAITORS")
    choose(page, technique_menu, "Slogans")
    tagger.get_by_role("button", name="Add span").click()

    mark = tagger.locator("mark.span")
    mark.wait_for(timeout=TIMEOUT)
    assert mark.inner_text() == "Traders are traitors"
    assert "Saved: Slogans on “Traders are traitors”" in tagger.inner_text()
    deadline = time.monotonic() + TIMEOUT / 1000
    while not saved.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert saved.read_text(encoding="utf-8") == ("# annotator: browser\n"  # the name inside
                                                  f"pravda-bury\tSlogans\t{expected.start}"
                                                  f"\t{expected.end}\n")
    link = tagger.locator("a[download='spans-browser.tsv']")
    assert link.count() == 1 and link.get_attribute("href").startswith(
        "data:text/tab-separated-values;base64,")
    screenshot(page, "05-span-tagger")
    assert_no_errors(page)
    # The overlap-free span: black on light yellow, in either theme.
    assert mark.evaluate("m => getComputedStyle(m).color") == "rgb(0, 0, 0)"
    check_outputs(page, "05-span-tagger")
