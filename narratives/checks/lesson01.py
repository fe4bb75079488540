"""The questions of exercise 01, "Meet the texts".

Most ask for a judgement about a source, a date or a line: a choice among
options, each with its own feedback, or a short written source card.

>>> q1.check("b")
Correct! Its caption dates the rally to Sunday 16 August 2020, and it reports what Lukashenko said 'later Monday': 17 August.
>>> q1.check("a")
Incorrect: its date is only the earliest it can have: on or after 27 August 2020, the day of the latest statement it quotes. Is the other text dated earlier, and how?
"""

from ..texts import load
from . import EASY, HARD, MEDIUM, ChoiceQuestion, OpenQuestion, Option, Question, Rubric, as_set

_corpus = load()

q1 = ChoiceQuestion(
    "q1", "NATO spokeswoman Oana Lungescu's statement of 16 August 2020 is quoted in two "
          "texts, `euvsdisinfo-force` and `tanks-and-planes`. Neither prints its date. Which "
          "of the two was published first?", {
        "a": Option("`euvsdisinfo-force`",
                    "its date is only the earliest it can have: on or after 27 August 2020, "
                    "the day of the latest statement it quotes. Is the other text dated "
                    "earlier, and how?"),
        "b": Option("`tanks-and-planes`",
                    "its caption dates the rally to Sunday 16 August 2020, and it reports "
                    "what Lukashenko said 'later Monday': 17 August.", correct=True),
        "c": Option("We cannot tell: neither text can be dated.",
                    "neither prints a date, but both can be dated from what they report. "
                    "Read each text's `date_note`."),
    }, difficulty=MEDIUM,
    hints=["Neither text prints its date. What does each one report that can be dated?",
           "Print the `date_note` of the two texts and compare the earliest date each can "
           "have.",
           "One of the two reports what Lukashenko said 'later Monday', after a rally on a "
           "Sunday."],
    solution="b: `tanks-and-planes`, 17 August 2020 (its address, 2020/08/17, agrees). "
             "`euvsdisinfo-force` quotes Stoltenberg's statement of 27 August, so it is from "
             "that day or later.")

q2 = Question(
    "q2", len(_corpus["pravda-bury"].sentences), kind=int, difficulty=EASY,
    hints=["Where does a text keep its sentences, boilerplate left out?",
           "Count the items of that tuple.",
           "`len(...)` of `corpus['pravda-bury']`'s sentences."],
    solution="`len(corpus['pravda-bury'].sentences)`: the subscribe line and the two "
             "byline lines are boilerplate, so they are not sentences.",
    wrong={len(_corpus["pravda-bury"].sentences) + 3:
           "that count includes the three boilerplate lines (subscribe line, byline); "
           "leave them out."})

q3 = ChoiceQuestion(
    "q3", "You want to know who funds the outlet behind a text: Belsat behind "
          "`bogus-threat`, say, or Pravda.Ru behind `pravda-bury`. Which step is *lateral* "
          "reading?", {
        "a": Option("Read the article closely for signs of bias before anything else.",
                    "reading closely is the step lateral reading puts off: first leave the "
                    "page and find out who is behind it."),
        "b": Option("Open the outlet's own About page and take what it says as settled.",
                    "an outlet's own About page tells you what it says about itself. "
                    "Lateral readers check that against what others say."),
        "c": Option("Search for the outlet's name and read what others (news reports, "
                    "registers, encyclopaedias, funders' documents) say about who runs and "
                    "funds it.",
                    "leave the page, then read what others say about the source.",
                    correct=True),
        "d": Option("Count the loaded words in the article.",
                    "counting words tells you how a text is written, not who is behind it."),
    }, difficulty=EASY,
    hints=["Lateral reading begins by leaving the page.",
           "Which step asks other sources about the outlet, instead of the outlet itself?",
           "Two options stay on the outlet's own pages; one counts words."],
    solution="c: search for the outlet's name and read what others say about who runs and "
             "funds it. For `bogus-threat`, that leads to Belsat, a channel of Poland's public "
             "broadcaster TVP, paid for in large part by Poland's foreign ministry (62% of its "
             "budget in 2018 and 41% in 2019, says a Polish fact-check of 2020; the figure "
             "for 2020 is uncertain) and the rest by TVP and other donors. For `pravda-bury`, "
             "it leads to "
             "Pravda.Ru, privately owned, which does not publish who funds it.")

q4 = ChoiceQuestion(
    "q4", "An earlier version of this workbook called EUvsDisinfo a \"fact-check database\". "
          "Why is that a misleading description of the outlet?", {
        "a": Option("Because its cases are wrong.",
                    "the workbook does not judge whether its cases are right: you weigh them "
                    "case by case. The question is about what kind of organisation it is."),
        "b": Option("Because it is a communication unit of the EU's diplomatic service, with "
                    "a mission, and its responses here rest on statements by NATO, a party "
                    "to the dispute.",
                    "a government communication unit with a mission, not an independent "
                    "fact-checker: weigh it as you weigh the other sources.", correct=True),
        "c": Option("Because it has no website of its own.",
                    "both texts were found on euvsdisinfo.eu. Who runs it, and on what "
                    "evidence do its responses here rest?"),
        "d": Option("Because it does not answer the claims it files.",
                    "it does answer them, at length. Look at who runs it and whose "
                    "statements its responses quote."),
    }, difficulty=MEDIUM,
    hints=["Look at the catalog's `run_by` for the EUvsDisinfo texts.",
           "Then look at whose words the responses of `euvsdisinfo-force` quote as evidence.",
           "A database of fact-checks suggests an independent checker; is it one?"],
    solution="b: EUvsDisinfo is run by the East StratCom Task Force of the EU's diplomatic "
             "service, set up to answer what the European Council called \"Russia's ongoing "
             "disinformation campaigns\", and its responses here rest on statements by NATO, a "
             "party to the dispute.")

_NAMED = {t.id for t in _corpus if t.outlet and t.outlet.lower().replace(" ", "")
          in t.body.lower().replace(" ", "")}


def _named(value):
    if value == _NAMED:
        return True
    if "euvsdisinfo-force" in value or "euvsdisinfo-flights" in value:
        return ("the 'Disinfo:' title and the claim-then-response format are clues to the "
                "outlet, not its name. Which text writes its outlet's name?")
    if "bogus-threat" in value:
        return ("the spelling 'Lukashenka' and the links to other articles are clues, not "
                "a name. Which text writes its outlet's name?")
    unknown = sorted(value - set(_corpus.ids))
    if unknown:
        return f"{unknown[0]!r} is not a text id; use the ids of `corpus.ids`."
    return "not that. Search each text's body for a name of an outlet."


q5 = Question(
    "q5", kind=set, normalize=as_set, test=_named, difficulty=HARD,
    hints=["A clue (a spelling, a page format) is not a name. Look for the outlet's own name "
           "in the words of the text.",
           "Read the last lines of each text, and any 'told ...' that says who asked.",
           "Only one text does it, once in a sentence and once in a subscribe line."],
    solution="{'pravda-bury'}: it writes 'told Pravda. Ru' and 'Subscribe to Pravda.Ru'. The "
             "other four outlets were found by searching their headlines or first sentences.")

q6 = ChoiceQuestion(
    "q6", "In `euvsdisinfo-flights`, the response says: *\"It promotes democratic values and "
          "enables its members to consult and cooperate on defence and security issues to "
          "solve problems, build trust and prevent conflict.\"* What is the best description "
          "of this sentence?", {
        "a": Option("A fact that EUvsDisinfo has checked.",
                    "EUvsDisinfo gives no evidence for it; compare its words with how NATO "
                    "describes itself."),
        "b": Option("NATO's description of itself, relayed in EUvsDisinfo's own voice "
                    "without attribution.",
                    "almost NATO's own words about itself, stated as 'reality'. A party's "
                    "self-description is a claim like any other.", correct=True),
        "c": Option("A quote from NATO's Secretary General.",
                    "no quotation marks, no 'said': the text does not pin these words on "
                    "Stoltenberg."),
        "d": Option("Part of the claim that the page rebuts.",
                    "the claim is in the summary above the response. This sentence is in "
                    "the response."),
    }, difficulty=MEDIUM,
    hints=["Whose words does the sentence resemble?",
           "Look at how NATO describes itself, and whether the text says whose words these "
           "are.",
           "No one is quoted, yet the words are not EUvsDisinfo's own."],
    solution="b: NATO's description of itself, almost word for word, stated in EUvsDisinfo's "
             "own voice as 'reality' without saying whose words they are.")

q7 = ChoiceQuestion(
    "q7", "Line 11 of `bogus-threat` reads *\"Lukashenka talks about hybrid war against "
          "Belarus\"*. What is it, and what follows for our analyses?", {
        "a": Option("A subheading: the paragraphs below it are about a hybrid war, so it is "
                    "part of the article and its sentences.",
                    "it looks like one, but the paragraphs after it are about Stoltenberg's "
                    "rebuttal of 17 August, not a hybrid war. On the page it is a link to "
                    "another article."),
        "b": Option("A link to another article: kept in the body, left out of sentences and "
                    "counts.",
                    "readers saw it, so it stays in the body; it is not this article's "
                    "argument, so it is left out of sentences and counts.", correct=True),
        "c": Option("A quote from Lukashenka, reported by the outlet.",
                    "there are no quotation marks and no 'said': it is a headline, and on "
                    "the page it points to another article."),
    }, difficulty=MEDIUM,
    hints=["Does the paragraph after line 11 talk about what line 11 announces?",
           "Open the text in the reader: how is line 11 shown?",
           "Compare it with line 21, the last line of the text."],
    solution="b: a link to another article (its headline). Read as a subheading, it would "
             "wrongly put Lukashenka's 'hybrid war' claim into this article.")

q8 = OpenQuestion(
    "q8",
    model_answer="pravda-bury was published by Pravda.Ru, a privately owned Russian site "
                 "(Pravda.Ru Holding, headed by Vadim Gorshenin), founded in 1999 by former "
                 "journalists of the Soviet Pravda and not the Communist Party's newspaper. "
                 "The text names its outlet ('told Pravda. Ru', and its subscribe line); "
                 "Pravda.Ru's own press release and Wikipedia's article say who runs it. Who "
                 "funds it is not published, and reports of who else holds interests in it "
                 "differ: an open question, to keep in mind as for any outlet. Its headline "
                 "frames NATO's decision as a threat ('NATO ready to bury Belarus'), and it "
                 "gives most of its space to a Russian analyst, an adviser in a Russian "
                 "parliamentary faction. That does not make its report of the decision wrong: "
                 "it quotes Stoltenberg, citing Reuters. Before trusting its account I would "
                 "read Stoltenberg's words in Reuters' report or NATO's own transcript, and "
                 "look for evidence about NATO's flights near Belarus from observers who are "
                 "neither NATO, Belarusian nor Russian officials.",
    rubric=Rubric(
        beginning="Names the outlet, or guesses it, without saying who runs or funds it or "
                  "how that is known.",
        developing="Names the outlet, who runs and funds it, and how that was found out, but "
                   "either judges the report by its owner alone or does not say what is "
                   "still to be checked.",
        secure="Names the outlet, who runs and funds it, and how that was found out (clues "
               "and other sources); relates ownership and mission to the story without "
               "calling the report true or false for that alone; says what evidence, "
               "independent of both sides, would still need checking."),
    hints=["Pick one text and start from what its catalog row and the lesson's source table "
           "say.",
           "Write four parts: who is behind it; how you know; how that relates to the story; "
           "what you would still check.",
           "For the last part, think of evidence that neither side of the dispute controls."],
    difficulty=HARD)

q9 = ChoiceQuestion(
    "q9", "`pravda-bury` names its outlet, Pravda.Ru, whose name recalls the Soviet Communist "
          "Party's newspaper *Pravda*. What do the catalog's sources say about who runs and "
          "funds it?", {
        "a": Option("It is the Communist Party's newspaper *Pravda*, online.",
                    "the sources say it was founded in 1999 by former journalists of the Soviet "
                    "paper, and is a different outlet. Read the catalog's `run_by`."),
        "b": Option("A privately owned site (Pravda.Ru Holding, headed by Vadim Gorshenin); "
                    "it does not publish who funds it, and reports of who else holds interests "
                    "in it differ.",
                    "so who pays for it is an open question, to keep in mind as you keep "
                    "Belsat's and EUvsDisinfo's funders in mind.", correct=True),
        "c": Option("A Russian government communication unit, as EUvsDisinfo is an EU one.",
                    "no source in the catalog says the Russian state runs it: it is privately "
                    "owned. Whether state money reaches it is not published; that is the open "
                    "question."),
        "d": Option("Nothing more can be known: an outlet that names itself needs no lateral "
                    "reading.",
                    "its name tells you who published the text, not who runs or pays for the "
                    "outlet. Read what others say about it."),
    }, difficulty=MEDIUM,
    hints=["Read the catalog's `run_by` and `funded_by` for `pravda-bury`.",
           "Which option says only what those sources support, and no more?",
           "One option says the funding is not published."],
    solution="b: privately owned (Pravda.Ru Holding, Vadim Gorshenin), founded in 1999 by "
             "former journalists of the Soviet Pravda, not the party's paper; it does not "
             "publish its funding, and reports of other holders differ. The same question, who "
             "pays and how do we know, is asked of Belsat (q3) and EUvsDisinfo (q4).")

q10 = ChoiceQuestion(
    "q10", "`tanks-and-planes` is a Breitbart News report; the outlet is privately owned in "
           "the United States. What follows for reading it?", {
        "a": Option("Its report is neutral: no party to the dispute owns it.",
                    "ownership is one question among several. In its own voice it says "
                    "Lukashenko 'is known as' 'Europe’s last dictator', and it relies on other "
                    "outlets' reports: ask about those too."),
        "b": Option("Ask it the questions asked of every outlet: who owns it and how we know "
                    "(its chief executive named the owners to the US Senate press gallery in "
                    "2017), whose reports it draws on, and which words are its own.",
                    "the same questions for every outlet, whoever owns it.", correct=True),
        "c": Option("Its report is unreliable because of who owns it.",
                    "no outlet is judged by its owner alone here, on any side: weigh what it "
                    "reports, and on whose word."),
        "d": Option("Nothing: a US outlet has no interest in how Belarus is reported.",
                    "every outlet has a mission and an audience. Ask who owns it and whose "
                    "reports it draws on, as of Belsat and Pravda.Ru."),
    }, difficulty=EASY,
    hints=["Which questions did the lesson ask of Belsat and EUvsDisinfo?",
           "Read the catalog's `funded_by` and `outlet_basis` for `tanks-and-planes`.",
           "Two options judge the report by its owner; one says there is nothing to ask."],
    solution="b: the same questions as for every outlet. Breitbart News is owned by Larry "
             "Solov, Susie Breitbart and the Mercer family (Solov to the US Senate press "
             "gallery, 2017, reported by USA Today); the report draws on Deutsche Welle, China "
             "Daily, BelTA and RIA; and in its own voice it says Lukashenko 'is known as' "
             "'Europe’s last dictator'.")
