"""The whole pipeline, source to record: ingest -> clean -> extract (spaCy) -> resolve.

``Extractor`` loads the spaCy pipeline once and runs articles through ``nlp.pipe`` in batches;
the CLI, the store and the benchmark all go through it. An article that breaks a component is
reported as an ``InputError`` in its place and the batch goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.clean import clean_document
from newsgraph.extract.nlp import MODEL, SectionSpan, doc_text, load_pipeline, parser_text
from newsgraph.ingest import read_sources
from newsgraph.ingest.decode import special_file_problem
from newsgraph.ingest.sidecar import UserMetadata
from newsgraph.resolve import resolve_article
from newsgraph.schema import Article, ArticleRecord, InputError, RawDocument

BATCH_SIZE = 32

Result = ArticleRecord | InputError


@dataclass
class Pending:
    article: Article
    sections: list[SectionSpan]
    text: str
    doc: Doc


@dataclass
class Extractor:
    model: str = MODEL
    batch_size: int = BATCH_SIZE

    @property
    def nlp(self) -> Language:
        return load_pipeline(self.model)

    def extract(self, articles: Iterable[Article]) -> Iterator[Result]:
        """A record (or an error) for each cleaned article, in input order."""
        nlp = self.nlp
        pending: dict[int, Pending] = {}

        def docs() -> Iterator[Doc]:
            for n, article in enumerate(articles):
                text, sections = doc_text(article)
                parsed = parser_text(text)
                doc = nlp.make_doc(parsed)
                doc.user_data["_text"] = parsed  # == doc.text, which would rebuild it from the tokens
                doc.user_data["index"] = n
                doc.user_data["sections"] = sections
                doc.user_data["article_date"] = article.date
                pending[n] = Pending(article, sections, text, doc)
                yield doc

        with fewer_collections():
            for doc in nlp.pipe(docs(), batch_size=self.batch_size):
                item = pending.pop(doc.user_data["index"])
                if doc.user_data.get("failure"):
                    yield self._failed(item)
                    continue
                try:
                    yield resolve_article(doc, item.article, item.sections, item.text)
                except Exception as error:  # noqa: BLE001 - one article's failure must not stop a batch
                    doc.user_data["failure"] = f"extraction failed in resolve: {type(error).__name__}: {error}"
                    yield self._failed(item)

    @staticmethod
    def _failed(item: Pending) -> InputError:
        return InputError(item.article.source, item.doc.user_data.get("failure", "extraction failed"))

    def run(self, paths: Iterable[str], given: UserMetadata | None = None) -> Iterator[Result]:
        """Records (or input errors, in place) for every article under ``paths``."""
        yield from self.extract_items(read_regular_sources(paths, given))

    def extract_items(self, items: Iterable[RawDocument | InputError]) -> Iterator[Result]:
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


@contextmanager
def fewer_collections(young_objects: int = 50_000) -> Iterator[None]:
    """Let the cyclic garbage collector wait for ``young_objects`` new objects instead of 700.

    Extraction makes hundreds of thousands of short-lived, acyclic objects (tokens, spans,
    records) that reference counting frees anyway; at the default threshold the collector
    still scans them hundreds of times per batch, about 4% of the whole run. The old
    thresholds come back when extraction ends."""
    before = gc.get_threshold()
    gc.set_threshold(young_objects, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def read_regular_sources(paths: Iterable[str], given: UserMetadata | None = None) -> Iterator[RawDocument | InputError]:
    """``read_sources``, with a FIFO, device or socket named on the command line an input error:
    reading one would wait forever or never end. (In folders only regular files are read.)"""
    regular = []
    for path in paths:
        problem = special_file_problem(path)
        if problem:
            yield InputError(str(path), problem)
        else:
            regular.append(path)
    yield from read_sources(regular, given)  # in one call, which reads a file named twice once


def _worker_signals() -> None:
    # the parent process handles Ctrl-C and SIGTERM (it says what was committed) and ends the pool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _extract_chunk(items: list[RawDocument | InputError]) -> list[Result]:
    """Run in a worker process: its Extractor loads the model once, on the first chunk."""
    return list(Extractor().extract_items(items))


def _chunks(items: Iterable[RawDocument | InputError], size: int) -> Iterator[list[RawDocument | InputError]]:
    chunk: list[RawDocument | InputError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_parallel(
    paths: Iterable[str], workers: int, chunk_size: int = BATCH_SIZE, given: UserMetadata | None = None
) -> Iterator[Result]:
    """``Extractor().run`` over ``workers`` processes, in input order, with bounded memory.

    At most two chunks a worker are in flight, so a huge JSONL dump streams through instead of
    being read ahead whole.
    """
    yield from extract_parallel(read_regular_sources(paths, given), workers, chunk_size)


def extract_parallel(items: Iterable[RawDocument | InputError], workers: int, chunk_size: int = BATCH_SIZE) -> Iterator[Result]:
    """``Extractor().extract_items`` over ``workers`` processes, in input order (see ``run_parallel``)."""
    if workers <= 1:
        yield from Extractor().extract_items(items)
        return
    # workers start from a clean single-threaded server, not a fork of this process: a fork of a
    # process whose threads (DuckDB's, BLAS's, a server's) hold locks can crash in the child
    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers, initializer=_worker_signals) as pool:
        in_flight: deque = deque()
        for chunk in _chunks(items, chunk_size):
            in_flight.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()
