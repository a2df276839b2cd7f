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
# events in several nearby cities (the explorer's map must keep their labels apart); not in the
# default corpus, which the API tests count on
LEVANT = (
    "Fighting spreads across western Syria as talks stall\n\n"
    "DAMASCUS, March 3, 2025 (AP) \u2014 Syrian government forces shelled rebel positions in Homs on Monday, and rebels "
    "attacked an army checkpoint in Hama, residents said.\n\n"
    "In Damascus, hundreds of protesters marched to demand an end to the fighting. Police arrested dozens of "
    "demonstrators in Damascus on Tuesday.\n\n"
    "Israeli warplanes struck a weapons depot near Beirut overnight, the Lebanese army said. Lebanese soldiers clashed "
    "with gunmen in Sidon.\n\n"
    "\"We will not negotiate while our towns are bombed,\" rebel commander Khaled Mansour told reporters in Idlib.\n\n"
    "The United Nations called for a ceasefire and sent aid convoys to Latakia and Tartus.\n\n"
    "In Los Angeles, hundreds of Syrian Americans marched on Sunday to demand a ceasefire.\n"
)
# a record whose url is a script, whose speaker's name holds a slash (not in the default corpus)
POLL = (
    '{"id": "poll-story", "title": "Poll shows a tight race", "url": "javascript:window.pwned = 3", "date": "2016-03-01",'
    ' "text": "Senator Ada Brandt leads Governor Tom Voss by four points, according to the NBC News/Wall Street Journal'
    ' poll.\\n\\nVoss said that Brandt wants to raise taxes on farmers, and he promised to cut them.\\n\\n'
    'Overall, Brandt said, the farm vote will decide the race.\\n"}\n'
)
HOSTILE = (
    "Council row <script>window.pwned = 1</script>\n\n"
    "The mayor said the budget was <img src=x onerror=\"window.pwned = 2\"> final, and critics accused her of "
    "hiding the audit from voters.\n\n"
    "\"We will publish everything <b>tomorrow</b>,\" Mayor Ruth Okonkwo said on Monday.\n"
)


def write_corpus(folder: Path, extra: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "wildfire.txt").write_text(WILDFIRE, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    for name, text in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_store(folder: Path, extra: dict[str, str] | None = None) -> Path:
    """Ingest the corpus, and the ``extra`` articles (file name -> text), into a new store in
    ``folder``; returns the store's path."""
    from typer.testing import CliRunner

    from newsgraph.cli import app

    db = folder / "ng.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(write_corpus(folder / "articles", extra or {})), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db
