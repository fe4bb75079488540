"""The questions of exercise 04, "Word use".

>>> q4.check("euvsdisinfo-force")
Correct!
>>> q4.check("pravda-bury")
Incorrect: pravda-bury uses "NATO" most often in raw numbers (21 times), but it is also one of the longest texts. Compare uses per 1,000 words.
"""

import math

from .. import words
from ..texts import load
from . import OpenQuestion, Question, as_set

_corpus = load()
_pravda = _corpus["pravda-bury"]
_nato = words.frequencies(_corpus, "nato")
_per_1000 = _nato.per_1000("nato")
_counts = _nato.counts("nato")
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
    hints=["`words.top_words(text, n=5, stopwords=set())` keeps every word.",
           "`set(words.top_words(corpus['pravda-bury'], n=5, stopwords=set())"
           ".column('word'))`"],
    solution="`set(words.top_words(corpus['pravda-bury'], n=5, stopwords=set())"
             ".column('word'))`: 'the', 'of' and 'to' say the text is in English, and "
             "nothing about it; 'belarus' and 'nato' already say what it is about.")


def _top_without_stopwords(value):
    if value == set(words.top_words(_pravda, n=5, stopwords=set()).column("word")):
        return ("'the', 'of' and 'to' are stopwords: this time leave them out (the default "
                "of `top_words`).")
    return value == set(words.top_words(_pravda, n=5).column("word")) or (
        "not quite. Use `words.top_words` on pravda-bury with its default stopwords.")


q2 = Question(
    "q2", set(words.top_words(_pravda, n=5).column("word")), kind=set, normalize=as_set,
    test=_top_without_stopwords,
    hints=["`words.top_words(text, n=5)` leaves out the words of texts/stopwords-en.txt.",
           "`set(words.top_words(corpus['pravda-bury'], n=5).column('word'))`"],
    solution="`set(words.top_words(corpus['pravda-bury'], n=5).column('word'))`: "
             "belarus, nato, russia, political and belarusian. 'Russia' and 'political' "
             "point at what this text adds: a Russian analyst's political commentary.")


def _per_1000_test(value):
    if set(value) != set(_corpus.ids):
        return "give one entry for each of the five texts, with the text ids as keys."
    if all(value[k] == _counts[k] for k in value):
        return "these are counts. Give uses per 1,000 words (the `per_1000` column)."
    if all(isinstance(v, (int, float)) and math.isclose(v, _per_1000[k] / 1000, rel_tol=0.01)
           for k, v in value.items()):
        return "these are uses per word. Multiply by 1,000."
    ok = all(isinstance(v, (int, float)) and math.isclose(v, _per_1000[k], abs_tol=0.01)
             for k, v in value.items())
    return ok or "some values are off. Did you count 'nato' in each text, any case?"


q3 = Question(
    "q3", _per_1000, kind=dict, test=_per_1000_test,
    hints=["`words.frequencies(corpus, 'nato')` has a `per_1000` column.",
           "`words.frequencies(corpus, 'nato').per_1000('nato')` gives it as a dict."],
    solution="`words.frequencies(corpus, 'nato').per_1000('nato')`")

q4 = Question(
    "q4", max(_per_1000, key=_per_1000.get), kind=str, normalize=str.strip,
    hints=["Look at the dict of question 3: which value is largest?",
           "`max(nato_per_1000, key=nato_per_1000.get)`"],
    solution="`euvsdisinfo-force`: 16 uses in 404 words. The fact-check names NATO in "
             "nearly every sentence, because NATO is what the claim is about.",
    wrong={"pravda-bury": 'pravda-bury uses "NATO" most often in raw numbers (21 times), '
                          "but it is also one of the longest texts. Compare uses per "
                          "1,000 words."})


def _key_words(value):
    if value == _key_2020:
        return ("those are the words key to the 2020 texts: put the 2021 texts first, as "
                "group A.")
    return value == _key_2021 or (
        "not quite. Group A is the texts published in 2021 (`t.date.year == 2021`), group "
        "B those of 2020; take the first five rows of `words.keyness(A, B)`.")


q5 = Question(
    "q5", _key_2021, kind=set, normalize=as_set, test=_key_words,
    hints=["Make two lists: `[t for t in corpus if t.date.year == 2021]`, and the same "
           "for 2020.",
           "`set(words.keyness(texts_2021, texts_2020).column('word')[:5])`"],
    solution="`set(words.keyness(texts_2021, texts_2020).column('word')[:5])`: political, "
             "russia, cooperation, headquarters and many. Most come from pravda-bury "
             "alone, the story of 2021 about NATO's headquarters: two texts against three "
             "mostly tell us what these texts are about, not how 2021 wrote.")


def _speaker(value):
    if "stoltenberg" in value:
        return True
    if "lukashenk" in value:
        return ("Lukashenko (or Lukashenka) is the man the word points at. Whose words are "
                "these? Widen the context, or read the sentence with `sentence_at`.")
    return "not that person. Read each line with more context: `width=120`."


q6 = Question(
    "q6", "stoltenberg", kind=str, normalize=lambda s: s.strip().lower(), test=_speaker,
    hints=["`words.concordance(corpus, 'regime', width=120)` shows more of each line.",
           "`corpus[text_id].sentence_at(start).text` gives the whole sentence; look "
           "for quotation marks and for 'he said' or 'according to him'."],
    solution="Jens Stoltenberg, NATO's Secretary General: three of the four uses are in his "
             "quoted or reported words. The fourth is bogus-threat's own headline, which "
             "sums him up in its own choice of word. A count of 'regime' says nothing about "
             "who said it.")

q7 = OpenQuestion(
    "q7",
    model_answer="Counts show how often a word form appears, not what it means or who "
                 "says it. Three of the four uses of 'regime' are Stoltenberg's words, "
                 "quoted or reported by others, and the fourth is a headline summing him "
                 "up; the fact-checks repeat the claim they refute, so its words count as "
                 "theirs; 'aggression' never appears, while "
                 "'aggressive' and "
                 "'ever-aggressive' do. With five short texts, one sentence more or less "
                 "changes a rate per 1,000 words a lot, and a 'key' word of one text may "
                 "just be its topic. Counts tell us where to read; reading tells us what "
                 "is going on.",
    covers=["quotation: a count does not know who is speaking, or that a text repeats a "
            "claim in order to refute it",
            "meaning and form: negation, irony, other word forms and synonyms are invisible "
            "to a count",
            "size: with five short texts, small numbers swing, and topic is mixed up with "
            "outlet, date and genre",
            "what to do instead: use counts to choose what to read, then read in context"])
