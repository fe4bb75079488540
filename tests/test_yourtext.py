"""Lesson 06: the method on a learner's own text, English or Russian."""

import pytest

from narratives import NarrativesError, claims, texts, workspace, yourtext

corpus = texts.load()
mine = texts.load(yourtext.MY_TEXTS)


def test_the_practice_texts_ship_and_load():
    assert set(mine.ids) >= {"sample-en", "sample-ru"}
    assert len(mine["sample-en"].sentences) == 12
    assert mine["sample-ru"].tokens[:3] == ("Министерство", "заявило", "об")


def test_a_pasted_text_is_saved_as_utf8_and_loads(tmp_path):
    path = yourtext.save_text("My Article!", "  Заголовок\nNATO denied it. «Нет», сказал он.\n",
                              tmp_path)
    assert path.name == "my-article.txt"
    assert path.read_bytes().decode("utf-8").startswith("Заголовок\n")
    loaded = texts.load(tmp_path)["my-article"]
    assert loaded.title == "Заголовок" and len(loaded.sentences) == 3


@pytest.mark.parametrize("name, content, message", [
    ("a", "   \n", "no text to save"),
    ("a", ..., "no text to save"),
    ("!!!", "Text.", "cannot be a file name"),
])
def test_saving_nothing_or_a_bad_name_says_what_to_do(tmp_path, name, content, message):
    with pytest.raises(NarrativesError, match=message):
        yourtext.save_text(name, content, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_claim_sentences_name_the_cue_and_the_speaker():
    table = yourtext.claim_sentences(mine["sample-en"])
    rows = {row[0]: row[1:3] for row in table}
    assert rows[3] == ["claimed", "Norland's defence ministry"]
    assert rows[4] == ["told", "Karl Vesen"]
    assert rows[7] == ["said", "Mira Halden"]
    assert 8 not in rows     # "found no ... evidence" reports no one's words


def test_russian_reporting_words_are_found_with_who_they_are_pinned_on():
    rows = {row[0]: row[1:3] for row in yourtext.claim_sentences(mine["sample-ru"])}
    assert rows == {1: ["заявило", "Министерство"],
                    3: ["заявило", "Министерство обороны Норланда"],
                    4: ["сказал", "министр Карл Весен"],
                    7: ["заявила", "представитель альянса Мира Хальден"]}


def test_a_negated_report_is_no_ones_claim():
    rows = {row[0] for row in yourtext.claim_sentences(mine["sample-en2"])}
    assert 4 not in rows and 6 not in rows   # "did not say", "did not name ... or say"


def test_denial_sentences_in_both_languages_name_the_kind_of_answer():
    table = yourtext.denial_sentences(mine["sample-en"])
    assert table.column("sentence") == [5, 7, 8, 11]
    assert table.column("kind") == ["denial word", "negation", "no evidence", "denial word"]
    assert yourtext.denial_sentences(mine["sample-ru"]).column("cue") == [
        "отверг", "никому", "не нашли доказательств"]
    # Issue 21: "there is no build-up" was missed in the practice text and in two texts.
    assert yourtext.denial_sentences(mine["sample-en2"]).rows[0][:2] == [3, "negation"]
    for text_id, number in [("euvsdisinfo-force", 9), ("bogus-threat", 3)]:
        rows = {row[0]: row[1] for row in yourtext.denial_sentences(corpus[text_id])}
        assert rows[number] == "negation", text_id


def test_empty_tables_say_why(tmp_path):
    yourtext.save_text("plain", "Tanks rolled past the station at noon.", tmp_path)
    text = texts.load(tmp_path)["plain"]
    assert "No denial word" in str(yourtext.denial_sentences(text))
    assert "words, not meaning" in str(yourtext.denial_sentences(text))
    assert "No sentence has a reporting word" in str(yourtext.claim_sentences(text))
    empty = str(yourtext.known_claims(text, claims.load(corpus)))
    assert "No sentence shares 2 or more words" in empty and "min_shared=1" in empty


def test_known_claims_match_on_shared_words():
    table = yourtext.known_claims(mine["sample-en"], claims.load(corpus))
    assert [1, "nato-buildup", "border, tanks", 7] in table.rows
    assert table.columns[-1] == "replies in the five texts"
    assert all(len(row[2].split(", ")) >= 2 for row in table)


def test_compare_words_is_keyness_against_the_five_texts():
    table = yourtext.compare_words(mine["sample-en"], corpus, n=3)
    assert table.column("word") == ["ministry", "norland", "norland's"]
    # "ministry": 4 of the sample's words against 4 in the five texts.
    assert table.rows[0][1:3] == [4, 4]


def test_an_analysis_is_saved_in_my_work(tmp_path):
    path = yourtext.save_analysis("sample-en", "The claim is about tanks.", tmp_path)
    assert path == tmp_path / f"analysis-{workspace.safe_name(workspace.owner(tmp_path))}-sample-en.md"
    assert "The claim is about tanks." in path.read_text(encoding="utf-8")
    with pytest.raises(NarrativesError, match="no analysis to save"):
        yourtext.save_analysis("sample-en", ..., tmp_path)


def test_one_file_loads_alone_and_a_broken_one_is_a_sentence(tmp_path):
    sample = texts.load_file(yourtext.MY_TEXTS / "sample-en.txt")
    assert sample.id == "sample-en" and len(sample.sentences) == 12
    broken = tmp_path / "broken.txt"
    broken.write_bytes("NATO’s".encode("cp1252"))
    with pytest.raises(NarrativesError, match="broken.txt, line 1: is not UTF-8"):
        texts.load_file(broken)
