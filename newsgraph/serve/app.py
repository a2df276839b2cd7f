"""The explorer: a JSON API over a newsgraph store, and the web page that uses it.

Every route reads the store through a read-only connection opened for the request (waiting a
moment while an ingest commits a batch), takes its values as SQL parameters, and answers bad
requests with a 4xx and a message (unknown ids 404, malformed values 422) that quotes at most
``ECHO_CHARS`` of what was sent. The page is static files served from the package: no build step.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path, PurePath
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from newsgraph.extract.events import PLOVER_TYPES
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.resolve.places import lookup_place
from newsgraph.store import Store, StoreBusy, StoreError
from newsgraph.store.duckdb_store import NEAR_KM, READ_WAIT_S
from newsgraph.store.export import to_csv, to_json

STATIC = Path(__file__).parent / "static"
Limit = Annotated[int, Query(ge=1, le=1000, description="at most this many rows (1-1000)")]
Text = Annotated[str | None, Query(max_length=200)]
Offset = Annotated[int, Query(ge=0, description="skip this many rows (paging)")]
# a list's full size, sent beside a page of it
TOTAL_HEADER = "X-Total-Count"


@dataclass(frozen=True)
class SearchFilters:
    """The explorer's query and filters: every list on the search page, and its export, takes these."""

    q: Annotated[str, Query(max_length=200, description='words, each of which must occur; "a phrase" in quote marks')] = ""
    speaker: Text = None
    entity: Text = None
    entity_type: Text = None
    since: date | None = None
    until: date | None = None
    source: Text = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise HTTPException(422, "since must not be after until")

    def query(self, s: Store, list_name: SearchList | ExportList) -> tuple[str, list[Any]]:
        return s.search_query(list_name.value, **asdict(self))


# a CAMEO-style actor code, matched as a prefix: IRN, IRNGOV, IGOUNO
Code = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z]*$", description="a CAMEO actor code or its start: IRN, IRNGOV")]


@dataclass(frozen=True)
class EventFilters:
    """The events page's filters: its list, its map and its export take these."""

    type: Text = None
    actor: Text = None
    near: Annotated[str | None, Query(max_length=200, description=f"a place: within {NEAR_KM} km of a city, or in a country")] = None
    actor_code: Code = None
    target_code: Code = None


def source_name(source: str | None, url: str | None) -> str | None:
    """What the page names an article's source by: its URL, else its file's name (never the
    server's path to it)."""
    if url:
        return url
    return PurePath(source).name if source else None


# error messages quote at most this much of what the client sent
ECHO_CHARS = 80


def clip(value: object) -> str:
    """``repr`` of a value the client sent, cut short: an error must not echo a 100 kB input."""
    text = repr(value)
    return text if len(text) <= ECHO_CHARS else text[: ECHO_CHARS - 1] + "…"


def _clip_inputs(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**e, "input": clip(e["input"])} if "input" in e else e for e in errors]


class SearchList(str, Enum):
    articles = "articles"
    quotes = "quotes"
    entities = "entities"


class ExportList(str, Enum):
    articles = "articles"
    quotes = "quotes"
    entities = "entities"
    events = "events"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


def create_app(db_path: str | os.PathLike[str]) -> FastAPI:
    db = Path(db_path)
    app = FastAPI(
        title="newsgraph explorer",
        description="Who said what, who did what to whom, when and where: the API behind the newsgraph page.",
        version="0.1.0",
    )

    @contextmanager
    def store() -> Iterator[Store]:
        if not db.exists():
            raise HTTPException(503, f"no store at {db}: run `newsgraph ingest` first")
        try:
            opened = Store(db, read_only=True, wait_s=READ_WAIT_S)
        except StoreBusy:
            raise HTTPException(503, "the store is busy (an ingest is writing to it); try again", {"Retry-After": "1"}) from None
        except StoreError as error:
            raise HTTPException(503, str(error)) from None
        try:
            yield opened
        finally:
            opened.close()

    def near_place(near: str | None) -> tuple[float, float] | str | None:
        if not near:
            return None
        place = lookup_place(near, set(), gazetteer())
        if place.feature == "country":
            return place.country
        if place.lat is None or place.lon is None:
            raise HTTPException(422, f"{clip(near)} is not a place the gazetteer knows")
        return (place.lat, place.lon)

    def event_type(type_: str | None) -> str | None:
        if type_ and type_.upper() not in PLOVER_TYPES:
            raise HTTPException(422, f"unknown event type {clip(type_)}: one of {', '.join(PLOVER_TYPES)}")
        return type_

    def events_query(s: Store, filters: EventFilters) -> tuple[str, list[Any]]:
        return s.events_query(
            event_type(filters.type), filters.actor, near_place(filters.near), None, filters.actor_code, filters.target_code
        )

    @app.get("/api/search", summary="Search articles, quotes and entities: a page of each, and their totals")
    def search(filters: Annotated[SearchFilters, Depends()], limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        with store() as s:
            return s.search(**asdict(filters), limit=limit, offset=offset)

    @app.get("/api/search/{name}", summary="A page of one search list; its total in the X-Total-Count header")
    def search_list(
        name: SearchList, response: Response, filters: Annotated[SearchFilters, Depends()], limit: Limit = 50, offset: Offset = 0
    ) -> list[dict[str, Any]]:
        with store() as s:
            total, rows = s.page(filters.query(s, name), limit, offset)
        response.headers[TOTAL_HEADER] = str(total)
        return rows

    @app.get("/api/articles/{article_id}", summary="One article with its quotes, entities and events")
    def article(article_id: str) -> dict[str, Any]:
        with store() as s:
            found = s.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {clip(article_id)}")
        return {**found, "source": source_name(found["source"], found["url"])}

    # a name may hold a slash ("NBC News/Wall Street Journal"): the rest of the path is the name
    @app.get("/api/speakers/{name:path}", summary="Everything one speaker said, in date order")
    def speaker(name: str) -> dict[str, Any]:
        with store() as s:
            found = s.speaker(name)
        if not found["quotes"] and found["type"] is None:
            raise HTTPException(404, f"no speaker or entity named {clip(name)}")
        return found

    @app.get("/api/graph", summary="Actor graph: entities, co-occurrence, quotes about and events between them")
    def graph(
        entity: Annotated[str | None, Query(max_length=200, description="only the actors of the articles naming this one")] = None,
        limit: Annotated[int, Query(ge=1, le=300, description="the most frequent actors, this many")] = 60,
        min_weight: Annotated[int, Query(ge=1, description="edges of at least this weight, and the actors they join")] = 1,
    ) -> dict[str, Any]:
        with store() as s:
            found = s.graph(entity, limit)
        if min_weight == 1:
            return found
        edges = [e for e in found["edges"] if e["weight"] >= min_weight]
        joined = {e["source"] for e in edges} | {e["target"] for e in edges} | {entity}
        return {"nodes": [n for n in found["nodes"] if n["name"] in joined], "edges": edges}

    @app.get("/api/timeline", summary="What an entity said and did, in date order")
    def timeline(entity: Annotated[str, Query(min_length=1, max_length=200)]) -> list[dict[str, Any]]:
        with store() as s:
            return s.timeline(entity)

    @app.get("/api/events", summary="Events, filtered by type, actor, actor codes and place; the total in the X-Total-Count header")
    def events(response: Response, filters: Annotated[EventFilters, Depends()], limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
        with store() as s:
            total, rows = s.page(events_query(s, filters), limit, offset)
        response.headers[TOTAL_HEADER] = str(total)
        return rows

    @app.get("/api/events/places", summary="Where the events of a filter happened: each located place and its number of events")
    def event_places(filters: Annotated[EventFilters, Depends()]) -> list[dict[str, Any]]:
        with store() as s:
            sql, params = events_query(s, filters)
            return s.rows((
                "SELECT location_name AS name, lat, lon, country, count(*) AS events"
                f" FROM ({sql}) WHERE lat IS NOT NULL AND lon IS NOT NULL"
                " GROUP BY location_name, lat, lon, country ORDER BY events DESC, name",
                params,
            ))

    @app.get("/api/quotes", summary="Quotes, filtered by speaker, entity and date")
    def quotes(speaker: Text = None, entity: Text = None, since: date | None = None, limit: Limit = 100) -> list[dict[str, Any]]:
        with store() as s:
            return s.quotes(speaker=speaker, entity=entity, since=since, limit=limit)

    @app.get(
        "/api/export/{name}.{fmt}",
        summary="Export a whole list as CSV, JSON or Parquet: the articles, quotes and entities of a search"
        " (the search's query and filters), or the events (type, actor, near, actor and target codes)",
    )
    def export(
        name: ExportList,
        fmt: ExportFormat,
        filters: Annotated[SearchFilters, Depends()],
        event_filters: Annotated[EventFilters, Depends()],
    ) -> Response:
        with store() as s:
            if name is ExportList.events:
                query = events_query(s, event_filters)
            else:
                query = filters.query(s, name)
            filename = f"newsgraph-{name.value}.{fmt.value}"
            headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
            if fmt is ExportFormat.parquet:
                with tempfile.TemporaryDirectory() as folder:
                    path = os.path.join(folder, "export.parquet")
                    s.export_parquet(query, path)
                    data = Path(path).read_bytes()
                return Response(data, media_type="application/vnd.apache.parquet", headers=headers)
            rows = s.rows(query)
        if fmt is ExportFormat.json:
            return Response(to_json(rows), media_type="application/json", headers=headers)
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)

    @app.exception_handler(RequestValidationError)
    def invalid_request(request: Any, error: RequestValidationError) -> JSONResponse:
        # FastAPI's own 422 body, with each offending input cut short
        return JSONResponse({"detail": jsonable_encoder(_clip_inputs(list(error.errors())))}, status_code=422)

    @app.exception_handler(duckdb.Error)
    def database_error(request: Any, error: duckdb.Error) -> JSONResponse:
        # never show SQL to the client: the message says what went wrong, not how
        return JSONResponse({"detail": f"the store could not answer ({type(error).__name__})"}, status_code=400)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
