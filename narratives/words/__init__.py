"""Word use: counts, keyness, concordance and dispersion, and the Explorer widget.

Words are counted once per text (see `narratives.words.wordindex`) and every
query reuses those counts. Stopwords come from `texts/stopwords-en.txt`, a
list you can edit; every function that leaves stopwords out also takes
`stopwords=` (a set of words, a path, or `set()` for none).

>>> from narratives import texts
>>> corpus = texts.load()
>>> table = frequencies(corpus, ["nato", "regime"])
>>> table.counts("regime")["bogus-threat"]
3
>>> round(table.per_1000("nato")["pravda-bury"], 1)
29.7
>>> top_words(corpus["pravda-bury"], n=3).column("word")
['belarus', 'nato', 'russia']
>>> keyness(corpus["pravda-bury"], corpus["bogus-threat"]).column("word")[:2]
['russia', 'cooperation']
>>> concordance(corpus, "regime").column("text")
['euvsdisinfo-force', 'bogus-threat', 'bogus-threat', 'bogus-threat']

Each tool lives in a module of its own and is imported from here:
`narratives.words.frequency` (frequencies, top_words, find_words, stopwords),
`narratives.words.keyness` (keyness, g2, log_ratio), `narratives.words.concordance`
(concordance, dispersion, collocations), `narratives.words.wordcharts` (charts
and their one-sentence descriptions) and `narratives.words.explorer` (the
Explorer widget), all over the index in `narratives.words.wordindex`, which
finds a word's places with `narratives.words.wholeword`.
`narratives.words.tonltk` hands words, counts and folders over to NLTK's own
objects (`nltk.Text`, `FreqDist`, `PlaintextCorpusReader`); it is imported on
its own, `from narratives.words import tonltk`, because it loads NLTK.
"""

# Learners import everything from here: `from narratives import words`.
from .concordance import Concordance, collocations, concordance, dispersion
from .explorer import Explorer
from .frequency import Frequencies, find_words, frequencies, stopwords, top_words
from .keyness import g2, keyness, log_ratio
from .wordcharts import describe_dispersion, describe_frequencies, plot_dispersion, plot_frequencies
from .wordindex import STOPWORDS, index, normalize, stopword_set

__all__ = ["STOPWORDS", "Concordance", "Explorer", "Frequencies", "collocations",
           "concordance", "describe_dispersion", "describe_frequencies", "dispersion",
           "find_words", "frequencies", "g2", "index", "keyness", "log_ratio",
           "normalize", "plot_dispersion", "plot_frequencies", "stopword_set",
           "stopwords", "top_words"]
