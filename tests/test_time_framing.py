"""Time expressions, tone, framing cues, stances and term definitions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import quote_by

from newsgraph.evaluate import score_timexes
from newsgraph.extract.time import normalize_timex

ANCHOR = date(2024, 11, 30)  # a Saturday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Saturday", "2024-11-30"), ("on Thursday", "2024-11-28"), ("last Saturday", "2024-11-23"),
        ("yesterday", "2024-11-29"), ("Nov. 28", "2024-11-28"),
        ("November 30, 2024", "2024-11-30"), ("30 November 2024", "2024-11-30"), ("March 2023", "2023-03"),
        ("2011", "2011"), ("the 1990s", "199"), ("last week", "2024-W47"), ("this week", "2024-W48"),
        ("next month", "2024-12"), ("three days ago", "2024-11-27"), ("the past couple of days", "P2D"),
        ("in recent months", "PXM"), ("years", "PXY"), ("two years", "P2Y"), ("this weekend", "2024-W48-WE"),
    ],
)
def test_normalised_values(text, value):
    assert normalize_timex(text, ANCHOR)[1] == value


def test_ranges_for_since_and_past_spans(seed_record):
    by_text = {t.text: t for t in seed_record.timexes}
    assert by_text["2011"].range == ("2011", "2024-11-30") and by_text["2011"].mod == "START"
    assert by_text["the past couple of days"].range == ("2024-11-28", "2024-11-30")


def test_time_keys_score():
    keys = sorted((Path(__file__).parents[1] / "newsgraph" / "data" / "gold").glob("*.timex.json"))
    score = score_timexes(keys, Path(__file__).resolve().parents[2] / "shared")
    print("\n".join(score.lines()))
    assert score.found / score.gold >= 0.9 and score.value_right == score.found


def test_tone_framing_stances_and_definitions(seed_record):
    assert seed_record.tone < -0.15  # a story of losses, threats and attacks (mean of its sentences)
    downplay = [f for f in seed_record.framing if f.kind == "framing verb" and f.text.startswith("downplay")]
    assert {f.holder for f in downplay} >= {"Iranian officials", "Iranian state media"}
    assert any(f.kind == "framing verb" and f.text == "echoed this defiance" for f in seed_record.framing)
    assert {"takfiri terrorists", "enemy"} <= {f.text for f in seed_record.framing if f.kind == "quoted term"}
    assert any(f.kind == "loaded term" and f.text == "sedition" for f in seed_record.framing)
    stances = {(s.holder.name, s.target.name, s.polarity) for s in seed_record.stances}
    assert ("Iran", "Bashar al-Assad", "+") in stances
    assert ("Esmail Baghaei", "rebel", "-") in stances
    (definition,) = seed_record.definitions
    assert definition.term == "enemy" and [r["name"] for r in definition.refers_to] == ["Israel", "United States"]
    enemy_quote = quote_by(seed_record, "The enemy has exploited")
    assert [t["name"] for t in enemy_quote.targets] == ["Israel", "United States"]
    assert enemy_quote.tone < 0
    assert quote_by(seed_record, "I assure you").targets  # "the enemies" uses the term too
    assert not quote_by(seed_record, "According to the existing").targets
