"""Places: first-level regions (US states, Canadian provinces, Syrian governorates) in the right
country, and a place put only in a country the article gives a reason for, with the evidence."""

from __future__ import annotations

from conftest import entity_named

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.resolve.places import lookup_place


def place_of(record, name: str):
    place = entity_named(record, name).place
    assert place is not None, f"{name} has no place"
    return place


def test_us_states_are_regions_of_the_us_not_towns_abroad(extract_text):
    record = extract_text(
        "Polls open\n\nVoters in Florida lined up before dawn on Tuesday. In Orlando, volunteers handed out water, "
        "while campaigns in Colorado and Virginia sent staff to help."
    )
    florida = place_of(record, "Florida")
    assert (florida.country, florida.feature, florida.region) == ("US", "region", "US-FL")
    assert "region US-FL" in florida.evidence
    # neither package gives a state coordinates: its largest city stands for it, and says so
    assert "largest city, Jacksonville" in florida.evidence and round(florida.lat) == 30
    assert place_of(record, "Orlando").country == "US"
    for state in ("Colorado", "Virginia"):  # towns of these names are in Brazil and South Africa
        assert (place_of(record, state).country, place_of(record, state).feature) == ("US", "region")


def test_a_state_in_ap_style_after_a_city_places_it_in_that_state(extract_text):
    record = extract_text(
        "Campaign trail\n\nThe senator spoke in Manchester, N.H., on Monday, then flew to Lodi, N.J., and "
        "Plymouth, N.H., before a rally in Jupiter, Fla."
    )
    assert place_of(record, "Manchester").region == "US-NH"  # not Manchester, England
    assert place_of(record, "Lodi").region == "US-NJ"  # not the larger Lodi, California
    assert place_of(record, "Jupiter").region == "US-FL"
    # the gazetteer's only Plymouth in the US is Minnesota's: this one is a town it does not hold
    plymouth = place_of(record, "Plymouth")
    assert (plymouth.country, plymouth.region, plymouth.lat) == ("US", "US-NH", None)
    assert (place_of(record, "N.H.").feature, place_of(record, "N.H.").region) == ("region", "US-NH")


def test_a_state_named_alone_is_the_state_and_the_evidence_says_why():
    place = lookup_place("Colorado", set(), gazetteer())
    assert (place.country, place.feature, place.region) == ("US", "region", "US-CO")
    assert place.evidence.startswith("largest population")


def test_province_and_governorate_with_the_country_after_them(extract_text):
    record = extract_text(
        "Fighting in the north\n\nRebels advanced on Anadan, Aleppo province, Syria, on Sunday. Fighting also "
        "spread across Idlib province."
    )
    aleppo = place_of(record, "Aleppo province")
    assert (aleppo.country, aleppo.feature) == ("SY", "region")
    assert aleppo.evidence.startswith("comma context ', Syria'")
    idlib = place_of(record, "Idlib province")
    assert (idlib.country, idlib.feature, idlib.region) == ("SY", "region", "SY-ID")
    # a village the gazetteer does not hold keeps the country written after it
    village = lookup_place("Kafr Hamra", set(), gazetteer(), ", Aleppo province, Syria, on Sunday")
    assert (village.country, village.lat) == ("SY", None) and village.evidence.startswith("comma context")


def test_a_canadian_province_without_coordinates_says_so(extract_text):
    record = extract_text("Wages\n\nCanada's largest province, Ontario, will raise its minimum wage, officials in Toronto said.")
    ontario = place_of(record, "Ontario")
    assert (ontario.country, ontario.feature, ontario.region) == ("CA", "region", "CA-ON")
    assert ontario.lat is None and "no coordinates" in ontario.evidence


def test_georgia_is_the_state_only_in_an_article_about_us_places(extract_text):
    state = extract_text("Election day\n\nGeorgia voters went to the polls in Atlanta and Savannah, and Florida counted ballots late.")
    assert (place_of(state, "Georgia").country, place_of(state, "Georgia").region) == ("US", "US-GA")
    assert "other places in United States" in place_of(state, "Georgia").evidence
    country = extract_text("Invasion\n\nRussian troops crossed into Georgia and moved toward Tbilisi, officials said.")
    assert (place_of(country, "Georgia").country, place_of(country, "Georgia").feature) == ("GE", "country")
    # the United States named as a country is no US place: Georgia stays the country
    named = extract_text("Condemned\n\nThe United States condemned the attack on Georgia on Monday.")
    assert place_of(named, "Georgia").country == "GE"
    # a neighbour points at the country as its own places do, in a story told from a US state
    neighbour = extract_text("Debate\n\nSpeaking in Iowa, the senator said Russia had invaded Georgia in 2008.")
    assert place_of(neighbour, "Georgia").country == "GE"


def test_a_city_goes_where_the_article_puts_it_and_a_capital_stays_a_capital(extract_text):
    record = extract_text(
        "Governor travels\n\nThe governor spoke in Portland, Maine, on Friday before flying to Paris for the climate talks. "
        "Protests in Texas and Ohio continued."
    )
    portland = place_of(record, "Portland")
    assert (portland.country, portland.region) == ("US", "US-ME")
    assert place_of(record, "Paris").country == "FR"  # not Paris, Texas


def test_a_us_county_is_in_its_state():
    place = lookup_place("Palm Beach County", set(), gazetteer())
    assert (place.country, place.feature, place.region) == ("US", "region", "US-FL")
    # 30 states have a Washington County: with nothing to choose by, none is claimed
    ambiguous = lookup_place("Washington County", set(), gazetteer())
    assert ambiguous.country == "US" and ambiguous.region is None and "several" in ambiguous.evidence


def test_a_capital_only_far_larger_than_its_namesake_wins_against_the_article(extract_text):
    record = extract_text("Clashes\n\nFighting spread from Beirut to Sidon and Tripoli on Monday, Lebanese officials said.\n")
    tripoli = place_of(record, "Tripoli")  # Libya's capital is only five times larger
    assert tripoli.country == "LB" and "national capital" not in tripoli.evidence


def test_iso_three_letter_codes_are_not_country_names():
    # "BLM" is Black Lives Matter in news, not Saint Barthélemy; "USA" is written as a name
    places = gazetteer()
    assert places.country_code("BLM") is None and places.country_code("PER") is None
    assert places.country_code("USA") == "US" and places.country_code("Peru") == "PE"


def test_a_date_or_an_outlet_named_like_a_town_is_no_place(extract_text):
    record = extract_text(
        "Primary calendar\n\nFlorida votes in mid-March, and the rules changed in March 2015, Time magazine "
        "reported. The primary is in March."
    )
    names = {(e.name, e.type) for e in record.entities}
    assert not [n for n in names if n[0].startswith("March")]  # a town in England to the gazetteer
    assert ("Time", "GPE") not in names  # a town in Norway; here the magazine
    assert place_of(record, "Florida").region == "US-FL"



def test_a_list_of_states_names_states_not_towns_in_the_next_one(extract_text):
    record = extract_text("Sanders hopes to win caucuses in Alaska, Hawaii, and Washington on Saturday.")
    assert [(p.region, p.feature) for p in (entity_named(record, n).place for n in ("Alaska", "Hawaii", "Washington"))] == [
        ("US-AK", "region"), ("US-HI", "region"), ("US-WA", "region")]  # Alaska is not a town in Hawaii; Washington the state
    record = extract_text("Lawmakers in Washington, Ohio and Texas disagree on the budget.")
    assert entity_named(record, "Washington").place.region == "US-WA"
    record = extract_text("Trump spoke to supporters in Seattle, Washington.")
    assert entity_named(record, "Washington").place.region == "US-WA"  # the state a town is put in
    record = extract_text("Leaders met in Washington, D.C., on Monday.")
    assert (entity_named(record, "Washington").place.region, entity_named(record, "Washington").place.feature) == ("US-DC", "city")


def test_a_name_two_countries_share_is_the_one_the_articles_places_point_at(extract_text):
    east = extract_text("Fighting\n\nRebels shelled the outskirts of Goma. Congo accused its neighbour of arming them, officials in Kinshasa said.")
    assert place_of(east, "Congo").country == "CD"  # the Democratic Republic
    west = extract_text("Talks\n\nThe summit opened in Brazzaville. Congo accused its neighbour of arming the rebels.")
    assert place_of(west, "Congo").country == "CG"
    alone = extract_text("Talks\n\nThe president of Congo accused Rwanda of arming the rebels.")
    assert place_of(alone, "Congo").country == "CD"  # no place to say: the country wire style calls Congo
