"""The ``newsgraph`` command: a thin layer over pipeline, store, evaluate and bench."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.schema import ArticleRecord, InputError
from newsgraph.store.export import to_csv, to_json

app = typer.Typer(
    help="newsgraph: who said what, who did what to whom, when and where — from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

DEFAULT_DB = "newsgraph.duckdb"
DEFAULT_SHARED = Path("../shared")


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class QuoteKind(str, Enum):
    direct = "direct"
    indirect = "indirect"
    belief = "belief"


class EventFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _report(error: InputError) -> None:
    err.print(f"[red]error[/red]: {error}", markup=True, highlight=False, soft_wrap=True)


@contextmanager
def _store_errors() -> Iterator[None]:
    """A store that cannot be used ends the command with one line and its own exit status."""
    from newsgraph.store import StoreError

    try:
        yield
    except StoreError as error:
        err.print(f"error: {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(error.exit_status) from None


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: the ingest says what it committed."""


# the signals an ingest received: DuckDB turns one that arrives inside a query into its own
# "Query interrupted" error, which must end the ingest as the signal would
_received_signals: list[int] = []


def _interrupt(signum: int, frame: object) -> None:
    _received_signals.append(signum)
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _report_warnings(record: ArticleRecord) -> None:
    for warning in record.article.warnings:
        err.print(f"[yellow]warning[/yellow]: {escape(str(warning))}", markup=True, highlight=False, soft_wrap=True)


# --date and --meta, the same for extract and ingest
RunDate = Annotated[Optional[datetime], typer.Option(
    "--date", formats=["%Y-%m-%d"],
    help="YYYY-MM-DD: the date of every article with none of its own. A JSONL \"date\", HTML metadata "
    "or a sidecar row comes first; a dateline or published line in the text comes after",
)]
MetaTable = Annotated[Optional[Path], typer.Option(
    "--meta", exists=True, dir_okay=False,
    help="a CSV/TSV table with columns file,date,url,title (file relative to the table's folder); "
    "a newsgraph-meta.csv or .tsv in an article's folder is read without this",
)]

# which columns of a CSV or Parquet table of articles hold what, the same for extract and ingest
TextColumn = Annotated[str, typer.Option(help="CSV/Parquet tables: the column with the article text")]
TitleColumn = Annotated[str, typer.Option(help="CSV/Parquet tables: the column with the headline")]
ArticlePaths = Annotated[
    list[Path], typer.Argument(help=".txt/.html/.jsonl/.json/.warc(.gz)/.rss/.atom/.csv/.parquet files or folders of them")
]
DateColumn = Annotated[str, typer.Option(help="CSV/Parquet tables: the column with the date (YYYY-MM-DD)")]
IdColumn = Annotated[str, typer.Option(help="CSV/Parquet tables: the column with the article id")]
UrlColumn = Annotated[str, typer.Option(help="CSV/Parquet tables: the column with the URL")]


def _given(date: datetime | None, meta: Path | None, columns: tuple[str, str, str, str, str]):  # noqa: ANN202 - SourceOptions is imported lazily
    from newsgraph.ingest.sources import SourceOptions, TableColumns

    return SourceOptions(date.date().isoformat() if date else None, [meta] if meta else [], TableColumns(*columns))


def _note_repeated(paths: list[Path]) -> None:
    from newsgraph.ingest.sources import repeated_paths

    for path in repeated_paths(paths):
        err.print(f"note: {path} is named more than once (or is inside a folder named too); read once", highlight=False, soft_wrap=True)


def _print_summary(record: ArticleRecord, console: Console) -> None:
    a = record.article
    console.rule(f"[bold]{escape(a.headline)}", style="cyan")
    console.print(f"[bold]date[/] {a.date or '—'}  [dim]({escape(a.date_basis)})[/]", highlight=False)
    console.print(f"[bold]id[/] {escape(a.id)}  [bold]source[/] {escape(a.source)}", highlight=False)
    for n, caption in enumerate(a.captions, start=1):
        console.print(f"[bold]caption {n}[/] {escape(caption)}", highlight=False)
    console.print(f"\n[bold]Quotes and reported statements[/] ({len(record.quotes)})", highlight=False)
    for n, q in enumerate(record.quotes, start=1):
        who = f"[bold green]{escape(q.speaker.name)}[/] ({q.speaker.type})" if q.speaker else "[red]unattributed[/]"
        if q.speaker and q.speaker.text != q.speaker.name:
            who += f" as “{escape(q.speaker.text)}”"
        details = [f"{escape(q.speaker_role)}" if q.speaker_role else "",
                   f"cue “{escape(q.cue)}”" if q.cue else f"{q.attribution} attribution",
                   q.date or ""]
        console.print(f"{n:>2}. [cyan]{q.kind}[/] {who} · " + " · ".join(d for d in details if d), highlight=False)
        marks = ("“", "”") if q.kind == "direct" else ("", "")
        console.print(f"    {marks[0]}{escape(q.text)}{marks[1]}", highlight=False)
    console.print(f"\n[bold]Entities[/] ({len(record.entities)})", highlight=False)
    for e in record.entities:
        aliases = ", ".join(x for x in e.aliases if x != e.name)
        console.print(
            f"  {e.id:>4} {e.type:<8} [bold]{escape(e.name)}[/]" + (f"  [dim]also: {escape(aliases)}[/]" if aliases else "")
            + f"  [dim]×{len(e.mentions)}[/]",
            highlight=False,
        )


@app.command()
def extract(
    paths: ArticlePaths,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json, jsonl or a readable table")] = ExtractFormat.table,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="write here instead of stdout")] = None,
    date: RunDate = None,
    meta: MetaTable = None,
    text_column: TextColumn = "text",
    title_column: TitleColumn = "title",
    date_column: DateColumn = "date",
    id_column: IdColumn = "id",
    url_column: UrlColumn = "url",
) -> None:
    """Extract quotes, speakers and entities from articles and print them (nothing is stored)."""
    from newsgraph.pipeline import Extractor

    records: list[dict[str, Any]] = []
    failed = 0
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    console = Console(file=sink, width=160) if output else out
    try:
        columns = (text_column, title_column, date_column, id_column, url_column)
        _note_repeated(paths)
        for item in Extractor().run((str(p) for p in paths), _given(date, meta, columns)):
            if isinstance(item, InputError):
                failed += 1
                _report(item)
                continue
            _report_warnings(item)
            if format is ExtractFormat.jsonl:
                sink.write(to_json(item.to_dict()) + "\n")
            elif format is ExtractFormat.table:
                _print_summary(item, console)
            else:
                records.append(item.to_dict())
        if format is ExtractFormat.json:
            payload: Any = records[0] if len(records) == 1 else records
            sink.write(to_json(payload, indent=2) + "\n")
    finally:
        if output:
            sink.close()
    if failed:
        err.print(f"{failed} input(s) failed; the rest were extracted", highlight=False)
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: ArticlePaths,
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    workers: Annotated[int, typer.Option(help="extraction processes (each loads the model once)")] = 1,
    date: RunDate = None,
    meta: MetaTable = None,
    text_column: TextColumn = "text",
    title_column: TitleColumn = "title",
    date_column: DateColumn = "date",
    id_column: IdColumn = "id",
    url_column: UrlColumn = "url",
) -> None:
    """Extract articles and store them; articles already stored (same content) are skipped.

    Each batch of articles is stored in one transaction, so an ingest that is killed leaves whole
    articles only, and running it again adds exactly what is missing.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from newsgraph.pipeline import BATCH_SIZE, run_parallel
    from newsgraph.store.writer import StoreWriter

    failed = 0
    writer = StoreWriter(db, BATCH_SIZE, on_wait=lambda message: err.print(message, highlight=False))
    _received_signals.clear()
    previous_handlers = {signum: signal.signal(signum, _interrupt) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        with _store_errors(), writer, Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("ingest", total=None)
            columns = (text_column, title_column, date_column, id_column, url_column)
            _note_repeated(paths)
            for item in run_parallel([str(p) for p in paths], workers, given=_given(date, meta, columns)):
                if isinstance(item, InputError):
                    failed += 1
                    _report(item)
                    writer.add_error(item)
                    continue
                _report_warnings(item)  # the store records them with the article
                progress.advance(task)
                if writer.add(item) and not err.is_terminal:
                    # where no progress bar shows (logs, pipes), a line per committed batch
                    err.print(f"committed: {writer.read} article(s) read, {writer.added} new", highlight=False)
            writer.commit()
            total = writer.count()
    except BaseException as stop:
        if not isinstance(stop, KeyboardInterrupt) and not _received_signals:
            raise
        err.print(
            f"interrupted: {writer.committed} article(s) committed to {db} ({writer.added} new), "
            f"{writer.read - writer.committed} read but not committed; run the same command again "
            "to add the rest (stored articles are skipped)",
            highlight=False,
        )
        raise typer.Exit(143 if signal.SIGTERM in _received_signals else 130) from None
    finally:
        for signum, handler in previous_handlers.items():
            signal.signal(signum, handler)
    seen, added = writer.read, writer.added
    out.print(f"{seen} article(s) read, {added} new, {seen - added} already stored; {failed} failed; {total} in {db}", highlight=False)
    if failed:
        raise typer.Exit(1)


def _emit(rows: list[dict[str, Any]], format: QueryFormat, title: str, table_columns: list[str] | None = None) -> None:
    if format is QueryFormat.json:
        sys.stdout.write(to_json(rows, indent=2) + "\n")
        return
    if format is QueryFormat.csv:
        sys.stdout.write(to_csv(rows))
        return
    columns = table_columns or (list(rows[0]) if rows else [])
    table = Table(title=f"{title} ({len(rows)})", show_lines=True, expand=True)
    for column in columns or ["(no rows)"]:
        table.add_column(column, overflow="fold", ratio=4 if column == "text" else 1)
    for row in rows:
        table.add_row(*(", ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v)) for v in (row[c] for c in columns)))
    # a pipe or file gets a readable width, not the 80 columns rich assumes there
    console = out if out.is_terminal else Console(width=160)
    console.print(table)


def _open_store(db: Path):  # noqa: ANN202 - the Store type is imported lazily
    from newsgraph.store import Store
    from newsgraph.store.duckdb_store import READ_WAIT_S

    if not db.exists():
        err.print(f"error: no store at {db}: run `newsgraph ingest PATH --db {db}` first", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    with _store_errors():
        return Store(db, read_only=True, wait_s=READ_WAIT_S)


@app.command()
def quotes(
    speaker: Annotated[Optional[str], typer.Option(help="speaker name (part of it is enough)")] = None,
    entity: Annotated[Optional[str], typer.Option(help="an entity named inside the quote")] = None,
    since: Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD")] = None,
    kind: Annotated[Optional[QuoteKind], typer.Option(help="direct (quotation), indirect (reported) or belief")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 100,
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """Quotes in the store, newest first."""
    with _open_store(db) as store:
        rows = store.quotes(speaker=speaker, entity=entity, since=since.date() if since else None, kind=kind.value if kind else None, limit=limit)
    _emit(rows, format, "Quotes", ["date", "speaker_name", "speaker_role", "kind", "cue", "text", "article_id"])


@app.command()
def entities(
    type: Annotated[Optional[str], typer.Option("--type", help="PERSON, ORG, GPE, ...")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 100,
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """Corpus actors (one per person, organisation or place across articles, with a stable id), most
    mentioned first."""
    from newsgraph.extract.entities import NAME_LABELS

    if type and type.upper() not in NAME_LABELS:
        err.print(f"error: unknown entity type {type}: use one of {', '.join(sorted(NAME_LABELS))}", highlight=False)
        raise typer.Exit(2)
    with _open_store(db) as store:
        rows = store.entities(type_=type, limit=limit)
    _emit(rows, format, "Entities", ["actor_id", "name", "type", "code", "aliases", "articles", "mentions", "quotes"])


@app.command()
def events(
    type: Annotated[Optional[str], typer.Option("--type", help="a PLOVER type: ASSAULT, ACCUSE, SUPPORT, ...")] = None,
    actor: Annotated[Optional[str], typer.Option(help="actor name (part of it is enough)")] = None,
    near: Annotated[Optional[str], typer.Option(help="a country, or a city: events within 150 km")] = None,
    actor_code: Annotated[Optional[str], typer.Option(help="actor's CAMEO code or its start: IRN, IRNGOV, IGO")] = None,
    target_code: Annotated[Optional[str], typer.Option(help="target's CAMEO code or its start: SYR, SYRREB")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 100,
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="csv, json and parquet: one row an event, in event-data shape")] = EventFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="file to write (parquet: required unless stdout is a pipe)")] = None,
) -> None:
    """Events in the store: who did what to whom, where and when."""
    from newsgraph.extract.events import PLOVER_TYPES
    from newsgraph.extract.gazetteer import gazetteer
    from newsgraph.resolve.places import lookup_place

    if type and type.upper() not in PLOVER_TYPES:
        err.print(f"error: unknown event type {type}: use one of {', '.join(PLOVER_TYPES)}", highlight=False)
        raise typer.Exit(2)
    where: tuple[float, float] | str | None = None
    if near:
        place = lookup_place(near, set(), gazetteer())
        if place.feature == "country":
            where = place.country
        elif place.lat is not None and place.lon is not None:
            where = (place.lat, place.lon)
        else:
            err.print(f"error: {near} is not in the gazetteer", highlight=False)
            raise typer.Exit(2)
        err.print(f"note: --near {near} read as {place.name}, {place.country} ({place.feature})", highlight=False, markup=False)
    if output is not None and format is EventFormat.table:
        err.print("error: --output needs --format csv, json or parquet", highlight=False)
        raise typer.Exit(2)
    if format is EventFormat.parquet:
        if output is None and sys.stdout.isatty():
            err.print("error: Parquet is binary: give --output FILE or pipe the output", highlight=False)
            raise typer.Exit(2)
        with _open_store(db) as store:
            query = store.events_query(type_=type, actor=actor, near=where, limit=limit, actor_code=actor_code, target_code=target_code)
            store.export_parquet(query, output or "/dev/stdout")
        return
    with _open_store(db) as store:
        rows = store.events(type_=type, actor=actor, near=where, limit=limit, actor_code=actor_code, target_code=target_code)
    if output is not None:
        output.write_text(to_json(rows, indent=2) + "\n" if format is EventFormat.json else to_csv(rows), encoding="utf-8")
        return
    _emit(rows, QueryFormat(format.value), "Events", ["date", "type", "actor_name", "target_name", "location_name", "trigger", "sentence"])


@app.command()
def timeline(
    entity: Annotated[str, typer.Argument(help="an entity's name (part of it is enough)")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """What an entity said and did, and what was done to it, in date order."""
    if not entity.strip():
        err.print("error: give an entity's name or actor id (newsgraph entities lists them)", highlight=False)
        raise typer.Exit(2)
    with _open_store(db) as store:
        rows = store.timeline(entity)
        named = store.actors_named(entity)
    # said before the rows, where a reader sees it first
    if len(named) > 1:
        # a part of a name may fit several actors ("Clinton"): say so, rather than mix them silently
        listed = ", ".join(f"{a['name']} ({a['actor_id']})" for a in named[:ACTORS_LISTED])
        more = f" and {len(named) - ACTORS_LISTED} more" if len(named) > ACTORS_LISTED else ""
        err.print(f'note: "{entity}" names {len(named)} actors: {listed}{more}; give an actor id for one', highlight=False, markup=False, soft_wrap=True)
    elif not rows and not named:
        err.print(f'note: nothing in {db} is named "{entity}" (newsgraph entities lists the actors)', highlight=False, markup=False, soft_wrap=True)
    _emit(rows, format, f"Timeline of {entity}")


ACTORS_LISTED = 5


@app.command("check-identity")
def check_identity(db: Annotated[Path, typer.Argument(help="DuckDB file")] = Path(DEFAULT_DB)) -> None:
    """Corpus identity: actors that are plainly one, aliases naming someone else, quotes credited to a
    function word or dateline; exit 1 when a goal is missed."""
    from newsgraph.resolve.identity import store_identity_report

    with _open_store(db) as store:
        report = store_identity_report(store.con)
    for line in report.lines():
        print(line)
    if not report.meets_goals:
        raise typer.Exit(1)


@app.command()
def errors(
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """Inputs that could not be read during ingests, with the reason, and warnings about inputs that were."""
    with _open_store(db) as store:
        rows = store.input_errors()
    _emit(rows, format, "Input errors")


@app.command()
def evaluate(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="answer keys (*.gold.json) or folders of them")] = None,
) -> None:
    """Precision, recall and F1 of quotes, speakers, dates and entities against answer keys."""
    from newsgraph.evaluate import find_answer_keys, load_gold, score_article
    from newsgraph.pipeline import Extractor

    pairs = find_answer_keys(paths or [DEFAULT_SHARED / "corpus"])
    if not pairs:
        err.print("error: no answer keys (*.gold.json beside their article) found", highlight=False)
        raise typer.Exit(2)
    extractor = Extractor()
    totals: dict[str, Any] = {}
    for article, gold_path in pairs:
        record = next(r for r in extractor.run([str(article)]) if isinstance(r, ArticleRecord))
        for name, score in score_article(load_gold(gold_path), record.to_dict()).items():
            totals[name] = totals[name] + score if name in totals else score
    table = Table(title=f"newsgraph against {len(pairs)} answer key(s)")
    for column in ("measure", "found / gold", "right / predicted", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column != "measure" else "left")
    for s in totals.values():
        table.add_row(s.name, f"{s.tp}/{s.gold}", f"{s.correct_predicted}/{s.predicted}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    out.print(table)


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="address to listen on (127.0.0.1: this machine only)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
) -> None:
    """Serve the explorer: the web page at / and the JSON API (documented at /docs)."""
    import uvicorn

    from newsgraph.serve import create_app

    if not db.exists():
        err.print(f"error: no store at {db}: run `newsgraph ingest PATH --db {db}` first", highlight=False)
        raise typer.Exit(2)
    from newsgraph.store import Store
    from newsgraph.store.duckdb_store import READ_WAIT_S

    with _store_errors(), Store(db, read_only=True, wait_s=READ_WAIT_S):
        pass  # refuse to start on a store that cannot be opened
    out.print(f"newsgraph explorer for {db}: open http://{host}:{port}/  (API docs: http://{host}:{port}/docs; Ctrl-C stops)", highlight=False)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def spark(
    input: Annotated[str, typer.Argument(help="JSONL or Parquet of articles ({id, title, text, date, url}), or WARC(.gz) archives (a file or folder)")],
    output: Annotated[str, typer.Argument(help="folder for the Parquet tables (one sub-folder a table)")],
    master: Annotated[str, typer.Option(help="Spark master; local[*] uses every core of this machine")] = "local[*]",
    partitions: Annotated[Optional[int], typer.Option(help="repartition the input into this many parts")] = None,
) -> None:
    """Run the extraction on Spark and write the store's tables as Parquet (load them with `load`)."""
    from newsgraph.spark.job import run

    counts = run(input, output, master, partitions)
    out.print(", ".join(f"{table} {n}" for table, n in counts.items()), highlight=False)
    if counts.get("input_errors"):
        err.print(f"{counts['input_errors']} input(s) failed: see {output}/input_errors", highlight=False)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="the output folder of `newsgraph spark`")],
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
) -> None:
    """Load the Parquet tables of a Spark run into the store (articles already there are skipped)."""
    from newsgraph.store import Store
    from newsgraph.store.writer import WRITE_WAIT_S

    with _store_errors(), Store(db, wait_s=WRITE_WAIT_S) as store:
        added = store.load_parquet(folder)
        total = store.count("articles")
    out.print(f"{added} new article(s) loaded from {folder}; {total} in {db}", highlight=False)


@app.command()
def relink(db: Annotated[Path, typer.Argument(help="DuckDB file")] = Path(DEFAULT_DB)) -> None:
    """Link every entity to its corpus actor again, from scratch (after the linking rules change)."""
    from newsgraph.store import Store
    from newsgraph.store.writer import WRITE_WAIT_S, StoreWriter

    # an ingest keeps the actors in memory between batches: none may run meanwhile
    with _store_errors(), StoreWriter(db, batch_size=1, on_wait=lambda m: err.print(m, highlight=False)):
        with Store(db, wait_s=WRITE_WAIT_S) as store:
            actors = store.relink()
    out.print(f"{actors} corpus actor(s) in {db}", highlight=False)


@app.command("evaluate-attribution")
def evaluate_attribution(
    split: Annotated[Path, typer.Argument(help="a PolNeAR split: articles/*.txt and gold.json")] = DEFAULT_SHARED / "eval/polnear/dev",
) -> None:
    """Quotes, statements and speakers against PolNeAR's hand-annotated attributions (the shared
    scorer's rules: a found span overlaps half of the shorter of it and the gold content)."""
    from newsgraph.evaluate import score_attribution
    from newsgraph.pipeline import Extractor

    if not (split / "gold.json").is_file():
        err.print(f"error: {split}: no gold.json (a PolNeAR split has articles/ and gold.json)", highlight=False)
        raise typer.Exit(2)
    score = score_attribution(split, Extractor())
    table = Table(title=f"attribution against {split}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in score.figures().items():
        table.add_row(name, f"{value:.3f}")
    out.print(table)


@app.command("train-cues")
def train_cues(
    split: Annotated[Path, typer.Argument(help="a PolNeAR split: articles/*.txt and gold.json")] = DEFAULT_SHARED / "eval/polnear/train",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="where to write the weights")] = None,
) -> None:
    """Train the attribution-cue model on annotated articles (needs the `train` extra: scikit-learn)."""
    from importlib import resources

    from newsgraph.extract.cue_training import train_cue_model
    from newsgraph.extract.cues import MODEL_FILE

    target = output or Path(str(resources.files("newsgraph.data").joinpath(MODEL_FILE)))
    model = train_cue_model(split, target)
    out.print(f"{len(model.weights)} weights, threshold {model.threshold}: {target}", highlight=False)


@app.command("evaluate-events")
def evaluate_events(
    path: Annotated[Path, typer.Argument(help="PLOVER gold standard records (JSON list)")] = DEFAULT_SHARED / "eval" / "plover-gsr" / "PLOVER_GSR_dev.json",
) -> None:
    """PLOVER gold sentences: every event found (the shared scorer's recall, precision, actor,
    target and actor's code), then the main event of each sentence alone."""
    from newsgraph.evaluate import score_plover_events, score_plover_records
    from newsgraph.extract.nlp import load_pipeline

    records = json.loads(path.read_text(encoding="utf-8"))
    table = Table("measure", "value", title=f"events against\n{path}")
    for measure, value in score_plover_events(records).figures().items():
        table.add_row(measure, f"{value:.3f}")
    out.print(table)
    out.print("main event of each sentence:", highlight=False)
    for line in score_plover_records(records, load_pipeline()).lines():
        out.print(line, highlight=False)


@app.command("evaluate-time")
def evaluate_time(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="time keys (*.timex.json), folders of them, or TimeML folders (articles.jsonl + gold.json)")] = None,
    shared: Annotated[Path, typer.Option(help="the shared data folder keys name their articles in")] = DEFAULT_SHARED,
) -> None:
    """Precision, recall and F1 of time expressions, and accuracy of their normalised values;
    on a TimeML folder (../shared/eval/timeml/aquaint) the TempEval-3 span, type and value figures."""
    from newsgraph.evaluate import score_timeml, score_timexes

    timeml = [p for p in paths or [] if (p / "gold.json").is_file() and (p / "articles.jsonl").is_file()]
    for folder in timeml:
        out.print(f"{folder}:", highlight=False)
        for line in score_timeml(folder).lines():
            out.print("  " + line, highlight=False)
    if timeml and len(timeml) == len(paths or []):
        return
    keys = [k for p in (paths or [Path(__file__).parent / "data" / "gold"]) if p not in timeml for k in (sorted(p.rglob("*.timex.json")) if p.is_dir() else [p])]
    if not keys:
        err.print("error: no time keys (*.timex.json) found", highlight=False)
        raise typer.Exit(2)
    for line in score_timexes(keys, shared).lines():
        out.print(line, highlight=False)


@app.command()
def bench(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="a corpus to time (default: assembled from ../shared)")] = None,
    articles: Annotated[int, typer.Option(help="articles to assemble when no corpus is given")] = 500,
    rounds: Annotated[int, typer.Option(min=1, help="alternating bare/full runs; the median is reported")] = 3,
    shared: Annotated[Path, typer.Option(help="the shared data folder")] = DEFAULT_SHARED,
) -> None:
    """Time full extraction against a bare spaCy parse of the same texts; print both and the ratio."""
    from newsgraph.bench import assemble_corpus, load_corpus, run_benchmark

    docs = load_corpus([str(p) for p in paths]) if paths else assemble_corpus(shared, articles)
    for line in run_benchmark(docs, rounds=rounds).lines():
        out.print(line, highlight=False)


@app.command("bench-scale")
def bench_scale(
    articles: Annotated[int, typer.Option(help="articles in the corpus")] = 200,
    shared: Annotated[Path, typer.Option(help="the shared data folder")] = DEFAULT_SHARED,
) -> None:
    """Articles per second: ingest with 1 and 2 processes and Spark local[2], same corpus, one run."""
    import tempfile

    from newsgraph.bench import run_scale_benchmark

    with tempfile.TemporaryDirectory() as folder:
        for line in run_scale_benchmark(shared, articles, Path(folder)):
            out.print(line, highlight=False)


@app.command("bench-memory")
def bench_memory(
    megabytes: Annotated[int, typer.Option(help="size of the JSONL dump to stream")] = 1000,
    shared: Annotated[Path, typer.Option(help="the shared data folder")] = DEFAULT_SHARED,
) -> None:
    """Peak memory while streaming a large JSONL dump through the reader and the cleaner."""
    import tempfile

    from newsgraph.bench import run_memory_benchmark

    with tempfile.TemporaryDirectory() as folder:
        for line in run_memory_benchmark(shared, megabytes, Path(folder)):
            out.print(line, highlight=False)


@app.command()
def duplicates(
    db: Annotated[Path, typer.Option(help="DuckDB file")] = Path(DEFAULT_DB),
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """Near-duplicate articles (wire copies, re-publications) and what they copy."""
    with _open_store(db) as store:
        rows = store.duplicates()
    _emit(rows, format, "Near-duplicate articles")


if __name__ == "__main__":
    app()
