"""The questions of exercise 01, "Meet the texts".

Most ask for a judgement about a source, a date or a line, as a choice among
letters; every wrong choice gets its own pointer. Difficulty marks follow the
NLTK book: ☼ easy, ◑ intermediate, ★ harder.

>>> q1.check("b")
Correct!
>>> q1.check("a")
Incorrect: euvsdisinfo-force is dated only as 'on or after 27 August 2020': the earliest date it can have. Is the other text dated earlier, and how?
"""

from ..texts import load
from . import OpenQuestion, Question, as_set

_corpus = load()


def _letter(value):
    """'(B) ' or 'b.' -> 'b'."""
    return value.strip().strip("().").strip().lower()


def choice(name, answer, feedback, hints, solution):
    """A multiple-choice question: one letter is right; every other letter has its pointer."""
    letters = sorted(set(feedback) | {answer})

    def test(value):
        if value == answer:
            return True
        if value in feedback:
            return feedback[value]
        return f"choose one of the letters {', '.join(letters)}, as a string, e.g. 'a'."

    return Question(name, kind=str, normalize=_letter, test=test, hints=hints,
                    solution=solution)


q1 = choice(
    "q1", "b",
    {"a": "euvsdisinfo-force is dated only as 'on or after 27 August 2020': the earliest "
          "date it can have. Is the other text dated earlier, and how?",
     "c": "neither prints a date, but both can be dated from what they report. Read each "
          "text's `date_note`."},
    hints=["Neither text prints its date. What does each one report that can be dated?",
           "Print `corpus[...].date_note` for the two texts that quote Lungescu, and compare "
           "the earliest date each can have.",
           "One of the two reports what Lukashenko said 'later Monday', after a rally on a "
           "Sunday."],
    solution="(b) `tanks-and-planes`: its caption dates the rally 16 August 2020, which it "
             "calls 'Sunday', and it reports what Lukashenko said 'later Monday', 17 August "
             "(its address, 2020/08/17, agrees). `euvsdisinfo-force` mentions Stoltenberg's "
             "statement of 27 August, so it is from that day or later.")

q2 = Question(
    "q2", len(_corpus["pravda-bury"].sentences), kind=int,
    hints=["A text's sentences are in `text.sentences`; boilerplate is not among them.",
           "`len(...)` counts the items of a tuple."],
    solution="`len(corpus['pravda-bury'].sentences)`: the subscribe line and the two "
             "byline lines are boilerplate, so they are not sentences.",
    wrong={len(_corpus["pravda-bury"].sentences) + 3:
           "that count includes the three boilerplate lines (subscribe line, byline); "
           "leave them out."})

q3 = choice(
    "q3", "c",
    {"a": "reading closely is the step lateral reading puts off: first leave the page and "
          "find out who is behind it.",
     "b": "an outlet's own About page tells you what it says about itself. Lateral readers "
          "check that against what others say.",
     "d": "counting words tells you how a text is written, not who is behind it."},
    hints=["Lateral reading begins by leaving the page.",
           "Which step asks other sources about the outlet, instead of the outlet itself?"],
    solution="(c): search for the outlet's name and read what others (news reports, "
             "registers, encyclopaedias, the funder's own documents) say about who runs and "
             "funds it. For `bogus-threat`, that leads to Belsat, a channel of Poland's "
             "public broadcaster TVP, mainly funded by Poland's foreign ministry.")

q4 = choice(
    "q4", "b",
    {"a": "the workbook does not judge whether its cases are right: that is for you to weigh, "
          "case by case. The question is about what kind of organisation it is.",
     "c": "EUvsDisinfo names no outlet in these two texts, and the question is not about "
          "its website. Who runs it, and on what evidence do its responses here rest?",
     "d": "it does answer claims, at length. Look at who runs it and whose statements its "
          "responses quote."},
    hints=["Look at the catalog's `run_by` for the EUvsDisinfo texts.",
           "Then look at whose words the responses of `euvsdisinfo-force` quote as evidence."],
    solution="(b): EUvsDisinfo is run by the East StratCom Task Force of the EU's diplomatic "
             "service, set up to address Russia's disinformation campaigns, and its responses "
             "here rest on statements by NATO, a party to the dispute. It is a government "
             "communication unit with a mission, not an independent fact-checker; weigh it "
             "as you weigh the other sources.")

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
    "q5", kind=set, normalize=as_set, test=_named,
    hints=["A clue (a spelling, a page format) is not a name. Look for the outlet's own name "
           "in the words of the text.",
           "Read the last lines of each text, and any 'told ...' that names who asked."],
    solution="{'pravda-bury'}: it writes 'told Pravda. Ru' and 'Subscribe to Pravda.Ru'. The "
             "other four outlets were found by searching their headlines or first sentences.")

q6 = choice(
    "q6", "b",
    {"a": "EUvsDisinfo gives no evidence for it; compare its words with how NATO describes "
          "itself.",
     "c": "no quotation marks, no 'said': the text does not pin these words on Stoltenberg.",
     "d": "the claim is in the summary above the response. This sentence is in the response."},
    hints=["Whose words does the sentence resemble? Look at how NATO describes itself.",
           "Is the sentence attributed to anyone in the text?"],
    solution="(b): NATO's description of itself, almost word for word, stated in "
             "EUvsDisinfo's own voice as 'reality' without saying whose words they are. A "
             "party's self-description is a claim like any other.")

q7 = choice(
    "q7", "b",
    {"a": "it looks like one, but a subheading introduces the paragraphs below it, and these "
          "are about Stoltenberg's rebuttal of 17 August, not a hybrid war. On the page it "
          "is a link to another article.",
     "c": "there are no quotation marks and no 'said': it is a headline, and on the page it "
          "points to another article."},
    hints=["Does the paragraph after line 11 talk about what line 11 announces?",
           "Open the text in the reader: how is line 11 shown?"],
    solution="(b): a link to another article (its headline), kept in the body because "
             "readers saw it, left out of sentences and word counts. Read as a subheading, it "
             "would wrongly put Lukashenka's 'hybrid war' claim into this article.")

q8 = OpenQuestion(
    "q8",
    model_answer="bogus-threat was published by Belsat, a Belarus-focused channel of "
                 "Poland's public broadcaster TVP, mainly funded by Poland's Ministry of "
                 "Foreign Affairs. The text does not say so: the spelling 'Lukashenka' and "
                 "its links to other articles are clues, and searching the headline finds the "
                 "same text on belsat.eu; Belsat's own report of a donors' meeting and a "
                 "journalists' association report say who funds it. It broadcasts to Belarus from "
                 "Poland, a NATO member on Belarus's border, with Polish state money, so on "
                 "the NATO build-up its funder is a party to the dispute. "
                 "That does not make its report wrong: it quotes Stoltenberg at length and "
                 "Lukashenka too. Before trusting its account I would want evidence "
                 "independent of both sides, such as satellite images or troop figures from "
                 "observers who are neither NATO, Polish nor Belarusian officials.",
    covers=["name the outlet and who runs and funds it, for one text",
            "say how you found out (which clues in the text, which other sources)",
            "say how the outlet's ownership and mission relate to the story, without "
            "calling its report true or false for that alone",
            "name what you would still need to know or check before trusting its account"])
