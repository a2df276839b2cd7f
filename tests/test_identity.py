"""Name compatibility and the corpus identity check (``newsgraph check-identity``)."""

from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.resolve.identity import compatible, identity_report, person_name


def same(a: str, b: str) -> bool:
    pa, pb = person_name(a), person_name(b)
    assert pa is not None and pb is not None
    return compatible(pa, pb)


def test_missing_middles_and_titles_are_compatible():
    assert same("Donald Trump", "Donald J. Trump")
    assert same("Mr. Trump", "Donald J. Trump")
    assert same("President Obama", "Barack Obama")
    assert same("Assad", "Bashar al-Assad")
    assert same("Peña Nieto", "Enrique Peña Nieto")
    assert same("J. Smith", "John Smith")


def test_differing_middles_first_names_and_suffixes_are_not():
    assert not same("George W. Bush", "George H.W. Bush")
    assert not same("Donald Trump Jr.", "Donald Trump")
    assert not same("Bill Clinton", "Hillary Clinton")


def test_report_counts_plain_pairs_foreign_aliases_and_function_word_speakers():
    entities = [
        ("a1", "James B. Comey", "PERSON", ["James B. Comey"]),
        ("a2", "James Comey", "PERSON", ["James Comey"]),
        ("a2", "Sen. Kate Bell", "PERSON", ["Sen. Kate Bell"]),
        ("a3", "Kate Bell", "PERSON", ["Kate Bell"]),
        ("a3", "Mark Ellis", "PERSON", ["Mark Ellis", "Mark Ellis's lawyer"]),
        ("a4", "Ruth Park", "PERSON", ["Ruth Park", "Ruth Park Sr."]),
        ("a4", "Ruth Park Sr.", "PERSON", ["Ruth Park Sr."]),
        ("a4", "Park", "PERSON", ["Park"]),
        ("a5", "George W. Bush", "PERSON", ["George W. Bush"]),
        ("a6", "George H.W. Bush", "PERSON", ["George H.W. Bush"]),
        ("a6", "New Year's weekend", "EVENT", ["New Year's weekend"]),
    ]
    quotes = [("a1", "which", "which"), ("a1", "WASHINGTON", "WASHINGTON"), ("a2", "James Comey", "Mr. Comey"),
              ("a3", "some", "some"), ("a3", "another", "another")]
    report = identity_report(entities, quotes)
    assert set(report.pairs) == {("James B. Comey", "James Comey"), ("Kate Bell", "Sen. Kate Bell")}
    assert set(report.aliases) == {("Mark Ellis", "Mark Ellis's lawyer"), ("Ruth Park", "Ruth Park Sr.")}
    assert [speaker for _, speaker in report.bad_quotes] == ["which", "WASHINGTON"]
    assert not report.meets_goals


def test_check_identity_command_on_a_store(tmp_path, extract_text):
    article = tmp_path / "a.txt"
    article.write_text(
        "Council meets\n\nMaria T. Lopez spoke on Monday. \"We are ready,\" Ms. Lopez said. Maria Lopez left early.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["check-identity", str(db)])
    assert "pairs plainly one actor: 0" in result.output
    assert "aliases naming someone else: 0" in result.output
    assert result.exit_code == 0, result.output
