"""Attribution in a Russian sentence: the reporting word and who it is pinned on.

The English heuristic (`attribution`) reads English word order; this one reads
the two orders Russian news uses most:

- the speaker first: «Министерство обороны Норланда заявило, что ...»;
- the quotation first, then a dash: «„...“, — сказал министр Карл Весен.»

and «по словам X» / «по данным X». It takes the words between the reporting
word and the nearest punctuation (at most six), the way a reader would.

>>> attribution_ru("«Враги готовят вторжение», — сказал министр Карл Весен.")
('сказал', 'министр Карл Весен')
>>> attribution_ru("Министерство обороны Норланда заявило в понедельник, что танки у границы.")
('заявило', 'Министерство обороны Норланда')
>>> attribution_ru("По словам представителя альянса, учения плановые.")
('По словам', 'представителя альянса')
>>> attribution_ru("Об этом сообщил пресс-секретарь Иван Петров.")
('сообщил', 'пресс-секретарь Иван Петров')
>>> print(attribution_ru("Танки стоят у границы."))
None

A pronoun (он, она) is returned as it stands: the sentence does not name the
speaker, and this finder does not look back.
"""

import re

from ..errors import NarrativesError

REPORTS = re.compile(r"\b(заяви\w*|сказал\w*|сообщи\w*|утвержда\w*|обвини\w*|"
                     r"подчеркну\w*|добави\w*|отметил\w*|по словам|по данным)",
                     re.IGNORECASE)
# Words that come between a speaker and the verb, and are not the speaker.
WHEN = {"в", "во", "на", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
        "воскресенье", "вчера", "сегодня", "ранее", "также", "позже", "как", "об", "этом",
        "это", "так", "что"}
# Punctuation ends a name; a hyphen inside a word ("пресс-секретарь") does not.
STOP = re.compile(r"[.,;:!?«»“”„\"()—–]|\s-\s")


def attribution_ru(sentence):
    """`(reporting word, speaker)` in a Russian sentence, or None without a reporting word.

    The speaker is None when the words around the reporting word name no one.
    """
    if not isinstance(sentence, str):
        raise NarrativesError(f"attribution_ru() takes a sentence as a string, not "
                              f"{type(sentence).__name__}.")
    match = REPORTS.search(sentence)
    if match is None:
        return None
    after = _phrase(STOP.split(sentence[match.end():], maxsplit=1)[0].split())
    if match.group().lower().startswith("по "):
        return match.group(), after or None
    before_text = sentence[:match.start()]
    quoted_first = re.search(r"[»”“\"]\s*,?\s*[—–-]\s*$", before_text)
    before = [w for w in STOP.split(before_text)[-1].split() if w.lower() not in WHEN]
    speaker = after if quoted_first or not before else _phrase(before[-6:])
    return match.group(), speaker or None


def _phrase(words):
    """At most six words, without the time words around a verb ("в понедельник")."""
    kept = []
    for word in words[:6]:
        if word.lower() in WHEN:
            break
        kept.append(word)
    return " ".join(kept)
