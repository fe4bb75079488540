"""The questions of exercise 06, "Your own text", asked of the practice text.

>>> q1.check(len(_sample.sentences))
Correct!
"""

from ..errors import NarrativesError
from ..paths import MY_TEXTS
from ..texts import load, load_file
from ..yourtext import compare_words
from . import OpenQuestion, Question, as_set

_corpus = load()
try:
    # The sample alone: a learner's own broken file in my-texts/ must not stop the exercise.
    _sample = load_file(MY_TEXTS / "sample-en.txt")
except NarrativesError as error:
    raise NarrativesError(f"Exercise 06 asks about the practice text, and {error} "
                          "Restore it with: git checkout my-texts/sample-en.txt") from None

q1 = Question(
    "q1", len(_sample.sentences), kind=int,
    hints=["A text's sentences are in `text.sentences`.", "`len(sample.sentences)`"],
    solution="`len(sample.sentences)`")

q2 = Question(
    "q2", {5, 8}, kind=set, normalize=as_set,
    hints=["`yourtext.denial_sentences(...)` finds sentences with denial words; then read "
           "each one: what does it deny?",
           "One of the sentences it finds denies the opposition's accusation, not the "
           "ministry's claim about tanks."],
    solution="{5, 8}: sentence 5 (the alliance rejects the claim) and sentence 8 (no "
             "evidence of a build-up). Sentence 11 denies a different accusation.",
    wrong={frozenset({5, 8, 11}): "one of these sentences denies something else: read "
                                  "what each denial is about."})

q3 = Question(
    "q3", "Karl Vesen", kind=str, normalize=lambda s: " ".join(s.split()),
    hints=["`yourtext.claim_sentences(...)` shows who each report is pinned on.",
           "Look for the sentence with 'invasion' in it."],
    solution="'Karl Vesen', the minister, in sentence 4 ('... Minister Karl Vesen told "
             "state television').",
    wrong={"Norland's defence ministry": "the ministry makes the tank claim in sentence 3; "
                                         "the invasion quote is pinned on a person.",
           "Minister Karl Vesen": "right person: give the name alone, without the title."})

q4 = Question(
    "q4", compare_words(_sample, _corpus).rows[0][0], kind=str,
    normalize=lambda s: s.strip().lower(),
    hints=["`yourtext.compare_words(text, corpus)` lists key words, highest G² first.",
           "Take the `word` of the first row."],
    solution="`yourtext.compare_words(sample, corpus).rows[0][0]`",
    wrong={"norland": "a close second, with the same G² as two other words. Which word "
                      "is on the first row?"})

q5 = Question(
    "q5", "nato-buildup", kind=str, normalize=str.strip,
    hints=["`yourtext.known_claims(text, claims.load(corpus))` lists claims that share "
           "words with each sentence.",
           "Which claim do the sentences about tanks share words with?"],
    solution="'nato-buildup': like Lukashenko's claim, the sample says foreign tanks are "
             "gathering near a border, and is answered by a denial and by a lack of evidence.",
    wrong={"recon-flights": "that match rests on 'border' and 'week' only. Which claim is "
                            "about tanks?",
           "nato-force": "close in spirit ('preparing an invasion'), but the sample's "
                         "checkable claim is about tanks at the border."})

q6 = OpenQuestion(
    "q6",
    model_answer="The ministry asserts a checkable claim ('hundreds of foreign tanks' near "
                 "the border) and a minister frames it with appeal to fear ('preparing an "
                 "invasion') and flag-waving ('only unity can save the nation'). The "
                 "alliance denies it with an official statement and a checkable detail "
                 "(drills announced months ago, observers invited), and analysts report an "
                 "absence of evidence. The ministry's answer to the opposition is name "
                 "calling ('paid agents of foreign powers'), not evidence. The key words "
                 "(ministry, tanks, foreign, threaten) show a text about a threat from "
                 "outside; compared with the five texts it resembles the 'NATO build-up' "
                 "claim. A reader should ask for the images or movements the ministry could "
                 "show, and note that the denial gives details that can be checked.",
    covers=["the main claim, who makes it, and how it is framed (asserted or attributed)",
            "the narratives or techniques the text uses, with an exact quote for each",
            "the denials: who makes them and what evidence they offer",
            "what the word comparison shows, and what it cannot show",
            "what a reader should check next"],
    min_words=60)
