"""TIMEX3 values of time expressions, on sentences written for these tests.

Each class of expression newsgraph once normalised wrongly or not at all: present/past/future
references, seasons, "early December", the year of a bare month, "N years ago", sets, quarters,
decades, times of day, and the tense of the verb that picks a weekday or a month's year.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsgraph.evaluate import score_timeml
from newsgraph.extract.nlp import load_pipeline
from newsgraph.extract.time import find_timexes, normalize_timex

ANCHOR = date(2024, 11, 30)  # a Saturday, in the autumn


@pytest.fixture(scope="module")
def timexes_of():
    nlp = load_pipeline()

    def run(text: str, anchor: date = ANCHOR) -> dict[str, tuple[str, str | None]]:
        return {t.text: (t.type, t.value) for t in find_timexes(nlp(text), anchor)}

    return run


def test_present_past_and_future_references(timexes_of):
    found = timexes_of(
        "The ferry is now back in service. Fares are currently frozen, the operator said. "
        "The line was recently extended, and more routes will open in the near future."
    )
    assert found["now"] == ("DATE", "PRESENT_REF")
    assert found["currently"] == ("DATE", "PRESENT_REF")
    assert found["recently"] == ("DATE", "PAST_REF")
    assert found["the near future"] == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("last summer", "2024-SU"), ("this winter", "2024-WI"), ("next spring", "2025-SP"),
        ("the summer of 1994", "1994-SU"), ("last fall", "2023-FA"), ("the spring of last year", "2023-SP"),
        ("the winter of next year", "2025-WI"),
    ],
)
def test_seasons(text, value):
    assert normalize_timex(text, ANCHOR) == ("DATE", value, None, None)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("the fall", date(2016, 2, 3), "2015-FA"), ("the spring", date(2016, 10, 5), "2017-SP"),
        ("the summer", date(2016, 5, 24), "2016-SU"), ("the winter", date(2016, 2, 3), "2015-WI"),
    ],
)
def test_a_season_without_relation_or_tense_is_the_nearest_one(text, anchor, value):
    assert normalize_timex(text, anchor) == ("DATE", value, None, None)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("this fall", date(2016, 2, 20), "2016-FA"), ("this summer", date(2016, 11, 20), "2016-SU"),
        ("this winter", date(2016, 2, 20), "2015-WI"), ("this winter", date(2016, 11, 20), "2016-WI"),
    ],
)
def test_this_season_is_this_years(text, anchor, value):
    assert normalize_timex(text, anchor) == ("DATE", value, None, None)


def test_a_hyphenated_century_is_a_date_and_a_weekend_told_in_the_past_is_the_one_just_past(timexes_of):
    assert timexes_of("It was a 19th-century law.")["19th-century"] == ("DATE", "18")  # not P1900Y
    monday = date(2015, 11, 16)
    assert timexes_of("This weekend, Sanders complained about the debate.", monday)["This weekend"] == ("DATE", "2015-W46-WE")
    assert timexes_of("This weekend, Sanders will speak in Iowa.", monday)["This weekend"] == ("DATE", "2015-W47-WE")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("November 12th", "DATE", "2024-11-12"), ("the 3rd of March, 2014", "DATE", "2014-03-03"),
        ("September 11th, 2012", "DATE", "2012-09-11"), ("5 ½ years", "DURATION", "P5Y6M"),
    ],
)
def test_ordinal_days_and_the_half_sign(text, kind, value):
    assert normalize_timex(text, ANCHOR)[:2] == (kind, value)


def test_a_quarter_century_is_twenty_five_years_not_a_quarter():
    for text, value in [("a quarter-century", "P25Y"), ("a quarter of a century", "P25Y"), ("half a century", "P50Y"), ("the half-century", "P50Y")]:
        assert normalize_timex(text, ANCHOR)[:2] == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("early December", "2024-12", "START"), ("late September", "2024-09", "END"),
        ("mid-1996", "1996", "MID"), ("the end of 2019", "2019", "END"), ("the late 1970s", "197", "END"),
    ],
)
def test_early_late_and_the_end_of_keep_the_value_and_set_a_mod(text, value, mod):
    assert normalize_timex(text, ANCHOR)[1:3] == (value, mod)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("January", "FUTURE", "2025-01"), ("January", None, "2025-01"), ("January", "PAST", "2024-01"),
        ("July", "PAST", "2024-07"), ("March", "FUTURE", "2025-03"), ("last June", None, "2024-06"),
        ("last December", None, "2023-12"), ("this September", None, "2024-09"),
        ("Dec. 5", "FUTURE", "2024-12-05"), ("Dec. 5", None, "2024-12-05"), ("Nov. 28", None, "2024-11-28"),
        ("Feb. 20", "PAST", "2024-02-20"), ("Feb. 20", "FUTURE", "2025-02-20"),
        # a month alone is when something was or will be done: the tense puts it behind or ahead;
        # a day near the article's may be a deadline set in the past ("extended to Dec. 5")
        ("December", "PAST", "2023-12"), ("October", "FUTURE", "2025-10"), ("Dec. 5", "PAST", "2024-12-05"),
    ],
)
def test_year_of_a_month_written_without_one(text, tense, value):
    assert normalize_timex(text, ANCHOR, tense)[1] == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The council approved the budget in February.", "February", "2024-02"),
        ("The new bridge will open in February.", "February", "2025-02"),
        ("Voters went to the polls on Monday.", "Monday", "2024-11-25"),
        ("The talks will resume on Monday.", "Monday", "2024-12-02"),
        # the parse may hang "will" on a passive's "be"
        ("The offices will be closed Monday.", "Monday", "2024-12-02"),
        # a passive infinitive looks ahead as an active one does
        ("The recount is expected to be finished by Thursday.", "Thursday", "2024-12-05"),
        # a weekday on a noun takes the clause's future, or what a present clause is just ahead of
        ("Organisers hope Tuesday's vote will settle the dispute.", "Tuesday", "2024-12-03"),
        ("The poll comes just ahead of Tuesday's vote.", "Tuesday", "2024-12-03"),
        ("The bank's share before Friday's purchases is below 7%.", "Friday", "2024-11-29"),
        ("Tuesday's results show a narrow lead.", "Tuesday", "2024-11-26"),
        ("The candidates are competing for voters before Memorial Day.", "Memorial Day", "2025-05-26"),
        # what is expected, scheduled or due lies ahead of the report, whatever its tense
        ("Forecasters said more snow was expected Tuesday.", "Tuesday", "2024-12-03"),
        ("Polls close at 8 p.m., with final results expected early Monday.", "early Monday", "2024-12-02"),
        ("Traders were cautious ahead of the jobs report, due Friday.", "Friday", "2024-12-06"),
        # ... unless a past perfect moves the view back, or the clause tells what was due
        ("The talks had been expected Thursday but were called off.", "Thursday", "2024-11-28"),
        ("The rent was due Friday, but it never came.", "Friday", "2024-11-29"),
    ],
)
def test_tense_of_the_governing_verb_picks_the_year_and_the_week(timexes_of, sentence, expression, value):
    assert timexes_of(sentence)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four years ago", "2020"), ("two months ago", "2024-09"), ("three weeks ago", "2024-W45"),
        ("ten days ago", "2024-11-20"), ("a few years ago", "PAST_REF"), ("the past year", "2023"),
        ("the last decade", "201"),
    ],
)
def test_ago_is_a_date_not_a_duration(text, value):
    assert normalize_timex(text, ANCHOR)[:2] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("a year from now", "2025"), ("three days from now", "2024-12-03"), ("months from now", "FUTURE_REF")],
)
def test_from_now_is_a_date_ahead(text, value):
    assert normalize_timex(text, ANCHOR)[:2] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("each year", "P1Y"), ("every month", "P1M"),
        ("every two weeks", "P2W"), ("each Thursday", "XXXX-WXX-4"), ("every July", "XXXX-07"),
        ("each summer", "XXXX-SU"), ("every hour", "PT1H"),
    ],
)
def test_sets(text, value):
    assert normalize_timex(text, ANCHOR)[:2] == ("SET", value)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("the third quarter", "DATE", "2024-Q3"), ("fourth-quarter", "DATE", "2024-Q4"),
        ("the final quarter of last year", "DATE", "2023-Q4"),
        ("the first half of 2023", "DATE", "2023-H1"), ("the 1980s", "DATE", "198"), ("the nineties", "DATE", "199"),
        ("the 20th century", "DATE", "19"), ("nineteen ninety-six", "DATE", "1996"), ("fiscal 2023", "DATE", "2023"),
        ("twenty years", "DURATION", "P20Y"), ("2 1/2 years", "DURATION", "P2Y6M"), ("two-hour", "DURATION", "PT2H"),
        ("a couple of years", "DURATION", "P2Y"), ("the coming months", "DATE", "FUTURE_REF"),
        ("this morning", "TIME", "2024-11-30TMO"), ("last night", "TIME", "2024-11-29TNI"),
        ("5 p.m. Thursday", "TIME", "2024-11-28T17:00"), ("Friday evening", "TIME", "2024-11-29TEV"),
    ],
)
def test_quarters_decades_durations_and_times_of_day(text, kind, value):
    assert normalize_timex(text, ANCHOR)[:2] == (kind, value)


def test_anaphoric_expressions_follow_the_last_date(timexes_of):
    found = timexes_of(
        "The plant opened in March 2019. The following month it hired 200 workers, "
        "and that year it made a profit."
    )
    assert found["The following month"] == ("DATE", "2019-04")
    assert found["that year"] == ("DATE", "2019")


def test_the_next_day_and_the_previous_day_count_from_the_date_in_talk(timexes_of):
    found = timexes_of(
        "The storm reached the coast on Oct. 3. The next day, crews restored power. "
        "The ferry sailed on Nov. 12; the previous day, its crew had gone on strike."
    )
    assert found["The next day"] == ("DATE", "2024-10-04")
    assert found["the previous day"] == ("DATE", "2024-11-11")


def test_between_stays_out_and_two_and_four_is_not_six(timexes_of):
    found = timexes_of("Prices will be frozen between now and March. The storm will last between two and four days.")
    assert found["now"] == ("DATE", "PRESENT_REF") and found["March"] == ("DATE", "2025-03")
    assert normalize_timex("two and four days", ANCHOR)[1] == "P2D"
    assert normalize_timex("one hundred and five days", ANCHOR)[1] == "P105D"


def test_a_deadline_set_in_the_past_may_lie_ahead_and_a_month_of_that_year_is_that_years(timexes_of):
    found = timexes_of(
        "The regulator gave the bank until January to raise capital. "
        "The mill opened in 2019 and closed in June of that year. The fair will run until Sunday."
    )
    assert found["January"] == ("DATE", "2025-01")
    assert found["June of that year"] == ("DATE", "2019-06")
    assert found["Sunday"] == ("DATE", "2024-12-01")


def test_the_previous_and_the_following_weekday_count_from_the_day_in_talk(timexes_of):
    found = timexes_of(
        "Shares fell on Thursday, Nov. 21, after rising the previous Monday. "
        "The court met on Oct. 4 and ruled the following Tuesday."
    )
    assert found["the previous Monday"] == ("DATE", "2024-11-18")
    assert found["the following Tuesday"] == ("DATE", "2024-10-08")


def test_a_clock_time_without_its_day_falls_on_the_day_in_talk(timexes_of):
    found = timexes_of("The ferry sank on Tuesday. The first distress call came at 9:40 p.m.")
    assert found["9:40 p.m."] == ("TIME", "2024-11-26T21:40")


def test_a_month_later_counts_from_the_month_in_talk_and_thousands_are_one_number(timexes_of):
    found = timexes_of("The mill closed in March 2019. A month later, its 1,200 workers had logged 2,500 hours of retraining.")
    assert found["A month later"] == ("DATE", "2019-04")
    assert found["2,500 hours"] == ("DURATION", "PT2500H")


def test_a_day_that_dates_a_noun_is_not_the_day_in_talk(timexes_of):
    found = timexes_of("The mayor leads ahead of the Dec. 10 runoff. The polls closed at 8 p.m.")
    assert found["8 p.m."] == ("TIME", "2024-11-30T20:00")


def test_a_clock_time_on_a_line_of_its_own_stamps_a_live_report_on_the_articles_day(timexes_of):
    found = timexes_of("The count resumes on Dec. 3, officials said.\n\n6:15 p.m.\n\nThe governor conceded.")
    assert found["6:15 p.m."] == ("TIME", "2024-11-30T18:15")


def test_the_second_of_two_weekdays_takes_the_tense_of_the_first(timexes_of):
    found = timexes_of("The results will be announced Monday or Tuesday.")
    assert found["Monday"] == ("DATE", "2024-12-02") and found["Tuesday"] == ("DATE", "2024-12-03")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a participle after its noun is past: a month ahead of the article is last year's
        ("Shares ended near the peak set on April 9.", "April 9", "2024-04-09"),
        ("The mill made a profit in the year ended May 31.", "May 31", "2024-05-31"),
        # ... unless "for" names the time it is meant for
        ("Critics attacked the vote scheduled for March 3.", "March 3", "2025-03-03"),
        # a change takes effect after it is announced
        ("The board named a new chairman, effective March 1.", "March 1", "2025-03-01"),
        ("The union signed a contract effective April 1.", "April 1", "2025-04-01"),
    ],
)
def test_participles_after_a_noun_look_back_and_effective_dates_ahead(timexes_of, sentence, expression, value):
    assert timexes_of(sentence)[expression] == ("DATE", value)


def test_a_verb_whose_past_is_its_base_form_is_past_after_a_singular_subject(timexes_of):
    # ANCHOR is a Saturday: a present "hit" would be scheduled (next Friday), a past one was yesterday
    assert timexes_of("The gale hit the harbour wall on Friday.")["Friday"] == ("DATE", "2024-11-29")
    assert timexes_of("A late rally cut the fund's losses on Friday.")["Friday"] == ("DATE", "2024-11-29")
    # a plural subject leaves the present open: "They meet Monday" is ahead
    assert timexes_of("The two teams meet on Monday.")["Monday"] == ("DATE", "2024-12-02")


def test_a_year_earlier_in_a_quarterly_report_is_that_quarter(timexes_of):
    found = timexes_of("Profit rose 8% in the third quarter from $4 million a year earlier.")
    assert found["the third quarter"][1] == "2024-Q3" and found["a year earlier"][1] == "2023-Q3"


def test_periods_ended_on_a_date_and_spans_without_prepositions(timexes_of):
    found = timexes_of("Sales for the year ended March 31 rose, and in recent years costs fell.", date(2024, 5, 10))
    assert found["the year"] == ("DURATION", "P1Y")
    assert found["March 31"] == ("DATE", "2024-03-31")
    assert "recent years" in found


def test_numbers_and_ages_are_not_time_expressions(timexes_of):
    found = timexes_of("The 58 workers, most of them 45 years old, backed the annual plan.")
    assert not found


def test_ages_scores_and_stray_words_are_not_time_expressions(timexes_of):
    found = timexes_of(
        "Voters between the ages of 30 and 44 backed the mayor, who leads 52 to 47 in the poll; "
        "workers may retire at age 60."
    )
    assert not found


def test_timeml_folder_scores(tmp_path: Path):
    text = "The mayor resigned on Tuesday. A new vote is now planned for early December."
    (tmp_path / "articles.jsonl").write_text(f'{{"id": "a1", "text": "{text}", "date": "2024-11-30"}}\n', encoding="utf-8")
    gold = [
        {"start": text.index("Tuesday"), "end": text.index("Tuesday") + 7, "type": "DATE", "value": "2024-11-26"},
        {"start": text.index("now"), "end": text.index("now") + 3, "type": "DATE", "value": "PRESENT_REF"},
        {"start": text.index("early December"), "end": text.index("early December") + 14, "type": "DATE", "value": "2024-12"},
    ]
    (tmp_path / "gold.json").write_text(json.dumps({"a1": gold}), encoding="utf-8")
    score = score_timeml(tmp_path)
    assert (score.gold, score.predicted, score.gold_exact, score.value_right) == (3, 3, 3, 3)
    assert score.lines()[-1].endswith("value F1 1.000")


def test_weekdays_and_months_written_out_are_always_found(timexes_of):
    found = timexes_of(
        "The appeals tribunal Friday rejected the petition. The villa, valued at $2 million in October, "
        "now sells for half that. Talks may resume in May, officials said."
    )
    assert found["Friday"] == ("DATE", "2024-11-29")
    assert found["October"] == ("DATE", "2024-10")
    assert found["May"][1] in ("2024-05", "2025-05")
    assert "may" not in found  # the modal verb is no month


def test_a_clock_time_and_its_day_are_one_expression(timexes_of):
    found = timexes_of(
        "The tender offer now runs until 5 p.m. EST, Dec. 6. In Tokyo at mid-afternoon yesterday the shares were up 3%."
    )
    assert found["5 p.m. EST, Dec. 6"] == ("TIME", "2024-12-06T17:00")
    assert found["mid-afternoon yesterday"] == ("TIME", "2024-11-29TAF")


def test_a_weekday_and_its_part_of_day_are_one_expression_and_plural_parts_recur(timexes_of):
    found = timexes_of("The envoy landed Thursday evening. Ferries will sail on Friday nights from March 3.")
    assert found["Thursday evening"] == ("TIME", "2024-11-28TEV")
    assert "evening" not in found  # no second expression inside the first
    assert found["Friday nights"] == ("SET", "XXXX-WXX-5TNI")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The strike is over and the assembly line is set to restart Monday.", "Monday", "2024-12-02"),
        ("The regulator plans to rule on the merger in February.", "February", "2025-02"),
        ("The old offer had been due to lapse Wednesday, before it was extended.", "Wednesday", "2024-11-27"),
        # an implicative verb's complement happened when the verb did
        ("The mayor declined to comment on Monday.", "Monday", "2024-11-25"),
        ("The ferry company failed to pay its crews on Tuesday.", "Tuesday", "2024-11-26"),
    ],
)
def test_an_infinitive_looks_ahead_unless_a_past_perfect_frames_it(timexes_of, sentence, expression, value):
    assert timexes_of(sentence)[expression] == ("DATE", value)


def test_a_quarter_as_a_fraction_is_no_time(timexes_of):
    found = timexes_of("Exporters account for more than a quarter of the market, and sales rose in the third quarter.")
    assert "more than a quarter" not in found and "a quarter" not in found
    assert found["the third quarter"] == ("DATE", "2024-Q3")


def test_days_later_is_the_duration_it_counts_and_a_year_earlier_a_date(timexes_of):
    found = timexes_of("The dam failed on Monday. Two days later, the river crested. A year earlier, the levee was rebuilt.")
    assert found["Two days"] == ("DURATION", "P2D")  # "later" is the signal, outside the expression
    assert found["A year earlier"] == ("DATE", "2023")


def test_the_first_months_of_a_year_are_a_duration_and_the_year(timexes_of):
    found = timexes_of("Exports grew 4% in the first nine months of 2023, the ministry said.")
    assert found["the first nine months"] == ("DURATION", "P9M")
    assert found["2023"] == ("DATE", "2023")


def test_a_range_of_years_is_two_dates_and_a_range_of_counts_one_duration(timexes_of):
    found = timexes_of("Output doubled between 2015 and 2019, and the plant ran 10 to 12 years.")
    assert found["2015"] == ("DATE", "2015") and found["2019"] == ("DATE", "2019")
    assert found["10 to 12 years"][0] == "DURATION"


def test_a_list_of_years_is_one_date_each(timexes_of):
    found = timexes_of("The club won the league in 2011, 2012 and 2015.")
    assert [found.get(year) for year in ("2011", "2012", "2015")] == [("DATE", "2011"), ("DATE", "2012"), ("DATE", "2015")]


def test_last_the_verb_and_a_trailing_or_stay_out_and_earlier_last_week_is_last_week(timexes_of):
    found = timexes_of(
        "The repairs are expected to last several weeks and the ferry crossing takes two hours or more. "
        "Earlier last week, the council voted to close the bridge."
    )
    assert found["several weeks"] == ("DURATION", "PXW")
    assert found["two hours"] == ("DURATION", "PT2H")
    assert found["Earlier last week"] == ("DATE", "2024-W47")


def test_a_participle_clause_takes_the_tense_of_its_main_clause(timexes_of):
    found = timexes_of("Exports fell, dropping sharply in March as demand weakened.")
    assert found["March"] == ("DATE", "2024-03")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The minister said the talks would resume Tuesday.", "Tuesday", "2024-12-03"),
        ("Negotiators said they would be meeting again Thursday.", "Thursday", "2024-12-05"),
        ("The fans gathered outside the stadium to celebrate the title Wednesday.", "Wednesday", "2024-11-27"),
    ],
)
def test_would_looks_ahead_and_an_infinitive_of_purpose_keeps_the_past(timexes_of, sentence, expression, value):
    assert timexes_of(sentence)[expression] == ("DATE", value)


def test_frequency_adverbs_are_sets(timexes_of):
    found = timexes_of("The paper is printed daily, the board meets weekly and the ferry sails every day.")
    assert found["daily"] == ("SET", "P1D")
    assert found["weekly"] == ("SET", "P1W")
    assert found["every day"] == ("SET", "P1D")


def test_every_season_and_every_month_the_model_leaves_out_recur(timexes_of):
    found = timexes_of("The river floods every spring, the fair opens every May and each winter the roads close.")
    assert found["every spring"] == ("SET", "XXXX-SP")
    assert found["every May"] == ("SET", "XXXX-05")
    assert found["each winter"] == ("SET", "XXXX-WI")


def test_plural_weekdays_and_every_morning_recur_and_a_daily_in_a_name_is_none(timexes_of):
    found = timexes_of(
        "The market opens on Sundays, she runs every morning, and she told the Harbor Daily News that "
        "she had left the city."
    )
    assert found["Sundays"] == ("SET", "XXXX-WXX-7")
    assert found["every morning"] == ("SET", "XXXX-XX-XXTMO")
    assert "Daily" not in found
    assert normalize_timex("a long time ago", ANCHOR)[:2] == ("DATE", "PAST_REF")


def test_quarters_of_an_earnings_report(timexes_of):
    found = timexes_of("Profit rose to $5 million in the third quarter from $4 million in the 2023 quarter.")
    assert found["the 2023 quarter"] == ("DATE", "2023-Q3")  # the quarter in talk, in that year
    found = timexes_of("The airline earned $9 million in the year-ago quarter, it said.")
    assert found["the year-ago quarter"] == ("DATE", "2023-Q3")  # the one just ended, a year back
    found = timexes_of("Its margin widened in the latest period, while the year-earlier third quarter had a loss.")
    assert found["the latest period"] == ("DATE", "2024-Q3")
    assert next(v for k, v in found.items() if k.endswith("year-earlier third quarter")) == ("DATE", "2023-Q3")


def test_holidays_are_the_day_they_fall_on(timexes_of):
    found = timexes_of("Shoppers crowded the malls on Thanksgiving, and stores will stay open late on Christmas Eve.")
    assert found["Thanksgiving"] == ("DATE", "2024-11-28")
    assert found["Christmas Eve"] == ("DATE", "2024-12-24")
    assert timexes_of("Prices have doubled since last Thanksgiving.", date(2025, 2, 10))["last Thanksgiving"] == ("DATE", "2024-11-28")
    assert normalize_timex("Election Day", date(1998, 10, 26))[:2] == ("DATE", "1998-11-03")


def test_later_that_year_is_the_year_last_mentioned(timexes_of):
    found = timexes_of("The plant closed in March 2019, and later that year the town lost its bank.")
    assert found["later that year"] == ("DATE", "2019")


def test_words_of_another_phrase_stay_out_of_the_span(timexes_of):
    # the noun the expression follows, a number it does not count, the determiner of the noun it modifies
    found = timexes_of("The rebels took power in a coup d'etat last year, the report said.")
    assert found["last year"] == ("DATE", "2023")
    found = timexes_of("The chain now runs 13 stores, up from seven a year ago.")
    assert found["a year ago"] == ("DATE", "2023")
    found = timexes_of("She said in an interview several months before the vote that she would run.")
    assert found["several months"] == ("DURATION", "PXM")
    found = timexes_of("The board sent an Oct. 3, 2024 letter, and the utility took a fourth-quarter charge.")
    assert found["Oct. 3, 2024"] == ("DATE", "2024-10-03")
    assert found["fourth-quarter"] == ("DATE", "2024-Q4")
    found = timexes_of("It has been hundreds of years. The two day meeting ended on Election Day.")
    assert set(found) == {"hundreds of years", "two day", "Election Day"}


def test_the_week_the_model_cut_to_its_unit(timexes_of):
    assert timexes_of("Shares fell in the week's heaviest trading.")["the week"] == ("DATE", "2024-W48")


def test_a_quarter_without_a_year_that_has_not_begun_is_last_years(timexes_of):
    january, february = date(2025, 1, 20), date(2025, 2, 20)
    assert timexes_of("The retailer reported a loss for the fourth quarter.", january)["the fourth quarter"] == ("DATE", "2024-Q4")
    assert timexes_of("The chain posted a profit in the third quarter.", february)["the third quarter"] == ("DATE", "2024-Q3")
    assert timexes_of("The chain expects a profit in the third quarter.", february)["the third quarter"] == ("DATE", "2025-Q3")
    # a report on the quarter just ended is announced in the future tense
    assert timexes_of("It will report a loss for the third quarter.", date(2024, 10, 20))["the third quarter"] == ("DATE", "2024-Q3")


def test_the_period_of_a_written_year_is_the_quarter_in_talk_that_year(timexes_of):
    found = timexes_of("Net rose to $5 million in the third quarter. In the 2023 period, the company earned $4 million.")
    assert found["the 2023 period"] == ("DATE", "2023-Q3")


def test_a_weekday_and_the_date_after_it_are_one_expression(timexes_of):
    found = timexes_of("About $14 million of that left the funds Friday Oct. 11 alone.")
    assert found["Friday Oct. 11"] == ("DATE", "2024-10-11")
    assert set(timexes_of("The talks resumed Monday and Tuesday, officials said.")) == {"Monday", "Tuesday"}


def test_how_long_without_an_amount_is_an_unspecified_duration(timexes_of):
    found = timexes_of("Troops could stay in the region for some time, and towns will live without power for a while.")
    assert found["some time"] == ("DURATION", "PXX")
    assert found["a while"] == ("DURATION", "PXX")
    assert timexes_of("The envoy expects to stay for a fairly lengthy period.")["a fairly lengthy period"] == ("DURATION", "PXX")
    assert "A while" not in timexes_of("A while ago the plant closed.")


def test_the_quarter_in_talk_is_the_one_the_report_covers(timexes_of):
    october = date(2024, 10, 25)
    # the day the quarter ended does not take its place
    found = timexes_of("The bank earned $8 million in the third quarter ended Sept. 30, up from $6 million a year ago.", october)
    assert found["a year ago"] == ("DATE", "2023-Q3")
    # nor does the same quarter of the year it is compared with
    found = timexes_of(
        "The bank earned $8 million in the third quarter. In the 2023 period, it earned $6 million. "
        "Analysts had expected a loss for the quarter.", october
    )
    assert found["the quarter"] == ("DATE", "2024-Q3")
    # nor a quarter still to come
    found = timexes_of(
        "The insurer said the storm will lead to a fourth-quarter charge. Its earnings fell 20% in the latest quarter.", october
    )
    assert found["the latest quarter"] == ("DATE", "2024-Q3")


def test_half_a_unit_and_decimal_amounts(timexes_of):
    found = timexes_of("The ferry crossing takes half an hour, the repairs took half a year and the trial lasted 2.5 years.")
    assert found["half an hour"] == ("DURATION", "PT30M")
    assert found["half a year"] == ("DURATION", "P6M")
    assert found["2.5 years"] == ("DURATION", "P2Y6M")
    assert normalize_timex("a half hour", ANCHOR)[:2] == ("DURATION", "PT30M")
    assert normalize_timex("3.2 years", ANCHOR)[:2] == ("DURATION", "P3.2Y")
    assert normalize_timex("a year and a half", ANCHOR)[:2] == ("DURATION", "P1Y6M")


def test_counted_durations_the_model_misses_are_found_but_ages_and_rates_are_not(timexes_of):
    assert timexes_of("Moscow will lease the naval base in Sevastopol for at least 20 more years.")["20 more years"] == ("DURATION", "P20Y")
    assert timexes_of("Inspectors began a tour likely to last over a week, officials said.")["a week"] == ("DURATION", "P1W")
    found = timexes_of("The firm achieved profitability after several quarters of losses -- a turnaround, managers said.")
    assert found["several quarters"] == ("DURATION", "PXQ")
    assert not timexes_of("The pilot, 37 years old, earns $90,000 a year.")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("centuries", "DURATION", "PXCE"), ("two centuries", "DURATION", "P200Y"), ("a century ago", "DATE", "19"),
        ("this century", "DATE", "20"), ("the last century", "DATE", "19"),
    ],
)
def test_centuries_are_counted_like_decades(text, kind, value):
    assert normalize_timex(text, ANCHOR)[:2] == (kind, value)


def test_current_before_a_noun_is_the_present(timexes_of):
    assert timexes_of("Under current rules, the ferry may keep its licence.") == {"current": ("DATE", "PRESENT_REF")}
    assert timexes_of("The ferry's current operator may keep its licence.") == {"current": ("DATE", "PRESENT_REF")}
    # the model's own expression, an accounting class and the noun are not
    assert timexes_of("Sales in the current year rose.")["the current year"] == ("DATE", "2024")
    assert not timexes_of("Current assets rose, and a strong current pulled the boat out.")


def test_a_year_earlier_than_a_run_of_months_is_the_year_before(timexes_of):
    found = timexes_of(
        "The carrier earned $5 million in the third quarter; A year earlier it earned $4 million. "
        "For the nine months, profit rose to $12 million from $9 million a year earlier.", date(2024, 10, 25)
    )
    assert found["A year earlier"] == ("DATE", "2023-Q3")
    assert found["the nine months"] == ("DURATION", "P9M")
    assert found["a year earlier"] == ("DATE", "2023")


def test_last_year_as_the_figure_a_quarter_is_compared_with(timexes_of):
    found = timexes_of(
        "The bakery chain earned $12 million in the third quarter, compared with a loss of $2 million last year."
    )
    assert found["last year"] == ("DATE", "2023-Q3")
    found = timexes_of("Orders in the third quarter rose to $40 million, an 8% gain from last year's $37 million.")
    assert found["last year"] == ("DATE", "2023-Q3")
    # not a comparison of the quarter's figure: the year
    found = timexes_of("The bakery chain earned $12 million in the third quarter. Last year it closed four stores.")
    assert found["Last year"] == ("DATE", "2023")


def test_a_run_of_months_a_year_back_is_still_a_run_of_months(timexes_of):
    # as "the first nine months" (P9M): the adjective says which run, not what it is
    found = timexes_of("Net for the year-earlier nine months included a gain on the sale of a plant.")
    assert found["the year-earlier nine months"] == ("DURATION", "P9M")
    found = timexes_of("Sales in the year-ago six months were $8 million, and in the year-ago quarter $4 million.")
    assert found["the year-ago six months"] == ("DURATION", "P6M")
    assert found["the year-ago quarter"] == ("DATE", "2023-Q3")


@pytest.mark.parametrize(
    "sentence, kind, value",
    [
        ("Analysts say the port will one day rival Rotterdam.", "DATE", "FUTURE_REF"),
        ("Engineers hope one day to build a bridge across the strait.", "DATE", "FUTURE_REF"),
        ("She said she might run for governor one day.", "DATE", "FUTURE_REF"),
        ("The strike will last one day.", "DURATION", "P1D"),
        ("The minister had been in office for one day.", "DURATION", "P1D"),
        ("One day later, the talks resumed.", "DURATION", "P1D"),
    ],
)
def test_one_day_to_come_is_an_indefinite_future_a_day_counted_a_duration(timexes_of, sentence, kind, value):
    found = {text.lower(): found for text, found in timexes_of(sentence).items()}
    assert found["one day"] == (kind, value)


def test_an_article_and_a_word_before_a_number_do_not_count_one(timexes_of):
    found = timexes_of("The mayor spoke for an extraordinary 76 minutes, and the council sat a further two hours.")
    assert found["an extraordinary 76 minutes"] == ("DURATION", "PT76M")
    assert normalize_timex("a further two years", ANCHOR)[:2] == ("DURATION", "P2Y")
    assert normalize_timex("a year and two months", ANCHOR)[:2] == ("DURATION", "P1Y2M")  # each count its unit, not "two" years


def test_a_decade_and_a_half_and_a_quarter_century_ago(timexes_of):
    assert normalize_timex("the past decade and a half", ANCHOR)[:2] == ("DURATION", "P15Y")
    assert normalize_timex("a quarter-century ago", ANCHOR)[:2] == ("DATE", "1999")
    assert normalize_timex("a quarter-century", ANCHOR)[:2] == ("DURATION", "P25Y")
    assert normalize_timex("fewer than 70 days", ANCHOR)[2] == "LESS_THAN"


def test_a_month_takes_the_year_its_sentence_wrote_out_before_it(timexes_of):
    assert timexes_of("In 2008, the campaign began airing ads in mid-September.")["mid-September"] == ("DATE", "2008-09")
    assert timexes_of("In 2012, the union spent millions on ads beginning in April.")["April"] == ("DATE", "2012-04")
    # a year in a relative clause, or after the first of two verbs, leaves the other's month alone
    found = timexes_of("Under a plan approved by the board in 2019, the firm had bought back shares through Sept. 29.")
    assert found["Sept. 29"] == ("DATE", "2024-09-29")
    found = timexes_of("The hacker was extradited in 2021 to the United States and pleaded guilty in May to two counts.")
    assert found["May"] == ("DATE", "2024-05")
    # a date with its month is a point, not the sentence's year
    found = timexes_of("Sales have risen since June 2019, and again since the fire in November.")
    assert found["November"] == ("DATE", "2024-11")
    # a clause that looks ahead keeps its own year
    assert timexes_of("In 2019 she lost, and she will run again in March.")["March"] == ("DATE", "2025-03")


def test_today_after_a_noun_in_the_present_is_these_days(timexes_of):
    assert timexes_of("The views of farmers today are far from those of their parents.")["today"] == ("DATE", "PRESENT_REF")
    assert timexes_of("Good news for the ferry company today.")["today"] == ("DATE", "2024-11-30")
    assert timexes_of("The minister today announced a new tax on fuel.")["today"] == ("DATE", "2024-11-30")
    assert timexes_of("The minister's remarks today are typical of her party.")["today"] == ("DATE", "2024-11-30")


def test_since_opens_a_range_only_for_its_own_phrase():
    doc = load_pipeline()("Turnout has fallen since the 1990s, and four years ago it hit a low, since 2016 twice.")
    mods = {t.text: (t.mod, t.range) for t in find_timexes(doc, ANCHOR)}
    assert mods["four years ago"] == (None, None)
    assert mods["2016"] == ("START", ("2016", "2024-11-30"))


def test_soon_is_a_future_reference_unless_it_relates_two_events(timexes_of):
    assert timexes_of("The ferry will soon resume service.")["soon"] == ("DATE", "FUTURE_REF")
    assert timexes_of("Repairs should end as soon as possible, officials said.")["as soon as possible"] == ("DATE", "FUTURE_REF")
    assert "soon" not in timexes_of("The strike ended soon after the talks began.")
    assert "soon" not in timexes_of("The union soon called a second strike.")  # one past event after another
    assert timexes_of("She said the union would soon call a strike.")["soon"] == ("DATE", "FUTURE_REF")


def test_past_before_a_counted_noun_is_not_a_time(timexes_of):
    assert timexes_of("Turnout rose in the past two elections.") == {}


def test_half_a_decade_is_five_years():
    assert normalize_timex("half a decade", ANCHOR)[:2] == ("DURATION", "P5Y")
    assert normalize_timex("half a century", ANCHOR)[:2] == ("DURATION", "P50Y")


def test_four_digits_a_capitalised_word_numbers_are_no_year(timexes_of):
    found = timexes_of("Lawyers challenging HB 1523 and Section 1001 spoke at hearings in 2019, and again by Fall 2020.")
    assert "1523" not in found and "1001" not in found
    assert found["2019"] == ("DATE", "2019")
    assert found["Fall 2020"] == ("DATE", "2020-FA")


@pytest.mark.parametrize("modal", ["should", "might", "must", "may"])
def test_a_modal_under_a_past_report_looks_ahead(timexes_of, modal):
    found = timexes_of(f"The leader declared that together they {modal} defeat the incumbent in September.", date(2024, 5, 20))
    assert found["September"] == ("DATE", "2024-09")


def test_the_day_a_time_of_day_names_is_the_day_in_talk(timexes_of):
    found = timexes_of("The rally ended on Friday night. The next day, her campaign posted a video.")
    assert found["Friday night"] == ("TIME", "2024-11-29TNI")
    assert found["The next day"] == ("DATE", "2024-11-30")
    # a time of day without its own day names none ("overnight" is the article's night)
    found = timexes_of("Stocks fell overnight. The index was down from the previous Friday.")
    assert found["the previous Friday"] == ("DATE", "2024-11-29")


def test_a_live_report_stamp_before_a_colon_is_the_articles_day(timexes_of):
    found = timexes_of("The debate starts Monday night.\n\n12:50 p.m.: The governor says she will attend.\n")
    assert found["12:50 p.m."] == ("TIME", "2024-11-30T12:50")


def test_years_later_and_that_month_count_from_the_year_in_talk(timexes_of):
    found = timexes_of("The governor lost in 1976, and she was elected four years later.")
    assert found["four years later"] == ("DATE", "1980")
    found = timexes_of("In 1972 she won the primary. She lost that November.")
    assert found["that November"] == ("DATE", "1972-11")
    found = timexes_of("Voters went to the polls on Tuesday. Earlier in the day, the mayor cast her ballot.")
    assert found["Earlier in the day"] == ("DATE", "2024-11-26")


def test_a_capitalised_between_splits_its_years(timexes_of):
    found = timexes_of("Between 2001 and 2007, the mill lost half its jobs.")
    assert found["2001"] == ("DATE", "2001") and found["2007"] == ("DATE", "2007")


def test_idioms_and_programme_titles_name_no_time(timexes_of):
    assert timexes_of("At the end of the day, voters decide.") == {}
    found = timexes_of("She hosted Saturday Night Live and watched Monday Night Football on Saturday night.")
    assert list(found) == ["Saturday night"]


def test_a_weekday_awaited_by_a_plan_lies_ahead(timexes_of):
    # a Wednesday: the caucus the volunteers hope to reach is the coming Monday
    found = timexes_of("The volunteers are hoping to knock on every door before Monday's caucus.", date(2024, 11, 27))
    assert found["Monday"] == ("DATE", "2024-12-02")


def test_this_weekday_is_the_one_of_the_week_in_talk_the_tense_points_to(timexes_of):
    monday = date(2024, 11, 25)
    assert timexes_of("The council is scheduled to vote this Thursday.", monday)["this Thursday"] == ("DATE", "2024-11-28")
    assert timexes_of("The council voted this Monday.", date(2024, 11, 29))["this Monday"] == ("DATE", "2024-11-25")


def test_a_noun_the_tagger_took_for_a_verb_keeps_its_weekday_behind(timexes_of):
    # "turn" is tagged a verb in the present: the past verb of the sentence dates the weekday
    found = timexes_of("Obama's star turn in Charlotte on Wednesday drew praise.", date(2024, 11, 29))
    assert found["Wednesday"] == ("DATE", "2024-11-27")


def test_years_and_decades_written_with_their_last_two_digits(timexes_of):
    found = timexes_of("That's what she did in \u201908 and \u201912, and what she will do in \u201928.")
    assert found["\u201908"] == ("DATE", "2008") and found["\u201912"] == ("DATE", "2012") and found["\u201928"] == ("DATE", "2028")
    assert timexes_of("He grew up in the 1970s and '80s and loved the class of '99.")["'80s"] == ("DATE", "198")
    assert timexes_of("Music from the \u201990s filled the hall.")["the \u201990s"] == ("DATE", "199")
    assert timexes_of("He graduated with the class of '99.")["'99"] == ("DATE", "1999")
    assert timexes_of("It was rock 'n' roll, he said.") == {}


def test_super_tuesday_is_the_first_tuesday_of_march_not_a_weekday(timexes_of):
    found = timexes_of("Candidates are spending heavily before Super Tuesday.", date(2024, 2, 9))
    assert found["Super Tuesday"] == ("DATE", "2024-03-05")
    after = timexes_of("The race was too close to call for much of Super Tuesday.", date(2016, 3, 8))
    assert after["Super Tuesday"] == ("DATE", "2016-03-01")


def test_late_in_the_sense_of_last_minute_names_no_time(timexes_of):
    assert timexes_of("There were several last-minute changes and an eleventh-hour deal.") == {}
    assert "the last hour" in timexes_of("Prices rose in the last hour.")


def test_a_season_the_model_leaves_out_and_not_a_drop(timexes_of):
    october = date(2024, 10, 9)
    assert timexes_of("She missed six weeks this fall with an injured knee.", october)["this fall"] == ("DATE", "2024-FA")
    assert timexes_of("The carrier expects more travellers in the fall.", date(2024, 7, 1))["the fall"] == ("DATE", "2024-FA")
    assert timexes_of("The fall of the old regime came quickly.", october) == {}
    assert timexes_of("Traders noted a steep fall in copper prices.", october) == {}


def test_the_nth_weekday_of_a_month(timexes_of):
    found = timexes_of("Members will vote on the first Tuesday in March.", date(2024, 1, 2))
    assert found["the first Tuesday in March"] == ("DATE", "2024-03-05")
    assert timexes_of("The fair closed on the last Monday of May.", date(2023, 6, 20))["the last Monday of May"] == ("DATE", "2023-05-29")


def test_a_weekday_in_a_perfect_or_after_since_is_behind(timexes_of):
    # a Monday: the crews began the night before
    found = timexes_of("Crews have been working around the clock since Sunday night.", date(2013, 12, 23))
    assert found["Sunday night"] == ("TIME", "2013-12-22TNI")


def test_a_second_verb_the_parse_left_unattached_shares_the_first_verbs_future(timexes_of):
    # a Saturday: the team leaves after the holiday
    found = timexes_of("The team will host Denver on Sunday, then leave Monday for a road trip.", date(2016, 12, 31))
    assert found["Monday"] == ("DATE", "2017-01-02")


def test_a_clock_time_before_its_day_is_on_that_day(timexes_of):
    # a Wednesday: the vote is next Tuesday, the fire last Sunday
    wednesday = date(2024, 11, 27)
    vote = timexes_of("The vote will take place at 9 a.m. on Tuesday.", wednesday)
    assert vote["9 a.m."] == ("TIME", "2024-12-03T09:00") and vote["Tuesday"] == ("DATE", "2024-12-03")
    fire = timexes_of("The fire broke out at about 3 a.m. on Sunday, officials said.", wednesday)
    assert fire["about 3 a.m."][1] == "2024-11-24T03:00"
    dated = timexes_of("The doors opened at 6:30 a.m. on March 19, 2002.", wednesday)
    assert dated["6:30 a.m."] == ("TIME", "2002-03-19T06:30")
    assert timexes_of("The board met at 2 p.m. on the last Friday in August.", date(2015, 9, 10))["the last Friday in August"] == ("DATE", "2015-08-28")


def test_every_other_weekday_recurs(timexes_of):
    assert timexes_of("The board meets every other Thursday.", date(2024, 1, 2))["every other Thursday"] == ("SET", "XXXX-WXX-4")


def test_a_clock_time_is_on_the_day_named_last_though_a_month_came_between(timexes_of):
    # a Friday: the arrests were early Thursday
    found = timexes_of("Police arrested two men early Thursday over break-ins that began in mid-December. "
                       "Officers spotted the pair at about 2:30 a.m., a lieutenant said.", date(2008, 2, 29))
    assert found["about 2:30 a.m."][1] == "2008-02-28T02:30"


def test_a_part_of_the_day_of_a_date_and_the_following_morning(timexes_of):
    found = timexes_of("The river crested on the evening of June 7, 2008. The following morning, crews began pumping.", date(2022, 6, 20))
    assert found["the evening"] == ("TIME", "2008-06-07TEV")
    assert found["The following morning"] == ("TIME", "2008-06-08TMO")


def test_a_clock_time_of_a_habit_is_on_no_one_day(timexes_of):
    found = timexes_of("The ministry posts its figures every evening at 6 p.m. on its website.")
    assert found["6 p.m."] == ("TIME", "XXXX-XX-XXT18:00")
    found = timexes_of("On Monday, the mayor said she often worked until 1 a.m. at city hall.")
    assert found["1 a.m."] == ("TIME", "XXXX-XX-XXT01:00")
    # a habit in another clause leaves the time on its day
    found = timexes_of("The juror, who came every day, left the court at 4 p.m. on Friday.")
    assert found["4 p.m."][1] != "XXXX-XX-XXT16:00"


def test_at_the_time_is_a_past_reference(timexes_of):
    found = timexes_of("Reyes ran the agency in 1998. At the time, it had four employees.")
    assert found["the time"] == ("DATE", "PAST_REF")
    # "the time of his last win" names its time by what follows, which is no expression of time
    assert "the time" not in timexes_of("At the time of his last win, Reyes was 33.")


def test_that_season_and_the_following_one_are_the_date_in_talks(timexes_of):
    found = timexes_of("The inquiry began in 1974 and led to three indictments the following spring.")
    assert found["the following spring"] == ("DATE", "1975-SP")
    found = timexes_of("The bill passed in 2012, and judges blocked it before the vote that fall.")
    assert found["that fall"] == ("DATE", "2012-FA")
    assert "That fall" not in timexes_of("That fall in prices hurt the farmers.")


def test_the_next_year_told_in_the_past_counts_from_the_date_in_talk(timexes_of):
    found = timexes_of("Prices rose this fast in 1995, and we all know what happened the next year.", date(1999, 10, 21))
    assert found["the next year"] == ("DATE", "1996")
    found = timexes_of("In 1995 the plant opened. It will be closed over the next year, a spokesman said.", date(1999, 10, 21))
    assert found["the next year"] == ("DATE", "2000")


def test_an_age_or_a_span_of_words_before_a_time_is_not_counted(timexes_of):
    found = timexes_of("The striker will turn 31 next month.", date(2000, 2, 14))
    assert found == {"next month": ("DATE", "2000-03")}
    found = timexes_of("She had two operations in a span of 18 months.", date(2000, 2, 14))
    assert [v for v in found.values()] == [("DURATION", "P18M")]
    assert "June" in timexes_of("The delivery could slip past June.", date(2000, 2, 14))  # "past" is the preposition
    assert timexes_of("Prices rose 5 percent in past 12 months.", date(2000, 2, 14))["past 12 months"][0] == "DURATION"


def test_every_weekend_and_all_week(timexes_of):
    assert timexes_of("She drives to the lake every weekend.")["every weekend"] == ("SET", "XXXX-WXX-WE")
    assert timexes_of("It rained all week in the valley.")["all week"] == ("DURATION", "P1W")


def test_how_often_after_a_verb_and_counted_per_unit(timexes_of):
    found = timexes_of("The two unions will meet quarterly. Guards patrol the fence nightly, and he works weekends.")
    assert found["quarterly"] == ("SET", "P3M")
    assert found["nightly"] == ("SET", "P1D")
    assert found["weekends"] == ("SET", "XXXX-WXX-WE")
    found = timexes_of("Water is trucked in twice a day, and nurses visit three times a week.")
    assert found["twice a day"] == ("SET", "P1D")
    assert found["three times a week"] == ("SET", "P1W")
    assert timexes_of("The clinic opens four days a week.")["four days a week"] == ("SET", "P1W")
    assert "quarterly" not in timexes_of("The bank raised its quarterly dividend.")  # a kind of dividend


def test_the_middle_of_2000_and_trading_after_hours(timexes_of):
    assert timexes_of("The mill should reopen by mid-2000.", date(1999, 10, 21))["mid-2000"] == ("DATE", "2000")
    assert timexes_of("The shares slid in after-hours trading.") == {}


def test_a_coordinated_weekday_shares_next_or_last_and_a_season_of_play_is_a_reference(timexes_of):
    found = timexes_of("The envoy will testify next Tuesday and Wednesday.", date(2009, 7, 15))
    assert found["Wednesday"] == ("DATE", "2009-07-22")
    found = timexes_of("The forward hopes to return next season. Last season he scored 20 goals.")
    assert found["next season"] == ("DATE", "FUTURE_REF")
    assert found["Last season"] == ("DATE", "PAST_REF")
    assert timexes_of("Floods have grown worse in recent decades.")["recent decades"] == ("DURATION", "PXE")
    assert timexes_of("After a decade's struggle, the rebels won.")["decade"] == ("DURATION", "P10Y")  # one decade


def test_today_in_a_quotation_is_the_day_it_was_said():
    nlp = load_pipeline()
    doc = nlp.make_doc('"Nobody had seen me win until today," the golfer said Sunday. The tour moves on today.')
    doc.user_data["article_date"] = "2000-02-14"  # as the pipeline dates each article for its quote finder
    found = [(t.text, t.value) for t in find_timexes(nlp(doc), date(2000, 2, 14))]
    assert found == [("today", "2000-02-13"), ("Sunday", "2000-02-13"), ("today", "2000-02-14")]


def test_earlier_today_which_the_model_leaves_out_after_a_paragraph_with_today(timexes_of):
    found = timexes_of("The envoy met the mayor earlier today.\n\nHe met him today.\n\nEarlier today, the talks began.", date(1999, 10, 4))
    assert found["earlier today"] == ("DATE", "1999-10-04") and found["Earlier today"] == ("DATE", "1999-10-04")


def test_a_month_and_day_take_the_year_the_phrase_names(timexes_of):
    found = timexes_of("Talks resumed on March 3 this year. They met on June 5 last year.", date(1998, 3, 12))
    assert found["March 3 this year"] == ("DATE", "1998-03-03")
    assert found["June 5 last year"] == ("DATE", "1997-06-05")


def test_a_part_of_the_day_in_talk_is_on_the_day_of_the_clock_time_before_it(timexes_of):
    found = timexes_of("The race started at 10 a.m. in Hopkinton. A tailwind blew through the morning.", date(2011, 4, 18))
    assert found["the morning"] == ("TIME", "2011-04-18TMO")


def test_deictic_days_and_the_middle_of_a_day_the_model_leaves_out_but_not_titles(timexes_of):
    found = timexes_of('"Today the team won," he said. By midafternoon the streets were dark.', date(2004, 1, 6))
    assert found["Today"] == ("DATE", "2004-01-06")
    assert found["midafternoon"] == ("TIME", "2004-01-06TAF")
    titles = timexes_of("She told USA Today and NBC’s “Today” that the Today show had called. VOA Today reported it.")
    assert titles == {}


def test_what_could_happen_lies_ahead_and_a_start_takes_its_clauses_tense(timexes_of):
    wednesday = date(2005, 12, 21)
    assert timexes_of("The board could meet as early as Monday.", wednesday)["as early as Monday"] == ("DATE", "2005-12-26")
    assert timexes_of("The mayor could not be reached Monday.", wednesday)["Monday"] == ("DATE", "2005-12-19")
    assert timexes_of("Schools are on break beginning Friday.", wednesday)["Friday"] == ("DATE", "2005-12-23")
    assert timexes_of("A loss could have big consequences in November.", date(2016, 4, 22))["November"] == ("DATE", "2016-11")


def test_what_someone_was_forced_to_do_happened_when_forced(timexes_of):
    assert timexes_of("The scandal forced the president to flee to Japan in November.", date(2001, 6, 4))["November"] == ("DATE", "2000-11")


def test_a_quarter_long_ended_lies_ahead_in_the_future_tense(timexes_of):
    november = date(2001, 11, 15)
    found = timexes_of("The company said it would cut 900 jobs by the end of the first quarter.", november)
    assert found["the end of the first quarter"] == ("DATE", "2002-Q1")
    # the quarter just ended is reported in the future tense
    assert timexes_of("The company will report first-quarter results next week.", date(2001, 5, 2))["first-quarter"] == ("DATE", "2001-Q1")


def test_that_evening_is_the_evening_of_the_day_in_talk(timexes_of):
    found = timexes_of("The shooting happened on Nov. 9, 1993. She called him around 10 that evening.", date(1996, 5, 22))
    assert found["that evening"] == ("TIME", "1993-11-09TEV")


def test_two_expressions_joined_by_or_than_or_a_clock_range_are_two(timexes_of):
    found = timexes_of("It could be fixed in a day or a week. The store opens an hour earlier than last year.", date(2001, 11, 15))
    assert found["a day"] == ("DURATION", "P1D") and found["a week"] == ("DURATION", "P1W")
    assert found["last year"] == ("DATE", "2000")
    found = timexes_of("The shelter is open from 9 p.m. to 6 a.m. They meet Monday or Tuesday.", date(2001, 11, 15))
    assert {"9 p.m.", "6 a.m.", "Monday", "Tuesday"} <= set(found)
    # a shared anchor keeps them one: "a week or a month ago"
    assert timexes_of("It happened a week or a month ago.", date(2016, 6, 8)) == {"a week or a month ago": ("DATE", "2016-W22")}


def test_a_duration_counted_in_several_units_is_one(timexes_of):
    found = timexes_of("He won in 2 hours, 3 minutes, 41 seconds. The flight lasted 4 hours and 55 minutes.")
    assert found["2 hours, 3 minutes, 41 seconds"] == ("DURATION", "PT2H3M41S")
    assert found["4 hours and 55 minutes"] == ("DURATION", "PT4H55M")
    assert timexes_of("He served three years and six months in prison.")["three years and six months"] == ("DURATION", "P3Y6M")
    found = timexes_of("He trained twice a day, six days a week. In two years and three years, things change.")
    assert found["six days a week"] == ("SET", "P1W") and found["two years"] == ("DURATION", "P2Y")


def test_a_year_written_before_does_not_put_a_past_event_after_the_article(timexes_of):
    # the year framing the sentence lies ahead; what the clause tells as past happened already
    found = timexes_of("The brewer cut its outlook for fiscal 2025, blaming a drought that began Sept. 15.")
    assert found["Sept. 15"] == ("DATE", "2024-09-15")
    found = timexes_of("In 2022, the mill reopened in March.")
    assert found["March"] == ("DATE", "2022-03")


def test_a_clock_time_told_as_past_is_on_the_last_day_gone_by_not_one_to_come(timexes_of):
    found = timexes_of(
        "The mayor was sentenced on Thursday. The judge ordered him to report to prison by January 8. "
        "The hearing began at 10 a.m. and lasted three hours."
    )
    assert found["10 a.m."] == ("TIME", "2024-11-28T10:00")
