"""A teaching workbook on propaganda narratives: the code its lessons call.

Lessons import one front module per topic; each front module gathers the
smaller modules behind it, one idea each:

| lesson | front module | behind it |
|---|---|---|
| 01 texts | `texts` | `folder` (reading, checking), `sentences`, `timeline` |
| 02 narratives | `tagging` | `taxonomy`, `tagstore`, `tagcsv`, `tagger`, `agreement`, `classroom` |
| 03 claims | `claims` | `claimfile`, `attribution`, `claimreview`, `comparer` |
| 04 word use | `words` | `wordindex`, `frequency`, `keyness`, `concordance`, `wordcharts`, `explorer` |
| 05 techniques | `techniques` | `findspan`, `overlap`, `spanstore`, `spantagger` |
| 06 your text | `yourtext` | (the modules above) |
| exercises | `checks` | `checks.lessonNN`, one per exercise notebook; `exercises` writes them |

Shared by all: `display` (escaped HTML, tables, charts in widgets),
`workspace` (the learner's `my-work/`, atomic saves, downloads) and
`errors` (`NarrativesError`: a sentence, never a traceback).

>>> from narratives import texts
>>> len(texts.load())
5
"""

from .errors import NarrativesError

__all__ = ["NarrativesError"]
