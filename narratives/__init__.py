"""A teaching workbook on propaganda narratives: the code its lessons call.

Each lesson topic is a subpackage whose `__init__` is the front that lessons
import (`from narratives import texts, tagging`): `texts` (lesson 01),
`tagging` (02), `claims` (03), `words` (04), `techniques` (05), `yourtext` (06,
which brings the others to a learner's own text) and `checks` (the exercises).
Every topic rests on the pieces they share: `paths` (where the learner's copy
of the workbook is), `workspace` (`my-work/`, atomic saves, learners' names,
downloads; it offers `names` and `atomicfile`), `answers` (everything a learner
writes, kept with its question), `filelock` (two kernels saving one file lose nothing), `reading`,
`encodings` and `csvcells` (files read safely, encodings named, CSV read
strictly and written safe for spreadsheets), `display` (escaped HTML, tables,
colours), `charts` (every chart with its sentence as alt text and its data as
a table) and `errors` (`NarrativesError`: a sentence, never a traceback).
On a JupyterHub, `handin` copies a learner's tags to the class folder and
`hublink` writes the nbgitpuller link. `tidy` is for authors: it keeps stored notebooks the same from run to run. Imports flow one way, from
topics down to the shared pieces; `tests/test_layout.py` checks it.

>>> from narratives import texts
>>> len(texts.load())
5
"""

from .errors import NarrativesError

__all__ = ["NarrativesError"]
