"""Printable tag sheets, the no-code fallback: every sentence numbered as the Tagger does."""

from narratives import tagging
from narratives.tagging.calibration import DECISION_RULES
from narratives.tagging.sheet import tag_sheet, write_sheets


def test_a_sheet_numbers_every_sentence_and_keys_every_label(corpus):
    text = corpus["bogus-threat"]
    sheet = tag_sheet(text)
    for sentence in text.sentences:
        assert f"{sentence.index + 1}. {sentence.text.split()[0]}" in sheet
    assert sheet.count("labels: ____") == len(text.sentences)
    for label in tagging.labels():
        assert f"  {label}: " in sheet
    for pair in DECISION_RULES:
        assert " vs ".join(sorted(pair)) in sheet


def test_sheets_are_written_for_every_text(corpus, tmp_path):
    paths = write_sheets(corpus, tmp_path / "sheets")
    assert [p.name for p in paths] == [f"tag-sheet-{t.id}.txt" for t in corpus]
    assert paths[0].read_text(encoding="utf-8").startswith(f"TAG SHEET · {corpus.ids[0]}")
