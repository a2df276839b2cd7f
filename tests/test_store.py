"""The DuckDB store: idempotent ingest, whole articles only, and the query commands."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from conftest import SEED
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.pipeline import Extractor
from newsgraph.store import Store

SECOND = (
    "Port strike spreads\n\n"
    "Dock workers in Rotterdam walked out on Monday, joining a strike that began in Antwerp last week.\n\n"
    "\u201cWe will stay out until the company talks to us,\u201d said union leader Pieter de Vries.\n"
)


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "port-strike.txt").write_text(SECOND, encoding="utf-8")
    return folder


def test_ingest_twice_stores_nothing_twice(corpus, tmp_path):
    db = tmp_path / "ng.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "2 new" in first.stdout
    with Store(db) as store:
        counts = {t: store.count(t) for t in ("articles", "entities", "mentions", "quotes")}
    second = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert "0 new, 2 already stored" in second.stdout
    with Store(db) as store:
        assert {t: store.count(t) for t in counts} == counts
    assert counts["articles"] == 2 and counts["quotes"] >= 20


def test_a_failing_batch_leaves_no_partial_article(tmp_path):
    extractor = Extractor()
    good, bad = list(extractor.run([str(SEED)]))[0], None
    from newsgraph.clean import clean_document
    from newsgraph.schema import RawDocument

    bad = next(extractor.extract([clean_document(RawDocument("x", "txt", SECOND, id="strike"))]))
    bad.quotes[0].date = "2024-13-45"  # not a date: DuckDB refuses the row half-way through the article
    with Store(tmp_path / "t.duckdb") as store:
        store.add_records([good])
        with pytest.raises(duckdb.Error):
            store.add_records([bad])
        assert store.count("articles") == 1
        assert store.con.execute("SELECT count(*) FROM entities WHERE article_id = 'strike'").fetchone()[0] == 0


def test_query_commands(corpus, tmp_path):
    db = tmp_path / "ng.duckdb"
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    rows = json.loads(runner.invoke(app, ["quotes", "--speaker", "Masjedi", "--db", str(db), "--format", "json"]).stdout)
    assert [r["text"] for r in rows] == ["I assure you that the enemies will fail as they have in the past,"]
    assert rows[0]["speaker_name"] == "Iraj Masjedi" and rows[0]["date"] == "2024-11-30"
    about_israel = json.loads(runner.invoke(app, ["quotes", "--entity", "Israel", "--db", str(db), "-f", "json"]).stdout)
    assert about_israel and all("Israel" in r["text"] for r in about_israel)
    since = json.loads(runner.invoke(app, ["quotes", "--since", "2024-11-29", "--db", str(db), "-f", "json"]).stdout)
    assert since and all(r["date"] >= "2024-11-29" for r in since)
    people = list(csv.DictReader(io.StringIO(runner.invoke(app, ["entities", "--type", "PERSON", "--db", str(db), "-f", "csv"]).stdout)))
    names = {p["name"] for p in people}
    assert {"Bashar al-Assad", "Iraj Masjedi", "Pieter de Vries"} <= names
    assert all(p["type"] == "PERSON" for p in people)
    places = list(csv.DictReader(io.StringIO(runner.invoke(app, ["entities", "--type", "GPE", "--db", str(db), "-f", "csv"]).stdout)))
    assert {(p["name"], p["code"], p["country"]) for p in places} >= {("Iran", "IRN", "IRN"), ("Israel", "ISR", "ISR")}  # actor codes listed
    table = runner.invoke(app, ["quotes", "--speaker", "Vries", "--db", str(db)])
    assert "We will stay out" in table.stdout


def test_input_errors_are_recorded(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text(SECOND)
    db = tmp_path / "ng.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1 and "1 new" in result.stdout
    listed = json.loads(CliRunner().invoke(app, ["errors", "--db", str(db), "-f", "json"]).stdout)
    assert [(e["source"].rsplit("/", 1)[-1], e["message"]) for e in listed] == [("empty.txt", "empty file")]


def test_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store at" in result.stderr


def test_events_and_timeline_commands(corpus, tmp_path):
    db = tmp_path / "ng.duckdb"
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    accusations = json.loads(runner.invoke(app, ["events", "--type", "ACCUSE", "--db", str(db), "-f", "json"]).stdout)
    assert {(e["actor_name"], e["target_name"]) for e in accusations} >= {("Kayhan", "United States")}
    near = json.loads(runner.invoke(app, ["events", "--near", "Idlib", "--db", str(db), "-f", "json"]).stdout)
    assert near and all(e["location_name"] in ("Aleppo", "Aleppo province", "Idlib") for e in near)  # within 150 km
    in_syria = json.loads(runner.invoke(app, ["events", "--near", "Syria", "--db", str(db), "-f", "json"]).stdout)
    assert all(e["country"] == "SY" for e in in_syria) and in_syria
    by_israel = json.loads(runner.invoke(app, ["events", "--actor", "Israel", "--db", str(db), "-f", "json"]).stdout)
    assert any(e["type"] == "ASSAULT" and e["target_name"] == "Hezbollah" for e in by_israel)
    bad = runner.invoke(app, ["events", "--type", "PICNIC", "--db", str(db)])
    assert bad.exit_code == 2 and "unknown event type" in bad.stderr
    # a kind or an entity type that does not exist is an error, not an empty list
    bad = runner.invoke(app, ["entities", "--type", "PICNIC", "--db", str(db)])
    assert bad.exit_code == 2 and "unknown entity type" in bad.stderr
    assert runner.invoke(app, ["quotes", "--kind", "picnic", "--db", str(db)]).exit_code == 2
    beliefs = json.loads(runner.invoke(app, ["quotes", "--kind", "belief", "--db", str(db), "-f", "json"]).stdout)
    assert beliefs and {q["kind"] for q in beliefs} == {"belief"}
    timeline = json.loads(runner.invoke(app, ["timeline", "Baghaei", "--db", str(db), "-f", "json"]).stdout)
    assert [t["what"] for t in timeline][:1] and {"said", "accuse"} <= {t["what"] for t in timeline}
    # a name nothing bears says so; a place says how it was read
    unknown = runner.invoke(app, ["timeline", "Zzyzx", "--db", str(db), "-f", "json"])
    assert unknown.exit_code == 0 and json.loads(unknown.stdout) == [] and 'nothing in' in unknown.stderr
    assert "--near Idlib read as Idlib, SY (city)" in runner.invoke(app, ["events", "--near", "Idlib", "--db", str(db)]).stderr
    with Store(db) as store:
        assert store.count("timexes") >= 10 and store.count("stances") >= 5 and store.count("definitions") == 1
        assert store.count("places") >= 10


def test_wire_copies_are_linked_and_their_quotes_counted_once(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    original = SEED.read_text(encoding="utf-8")
    (folder / "a-original.txt").write_text(original, encoding="utf-8")
    edited = original.replace("Iranian officials have downplayed", "Officials in Tehran have downplayed").replace(
        "drive on a motorbike", "ride a motorbike")
    (folder / "b-copy.txt").write_text(edited, encoding="utf-8")
    (folder / "c-other.txt").write_text(SECOND, encoding="utf-8")
    db = tmp_path / "ng.duckdb"
    CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    with Store(db) as store:
        links = store.duplicates()
        assert [(d["article_id"], d["duplicate_of"]) for d in links] == [("b-copy", "a-original")]
        assert links[0]["similarity"] >= 0.8
        masjedi = store.quotes(speaker="Masjedi")
        assert len(masjedi) == 1 and masjedi[0]["sources"] == 2  # one quote, two sources
        people = {e["name"]: e for e in store.entities(type_="PERSON")}
        assert people["Iraj Masjedi"]["articles"] == 1  # the copy is not counted again


def test_quotes_about_an_actor_by_any_of_its_names(extract_text, tmp_path):
    full = extract_text("Court\n\nJudge Anna Kessler heard the case on Monday.\n")
    bare = extract_text("Senate\n\nThe senator said Judge Kessler deserved a hearing before the election.\n")
    db = tmp_path / "ng.duckdb"
    with Store(db) as store:
        store.add_records([full, bare])
    rows = json.loads(CliRunner().invoke(app, ["quotes", "--entity", "Anna Kessler", "--db", str(db), "-f", "json"]).stdout)
    assert [r["text"] for r in rows] == ["Judge Kessler deserved a hearing before the election"]
