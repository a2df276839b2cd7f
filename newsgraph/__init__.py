"""newsgraph: who said what, who did what to whom, when and where — from news articles.

``extract``, ``extract_many`` and ``open`` are the Python API (``newsgraph.api``); the spaCy
model loads on the first extraction, not on import.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING

import newsgraph.extract as _extract_stage
from newsgraph import api
from newsgraph.api import Corpus, extract_many, open

if TYPE_CHECKING:
    from newsgraph.schema import ArticleRecord

__version__ = "0.1.0"
__all__ = ["Corpus", "extract", "extract_many", "open"]


class _CallableStage(types.ModuleType):
    """``newsgraph.extract`` names both the extraction stage's package and the API's function;
    importing any of the package's modules sets the package as that attribute, so the package
    itself is made callable."""

    def __call__(self, text: str, *, title: str | None = None, date: str | None = None, url: str | None = None) -> ArticleRecord:
        """``newsgraph.api.extract``: the record of one article."""
        return api.extract(text, title=title, date=date, url=url)


_extract_stage.__class__ = _CallableStage
extract = _extract_stage
