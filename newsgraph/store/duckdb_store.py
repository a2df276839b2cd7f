"""The corpus store: embedded DuckDB, one row per article, entity, mention, quote and term.

Writes are transactional per batch of articles, so an ingest killed half-way leaves whole
articles only; an article whose content hash is already stored is skipped, so re-running an
ingest adds nothing twice. All SQL takes its values as parameters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from newsgraph.schema import ArticleRecord, InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    source VARCHAR,
    url VARCHAR,
    headline VARCHAR,
    date DATE,
    date_basis VARCHAR,
    text VARCHAR,
    captions VARCHAR[],
    raw_text VARCHAR,
    metadata JSON,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    aliases VARCHAR[],
    roles VARCHAR[],
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    section VARCHAR NOT NULL,
    caption INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR,
    raw_start INTEGER,
    raw_end INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    quote_id INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    text VARCHAR,
    section VARCHAR NOT NULL,
    caption INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    raw_start INTEGER,
    raw_end INTEGER,
    speaker_name VARCHAR,
    speaker_text VARCHAR,
    speaker_entity_id VARCHAR,
    speaker_type VARCHAR,
    speaker_role VARCHAR,
    speaker_org VARCHAR,
    cue VARCHAR,
    date DATE,
    attribution VARCHAR,
    PRIMARY KEY (article_id, quote_id)
);
CREATE TABLE IF NOT EXISTS terms (
    article_id VARCHAR NOT NULL,
    section VARCHAR NOT NULL,
    caption INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS input_errors (
    source VARCHAR NOT NULL,
    line INTEGER,
    message VARCHAR NOT NULL,
    recorded_at TIMESTAMP DEFAULT current_timestamp
);
"""

MAX_LIMIT = 10_000


class Store:
    def __init__(self, path: str | Path = "newsgraph.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)

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

    def add_records(self, records: Iterable[ArticleRecord]) -> int:
        """Store a batch in one transaction; returns how many articles were new."""
        added = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for record in records:
                if self._insert(record):
                    added += 1
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return added

    def _insert(self, record: ArticleRecord) -> bool:
        a = record.article
        if self.has_content(a.content_hash):
            return False
        article_id = a.id
        if self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
            article_id = f"{a.id}-{a.content_hash[:8]}"  # same name, different text: both kept
        self.con.execute(
            "INSERT INTO articles (id, content_hash, source, url, headline, date, date_basis, text, captions, raw_text, metadata)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, a.content_hash, a.source, a.url, a.headline, a.date, a.date_basis, a.text, a.captions,
             a.raw_text, json.dumps(a.metadata, ensure_ascii=False, default=str)],
        )
        if record.entities:
            self.con.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
                [[article_id, e.id, e.name, e.type, e.aliases, e.roles] for e in record.entities],
            )
        mentions = [
            [article_id, e.id, m.section, m.caption, m.start, m.end, m.text, m.raw_start, m.raw_end]
            for e in record.entities
            for m in e.mentions
        ]
        if mentions:
            self.con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
        quotes = []
        for n, q in enumerate(record.quotes, start=1):
            sp = q.speaker
            quotes.append([
                article_id, n, q.kind, q.text, q.section, q.caption, q.start, q.end, q.raw_start, q.raw_end,
                sp.name if sp else None, sp.text if sp else None, sp.entity_id if sp else None, sp.type if sp else None,
                q.speaker_role, q.speaker_org, q.cue, q.date, q.attribution,
            ])
        if quotes:
            self.con.executemany("INSERT INTO quotes VALUES (" + ", ".join("?" * 19) + ")", quotes)
        if record.terms:
            self.con.executemany(
                "INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?)",
                [[article_id, t.section, t.caption, t.start, t.end, t.text] for t in record.terms],
            )
        return True

    def add_errors(self, errors: Iterable[InputError]) -> None:
        rows = [[e.source, e.line, e.message] for e in errors]
        if rows:
            self.con.executemany("INSERT INTO input_errors (source, line, message) VALUES (?, ?, ?)", rows)

    # -- reading -------------------------------------------------------------------------

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        if table not in ("articles", "entities", "mentions", "quotes", "terms", "input_errors"):
            raise ValueError(f"unknown table {table}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def quotes(
        self,
        speaker: str | None = None,
        entity: str | None = None,
        since: date | None = None,
        kind: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """Quotes, newest first; ``speaker`` and ``entity`` match names case-insensitively."""
        where = ["TRUE"]
        params: list[Any] = []
        if speaker:
            where.append("(q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)")
            params += [f"%{speaker}%", f"%{speaker}%"]
        if entity:
            where.append(
                "EXISTS (SELECT 1 FROM mentions m JOIN entities e USING (article_id, entity_id)"
                " WHERE m.article_id = q.article_id AND m.section = q.section"
                " AND coalesce(m.caption, -1) = coalesce(q.caption, -1)"
                " AND m.start >= q.start AND m.\"end\" <= q.\"end\" AND (e.name ILIKE ? OR list_contains(e.aliases, ?)))"
            )
            params += [f"%{entity}%", entity]
        if since:
            where.append("coalesce(q.date, a.date) >= ?")
            params.append(since)
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        params.append(min(max(limit, 1), MAX_LIMIT))
        return self._rows(
            "SELECT q.article_id, a.headline, coalesce(q.date, a.date) AS date, q.kind, q.speaker_name,"
            " q.speaker_type, q.speaker_role, q.cue, q.text, q.section, q.start, q.\"end\""
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY date DESC NULLS LAST, q.article_id, q.start LIMIT ?",
            params,
        )

    def entities(self, type_: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Entities across the corpus by name and type, most mentioned first."""
        where, params = ("WHERE e.type = ?", [type_.upper()]) if type_ else ("", [])
        params.append(min(max(limit, 1), MAX_LIMIT))
        return self._rows(
            "SELECT e.name, e.type, count(DISTINCT e.article_id) AS articles,"
            " sum((SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id)) AS mentions,"
            " list_distinct(flatten(list(e.aliases))) AS aliases"
            f" FROM entities e {where} GROUP BY e.name, e.type ORDER BY mentions DESC, e.name LIMIT ?",
            params,
        )

    def input_errors(self, limit: int = 1000) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT source, line, message, recorded_at FROM input_errors ORDER BY recorded_at, source, line LIMIT ?",
            [min(max(limit, 1), MAX_LIMIT)],
        )
