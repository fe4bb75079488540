"""The attribution heuristic: hand-made sentences first, then real quotes."""

import json

import pytest

from narratives import texts
from narratives.claims.attribution import attribution
from narratives.claims.claimfile import CLAIMS


def around(body, quote):
    start = body.index(quote)
    return attribution(body, start, start + len(quote))


@pytest.mark.parametrize("body, quote, cue, speaker", [
    # The name before the verb, after the quotation.
    ("“NATO has tanks at the border,” Lukashenko said.", "NATO has tanks", "said",
     "Lukashenko"),
    # The verb before the name: the quotation came first.
    ('"No build-up," said NATO spokeswoman Oana Lungescu on 16 August.', "No build-up",
     "said", "NATO spokeswoman Oana Lungescu"),
    # Days and adverbs between the name and the verb are skipped.
    ("Alexander Lukashenko on Sunday accused NATO of sending tanks.", "sending tanks",
     "accused", "Alexander Lukashenko"),
    # An appositive: the name between commas.
    ("On May 16, the deputy chief of staff, Igor Korol, said that jets practised strikes.",
     "jets practised strikes", "said", "Igor Korol"),
    # "according to" names the source after it.
    ("According to DW, NATO has tanks at the border.", "NATO has tanks", "According to",
     "DW"),
    # The owner of the allegations.
    ("Stoltenberg refuted Lukashenko’s allegations that NATO sent tanks.", "NATO sent tanks",
     "allegations", "Lukashenko"),
    # "he" is looked up in the sentences before.
    ("Stoltenberg said NATO is calm. “There is no build-up,” he said.", "no build-up",
     "said", "Stoltenberg"),
    # A quotation over several sentences: attributed where it closes.
    ("“I am a realist. They see the borders near Minsk. We won’t give up,” Lukashenka said.",
     "They see the borders near Minsk.", "said", "Lukashenka"),
    # "and alleged": the subject of the sentence speaks.
    ("He dismissed calls for a vote and alleged that NATO was massing troops.",
     "NATO was massing troops", "alleged", "He"),
    # No name before the verb: the last words of the clause.
    ("However, the incumbent president believes that foreigners run the protests.",
     "foreigners run the protests", "believes", "the incumbent president"),
    # The neighbour counts when it opens with a report.
    ("Tanks are at the border. Lukashenko said so on Sunday.", "Tanks are at the border",
     "said", "Lukashenko"),
    # "allegedly" marks a report without naming anyone.
    ("The protests against the allegedly rigged results went on.", "rigged results",
     "allegedly", None),
])
def test_hand_made_attributions(body, quote, cue, speaker):
    found = around(body, quote)
    assert (found.cue, found.speaker) == (cue, speaker)
    assert body[found.start:found.end] == cue


@pytest.mark.parametrize("body, quote", [
    # The text's own voice.
    ("NATO has tanks at the border.", "NATO has tanks"),
    # "these claims" is a thing, not a report.
    ("No evidence was given for these claims about tanks.", "about tanks"),
    # The report belongs to another clause.
    ("He stated that flags were waved, but failed to provide any proof of it.",
     "failed to provide any proof"),
    # A neighbour that does not open with a report does not count.
    ("Tanks are at the border. Two days later, in a long speech in Minsk, he said it.",
     "Tanks are at the border"),
])
def test_no_attribution(body, quote):
    assert around(body, quote) is None


def test_via_names_the_source_a_report_passes_through():
    found = around("According to DW, Lukashenko said NATO had sent tanks.", "NATO had sent")
    assert (found.cue, found.speaker, found.via) == ("said", "Lukashenko", "DW")
    assert str(found) == "‘said’: pinned on Lukashenko (according to DW)"


def test_a_text_works_as_well_as_a_string():
    text = texts.load()["bogus-threat"]
    quote = "There is no military NATO build up in the region."
    start = text.body.index(quote)
    found = attribution(text, start, start + len(quote))
    # "he said" is resolved to the speaker named in the paragraph before.
    assert found.cue == "said"
    assert found.speaker == "NATO Secretary General Jens Stoltenberg"
    assert attribution(text.body, start, start + len(quote)) == found


def test_real_quotes_are_pinned_on_the_curated_speaker():
    """For most quotes framed as attributed, the heuristic finds who the data names."""
    corpus = texts.load()
    data = json.loads(CLAIMS.read_text(encoding="utf-8"))
    attributed = [a for c in data["claims"] for a in c["appearances"]
                  if a["framing"] == "attributed"]
    agree = 0
    for item in attributed:
        found = attribution(corpus[item["text_id"]], item["start"], item["end"])
        surname = item["speaker"].split(" (")[0].split()[-1][:-1]   # Lukashenk(o|a)
        agree += bool(found and found.speaker and surname in found.speaker)
    assert len(attributed) == 23   # one is a case page's summary, pinned on no one named
    assert agree >= 17   # 17 of 23 when this test was last changed (NATO's claims added)
