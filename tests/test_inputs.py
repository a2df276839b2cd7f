"""WARC archives, RSS/Atom feeds and CSV/Parquet tables of articles, built in the tests."""

from __future__ import annotations

import csv
import gzip
import io
import json

import duckdb
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.clean import clean_document
from newsgraph.cli import app
from newsgraph.ingest import read_sources
from newsgraph.schema import InputError, RawDocument

BODY = (
    "The city council approved a new plan for affordable housing on Tuesday after a long debate "
    "that ran late into the evening. Members argued over the cost of the scheme and the land it needs. "
    '"We need homes now, not in ten years," Mayor Anna Berg told reporters after the vote. '
    "Opponents said the plan would raise local taxes and promised to challenge it in court next month."
)
PAGE = f"<html><head><title>Council backs housing plan</title></head><body><nav>Home | News</nav><article><h1>Council backs housing plan</h1><p>{BODY}</p></article></body></html>"


def _write_warc(path, records, gzip: bool = True) -> list[int]:
    """Write the records; return the byte offset where each ends."""
    ends = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, content_type, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
            ends.append(handle.tell())
    return ends


def _pages(*names: str) -> list[tuple[str, str, bytes]]:
    """One article page a name, each with its own headline."""
    return [(f"https://news.example.org/{name}", "text/html", PAGE.replace("Council backs", f"{name.title()} council backs").encode())
            for name in names]


def test_warc_reads_html_responses_with_url_and_crawl_date(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    _write_warc(archive, [
        ("https://news.example.org/housing", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://news.example.org/", "text/html", b"<html><body><p>Home</p></body></html>"),
    ])
    items = list(read_sources([archive]))
    page, menu = items
    assert isinstance(page, RawDocument)
    assert page.url == "https://news.example.org/housing"
    assert page.title == "Council backs housing plan"
    assert "Mayor Anna Berg" in page.text and "Home | News" not in page.text
    assert page.metadata["warc_date"][:4].isdigit() and page.metadata["warc_record_id"].startswith("<urn:uuid:")
    assert page.source == f"{archive}:1" and page.id == "crawl-1"
    # the image is no article and no error; the page without one is an error naming its record
    assert isinstance(menu, InputError) and menu.line == 3 and "no article text" in menu.message


def test_a_file_that_is_no_warc_is_one_error_and_the_next_file_goes_on(tmp_path):
    broken = tmp_path / "a-broken.warc.gz"
    broken.write_bytes(gzip.compress(b"this is not a WARC record\r\n\r\nnor is this\r\n"))
    good = tmp_path / "b-good.warc.gz"
    _write_warc(good, [("https://news.example.org/a", "text/html", PAGE.encode())])
    error, page = list(read_sources([tmp_path]))
    assert isinstance(error, InputError) and error.source == str(broken) and "no WARC archive" in error.message
    assert isinstance(page, RawDocument) and page.url == "https://news.example.org/a"


def test_a_warc_cut_short_keeps_its_whole_records_names_the_break_and_the_batch_goes_on(tmp_path):
    for suffix, gzipped in ((".warc.gz", True), (".warc", False)):
        cut = tmp_path / f"a-cut{suffix}"
        ends = _write_warc(cut, _pages("north", "south", "east"), gzip=gzipped)
        # an interrupted download: the file stops in the middle of the third record
        cut.write_bytes(cut.read_bytes()[: (ends[1] + ends[2]) // 2])
        good = tmp_path / f"b-good{suffix}"
        _write_warc(good, _pages("west"), gzip=gzipped)
        north, south, error, west = list(read_sources([cut, good]))
        assert [north.url, south.url, west.url] == [f"https://news.example.org/{n}" for n in ("north", "south", "west")]
        assert "Mayor Anna Berg" in south.text
        assert isinstance(error, InputError) and error.source == str(cut) and error.line == 3
        assert f"breaks off after record 2 (read with those before it), at byte {(ends[1] + ends[2]) // 2:,}" in error.message
    # a gzip member whose end is missing (its data whole, its checksum gone) is a cut too
    tail = tmp_path / "tail.warc.gz"
    _write_warc(tail, _pages("north"))
    tail.write_bytes(tail.read_bytes()[:-4])
    page, error = list(read_sources([tail]))
    assert isinstance(page, RawDocument) and error.line == 2
    assert "breaks off after record 1" in error.message and "end-of-stream marker" in error.message


def test_warc_ingest_end_to_end(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    _write_warc(archive, [("https://news.example.org/housing", "text/html", PAGE.encode())])
    db = tmp_path / "n.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(archive), "--db", str(db)])
    assert result.exit_code == 0, result.output
    row = duckdb.connect(str(db), read_only=True).execute(
        "SELECT a.url, q.speaker_name FROM articles a JOIN quotes q ON q.article_id = a.id WHERE q.kind = 'direct'"
    ).fetchall()
    assert row == [("https://news.example.org/housing", "Anna Berg")]


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>City News</title>
<item><title>Council backs housing plan</title><link>https://news.example.org/housing</link>
<guid>housing-2024</guid><pubDate>Tue, 07 May 2024 18:30:00 GMT</pubDate>
<description>The council approved a plan.</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>{BODY}</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://news.example.org/teaser</link>
<description>A short summary of a story.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>City News</title><id>urn:city</id>
<entry><title>Council backs housing plan</title><id>urn:housing</id>
<link href="https://news.example.org/housing"/><published>2024-05-07T18:30:00Z</published>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_feeds_give_full_text_items_with_link_title_and_date(tmp_path):
    rss, atom = tmp_path / "city.rss", tmp_path / "city.xml"
    rss.write_text(RSS, encoding="utf-8")
    atom.write_text(ATOM, encoding="utf-8")
    article, teaser = list(read_sources([rss]))
    assert (article.title, article.url, article.date, article.id) == (
        "Council backs housing plan", "https://news.example.org/housing", "2024-05-07", "housing-2024")
    assert "Mayor Anna Berg" in article.text
    assert isinstance(teaser, InputError) and teaser.line == 2 and "no full text" in teaser.message
    (entry,) = list(read_sources([atom]))
    assert (entry.url, entry.date) == ("https://news.example.org/housing", "2024-05-07")
    not_a_feed = tmp_path / "notes.rss"
    not_a_feed.write_text("just some notes", encoding="utf-8")
    (error,) = list(read_sources([not_a_feed]))
    assert isinstance(error, InputError) and "not an RSS or Atom feed" in error.message


def _write_csv(path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["body", "headline", "published", "key", "link", "desk"])
        writer.writerow([BODY, "Council backs housing plan", "2024-05-07", "h1", "https://news.example.org/housing", "city"])
        writer.writerow(["", "No text", "2024-05-08", "h2", "", ""])
        writer.writerow(["one", "row", "too", "many", "fields", "here", "!"])


COLUMN_OPTIONS = ["--text-column", "body", "--title-column", "headline", "--date-column", "published",
                  "--id-column", "key", "--url-column", "link"]


def test_csv_and_parquet_tables_with_column_options(tmp_path):
    table = tmp_path / "articles.csv"
    _write_csv(table)
    parquet = tmp_path / "articles.parquet"
    duckdb.sql(
        "COPY (SELECT ? AS body, 'Council backs housing plan' AS headline, DATE '2024-05-07' AS published, 7 AS key)"
        f" TO '{parquet}' (FORMAT parquet)", params=[BODY],
    )
    result = CliRunner().invoke(app, ["extract", str(table), str(parquet), "-f", "jsonl", *COLUMN_OPTIONS])
    assert result.exit_code == 1  # two rows of the CSV are broken; the rest was extracted
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["headline"], r["date"], r["url"]) for r in records] == [
        ("h1", "Council backs housing plan", "2024-05-07", "https://news.example.org/housing"),
        ("7", "Council backs housing plan", "2024-05-07", None),
    ]
    assert records[0]["metadata"] == {"desk": "city"}
    assert [q["speaker"]["name"] for q in records[0]["quotes"] if q["kind"] == "direct"] == ["Anna Berg"]
    assert f"{table}:3: " in result.stderr and "text" in result.stderr
    assert f"{table}:4: 7 fields where the header has 6" in result.stderr


def test_table_without_the_text_column_is_one_clear_error(tmp_path):
    table = tmp_path / "articles.csv"
    _write_csv(table)
    (error,) = list(read_sources([table]))
    assert isinstance(error, InputError) and "--text-column" in error.message and "body" in error.message
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(gzip.compress(b"not parquet"))
    (error,) = list(read_sources([broken]))
    assert isinstance(error, InputError) and "Parquet" in error.message


def test_spark_reads_warc_archives_as_a_stream_and_records_a_cut_one(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    _write_warc(folder / "a.warc.gz", [*_pages("north"), ("https://news.example.org/logo.png", "image/png", b"\x89PNG"), *_pages("south")])
    cut = folder / "b.warc.gz"
    ends = _write_warc(cut, _pages("east", "west"))
    cut.write_bytes(cut.read_bytes()[: ends[1] - 30])
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["spark", str(folder), str(out), "--master", "local[*]"])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    articles = con.execute(
        "SELECT url, metadata FROM read_parquet(?) ORDER BY url", [str(out / "articles" / "*.parquet")]).fetchall()
    assert [url for url, _ in articles] == [f"https://news.example.org/{n}" for n in ("east", "north", "south")]
    assert all(json.loads(metadata)["warc_record_id"].startswith("<urn:uuid:") for _, metadata in articles)
    speakers = con.execute(
        "SELECT DISTINCT speaker_name FROM read_parquet(?) WHERE kind = 'direct'", [str(out / "quotes" / "*.parquet")]).fetchall()
    assert speakers == [("Anna Berg",)]
    (error,) = con.execute("SELECT source, line, message FROM read_parquet(?)", [str(out / "input_errors" / "*.parquet")]).fetchall()
    assert error[:2] == (str(cut), 2) and "breaks off after record 1" in error[2]


LABELLED = """Council backs housing plan

ABSTRACT.

The council approved a plan for homes after a long debate.

FULL TEXT.

SUMMARY: Members argued over the cost of the scheme and the land it needs.
LEAD:
"We need homes now," Mayor Anna Berg said.

TAPPER: And the taxes?

The TEXT: field of the form stays as it is.
"""


def test_section_labels_leave_the_body_and_offsets_still_point_into_the_raw_text():
    article = clean_document(RawDocument(source="labelled.txt", kind="txt", text=LABELLED))
    assert article.headline == "Council backs housing plan"
    assert article.text.split("\n\n") == [
        "The council approved a plan for homes after a long debate.",
        "Members argued over the cost of the scheme and the land it needs.",
        '"We need homes now," Mayor Anna Berg said.',
        "TAPPER: And the taxes?",  # a speaker in a transcript, no section label
        "The TEXT: field of the form stays as it is.",
    ]
    for segment in article.segments["body"]:
        body = article.text[segment.start : segment.start + segment.length]
        assert LABELLED[segment.raw_start : segment.raw_start + segment.length] == body
