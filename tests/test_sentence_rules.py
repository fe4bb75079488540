"""The sentence splitter follows Punkt's rules: checked against NLTK's own Punkt.

`narratives.texts.sentences` writes out the rules of NLTK's Punkt tokenizer
(NLTK 3.10.2 and later: untrained, told our abbreviations) so that sentences
do not depend on the NLTK installed. Here both split thousands of random lines
built from the pieces that make Punkt hesitate: abbreviations, initials,
numbers, ellipses, quotes and brackets around full stops, odd spaces.
"""

import random
import re

import nltk
import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from narratives.texts import sentences

SAME_RULES = tuple(int(p) for p in nltk.__version__.split(".")[:3]) >= (3, 10, 2)

WORDS = ["word", "NATO", "the", "a", "I", "J", "x", "2020", "30", "1-2", "3.5", "Mr", "mr",
         "U.S", "e.g", "ex-Gen", "Aug", "no", "build-up", "Лукашенко", "don't", "NATO’s", "é",
         "x_y", "Ⓐ", "²", "ab-cd", "Gen-x", "aug-no", "i.e"]
ENDS = ["", "", "", ".", ".", ".", "?", "!", ",", ".”", ".)", "...", ".'", '."', "?”", ".»",
        ". .", "—", "-", "!!", ";", ":"]
STARTS = ["", "", "", "", "“", "(", "'", '"', "«", "—", "• ", "*", "["]
GAPS = [" ", " ", " ", " ", " ", "  ", "\t", "\u00a0", " \n", "\x1c", " \x0c", "\r"]


def punkt_spans(text):
    """What the splitter did before: NLTK's Punkt on each line, the same tidying."""
    parameters = PunktParameters()
    parameters.abbrev_types = set(sentences.ABBREVIATIONS)
    punkt = PunktSentenceTokenizer(parameters)
    found = []
    for line in re.finditer(r"[^\n]+", text):
        for s, e in punkt.span_tokenize(line.group()):
            piece = line.group()[s:e]
            stripped = piece.lstrip(sentences._LEADING).rstrip()
            if sentences.WORD.search(stripped):
                s += line.start() + len(piece) - len(piece.lstrip(sentences._LEADING))
                found.append((s, s + len(stripped)))
    return found


def random_lines(seed, count):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(STARTS) + rng.choice(WORDS) + rng.choice(ENDS) + rng.choice(GAPS)
                      for _ in range(rng.randint(1, 30)))


@pytest.mark.skipif(not SAME_RULES, reason=f"NLTK {nltk.__version__}'s Punkt has older rules "
                    "(no curly quotes); the workbook pins NLTK 3.10.4")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_sentences_as_nltk_punkt(seed):
    for text in random_lines(seed, 1500):
        assert sentences.sentence_spans(text) == punkt_spans(text), repr(text)


def test_punkt_quirks_are_kept():
    split = [[t[s:e] for s, e in sentences.sentence_spans(t)] for t in [
        "Mr. Smith came. He left.",          # an abbreviation does not end a sentence
        "It was 1990. and later",            # a number before a small letter does not either
        "J. Bach wrote it. Then?",           # an initial before a capital
        "“Tanks!” he said. (Planes.) Then",  # closing quotes and brackets stay with theirs
        "Wait... And then. . . more.",       # "..." does not end one; ". . ." ends the one before
    ]]
    assert split == [["Mr. Smith came.", "He left."], ["It was 1990. and later"],
                     ["J. Bach wrote it.", "Then?"], ["“Tanks!”", "he said.", "(Planes.)", "Then"],
                     ["Wait... And then.", "more."]]


def test_splitting_needs_no_nltk():
    import subprocess
    import sys
    code = ("import sys; from narratives.texts import sentences; "
            "sentences.sentence_spans('A b. C d.'); print('nltk' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
