"""Article dates come from evidence only — metadata, a dateline, a published line, a dated photo
caption the story falls on — and otherwise stay null with the reason: a wrong date is worse than none."""

from __future__ import annotations

from conftest import SEED

from newsgraph.clean import clean_document
from newsgraph.ingest import read_sources
from newsgraph.schema import RawDocument


def dated(text: str, date: str | None = None) -> tuple[str | None, str]:
    article = clean_document(RawDocument("test", "txt", text, id="t", date=date))
    return article.date, article.date_basis


def test_dates_the_story_reports_never_date_the_article():
    text = (
        "Old treaty back in court\n\n"
        "The treaty, signed on March 3, 2009, expired on January 1, 2015, lawyers told the court.\n\n"
        "A ruling made on 14 June 2011 still binds both sides, the judge said on Monday.\n"
    )
    date, basis = dated(text)
    assert date is None
    assert basis.startswith("none:")


def test_dateline_with_a_year_dates_the_article():
    text = "Quake shakes port\n\nVALPARAISO, June 9, 2021 (Reuters) - A quake shook the port city on Wednesday.\n"
    assert dated(text) == ("2021-06-09", "dateline")


def test_yearless_dateline_takes_its_year_from_a_published_line():
    text = (
        "Ferry service resumes\n\n"
        "Published: 2 January 2023\n\n"
        "OSLO, Dec 31 (Reuters) - Ferries between the islands ran again on Saturday after the storm.\n"
    )
    # the dateline's Dec 31 is closest to the stamp in the year before it
    assert dated(text) == ("2022-12-31", "dateline (its year from the published line)")


def test_yearless_dateline_alone_gives_no_date_and_says_why():
    text = "Ferry service resumes\n\nOSLO, Dec 31 (Reuters) - Ferries between the islands ran again on Saturday.\n"
    date, basis = dated(text)
    assert date is None and "no year" in basis


def test_published_line_beats_updated_line():
    text = (
        "Council backs tram line\n\n"
        "Updated 4:10 PM ET, Tue March 12, 2019 | Published March 11, 2019\n\n"
        "The city council backed the new tram line on Monday, a decade after it was first proposed in 2009.\n"
    )
    assert dated(text) == ("2019-03-11", "published line")
    only_updated = text.replace(" | Published March 11, 2019", "")
    assert dated(only_updated) == ("2019-03-12", "updated line")


def test_a_sentence_starting_with_posted_is_not_a_stamp():
    text = (
        "Video draws criticism\n\n"
        "Posted on Facebook on Nov. 3, 2016, the video was shared thousands of times before it was removed.\n"
    )
    assert dated(text)[0] is None


def test_photo_caption_dates_the_article_when_the_story_falls_on_its_day():
    caption = "Firefighters spray water on a burning warehouse in Lyon, France April 6, 2023. REUTERS/Jean Dupont"
    text = (
        "Warehouse fire contained\n\n"
        f"{caption}\n{caption}\n\n"
        "Firefighters contained a blaze at a warehouse in Lyon on Thursday, the fire service said.\n"
    )
    date, basis = dated(text)
    assert date == "2023-04-06"  # a Thursday
    assert basis.startswith("caption") and "'on Thursday'" in basis


def test_file_photo_does_not_date_the_article():
    caption = "Workers leave the plant in Turin, Italy May 18, 2015. REUTERS/Marco Rossi/File Photo"
    text = (
        "Carmaker cuts jobs\n\n"
        f"{caption}\n\n"
        "The carmaker said on Tuesday it would cut 2,000 jobs at its oldest plant.\n"
    )
    assert dated(text)[0] is None  # May 18, 2015 was a Monday: an old picture, not the story's day


def test_a_paragraph_ending_in_a_date_is_no_photo_caption():
    text = (
        "Senator leaves race\n\n"
        "The senator said on Tuesday she would end her campaign.\n\n"
        "Her rival left the race May 3, 2016.\n"
    )
    assert dated(text)[0] is None


def test_given_date_comes_before_the_text_evidence():
    text = "Quake shakes port\n\nVALPARAISO, June 9, 2021 (Reuters) - A quake shook the port city on Wednesday.\n"
    assert dated(text, date="2021-06-10T08:00:00Z") == ("2021-06-10", "metadata")
    # a given value that is no date leaves the text's evidence to decide
    assert dated(text, date="2021-13-45") == ("2021-06-09", "dateline")


def test_seed_article_is_dated_by_its_photo_captions():
    (raw,) = list(read_sources([SEED]))
    article = clean_document(raw)
    assert article.date == "2024-11-30"
    assert article.date_basis.startswith("caption")


def test_quote_and_time_dates_follow_the_article_date(extract_text):
    text = (
        "Harbour plan approved\n\n"
        "\u201cThe harbour will reopen by spring,\u201d the mayor said on Tuesday.\n"
    )
    anchored = extract_text(text, date="2024-11-30")
    assert anchored.quotes[0].date == "2024-11-26"
    assert any(t.text == "Tuesday" and t.value == "2024-11-26" for t in anchored.timexes)
    unanchored = extract_text(text)
    assert unanchored.article.date is None and unanchored.quotes[0].date is None


def _dated_file(source: str, text: str, kind: str = "txt") -> tuple[str | None, str]:
    article = clean_document(RawDocument(source, kind, text, id="t"))
    return article.date, article.date_basis


def test_a_date_in_the_name_of_a_one_article_file_dates_it_after_the_texts_evidence():
    plain = "Library reopens\n\nThe library reopened its doors on Tuesday after a long renovation.\n"
    assert _dated_file("archive/herald_2019-04-16_library-reopens.txt", plain) == ("2019-04-16", "file name")
    assert _dated_file("archive/20190416-library.html", plain, "html") == ("2019-04-16", "file name")
    # the dateline's own year outranks the name; a yearless one takes its year from the name
    with_year = "Library reopens\n\nOSLO, April 15, 2019 (Reuters) - The library reopened.\n"
    assert _dated_file("archive/herald_2019-04-16_x.txt", with_year) == ("2019-04-15", "dateline")
    yearless = "Library reopens\n\nOSLO, Dec 31 (Reuters) - The library reopened.\n"
    assert _dated_file("archive/2020-01-02_x.txt", yearless) == ("2019-12-31", "dateline (its year from the file name)")
    # two dates, a date that cannot be, or a dump of many records: no date from the name
    assert _dated_file("archive/2019-04-16_to_2019-04-20.txt", plain)[0] is None
    assert _dated_file("archive/2019-13-16.txt", plain)[0] is None
    assert _dated_file("dumps/feed-2019-04-16.jsonl:3", plain, "jsonl")[0] is None
    assert _dated_file("crawl-2019-04-16.warc:7", plain, "html")[0] is None
