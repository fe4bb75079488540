"""texts/claims.json, its loader, the tables and the ClaimReview export: no rating of our own."""

import json
import re
from pathlib import Path

import pytest

from narratives import claims, texts
from narratives.claims import claimreview
from narratives.claims.claimcheck import before
from narratives.claims.claimfile import CLAIMS, check
from narratives.errors import NarrativesError
from narratives.paths import TEXTS
from narratives.texts.catalog import parse_date

RAW = json.loads(Path(CLAIMS).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def found(corpus):
    return claims.load(corpus)


def quotes():
    for claim in RAW["claims"]:
        for side in ("appearances", "replies", "reviews", "in_texts"):
            for item in claim.get(side, []):
                yield claim["id"], side, item


# ------------------------------------------------------------ the data itself

def test_every_quote_is_verbatim_at_its_offsets(corpus):
    for claim_id, side, item in quotes():
        body = corpus[item["text_id"]].body
        assert body[item["start"]:item["end"]] == item["quote"], (claim_id, side, item["quote"])


def test_no_quote_is_in_boilerplate(corpus):
    for claim_id, _, item in quotes():
        spans = corpus[item["text_id"]].content_spans
        assert any(s <= item["start"] and item["end"] <= e for s, e in spans), claim_id


def test_framings_and_evidence_come_from_the_allowed_lists():
    for claim in RAW["claims"]:
        assert {a["framing"] for a in claim["appearances"]} <= set(claims.FRAMINGS)
        assert {r["evidence"] for r in claim["replies"]} <= set(claims.EVIDENCE)
        assert {r["kind"] for r in claim["replies"]} <= set(claims.REPLY_KINDS)
        assert {s["kind"] for s in claim["support"]} <= set(claims.EVIDENCE)
    used = {a["framing"] for c in RAW["claims"] for a in c["appearances"]}
    assert used == set(claims.FRAMINGS)   # each framing has an example to learn from


def test_every_claim_appears_somewhere_and_ids_are_unique():
    ids = [c["id"] for c in RAW["claims"]]
    assert len(ids) == len(set(ids))
    assert all(len(c["appearances"]) >= 1 for c in RAW["claims"])


def test_the_claims_the_issue_asks_for_are_there(found):
    statements = {c.id: c.statement.lower() for c in found}
    for claim_id, word in [("nato-buildup", "tanks and planes"), ("nato-force", "force"),
                           ("recon-flights", "30 nato reconnaissance"),
                           ("air-strikes", "air strikes"), ("west-behind-protests", "protests"),
                           ("us-coup", "coup"), ("polish-flags", "polish flags"),
                           ("western-regions", "western regions")]:
        assert word in statements[claim_id]


def test_every_denial_comes_after_its_claim_from_a_party_the_claim_is_about():
    denials = 0
    for claim in RAW["claims"]:
        assert parse_date(claim["date"]) is not None
        for reply in claim["replies"]:
            assert parse_date(reply["date"]) is not None
            if reply["kind"] == "denial":
                denials += 1
                assert reply["party"] in claim["about"], (claim["id"], reply["quote"])
                assert not before(reply["date"], claim["date"]), (claim["id"], reply["quote"])
    assert denials >= 10


def test_the_counter_claims_once_filed_as_denials_are_counter_claims(found):
    for claim_id, words in [("no-nato-buildup", "there is an escalation"),
                            ("strictly-defensive", "in an aggressive stance"),
                            ("strictly-defensive", "obvious hostility against Russia"),
                            ("election-fraud", "announced himself the winner")]:
        reply, = [r for r in found[claim_id].replies if words in r.quote]
        assert reply.kind == "counter-claim", (claim_id, words)
        assert reply not in found[claim_id].denials
    # The escalation came first: it is the claim NATO's statement answers.
    assert any(a.quote.startswith("there is an escalation")
               for a in found["nato-buildup"].appearances)


def test_a_rejection_comes_from_a_replier_not_named_in_the_claim_with_its_interest(found):
    for claim in found:
        for reply in claim.replies:
            if reply.kind == "rejection":
                assert reply.party not in claim.about, (claim.id, reply.quote)
                # Not named in the claim is not neutral: the party names the replier and
                # says what the claim concerns, so its interest shows.
                assert reply.party.startswith("not a party named in the claim"), claim.id
                assert reply.speaker.split(",")[0] in reply.party, claim.id
                assert "the claim concerns" in reply.party, claim.id
    # The replier the catalog names is named: Belsat answers a claim about Poland.
    reply, = found["polish-flags"].replies
    assert reply.speaker.startswith("Belsat") and "Poland's foreign ministry" in reply.party
    for name in ("claims.json", "events.csv"):
        assert "third party" not in (TEXTS / name).read_text(encoding="utf-8"), name


def test_every_claim_says_who_asserts_it_about_whom_on_what_and_what_would_settle_it():
    for claim in RAW["claims"]:
        assert claim["claimant"].strip() and claim["side"].strip(), claim["id"]
        assert claim["about"] and all(p.strip() for p in claim["about"]), claim["id"]
        assert claim["subject"].strip(), claim["id"]
        assert claim["support"] and all(s["kind"] in claims.EVIDENCE and s["what"].strip()
                                        for s in claim["support"]), claim["id"]
        assert len(claim["would_settle"].split()) >= 8, claim["id"]


def test_records_outside_the_texts_are_named_dated_and_cited():
    records = [o for c in RAW["claims"] for o in c["outside"]]
    for record in records:
        assert record["relation"] in claims.RELATIONS
        assert record["record"].strip() and record["what"].strip()
        assert parse_date(record["date"]) is not None
        assert record["citation"].startswith("https://"), record["record"]
    cited = " ".join(r["citation"] for r in records)
    # The records issue 19 names: NATO's transcripts, the OSCE report, a wire report of the day.
    assert "opinions_177561" in cited and "news_177622" in cited
    assert any(r["date"] == "2020-11-05" and "OSCE" in r["record"] for r in records)
    assert any(r["date"] == "2020-08-16" and "Reuters" in r["record"] for r in records)


def test_stoltenberg_spoke_on_two_occasions_26_and_27_august(found):
    by_quote = {r.quote: r for r in found["nato-buildup"].replies}
    doorstep = by_quote["There is no military NATO build up in the region."]
    merkel = by_quote["NATO has no military build-up in the region."]
    assert (doorstep.date, doorstep.text_id) == ("2020-08-26", "bogus-threat")
    assert (merkel.date, merkel.text_id) == ("2020-08-27", "euvsdisinfo-force")
    assert "second occasion" in merkel.note and "Merkel" in merkel.note
    assert "dated differently" not in json.dumps(RAW)


def test_a_review_is_attached_only_to_claims_its_sentence_names(corpus, found):
    for claim in found:
        for review in claim.reviews:
            sentence = corpus[review.text_id].sentence_at(review.start)
            named = [a for a in claim.appearances if a.text_id == review.text_id
                     and sentence.start <= a.start and a.end <= sentence.end]
            assert named, (claim.id, review.quote)
    assert not found["recon-flights"].reviews and not found["west-behind-protests"].reviews


def test_the_outlets_own_voice_statements_are_claims_too(found):
    own_voice = {c.id: c for c in found
                 if any(a.framing == "asserted" for a in c.appearances)}
    for claim_id, words in [("jailed-7000", "jailing at least 7,000"),
                            ("secret-inauguration", "was secretly inaugurated"),
                            ("police-opened-fire", "police opened fire")]:
        claim = own_voice[claim_id]
        assert any(words in a.quote for a in claim.appearances)
        assert claim.support and claim.would_settle
    assert {c.side for c in own_voice.values()} >= {"Breitbart News (its own voice)",
                                                   "EU (EUvsDisinfo)"}


def test_no_text_offers_evidence_is_said_by_one_rule_for_every_side(found):
    party = "No text offers evidence for it beyond the word of a party to the dispute"
    burden = ". The burden of proof is the claimant's."
    # An accusation and the accused's answer are not equals: the burden is the claimant's.
    assert claims.in_the_texts(found["nato-buildup"]) == "No text offers evidence for it" + burden
    # A head of state's word about others, with no units, numbers or places, is none
    # offered: the same standard as his claim about the protests and the flight count.
    kinds = {c: [s.kind for s in found[c].support]
             for c in ("nato-buildup", "west-behind-protests", "recon-flights")}
    assert all(k == ["none offered"] for k in kinds.values()), kinds
    assert claims.in_the_texts(found["no-nato-buildup"]) == party + ", speaking about itself."
    # The same sentence for a Western outlet's own claim and for Lukashenko's.
    assert claims.in_the_texts(found["jailed-7000"]) == "No text offers evidence for it" + burden
    assert claims.in_the_texts(found["west-behind-protests"]) == (
        "No text offers evidence for it" + burden)
    # What both sides agree on is recorded as context, not as support for either.
    context, = found["nato-buildup"].in_texts
    assert context.relation == "context" and "multinational presence" in context.quote
    # The accused ministry's own words corroborate the Brest shooting.
    assert claims.in_the_texts(found["police-opened-fire"]).startswith(
        "The claimant offers none, but another passage corroborates it")


def test_the_european_councils_words_are_quoted_not_the_files_own():
    described = RAW["reviewers"]["EUvsDisinfo"] + RAW["about"]
    for match in re.finditer(r"disinformation campaigns", described):
        assert "'to challenge Russia's ongoing " in described[match.start() - 40:match.start()]


def test_a_motive_charge_is_not_counted_as_a_denial(found):
    # Lesson 03 leaves claims about motives unrated; Stoltenberg's charge that the
    # authorities shift the focus answers the build-up claim, not this one.
    replies = found["west-behind-protests"].replies
    assert [(r.text_id, r.speaker, r.kind) for r in replies] == [
        ("euvsdisinfo-flights", "EUvsDisinfo", "rejection")]
    # The link to another article in bogus-threat is not the text's own claim.
    assert "hybrid war against Belarus" not in [a.quote for a in found["west-behind-protests"]
                                                .appearances]
    assert not any("shift the focus" in r.quote for c in found for r in c.replies)


def test_the_undated_case_page_is_dated_no_closer_than_the_year(found):
    # euvsdisinfo-force was published on 27 August 2020 or later: its month is unknown.
    claim = found["nato-force"]
    assert claim.date == "2020"
    page, = [r for r in claim.replies if r.speaker == "EUvsDisinfo"
             and r.text_id == "euvsdisinfo-force"]
    assert page.date == "2020" and "27 August 2020 or later" in page.note


def test_the_case_page_names_narratives_not_outlets(found):
    listed = [a for c in found for a in c.appearances if a.text_id == "euvsdisinfo-force"
              and a.start > 2100]   # the closing list of "pro-Kremlin disinformation narratives"
    # Belarus's air force mobilising is a claim about Belarus, not one the file records.
    assert len(listed) == 3
    assert {a.speaker for a in listed} == {
        "no source named (in the case page's list of narratives)"}


def test_the_us_coup_claim_is_denied_by_washington(found):
    denial, = found["us-coup"].denials
    assert denial.speaker.startswith("Washington")
    assert denial.quote == "Washington later denied these allegations"


# ------------------------------------------------------------ loading and checking

def write(tmp_path, data):
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def one_claim(**changes):
    claim = json.loads(json.dumps(RAW["claims"][6]))   # polish-flags, a deep copy
    claim.update(changes)
    return {"claims": [claim]}


def test_load_gives_claims_found_by_id_or_position(found):
    assert found["polish-flags"] is found[found.ids.index("polish-flags")]
    assert found["polish-flags"].texts == ("bogus-threat",)
    with pytest.raises(NarrativesError, match="no claim with id 'nope'"):
        found["nope"]


def test_a_quote_moved_from_its_offsets_is_refused_with_where_it_is(corpus, tmp_path):
    data = one_claim()
    appearance = data["claims"][0]["appearances"][0]
    right = appearance["start"]
    appearance["start"] += 1
    with pytest.raises(NarrativesError) as error:
        claims.load(corpus, write(tmp_path, data))
    assert "appearance 1: the quote is not at start" in str(error.value)
    assert f"It is at start {right}" in str(error.value)


def test_wrong_framing_evidence_date_and_text_are_all_listed(corpus):
    data = one_claim(date="16/08/2020")
    data["claims"][0]["appearances"][0]["framing"] = "claimed"
    data["claims"][0]["replies"][0]["evidence"] = "gut feeling"
    data["claims"][0]["replies"][0]["text_id"] = "no-such-text"
    problems = check(data, corpus)
    assert any("the date '16/08/2020' should be ISO" in p for p in problems)
    assert any("framing 'claimed' should be one of" in p for p in problems)
    assert any("evidence 'gut feeling' should be one of" in p for p in problems)
    assert any("there is no text 'no-such-text'" in p for p in problems)


def test_a_denial_from_a_third_party_or_before_the_claim_is_refused(corpus):
    data = one_claim(date="2020-09-01")
    reply = data["claims"][0]["replies"][0]
    reply["kind"] = "denial"
    problems = check(data, corpus)
    assert any("a denial comes from a party the claim is about" in p for p in problems)
    assert any("a denial dated 2020-08 cannot answer a claim made on 2020-09-01" in p
               for p in problems)
    reply["kind"] = "reply"
    assert any("kind 'reply' should be one of: denial, rejection, counter-claim" in p
               for p in check(data, corpus))


def test_an_outside_record_without_a_citation_is_refused(corpus):
    data = one_claim(outside=[{"relation": "corroborates", "record": "a wire report",
                               "date": "2020-08-16", "citation": "", "what": "x"}])
    problems = check(data, corpus)
    assert any("'citation' is missing" in p for p in problems)
    assert any("cite the record with its https:// address" in p for p in problems)
    assert any("'about' should list the parties" in p
               for p in check(one_claim(about=[]), corpus))


def test_a_claim_without_appearances_is_refused(corpus):
    assert check(one_claim(appearances=[]), corpus) == [
        "claim polish-flags: give it at least one appearance."]


def test_the_real_file_has_no_problems(corpus):
    assert check(RAW, corpus) == []


def test_broken_json_and_a_missing_file_say_what_to_do(corpus, tmp_path):
    path = tmp_path / "claims.json"
    path.write_text('{"claims": [}', encoding="utf-8")
    with pytest.raises(NarrativesError, match="not valid JSON.*line 1, column 13"):
        claims.load(corpus, path)
    with pytest.raises(NarrativesError, match="cannot be read"):
        claims.load(corpus, tmp_path / "missing.json")


# ------------------------------------------------------------ tables, rating, days

def test_travel_lists_appearances_oldest_text_first(corpus, found):
    table = claims.travel(found["nato-buildup"], corpus)
    assert table.column("text")[0] == "tanks-and-planes"
    assert table.column("text")[-1] == "euvsdisinfo-flights"
    # bogus-threat is dated only to August 2020, so it sorts after 27 August.
    assert table.column("published").index("2020-08") > table.column(
        "published").index("2020-08-27")


def test_reply_table_sorts_by_date_and_names_each_kind(found):
    table = claims.reply_table(found["nato-buildup"])
    assert table.column("date") == ["2020-08-16", "2020-08-16", "2020-08-16", "2020-08-17",
                                    "2020-08-26", "2020-08-27", "2021"]
    assert set(table.column("kind")) == {"denial"}
    assert claims.reply_table(found["polish-flags"]).column("kind") == ["rejection"]


def test_days_to_first_denial(found):
    assert claims.days_to_first_denial(found["nato-buildup"]) == 0
    assert claims.days_to_first_denial(found["western-regions"]) == 11
    assert claims.days_to_first_denial(found["polish-flags"]) is None   # dated to a month
    # Lukashenko's words of the rally came before NATO's: a counter-claim, not a denial.
    assert claims.days_to_first_denial(found["no-nato-buildup"]) is None
    assert claims.days_to_first_denial(found["air-strikes"]) is None    # never denied


def test_the_workbook_has_no_verdict_of_its_own(corpus, found):
    assert not hasattr(claims, "verdict")
    assert not hasattr(claims.analysis, "verdict")
    table = claims.overview(found, corpus)
    assert "verdict" not in [c.lower() for c in table.columns]
    flat = " ".join(str(cell) for row in table.rows for cell in row)
    for rating in ("False", "No evidence", "Denied", "Disputed", "Not rebutted"):
        assert rating not in flat


def test_overview_names_who_reviewed_each_claim_in_its_own_words(found):
    table = claims.overview(found)
    reviewed = dict(zip(table.column("claim"), table.column("reviewed by")))
    assert reviewed["nato-force"] == ("EUvsDisinfo: ‘Disinfo’, "
                                      "‘recurring disinformation narrative’")
    assert reviewed["no-nato-buildup"] == "no reviewer in these texts"


def test_claims_come_from_more_than_one_side(found):
    by_side = {}
    for claim in found:
        by_side.setdefault(claim.side, []).append(claim.id)
    assert {"Belarusian authorities", "NATO", "EU (EUvsDisinfo)"} <= set(by_side)
    assert set(by_side["NATO"]) == {"no-nato-buildup", "strictly-defensive"}
    assert by_side["EU (EUvsDisinfo)"] == ["secret-inauguration", "russian-campaign"]
    # The Western side's claims are checked with the same fields: quotes, support, answers.
    for claim_id in by_side["NATO"] + by_side["EU (EUvsDisinfo)"]:
        claim = found[claim_id]
        assert claim.appearances and claim.support and claim.would_settle


def test_each_side_answers_the_other(found):
    # NATO's denial is a claim of its own; the claim it denies is its counter-claim.
    answers = {(r.speaker, r.kind) for r in found["no-nato-buildup"].replies}
    assert answers == {("Alexander Lukashenko", "counter-claim")}
    stated = {a.quote for a in found["no-nato-buildup"].appearances}
    denied = {d.quote for d in found["nato-buildup"].denials}
    assert stated & denied


def test_an_official_statement_is_one_kind_for_every_side(found):
    kinds = {(c.side, s.kind) for c in found for s in c.support}
    party = "official statement by a party to the dispute"
    assert ("NATO", party) in kinds and ("Belarusian authorities", party) in kinds


def test_the_announced_election_result_is_a_counter_claim_and_the_osce_report_is_cited(found):
    reply, = found["election-fraud"].replies
    assert reply.kind == "counter-claim" and found["election-fraud"].denials == ()
    assert reply.evidence == "official statement by a party to the dispute"
    assert "announced himself the winner" in reply.quote
    relations = {(o.relation, o.date) for o in found["election-fraud"].outside}
    assert relations == {("corroborates", "2020-11-05"), ("contradicts", "2020-11-06")}


def test_the_case_summary_has_one_speaker_for_neighbouring_sentences(corpus, found):
    summary_end = corpus["euvsdisinfo-flights"].body.index("We know what NATO")
    speakers = {a.speaker for c in found for a in c.appearances
                if a.text_id == "euvsdisinfo-flights" and a.end <= summary_end}
    assert speakers == {"the source the case page summarises (not named)"}


def test_vrbetice_is_attributed_not_rebutted_or_reviewed(found):
    claim = found["vrbetice"]
    assert [a.framing for a in claim.appearances] == ["attributed"]
    assert claim.denials == () and claim.reviews == ()


def test_every_review_is_a_named_reviewers_own_words(corpus, found):
    for claim in found:
        for review in claim.reviews:
            assert review.reviewer in found.reviewers and review.about, claim.id
            body = corpus[review.text_id].body
            assert body[review.start:review.end] == review.quote
            assert review.rating in review.quote, claim.id
    assert "government communication unit" in found.reviewers["EUvsDisinfo"]
    assert "not an independent fact-checker" in found.reviewers["EUvsDisinfo"]


def test_a_rating_not_in_its_quote_or_an_unknown_reviewer_is_refused(corpus):
    data = json.loads(json.dumps(RAW))
    claim = next(c for c in data["claims"] if c["id"] == "nato-buildup")
    claim["reviews"][0]["rating"] = "False"
    claim["reviews"].append(dict(claim["reviews"][0], reviewer="The workbook",
                                 rating="disinformation"))
    claim["support"] = []
    problems = check(data, corpus)
    assert ("claim nato-buildup, review 1: the rating 'False' is not in the quote; a rating "
            "is the reviewer's own words, copied from the text.") in problems
    assert any("the reviewer 'The workbook' is not described" in p for p in problems)
    assert any("'support' should list what the claimant offers" in p for p in problems)


# ------------------------------------------------------------ shared words

def test_sides_splits_words_into_shared_and_one_sided():
    appearance = claims.Appearance("t", "NATO’s tanks are at the border", 0, 1, "attributed", "x")
    denial = claims.Denial("t", "There are no tanks at the border.", 0, 1, "y", "2020",
                           "official statement")
    claim = claims.Claim("x", "s", "x", "Person", "2020", (appearance,), (denial,))
    found = claims.sides(claim, stopwords={"are", "at", "the", "there"})
    assert found == claims.Sides(shared=("border", "tanks"), claim_only=("nato's",),
                                 denial_only=("no",))


def test_sides_without_denials_and_with_the_default_stopwords(found):
    words = claims.sides(found["air-strikes"])
    assert words.shared == () and words.denial_only == ()
    assert "the" not in words.claim_only and "strikes" in words.claim_only


def test_sides_reads_a_stopword_file_given_by_path(tmp_path, found):
    path = tmp_path / "stop.txt"
    path.write_text("# a comment\nThe\n\nborder\n", encoding="utf-8")
    words = claims.sides(found["nato-buildup"], stopwords=path)
    assert "border" not in words.shared and "the" not in words.claim_only
    assert "buildup" in words.shared and "tanks" in words.claim_only


# ------------------------------------------------------------ ClaimReview

def test_every_review_exports_a_valid_claimreview(corpus, found):
    for claim in found:
        for which, review in enumerate(claim.reviews):
            record = claims.to_claimreview(claim.id, corpus, found, which)
            assert claimreview.problems(record) == [], claim.id
            assert record["claimReviewed"] == claim.statement
            assert record["itemReviewed"]["author"] == {"@type": claim.claimant_type,
                                                       "name": claim.claimant}
            assert json.loads(json.dumps(record)) == record
            # No made-up addresses: the only URL is schema.org's own context.
            assert json.dumps(record).count("http") == 1


def test_a_claimreview_rating_is_a_label_found_in_the_texts(corpus, found):
    for claim in found:
        for which in range(len(claim.reviews)):
            record = claims.to_claimreview(claim.id, corpus, found, which)
            rating = record["reviewRating"]["alternateName"]
            assert any(rating in corpus[r.text_id].body[r.start:r.end]
                       for r in claim.reviews), (claim.id, rating)
            assert record["author"]["name"] in found.reviewers


def test_claimreview_author_and_date_are_the_reviewers(corpus, found):
    review = claims.to_claimreview("nato-buildup", corpus, found)
    assert review["author"]["name"] == "EUvsDisinfo"
    assert "East StratCom Task Force" in review["author"]["description"]
    assert review["datePublished"] == "2020"
    assert review["reviewRating"]["alternateName"] == "pro-Kremlin disinformation narratives"
    assert review["itemReviewed"]["datePublished"] == "2020-08-16"
    headlines = [a["headline"] for a in review["itemReviewed"]["appearance"]]
    assert headlines[0] == corpus["tanks-and-planes"].title
    assert len(headlines) == 4


@pytest.mark.parametrize("claim_id", ["air-strikes", "polish-flags", "no-nato-buildup",
                                      "russian-campaign", "vrbetice", "recon-flights",
                                      "jailed-7000"])
def test_a_claim_no_reviewer_rated_gets_a_message_not_a_review(corpus, found, claim_id):
    with pytest.raises(NarrativesError, match=f"No reviewer in the five texts rated the "
                                              f"claim '{claim_id}'"):
        claims.to_claimreview(claim_id, corpus, found)


def test_asking_for_a_review_that_is_not_there_says_which_exist(corpus, found):
    with pytest.raises(NarrativesError, match="has 2 review.*which=0 to 1"):
        claims.to_claimreview("nato-force", corpus, found, which=2)


def test_problems_finds_what_is_wrong_with_a_review(corpus, found):
    review = claims.to_claimreview("nato-force", corpus, found)
    review["itemReviewed"]["author"] = {"@type": "Thing", "name": "x"}
    review["datePublished"] = "August 2020"
    del review["reviewRating"]["alternateName"]
    assert claimreview.problems(review) == [
        "itemReviewed author should be a Person or an Organization with a name.",
        "datePublished should be an ISO date, not 'August 2020'.",
        "reviewRating should be a Rating with an alternateName."]
