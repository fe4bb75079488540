"""Attribution: the reporting word around a quote, and who it is pinned on.

A text can say a thing in its own voice ("NATO is massing troops") or pin it
on someone ("NATO is massing troops, Lukashenko said"). `attribution` looks
for a reporting word (said, claimed, alleged, accused, according to, ...) in
the sentence that holds a quote, then in its neighbour, and reads the name
next to it. It is a heuristic: simple enough to explain, and sometimes wrong.

>>> body = "“NATO has tanks at the border,” Lukashenko said. Nobody agreed."
>>> found = attribution(body, 1, 29)
>>> found.cue, found.speaker
('said', 'Lukashenko')
>>> print(attribution("NATO has tanks at the border.", 0, 28))
None

The steps, in order:
1. Look in the sentence that holds the quote; if the quote sits inside
   quotation marks, also where they open and close; then in its neighbour,
   the next sentence of the paragraph, if that one opens with a report
   ("He added that ...").
2. Take the reporting word nearest the quote, leaving out words of another
   clause (after ", but"), nouns ("these claims" is not a report) and
   negated reports ("did not say how many" reports no one's words).
3. The speaker is the name just before the word ("Lukashenko said"), or
   after it when the quotation comes first ("…,” said Oana Lungescu"), or
   the owner in "Lukashenka’s allegations". "he" or "she" is looked up in
   the sentences before.
"""

import bisect
import math
import re
from dataclasses import dataclass

from ..errors import expect_int, expect_text
from ..texts.sentences import WORD, sentence_spans

# "states" and "claim" are left out: in news they are mostly nouns ("the Baltic states").
CUES = ("according to", "said", "says", "say", "saying", "stated", "claimed", "claims",
        "claiming", "alleged", "alleges", "alleging", "allegedly",
        "accused", "accuses", "accusing", "told", "tells", "added", "noted", "stressed",
        "emphasised", "emphasized", "insisted", "implored", "believes", "considers",
        "reiterated", "recalled", "announced", "warned", "argued", "talks", "reported",
        "reports", "reportedly", "quoted", "denied", "denies", "refuted", "rejected",
        "allegations", "accusations")
CUE = re.compile(r"\b(" + "|".join(c.replace(" ", r"\s+") for c in CUES) + r")\b",
                 re.IGNORECASE)
# Words that are reports as verbs and things as nouns: "these claims" is not a report.
NOUNS = {"claims", "reports", "alleged"}
DETERMINERS = {"the", "these", "those", "this", "that", "his", "her", "its", "their", "our",
               "such", "of", "any", "all", "no", "a", "an", "as", "about", "with"}
# Words that mark a report without naming anyone.
MARKERS = {"allegedly", "reportedly", "allegations", "accusations"}
PRONOUNS = {"he", "she", "they", "we", "i", "him", "her", "them"}
# Words between a name and its verb: "Lukashenko on Sunday accused", "has been ever since".
SKIP = {"also", "later", "then", "again", "has", "have", "had", "been", "was", "were", "is",
        "ever", "since", "repeatedly", "on", "last", "earlier", "recently", "already",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"}
# Lower-case words that belong to a name: "NATO spokeswoman Oana Lungescu".
ROLES = {"spokeswoman", "spokesman", "spokesperson", "president", "leader", "minister",
         "secretary", "general", "chief", "deputy", "head", "adviser", "official",
         "officials", "ambassador"}
OPENING, CLOSING = "“„«", "”»"
# How far from a quote its quotation marks and its paragraph are looked for (a page).
REACH = 3000
CLAUSE_BREAK = re.compile(r",\s*but\b|;|\bhowever\b", re.IGNORECASE)
# A negation in the same clause, a few words before a cue: "did not say", "never said".
NEGATED = re.compile(r"\b(?:not|never|n't)\b(?:\s+[\w’'-]+){0,6}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """A reporting word near a quote and who the text pins the quote on."""
    cue: str            # the reporting word as written: 'said', 'according to'
    speaker: str | None  # as the text names them; None when no one is named
    start: int          # where the cue is in the body
    end: int
    via: str = ""       # a source the report passes through: 'DW' in 'according to DW'

    def __str__(self):
        who = f"pinned on {self.speaker}" if self.speaker else "no one named"
        via = f" (according to {self.via})" if self.via else ""
        return f"‘{self.cue}’: {who}{via}"


def attribution(text, start, end):
    """The Attribution around `body[start:end]`, or None when there is none.

    `text` is a Text from `narratives.texts` or a plain string.
    """
    if not isinstance(text, str):
        expect_text(text, "a text or its body")
    expect_int(start, "start", lowest=0)
    expect_int(end, "end", lowest=0)
    body = text if isinstance(text, str) else text.body
    spans = (list(sentence_spans(body)) if isinstance(text, str)
             else text.sentences.spans())
    for number, group in enumerate(_windows(body, spans, start, end)):
        found = _nearest(body, spans, group, start, end, own_sentence=number == 0)
        if found:
            return found
    return None


def _windows(body, spans, start, end):
    """Groups of sentence numbers to search, nearest first.

    Sentences are found by bisection, not by walking the list: every sentence
    of a long text is asked about, so each look must not grow with the text.
    """
    first = max(_holding(spans, start), 0)
    holding = []
    for i in range(first, len(spans)):
        s, e = spans[i]
        if s >= end:
            break
        if start < e:
            holding.append(i)
    if not holding:
        return []
    # The paragraph around the quote, but no further than REACH characters each way: a
    # text on one line of millions of characters must not be read whole for each quote.
    reach_start, reach_end = max(start - REACH, 0), min(end + REACH, len(body))
    line_start = max(body.rfind("\n", reach_start, start) + 1, reach_start)
    line_end = body.find("\n", end, reach_end)
    line_end = reach_end if line_end < 0 else line_end
    groups = [holding]
    quoted = _quotation(body, line_start, line_end, start, end)
    if quoted:
        groups.append(sorted({i for at in quoted
                              for i in [_holding(spans, at)]
                              if i >= 0 and spans[i][0] <= at < spans[i][1]}))
    following = holding[-1] + 1
    if (following < len(spans) and line_start <= spans[following][0]
            and spans[following][1] <= line_end
            and _opens_with_report(body, spans[following])):
        groups.append([following])
    return groups


def _holding(spans, offset):
    """The number of the last sentence that starts at or before `offset` (-1 if none)."""
    return bisect.bisect_right(spans, (offset, math.inf)) - 1


def _opens_with_report(body, span):
    """True when a reporting word is among a sentence's first four words."""
    first = list(WORD.finditer(body, *span))[:4]
    return bool(first) and bool(CUE.search(body, span[0], first[-1].end()))


def _quotation(body, line_start, line_end, start, end):
    """`(open, close)` of the quotation marks around the quote, or None."""
    before = body[line_start:start]
    opened = max(before.rfind(m) for m in OPENING)
    closed = max(before.rfind(m) for m in CLOSING)
    if opened > closed:
        closes = [p for p in (body.find(m, end, line_end) for m in CLOSING) if p >= 0]
        return (line_start + opened, min(closes)) if closes else None
    if before.count('"') % 2:
        close = body.find('"', end, line_end)
        return (line_start + before.rfind('"'), close) if close >= 0 else None
    return None


def _nearest(body, spans, group, start, end, own_sentence):
    found = []
    for i in group:
        s, e = spans[i]
        for match in CUE.finditer(body, s, e):
            between = body[min(match.end(), end):max(match.start(), start)]
            if own_sentence and CLAUSE_BREAK.search(between):
                continue  # "he stated X, but failed to ...": the cue is another clause's
            if NEGATED.search(body, s, match.start()):
                continue  # "did not say how many": a report of nothing said
            found_here = _read(body, spans, i, match)
            if found_here:
                distance = max(match.start() - end, start - match.end(), 0)
                found.append((distance, match.start(), found_here))
    return min(found, key=lambda f: f[:2])[2] if found else None


def _read(body, spans, i, match):
    """The Attribution a cue makes, or None when the word is not a report here."""
    s, e = spans[i]
    word = match.group().lower()
    if word in NOUNS or word in MARKERS:
        previous = (WORD.findall(body, s, match.start())[-1:] or [""])[0]
        kind = _noun_or_marker(body, s, match, previous)
        if kind != "verb":
            return kind
    if word.startswith("according"):
        speaker, via = _phrase_after(body, match.end(), e), ""
    else:
        speaker = _speaker_before(body, spans, i, match)
        other = re.search(r"according\s+to\s+", body[s:e], re.IGNORECASE)
        via = _phrase_after(body, s + other.end(), e) if other else ""
    if speaker and speaker.lower() in PRONOUNS:
        speaker = _resolve(body, spans, i) or speaker
    return Attribution(match.group(), speaker or None, match.start(), match.end(), via)


def _noun_or_marker(body, s, match, previous):
    """For words that are not always reports: an Attribution, None, or "verb"."""
    cue, word, prev = match.group(), match.group().lower(), previous.lower()
    marker = Attribution(cue, None, *match.span())      # a report, no one named
    possessive = re.search(r"['’‘]s?\s*$", body[s:match.start()])
    if possessive and word != "alleged":                # "Lukashenka’s allegations"
        owner = _name_before(body, s, s + possessive.start())
        return Attribution(cue, owner or None, *match.span())
    if word in MARKERS or possessive or (word == "alleged" and prev in DETERMINERS):
        return marker               # "allegedly", "the West’s alleged attempts"
    if prev in DETERMINERS:         # "claims that ..." names no one; "these claims" is a thing
        return marker if body[match.end():match.end() + 6].strip().startswith("that") else None
    if previous[:1].isupper() or prev in PRONOUNS | {"and", "but", "also"}:
        return "verb"               # "Lukashenko claims", "and alleged that"
    return None                     # "rejected claims of a buildup": a noun


def _speaker_before(body, spans, i, match):
    s, e = spans[i]
    words = list(WORD.finditer(body, s, match.start()))
    while words and (words[-1].group().lower() in SKIP or words[-1].group().isdigit()):
        words.pop()
    gap = body[words[-1].end():match.start()] if words else ""
    if not words or set(gap) & set(OPENING + CLOSING + '"'):
        # The quotation comes first: "…,” said NATO spokeswoman Oana Lungescu.
        return _run(list(WORD.finditer(body, match.end(), e)), body, forward=True)
    last = words[-1].group()
    if last.lower() in PRONOUNS:
        return last
    if last.lower() in ("and", "but"):
        # "He dismissed calls ... and alleged that": the sentence's subject speaks.
        return _run(list(WORD.finditer(body, s, e)), body, forward=True)
    return _run(words, body) or _fallback(body, s, words)


def _name_before(body, start, end):
    return _run(list(WORD.finditer(body, start, end)), body)


def _run(words, body, forward=False):
    """The name at the end of `words` (or at the start, going forward)."""
    order = words if forward else list(reversed(words))
    run = []
    for word in order:
        text = word.group()
        if run:
            first, second = (run[-1], word) if forward else (word, run[-1])
            if body[first.end():second.start()].strip():
                break  # a comma or a quotation mark ends a name
        if text[0].isupper() or text.lower() in ROLES:
            run.append(word)
        elif not run and forward and text.lower() in PRONOUNS:
            return text
        else:
            break
    names = [w.group() for w in (run if forward else reversed(run))]
    while names and (names[0].lower() in ROLES or names[0] in ("Its", "His", "Her", "Their")):
        names.pop(0)
    return " ".join(names)


def _fallback(body, s, words):
    """The last few words before the cue: 'the incumbent president'."""
    clause = re.split(r"[,;:“”„\"(]", body[s:words[-1].end()])[-1].split()
    return " ".join(clause[-4:])


def _phrase_after(body, start, end):
    """The words after 'according to', up to the next comma or full stop."""
    phrase = re.split(r"[,.;:]", body[start:end], maxsplit=1)[0].split()
    return " ".join(phrase[:8])


def _resolve(body, spans, i):
    """The last named speaker in the three sentences before sentence `i`."""
    for j in range(i - 1, max(i - 4, -1), -1):
        s, e = spans[j]
        for match in reversed(list(CUE.finditer(body, s, e))):
            found = _read(body, spans, j, match)
            if found and found.speaker and found.speaker.lower() not in PRONOUNS:
                return found.speaker
    return None
