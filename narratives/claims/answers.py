"""Finding answers in a sentence: denial words, missing evidence, negated statements.

A first pass over a learner's own text, in English or Russian (lesson 06). It
looks for words, in this order, and names the first kind it finds:

1. a *denial word*: denied, rejected, refuted, dismissed, "baseless"; отверг,
   опроверг, отрицает, "не соответствует";
2. *no evidence*: "no evidence", "failed to provide any proof", "could not
   confirm"; "не привело доказательств", "нет доказательств";
3. a *negation*: "there is no", "did not", "never", "no one"; "нет", "не было",
   "никаких", and any "не" before a word.

>>> find("There is no NATO buildup in the region.")
Answer(kind='negation', cue='There is no NATO buildup', start=0, end=24)
>>> find("He failed to provide any proof of it.").kind
'no evidence'
>>> find("Министерство не привело доказательств.").cue
'не привело доказательств'
>>> print(find("That story is a fantasy, the spokesman said."))
None

It finds words, not meaning (see CANNOT_FIND): a negation is not always a
denial ("did not say how many"), and a denial in other words ("a fantasy") is
missed. Read every row, and the sentences around it.
"""

import re
from dataclasses import dataclass

from ..errors import NarrativesError

# Each kind: English first, then Russian. Longer phrases come before shorter ones.
PATTERNS = (
    ("denial word", re.compile(
        r"\b(?:den(?:y|ies|ied|ying|ials?)|reject\w*|refut\w*|dismiss\w*|rebut\w*|"
        r"not true|false|baseless|unfounded|groundless|a lie|"
        r"отверг\w*|опроверг\w*|отрица\w*|не соответству\w*|ложь|ложн\w+)\b",
        re.IGNORECASE)),
    ("no evidence", re.compile(
        r"\b(?:no (?:[\w-]+ ){0,4}(?:evidence|proof)|"
        r"(?:without|lack of|absence of) (?:any )?(?:evidence|proof)|"
        r"fail\w* to (?:provide|give|offer|show|present|produce)(?: any)?(?: \w+)?|"
        r"(?:could|can|did) ?n[o']t (?:confirm|verify|prove|substantiate)|cannot (?:confirm|"
        r"verify)|unverified|unsubstantiated|"
        r"не \w+ (?:\w+ ){0,2}доказательств\w*|нет (?:\w+ ){0,2}доказательств\w*|"
        r"доказательств\w* (?:\w+ ){0,2}нет|без (?:\w+ )?доказательств\w*|"
        r"не (?:удалось )?подтверд\w*)",
        re.IGNORECASE)),
    ("negation", re.compile(
        r"\b(?:there (?:is|are|was|were|has been|have been) no(?: [\w-]+){0,2}|"
        r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could) not|"
        r"\w+n't|cannot|never|no one|nobody|nothing|"
        r"нет|не было|ник(?:то|ого|ому|ем|ак\w*)|ничего|не \w+)\b",
        re.IGNORECASE)),
)
KINDS = tuple(kind for kind, _ in PATTERNS)

CANNOT_FIND = (
    "The finder looks for words, not meaning. It cannot find a denial in other words "
    "('a fantasy', 'nonsense', 'выдумка'), an answer spread over several sentences, or "
    "who denies; and a negation it finds ('did not say how many') may be no denial at "
    "all. Read each row, and read the text for what it missed.")


@dataclass(frozen=True)
class Answer:
    """Words in a sentence that may answer a claim: their kind, and where they are."""
    kind: str   # one of KINDS
    cue: str    # the words as written
    start: int  # offsets into the sentence
    end: int


def find(sentence):
    """The first Answer in `sentence` (a string), by kind in the order of KINDS, or None."""
    if not isinstance(sentence, str):
        raise NarrativesError(f"find() takes a sentence as a string, not "
                              f"{type(sentence).__name__}.")
    for kind, pattern in PATTERNS:
        match = pattern.search(sentence)
        if match:
            return Answer(kind, match.group(), match.start(), match.end())
    return None
