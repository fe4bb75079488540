"""The practice texts in my-texts/: invented and labelled so, and checking every side."""

import pytest

from narratives import claims, yourtext
from narratives.paths import MY_TEXTS
from narratives.texts import load_file

PRACTICE = ["sample-en.txt", "sample-en2.txt", "sample-ru.txt"]


@pytest.mark.parametrize("name", PRACTICE)
def test_each_practice_text_says_it_is_invented(name):
    body = load_file(MY_TEXTS / name).body.lower()
    assert "invented" in body or "выдуманы" in body


def test_one_practice_text_checks_western_side_claims(corpus):
    text = load_file(MY_TEXTS / "sample-en2.txt")
    found = claims.load(corpus)
    matched = set(yourtext.known_claims(text, found).column("claim"))
    western = {c.id for c in found if c.side in ("NATO", "EU (EUvsDisinfo)")}
    # The alliance's "purely defensive" and "no build-up", and the unit's "campaign".
    assert {"strictly-defensive", "no-nato-buildup", "russian-campaign"} <= matched & western
    # Its answers are there too: the ministry rejects both (a party's word), the
    # alliance's own "there is no build-up" is a negation, the researchers cannot confirm.
    found_answers = {row[0]: row[1] for row in yourtext.denial_sentences(text).rows}
    assert found_answers[7] == "denial word"
    assert found_answers[3] == "negation" and found_answers[9] == "no evidence"
