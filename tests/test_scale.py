"""Scale and reliability: Spark equals local, parallel ingest, kill -9 mid-ingest, hostile input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
from conftest import SEED, SHARED
from typer.testing import CliRunner

from newsgraph.bench import assemble_corpus
from newsgraph.cli import app
from newsgraph.pipeline import Extractor
from newsgraph.schema import ArticleRecord
from newsgraph.store import Store
from newsgraph.store.tables import TABLES, record_rows


def write_jsonl(path: Path, articles: int) -> Path:
    seed = SEED.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "seed", "title": seed.split("\n")[0], "text": seed.split("\n", 1)[1], "date": "2024-11-30", "site": "x"})]
    lines.append('{"id": "cut", "title": "Truncated", "text": "a line cut off in the mid')
    for doc in assemble_corpus(SHARED, articles):
        head, body = doc.text.split("\n\n", 1)
        lines.append(json.dumps({"id": doc.id, "title": head, "text": body, "url": f"https://example.org/{doc.id}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _normal(value):
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return tuple(value)
    return value


def test_spark_output_equals_local_output(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", 5)
    result = CliRunner().invoke(app, ["spark", str(source), str(tmp_path / "out"), "--master", "local[2]", "--partitions", "2"])
    assert result.exit_code == 0, result.output
    local: dict[str, set] = {table: set() for table in TABLES}
    for item in Extractor().run([str(source)]):
        if isinstance(item, ArticleRecord):
            for table, rows in record_rows(item, item.article.id).items():
                local[table] |= {tuple(_normal(v) for v in row) for row in rows}
    con = duckdb.connect()
    for table, columns in TABLES.items():
        names = ", ".join(f'"{name}"' for name, _ in columns)
        spark_rows = con.execute(f"SELECT {names} FROM read_parquet(?)", [str(tmp_path / "out" / table / "*.parquet")]).fetchall()
        assert {tuple(_normal(v) for v in row) for row in spark_rows} == local[table], table
    errors = con.execute("SELECT source, line, message FROM read_parquet(?)", [str(tmp_path / "out" / "input_errors" / "*.parquet")]).fetchall()
    assert errors == [(str(source), 2, errors[0][2])] and "malformed JSON" in errors[0][2]
    db = tmp_path / "ng.duckdb"
    loaded = CliRunner().invoke(app, ["load", str(tmp_path / "out"), "--db", str(db)])
    assert "6 new article(s)" in loaded.stdout
    again = CliRunner().invoke(app, ["load", str(tmp_path / "out"), "--db", str(db)])
    assert "0 new article(s)" in again.stdout


def test_parallel_ingest_equals_serial(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", 12)
    counts = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(db), "--workers", str(workers)])
        assert result.exit_code == 1  # the truncated line
        with Store(db) as store:
            counts.append({t: store.count(t) for t in TABLES})
    assert counts[0] == counts[1] and counts[0]["articles"] == 13


def test_ingest_killed_mid_run_resumes_with_each_article_once(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", 150)
    db = tmp_path / "ng.duckdb"
    command = [sys.executable, "-m", "newsgraph.cli", "ingest", str(source), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # kill it right after the first batch is committed, however long the model took to load
    for line in process.stderr:
        if line.startswith("committed:"):
            break
    assert process.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db) as store:
        partial = store.count("articles")
        # whole articles only: every stored article has its entities and mentions
        orphans = store.con.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)"
        ).fetchone()[0]
    assert 32 <= partial < 151 and partial % 32 == 0 and orphans == 0
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    with Store(db) as store:
        assert store.count("articles") == 151
        assert store.con.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == 151
        assert store.con.execute("SELECT count(*) FROM (SELECT article_id, quote_id FROM quotes GROUP BY ALL HAVING count(*) > 1)").fetchone()[0] == 0


def make_hostile_corpus(folder: Path) -> set[str]:
    """Every kind of bad input next to good files; returns the names of the good ones."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(os.urandom(20_000))
    with open(folder / "huge.txt", "wb") as handle:
        handle.write(b"news " * 10_000_000)
    (folder / "nul.txt").write_bytes(b"\x00" * 5000 + b"Headline\n\nbody")
    (folder / "wrong-encoding.txt").write_bytes("Ca\u00efro talks\n\nThe minister said talks in Ca\u00efro would resume.".encode("cp1252"))
    (folder / "utf16.txt").write_bytes("Floods in Dhaka\n\nOfficials said the water was receding.".encode("utf-16"))
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 20_000 + "deep" + "</div>" * 20_000 + "</body></html>")
    (folder / "truncated.jsonl").write_text(
        json.dumps({"id": "ok-1", "title": "First", "text": "The first article said hello."}) + "\n" + '{"id": "cut", "text": "trunc'
    )
    (folder / "quotes.txt").write_text("Quote marks\n\n" + '"' * 10_000 + "\n\nThe end, he said.\n")
    (folder / "rtl.txt").write_text("\u0627\u0644\u0623\u062e\u0628\u0627\u0631\n\n\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0623\u0646\u0641. The minister said talks would resume \u202etxet desrever\u202c.\n")
    (folder / "emoji.txt").write_text("Fans celebrate \U0001F389\n\n\"We won! \U0001F3C6\U0001F525\" said captain Lena Fischer, 27, on Sunday. \U0001F44F\n")
    (folder / "good.txt").write_text("Storm hits coast\n\nThe storm reached the coast on Monday, officials said.\n")
    # NUL padding around real text is stripped and the text kept
    return {"nul", "wrong-encoding", "utf16", "quotes", "rtl", "emoji", "good", "ok-1"}


def test_hostile_corpus_zero_crashes_errors_recorded_good_files_stored(tmp_path):
    good = make_hostile_corpus(tmp_path / "hostile")
    db = tmp_path / "ng.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "hostile"), "--db", str(db)])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    with Store(db) as store:
        stored = {row[0] for row in store.con.execute("SELECT id FROM articles").fetchall()}
    assert stored == good
    listed = json.loads(CliRunner().invoke(app, ["errors", "--db", str(db), "-f", "json"]).stdout)
    failures = {(Path(e["source"]).name, e["line"]): e["message"] for e in listed}
    assert failures[("empty.txt", None)] == "empty file"
    assert "binary" in failures[("binary.txt", None)]
    assert "limit" in failures[("huge.txt", None)]
    assert ("nested.html", None) in failures
    assert "malformed JSON" in failures[("truncated.jsonl", 2)]
    assert len(failures) == 5


def test_streaming_memory_stays_flat(tmp_path):
    from newsgraph.bench import run_memory_benchmark

    small = run_memory_benchmark(SHARED, 5, tmp_path)[0]
    large = run_memory_benchmark(SHARED, 40, tmp_path)[0]
    print(small, large, sep="\n")
    peak = lambda line: int(line.rsplit("peak RSS ", 1)[1].split()[0])  # noqa: E731
    assert peak(large) < 300 and peak(large) < peak(small) + 30  # 8x the input, not 8x the memory


def test_scale_benchmark_reports_all_three_runs(tmp_path):
    from newsgraph.bench import run_scale_benchmark

    lines = run_scale_benchmark(SHARED, 16, tmp_path)
    print("\n".join(lines))
    assert [line.split(":")[0] for line in lines[1:]] == ["ingest --workers 1", "ingest --workers 2", "spark local[2]"]
    assert all("articles/s" in line for line in lines[1:])
