"""Place entities -> gazetteer entries (GeoNames cities, ISO 3166 countries and first-level
regions), offline, each with the evidence that chose it.

A name may be a country, a first-level region (a US state, a Canadian province, a Syrian
governorate) or a city, and the same name is often several of these in different countries
(Florida is a US state, a city in Cuba and a department of Uruguay). A place is put only in a
country the article gives a reason for, in this order:

1. the country or region written right after it: "Orlando, Florida", "Aleppo province, Syria";
2. a national capital ten times larger than every reading abroad is the capital, written bare
   the way a country is: Paris is not Paris, Texas, whatever else the article is about;
3. the article's support for each country the name could be in: the countries it names
   ("Syria", or a demonym: "Syrian rebels") and its other places, each read on its own
   ("Orlando" is in the US, so an article with Orlando supports the US); then the countries
   bordering those (Gaza beside Israel is the Palestinian one, not Mozambique's province);
4. with no support for any of them, the most populous reading: the US state of Florida, not
   the Cuban town. A region counts its largest city's people, or its country's people per
   region where that is more (Ontario, whose cities the gazetteer cannot tell).

A name that is a country is that country ("Lebanon" alone is not Lebanon, Pennsylvania), except
a country that is also a region of another country: "Georgia" is the US state when the
article's places inside the US (Atlanta, Florida) outnumber whatever else points at Georgia the
country or its neighbours (Tbilisi, "Georgian", Russia), and the country otherwise. Countries named only as countries do
not count for this ("the U.S. condemned the attack on Georgia"): the state needs US places.

Within the chosen country the reading in the region of the article's other places comes first
among readings of one kind (Portland in an article about Maine); the national capital comes
before a region (Washington, not Washington state), a city named like the region it lies in
before that region (Idlib, Aleppo), and a region before any other city. "<name> province /
governorate / state" is the region: the ISO region of that name, else the region around the
city of that name (Aleppo province), with the city's coordinates; "<name> County" is the US
county of that name, in no state at all where several states have one and nothing chooses. A
name the gazetteer does not hold (a village under 15,000 people) keeps the country of the place
written after it, with no coordinates. The evidence of each choice is kept on the Place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from newsgraph.extract.gazetteer import City, Gazetteer, Region, fold
from newsgraph.extract.lexicon import REGION_HEADS
from newsgraph.schema import Entity, Place

Reading = Region | City

# "the South", "the West Coast", "the Gulf": written as descriptions of a part of wherever the
# article is about, never as the proper name of Cameroon's South region or New Zealand's West Coast
DESCRIPTIVE_WORDS = frozenset(
    """
    north south east west northern southern eastern western northeast northwest southeast southwest
    north-east north-west south-east south-west central middle upper lower far coast gulf
    """.split()
)


@dataclass
class Support:
    """Why an article points at each country: the names that point there."""

    named: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # countries, demonyms
    places: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # other places in it
    regions: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # ISO 3166-2 -> places in it

    def score(self, country: str, name: str) -> int:
        """How many names other than ``name`` itself point at ``country``."""
        return sum(n != name for n in self.named.get(country, ())) + self.subnational(country, name)

    def subnational(self, country: str, name: str) -> int:
        return sum(n != name for n in self.places.get(country, ()))

    def nearby(self, country: str, name: str, g: Gazetteer) -> int:
        """How many names other than ``name`` point at a neighbour of ``country``: Gaza in an
        article about Israel is the Palestinian Gaza, not the Mozambican province."""
        neighbours = g.countries[country].neighbours if country in g.countries else frozenset()
        return sum(self.score(c, name) for c in neighbours)

    def in_region(self, region: str | None, name: str) -> int:
        return sum(n != name for n in self.regions.get(region, ())) if region else 0

    def why(self, country: str, name: str, g: Gazetteer) -> str:
        country_name = g.countries[country].name
        named = sorted({n for n in self.named.get(country, ()) if n != name})
        if named:
            written = [n for n in named if n != country_name][:3]
            return f"{country_name} named in article" + (f" (as {', '.join(written)})" if written else "")
        others = sorted({n for n in self.places.get(country, ()) if n != name})
        return f"other places in {country_name}: {', '.join(others[:3])}"


def _split_head(name: str) -> tuple[str, str | None]:
    """"Idlib province" -> ("Idlib", "province"); "Florida" -> ("Florida", None)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in REGION_HEADS:
        return " ".join(words[:-1]), words[-1].lower()
    return name, None


def _readings(name: str, g: Gazetteer) -> tuple[str | None, list[Reading]]:
    """The head word written and what the name may denote other than a country."""
    base, head = _split_head(name)
    if head == "county" and (counties := g.us_counties.get(fold(name))):
        return head, list(counties)
    key = fold(base)
    descriptive = all(word in DESCRIPTIVE_WORDS for word in key.split())
    regions: list[Reading] = [] if descriptive else list(g.regions.get(key, []))
    cities: list[Reading] = list(g.cities.get(key, []))
    if head is not None:  # a region: the ISO one if any country has it, else the one around the city
        return head, regions or cities
    return None, regions + cities


def _size(reading: Reading) -> int:
    """A reading's weight without context: how many people live there, as far as known."""
    return reading.population if isinstance(reading, City) else reading.size


def _region_code(reading: Reading, g: Gazetteer) -> str | None:
    """The ISO 3166-2 code of the first-level region a reading is or lies in, when known."""
    if isinstance(reading, Region):
        return reading.code
    region = g.region_of_admin1.get((reading.country_code, reading.admin1))
    return region.code if region else None


def _rank_within_country(
    name: str, reading: Reading, readings: list[Reading], head: str | None, support: Support, g: Gazetteer
) -> tuple[int, int, int]:
    # among readings of one kind, the one in the region the article's other places are in:
    # Portland in an article about Maine
    near = support.in_region(_region_code(reading, g), name)
    if isinstance(reading, Region):
        return (2 if head else 1, near, _size(reading))
    if head is None:
        if g.capitals.get(fold(reading.name)) == reading.country_code:
            return (3, near, reading.population)  # "Washington" is the capital, not the state
        if any(isinstance(r, Region) and (r.point == reading or r.admin1 == reading.admin1) for r in readings):
            return (2, near, reading.population)  # Idlib the city, in Idlib governorate
    return (0, near, reading.population)


def _choose(name: str, head: str | None, readings: list[Reading], support: Support, g: Gazetteer) -> tuple[Reading, str, bool]:
    """The reading the article supports best, why, and whether anything told it from readings
    that rank the same (30 US states have a Washington County; none is the most populous here)."""
    by_country: dict[str, list[Reading]] = defaultdict(list)
    for r in readings:
        by_country[r.country_code].append(r)
    scores = {c: (support.score(c, name), support.nearby(c, name, g)) for c in by_country}
    best = max(by_country, key=lambda c: (scores[c], max(_size(r) for r in by_country[c])))
    if scores[best][0] > 0:
        why = support.why(best, name, g)
    elif scores[best][1] > 0:
        why = f"neighbours of {g.countries[best].name} named in article"
    else:
        why = "largest population"
    ranks = {id(r): _rank_within_country(name, r, by_country[best], head, support, g) for r in by_country[best]}
    pick = max(by_country[best], key=lambda r: ranks[id(r)])
    settled = sum(rank == ranks[id(pick)] for rank in ranks.values()) == 1
    return pick, why, settled


def _comma_context(after: str | None, g: Gazetteer, scan: bool = False) -> list[tuple[str, str | None, str]]:
    """What "Orlando, Florida" or "Idlib, Syria" puts the name in: (country, GeoNames region
    code or None, the part as written) for each reading of the country or region written right
    after the comma; with ``scan``, of the first one in any later part ("al-Rashideen, a
    village near Aleppo, Syria"), for a name the gazetteer does not hold."""
    if not after:
        return []
    for part in after.split(",")[1:]:
        part = part.strip(" .")
        if not part:
            continue
        options: list[tuple[str, str | None, str]] = []
        if code := g.country_code(part):
            options.append((code, None, part))
        head, readings = _readings(part, g)
        options += [(r.country_code, r.admin1, part) for r in readings if head or isinstance(r, Region)]
        if options or not scan:
            return options
    return []


def _in_context(readings: list[Reading], context: list[tuple[str, str | None, str]]) -> list[Reading]:
    inside = [r for r in readings if any(r.country_code == c and (a is None or r.admin1 == a) for c, a, _ in context)]
    # GeoNames and ISO may draw another country's regions apart, so elsewhere a city in the country
    # will do; a US state (GeoNames' code for it is its postal code) is the whole truth: the
    # gazetteer's only Plymouth in the US (Minnesota's) is not "Plymouth, N.H."
    return inside or [r for r in readings if any(r.country_code == c and not (c == "US" and a) for c, a, _ in context)]


def _place(written: str, reading: Reading, head: str | None, why: str, g: Gazetteer, settled: bool = True) -> Place:
    country_name = g.countries[reading.country_code].name if reading.country_code in g.countries else reading.country_code
    region = _region_code(reading, g) if settled else None
    if isinstance(reading, Region):
        point = reading.point
        where = f"point: {reading.point_is}, {point.name}" if point else "no coordinates in the offline data"
        if reading.first_level:
            what = f"region {reading.code} of {country_name}"
        else:
            what = f"county in {reading.code}" if settled else f"a county of that name in several {country_name} states"
        return Place(
            written if head else reading.name.split(",")[0], None,
            point.latitude if point else None, point.longitude if point else None, reading.country_code,
            "region", None, reading.geonameid, f"{why}; {what}; {where}", region,
        )
    if head is not None:
        return Place(
            f"{reading.name} {head}", None, reading.latitude, reading.longitude, reading.country_code, "region", None, None,
            f"{why}; the {head} around {reading.name}, {country_name}; point: {reading.name}", region,
        )
    return Place(
        reading.name, None, reading.latitude, reading.longitude, reading.country_code, "city", reading.population,
        reading.geonameid, why, region,
    )


def _regions_elsewhere(name: str, code: str, g: Gazetteer) -> list[Region]:
    """Regions of other countries named like country ``code``: US-GA for Georgia. US-PR is
    Puerto Rico listed again under the US (its code repeats the country's), not another place."""
    return [r for r in g.regions.get(fold(name), ()) if r.country_code != code and not r.code.endswith("-" + code)]


# how many times larger than every reading abroad a capital must be to win bare: Paris (France)
# against Paris, Texas is 80 times larger; Tripoli (Libya) against Tripoli (Lebanon) only five
# times, so an article about Lebanon keeps its own Tripoli by the evidence of rule 3
CAPITAL_MARGIN = 10


def _national_capital(readings: list[Reading], g: Gazetteer) -> City | None:
    """The reading that is a national capital and far outnumbers every reading abroad: Paris,
    Moscow, Washington (Washington state is no rival: it is in the same country)."""
    cities = [r for r in readings if isinstance(r, City)]
    if not cities:
        return None
    top = max(cities, key=_size)
    if g.capitals.get(fold(top.name)) != top.country_code:
        return None
    abroad = [r for r in readings if r.country_code != top.country_code]
    return top if all(_size(r) * CAPITAL_MARGIN <= top.population for r in abroad) else None


def _first_level(readings: list[Reading]) -> list[Region]:
    return [r for r in readings if isinstance(r, Region) and r.first_level]


def _town_in(readings: list[Reading], context: list[tuple[str, str | None, str]]) -> bool:
    """Whether a reading is a town in the region written after the comma ("Washington, D.C.")."""
    return any(isinstance(r, City) and r.country_code == c and r.admin1 == a for r in readings for c, a, _ in context if a)


def _resolve(name: str, support: Support, g: Gazetteer, after: str | None, among_regions: bool = False) -> Place:
    context = _comma_context(after, g)
    code = g.country_code(name)
    head, readings = _readings(name, g)
    regions = _first_level(readings)
    if context and any(r.country_code == c for r in regions for c, _, _ in context) and not _town_in(readings, context):
        context = []  # "caucuses in Alaska, Hawaii and Washington": a list of states, not a town in one
    if among_regions and regions and code is None and head is None:
        # written as a state: "Alaska, Hawaii, and Washington", "Seattle, Washington"
        pick, why, settled = _choose(name, head, regions, support, g)
        return _place(name, pick, head, "written as a region: in a list of regions, or after a town in it", g, settled)
    if code is not None and (shared := g.shared_names.get(fold(name))):
        # "Congo" in a story from Brazzaville is the Republic's; with no other place to say, the
        # country wire style names so (the gazetteer's WIRE_COUNTRY_NAMES: the Democratic Republic)
        code = max(shared, key=lambda c: (support.score(c, name), c == code))  # (the two are neighbours: no "nearby")
    if code is not None:
        # "Lebanon, Pennsylvania"
        in_context = _in_context([r for r in readings if r.country_code != code], context) if context else []
        if in_context:
            pick, _, settled = _choose(name, head, in_context, support, g)
            return _place(name, pick, head, f"comma context ', {context[0][2]}'", g, settled)
        home = support.score(code, name) + support.nearby(code, name, g)
        # "Georgia" the US state: only where the article's places inside that country outnumber
        # whatever points at the country of the same name or at its neighbours ("Russia invaded
        # Georgia", in an article from Iowa)
        states = [r for r in _regions_elsewhere(name, code, g) if support.subnational(r.country_code, name) > home]
        if not states:
            return Place(g.countries[code].name, None, country=code, feature="country", evidence="country named in article")
        readings = states
    inside = _in_context(readings, context) if readings and context else []
    if inside:
        pick, _, settled = _choose(name, head, inside, support, g)
        return _place(name, pick, head, f"comma context ', {context[0][2]}'", g, settled)
    if readings and not context:
        if head is None and (capital := _national_capital(readings, g)):
            # a capital is written bare the way a country is: Paris is not Paris, Texas
            return _place(name, capital, None, "national capital", g)
        pick, why, settled = _choose(name, head, readings, support, g)
        return _place(name, pick, head, why, g, settled)
    # a name the gazetteer does not hold, or holds only outside the place written after it
    context = context or _comma_context(after, g, scan=True)
    country, admin1, written = context[0] if context else (None, None, None)
    region = g.region_of_admin1.get((country, admin1)) if admin1 else None
    return Place(
        name, None, country=country, feature="region" if head else "place",
        evidence=f"comma context ', {written}'" if context else None, region=region.code if region else None,
    )


# the next item of a list after a place: ", Hawaii", ", and Washington", " or Oregon"
_LIST_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)")


def _listed_with_regions(located: list[Entity], text_after: dict[str, str], g: Gazetteer) -> set[str]:
    """Names read as first-level regions by how they are written: in a list of regions ("in
    Alaska, Hawaii, and Washington"), or after a town in them ("Seattle, Washington")."""
    names = {e.name for e in located}
    listed: set[str] = set()
    for entity in located:
        after = text_after.get(entity.id) or ""  # from the comma after the place's first mention
        items, position = [], 0
        while (item := _LIST_ITEM.match(after, position)) and item.group(1) in names:
            items.append(item.group(1))
            position = item.end()
        context = _comma_context(after, g)
        if _town_in(_readings(entity.name, g)[1], context):
            # "Seattle, Washington": the region a town is put in is that region wherever it is
            # written again; "Washington, D.C." is a town in its region, not a list
            listed.update(written for _, admin1, written in context[:1] if admin1 and written in names)
            continue
        if not items:
            continue
        if all(_first_level(_readings(name, g)[1]) and g.country_code(name) is None for name in [entity.name, *items]):
            listed.update([entity.name, *items])  # "Washington, Ohio and Texas", "Alaska, Hawaii, and Washington"
    return listed


def lookup_place(name: str, countries_in_article: set[str], g: Gazetteer, after: str | None = None) -> Place:
    """The gazetteer entry for a place name; ``after`` is the text that follows it (", Syria")."""
    support = Support()
    for code in countries_in_article:
        support.named[code].append(g.countries[code].name if code in g.countries else code)
    return _resolve(name, support, g, after)


def resolve_places(entities: list[Entity], text_after: dict[str, str], g: Gazetteer) -> dict[str, Place]:
    """Entity id -> place, for every GPE, LOC and FAC entity of an article."""
    located = [e for e in entities if e.type in ("GPE", "LOC", "FAC")]
    support = Support()
    for e in entities:
        if e.type == "NORP" and (code := g.demonym_country(e.name)):
            support.named[code].append(e.name)
    for e in located:
        # Georgia supports neither Georgia nor the US until it is read in context
        if (code := g.country_code(e.name)) and not _regions_elsewhere(e.name, code, g):
            support.named[code].append(e.name)
    # each other place read on its own (its comma context, else its most populous reading)
    # says which countries the article is about
    for e in located:
        if g.country_code(e.name) is None and (own := _resolve(e.name, Support(), g, text_after.get(e.id))).country:
            support.places[own.country].append(e.name)
            if own.region:
                support.regions[own.region].append(e.name)
    listed = _listed_with_regions(located, text_after, g)
    places: dict[str, Place] = {}
    for entity in located:
        place = _resolve(entity.name, support, g, text_after.get(entity.id), entity.name in listed)
        place.entity_id = entity.id
        places[entity.id] = place
    return places
