"""The store's tables, once: their columns and types, and how an article record becomes rows.

DuckDB (``duckdb_store``) and Spark (``newsgraph.spark``) both write these tables from
``record_rows``, so a corpus processed on a cluster loads into the same store, column for column.
An entity's ``actor_id`` (its corpus actor) depends on what the store already holds, so
``record_rows`` leaves it empty and the store fills it in as it takes the rows in.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from newsgraph.extract.gazetteer import fold
from newsgraph.schema import ArticleRecord

# name -> [(column, DuckDB type)]; the first columns named in KEYS are each table's primary key
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR"), ("content_hash", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"),
        ("headline", "VARCHAR"), ("date", "DATE"), ("date_basis", "VARCHAR"), ("tone", "DOUBLE"),
        ("text", "VARCHAR"), ("captions", "VARCHAR[]"), ("raw_text", "VARCHAR"), ("metadata", "VARCHAR"),
    ],
    "entities": [
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("type", "VARCHAR"),
        ("aliases", "VARCHAR[]"), ("roles", "VARCHAR[]"), ("actor_id", "VARCHAR"),
        ("code", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"), ("kb_id", "VARCHAR"),
    ],
    "mentions": [
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("section", "VARCHAR"), ("caption", "INTEGER"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("text", "VARCHAR"), ("raw_start", "INTEGER"), ("raw_end", "INTEGER"),
    ],
    "quotes": [
        ("article_id", "VARCHAR"), ("quote_id", "INTEGER"), ("kind", "VARCHAR"), ("text", "VARCHAR"),
        ("section", "VARCHAR"), ("caption", "INTEGER"), ("start", "INTEGER"), ("end", "INTEGER"),
        ("raw_start", "INTEGER"), ("raw_end", "INTEGER"), ("speaker_name", "VARCHAR"), ("speaker_text", "VARCHAR"),
        ("speaker_entity_id", "VARCHAR"), ("speaker_type", "VARCHAR"), ("speaker_role", "VARCHAR"),
        ("speaker_org", "VARCHAR"), ("cue", "VARCHAR"), ("date", "DATE"), ("attribution", "VARCHAR"),
        ("tone", "DOUBLE"), ("targets", "VARCHAR[]"), ("quote_key", "VARCHAR"),
        ("speaker_section", "VARCHAR"), ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"),
        ("pieces", "INTEGER[]"),  # start, end, start, end ...: the words said, without what interrupts them
    ],
    "terms": [
        ("article_id", "VARCHAR"), ("section", "VARCHAR"), ("caption", "INTEGER"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"),
    ],
    "places": [
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("feature", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("population", "BIGINT"), ("geonameid", "BIGINT"),
        ("region", "VARCHAR"), ("evidence", "VARCHAR"),
    ],
    "events": [
        ("article_id", "VARCHAR"), ("event_id", "INTEGER"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        ("actor_name", "VARCHAR"), ("actor_text", "VARCHAR"), ("actor_entity_id", "VARCHAR"),
        ("target_name", "VARCHAR"), ("target_text", "VARCHAR"), ("target_entity_id", "VARCHAR"),
        ("location_name", "VARCHAR"), ("location_entity_id", "VARCHAR"), ("country", "VARCHAR"),
        ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("date", "DATE"), ("trigger", "VARCHAR"), ("section", "VARCHAR"),
        ("caption", "INTEGER"), ("start", "INTEGER"), ("end", "INTEGER"), ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"), ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("quote_id", "INTEGER"),
        ("context", "VARCHAR"), ("cameo", "VARCHAR"), ("pattern", "VARCHAR"),
        ("actor_code", "VARCHAR"), ("actor_country", "VARCHAR"), ("target_code", "VARCHAR"), ("target_country", "VARCHAR"),
    ],
    "timexes": [
        ("article_id", "VARCHAR"), ("section", "VARCHAR"), ("caption", "INTEGER"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"), ("type", "VARCHAR"), ("value", "VARCHAR"), ("mod", "VARCHAR"),
        ("range_start", "VARCHAR"), ("range_end", "VARCHAR"), ("raw_start", "INTEGER"), ("raw_end", "INTEGER"),
    ],
    "stances": [
        ("article_id", "VARCHAR"), ("holder_name", "VARCHAR"), ("holder_entity_id", "VARCHAR"),
        ("target_name", "VARCHAR"), ("target_entity_id", "VARCHAR"), ("polarity", "VARCHAR"),
        ("evidence", "VARCHAR"), ("section", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("event_id", "INTEGER"),
    ],
    "framing": [
        ("article_id", "VARCHAR"), ("kind", "VARCHAR"), ("text", "VARCHAR"), ("holder", "VARCHAR"),
        ("section", "VARCHAR"), ("caption", "INTEGER"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "definitions": [
        ("article_id", "VARCHAR"), ("term", "VARCHAR"), ("holder", "VARCHAR"), ("refers_to", "VARCHAR[]"),
        ("start", "INTEGER"), ("end", "INTEGER"),
    ],
}
KEYS = {"articles": 1, "entities": 2, "quotes": 2, "places": 2, "events": 2}


def create_statements() -> str:
    statements = []
    for table, columns in TABLES.items():
        defs = [f'"{name}" {type_}' for name, type_ in columns]
        if table in KEYS:
            defs.append("PRIMARY KEY (" + ", ".join(f'"{name}"' for name, _ in columns[: KEYS[table]]) + ")")
        if table == "articles":
            defs.append("UNIQUE (content_hash)")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(defs)});")
    return "\n".join(statements)


def quote_key(text: str, speaker: str | None) -> str:
    """The same words by the same speaker, whichever article carries them (wire copies)."""
    words = " ".join(fold(text).split())
    return hashlib.sha1(f"{fold(speaker or '')}|{words}".encode("utf-8")).hexdigest()[:16]


def record_rows(record: ArticleRecord, article_id: str) -> dict[str, list[list[Any]]]:
    """One article record as rows of every table, in column order."""
    a = record.article
    rows: dict[str, list[list[Any]]] = {table: [] for table in TABLES}
    rows["articles"].append([
        article_id, a.content_hash, a.source, a.url, a.headline, a.date, a.date_basis, record.tone, a.text,
        a.captions, a.raw_text, json.dumps(a.metadata, ensure_ascii=False, default=str, sort_keys=True),
    ])
    for e in record.entities:
        rows["entities"].append([article_id, e.id, e.name, e.type, e.aliases, e.roles, None, e.code, e.country, e.sector, e.kb_id])
        rows["mentions"] += [
            [article_id, e.id, m.section, m.caption, m.start, m.end, m.text, m.raw_start, m.raw_end] for m in e.mentions
        ]
        if (p := e.place) is not None:
            rows["places"].append([article_id, e.id, p.name, p.country, p.feature, p.lat, p.lon, p.population, p.geonameid, p.region, p.evidence])
    for n, q in enumerate(record.quotes, start=1):
        sp = q.speaker
        rows["quotes"].append([
            article_id, n, q.kind, q.text, q.section, q.caption, q.start, q.end, q.raw_start, q.raw_end,
            sp.name if sp else None, sp.text if sp else None, sp.entity_id if sp else None, sp.type if sp else None,
            q.speaker_role, q.speaker_org, q.cue, q.date, q.attribution, q.tone, [t["name"] for t in q.targets],
            quote_key(q.text, sp.name if sp else None),
            sp.section if sp else None, sp.start if sp else None, sp.end if sp else None,
            [offset for piece in q.pieces for offset in piece],
        ])
    rows["terms"] = [[article_id, t.section, t.caption, t.start, t.end, t.text] for t in record.terms]
    for n, e in enumerate(record.events, start=1):
        loc, actor, target = e.location, e.actor, e.target
        rows["events"].append([
            article_id, n, e.type, e.mode,
            actor.name if actor else None, actor.text if actor else None, actor.entity_id if actor else None,
            target.name if target else None, target.text if target else None, target.entity_id if target else None,
            loc.name if loc else None, loc.entity_id if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, e.date, e.trigger["text"], e.section, e.caption,
            e.trigger["start"], e.trigger["end"], e.sentence["start"], e.sentence["end"], e.negated, e.hypothetical,
            e.quote + 1 if e.quote is not None else None, e.context, e.cameo, e.pattern,
            actor.code if actor else None, actor.country if actor else None,
            target.code if target else None, target.country if target else None,
        ])
    rows["timexes"] = [
        [article_id, t.section, t.caption, t.start, t.end, t.text, t.type, t.value, t.mod,
         t.range[0] if t.range else None, t.range[1] if t.range else None, t.raw_start, t.raw_end]
        for t in record.timexes
    ]
    rows["stances"] = [
        [article_id, x.holder.name, x.holder.entity_id, x.target.name, x.target.entity_id, x.polarity,
         x.evidence["text"], x.section, x.evidence["start"], x.evidence["end"], x.event + 1]
        for x in record.stances
    ]
    rows["framing"] = [[article_id, f.kind, f.text, f.holder, f.section, f.caption, f.start, f.end] for f in record.framing]
    rows["definitions"] = [[article_id, d.term, d.holder, [r["name"] for r in d.refers_to], d.start, d.end] for d in record.definitions]
    return rows
