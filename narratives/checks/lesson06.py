"""The questions of exercise 06, "Your own text", asked of the practice text.

>>> q1.check(len(_sample.sentences))
Correct!
>>> q2.check({5, 8, 11})
Incorrect: sentence 11 denies something else: the opposition's accusation, not the tank claim. Read what each denial is about.
"""

from nltk import wordpunct_tokenize

from ..errors import NarrativesError
from ..paths import MY_TEXTS
from ..texts import load, load_file
from ..words import tonltk
from ..yourtext import compare_words
from . import (EASY, HARD, MEDIUM, ChoiceQuestion, OpenQuestion, Option, Question, Rubric,
               as_set)

_corpus = load()

def _practice(name):
    # The samples alone: a learner's own broken file in my-texts/ must not stop the exercise.
    try:
        return load_file(MY_TEXTS / name)
    except NarrativesError as error:
        raise NarrativesError(f"Exercise 06 asks about the practice texts, and {error} "
                              f"Restore it with: git checkout my-texts/{name}") from None


_sample = _practice("sample-en.txt")
# The mirror: the alliance denies, its communication office accuses, Norland's ministry
# rejects both. Question 5 holds that office's claim to the same standard.
_mirror = _practice("sample-en2.txt")

# Sentences that answer the tank claim: the alliance's rejection (5) and the analysts'
# finding (8) are needed; the alliance's own words (6, 7) and the published schedule (9)
# answer it too, so a learner who adds them is right as well.
_NEEDED, _ALSO = {5, 8}, {6, 7, 9}


def _answers(value):
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in value):
        return "give sentence numbers, e.g. {1, 2}."
    count = len(_sample.sentences)
    if any(not 1 <= n <= count for n in value):
        return f"the practice text has {count} sentences, numbered from 1."
    if 11 in value:
        return ("sentence 11 denies something else: the opposition's accusation, not the "
                "tank claim. Read what each denial is about.")
    extra = value - _NEEDED - _ALSO
    if extra:
        return (f"sentence {min(extra)} makes, frames or adds to a claim; it does not answer "
                "the one about tanks.")
    missing = _NEEDED - value
    if missing:
        return (f"{len(missing)} sentence(s) that answer the claim are missing: one reports a "
                "rejection, one reports an absence of evidence.")
    return True


q1 = Question(
    "q1", len(_sample.sentences), kind=int, difficulty=EASY,
    hints=["Every text, yours too, is split into sentences when it is loaded.",
           "A text's sentences are in `text.sentences`.",
           "Count the items of `sample.sentences`."],
    solution="`len(sample.sentences)`: the title and the practice note count as sentences.")

q2 = Question(
    "q2", _NEEDED, kind=set, normalize=as_set, test=_answers, difficulty=MEDIUM,
    hints=["A tool can find candidates; only reading can say what each one denies.",
           "`yourtext.denial_sentences(sample)` lists sentences with denial words; read "
           "each and ask: is it about the tanks?",
           "One of the candidates denies the opposition's accusation; another is only "
           "a negation."],
    solution="{5, 8}: sentence 5 (the alliance rejects the claim) and sentence 8 (no "
             "satellite images or other evidence). Sentences 6, 7 and 9 answer it too (the "
             "alliance's own words, the published schedule) and are also accepted. "
             "Sentence 11 denies a different accusation.")

q3 = Question(
    "q3", "Karl Vesen", kind=str, normalize=lambda s: " ".join(s.split()), difficulty=EASY,
    hints=["A quote is pinned on whoever the text names after it.",
           "`yourtext.claim_sentences(sample)` shows who each report is pinned on.",
           "Look at the end of the sentence with 'invasion' in it."],
    solution="'Karl Vesen', the minister, in sentence 4 ('... Minister Karl Vesen told "
             "state television').",
    wrong={"Norland's defence ministry": "the ministry makes the tank claim in sentence 3; "
                                         "the invasion quote is pinned on a person.",
           "Minister Karl Vesen": "right person: give the name alone, without the title."})

q4 = ChoiceQuestion(
    "q4", "The minister says: *\"Our enemies are preparing an invasion, and only unity can "
          "save the nation\"* Which techniques of lesson 05 does the sentence use?", {
        "a": Option("Appeal to fear, and flag-waving.",
                    "'preparing an invasion' makes the audience afraid; 'only unity can save "
                    "the nation' appeals to national identity to rally support.",
                    correct=True),
        "b": Option("Slogans only.",
                    "'only unity can save the nation' could become a slogan, but what does "
                    "the first half do to the audience?"),
        "c": Option("Name calling.",
                    "'our enemies' is unnamed and vague; the sentence works more by fear and "
                    "by national unity. Read those two definitions."),
        "d": Option("None: a minister stating a security assessment.",
                    "an official can use techniques like anyone; the label says how it is "
                    "said, not whether the threat is real."),
    }, difficulty=EASY,
    hints=["Split the sentence at 'and': each half does something different.",
           "For each half, ask: does it make the audience afraid, or call on their pride "
           "and unity?",
           "Read the definitions of Appeal to fear and Flag-waving in `techniques.table()`."],
    solution="a: appeal to fear ('preparing an invasion') and flag-waving ('only unity can "
             "save the nation').")

q5 = ChoiceQuestion(
    "q5", "The mirror practice text `sample-en2` turns the roles round: there the "
           "alliance's Joint Information Office calls Norland's reports of tanks *\"part of "
           "a disinformation campaign\"*. What does the text offer for that claim?", {
        "a": Option("Nothing: it names no outlet and no one coordinating them. The burden "
                    "of proof is the office's, and until it offers evidence its claim is "
                    "unsupported.",
                    "the same rule as for the ministry's tanks in `sample-en`: whoever "
                    "asserts carries the burden. Unsupported is not false, and Norland's "
                    "own tank reports are unproven too: its images are unpublished.",
                    correct=True),
        "b": Option("Enough: an office whose work is communication has looked into it and "
                    "said so.",
                    "who says it is not evidence for it. The office is run by the "
                    "alliance's member governments, a party to the dispute: what does it "
                    "show?"),
        "c": Option("Enough: Norland has not published its satellite images, so its reports "
                    "are false and the office is right.",
                    "unpublished images leave Norland's claim unproven, not false, and they "
                    "say nothing about who coordinates which outlets: two claims, each with "
                    "its own burden."),
        "d": Option("The independent researchers' finding supports it.",
                    "they \"could not confirm either account\": an absence of confirmation, "
                    "for both parties alike."),
    }, difficulty=MEDIUM,
    hints=["Read `sample-en2` and find the sentence with the office's claim, then the one "
           "after it.",
           "Ask lesson 03's questions: who asserts it, about whom, and what do they offer?",
           "Read what the researchers could and could not confirm."],
    solution="a: the office names no outlet and no coordinator, so nothing in the text "
             "supports its claim, and the burden is the office's. The same standard holds "
             "for Norland's tank reports, which rest on images it has not published.")

_top = compare_words(_sample, _corpus).rows[0][0]

q6 = Question(
    "q6", _top, kind=str, normalize=lambda s: s.strip().lower(), difficulty=MEDIUM,
    hints=["Keyness compares your text's words with the five texts' words.",
           "`yourtext.compare_words(text, corpus)` lists key words, highest G² first.",
           "Take the `word` of the first row."],
    solution="`yourtext.compare_words(sample, corpus).rows[0][0]`: 'ministry', the "
             "practice text's main actor.",
    wrong={"norland": "a close second, with the same G² as two other words. Which word "
                      "is on the first row?"})

q7 = ChoiceQuestion(
    "q7", "Which claim of the five texts does the practice text's claim about tanks "
          "resemble most?", {
        "a": Option("That NATO was building up forces, with tanks and planes, near "
                    "Belarus's border (2020).",
                    "both speak of foreign tanks gathering near a border, and both are "
                    "answered by a denial and by a lack of evidence.", correct=True),
        "b": Option("That NATO flew over 30 reconnaissance flights a week near the border "
                    "(2021).",
                    "that match rests on 'border' and 'week' only; the practice claim is "
                    "about tanks on the ground."),
        "c": Option("That NATO was preparing to use force against Belarus.",
                    "close in spirit ('preparing an invasion'), but the practice text's "
                    "checkable claim is about tanks at the border."),
        "d": Option("None: an invented country's claim cannot resemble a real one.",
                    "the practice text is invented, but a claim's shape (who, what, where, "
                    "what evidence) can be compared."),
    }, difficulty=MEDIUM,
    hints=["`yourtext.known_claims(sample, claims.load(corpus))` lists claims sharing "
           "words with each sentence.",
           "Sharing words is a lead: compare what each claim says happens, and where.",
           "Look at the sentences about tanks."],
    solution="a: the NATO build-up claim of August 2020 (`nato-buildup` in "
             "`texts/claims.json`).")

q8 = OpenQuestion(
    "q8",
    model_answer="The ministry asserts a checkable claim ('hundreds of foreign tanks' near "
                 "the border) and a minister frames it with appeal to fear ('preparing an "
                 "invasion') and flag-waving ('only unity can save the nation'). The "
                 "alliance, a party to the dispute, denies it with details that can be "
                 "checked (drills announced months ago, 300 soldiers, observers invited), "
                 "and analysts report an absence of evidence. The ministry's answer to the "
                 "opposition is name calling ('paid agents of foreign powers'), not "
                 "evidence. The key words (ministry, threaten, tanks, foreign) show a text "
                 "about a threat from outside; with one short text that is a topic, not a "
                 "style. A reader should ask the ministry for the images or movements it "
                 "relies on, and check the alliance's published schedule and observers.",
    rubric=Rubric(
        beginning="summarises the text, or takes one side's word, without quotes",
        developing="names the claim and who makes it, one narrative or technique with an "
                   "exact quote, and the denials with their kind of evidence",
        secure="also treats both sides' statements by the same method, says what the word "
               "comparison shows and cannot show, and names what would settle the claim"),
    hints=["Start from the main claim: who makes it, in whose words?",
           "Work through the lesson's five points: claim, techniques with quotes, denials "
           "and their evidence, words, what to check.",
           "Apply the same questions to the alliance's statement as to the ministry's."],
    difficulty=HARD, min_words=60)


# Questions answered with NLTK's own objects (lesson 06's NLTK cells show each one).
_words = len(_sample.tokens)
# NLTK's default word tokenizer (wordpunct) also counts each punctuation mark as a word.
_with_punctuation = len(wordpunct_tokenize(_sample.body))

q9 = Question(
    "q9", _words, kind=int, difficulty=EASY,
    wrong={_with_punctuation: "that count includes punctuation: NLTK's reader splits with "
                              "`wordpunct` unless you give it a word tokenizer. Pass "
                              "`word_tokenizer=tonltk.word_tokenizer()`, or use "
                              "`tonltk.corpus_reader`."},
    hints=["NLTK's `PlaintextCorpusReader` reads a folder of `.txt` files; NLTK 3.10 first "
           "needs the folder on `nltk.data.path`.",
           "`tonltk.corpus_reader('../my-texts')` allows the folder and gives NLTK's reader "
           "the workbook's tokenizers; its `words(fileid)` are a file's words.",
           "`reader = tonltk.corpus_reader('../my-texts')`, then "
           "`len(reader.words('sample-en.txt'))`."],
    solution="`len(tonltk.corpus_reader('../my-texts').words('sample-en.txt'))`, the same "
             "as `len(sample.tokens)`. By hand: `nltk.data.path.append(os.path.abspath("
             "'../my-texts'))`, then `PlaintextCorpusReader('../my-texts', r'.*\\.txt', "
             "word_tokenizer=tonltk.word_tokenizer(), sent_tokenizer=...)`.")

q10 = ChoiceQuestion(
    "q10", "Make an `nltk.Text` of `sample-en`'s words and read its concordance lines for "
           "\"tanks\" (`concordance` prints them, `concordance_list` returns them). Whose "
           "words are the three uses?", {
        "a": Option("Two carry the ministry's claim (the headline, and the \"hundreds of "
                    "foreign tanks\" it is quoted saying); one is the analysts' finding of no "
                    "evidence of a build-up of tanks.",
                    "the third line reads \"no satellite images or other evidence of a "
                    "build-up of tanks\": the same word, in a sentence that answers the "
                    "claim.", correct=True),
        "b": Option("All three are the ministry's words.",
                    "read the third line's left context: \"no satellite images or other "
                    "evidence of a build-up of\". Whose finding is that?"),
        "c": Option("One is the alliance's, when it rejects the claim.",
                    "the alliance's statement (sentences 5 to 7) never says \"tanks\"; read "
                    "the sentence each line is in."),
        "d": Option("Three uses show that the text stresses the threat of tanks.",
                    "a count does not say who speaks: one of the three uses reports that "
                    "there is no evidence of tanks."),
    }, difficulty=MEDIUM,
    hints=["NLTK's `Text` has a concordance: `concordance` prints the lines, "
           "`concordance_list` returns them.",
           "Make `nltk.Text(tonltk.word_list(sample))` and print the lines for 'tanks' with "
           "a wide window, so that you can see who is speaking.",
           "`nltk.Text(tonltk.word_list(sample)).concordance('tanks', width=120)`: read the "
           "words around each use, then find its sentence in `sample.sentences`."],
    solution="a: the headline and sentence 3 carry the ministry's claim; sentence 8 is the "
             "analysts' finding that there is no evidence of a build-up of tanks. A count of "
             "'tanks' counts the claim and its answer alike.")
