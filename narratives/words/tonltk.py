"""Hand-over to NLTK: the workbook's words, sentences and counts as NLTK's own objects.

The workbook splits, counts and finds words with its own code, for three
reasons: speed at a class's scale, no downloaded data, and the same sentences
under every NLTK version. Everything it finds can go on to NLTK, and
`tests/test_nltk.py` holds the two equal:

- `word_tokenizer()`: NLTK's `RegexpTokenizer` with the workbook's word pattern;
- `punkt()`: NLTK's `PunktSentenceTokenizer`, told the workbook's abbreviations;
- `word_list(texts)`: the words as the workbook counts them (lower case,
  boilerplate left out), in order; `nltk_text(texts)`: the same as an `nltk.Text`;
  `paragraphs(texts)`: one list of words per paragraph, for collocation finders;
- `freqdist(texts)` and `conditional_freqdist(texts, by)`: the counts as
  `FreqDist` and `ConditionalFreqDist`;
- `corpus_reader(folder)`: a folder of texts in NLTK's `PlaintextCorpusReader`,
  with the workbook's sentences and words, the folder allowed by `allow_folder`.

>>> from narratives import texts
>>> corpus = texts.load()
>>> counts = freqdist(corpus["pravda-bury"])
>>> counts["nato"], counts.N()
(21, 708)
>>> line = nltk_text(corpus["bogus-threat"]).concordance_list("bogus")[0]
>>> line.left[-3:], line.query, line.right[:3]
(['belarus', 'regime', 'uses'], 'bogus', ['nato', 'threat', 'to'])
>>> word_tokenizer().tokenize("NATO’s build-up, 30 flights.")
['NATO’s', 'build-up', '30', 'flights']
>>> punkt().tokenize("Mr. Lukashenko spoke. NATO denied it.")
['Mr. Lukashenko spoke.', 'NATO denied it.']
"""

import os
from pathlib import Path

import nltk
from nltk.corpus.reader import PlaintextCorpusReader
from nltk.tokenize.api import TokenizerI
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from ..errors import NarrativesError
from ..texts import as_folder, sentences
from .wordindex import as_texts, groups, normalize, text_index


def word_tokenizer():
    """NLTK's RegexpTokenizer with the pattern the workbook finds words with."""
    # Read from the splitter each time: if its pattern changes, NLTK's follows.
    return nltk.RegexpTokenizer(sentences.WORD.pattern, flags=sentences.WORD.flags)


def punkt():
    """NLTK's Punkt sentence tokenizer, untrained, told the workbook's abbreviations.

    The workbook's splitter follows its rules line by line (NLTK 3.10.2 and later),
    so on a line without line breaks both give the same sentences.
    """
    parameters = PunktParameters()
    parameters.abbrev_types = set(sentences.ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


class SentenceTokenizer(TokenizerI):
    """The workbook's sentence splitter as an NLTK tokenizer (for corpus readers).

    Unlike Punkt on a whole paragraph, a sentence never crosses a line break.
    """

    def span_tokenize(self, s):
        return iter(sentences.sentence_spans(s))

    def tokenize(self, s):
        return [s[start:end] for start, end in sentences.sentence_spans(s)]


def word_list(texts):
    """The words of a text (or texts) as the workbook counts them: lower case, in order.

    Boilerplate is left out, and a curly apostrophe reads as a straight one.
    """
    return [normalize(token) for text in as_texts(texts) for token in text.tokens]


def paragraphs(texts):
    """The words of each paragraph (a line that is not boilerplate), one list each.

    For `BigramCollocationFinder.from_documents`: word pairs never cross a paragraph.
    """
    return [words for text in as_texts(texts) for words in text_index(text).paragraphs()
            if words]


def nltk_text(texts, name=None):
    """An `nltk.Text` of `word_list(texts)`: concordance_list, dispersion_plot and more."""
    found = as_texts(texts)
    return nltk.Text(word_list(found), name=name or ", ".join(t.id for t in found))


def freqdist(texts):
    """The word counts of a text (or texts) as an NLTK `FreqDist`."""
    counts = nltk.FreqDist()
    for text in as_texts(texts):
        counts.update(text_index(text).counts)
    return counts


def conditional_freqdist(texts, by=None):
    """A `ConditionalFreqDist`: one FreqDist per text, or per group as in `frequencies`."""
    table = nltk.ConditionalFreqDist()
    for name, members in groups(texts, by).items():
        table[name] = freqdist(members)
    return table


def allow_folder(folder):
    """Let NLTK read `folder`: add it to `nltk.data.path`, the way NLTK's message names.

    NLTK 3.10 reads files only under its data roots (`nltk.data.path`, NLTK_DATA,
    ~/nltk_data); a corpus reader on any other folder raises PermissionError
    "Security Violation ... Unauthorized path". Returns the folder's full path.
    """
    folder = as_folder(folder)
    if not folder.is_dir():
        raise NarrativesError(f"There is no folder {folder}. Give the folder of your texts, "
                              "such as '../my-texts'.")
    path = str(Path(os.path.abspath(folder)).resolve())
    if path not in nltk.data.path:
        nltk.data.path.append(path)
    return path


def corpus_reader(folder, fileids=r"(?!\.)[^/]*\.txt"):
    """The `.txt` files of `folder` in NLTK's PlaintextCorpusReader, split the workbook's way.

    Its `words(fileid)` are the text's tokens and its `sents(fileid)` the
    text's sentences, each a list of tokens (a file's catalog boilerplate is
    kept: the reader does not read catalogs). NLTK's own default tokenizers
    would need downloaded data for sentences, and count punctuation as words.
    """
    # "utf-8-sig" reads a file saved with a byte order mark (as Notepad saves), which
    # NLTK 3.9's reader cannot split into sentences as "utf-8".
    return PlaintextCorpusReader(allow_folder(folder), fileids, word_tokenizer=word_tokenizer(),
                                 sent_tokenizer=SentenceTokenizer(), encoding="utf-8-sig")
