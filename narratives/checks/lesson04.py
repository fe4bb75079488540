"""The questions of exercise 04, "Word use".

>>> q3.check(2)
Incorrect: 16 against 8 is the ratio of raw counts. The texts differ in length: compare uses per 1,000 words.
>>> q7.check("Lungescu")
Correct!
"""

import math

from .. import words
from ..texts import load
from ..words import tonltk
from . import (EASY, HARD, MEDIUM, ChoiceQuestion, OpenQuestion, Option, Question, Rubric,
               as_set, type_name)

_corpus = load()
_pravda = _corpus["pravda-bury"]
_nato = words.frequencies(_corpus, "nato")
_per_1000 = _nato.per_1000("nato")
_counts = _nato.counts("nato")
_ratio = _per_1000["euvsdisinfo-force"] / _per_1000["tanks-and-planes"]
_y2021 = [t for t in _corpus if t.date.year == 2021]
_y2020 = [t for t in _corpus if t.date.year == 2020]
_key_2021 = set(words.keyness(_y2021, _y2020).column("word")[:5])
_key_2020 = set(words.keyness(_y2020, _y2021).column("word")[:5])


def _top_with_stopwords(value):
    if value == set(words.top_words(_pravda, n=5).column("word")):
        return ("those are the top words with the stopwords left out. This question keeps "
                "them: pass `stopwords=set()`.")
    return value == set(words.top_words(_pravda, n=5, stopwords=set()).column("word")) or (
        "not quite. Are you counting pravda-bury alone, and keeping every word?")


q1 = Question(
    "q1", set(words.top_words(_pravda, n=5, stopwords=set()).column("word")), kind=set,
    normalize=as_set, test=_top_with_stopwords,
    difficulty=EASY,
    hints=["The lesson's section 'What stopwords hide' lists top words two ways.",
           "`words.top_words` takes a text, `n`, and `stopwords`; an empty set keeps every "
           "word.",
           "`words.top_words(corpus['pravda-bury'], n=5, stopwords=set())` is a table: take "
           "its `word` column as a set."],
    solution="`set(words.top_words(corpus['pravda-bury'], n=5, stopwords=set())"
             ".column('word'))`: 'the', 'of' and 'to' say the text is in English, and "
             "nothing about it; 'belarus' and 'nato' already say what it is about.")


q2 = ChoiceQuestion(
    "q2", "With the stopwords left out, `pravda-bury`'s five most frequent words are "
          "`belarus`, `nato`, `russia`, `political` and `belarusian`. Which of them best "
          "points at what this text adds to the other four?", {
        "a": Option("`belarus`", "every text is about Belarus: a word all texts share "
                                 "cannot set one apart."),
        "b": Option("`nato`", "NATO is in every text too (check the lesson's frequency "
                              "table)."),
        "c": Option("`russia` and `political`",
                    "`russia` is almost only in this text, and `political` comes with the "
                    "Russian analyst's political commentary in its second half. A word's "
                    "count means most against what the other texts do.", correct=True),
        "d": Option("`belarusian`", "an adjective every text can use; look for a word the "
                                    "other texts hardly use."),
    }, difficulty=EASY,
    hints=["A top word tells you something only if the other texts use it less.",
           "Count each of the five words in the other texts with `words.frequencies`.",
           "Two of the five are rare everywhere else."],
    solution="c: `words.frequencies(corpus, ['russia', 'political'])` shows both are rare in "
             "the other texts; `pravda-bury` relays a Russian analyst's political commentary.")


def _ratio_test(value):
    raw = _counts["euvsdisinfo-force"] / _counts["tanks-and-planes"]
    if math.isclose(value, raw, abs_tol=0.05):
        return ("16 against 8 is the ratio of raw counts. The texts differ in length: "
                "compare uses per 1,000 words.")
    if math.isclose(value, 1 / _ratio, abs_tol=0.02):
        return "that is the ratio the other way round: put euvsdisinfo-force on top."
    return math.isclose(value, _ratio, abs_tol=0.05) or (
        "not quite. Divide the two texts' `per_1000` values.")


q3 = Question(
    "q3", _ratio, kind=float, test=_ratio_test, difficulty=MEDIUM,
    hints=["Raw counts mislead when texts differ in length: compare each text's share of "
           "words.",
           "With NLTK, a `ConditionalFreqDist` of words by text holds one FreqDist per text, "
           "and `cfd[text_id].freq('nato')` is the share of that text's words that are "
           "'nato' (`words.frequencies(corpus, 'nato').per_1000('nato')` gives it per 1,000).",
           "`cfd = nltk.ConditionalFreqDist((t.id, w) for t in corpus for w in "
           "tonltk.word_list(t))`; divide the share of `euvsdisinfo-force` by that of "
           "`tanks-and-planes`."],
    solution=f"About {_ratio:.1f}: `cfd['euvsdisinfo-force'].freq('nato') / "
             "cfd['tanks-and-planes'].freq('nato')`, or with the workbook, `rates = "
             "words.frequencies(corpus, 'nato').per_1000('nato')`; "
             "`rates['euvsdisinfo-force'] / rates['tanks-and-planes']`. In raw counts "
             "(16 against 8) it looks like twice; per 1,000 words it is more than three "
             "times, because `tanks-and-planes` is nearly twice as long.")

q4 = ChoiceQuestion(
    "q4", "`pravda-bury` uses \"NATO\" 21 times and `euvsdisinfo-force` 16 times. A "
          "classmate concludes that Pravda.Ru is more focused on NATO than EUvsDisinfo. "
          "What is the best reply?", {
        "a": Option("Agreed: 21 is more than 16.",
                    "`pravda-bury` is nearly twice as long. Per 1,000 words, the case page "
                    "names NATO more often."),
        "b": Option("Per 1,000 words the case page names NATO more often, and both "
                    "counts mostly follow each text's topic: one text each says little "
                    "about an outlet.",
                    "the rate corrects for length, and one text per outlet cannot speak "
                    "for the outlet: the case page is about a claim on NATO, so it names "
                    "NATO in nearly every sentence.", correct=True),
        "c": Option("G² will tell us whether Pravda.Ru is obsessed with NATO.",
                    "G² says how unlikely a difference in rates is if both used the word "
                    "equally; it cannot say why, and 'obsessed' is a verdict no count "
                    "gives."),
        "d": Option("Texts of different lengths cannot be compared at all.",
                    "they can: rates per 1,000 words are made for that."),
    }, difficulty=MEDIUM,
    hints=["Two things matter: the texts' lengths, and how many texts stand for each "
           "outlet.",
           "Compute the rate per 1,000 words for both; then ask what one text can say "
           "about a whole outlet.",
           "One option corrects for length *and* for the size of the evidence."],
    solution="b: 39.6 against 29.7 uses per 1,000 words, and with one text per outlet the "
             "counts follow each text's topic.")
def _key_words(value):
    if value == _key_2020:
        return ("those are the words key to the 2020 texts: put the 2021 texts first, as "
                "group A.")
    return value == _key_2021 or (
        "not quite. Group A is the texts published in 2021 (`t.date.year == 2021`), group "
        "B those of 2020; take the first five rows of `words.keyness(A, B)`.")


q5 = Question(
    "q5", _key_2021, kind=set, normalize=as_set, test=_key_words,
    difficulty=MEDIUM,
    hints=["Keyness compares two groups of texts: here, by year of publication.",
           "Make two lists with `t.date.year == 2021` and `== 2020`; the group you ask "
           "about goes first in `words.keyness(A, B)`.",
           "`words.keyness(texts_2021, texts_2020)` is a table sorted by G²: take the "
           "`word` column of its first five rows."],
    solution="`set(words.keyness(texts_2021, texts_2020).column('word')[:5])`: political, "
             "russia, cooperation, headquarters and many. Most come from pravda-bury "
             "alone, the story of 2021 about NATO's headquarters: two texts against three "
             "mostly tell us what these texts are about, not how 2021 wrote.")



q6 = ChoiceQuestion(
    "q6", "Look at the five key words of the 2021 texts you found in question 5. What do "
          "they show?", {
        "a": Option("How the media wrote about Belarus in 2021.",
                    "two texts against three cannot stand for 'the media' of a year."),
        "b": Option("Mostly the topic of `pravda-bury`, the longer of the two 2021 texts.",
                    "its story is about NATO's headquarters and a Russian analyst's "
                    "commentary; with two texts a group, key words are mostly topics.",
                    correct=True),
        "c": Option("That the 2021 texts are more propagandistic.",
                    "a count gives no such verdict: key words say which words a group uses "
                    "more, not why, nor whether the texts are propaganda."),
        "d": Option("A difference in style that G² proves significant.",
                    "G² above 3.84 holds for one word taken alone; among hundreds of words "
                    "some pass by chance, and topic is mixed up with year and outlet."),
    }, difficulty=HARD,
    hints=["Look at which text each key word comes from: `words.concordance(corpus, "
           "'headquarters')`.",
           "Ask how many texts each group has, and what each of them is about.",
           "Most of the five words come from one text."],
    solution="b: most come from `pravda-bury` alone. Two texts against three mostly tell "
             "us what these texts are about, not how 2021 wrote.")


def _speaker(value):
    if "lungescu" in value:
        return True
    if "stoltenberg" in value:
        return ("Stoltenberg speaks elsewhere in these texts; read who is named right "
                "after the quote in these two lines.")
    if value in ("nato", "the alliance"):
        return "NATO is the organisation: name the person who speaks for it here."
    return "not that person. Read each line with more context: `width=120`."


q7 = Question(
    "q7", "lungescu", kind=str, normalize=lambda s: s.strip().lower(), test=_speaker,
    difficulty=MEDIUM,
    hints=["A concordance line shows the words around each use: read to the right too.",
           "`words.concordance(corpus, 'defensive', width=120)` shows more of each line.",
           "Both lines end with 'said NATO spok...': `sentence_at(start)` or a wider "
           "window shows the rest of the name."],
    solution="Oana Lungescu, NATO's spokeswoman: both uses are her statement 'strictly "
             "defensive, proportionate...', quoted almost word for word in two texts. A "
             "count of 'defensive' is a count of how often one party's self-description is "
             "relayed.")

q8 = OpenQuestion(
    "q8",
    model_answer="Counts show how often a word form appears, not what it means or who "
                 "says it. Three of the four uses of 'regime' are Stoltenberg's words, "
                 "quoted or reported by others, and the fourth is a headline summing him "
                 "up; both uses of 'defensive' are Lungescu's statement, relayed; the case "
                 "pages repeat the claim they answer, so its words count as theirs. "
                 "'aggression' never appears, while 'aggressive' and 'ever-aggressive' do. "
                 "With five short texts, one sentence more or less changes a rate a lot, "
                 "and a 'key' word of one text may just be its topic. Counts tell us where "
                 "to read; reading tells us what is going on.",
    rubric=Rubric(
        beginning="names one limit of counts, without an example from the texts",
        developing="names two limits (e.g. who speaks, word forms, small texts), each with "
                   "an example from this lesson",
        secure="also says what to do instead (use counts to choose what to read, then read "
               "in context) and shows the limits apply to every side's words alike"),
    hints=["Think of a word whose count surprised you in the lesson.",
           "For each surprise, ask: was it who spoke, the word's form, or the texts' size?",
           "Pick two of those three, and find a line of the lesson that shows each."],
    difficulty=HARD)


# Questions answered with NLTK's own objects (the lesson's NLTK cells show each one).
_pravda_counts = tonltk.freqdist(_pravda)
_stop = words.stopwords()
_ranked = sorted((w for w in _pravda_counts if w not in _stop),
                 key=lambda w: (-_pravda_counts[w], w))
_tenth = _pravda_counts[_ranked[9]]   # several words tie for tenth place: any of them will do
_sure = {w for w in _ranked if _pravda_counts[w] > _tenth}


def _top_ten(value):
    if isinstance(value, dict):   # a FreqDist or a Counter: its ten most common
        value = [w for w, _ in sorted(value.items(), key=lambda p: -p[1])][:10]
    elif isinstance(value, (list, tuple, set, frozenset)):
        if not all(isinstance(item, str) or (isinstance(item, (list, tuple)) and item
                                             and isinstance(item[0], str)) for item in value):
            return ("give words (strings), or (word, count) pairs as `most_common()` gives "
                    "them.")
        value = [item if isinstance(item, str) else item[0] for item in value]
    else:
        return ("the answer should be a list of words, a list of (word, count) pairs, or a "
                f"FreqDist, and this is {type_name(value)}.")
    found = {w.lower() for w in value}
    if found & {"the", "of", "to", "and"}:
        return ("stopwords are still in: leave out every word of `words.stopwords()` "
                "before you take ten.")
    if len(found) != 10:
        return f"give ten different words; this has {len(found)}."
    if "belarus" not in found or "nato" not in found:
        return ("'Belarus' and 'NATO' are missing: count lower-cased words, as "
                "`tonltk.word_list` gives them.")
    if not _sure <= found or any(_pravda_counts[w] < _tenth for w in found):
        return ("not quite. Count the words of `pravda-bury` alone, stopwords left out, and "
                "take the ten most common.")
    return True


q9 = Question(
    "q9", None, kind=object, test=_top_ten, difficulty=EASY,
    hints=["NLTK counts words with `nltk.FreqDist`, given a list of words.",
           "`tonltk.word_list(corpus['pravda-bury'])` is the text's words as the workbook "
           "counts them; `FreqDist(...).most_common()` lists them, most frequent first.",
           "`counts = nltk.FreqDist(tonltk.word_list(corpus['pravda-bury']))`, then keep the "
           "pairs of `counts.most_common()` whose word is not in `words.stopwords()`."],
    solution="`counts = nltk.FreqDist(tonltk.word_list(corpus['pravda-bury']))`; "
             "`[w for w, n in counts.most_common() if w not in words.stopwords()][:10]`: "
             "belarus, nato, russia, political, belarusian, then words seen 4 times "
             "(cooperation, headquarters, military, said) and one of those seen 3 times. "
             "The same as `words.top_words(corpus['pravda-bury'], n=10)`.")

_by_text = tonltk.conditional_freqdist(_corpus)
# The texts that write the Belarusian form; the rest write "Lukashenko" (q10's option a).
_spelling = {t for t in _by_text.conditions() if _by_text[t]["lukashenka"]}

q10 = ChoiceQuestion(
    "q10", "The Belarusian leader's name is written \"Lukashenka\" (from Belarusian) or "
           "\"Lukashenko\" (from Russian). Build a `ConditionalFreqDist` of words by text and "
           "look up both spellings in each text. What do you find?", {
        "a": Option("Each text keeps to one spelling: `bogus-threat` and "
                    "`euvsdisinfo-flights` write \"Lukashenka\", the other three "
                    "\"Lukashenko\".",
                    "`cfd[t]['lukashenka']` is above 0 in those two texts only. Which form a "
                    "text uses is a choice worth noticing; on its own it says nothing about "
                    "whether the text is right.", correct=True),
        "b": Option("The two EUvsDisinfo case pages write \"Lukashenka\", the other texts "
                    "\"Lukashenko\".",
                    "look again at `euvsdisinfo-force`: it writes \"Lukashenko's\" (a word of "
                    "its own in the counts, `cfd[t][\"lukashenko's\"]`)."),
        "c": Option("The texts that write \"Lukashenko\" take his side.",
                    "a spelling is no verdict: `tanks-and-planes` writes \"Lukashenko\" and "
                    "reports the protests against him."),
        "d": Option("Most texts mix both spellings.",
                    "the counts show that each text keeps to one."),
    }, difficulty=MEDIUM,
    hints=["A `ConditionalFreqDist` holds one FreqDist per condition: here, one per text.",
           "Build it from (text id, word) pairs, the words from `tonltk.word_list(text)`, "
           "then look up both spellings (and their possessives) in each text.",
           "`cfd = nltk.ConditionalFreqDist((t.id, w) for t in corpus for w in "
           "tonltk.word_list(t))`, then `{t: (cfd[t]['lukashenka'], cfd[t]['lukashenko']) for "
           "t in cfd.conditions()}`."],
    solution="a: `{t for t in cfd.conditions() if cfd[t]['lukashenka'] > 0}` gives "
             "bogus-threat and euvsdisinfo-flights; the other three write \"Lukashenko\" "
             "(`euvsdisinfo-force` once, as \"Lukashenko's\"). A spelling is the outlet's "
             "choice of form, not evidence about what the text claims.")
