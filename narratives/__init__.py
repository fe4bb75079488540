"""A teaching workbook on propaganda narratives: the code its lessons call.

One module per lesson topic: `texts` (lesson 01), `checks` (the exercises),
and more as the lessons grow. Import what a lesson needs:

>>> from narratives import texts
>>> len(texts.load())
5
"""

from .errors import NarrativesError

__all__ = ["NarrativesError"]
