"""Hard cases of quotes, speakers and entities, each in a sentence shape taken from news copy."""

from __future__ import annotations

from conftest import entity_named, quote_by


def test_inverted_cue_with_appositive_role_and_weekday(extract_text):
    r = extract_text(
        "Council rejects budget\n\n"
        "\"We will not accept cuts that hurt families,\" said Maria Delgado, the mayor of Riverton, on Tuesday.\n",
        date="2023-03-10",
    )
    q = quote_by(r, "We will not accept cuts")
    assert q.speaker.name == "Maria Delgado"
    assert q.speaker_role == "mayor of Riverton"
    assert q.date == "2023-03-07"


def test_cue_before_the_quote_with_colon(extract_text):
    r = extract_text(
        "Border stays shut\n\n"
        "Ahmed Karimi, a spokesman for the Interior Ministry, told reporters: \"The crossing will remain closed until further notice.\"\n"
    )
    q = quote_by(r, "The crossing will remain closed")
    assert q.speaker.name == "Ahmed Karimi"
    assert q.cue == "told"
    assert q.speaker_org == "Interior Ministry"


def test_pronoun_speaker_resolves_to_the_person_named_before(extract_text):
    r = extract_text(
        "Minister resigns\n\n"
        "Finance Minister Clara Weiss resigned on Friday after a row over the budget.\n\n"
        "\u201cI could not defend a plan I did not believe in,\u201d she said in a statement.\n"
    )
    q = quote_by(r, "I could not defend")
    assert q.speaker.name == "Clara Weiss"
    assert q.speaker.text == "she"
    assert q.attribution == "pronoun"


def test_outlet_speaker_and_it_across_paragraphs(extract_text):
    r = extract_text(
        "Paper attacks council\n\n"
        "The Daily Sentinel newspaper accused the city council of hiding the audit from voters.\n\n"
        "It claimed the documents had been shredded weeks before the vote.\n"
    )
    accused = quote_by(r, "accused the city council")
    assert accused.speaker.name == "Daily Sentinel" and accused.speaker.type == "ORG"
    claimed = quote_by(r, "the documents had been shredded")
    assert claimed.speaker.name == "Daily Sentinel" and claimed.speaker.text == "It"


def test_anonymous_and_group_speakers(extract_text):
    r = extract_text(
        "Talks stall\n\n"
        "A senior European diplomat said, \u201cThere is no deal on the table and there will not be one this week.\u201d\n\n"
        "Western officials said the talks could resume in January.\n"
    )
    direct = quote_by(r, "There is no deal")
    assert direct.speaker.type == "ANONYMOUS"
    assert direct.speaker_role == "senior European diplomat"
    reported = quote_by(r, "the talks could resume")
    assert reported.kind == "indirect" and reported.speaker.type == "GROUP"


def test_quote_over_several_paragraphs_and_running_attribution(extract_text):
    r = extract_text(
        "Coach speaks\n\n"
        "Coach Daniel Okafor said after the match: \u201cWe played with heart tonight and the fans saw it.\n\n"
        "\u201cNobody gave us a chance before the season started, and we proved them wrong.\u201d\n\n"
        "\u201cThe next game will be even harder for us because they know us now.\u201d\n"
    )
    first = quote_by(r, "We played with heart")
    assert "Nobody gave us a chance" in first.text and len(first.pieces) == 2
    assert first.speaker.name == "Daniel Okafor"
    running = quote_by(r, "The next game will be")
    assert running.speaker.name == "Daniel Okafor" and running.attribution == "running"


def test_scare_quotes_are_terms_not_quotations(extract_text):
    r = extract_text(
        "Leaders trade barbs\n\n"
        "The ministry blamed \u201cforeign agents\u201d for the unrest in what it named the \"northern districts.\"\n"
    )
    assert {t.text for t in r.terms} == {"foreign agents", "northern districts."}
    assert not [q for q in r.quotes if q.kind == "direct"]


def test_acronym_transliteration_and_surname_merges(extract_text):
    r = extract_text(
        "Militia advances\n\n"
        "Fighters of Harakat al-Nujaba (HaN) and the Kata\u2019ib Hezbollah group moved north, said General Samir Haddad.\n\n"
        "Haddad said Kataib Hezbollah had lost dozens of men. The United States said it was watching, and US officials "
        "declined to comment.\n"
    )
    haddad = entity_named(r, "Samir Haddad")
    assert haddad.type == "PERSON" and "Haddad" in haddad.aliases
    kataib = [e for e in r.entities if "Kataib Hezbollah" in e.aliases or "Kata\u2019ib Hezbollah" in e.aliases]
    assert len(kataib) == 1 and {"Kataib Hezbollah", "Kata\u2019ib Hezbollah"} <= set(kataib[0].aliases)
    assert {"US", "United States"} <= set(entity_named(r, "United States").aliases)


def test_capital_as_actor_is_its_country(extract_text):
    r = extract_text(
        "Sanctions widen\n\n"
        "Russia condemned the new sanctions. Moscow's envoy said the measures would fail, while protesters gathered in Moscow.\n"
    )
    russia = entity_named(r, "Russia")
    assert "Moscow" in russia.aliases  # "Moscow's envoy": the state
    assert any(e.name == "Moscow" and e.type == "GPE" for e in r.entities)  # "in Moscow": the city


def test_article_date_from_metadata_and_dateline(extract_text):
    assert extract_text("Headline\n\nBody text said nothing.", date="2021-05-04T10:00:00Z").article.date == "2021-05-04"
    r = extract_text("Quake hits coast\n\nLIMA, March 3, 2022 (Reuters) - A strong earthquake shook the coast on Thursday.")
    assert (r.article.date, r.article.date_basis) == ("2022-03-03", "dateline")


def test_wire_story_dateline_titles_and_ages(extract_text):
    r = extract_text(
        "Wildfire forces thousands to flee\n\n"
        "LOS ANGELES, Jan. 8, 2025 (AP) \u2014 A fast-moving wildfire tore through hillside neighborhoods on Wednesday, "
        "forcing more than 30,000 people to evacuate, officials said.\n\n"
        "\"This is the most destructive fire we have seen in a decade,\" County Fire Chief Anthony Marrone told reporters. "
        "\"We are asking everyone in the warning zones to leave now.\"\n\n"
        "Gov. Gavin Newsom declared a state of emergency and said the state had requested federal help.\n\n"
        "\"The sky turned orange and then we just ran,\" said Maria Hernandez, 54, who fled with her two dogs.\n"
    )
    assert r.article.date == "2025-01-08"
    officials = quote_by(r, "A fast-moving wildfire")
    assert officials.text.startswith("A fast-moving wildfire")  # the dateline is not content
    assert officials.speaker.type == "GROUP"
    chief = quote_by(r, "most destructive fire")
    assert (chief.speaker.name, chief.speaker_role) == ("Anthony Marrone", "County Fire Chief")
    assert quote_by(r, "leave now").speaker.name == "Anthony Marrone"
    assert quote_by(r, "the state had requested federal help").text == "the state had requested federal help"
    assert quote_by(r, "The sky turned orange").speaker_role is None  # an age is not a role
    assert not any(e.name == "Wildfire" for e in r.entities)


def test_role_before_name_and_partial_quote_in_a_statement(extract_text):
    r = extract_text(
        "Business groups warn on tax\n\n"
        "Business groups have warned the rise will cost jobs.\n\n"
        "Its director general, Rain Newton-Smith, told reporters that confidence had \"fallen off a cliff\" since the budget.\n"
    )
    assert quote_by(r, "will cost jobs").text == "the rise will cost jobs"
    statement = quote_by(r, "confidence had")
    assert statement.kind == "indirect" and statement.speaker.name == "Rain Newton-Smith"
    assert entity_named(r, "Rain Newton-Smith").type == "PERSON"


def test_british_single_quotes_added_and_according_to(extract_text):
    r = extract_text(
        "Nurses to strike over pay\n\n"
        "Nurses across England will strike next month, the Royal College of Nursing (RCN) has said.\n\n"
        "Pat Cullen, the RCN's general secretary, said: \u2018Ministers have had every chance to avoid this. They chose not to.\u2019\n\n"
        "She added that members had been left with \u201cno option\u201d but to walk out.\n\n"
        "According to the RCN, more than 100,000 members voted in favour of action.\n"
    )
    first = quote_by(r, "Ministers have had every chance")
    assert (first.kind, first.speaker.name, first.speaker_role) == ("direct", "Pat Cullen", "RCN's general secretary")
    added = quote_by(r, "members had been left with")
    assert (added.speaker.name, added.speaker.text, added.cue) == ("Pat Cullen", "She", "added")
    according = quote_by(r, "100,000 members voted")
    assert according.speaker.name == "Royal College of Nursing (RCN)" and according.cue == "According to"
    assert "no option" in {t.text for t in r.terms}


def test_asked_and_a_short_quote_that_continues(extract_text):
    r = extract_text(
        "Senate passes stopgap bill\n\n"
        "\"Will we be back here in 45 days?\" asked Sen. Lisa Murkowski. \"I hope not.\"\n"
    )
    asked = quote_by(r, "Will we be back here")
    assert (asked.speaker.name, asked.cue, asked.speaker_role) == ("Lisa Murkowski", "asked", "Sen.")
    short = quote_by(r, "I hope not.")
    assert short.kind == "direct" and short.speaker.name == "Lisa Murkowski"


def test_present_tense_unnamed_spokesman_and_titles_in_lower_case(extract_text):
    r = extract_text(
        "Drought deepens across the Horn of Africa\n\n"
        "\"We are seeing livestock die by the thousands,\" says Amina Mohamed, who runs a clinic in Garissa.\n\n"
        "A spokesman for Kenya's interior ministry, who declined to be named, said the government had released emergency funds.\n\n"
        "The World Food Programme (WFP) says it needs $1.2 billion to reach those most at risk.\n\n"
        "\"They waited until people were dying,\" opposition leader Raila Odinga said at a rally in Nairobi.\n"
    )
    assert quote_by(r, "livestock die").speaker.name == "Amina Mohamed"
    spokesman = quote_by(r, "released emergency funds")
    assert spokesman.speaker.type == "ANONYMOUS" and spokesman.speaker.text == "A spokesman for Kenya's interior ministry"
    assert quote_by(r, "it needs $1.2 billion").speaker_role is None  # "(WFP)" is a name, not a role
    assert quote_by(r, "They waited").speaker_role == "opposition leader"
    assert [m.text for m in entity_named(r, "Horn of Africa").mentions] == ["Horn of Africa"]


def test_a_quote_said_at_a_time_of_a_named_day_is_dated_that_day(extract_text):
    r = extract_text(
        "Strike\n\n\u201cWe will not give up,\u201d Ana Ruiz said Sunday evening.\n\n"
        "\u201cIt is over,\u201d Tom Bale told reporters last night.\n\n\u201cFine,\u201d Carl Dix said at 3 p.m. Tuesday.\n",
        date="2020-05-14",
    )
    assert quote_by(r, "We will not give up").date == "2020-05-10"
    assert quote_by(r, "It is over").date == "2020-05-13"
    assert quote_by(r, "Fine").date == "2020-05-12"


def test_a_quotation_that_runs_on_is_dated_with_the_one_before_and_so_are_its_deictic_days(extract_text):
    r = extract_text(
        "Peru\n\n\u201cTonight Peru has chosen hope over fear,\u201d Ana Ruiz told thousands of supporters who packed "
        "a plaza in Lima late Sunday. \u201cTomorrow we start working.\u201d\n",
        date="2001-06-04",
    )
    assert quote_by(r, "Tonight Peru").date == "2001-06-03"
    assert quote_by(r, "Tomorrow we start").date == "2001-06-03"
    days = {t.text: t.value for t in r.timexes}
    assert days["Tonight"] == "2001-06-03TNI" and days["Tomorrow"] == "2001-06-04"
