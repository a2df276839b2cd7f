"""The corpus store: embedded DuckDB, one row per article, entity, mention, quote and term.

Writes are transactional per batch of articles, so an ingest killed half-way leaves whole
articles only; an article whose content hash is already stored is skipped, so re-running an
ingest adds nothing twice. All SQL takes its values as parameters. A store that cannot be
opened raises ``StoreError``, whose message names the file and the cause.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from newsgraph.resolve.corpus import ActorIndex, DuplicateIndex, article_minhash
from newsgraph.schema import ArticleRecord, InputError
from newsgraph.store.tables import TABLES, create_statements, record_rows

# tables that only the local store has: what could not be read, near-duplicate articles, and
# corpus actors (entities.actor_id), which depend on what the store held before each article came
LOCAL_SCHEMA = """
CREATE TABLE IF NOT EXISTS input_errors (
    source VARCHAR NOT NULL,
    line INTEGER,
    message VARCHAR NOT NULL,
    recorded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS minhashes (
    article_id VARCHAR PRIMARY KEY,
    signature UBIGINT[]
);
CREATE TABLE IF NOT EXISTS duplicates (
    article_id VARCHAR NOT NULL,
    duplicate_of VARCHAR NOT NULL,
    similarity DOUBLE,
    PRIMARY KEY (article_id, duplicate_of)
);
CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    aliases VARCHAR[]
);
"""
SCHEMA = create_statements() + LOCAL_SCHEMA

MAX_LIMIT = 10_000
INSERT_CHUNK_ROWS = 500
COUNTED = (*TABLES, "input_errors", "minhashes", "duplicates", "actors")
SCHEMA_VERSION = 8  # 5: corpus actors with stable ids (entities.actor_id); 6: actor codes (entities, events); 7: places' region and evidence, raw offsets of time expressions; 8: quotes' pieces
ACTOR_COLUMN = [name for name, _ in TABLES["entities"]].index("actor_id")
NEAR_KM = 150


# a quote's speaker, an event's actor or target: the corpus actor of the entity it resolved to
ENTITY_ACTOR = "(SELECT x.actor_id FROM entities x WHERE x.article_id = {0}.article_id AND x.entity_id = {0}.{1})"
# an actor that ``?`` names: its id, or part of its name or of one of its aliases (three parameters)
ACTOR_NAMED = (
    "(SELECT list(actor_id) FROM actors WHERE actor_id = ? OR name ILIKE ? ESCAPE '\\'"
    " OR array_to_string(aliases, chr(10)) ILIKE ? ESCAPE '\\')"
)


def actor_named(text: str) -> list[str]:
    """``ACTOR_NAMED``'s parameters."""
    return [text, contains(text), contains(text)]


def contains(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, its own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# the explorer's lists, each searched with the same query and filters
SEARCH_LISTS = ("articles", "quotes", "entities")
# a search's terms: a phrase in quote marks (straight or curly), or a word
SEARCH_TERM = re.compile(r'["\u201c]([^"\u201c\u201d]+)["\u201d]|(\S+)')


def search_terms(q: str) -> list[str]:
    """The terms of a search, each of which a match must contain: phrases whole, other words alone."""
    return [phrase.strip() or word for phrase, word in SEARCH_TERM.findall(q) if (phrase.strip() or word)]


def speaker_matches(alias: str, speaker: str | None) -> tuple[str, list[Any]]:
    """SQL true when quote ``alias``'s speaker is ``speaker``: its corpus actor, whatever name this
    article gave it, or the name as written."""
    if not speaker:
        return "TRUE", []
    return (
        f"(list_contains({ACTOR_NAMED}, {ENTITY_ACTOR.format(alias, 'speaker_entity_id')})"
        f" OR {alias}.speaker_name ILIKE ? ESCAPE '\\' OR {alias}.speaker_text ILIKE ? ESCAPE '\\')",
        [*actor_named(speaker), contains(speaker), contains(speaker)],
    )


def entity_matches(alias: str, name: str | None, type_: str | None) -> tuple[str, list[Any]]:
    """SQL true when entity ``alias`` is named ``name`` (part of its name, or an alias) and of type ``type_``."""
    where, params = ["TRUE"], []
    if name:
        where.append(f"({alias}.name ILIKE ? ESCAPE '\\' OR list_contains({alias}.aliases, ?))")
        params += [contains(name), name]
    if type_:
        where.append(f"{alias}.type = ?")
        params.append(type_.upper())
    return " AND ".join(where), params


class StoreError(Exception):
    """The store cannot be used; the message names the file and the cause, for a person."""

    exit_status = 3


class StoreBusy(StoreError):
    """Another process holds the store's lock (DuckDB lets one process write, and none read
    while it does) for longer than the caller would wait."""

    exit_status = 4


class StoreVersionError(StoreError):
    """The store was written by a newsgraph with another table layout."""

    exit_status = 5


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in .*\(PID (\d+)\)")
RETRY_SECONDS = 0.05
# how long a reader (a query command, a request to the server) waits while an ingest commits a
# batch, which takes well under a second
READ_WAIT_S = 10.0


def connect(path: str, read_only: bool, wait_s: float) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, retried while another process holds the file's lock.

    DuckDB refuses any second process, reader or writer, while one has the file open for
    writing, so ingests write in short per-batch connections and everyone else waits here.
    """
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as error:
            message = str(error)
            if "Could not set lock on file" not in message:
                raise StoreError(f"{path}: {_cause(path, message, read_only)}") from None
            if time.monotonic() >= deadline:
                holder = _LOCK_HOLDER.search(message)
                who = f"another process (PID {holder.group(1)})" if holder else "another process"
                raise StoreBusy(f"{path}: busy, {who} has it open; try again") from None
            time.sleep(RETRY_SECONDS)


def _cause(path: str, message: str, read_only: bool) -> str:
    """What DuckDB's message means for the user, in a few words."""
    file = Path(path)
    if file.is_dir():
        return "is a folder, not a store file"
    if not file.parent.is_dir():
        return f"the folder {file.parent} does not exist"
    if not file.exists():
        return "no such store" if read_only else "cannot be created"
    if "not a valid DuckDB database" in message:
        return "not a newsgraph store (not a DuckDB file)"
    if "Permission denied" in message or "Read-only file system" in message:
        return "no permission to " + ("read" if read_only else "write") + " it"
    # the first line of DuckDB's message, without its "IO Error:" prefix
    return message.split("\n")[0].split(": ", 1)[-1][:200]


@dataclass
class _Staged:
    """A batch's rows by table, and the content hashes and ids it takes, before they are inserted."""

    rows: defaultdict[str, list[list[Any]]] = field(default_factory=lambda: defaultdict(list))
    hashes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)


class Store:
    def __init__(
        self,
        path: str | Path = "newsgraph.duckdb",
        read_only: bool = False,
        wait_s: float = 0.0,
        duplicates: DuplicateIndex | None = None,
        actors: ActorIndex | None = None,
    ) -> None:
        """Open the store; ``wait_s`` is how long to wait for another process's lock, and
        ``duplicates`` and ``actors`` indexes of the stored articles and actors kept by a caller
        that reopens the store."""
        self.path = str(path)
        self._duplicates = duplicates
        self._actors = actors
        self.con = connect(self.path, read_only, wait_s)
        try:
            self._check_layout(read_only)
        except BaseException:
            self.con.close()
            raise

    def _check_layout(self, read_only: bool) -> None:
        if not read_only:
            self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise StoreError(f"{self.path}: not a newsgraph store (a DuckDB file without its tables)") from None
        if row is None and not read_only:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif row is None or row[0] != str(SCHEMA_VERSION):
            raise StoreVersionError(
                f"{self.path} has store layout {row[0] if row else '(none)'}, this newsgraph uses {SCHEMA_VERSION}: ingest into a new file"
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return row is not None

    def duplicate_index(self) -> DuplicateIndex:
        """The near-duplicate index of the stored articles, built on first use."""
        if self._duplicates is None:
            self._duplicates = DuplicateIndex()
            for article_id, signature in self.con.execute("SELECT article_id, signature FROM minhashes").fetchall():
                self._duplicates.load(article_id, signature)
        return self._duplicates

    def actor_index(self) -> ActorIndex:
        """The corpus actors and the names and types their entities carry, built on first use."""
        if self._actors is None:
            self._actors = ActorIndex()
            rows = self.con.execute(
                "SELECT actor_id, name, type, count(*), list_distinct(flatten(list(aliases))), list_distinct(flatten(list(roles)))"
                " FROM entities WHERE actor_id IS NOT NULL GROUP BY ALL ORDER BY min(rowid)"
            ).fetchall()
            for actor_id, name, type_, count, aliases, roles in rows:
                self._actors.load(actor_id, name, type_, count, aliases, roles)
        return self._actors

    def _save_actors(self) -> None:
        """Write the actors that linking changed (name, type and aliases follow their entities)."""
        index = self.actor_index()
        rows = [[a.actor_id, a.name, a.type, a.all_aliases()] for a in map(index.actors.__getitem__, sorted(index.changed))]
        for start in range(0, len(rows), INSERT_CHUNK_ROWS):
            chunk = rows[start : start + INSERT_CHUNK_ROWS]
            self.con.execute(
                f"INSERT OR REPLACE INTO actors VALUES {', '.join(['(?, ?, ?, ?)'] * len(chunk))}", [v for r in chunk for v in r]
            )
        index.changed.clear()

    def add_records(self, records: Iterable[ArticleRecord]) -> int:
        """Store a batch in one transaction; returns how many articles were new.

        The batch's rows go in with one multi-row INSERT per table (and chunk): a statement per
        row or per article made a commit take seconds, and readers wait for the whole commit.
        """
        staged = _Staged()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for record in records:
                self._stage(record, staged)
            for table, rows in staged.rows.items():
                self._insert_rows(table, rows)
            self._save_actors()
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._duplicates = self._actors = None  # they may hold articles of the batch rolled back
            raise
        return len(staged.ids)

    def _stage(self, record: ArticleRecord, staged: _Staged) -> None:
        a = record.article
        if a.content_hash in staged.hashes or self.has_content(a.content_hash):
            return
        article_id = a.id
        if article_id in staged.ids or self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
            article_id = f"{a.id}-{a.content_hash[:8]}"  # same name, different text: both kept
        staged.hashes.add(a.content_hash)
        staged.ids.add(article_id)
        rows = record_rows(record, article_id)
        actors = self.actor_index()
        for row, entity in zip(rows["entities"], record.entities):
            row[ACTOR_COLUMN] = actors.link(entity.name, entity.type, entity.aliases, entity.roles)
        for table, table_rows in rows.items():
            staged.rows[table] += table_rows
        minhash = article_minhash(a.headline + "\n" + a.text)
        staged.rows["minhashes"].append([article_id, [int(h) for h in minhash.hashvalues]])
        for original, similarity in self.duplicate_index().add(article_id, minhash):
            staged.rows["duplicates"].append([article_id, original, similarity])
        self.add_errors(a.warnings)  # what was wrong in an input that was read all the same, beside its errors

    def _insert_rows(self, table: str, rows: list[list[Any]]) -> None:
        for start in range(0, len(rows), INSERT_CHUNK_ROWS):
            chunk = rows[start : start + INSERT_CHUNK_ROWS]
            row = "(" + ", ".join("?" * len(chunk[0])) + ")"
            self.con.execute(f"INSERT INTO {table} VALUES {', '.join([row] * len(chunk))}", [v for r in chunk for v in r])

    def add_errors(self, errors: Iterable[InputError]) -> None:
        rows = [[e.source, e.line, e.message] for e in errors]
        if rows:
            self.con.executemany("INSERT INTO input_errors (source, line, message) VALUES (?, ?, ?)", rows)

    # -- reading -------------------------------------------------------------------------

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def rows(self, query: tuple[str, list[Any]]) -> list[dict[str, Any]]:
        """Run a query made by one of the ``*_query`` methods."""
        return self._rows(*query)

    def count(self, table: str) -> int:
        if table not in COUNTED:
            raise ValueError(f"unknown table {table}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Quotes, newest first; ``speaker`` and ``entity`` match names case-insensitively."""
        return self.rows(self.quotes_query(**filters))

    def quotes_query(
        self,
        speaker: str | None = None,
        entity: str | None = None,
        since: date | None = None,
        kind: str | None = None,
        limit: int = 100,
    ) -> tuple[str, list[Any]]:
        where = ["TRUE"]
        params: list[Any] = []
        if speaker:
            # the speaker's corpus actor, whatever name this article gave it, or the name as written
            clause, clause_params = speaker_matches("q", speaker)
            where.append(clause)
            params += clause_params
        if entity:
            where.append(
                "EXISTS (SELECT 1 FROM mentions m JOIN entities e USING (article_id, entity_id)"
                " WHERE m.article_id = q.article_id AND m.section = q.section"
                " AND coalesce(m.caption, -1) = coalesce(q.caption, -1)"
                " AND m.start >= q.start AND m.\"end\" <= q.\"end\" AND (e.name ILIKE ? ESCAPE '\\' OR list_contains(e.aliases, ?)"
                # or by any name of its corpus actor: "Merrick Garland" where this article wrote "Garland"
                f" OR list_contains({ACTOR_NAMED}, e.actor_id)))"
            )
            params += [contains(entity), entity, *actor_named(entity)]
        if since:
            where.append("coalesce(q.date, a.date) >= ?")
            params.append(since)
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        params.append(min(max(limit, 1), MAX_LIMIT))
        return (
            # a quote carried by several articles (wire copies) is one row, with its sources
            "SELECT q.article_id, q.quote_id, a.headline, coalesce(q.date, a.date) AS date, q.kind, q.speaker_name,"
            f" {ENTITY_ACTOR.format('q', 'speaker_entity_id')} AS speaker_actor_id, q.speaker_type, q.speaker_role, q.cue, q.text, q.section, q.start, q.\"end\","
            " count(*) OVER (PARTITION BY q.quote_key) AS sources"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE {' AND '.join(where)}"
            " QUALIFY row_number() OVER (PARTITION BY q.quote_key ORDER BY a.date NULLS LAST, q.article_id) = 1"
            " ORDER BY date DESC NULLS LAST, q.article_id, q.start LIMIT ?",
            params,
        )

    def entities(self, **filters: Any) -> list[dict[str, Any]]:
        """Corpus actors, most mentioned first, with the articles, mentions and quotes of their entities."""
        return self.rows(self.entities_query(**filters))

    def entities_query(self, type_: str | None = None, limit: int = 100) -> tuple[str, list[Any]]:
        where, params = ("WHERE x.type = ?", [type_.upper()]) if type_ else ("", [])
        params.append(min(max(limit, 1), MAX_LIMIT))
        # one row per corpus actor (entities linked to none, article-local, are left out);
        # near-duplicate articles are not counted twice
        where = (where + " AND" if where else "WHERE") + " e.article_id NOT IN (SELECT article_id FROM duplicates)"
        return (
            # an actor's code and country: its entities' most common (a code is dated; most articles agree)
            "SELECT x.actor_id, x.name, x.type, mode(e.code) AS code, mode(e.country) AS country, x.aliases,"
            " count(DISTINCT e.article_id) AS articles,"
            " sum((SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id)) AS mentions,"
            " sum((SELECT count(*) FROM quotes q WHERE q.article_id = e.article_id AND q.speaker_entity_id = e.entity_id)) AS quotes,"
            " list_distinct(flatten(list(e.roles))) AS roles"
            f" FROM entities e JOIN actors x USING (actor_id) {where}"
            " GROUP BY x.actor_id, x.name, x.type, x.aliases ORDER BY mentions DESC, x.name LIMIT ?",
            params,
        )

    def input_errors(self, limit: int = 1000) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT source, line, message, recorded_at FROM input_errors ORDER BY recorded_at, source, line LIMIT ?",
            [min(max(limit, 1), MAX_LIMIT)],
        )

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events, newest first. ``near`` is (lat, lon) — within NEAR_KM — or an ISO country code."""
        return self.rows(self.events_query(**filters))

    def events_query(
        self,
        type_: str | None = None,
        actor: str | None = None,
        near: tuple[float, float] | str | None = None,
        limit: int | None = 100,
        actor_code: str | None = None,
        target_code: str | None = None,
    ) -> tuple[str, list[Any]]:
        """Events matching the filters, newest first; all of them when ``limit`` is None. The codes
        match as prefixes: IRN is every Iranian actor, IRNGOV its government."""
        where = ["TRUE"]
        params: list[Any] = []
        if type_:
            where.append("e.type = ?")
            params.append(type_.upper())
        if actor:
            where.append("(e.actor_name ILIKE ? ESCAPE '\\' OR e.actor_text ILIKE ? ESCAPE '\\')")
            params += [contains(actor), contains(actor)]
        for column, code in (("actor_code", actor_code), ("target_code", target_code)):
            if code:
                where.append(f"starts_with(e.{column}, ?)")
                params.append(code.upper())
        if isinstance(near, str):
            where.append("e.country = ?")
            params.append(near)
        elif near is not None:
            # haversine distance in km
            where.append(
                "e.lat IS NOT NULL AND 2 * 6371 * asin(sqrt(pow(sin(radians(e.lat - ?) / 2), 2)"
                " + cos(radians(?)) * cos(radians(e.lat)) * pow(sin(radians(e.lon - ?) / 2), 2))) <= ?"
            )
            params += [near[0], near[0], near[1], NEAR_KM]
        if limit is not None:
            params.append(min(max(limit, 1), MAX_LIMIT))
        return (
            # event-data shape: one row an event, its actor and target with their CAMEO codes
            "SELECT e.article_id, e.event_id, coalesce(e.date, a.date) AS date,"
            " e.actor_name, e.actor_code, e.target_name, e.target_code,"
            " e.type, e.mode, e.context, e.cameo, e.location_name, e.lat, e.lon, e.country,"
            " e.trigger, e.start AS trigger_start, e.\"end\" AS trigger_end, e.sentence_start, e.sentence_end,"
            " e.negated, e.hypothetical, e.pattern,"
            # the sentence offsets are into the event's own section: the headline, a caption or the body
            " substr(CASE e.section WHEN 'headline' THEN a.headline WHEN 'caption' THEN a.captions[e.caption + 1] ELSE a.text END,"
            " e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence"
            " FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE {' AND '.join(where)} ORDER BY date DESC NULLS LAST, e.article_id, e.event_id" + (" LIMIT ?" if limit is not None else ""),
            params,
        )

    def timeline(self, entity: str, limit: int = 500) -> list[dict[str, Any]]:
        """Everything an entity (a corpus actor, by id or any of its names) said or did, or had
        done to it, in date order; the actor and target are named as their corpus actors are."""
        pattern = contains(entity)
        speaker, actor, target = (ENTITY_ACTOR.format(*c) for c in (("q", "speaker_entity_id"), ("e", "actor_entity_id"), ("e", "target_entity_id")))
        return self._rows(
            f"WITH named AS (SELECT {ACTOR_NAMED} AS ids), rows AS ("
            f" SELECT coalesce(q.date, a.date) AS date, 'said' AS what, {speaker} AS actor_id, q.speaker_name AS actor,"
            " NULL AS target_id, NULL AS target, q.text AS detail, q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE list_contains((SELECT ids FROM named), {speaker}) OR q.speaker_name ILIKE ? ESCAPE '\\'"
            " UNION ALL"
            # an act said not to have happened, or only as a possibility, says so ("may have been murdered")
            " SELECT coalesce(e.date, a.date),"
            " CASE WHEN e.negated THEN 'not ' ELSE '' END || lower(e.type) || CASE WHEN e.hypothetical THEN ' (possible)' ELSE '' END,"
            f" {actor}, e.actor_name, {target}, e.target_name, e.trigger, e.article_id"
            f" FROM events e JOIN articles a ON a.id = e.article_id WHERE list_contains((SELECT ids FROM named), {actor})"
            f" OR list_contains((SELECT ids FROM named), {target}) OR e.actor_name ILIKE ? ESCAPE '\\' OR e.target_name ILIKE ? ESCAPE '\\')"
            " SELECT r.date, r.what, coalesce(xa.name, r.actor) AS actor, coalesce(xt.name, r.target) AS target, r.detail, r.article_id,"
            " r.actor_id, r.target_id FROM rows r LEFT JOIN actors xa ON xa.actor_id = r.actor_id LEFT JOIN actors xt ON xt.actor_id = r.target_id"
            " ORDER BY r.date NULLS LAST, r.article_id, r.what, r.detail LIMIT ?",
            [*actor_named(entity), pattern, pattern, pattern, min(max(limit, 1), MAX_LIMIT)],
        )

    # -- exploring (the web page's questions) ----------------------------------------------

    def search_query(
        self,
        list_name: str,
        q: str = "",
        speaker: str | None = None,
        entity: str | None = None,
        entity_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        source: str | None = None,
    ) -> tuple[str, list[Any]]:
        """One of the explorer's lists (``SEARCH_LISTS``) matching every term of ``q`` and every
        filter, best first, without a limit: the page shows it a page at a time and exports it whole.

        Every filter narrows every list: an article must have a quote of ``speaker`` and an
        entity named ``entity`` of type ``entity_type``; a quote must be by such a speaker, in such
        an article, and be spoken by or mention such an entity; an entity must be one, in such an
        article. Articles rank by terms found in the headline, then by how often the terms occur.
        """
        if list_name not in SEARCH_LISTS:
            raise ValueError(f"unknown list {list_name}: one of {', '.join(SEARCH_LISTS)}")
        terms = search_terms(q)
        # the article filters, on articles ``a``; dates are the quote's own on the quote list
        article_date = "coalesce(q.date, a.date)" if list_name == "quotes" else "a.date"
        where: list[str] = []
        params: list[Any] = []
        for clause, value in ((f"{article_date} >= ?", since), (f"{article_date} <= ?", until)):
            if value:
                where.append(clause)
                params.append(value)
        if source:
            where.append("(a.source ILIKE ? ESCAPE '\\' OR a.url ILIKE ? ESCAPE '\\')")
            params += [contains(source), contains(source)]
        entity_sql, entity_params = entity_matches("x", entity, entity_type)
        speaker_sql, speaker_params = speaker_matches("s", speaker)
        if list_name == "articles":
            if speaker:
                where.append(f"EXISTS (SELECT 1 FROM quotes s WHERE s.article_id = a.id AND {speaker_sql})")
                params += speaker_params
            if entity or entity_type:
                where.append(f"EXISTS (SELECT 1 FROM entities x WHERE x.article_id = a.id AND {entity_sql})")
                params += entity_params
            in_headline = " + ".join(["(a.headline ILIKE ? ESCAPE '\\')::INTEGER"] * len(terms)) or "0"
            # occurrences of each term in headline and text, counted by what removing it takes away
            hits = " + ".join(["(length(lower(a.headline || ' ' || a.text)) - length(replace(lower(a.headline || ' ' || a.text), ?, ''))) // length(?)"] * len(terms)) or "0"
            for term in terms:
                where.append("(a.headline ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')")
                params += [contains(term), contains(term)]
            rank_params = [contains(t) for t in terms] + [v for t in terms for v in (t.lower(), t.lower())]
            return (
                f"SELECT a.id, a.headline, a.date, a.source, a.url, a.tone, {in_headline} AS headline_hits, {hits} AS hits,"
                " (SELECT count(*) FROM quotes n WHERE n.article_id = a.id) AS quotes"
                f" FROM articles a WHERE {' AND '.join(where) or 'TRUE'}"
                " ORDER BY headline_hits DESC, hits DESC, a.date DESC NULLS LAST, a.id",
                rank_params + params,
            )
        if list_name == "quotes":
            if speaker:
                quote_speaker_sql, quote_speaker_params = speaker_matches("q", speaker)
                where.append(quote_speaker_sql)
                params += quote_speaker_params
            if entity or entity_type:
                # the quote's speaker is the entity, or the entity is named inside the quote
                where.append(
                    f"EXISTS (SELECT 1 FROM entities x WHERE x.article_id = q.article_id AND {entity_sql} AND (x.entity_id = q.speaker_entity_id"
                    " OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id AND m.entity_id = x.entity_id AND m.section = q.section"
                    " AND coalesce(m.caption, -1) = coalesce(q.caption, -1) AND m.start >= q.start AND m.\"end\" <= q.\"end\")))"
                )
                params += entity_params
            in_text = " + ".join(["(q.text ILIKE ? ESCAPE '\\')::INTEGER"] * len(terms)) or "0"
            for term in terms:
                where.append("(q.text ILIKE ? ESCAPE '\\' OR q.speaker_name ILIKE ? ESCAPE '\\' OR a.headline ILIKE ? ESCAPE '\\')")
                params += [contains(term)] * 3
            return (
                "SELECT q.article_id, q.quote_id, q.kind, q.text, q.speaker_name,"
                f" {ENTITY_ACTOR.format('q', 'speaker_entity_id')} AS speaker_actor_id, q.speaker_type, q.speaker_role, q.cue, q.attribution,"
                f" coalesce(q.date, a.date) AS date, a.headline, q.section, q.start, q.\"end\", {in_text} AS text_hits"
                f" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {' AND '.join(where) or 'TRUE'}"
                " ORDER BY text_hits DESC, date DESC NULLS LAST, q.article_id, q.quote_id",
                [contains(t) for t in terms] + params,
            )
        # entities: one row per corpus actor with a matching entity; an article-local entity is its own row
        if speaker:
            where.append(f"EXISTS (SELECT 1 FROM quotes s WHERE s.article_id = a.id AND {speaker_sql})")
            params += speaker_params
        entity_where = [entity_sql] if entity or entity_type else []
        for term in terms:
            entity_where.append("(x.name ILIKE ? ESCAPE '\\' OR array_to_string(x.aliases, chr(10)) ILIKE ? ESCAPE '\\')")
            entity_params += [contains(term), contains(term)]
        if where:
            entity_where.append(f"x.article_id IN (SELECT a.id FROM articles a WHERE {' AND '.join(where)})")
        return (
            "SELECT x.actor_id, coalesce(y.name, x.name) AS name, coalesce(y.type, x.type) AS type, mode(x.code) AS code, mode(x.country) AS country,"
            " count(DISTINCT x.article_id) AS articles"
            f" FROM entities x LEFT JOIN actors y USING (actor_id) WHERE {' AND '.join(entity_where) or 'TRUE'}"
            " GROUP BY x.actor_id, coalesce(y.name, x.name), coalesce(y.type, x.type) ORDER BY articles DESC, name",
            entity_params + params,
        )

    def page(self, query: tuple[str, list[Any]], limit: int, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """A query's number of rows, and ``limit`` of them from ``offset`` on, in its order."""
        sql, params = query
        total = self.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
        return total, self._rows(f"{sql} LIMIT ? OFFSET ?", [*params, min(max(limit, 1), MAX_LIMIT), max(offset, 0)])

    def search(
        self,
        q: str = "",
        speaker: str | None = None,
        entity: str | None = None,
        entity_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        source: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        """A page of each of the explorer's lists, and under ``totals`` how many rows each has."""
        found: dict[str, Any] = {"totals": {}}
        for list_name in SEARCH_LISTS:
            query = self.search_query(list_name, q, speaker, entity, entity_type, since, until, source)
            found["totals"][list_name], found[list_name] = self.page(query, min(limit, 1000), offset)
        return found

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with everything extracted from it, as the web page shows it."""
        rows = self._rows("SELECT id, headline, date, date_basis, source, url, tone, text, captions FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        article = rows[0]
        by_article = [article_id]
        article["entities"] = self._rows(
            "SELECT e.entity_id, e.name, e.type, e.aliases, e.roles, e.code, e.sector, e.kb_id, e.country,"
            " p.country AS place_country, p.lat, p.lon, p.feature"
            " FROM entities e LEFT JOIN places p USING (article_id, entity_id) WHERE e.article_id = ? ORDER BY e.entity_id",
            by_article,
        )
        article["mentions"] = self._rows(
            "SELECT entity_id, section, caption, start, \"end\", text FROM mentions WHERE article_id = ? ORDER BY section, caption, start",
            by_article,
        )
        article["quotes"] = self._rows(
            "SELECT quote_id, kind, text, section, caption, start, \"end\", speaker_name, speaker_text, speaker_entity_id,"
            " speaker_type, speaker_role, speaker_org, cue, date, attribution, tone, targets, speaker_section, speaker_start, speaker_end, pieces"
            " FROM quotes WHERE article_id = ? ORDER BY quote_id",
            by_article,
        )
        article["events"] = self._rows(
            "SELECT event_id, type, actor_name, actor_code, target_name, target_code, location_name, lat, lon, date, trigger, section, start, \"end\","
            " negated, hypothetical FROM events WHERE article_id = ? ORDER BY event_id",
            by_article,
        )
        article["framing"] = self._rows("SELECT kind, text, holder, section, start, \"end\" FROM framing WHERE article_id = ? ORDER BY start", by_article)
        article["stances"] = self._rows("SELECT holder_name, target_name, polarity, evidence FROM stances WHERE article_id = ?", by_article)
        return article

    def actors_named(self, text: str, limit: int = MAX_LIMIT) -> list[dict[str, Any]]:
        """The corpus actors a timeline for ``text`` takes in (its id, or part of a name or an
        alias), most mentioned first."""
        return self._rows(
            f"SELECT x.actor_id, x.name, (SELECT count(*) FROM entities e WHERE e.actor_id = x.actor_id) AS entities"
            f" FROM actors x WHERE list_contains({ACTOR_NAMED}, x.actor_id) ORDER BY entities DESC, x.actor_id LIMIT ?",
            [*actor_named(text), limit],
        )

    def actor(self, name: str) -> dict[str, Any] | None:
        """The corpus actor with this id or name, else the one most entities with this name or
        alias link to."""
        found = self._rows(
            # an actor's code and country: those most of its entities carry
            "SELECT x.actor_id, x.name, x.type, x.aliases, (SELECT mode(e.code) FROM entities e WHERE e.actor_id = x.actor_id) AS code,"
            " (SELECT mode(e.country) FROM entities e WHERE e.actor_id = x.actor_id) AS country FROM actors x WHERE x.actor_id = ? OR x.name = ?"
            " OR list_contains(x.aliases, ?) ORDER BY x.actor_id = ? DESC, x.name = ? DESC,"
            " (SELECT count(*) FROM entities e WHERE e.actor_id = x.actor_id) DESC, x.actor_id LIMIT 1",
            [name, name, name, name, name],
        )
        return found[0] if found else None

    def speaker(self, name: str) -> dict[str, Any]:
        """Everything one speaker (a corpus actor, by id or name) said across the corpus, in date
        order, and the roles they held; a speaker no actor names is matched by name as written."""
        actor = self.actor(name)
        speaker_actor = ENTITY_ACTOR.format("q", "speaker_entity_id")
        quotes = self._rows(
            "SELECT q.article_id, q.quote_id, q.kind, q.text, q.speaker_name, q.speaker_role, q.cue,"
            " coalesce(q.date, a.date) AS date, a.headline FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE {speaker_actor} = ? OR (q.speaker_name = ? AND {speaker_actor} IS NULL)"
            " ORDER BY date NULLS LAST, q.article_id, q.quote_id LIMIT 1000",
            [actor["actor_id"] if actor else None, name],
        )
        roles = sorted({q["speaker_role"] for q in quotes if q["speaker_role"]})
        if actor is None:
            return {"actor_id": None, "name": name, "type": None, "aliases": [], "roles": roles, "quotes": quotes}
        return {**actor, "roles": roles, "quotes": quotes}

    def graph(self, entity: str | None = None, limit: int = 60) -> dict[str, list[dict[str, Any]]]:
        """Entities as nodes; co-occurrence, quotes about and events between them as typed, weighted edges."""
        limit = min(max(limit, 1), 300)
        # nodes are corpus actors, named by their names (the page keys nodes by name)
        nodes = self._rows(
            "SELECT x.actor_id, x.name, x.type, count(DISTINCT e.article_id) AS weight FROM entities e JOIN actors x USING (actor_id)"
            " WHERE x.type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP')"
            + (f" AND e.article_id IN (SELECT article_id FROM entities WHERE name ILIKE ? ESCAPE '\\' OR list_contains({ACTOR_NAMED}, actor_id))" if entity else "")
            + " GROUP BY x.actor_id, x.name, x.type ORDER BY weight DESC, x.name LIMIT ?",
            ([contains(entity), *actor_named(entity)] if entity else []) + [limit],
        )
        ids = [n["actor_id"] for n in nodes]
        if not ids:
            return {"nodes": [], "edges": []}
        edges = self._rows(
            # the graph's entities and their actors; an event's actor or target is the entity it resolved to
            "WITH n AS (SELECT e.article_id, e.entity_id, x.actor_id, x.name FROM entities e JOIN actors x USING (actor_id)"
            " WHERE list_contains(?, x.actor_id))"
            " SELECT a.name AS source, b.name AS target, 'co-occurs' AS kind, count(DISTINCT a.article_id) AS weight"
            " FROM n a JOIN n b ON a.article_id = b.article_id AND a.name < b.name GROUP BY a.name, b.name"
            " UNION ALL"
            " SELECT s.name, t.name, 'quotes about', count(DISTINCT (q.article_id, q.quote_id, t.actor_id))"
            " FROM quotes q JOIN n s ON s.article_id = q.article_id AND s.entity_id = q.speaker_entity_id"
            " JOIN mentions m ON m.article_id = q.article_id AND m.section = q.section"
            "   AND m.start >= q.start AND m.\"end\" <= q.\"end\""
            " JOIN n t ON t.article_id = m.article_id AND t.entity_id = m.entity_id"
            " WHERE s.actor_id <> t.actor_id GROUP BY s.name, t.name"
            " UNION ALL"
            " SELECT s.name, t.name, lower(v.type), count(*) FROM events v"
            " JOIN n s ON s.article_id = v.article_id AND s.entity_id = v.actor_entity_id"
            " JOIN n t ON t.article_id = v.article_id AND t.entity_id = v.target_entity_id"
            " WHERE s.actor_id <> t.actor_id GROUP BY s.name, t.name, v.type",
            [ids],
        )
        return {"nodes": nodes, "edges": edges}

    def export_parquet(self, query: tuple[str, list[Any]], path: str) -> None:
        """Write a query's rows to a Parquet file (DuckDB's own writer)."""
        sql, params = query
        self.con.execute(f"COPY ({sql}) TO '{path}' (FORMAT parquet)", params)

    # -- loading a Spark run ---------------------------------------------------------------

    def load_parquet(self, folder: str | Path) -> int:
        """Add the tables a Spark run wrote (one Parquet folder per table); returns new articles.

        Articles already stored (same content) are skipped, an id taken by another text gets the
        content hash appended, and it all happens in one transaction.
        """
        folder = Path(folder)

        def source(table: str) -> str:
            path = folder / table
            if not path.exists():
                raise FileNotFoundError(f"{path} is missing: is {folder} the output of `newsgraph spark`?")
            return str(path / "*.parquet")

        before = self.count("articles")
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "CREATE OR REPLACE TEMP TABLE incoming AS"
                " SELECT id, CASE WHEN id IN (SELECT id FROM articles) THEN id || '-' || substr(content_hash, 1, 8) ELSE id END AS new_id"
                " FROM (SELECT *, row_number() OVER (PARTITION BY content_hash ORDER BY id) AS n FROM read_parquet(?))"
                " WHERE n = 1 AND content_hash NOT IN (SELECT content_hash FROM articles)",
                [source("articles")],
            )
            for table, columns in TABLES.items():
                key = "id" if table == "articles" else "article_id"
                names = [f'"{name}"' for name, _ in columns]
                select = ["i.new_id" if name == key else f't."{name}"' for name, _ in columns]
                self.con.execute(
                    f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(select)}"
                    f" FROM read_parquet(?) t JOIN incoming i ON t.{key} = i.id",
                    [source(table)],
                )
            self.con.execute(
                "INSERT INTO input_errors (source, line, message) SELECT source, line, message FROM read_parquet(?)",
                [source("input_errors")],
            )
            # the Spark job cannot see the store's actors: its entities are linked here, in order
            self._link_entities("e.article_id IN (SELECT new_id FROM incoming)")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._actors = None
            raise
        return self.count("articles") - before

    def relink(self) -> int:
        """Rebuild every entity's corpus actor from scratch, people under a full name first, then
        in the order entities were stored (``ActorIndex.link_many``); returns the number of actors.
        Ids are made again from the first name an actor is found under: an actor an ingest first
        met under a bare surname ("kerry") takes the id of its full name ("john-kerry")."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM actors")
            self.con.execute("UPDATE entities SET actor_id = NULL")
            self._actors = ActorIndex()
            self._link_entities("TRUE")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._actors = None
            raise
        return self.count("actors")

    def _link_entities(self, where: str) -> None:
        """Link the entities that ``where`` selects (alias ``e``), in storage order, to actors."""
        rows = self.con.execute(
            f"SELECT e.article_id, e.entity_id, e.name, e.type, e.aliases, e.roles FROM entities e WHERE {where} ORDER BY e.rowid"
        ).fetchall()
        actor_ids = self.actor_index().link_many([(name, type_, aliases or [], roles or []) for _, _, name, type_, aliases, roles in rows])
        links = [[article_id, entity_id, actor_id] for (article_id, entity_id, *_), actor_id in zip(rows, actor_ids)]
        self.con.execute("CREATE OR REPLACE TEMP TABLE links (article_id VARCHAR, entity_id VARCHAR, actor_id VARCHAR)")
        self._insert_rows("links", links)
        self.con.execute(
            "UPDATE entities SET actor_id = l.actor_id FROM links l"
            " WHERE entities.article_id = l.article_id AND entities.entity_id = l.entity_id"
        )
        self.con.execute("DROP TABLE links")
        self._save_actors()

    def duplicates(self) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT d.article_id, a.headline, d.duplicate_of, d.similarity FROM duplicates d"
            " JOIN articles a ON a.id = d.article_id ORDER BY d.article_id", [],
        )
