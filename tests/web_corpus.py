"""Articles the explorer tests store: the model article, real-looking news, and a hostile one."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED

WILDFIRE = (
    "Wildfire forces thousands to flee near Los Angeles\n\n"
    "LOS ANGELES, Jan. 8, 2025 (AP) \u2014 A fast-moving wildfire tore through hillside neighborhoods on Wednesday, "
    "forcing more than 30,000 people to evacuate, officials said.\n\n"
    "\"This is the most destructive fire we have seen in this county in a decade,\" County Fire Chief Anthony Marrone "
    "told reporters at a briefing.\n\n"
    "Gov. Gavin Newsom declared a state of emergency and said the state had requested federal help.\n"
)
HOSTILE = (
    "Council row <script>window.pwned = 1</script>\n\n"
    "The mayor said the budget was <img src=x onerror=\"window.pwned = 2\"> final, and critics accused her of "
    "hiding the audit from voters.\n\n"
    "\"We will publish everything <b>tomorrow</b>,\" Mayor Ruth Okonkwo said on Monday.\n"
)


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "wildfire.txt").write_text(WILDFIRE, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


def build_store(folder: Path) -> Path:
    """Ingest the corpus into a new store in ``folder``; returns the store's path."""
    from typer.testing import CliRunner

    from newsgraph.cli import app

    db = folder / "ng.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(write_corpus(folder / "articles")), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db
