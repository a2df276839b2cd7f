"""The whole pipeline, source to record: ingest -> clean -> extract (spaCy) -> resolve.

``Extractor`` loads the spaCy pipeline once and runs articles through ``nlp.pipe`` in batches;
the CLI, the store and the benchmark all go through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from newsgraph.clean import clean_document
from newsgraph.extract.nlp import MODEL, doc_text, load_pipeline, parser_text
from newsgraph.ingest import read_sources
from newsgraph.resolve import resolve_article
from newsgraph.schema import Article, ArticleRecord, InputError, RawDocument

BATCH_SIZE = 32


@dataclass
class Extractor:
    model: str = MODEL
    batch_size: int = BATCH_SIZE

    @property
    def nlp(self) -> Language:
        return load_pipeline(self.model)

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        """Records for cleaned articles, in input order."""
        nlp = self.nlp
        prepared = []

        def docs() -> Iterator:
            for article in articles:
                text, sections = doc_text(article)
                doc = nlp.make_doc(parser_text(text))
                doc.user_data["sections"] = sections
                doc.user_data["article_date"] = article.date
                prepared.append((article, sections, text))
                yield doc

        for doc in nlp.pipe(docs(), batch_size=self.batch_size):
            article, sections, original = prepared.pop(0)
            yield resolve_article(doc, article, sections, original)

    def run(self, paths: Iterable[str]) -> Iterator[ArticleRecord | InputError]:
        """Records (or input errors, in place) for every article under ``paths``."""
        yield from self.extract_items(read_sources(paths))

    def extract_items(self, items: Iterable[RawDocument | InputError]) -> Iterator[ArticleRecord | InputError]:
        errors: list[InputError] = []

        def articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, InputError):
                    errors.append(item)
                    continue
                yield clean_document(item)

        for record in self.extract(articles()):
            while errors:
                yield errors.pop(0)
            yield record
        yield from errors
