"""Bad input: every broken file gets a one-line error naming it, and the batch goes on."""

from __future__ import annotations

import json

from conftest import SEED
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest import read_sources
from newsgraph.schema import InputError, RawDocument

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
    assert "malformed JSON" in errors[("dump.jsonl", 2)]
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


def test_seed_folder_reads_only_articles():
    items = list(read_sources([SEED.parent]))
    assert [type(i).__name__ for i in items] == ["RawDocument"]
