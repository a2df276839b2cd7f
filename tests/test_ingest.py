"""Bad input: every broken file gets a one-line error naming it, and the batch goes on."""

from __future__ import annotations

import json

from conftest import SEED
from typer.testing import CliRunner

from newsgraph.clean import clean_document
from newsgraph.cli import app
from newsgraph.ingest import read_sources
from newsgraph.ingest.sidecar import UserMetadata
from newsgraph.schema import InputError, RawDocument
from newsgraph.store import Store

ARTICLE = "Storm hits coast\n\nThe storm reached the coast on Monday, officials said.\n"


def make_bad_corpus(folder):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    with open(folder / "huge.txt", "wb") as handle:  # 50 MB
        handle.write(b"word " * 10_000_000)
    (folder / "latin1.txt").write_bytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 owners of S\u00e3o Paulo said prices rose.\n".encode("latin-1"))
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "nothing.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    lines = [
        json.dumps({"id": "a1", "title": "First", "text": "The first article said hello.", "date": "2024-01-02", "url": "https://example.org/1", "lang": "en"}),
        '{"id": "a2", "title": "Broken", "text": "unterminated',
        json.dumps({"id": "a3", "title": "Third", "text": "The third article said goodbye."}),
    ]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "good.txt").write_text(ARTICLE)


def test_each_bad_input_gets_a_clear_error_and_the_rest_is_read(tmp_path):
    make_bad_corpus(tmp_path)
    items = list(read_sources([tmp_path]))
    errors = {(e.source.rsplit("/", 1)[-1], e.line): e.message for e in items if isinstance(e, InputError)}
    docs = {d.id: d for d in items if isinstance(d, RawDocument)}
    assert errors[("empty.txt", None)] == "empty file"
    assert "binary" in errors[("binary.txt", None)]
    assert "50.0 MB is over the 1 MB limit" in errors[("huge.txt", None)]
    assert "no article text" in errors[("nothing.html", None)]
    # where the line breaks, and that it stops inside a value: a line cut short
    assert errors[("dump.jsonl", 2)] == (
        "malformed JSON: unterminated string starting at column 41; the text ends before the JSON does (cut short?)"
    )
    assert set(docs) == {"latin1", "utf16", "a1", "a3", "good"}
    assert "café owners of São Paulo" in docs["latin1"].text
    assert docs["utf16"].text.startswith("Storm hits coast")
    assert docs["a1"].metadata == {"lang": "en"} and docs["a1"].date == "2024-01-02"


def test_cli_reports_errors_by_file_and_line_and_exits_nonzero(tmp_path):
    make_bad_corpus(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert f"{tmp_path / 'dump.jsonl'}:2: malformed JSON" in result.stderr
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a1", "a3", "good", "latin1", "utf16"]


def test_html_article_found_by_trafilatura(tmp_path):
    page = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>{s}</p>"
        for s in [
            "The central bank raised interest rates by half a point on Wednesday, its third rise this year.",
            "\u201cInflation remains far too high and we will act as long as it takes,\u201d Governor Elena Marsh said at a news conference.",
            "Economists had expected a smaller move after weak retail figures last month.",
        ]
    )
    page.write_text(
        "<html><head><title>Bank raises rates again</title><script>alert(1)</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Bank raises rates again</h1>{paragraphs}</article>"
        "<footer>Copyright 2024 Example News</footer></body></html>"
    )
    result = CliRunner().invoke(app, ["extract", str(page), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] == "Bank raises rates again"
    assert "Home" not in data["text"] and "Copyright" not in data["text"] and "alert" not in data["text"]
    quote = next(q for q in data["quotes"] if q["kind"] == "direct")
    assert quote["speaker"]["name"] == "Elena Marsh"


def test_a_json_file_holds_one_article_or_an_array_of_them(tmp_path):
    one = {"id": "one", "title": "Harbour stays public", "text": "The mayor kept the harbour in public hands."}
    (tmp_path / "one.json").write_text(json.dumps(one))
    (tmp_path / "many.json").write_text(json.dumps([dict(one, id="two"), 7, {"id": "no-text"}, dict(one, id="three")], indent=2))
    (tmp_path / "lines.json").write_text(json.dumps(dict(one, id="four")) + "\n" + json.dumps(dict(one, id="five")) + "\n")
    (tmp_path / "cut.json").write_text(json.dumps([one, one], indent=2)[:-30])
    items = list(read_sources([tmp_path / n for n in ("one.json", "many.json", "lines.json", "cut.json")]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["one", "two", "three", "four", "five"]
    errors = [str(i).rsplit("/", 1)[-1] for i in items if isinstance(i, InputError)]
    assert errors == [
        'many.json: item 2: an article must be an object with a "text" field',
        'many.json: item 3: no "text" field with article text',
        "cut.json: malformed JSON: unterminated string starting at line 10, column 13; the text ends before the JSON does (cut short?)",
    ]
    # a folder's .json files are answer keys and settings as often as articles: only named ones are read
    assert not [i for i in read_sources([tmp_path]) if isinstance(i, RawDocument)]


def test_a_file_named_twice_is_read_once_with_a_note(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert f"note: {tmp_path / 'a.txt'} is named more than once" in result.stderr


def test_seed_folder_reads_only_articles():
    items = list(read_sources([SEED.parent]))
    assert [type(i).__name__ for i in items] == ["RawDocument"]


def test_jsonl_text_is_all_body_and_the_headline_is_title_or_headline_only(tmp_path):
    dump = tmp_path / "dump.jsonl"
    records = [
        {"id": "untitled", "text": "\u201cWe will not sell the harbour,\u201d the mayor said.\n\nThe council meets again in May."},
        {"id": "headlined", "headline": "Harbour stays public", "text": "The mayor kept the harbour in public hands."},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = CliRunner().invoke(app, ["extract", str(dump), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    untitled, headlined = (json.loads(line) for line in result.stdout.splitlines())
    assert untitled["headline"] == "" and untitled["text"].startswith("\u201cWe will not sell the harbour")
    assert [q["text"] for q in untitled["quotes"] if q["kind"] == "direct"] == ["We will not sell the harbour,"]
    assert headlined["headline"] == "Harbour stays public" and "headline" not in headlined["metadata"]


def test_a_jsonl_title_is_no_part_of_the_raw_text_its_facts_are_offset_into(tmp_path):
    # the record's "text" is the raw text offsets point into; its "title" is a field of its own
    dump = tmp_path / "dump.jsonl"
    record = {"id": "t", "title": "Port strike ends on Monday", "text": "Dock workers returned on Tuesday.", "date": "2010-01-06"}
    dump.write_text(json.dumps(record) + "\n")
    result = CliRunner().invoke(app, ["extract", str(dump), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    timexes = {t["text"]: t for t in json.loads(result.stdout)["timexes"]}
    monday, tuesday = timexes["Monday"], timexes["Tuesday"]
    assert monday["section"] == "headline" and (monday["start"], monday["raw_start"], monday["raw_end"]) == (20, None, None)
    assert record["text"][tuesday["raw_start"] : tuesday["raw_end"]] == "Tuesday"


def test_invalid_jsonl_date_is_warned_recorded_and_the_article_kept(tmp_path):
    dump = tmp_path / "dump.jsonl"
    records = [
        {"id": "words", "title": "Library opens", "text": "The new library opened its doors to readers.", "date": "not a date"},
        {"id": "month13", "title": "Dam repaired", "text": "LEEDS, Oct. 2, 2022 - Engineers repaired the dam.", "date": "2024-13-45"},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    db = tmp_path / "ng.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(dump), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f'{dump}:1: invalid date "not a date" ignored' in result.stderr
    assert f'{dump}:2: invalid date "2024-13-45" ignored' in result.stderr
    assert "2 new" in result.stdout
    with Store(db) as store:
        errors = store.input_errors()
        dates = dict(store.con.execute("SELECT id, CAST(date AS VARCHAR) FROM articles").fetchall())
    assert [(e["source"], e["line"]) for e in errors] == [(str(dump), 1), (str(dump), 2)]
    assert dates == {"words": None, "month13": "2022-10-02"}  # the dateline dates the second one
    again = CliRunner().invoke(app, ["ingest", str(dump), "--db", str(db)])  # nothing new, nothing recorded twice
    with Store(db) as store:
        assert store.count("input_errors") == 2 and "0 new" in again.stdout


DATED_TEXT = "Tram line opens\n\nBRISTOL, May 5, 2021 - The first trams ran on the new line.\n"


def test_sidecar_table_dates_the_files_of_its_folder(tmp_path):
    (tmp_path / "tram.txt").write_text(DATED_TEXT)
    (tmp_path / "plain.txt").write_text("Market reopens\n\nThe covered market reopened after repairs.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text("Ferry resumes\n\nThe ferry ran again.\n")
    (tmp_path / "newsgraph-meta.tsv").write_text(
        "file\tdate\turl\ttitle\tdesk\n"
        "tram.txt\t2021-05-06\thttps://example.org/tram\t\tcity\n"
        "plain.txt\t2021-07-08\t\tCovered market reopens\t\n"
        "sub/deep.txt\t2021-13-01\t\t\t\n"
    )
    docs = {d.id: d for d in read_sources([tmp_path]) if isinstance(d, RawDocument)}
    tram, plain, deep = (clean_document(docs[name]) for name in ("tram", "plain", "deep"))
    assert (tram.date, tram.date_basis, tram.url, tram.metadata) == ("2021-05-06", "sidecar newsgraph-meta.tsv:2", "https://example.org/tram", {"desk": "city"})
    # the row's title is the headline: the file's first line is then body
    assert plain.headline == "Covered market reopens" and plain.text.startswith("Market reopens")
    assert deep.date is None
    assert [str(w) for w in deep.warnings] == [f'{tmp_path / "newsgraph-meta.tsv"}:4: invalid date for sub/deep.txt "2021-13-01" ignored (write YYYY-MM-DD); the article is kept']


def test_date_precedence_record_then_sidecar_then_run_date_then_text(tmp_path):
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"id": "own", "title": "Own date", "text": "The bridge opened.", "date": "2020-02-02"}) + "\n"
        + json.dumps({"id": "none", "title": "No date", "text": "The bridge closed."}) + "\n"
    )
    (tmp_path / "tram.txt").write_text(DATED_TEXT)
    (tmp_path / "other.txt").write_text(DATED_TEXT.replace("trams", "buses"))
    (tmp_path / "newsgraph-meta.csv").write_text("file,date\ndump.jsonl,2021-01-01\ntram.txt,2021-05-06\n")
    given = UserMetadata(date="2022-03-04")
    found = {a.id: (a.date, a.date_basis) for a in map(clean_document, read_sources([tmp_path], given))}
    assert found == {
        "own": ("2020-02-02", "metadata"),
        "none": ("2021-01-01", "sidecar newsgraph-meta.csv:2"),
        "tram": ("2021-05-06", "sidecar newsgraph-meta.csv:3"),
        "other": ("2022-03-04", "--date"),
    }
    without = {a.id: (a.date, a.date_basis) for a in map(clean_document, read_sources([tmp_path / "other.txt"]))}
    assert without == {"other": ("2021-05-05", "dateline")}


def test_cli_date_and_meta_options(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "plain.txt").write_text("Market reopens\n\nThe covered market reopened after repairs on Friday.\n")
    (articles / "tram.txt").write_text(DATED_TEXT)
    table = tmp_path / "dates.csv"
    table.write_text("file,date,url\narticles/plain.txt,2021-07-09,https://example.org/market\n")
    result = CliRunner().invoke(app, ["extract", str(articles), "-f", "jsonl", "--meta", str(table), "--date", "2021-01-01"])
    assert result.exit_code == 0, result.output
    found = {d["id"]: (d["date"], d["date_basis"], d["url"]) for d in map(json.loads, result.stdout.splitlines())}
    assert found == {
        "plain": ("2021-07-09", "sidecar dates.csv:2", "https://example.org/market"),
        "tram": ("2021-01-01", "--date", None),
    }
    bad = CliRunner().invoke(app, ["extract", str(articles), "--date", "2021-02-30"])
    assert bad.exit_code == 2


def test_broken_sidecar_table_is_reported_and_the_articles_read(tmp_path):
    (tmp_path / "tram.txt").write_text(DATED_TEXT)
    (tmp_path / "newsgraph-meta.csv").write_text("name,date\ntram.txt,2021-05-06\n")
    items = list(read_sources([tmp_path]))
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert errors == [f'{tmp_path / "newsgraph-meta.csv"}: a sidecar table needs a header row with a "file" column (and date, url, title): found [\'name\', \'date\']']
    assert [clean_document(d).date_basis for d in items if isinstance(d, RawDocument)] == ["dateline"]


def test_html_date_comes_from_the_page_markup_not_its_text(tmp_path):
    paragraphs = "".join(
        f"<p>{s}</p>"
        for s in [
            "The water board approved a new reservoir on Tuesday, ending a dispute that began on March 3, 2009.",
            "Farmers had opposed the plan for years, fearing the loss of grazing land along the valley floor.",
            "Construction is expected to take four years and to employ several hundred workers from the region.",
        ]
    )
    page = f"<html><head><title>Reservoir approved</title>{{meta}}</head><body><article><h1>Reservoir approved</h1>{paragraphs}</article></body></html>"
    (tmp_path / "bare.html").write_text(page.format(meta=""))
    (tmp_path / "tagged.html").write_text(page.format(meta='<meta property="article:published_time" content="2023-09-12T09:30:00Z">'))
    dates = {d.id: clean_document(d).date for d in read_sources([tmp_path])}
    assert dates == {"bare": None, "tagged": "2023-09-12"}
