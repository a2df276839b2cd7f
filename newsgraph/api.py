"""The Python API: records from text, and a stored corpus as pandas DataFrames.

    import newsgraph
    record = newsgraph.extract(text, title="...", date="2024-11-30")
    for record in newsgraph.extract_many(texts_or_dicts, workers=2): ...
    corpus = newsgraph.open("newsgraph.duckdb"); corpus.quotes(speaker="Masjedi")

Everything heavy (spaCy and its model, DuckDB, pandas) is imported when first used, so
``import newsgraph`` stays light.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.schema import ArticleRecord, InputError, RawDocument

if TYPE_CHECKING:
    import pandas

    from newsgraph.store import Store

Item = str | Mapping[str, Any]


def _document(item: Item, number: int) -> RawDocument:
    """A string is read as a .txt file is (its first line the headline); a mapping as a JSONL
    record ("text", and optionally "title", "date", "url", "id"; other keys kept as metadata)."""
    from newsgraph.ingest.decode import check_text
    from newsgraph.ingest.sources import record_document

    source = f"<item {number}>"
    if isinstance(item, str):
        return RawDocument(source=source, kind="txt", text=check_text(item))
    if isinstance(item, Mapping):
        return record_document(item, source, number, "item")
    raise TypeError(f"an article is a str or a mapping with a \"text\" key, not {type(item).__name__}")


def _items(items: Iterable[Item]) -> Iterator[RawDocument | InputError]:
    from newsgraph.ingest.decode import UnreadableInput

    for number, item in enumerate(items, start=1):
        try:
            yield _document(item, number)
        except (UnreadableInput, TypeError) as error:
            yield InputError(f"<item {number}>", str(error))


def extract(text: str, *, title: str | None = None, date: str | None = None, url: str | None = None) -> ArticleRecord:
    """The record of one article; ``rec.to_dict()`` is what ``newsgraph extract -f json`` prints.

    Without ``title`` the first line of ``text`` is the headline, as in a .txt file; with it,
    ``text`` is all body. ``date`` (YYYY-MM-DD) anchors relative dates ("on Monday").
    Raises ValueError when the text cannot be read or extracted.
    """
    from newsgraph.ingest.decode import UnreadableInput, check_text
    from newsgraph.ingest.sidecar import date_warning
    from newsgraph.pipeline import extract_parallel

    if date is not None and date_warning(date, "date", None):
        raise ValueError(f"invalid date {date!r}: write YYYY-MM-DD")
    try:
        document = RawDocument(source="<text>", kind="txt", text=check_text(text), title=title, date=date, url=url)
    except UnreadableInput as error:
        raise ValueError(str(error)) from None
    (result,) = extract_parallel([document], workers=1)
    if isinstance(result, InputError):
        raise ValueError(result.message)
    return result


def extract_many(items: Iterable[Item], workers: int = 1) -> Iterator[ArticleRecord | InputError]:
    """Records for a stream of articles, in input order, as they are made.

    Each item is a str (read as a .txt file) or a mapping with "text" and optionally "title",
    "date", "url" and "id". An item that cannot be read or extracted gives an ``InputError``
    (``source`` "<item N>"), and the rest go on. ``workers`` > 1 runs as many
    processes, each loading the model once.
    """
    from newsgraph.pipeline import extract_parallel

    yield from extract_parallel(_items(items), workers)


class Corpus:
    """A newsgraph store, read-only; each query is a pandas DataFrame."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _frame(self, query: tuple[str, list[Any]]) -> pandas.DataFrame:
        sql, params = query
        return self.store.con.execute(sql, params).df()

    def quotes(
        self, speaker: str | None = None, entity: str | None = None, since: Date | None = None,
        kind: str | None = None, limit: int = 100,
    ) -> pandas.DataFrame:
        """Quotes, newest first (the filters of ``newsgraph quotes``)."""
        return self._frame(self.store.quotes_query(speaker=speaker, entity=entity, since=since, kind=kind, limit=limit))

    def entities(self, type: str | None = None, limit: int = 100) -> pandas.DataFrame:  # noqa: A002 - the CLI's --type
        """Entities, most mentioned first (``newsgraph entities``)."""
        return self._frame(self.store.entities_query(type_=type, limit=limit))

    def events(
        self, type: str | None = None, actor: str | None = None,  # noqa: A002 - the CLI's --type
        near: str | tuple[float, float] | None = None, limit: int = 100,
    ) -> pandas.DataFrame:
        """Events in event-data shape (``newsgraph events``); ``near`` is a country code such as
        "SY" or a (lat, lon) point, matched within the store's radius."""
        return self._frame(self.store.events_query(type_=type and type.upper(), actor=actor, near=near, limit=limit))

    def articles(
        self, q: str = "", speaker: str | None = None, entity: str | None = None, since: Date | None = None,
        until: Date | None = None, source: str | None = None, limit: int = 50,
    ) -> pandas.DataFrame:
        """Articles whose headline or text contains ``q``, newest first, with the explorer's filters."""
        import pandas

        found = self.store.search(q, speaker=speaker, entity=entity, since=since, until=until, source=source, limit=limit)
        return pandas.DataFrame(found["articles"])

    def sql(self, query: str, params: list[Any] | None = None) -> pandas.DataFrame:
        """Any read-only SQL over the store's tables (articles, quotes, entities, mentions, events, ...)."""
        return self.store.con.execute(query, params or []).df()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open(db: str | Path = "newsgraph.duckdb") -> Corpus:  # noqa: A001 - newsgraph.open, as the issue names it
    """The store at ``db`` (made by ``newsgraph ingest``), opened read-only."""
    from newsgraph.store import Store
    from newsgraph.store.duckdb_store import READ_WAIT_S

    if not Path(db).exists():
        raise FileNotFoundError(f"no store at {db}: run `newsgraph ingest PATH --db {db}` first")
    return Corpus(Store(db, read_only=True, wait_s=READ_WAIT_S))
