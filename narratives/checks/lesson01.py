"""The questions of exercise 01, "Meet the texts".

>>> q2.check(len(_corpus["pravda-bury"].sentences))
Correct!
"""

from datetime import date

from ..texts import load
from . import OpenQuestion, Question, as_set

_corpus = load()

q1 = Question(
    "q1", "tanks-and-planes", kind=str, normalize=str.strip,
    hints=["Look at the `published` and `date_basis` columns of the overview, and "
           "read each text's `date_note`.",
           "A date written '2020-08' is only known to the month: read what that text's "
           "`date_note` says about when in August it appeared."],
    solution="`tanks-and-planes` (17 August 2020). `bogus-threat` sorts first as "
             "'2020-08', but its note places it in late August.",
    wrong={"bogus-threat": "its date is only known to the month, and its `date_note` "
                           "places it in late August. Which text is dated to the day, "
                           "earlier than that?",
           "euvsdisinfo-force": "it was published on or after 27 August 2020. Is there "
                                "a text from before that?"},
    test=lambda value: (value == "tanks-and-planes") or (
        f"there is no text with id {value!r}; use one of: {', '.join(_corpus.ids)}."
        if value not in _corpus else "not that one. Compare the dates and how they are known."))

q2 = Question(
    "q2", len(_corpus["pravda-bury"].sentences), kind=int,
    hints=["A text's sentences are in `text.sentences`; `len(...)` counts them.",
           "`len(corpus['pravda-bury'].sentences)`"],
    solution="`len(corpus['pravda-bury'].sentences)`: the subscribe line and the two "
             "byline lines are boilerplate, so they are not sentences.",
    wrong={len(_corpus["pravda-bury"].sentences) + 3:
           "that count includes the three boilerplate lines (subscribe line, byline); "
           "leave them out."})

q3 = Question(
    "q3", {"euvsdisinfo-force", "tanks-and-planes"}, kind=set, normalize=as_set,
    hints=["Search each text's body for her surname.",
           "`{t.id for t in corpus if 'Lungescu' in t.body}`"],
    solution="`{t.id for t in corpus if 'Lungescu' in t.body}`: the EUvsDisinfo case "
             "and the report of 16–17 August quote her statement of 16 August.")

q4 = Question(
    "q4", {3, 34}, kind=set, normalize=as_set,
    hints=["Each text has a `boilerplate` list; each item has a `line`.",
           "`{b.line for b in corpus['tanks-and-planes'].boilerplate}`"],
    solution="`{b.line for b in corpus['tanks-and-planes'].boilerplate}`: line 3 is a "
             "photo caption and line 34 a comment-section notice.")

q5 = Question(
    "q5", max(_corpus, key=lambda t: len(t.tokens)).id, kind=str, normalize=str.strip,
    hints=["`len(text.tokens)` counts a text's words, boilerplate left out.",
           "`max(corpus, key=lambda t: len(t.tokens)).id`"],
    solution="`max(corpus, key=lambda t: len(t.tokens)).id`",
    wrong={"pravda-bury": "close: it is the second longest. Count words (`tokens`), "
                          "not characters or sentences."})

q6 = Question(
    "q6", {"Lukashenko", "Lukashenka"}, kind=set, normalize=as_set,
    hints=["Look for words that start with 'Lukashenk' in the tokens of all texts.",
           "`{w for t in corpus for w in t.tokens if w.startswith('Lukashenk')}` finds "
           "them, with some possessive forms you can leave out."],
    solution="{'Lukashenko', 'Lukashenka'}: 'Lukashenka' follows the Belarusian form of "
             "the name, 'Lukashenko' the Russian one.")

q7 = Question(
    "q7", (date(2020, 8, 27) - date(2020, 8, 16)).days, kind=int,
    hints=["Subtract two `datetime.date` objects and take `.days`.",
           "`(date(2020, 8, 27) - date(2020, 8, 16)).days`"],
    solution="`(date(2020, 8, 27) - date(2020, 8, 16)).days`",
    wrong={10: "count from the day of the rally (16 August) to 27 August: subtract the "
               "dates rather than counting on your fingers."})

q8 = OpenQuestion(
    "q8",
    model_answer="The photo caption of `tanks-and-planes` calls Lukashenko 'the "
                 "Belarusian strongman' who rules 'with an iron grip': it frames him "
                 "before the article's first sentence, and readers who skim see the "
                 "caption first. Bylines and subscribe lines tell us who wrote and who "
                 "publishes, which helps judge a source; a comment notice reminds us that "
                 "the page invites reactions. Counting words in them would mix the "
                 "outlet's house style into the analysis, so we leave them out of counts "
                 "but still read them.",
    covers=["name at least one boilerplate line and the text it comes from",
            "say what it adds: framing (the caption), authorship (byline), platform "
            "(subscribe line, comments)",
            "explain why analyses leave boilerplate out of counts, yet readers should "
            "still read it"])
