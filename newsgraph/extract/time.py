"""Calendar dates for time expressions, anchored on the article's date.

News prose names days relative to publication: "said on Saturday" in an article of Saturday
2024-11-30 is that day, "on Thursday" is 2024-11-28 — the latest such weekday on or before the
article date.

Time expressions get TIMEX3 values the way HeidelTime normalises news: the reference time is the
article date, or the date last mentioned for anaphoric phrases ("that year", "a year earlier",
"the next day", "the previous Friday", "at 7 p.m." without its day); the tense of the governing
verb picks the year of a bare month or the week of a weekday;
"now" is PRESENT_REF, "the future" FUTURE_REF; seasons are YYYY-SU, quarters YYYY-Q3, halves
YYYY-H1, decades 199 and centuries 19 (TIMEX3 truncates the unknown digits); "each week" is
a SET P1W, "each Thursday" XXXX-WXX-4.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsgraph.clean.dates import FULL_DATE_RE, MONTHS, WEEKDAYS
from newsgraph.extract.lexicon import SPEECH_NOUNS, STATEMENT_NOUNS
from newsgraph.extract.nlp import entity_at, is_infinitive, text_of

_MONTH_DAY_RE = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b")  # "Nov. 12", "November 12th"


def resolve_date(expression: str, anchor: date | None) -> str | None:
    """ISO date for a day-level expression ("Saturday", "yesterday", "Nov. 28"), or None."""
    text = expression.strip().lower()
    full = FULL_DATE_RE.search(expression)
    if full:
        month = full.group("m1") or full.group("m2")
        day = full.group("d1") or full.group("d2")
        year = full.group("y1") or full.group("y2")
        try:
            return date(int(year), MONTHS[month.lower().rstrip(".")], int(day)).isoformat()
        except ValueError:
            return None
    if anchor is None:
        return None
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return anchor.isoformat()
    if text in ("yesterday", "last night"):
        return (anchor - timedelta(days=1)).isoformat()
    words = text.split()
    for i, word in enumerate(words):
        if word in WEEKDAYS:
            back = (anchor.weekday() - WEEKDAYS.index(word)) % 7
            if back == 0 and i > 0 and words[i - 1] == "last":
                back = 7
            return (anchor - timedelta(days=back)).isoformat()
    md = _MONTH_DAY_RE.search(expression)
    if md and md.group("m").lower() in MONTHS:
        try:
            found = date(anchor.year, MONTHS[md.group("m").lower()], int(md.group("d")))
        except ValueError:
            return None
        if found > anchor + timedelta(days=7):  # "Dec. 30" in a January article is last year's
            found = found.replace(year=found.year - 1)
        return found.isoformat()
    return None


# "said Sunday evening" and "said last night" are days the model tags as times
TIME_OF_SAYING = frozenset({"DATE", "TIME"})


def date_of_clause(verb: Token, exclude: set[int], anchor: date | None) -> str | None:
    """A date said of the reporting act itself: "said on Saturday", "told reporters Tuesday"."""
    nodes = [verb]
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        nodes.append(verb.head)
    for node in nodes:
        for child in node.children:
            if child.i in exclude:
                continue
            target = None
            if child.dep_ == "prep" and child.lower_ in ("on", "at"):  # "said at 3 p.m. Tuesday"
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in TIME_OF_SAYING:
                target = child
            if target is not None and target.ent_type_ in TIME_OF_SAYING:
                ent = entity_at(target) or target.doc[target.i : target.i + 1]
                first = ent.start
                while first > target.left_edge.i and target.doc[first - 1].ent_type_ in TIME_OF_SAYING:
                    first -= 1  # "Sunday evening": two entities, one phrase
                ent = target.doc[first : ent.end]
                resolved = _day_ahead(ent, anchor) or resolve_date(ent.text, anchor)
                if resolved:
                    return resolved
    return None


def _day_ahead(mention: Span, anchor: date | None) -> str | None:
    """The day a clause in the future tense names ("will campaign in Orlando on Friday"), read as
    its time expression is; a report of what was said or done looks back."""
    if anchor is None or _tense_of_clause(mention) != "FUTURE":
        return None
    value = normalize_timex(mention.text, anchor, "FUTURE")[1]
    return value if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) else None


# -- time expressions ---------------------------------------------------------------------

SMALL_NUMBERS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "couple": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = frozenset({*SMALL_NUMBERS, *TENS, "hundred", "thousand"})
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# unit word -> (TIMEX3 duration letter, is a time-of-day unit)
UNITS = {
    "year": ("Y", False), "years": ("Y", False), "month": ("M", False), "months": ("M", False),
    "week": ("W", False), "weeks": ("W", False), "day": ("D", False), "days": ("D", False),
    "decade": ("DE", False), "decades": ("DE", False), "century": ("CE", False), "centuries": ("CE", False),
    "quarter": ("Q", False), "quarters": ("Q", False),
    "hour": ("H", True), "hours": ("H", True), "minute": ("M", True), "minutes": ("M", True),
    "seconds": ("S", True),
}
CALENDAR_UNITS = frozenset({"year", "month", "week", "day", "decade", "century"})
VAGUE = frozenset({"few", "several", "recent", "many", "some", "coming", "past"})
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI",
    "midmorning": "MO", "midafternoon": "AF",
}
REFERENCES = {
    "current": "PRESENT_REF", "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF", "present": "PRESENT_REF",
    "the past": "PAST_REF", "recently": "PAST_REF", "more recently": "PAST_REF", "until recently": "PAST_REF",
    "a long time ago": "PAST_REF",
    "earlier": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "at the time": "PAST_REF", "the time": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "soon": "FUTURE_REF", "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}
# a time expression left without a value must still name a time to be one ("the night",
# "centuries"); stray pieces of the model's entities ("45 to 42", "as long as") do not
TIME_WORDS = frozenset({
    *UNITS, *WEEKDAYS, *(m for m in MONTHS if len(m) > 3), *SEASONS, *PARTS_OF_DAY, "century", "centuries",
    "millennium", "era", "time", "times", "weekend", "weekends", "season", "seasons", "today", "tomorrow", "yesterday",
    "ago", "date", "period", "periods", "term", "now", "currently", "present", "past", "future", "recently",
    "earlier", "previously", "formerly", "soon", "nowadays", "noon", "midnight",
})
# words before the expression proper that change its mod, not its value
LEADING_MODS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "early": "START", "the beginning of": "START", "the start of": "START", "mid": "MID", "the middle of": "MID",
    "late": "END", "the end of": "END", "the close of": "END",
}
LEADING_WORDS = (
    "in", "on", "at", "since", "by", "until", "till", "during", "for", "from", "within", "through", "of", "both",
    "as early as", "as late as", "sometime", "just", "only", "its", "their", "a full",
)
_LEADING_RE = re.compile(
    r"^(?:(?:the\s+)?(?P<mod>" + "|".join(sorted(map(re.escape, LEADING_MODS), key=len, reverse=True)) + r")[\s-]+"
    r"|(?:" + "|".join(sorted(map(re.escape, LEADING_WORDS), key=len, reverse=True)) + r")\s+)"
)
_YEAR_RE = re.compile(r"\b((?:1[0-9]|20)\d\d)\b")
_CLOCK_RE = re.compile(r"\b(?:(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?|(noon|midday|midnight))")
_SPOKEN_YEAR_RE = re.compile(r"\b(nineteen|twenty)[\s-]+((?:" + "|".join(TENS) + r")(?:[\s-]+\w+)?|" + "|".join(SMALL_NUMBERS) + r")\b|\btwo thousand(?:[\s-]+and)?(?:[\s-]+(\w+))?\b")
# TimeML writes "daily" as the SET P1D (the TIMEX3 examples of TimeML 1.2.1); "annual" and
# "seasonally" mostly name a kind of thing ("annual meeting", "seasonally adjusted"), not a time,
# and so does "quarterly" before a noun ("a quarterly dividend", which TimeBank leaves out), not
# after a verb ("will meet quarterly")
FREQUENCY_WORDS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
    "yearly": "P1Y", "annually": "P1Y",
}
_FREQUENCY_ADJECTIVES = frozenset({"annual", "seasonally"})
# how often, counted: "twice a day", "three times a week", "once per month" (TimeML's SET with a freq)
# ("five days a week", "three nights a week": so many of the week's days, P1W)
_TIMES_PER_UNIT_RE = re.compile(
    r"\b(?:once|twice|(?:\d+|\w+) (?:times|days|nights|mornings|afternoons|evenings)) (?:a|an|per|each) (?:hour|day|week|month|year)\b", re.IGNORECASE)
# how long, without an amount: "stay for a while", "in the region for some time" (TimeML's PXX)
_UNSPECIFIED_DURATION = r"(?:a while|some time|a (?:\w+ )?(?:long|lengthy) (?:period|time))"
# how long, counted: "20 more years", "several quarters", "over a week"; ages ("37 years
# old") and rates ("$500 million a year", "four flights a week") are no time expressions
_COUNTED_DURATION = (
    r"(?:\d+|" + "|".join(w for w in SMALL_NUMBERS if w not in ("zero", "a", "an", "one", "couple")) + r"|several|few)"
    r"(?: more| additional)? (?:years|months|weeks|days|quarters|decades)(?![\s-]+old)"
    r"|(?:(?<=\bover )|(?<=\bwithin ))an? (?:year|month|week|day)"
)
# a duration counted in several units, one expression in TimeML: "4 hours and 55 minutes" (PT4H55M),
# "2 hours, 3 minutes, 41 seconds", "three years and six months"
_COUNT = r"(?:\d+|" + "|".join(w for w in SMALL_NUMBERS if w not in ("zero", "couple")) + r")"
_COMPOUND_PART = _COUNT + r" (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
COMPOUND_DURATION_RE = re.compile(rf"\b{_COMPOUND_PART}(?:(?:,| and|, and) {_COMPOUND_PART})+\b", re.IGNORECASE)
_DATE_PART_ORDER = "YMWD"
_TIME_PART_ORDER = "HMS"


def _compound_duration(lower: str) -> str | None:
    """ "4 hours and 55 minutes" PT4H55M: the counts of descending units, each unit once."""
    date_parts: list[str] = []
    time_parts: list[str] = []
    for count, unit_word in re.findall(rf"({_COUNT}) (years?|months?|weeks?|days?|hours?|minutes?|seconds?)", lower):
        number = parse_number([count])
        unit, time_unit = UNITS.get(unit_word, UNITS.get(unit_word + "s", ("S", True)))
        if number is None:
            return None
        (time_parts if time_unit else date_parts).append(f"{number}{unit}")
    units = [p[-1] for p in date_parts] + ["T" + p[-1] for p in time_parts]  # months and minutes are both M
    orders = [_DATE_PART_ORDER.index(p[-1]) for p in date_parts] + [len(_DATE_PART_ORDER) + _TIME_PART_ORDER.index(p[-1]) for p in time_parts]
    if len(set(units)) != len(units) or orders != sorted(orders):
        return None
    return "P" + "".join(date_parts) + ("T" + "".join(time_parts) if time_parts else "")


def _compound_durations(text: str) -> list[re.Match]:
    return [m for m in COMPOUND_DURATION_RE.finditer(text) if _compound_duration(m.group(0).lower())]


# phrases the small model leaves out of its DATE entities
EXTRA_TIMEX_RE = re.compile(
    r"\b(?:the (?:past|last) (?:couple of|few|several|\w+) (?:days|weeks|months|years)"
    r"|recent (?:days|weeks|months|years)|the past|this weekend|last (?:night|week|month|year)"
    r"|(?<=\bat )the time(?! of\b)|right now|now|currently|recently|these days|nowadays|as soon as possible|(?<!too )soon(?! (?:after|as)\b)|the (?:near |distant )?future|the (?:near|short|long) term"
    # "current" dates what it modifies to the present ("current market conditions", TimeBank's PRESENT_REF);
    # "the current year" is the model's, "current assets" an accounting class
    r"|current(?! (?:fiscal |calendar )?(?:year|quarter|period|month|week|season|term|accounts?|assets|liabilities)\b)"
    # a season the model leaves out ("exercise that right this fall", "starting work in the fall"),
    # not a drop ("the fall of the regime", "in the fall in prices")
    r"|(?:this|last|next|that|the (?:following|next|previous)) (?:fall|autumn|spring|summer|winter)(?! (?:of|in)\b)|(?<=\b(?:in|by) )the (?:fall|autumn|spring|summer|winter)(?! (?:of|in)\b)"
    r"|(?:every|each) (?:day|week|month|year|spring|summer|fall|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)|(?<![\w-])weekends|(?:earlier|later) (?:today|tonight|this (?:morning|afternoon|evening|week|month|year))|mid-(?:1[0-9]|20)\d\d|the (?:latest|year-ago|year-earlier|(?:1[0-9]|20)\d\d) (?:period|quarter)|(?<=\bfor )" + _UNSPECIFIED_DURATION + r"|" + _COUNTED_DURATION + r"|" + "|".join(FREQUENCY_WORDS) + r")\b",
    re.IGNORECASE,
)
# the deictic days and the middles of a day, which the model leaves out now and then ("'Today
# the team won,'", "by midafternoon")
DEICTIC_DAY_RE = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|mid-?(?:morning|afternoon))\b", re.IGNORECASE)
# a capitalised deictic day after a name or "the" is a title: "USA Today", "the Today show"
_TITLE_BEFORE_RE = re.compile(r"(?:\b[A-Z]\w*|\b(?:[A-Z]\.){2,}|\bthe|['’]s)[ \t]+[“\"]?$")
# a year or a decade written with its last two digits: "in ’08 and ’12", "the class of '99", "the ’90s"
SHORT_YEAR_RE = re.compile(r"(?<![\w’'‘])[’'‘](\d\d)(s?)\b(?![’'‘]?\w)")
_MONTH_WORD = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + ")"
_MONTH_NAME = _MONTH_WORD + r"\.?"
_WEEKDAY_NAME = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
# dates the small model misses now and then: "March 1, 2011", "Oct. 15", "March 1996"
MONTH_DATE_RE = re.compile(
    rf"\b{_MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:1[0-9]|20)\d\d\b)?|(?:of\s+)?(?:1[0-9]|20)\d\d\b)"
    # "the last Friday in August": one day, which the model splits in two
    rf"|\b(?:first|second|third|fourth|last) {_WEEKDAY_NAME} (?:in|of) {_MONTH_WORD}\b"
)
# a weekday or a month written out is a time expression wherever it stands ("The court Friday
# rejected", "worth $130 million in October"); the small model leaves some out. "May" counts
# only where a preposition, a modifier or a day number marks it as the month.
NAMED_DAY_RE = re.compile(
    r"\b(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r"|January|February|March|April|June|July|August"
    r"|September|October|November|December"
    r"|May\b(?:" + "|".join(rf"(?<=\b{w} May)" for w in ("in", "of", "by", "since", "until", "through", "early", "late", "last", "next", "this", "from")) + r"|(?<=mid-May)|(?= \d)))\b"
)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth Monday (weekday 0) of a month; nth -1 the last one."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = _shift_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# TIMEX3 gives a holiday the date it falls on in the year the text means; those of the US calendar
# that news names by name (the day of an independence differs from country to country)
HOLIDAYS = {
    "new year's day": lambda year: date(year, 1, 1),
    "valentine's day": lambda year: date(year, 2, 14),
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "halloween": lambda year: date(year, 10, 31),
    "election day": lambda year: _nth_weekday(year, 11, 0, 1) + timedelta(days=1),  # the Tuesday after the first Monday
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    # the day most states hold their presidential primaries: the first Tuesday of March since 2012
    "super tuesday": lambda year: _nth_weekday(year, 3, 1, 1),
    "christmas eve": lambda year: date(year, 12, 24),
    "christmas": lambda year: date(year, 12, 25),
    "new year's eve": lambda year: date(year, 12, 31),
}
_HOLIDAY_RE = re.compile(r"\b(?:new year's (?:day|eve)|valentine's day|memorial day|labor day|halloween|election day|super tuesday|thanksgiving|christmas(?: eve)?)\b")
HOLIDAY_NAME_RE = re.compile(
    r"\b(?:New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Memorial Day|Labor Day|Halloween|Election Day|Super Tuesday|Thanksgiving(?: Day)?|Christmas(?: Eve| Day)?)\b"
)
_LEADING_PREPOSITION_RE = re.compile(r"(?:(?:in|over|during|for|just|only|barely|between)\s+)+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|')$")
_LEFT_WORDS_RE = re.compile(r"\b(?:each|every(?: other)?|this|last|next|noon|midnight|the (?:following|previous))\s+$", re.IGNORECASE)
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
_THAT_BEFORE_RE = re.compile(r"\b[Tt]hat\s+$")
# what makes "last" the verb, not the adjective: "expected to last four years", "would last a week"
_BEFORE_VERB_RE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|does|did|do|n't)\s+$", re.IGNORECASE)
# a conjunction the model left at the end ("two hours or", "a year or")
_TRAILING_CONJUNCTION_RE = re.compile(r"\s+(?:or|and)$")
# words that make a clock time a habit's, on no one day: TimeML's "XXXX-XX-XXT16:00"
HABITUAL_WORDS = frozenset({"every", "each", "daily", "nightly", "often", "usually", "typically", "routinely", "always"})


def _habitual(verb: Token | None) -> bool:
    """Whether a clause says what is done again and again: "publishes figures every afternoon",
    "often stayed until 2 a.m.", "in each case, the thieves smashed ..." (its own words and theirs)."""
    return verb is not None and any(
        t.lower_ in HABITUAL_WORDS for child in verb.children if child.dep_ not in ("relcl", "ccomp", "advcl", "conj") for t in (child, *child.children)
    )
_RIGHT_WORDS_RE = re.compile(r"^\s+(?:morning|afternoon|evening|night)s?\b", re.IGNORECASE)
# a clock time and the day it falls on are one expression: "5 p.m. EST, Nov. 9", "mid-afternoon yesterday"
_CLOCK_OR_PART_RE = re.compile(_CLOCK_RE.pattern + r"|\b(?:morning|afternoon|evening|night)\b", re.IGNORECASE)
_DAY_RE = re.compile(
    r"^(?:yesterday|today|tomorrow|" + "|".join(WEEKDAYS) + r"|" + _MONTH_NAME + r"\s+\d{1,2}\b)", re.IGNORECASE
)
_WEEKDAY_RE = re.compile("|".join(w.capitalize() for w in WEEKDAYS))
# "next Tuesday and Wednesday": the second weekday is next week's too
_COORDINATED_RELATION_RE = re.compile(rf"\b(next|last|this) {_WEEKDAY_NAME},? (?:and|or) $", re.IGNORECASE)
# "the year ended March 31" is two expressions: the year (P1Y) and its last day
_ENDED_RE = re.compile(r"\s+(?:ended|ending|ends|that ended)\s+")
_ENDED_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:that |which )?(?:ended|ending|ends)\s+(?:on\s+)?")
_PART_OF_RE = re.compile(r"(?P<period>(?:the )?(?:first|last|latest|past) \w+ (?:months|weeks)) of (?P<whole>.+)$", re.IGNORECASE)
_YEAR_LIST_RE = re.compile(r"(?:(?:1[0-9]|20)\d\d(?:,?\s+(?:and|or)\s+|,\s*)?)+(?:\s+(?:and|or))?")
_RANGE_RE = re.compile(r"^(?:between |from )?(?P<a>.+?)\s+(?:to|through|and|or|than|until|-)\s+(?P<b>.+)$", re.IGNORECASE)

Normalised = tuple[str, str | None, str | None, tuple[str, str] | None]


@dataclass
class Timex:
    """A time expression with a TIMEX3-style value: "2024-11-30", "2024-W48", "P2D", "PXM"."""

    text: str
    start: int  # character offsets in the Doc
    end: int
    type: str  # DATE, DURATION, TIME, SET
    value: str | None
    mod: str | None = None  # "START" for "since 2011", "PAST" for "over the past couple of days"
    range: tuple[str, str] | None = None


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _quarter(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _words(text: str) -> list[str]:
    # "6,300 hours" is one number
    return [w.replace(",", "") for w in re.findall(r"[a-z]+|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?", text.lower())]


def parse_number(words: list[str]) -> int | None:
    """The first number written in words or digits: "twenty four" 24, "a hundred" 100, "two thousand" 2000."""
    total = current = 0
    seen = False
    for i, word in enumerate(words):
        previous_word, next_word = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
        # "an extraordinary 76 minutes", "a further two years": the article only introduces the number
        counted_after = next_word not in UNITS and i + 2 < len(words) and (words[i + 2].isdigit() or words[i + 2] in NUMBER_WORDS)
        if word.isdigit():
            current += int(word)
        elif word in ("a", "an") and (next_word in NUMBER_WORDS or counted_after):
            continue  # "a couple", "a dozen", "a hundred": the article counts nothing itself
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif seen and (word == "of" or (word == "and" and previous_word in ("hundred", "thousand"))) and next_word not in ("a", "an"):
            continue  # "one hundred and five"; "two and a half" and "two and four" stop at two
        elif seen:
            break
        else:
            continue
        seen = True
    return total + current if seen else None


def _spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" 1996, "two thousand" 2000 (broadcast transcripts spell years out)."""
    m = _SPOKEN_YEAR_RE.search(text)
    if not m:
        return None
    if m.group(1):
        rest = parse_number(re.split(r"[\s-]+", m.group(2)))
        return None if rest is None else SMALL_NUMBERS.get(m.group(1), TENS.get(m.group(1), 0)) * 100 + rest
    return 2000 + (parse_number([m.group(3)]) or 0 if m.group(3) else 0)


def _choose_year(month: int, day: int | None, anchor: date, tense: str | None, relation: str | None) -> int:
    """Year of a month (and day) written without one: "last June", "Dec. 15 will", "in January"."""
    when, today = (month, day or 0), (anchor.month, anchor.day if day else 0)
    if relation == "this":
        return anchor.year
    if relation == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if relation == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    months_ahead = month - anchor.month
    # a date within a few months either side is this year whatever the verb: a day is often a
    # deadline or a payment set in the past ("was extended to Nov. 16", "declared a dividend
    # payable Dec. 1"); a month alone is when something was or will be done, which the tense
    # puts behind or ahead ("were indicted in April", written in February)
    near = -3 <= months_ahead <= 3 and not (day is None and (months_ahead > 0 if tense == "PAST" else months_ahead < 0))
    if tense == "PAST" and not near:
        return anchor.year if when <= today else anchor.year - 1
    if tense == "FUTURE" and not near:
        return anchor.year if when >= today else anchor.year + 1
    if months_ahead > 6:
        return anchor.year - 1
    if months_ahead < -6:
        return anchor.year + 1
    return anchor.year


def _relation(words: list[str]) -> str | None:
    if "last" in words or "past" in words or "previous" in words or "prior" in words or "ago" in words:
        return "last"
    if "next" in words or "coming" in words or "following" in words:
        return "next"
    if "this" in words or "current" in words:
        return "this"
    return None


def _year_of_phrase(words: list[str], text: str, anchor: date | None, reference: str | None) -> int | None:
    """The year an expression names: written out, spoken, "this/last/next year", "that year"."""
    written = _YEAR_RE.search(text)
    if written:
        return int(written.group(1))
    spoken = _spoken_year(text)
    if spoken:
        return spoken
    if "year" in words:
        if "that" in words and reference and reference[:4].isdigit():
            return int(reference[:4])
        if anchor is not None:
            step = {"last": -1, "next": 1}.get(_relation(words) or "", 0)
            return anchor.year + step
    return None


def _weekday_value(words: list[str], anchor: date, tense: str | None, reference: str | None) -> str | None:
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if weekday is None:
        return None
    if any(w in ("previous", "prior", "following") for w in words) and reference and re.fullmatch(r"\d{4}-\d\d-\d\d", reference):
        anchor = date.fromisoformat(reference)  # "the previous Friday" counts from the day in talk
    back = (anchor.weekday() - weekday) % 7
    relation = _relation(words)
    if relation == "this":
        # the day of the week in talk, unless the tense says it lies the other way ("is to meet
        # this Thursday", said on a Sunday, is the one ahead)
        day = anchor + timedelta(days=weekday - anchor.weekday())
        if tense in ("FUTURE", "PRESENT") and day < anchor:
            day += timedelta(weeks=1)
        elif tense == "PAST" and day > anchor:
            day -= timedelta(weeks=1)
        return day.isoformat()
    # news reports what happened in the past tense; a weekday in the present tense is scheduled
    # ("they meet Monday", "is to resume trading Tuesday")
    if relation == "next" or (relation is None and tense in ("FUTURE", "PRESENT")) or "coming" in words:
        ahead = (weekday - anchor.weekday()) % 7 or (7 if relation == "next" else 0)
        return (anchor + timedelta(days=ahead)).isoformat()
    if relation == "last" and back == 0:
        back = 7
    return (anchor - timedelta(days=back)).isoformat()


def _day_value(text: str, words: list[str], anchor: date | None, tense: str | None, reference: str | None) -> str | None:
    """A calendar day: a full date, "Nov. 9" (year by tense), a weekday, today/yesterday/tomorrow."""
    full = FULL_DATE_RE.search(text)
    if full:
        return resolve_date(full.group(0), anchor)
    if anchor is None:
        return None
    if "yesterday" in words:
        return (anchor - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (anchor + timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words or ("this" in words and any(w in PARTS_OF_DAY for w in words)):
        return anchor.isoformat()
    md = _MONTH_DAY_RE.search(text) or re.search(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]{2,8})\b", text)
    if md and md.group("m").lower() in MONTHS:
        month, day = MONTHS[md.group("m").lower()], int(md.group("d"))
        # "March 3 this year", "June 5 last year" take the year the phrase names
        year = _year_of_phrase(words, text, anchor, reference) if _YEAR_RE.search(text) or words[-1] == "year" else None
        try:
            return date(year or _choose_year(month, day, anchor, tense, None), month, day).isoformat()
        except ValueError:
            return None
    return _weekday_value(words, anchor, tense, reference)


def _time_of_day(text: str, words: list[str], anchor: date | None, tense: str | None, reference: str | None) -> Normalised | None:
    """ "5 p.m. Thursday" 2024-11-28T17:00, "this morning" 2024-11-30TMO, "last night" ...TNI;
    "at 7 p.m." and "in the morning" fall on the day in talk, the article's if none is."""
    clock = _CLOCK_RE.search(text.lower())
    part = next((PARTS_OF_DAY[w] for w in words if w in PARTS_OF_DAY), None)
    if clock is None and part is None:
        return None
    day = _day_value(text, words, anchor, tense, reference)
    if day is None and anchor is not None and words[:2] == ["last", "night"]:
        day = (anchor - timedelta(days=1)).isoformat()
    # the day in talk, also when it was last named with a time ("at 10 a.m. ... through the morning")
    if day is None and (clock is not None or words[0] in ("the", "that")) and reference and re.match(r"\d{4}-\d\d-\d\d(?:$|T)", reference):
        day = reference = reference[:10]
        step = 1 if {"following", "next"} & set(words) else -1 if {"previous", "preceding"} & set(words) else 0
        if step:  # "the following morning", "the previous evening": the day after or before the one in talk
            day = (date.fromisoformat(reference) + timedelta(days=step)).isoformat()
    if day is None and anchor is not None and (clock is not None or words[0] not in ("the", "a", "an")):
        day = anchor.isoformat()
    if day is None:
        return "TIME", None, None, None
    if clock is None:
        return "TIME", f"{day}T{part}", None, None
    if clock.group(4):
        hour, minute = (12, 0) if clock.group(4) != "midnight" else (24, 0)
    else:
        hour, minute = int(clock.group(1)) % 12 + (12 if clock.group(3) == "p" else 0), int(clock.group(2) or 0)
    return "TIME", f"{day}T{hour:02d}:{minute:02d}", None, None


def _quarter_or_half(text: str, words: list[str], anchor: date | None, tense: str | None, reference: str | None) -> str | None:
    """ "the third quarter" 1989-Q3, "the year-ago quarter" 1988-Q3, "the first half of 1990" 1990-H1;
    "the quarter" and "the latest period" are the quarter last mentioned, else the last one ended."""
    half = re.search(r"\b(first|second|last) half\b", text.lower())
    if half:
        year = _year_of_phrase(words, text, anchor, reference)
        return f"{year}-H{1 if half.group(1) == 'first' else 2}" if year else None
    if anchor is None or not any(w in ("quarter", "period") for w in words):
        return None
    year_ago = bool(re.search(r"\byear[\s-](?:ago|earlier)\b|\b(?:last|previous) year\b", text.lower()))
    ordinal = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    if ordinal is None and re.search(r"\b(?:final|last) quarter of\b", text.lower()):
        ordinal = 4  # "the final quarter of 1997", "the last quarter of last year"
    if ordinal:
        year = _year_of_phrase(words, text, anchor, reference) or _quarter_year(ordinal, anchor, tense)
        # "a year ago" counts back in _year_of_phrase, "the year-earlier third quarter" here
        return f"{year - 1 if 'earlier' in words and not _YEAR_RE.search(text) else year}-Q{ordinal}"
    referred = reference if reference and re.fullmatch(r"\d{4}-Q\d", reference) else None
    year, quarter = _quarter(anchor)
    # a report on a quarter names the one just ended, before any is mentioned
    last_ended = year * 4 + quarter - 2
    written_year = _YEAR_RE.search(text)
    if written_year and (referred or "quarter" in words):  # "the 1988 quarter": the quarter in talk, that year
        return f"{written_year.group(1)}{referred[4:] if referred else f'-Q{last_ended % 4 + 1}'}"
    if written_year:
        return written_year.group(1)
    if year_ago:
        return f"{int(referred[:4]) - 1}{referred[4:]}" if referred else f"{last_ended // 4 - 1}-Q{last_ended % 4 + 1}"
    relation = _relation(words)
    if relation == "this" and "period" not in words:
        return f"{year}-Q{quarter}"
    if referred and relation is None:
        return referred
    index = last_ended + (2 if relation == "next" else 0)
    return f"{index // 4}-Q{index % 4 + 1}"


def _quarter_year(ordinal: int, anchor: date, tense: str | None) -> int:
    """The year of a quarter named without one, picked like a bare month's: a quarter not yet begun
    is last year's when the clause is past ("posted a profit in the third quarter" in February) or
    when it begins more than half a year ahead ("profits for the fourth quarter" in January).
    A report on the quarter just ended is announced in the future tense; a quarter that ended
    longer ago than that lies ahead in it ("will cut 900 jobs by the end of the first quarter" in
    November)."""
    months_ahead = 3 * ordinal - 2 - anchor.month
    if tense == "FUTURE" and anchor.month - 3 * ordinal > 3:
        return anchor.year + 1
    return anchor.year - 1 if months_ahead > 6 or (months_ahead > 0 and tense == "PAST") else anchor.year


def _holiday(lower: str, words: list[str], anchor: date | None, tense: str | None) -> str | None:
    """ "Thanksgiving" 1999-11-25, "last Christmas": the holiday's day, its year by relation, then tense."""
    name = _HOLIDAY_RE.search(lower.replace("’", "'"))
    if name is None:
        return None
    rule = HOLIDAYS[name.group(0)]
    written = _YEAR_RE.search(lower)
    if written:
        return rule(int(written.group(1))).isoformat()
    if anchor is None:
        return None
    this_year, relation = rule(anchor.year), _relation(words)
    if relation == "last":
        return (this_year if this_year < anchor else rule(anchor.year - 1)).isoformat()
    if relation == "next":
        return (this_year if this_year > anchor else rule(anchor.year + 1)).isoformat()
    return rule(_choose_year(this_year.month, this_year.day, anchor, tense, relation)).isoformat()


_NTH_WEEKDAY_RE = re.compile(r"\b(first|second|third|fourth|last) (" + "|".join(WEEKDAYS) + r") (?:in|of) ")


def _nth_weekday_of_month(lower: str, text: str, words: list[str], anchor: date | None, tense: str | None, reference: str | None) -> str | None:
    """ "the first Tuesday in March", "the last Monday of May": that day of the month, whose year
    is picked as a bare month's."""
    nth = _NTH_WEEKDAY_RE.search(lower)
    month = _month(text, words, anchor, tense, reference) if nth else None
    if month is None:
        return None
    count = -1 if nth.group(1) == "last" else ORDINALS[nth.group(1)]
    return _nth_weekday(int(month[:4]), int(month[5:7]), WEEKDAYS.index(nth.group(2)), count).isoformat()


def _season(words: list[str], text: str, anchor: date | None, tense: str | None, reference: str | None) -> str | None:
    """ "last summer", "this winter", "the fall of 1998": YYYY-SU, YYYY-WI (a winter is the year
    of its December), picked like a month: by relation, then by tense."""
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is None:
        return None
    if _YEAR_RE.search(text) or _spoken_year(text) or ("year" in words and anchor is not None):  # "the spring of last year"
        return f"{_year_of_phrase(words, text, anchor, reference)}-{season}"
    first = SEASON_FIRST_MONTH[season]
    if words[0] == "that" or words[0] == "the" and len(words) > 2 and words[1] in ("following", "next", "previous"):
        # "in 2012 ... that fall", "indicted in 1974 ... the following spring": the season of the
        # date in talk, or the one after or before it
        if reference and reference[:4].isdigit():
            year = int(reference[:4])
            month = int(reference[5:7]) if re.match(r"\d{4}-\d\d", reference) else None
            if words[0] == "that":
                return f"{year}-{season}"
            if words[1] == "previous":
                return f"{year - 1 if month is None or month <= first else year}-{season}"
            return f"{year + 1 if month is None or month >= first else year}-{season}"
    if anchor is None:
        return None
    latest = anchor.year if anchor.month >= first else anchor.year - 1  # the last one to have begun
    under_way = (anchor.year - latest) * 12 + anchor.month - first < 3
    relation = _relation(words)
    if relation == "this":
        # this year's ("this fall" in February is the coming one); a winter is its December's
        # year, so "this winter" in spring is the one just past
        return f"{anchor.year - 1 if season == 'WI' and anchor.month <= 5 else anchor.year}-{season}"
    if relation == "last":
        return f"{latest - 1 if under_way else latest}-{season}"
    if relation == "next":
        return f"{latest + 1}-{season}"
    if relation is None and tense == "PAST":
        return f"{latest}-{season}"
    if relation is None and tense == "FUTURE":
        return f"{latest if under_way else latest + 1}-{season}"
    # no relation or tense to go by: the nearest one, as for a bare month ("the fall" in February
    # is last fall, "the spring" in October next spring; a winter is the year of its December)
    return f"{_choose_year(first, None, anchor, None, None)}-{season}"


def _month(text: str, words: list[str], anchor: date | None, tense: str | None, reference: str | None) -> str | None:
    """ "March 1996" 1996-03, "last June", "early December" (year by relation, then tense), "June of that year", "that November"."""
    name = re.search(rf"\b{_MONTH_NAME}(?!\w)", text)
    if name is None:
        return None
    month = MONTHS[name.group(0).lower().rstrip(".")]
    year = _year_of_phrase(words, text, anchor, reference) if (_YEAR_RE.search(text) or _spoken_year(text) or "year" in words) else None
    if year is None and words[0] == "that" and reference and reference[:4].isdigit():
        year = int(reference[:4])  # "In 1972 ... that November"
    if year is None and anchor is not None:
        year = _choose_year(month, None, anchor, tense, _relation(words))
    return f"{year}-{month:02d}" if year else None


def _short_year(digits: str, anchor: date | None) -> str:
    """ "’08" written in 2016 is 2008, "'99" 1999: the latest year with those digits that is not
    more than a few years past the article's (a campaign looks ahead to "’20")."""
    base = (anchor.year if anchor is not None else date.today().year) + 5
    year = base - (base - int(digits)) % 100
    return str(year)


def _decade_or_century(lower: str, words: list[str]) -> str | None:
    """TIMEX3 writes the known digits: "the 1990s" and "the nineties" 199, "the 20th century" 19."""
    decade = re.search(r"\b((?:1\d|20)\d)0'?s\b", lower)
    if decade:
        return decade.group(1)
    short_decade = re.search(r"'(\d)0s\b", lower)
    if short_decade:
        return "19" + short_decade.group(1)
    spoken = next((TENS[w[:-3] + "y"] for w in words if w.endswith("ies") and w[:-3] + "y" in TENS), None)
    if spoken and "years" not in words:
        return f"19{spoken // 10}"
    century = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b", lower)  # "the 20th century", "a 7th-century mosque"
    if century:
        return f"{int(century.group(1)) - 1:02d}"
    return None


def _calendar_unit(day: date, unit: str, step: int) -> str | None:
    """The year, month, week, day or decade `step` units from `day`, at that unit's granularity."""
    if unit == "Y":
        return str(day.year + step)
    if unit == "M":
        return _shift_months(day, step).strftime("%Y-%m")
    if unit == "W":
        return _iso_week(day + timedelta(weeks=step))
    if unit == "D":
        return (day + timedelta(days=step)).isoformat()
    if unit == "DE":
        return str(day.year + 10 * step)[:3]
    if unit == "CE":
        return str(day.year + 100 * step)[:2]
    return None


def _reference_day(reference: str | None, unit: str) -> date | None:
    """The last mentioned date, when it is at least as fine as `unit` ("that month" needs a month)."""
    parts = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", reference or "")
    if not parts or (unit in ("M", "W", "D") and not parts.group(2)) or (unit in ("W", "D") and not parts.group(3)):
        return None
    return date(int(parts.group(1)), int(parts.group(2) or 1), int(parts.group(3) or 1))


def _relative_unit(words: list[str], unit: str, anchor: date, reference: str | None, tense: str | None = None) -> str | None:
    """A calendar unit named relative to the anchor or the last date: "last week", "a year ago",
    "the following month"."""
    vague = any(w in VAGUE for w in words)
    count = None if vague else parse_number(words)
    relation = _relation(words)
    if any(w in ("ago", "earlier", "later", "before", "after") for w in words) or words[-2:] == ["from", "now"]:
        if count is None:
            return "PAST_REF" if "ago" in words else "FUTURE_REF" if words[-1] == "now" else None
        # in a report on a quarter, "a year ago" is that quarter a year before
        quarter_or_year = r"\d{4}(-Q\d)?" if "ago" not in words else r"\d{4}-Q\d"
        if count == 1 and unit == "Y" and reference and re.fullmatch(quarter_or_year, reference):
            return f"{int(reference[:4]) + (1 if 'later' in words else -1)}{reference[4:]}"
        step = -count if any(w in words for w in ("ago", "earlier", "before")) else count
        # "in June 2015 ... a month later", "in 1976 ... four years later": counted from the month
        # or the year in talk, not from today
        referred = _reference_day(reference, unit) if unit in ("M", "Y") and "ago" not in words else None
        return _calendar_unit(referred or anchor, unit, step)
    if count is not None and relation != "this":
        return None
    step = {"last": -1, "next": 1}.get(relation or "", 0)
    # "the following month", "the previous year" and, of days, "the next day" count from the date
    # in talk, or from the article's when none is; so does "the next year" told in the past ("in
    # 1995 ... what happened the next year"), where "over the next year" ahead is the article's
    from_reference = any(w in ("following", "previous", "prior") for w in words) or (
        words[0] == "the" and relation == "next" and (unit == "D" or tense == "PAST")
    )
    referred = _reference_day(reference, unit) or (anchor if from_reference and unit == "D" else None)
    if referred is not None and (from_reference or any(w in ("that", "same") for w in words)):
        return _calendar_unit(referred, unit, step if from_reference else 0)
    if "weekend" in words or (unit == "D" and relation not in (None, "this")) or (unit == "DE" and relation == "next"):
        return None
    return _calendar_unit(anchor, unit, step)


HALF_UNITS = {"Y": "6M", "D": "T12H", "H": "30M", "M": "30S"}  # "and a half" in the next unit down


def _duration(words: list[str], unit: str, time_unit: bool) -> str:
    prefix = "PT" if time_unit else "P"
    half = words.index("half") if "half" in words else -1
    # "half a year", "a half hour" are the half alone; "a year and a half", "two and a half days" a count and a half
    half_alone = half >= 0 and (
        words[half + 1 : half + 2] in (["a"], ["an"]) or (half > 0 and words[half - 1] in ("a", "an") and words[half - 2 : half - 1] != ["and"])
    )
    if half_alone and unit in HALF_UNITS:
        return prefix + HALF_UNITS[unit]
    fraction = next((w for w in words if "." in w), None)  # "2.5 years", "1.5 hours"
    if fraction is not None:
        whole, _, tenths = fraction.partition(".")
        if tenths == "5" and unit in HALF_UNITS:
            return prefix + (f"{int(whole)}{unit}" if int(whole) else "") + HALF_UNITS[unit]
        return f"{prefix}{fraction}{unit}"
    count = parse_number(words)
    if count is None and not any(w in UNITS and w.endswith("s") for w in words) and not (VAGUE & set(words)):
        count = 1  # "all week", "the whole year", "a decade's struggle": one of them ("all these years" stays vague)
    vague = count is None or any(w in VAGUE for w in words if w != "past")
    if half >= 0 and count is not None and unit in HALF_UNITS and not vague:
        return f"{prefix}{count}{unit}{HALF_UNITS[unit]}"
    in_years = {"DE": 10, "CE": 100}.get(unit)
    if in_years and half_alone:
        return f"P{in_years // 2}Y"  # "half a decade"
    amount = "X" if vague else count * (in_years or 1) + (in_years // 2 if in_years and half >= 0 else 0)  # "a decade and a half"
    # "two decades" P20Y; "decades" PXE (TimeBank writes a decade E, "about a decade" P1E), "centuries" PXCE
    letter = "Y" if in_years and not vague else "E" if unit == "DE" else unit
    return f"PT{amount}{letter}" if time_unit else f"P{amount}{letter}"


def _strip_leading(lower: str) -> tuple[str, str | None]:
    """The expression without "in", "since", "about", "early"...; the mod those words set."""
    mod = None
    while True:
        m = _LEADING_RE.match(lower)
        if not m or m.end() == len(lower):
            return lower, mod
        if m.group("mod"):
            mod = mod or LEADING_MODS[m.group("mod")]
        lower = lower[m.end():]


def normalize_timex(text: str, anchor: date | None, tense: str | None = None, reference: str | None = None) -> Normalised:
    """(type, value, mod, range) for a time expression; `tense` ("PAST", "PRESENT", "FUTURE") is
    that of the verb governing it, `reference` the value of the date mentioned last before it."""
    original_lower = text.lower().strip()
    without_possessive = re.sub(r"(?:'s|'|’s)$", "", text.strip())
    lower, mod = _strip_leading(without_possessive.lower())
    lower = re.sub(r"^(?:a|the) (?:span|period|stretch|space) of (?=\w+ )", "", lower)  # "a span of 18 months" is 18 months
    text = without_possessive[len(without_possessive) - len(lower):]
    # "the year-earlier nine months" is a run of months, as "the first nine months" is (P9M)
    lower = re.sub(r"\byear-(?:ago|earlier) (?=\w+ (?:months|weeks)$)", "", lower)
    lower = re.sub(r"\byear-(ago|earlier)\b", r"a year \1", lower)
    # "earlier that day" is that day, "later this year" this year
    # ("earlier in the day" is the day in talk, as "earlier that day" is)
    lower = re.sub(r"^(?:earlier|later) (?:(that|in the)|this) ", lambda m: ("that" if m.group(1) else "this") + " ", lower)
    lower = re.sub(r"^(?:earlier|later) (?=(?:last|next) )", "", lower)  # "earlier last week" is last week
    short = SHORT_YEAR_RE.search(text)
    if short and not text[short.end() :].strip() and text[: short.start()].strip().lower() in ("", "the"):
        return "DATE", _short_year(short.group(1), anchor)[: 3 if short.group(2) else 4], mod, None
    words = _words(re.sub(r"\b1/2\b|\s?½", " and a half", lower))
    if not words:
        return "DATE", None, None, None
    if lower in REFERENCES or original_lower in REFERENCES:
        return "DATE", REFERENCES.get(lower) or REFERENCES[original_lower], None, None
    if re.fullmatch(_UNSPECIFIED_DURATION, original_lower):
        return "DURATION", "PXX", None, None
    if re.fullmatch(r"(?:the )?(?:coming|future) (?:days|weeks|months|quarters|years|decades)", lower):
        return "DATE", "FUTURE_REF", None, None
    fraction = re.search(r"\b(quarter|half)[\s-]+(?:of[\s-]+)?(?:a[\s-]+)?century\b", lower)
    if fraction:  # "a quarter-century", "half a century": 25 and 50 years, not a quarter or half of the year
        years = 25 if fraction.group(1) == "quarter" else 50
        if "ago" in words and anchor is not None:
            return "DATE", str(anchor.year - years), mod, None
        return "DURATION", f"P{years}Y", mod, None
    compound = _compound_duration(lower) if COMPOUND_DURATION_RE.fullmatch(lower) else None
    if compound:
        return "DURATION", compound, mod, None
    unit_word = next((w for w in words if w in UNITS), None)
    # "Tuesday nights" recur like "each Tuesday night", "Saturdays" like "each Saturday"
    recurring_part = any(w.endswith("s") and w[:-1] in PARTS_OF_DAY for w in words) and any(w in WEEKDAYS for w in words)
    recurring_part = recurring_part or any(w.endswith("s") and w[:-1] in WEEKDAYS for w in words) or words[-1] == "weekends"
    frequency = next((FREQUENCY_WORDS[w] for w in words if w in FREQUENCY_WORDS), None)
    if frequency:
        return "SET", frequency, None, None
    if _TIMES_PER_UNIT_RE.fullmatch(lower):  # "twice a week" is P1W: the count is its frequency
        return "SET", _set_value(words[-1:], words[-1])[1], None, None
    if recurring_part or any(w in ("each", "every", "per") for w in words):
        return _set_value(words, unit_word)
    timed = _time_of_day(text, words, anchor, tense, reference)
    if timed is not None and not (unit_word and UNITS[unit_word][1]):
        return timed[0], timed[1], mod, None
    quarter = _quarter_or_half(text, words, anchor, tense, reference)
    if quarter:
        return "DATE", quarter, mod, None
    holiday = _holiday(lower, words, anchor, tense)
    if holiday:  # before the weekday its name may hold ("Super Tuesday")
        return "DATE", holiday, mod, None
    day = _nth_weekday_of_month(lower, text, words, anchor, tense, reference) or _day_value(text, words, anchor, tense, reference)
    if day and (unit_word is None or (unit_word == "year" and _MONTH_DAY_RE.search(text))):
        return "DATE", day, mod, None
    month = _month(text, words, anchor, tense, reference)
    if month:
        return "DATE", month, mod, None
    season = _season(words, text, anchor, tense, reference)
    if season:
        return "DATE", season, mod, None
    if unit_word in (None, "year") and (_YEAR_RE.search(lower) or _spoken_year(lower)) and not re.search(r"\d0'?s\b", lower):
        return "DATE", str(_year_of_phrase(words, lower, anchor, reference)), mod, None
    era = _decade_or_century(lower, words)
    if era:
        return "DATE", era, mod, None
    if re.search(r"\byear[\s-]?(?:end|'s end)\b|\bend of the year\b", original_lower) and anchor is not None:
        return "DATE", str(anchor.year), "END", None
    if "weekend" in words and anchor is not None:
        relation = _relation(words)
        # in the past tense early in the week, "over the weekend" and "this weekend" are the one just past
        if relation == "last" or (relation in (None, "this") and tense == "PAST" and anchor.weekday() < 5):
            return "DATE", _iso_week(anchor - timedelta(days=anchor.weekday() + 1)) + "-WE", mod, None
        return "DATE", _iso_week(anchor + timedelta(weeks=1 if relation == "next" else 0)) + "-WE", mod, None
    if unit_word:
        unit, time_unit = UNITS[unit_word]
        # TimeBank writes "three days later" as the duration it counts (P3D, "later" its signal);
        # "a year earlier" stays a date
        anaphoric = any(w in ("ago", "before", "after") for w in words) or words[-2:] == ["from", "now"] or (
            any(w in ("earlier", "later") for w in words) and unit not in ("D", "W")
        )
        # "this week", "the past year", "the year", "that day", "the following year" name one unit
        # of the calendar; "the past two weeks", "the next few years", "the years" are durations
        calendar = (
            unit_word in CALENDAR_UNITS and words[-1] == unit_word and words[0] in ("the", "this", "that", "last", "next")
            and parse_number(words[1:]) is None and not any(w in VAGUE for w in words if w != "past")
        )
        if anchor is not None and not time_unit and (anaphoric or calendar):
            relative = _relative_unit(words, unit, anchor, reference, tense)
            if relative:
                return "DATE", relative, mod, None
        value = _duration(words, unit, time_unit)
        past = any(w in ("past", "last", "recent") for w in words)
        if past and anchor is not None and "X" not in value and unit in ("D", "W") and not time_unit:
            count = parse_number(words) or 1
            delta = timedelta(days=count) if unit == "D" else timedelta(weeks=count)
            return "DURATION", value, "PAST", ((anchor - delta).isoformat(), anchor.isoformat())
        return "DURATION", value, "PAST" if past else mod, None
    if words[-1] == "season" and len(words) == 2:
        # a sports or a theatre season spans no fixed part of the calendar: "next season" lies ahead
        relation = _relation(words)
        return "DATE", {"last": "PAST_REF", "next": "FUTURE_REF", "this": "PRESENT_REF"}.get(relation or ""), mod, None
    # what the rules above leave has no calendar value (dateparser gave none right on TimeBank)
    return "DATE", None, mod, None


def _set_value(words: list[str], unit_word: str | None) -> Normalised:
    """ "each year" P1Y, "every two weeks" P2W, "each Thursday" XXXX-WXX-4, "each July" XXXX-07."""
    weekday = next((WEEKDAYS.index(w if w in WEEKDAYS else w[:-1]) + 1 for w in words if w in WEEKDAYS or w[:-1] in WEEKDAYS), None)
    part = next((PARTS_OF_DAY[w.rstrip("s")] for w in words if w.rstrip("s") in PARTS_OF_DAY), None)
    if weekday:
        return "SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), None, None
    if part:  # "every morning"
        return "SET", f"XXXX-XX-XXT{part}", None, None
    month = next((MONTHS[w] for w in words if w in MONTHS and (len(w) > 3 or w == "may")), None)  # not "Jan", "Mar"
    if month:
        return "SET", f"XXXX-{month:02d}", None, None
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season:
        return "SET", f"XXXX-{season}", None, None
    if any(w in ("weekend", "weekends") for w in words):
        return "SET", "XXXX-WXX-WE", None, None  # "every weekend"
    if unit_word is None:
        return "SET", None, None, None
    unit, time_unit = UNITS[unit_word]
    count = parse_number([w for w in words if w not in ("a", "an")]) or 1
    return "SET", f"PT{count}{unit}" if time_unit else f"P{count}{unit}", None, None


FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
DEADLINE_PREPOSITIONS = frozenset({"until", "till", "through", "by"})
DUE_WORDS = frozenset({"effective", "due"})  # "effective June 1", "due Monday": a day ahead
ANTICIPATING_VERBS = frozenset({"expect", "schedule", "slate"})  # participles of what lies ahead
# "on break beginning Friday": the day a state starts is dated by the clause it hangs on
STARTING_WORDS = frozenset({"beginning", "starting"})
# modals that look ahead of the clause they are reported in ("said they should beat her in November")
FORWARD_MODALS = frozenset({"would", "should", "might", "may", "must"})
IMPLICATIVE_VERBS = frozenset({
    "manage", "fail", "decline", "refuse", "neglect", "forget", "remember", "bother", "dare", "hesitate",
    "begin", "start", "continue", "cease", "try", "attempt", "appear", "seem", "happen", "vote",
    "force", "compel", "oblige", "cause", "help",
})
# English verbs whose past is their base form: "Weakness hurt the index on Friday" is past, though
# the tagger reads "hurt" as a present (VBP) that a singular subject cannot take
SAME_FORM_PAST_VERBS = frozenset(
    "bet bid broadcast burst cast cost cut forecast hit hurt let put quit read set shed shut split spread thrust upset".split()
)


def governing_tense(doc: Doc, start: int, end: int) -> str | None:
    """PAST, PRESENT or FUTURE: the tense of the verb the expression hangs on ("will pay Dec. 15")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tense = _tense_of_clause(span)
    # a deadline set in the past may lie ahead ("gave them until mid-November")
    if tense == "PAST" and span.start > 0 and doc[span.start - 1].lower_ in DEADLINE_PREPOSITIONS:
        return None
    if tense == "PRESENT" and _awaited(span):
        return "FUTURE"  # "are competing for voters before Election Day"
    if tense is None:
        # the time of a noun ("Saturday's caucuses") is the clause's when that looks ahead
        # ("Saturday's caucuses will give her a boost"), or when a clause in the present awaits
        # it ("the poll comes just ahead of Tuesday's vote"); "Friday's purchases" in the present
        # ("the share before Friday's purchases is 7%") stays behind
        verb = clause_verb(span.root)
        if verb is None:
            return None
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
            return "FUTURE"
        if _awaited(span) and _tense_of_clause(span, through_nouns=True) in ("PRESENT", "FUTURE"):
            return "FUTURE"  # ("hoping to see her before Monday's caucuses")
    return tense


def _awaited(span: Span) -> bool:
    """Whether a clause in the present waits for the time: "before Election Day", "until
    Friday", "just ahead of Tuesday's vote" ("before" on the verb; "the share before Friday's
    purchases is 7%" looks back)."""
    doc = span.doc
    if span.start >= 2 and [t.lower_ for t in doc[span.start - 2 : span.start]] == ["ahead", "of"]:
        return True
    marker = doc[span.start - 1] if span.start >= 1 else None
    return marker is not None and marker.lower_ in ("before", "until", "till") and marker.head.pos_ in ("VERB", "AUX")


def clause_verb(token: Token) -> Token | None:
    """The verb a phrase hangs on, through the nouns between ("Saturday's caucuses will give")."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _tense_of_clause(span: Span, through_nouns: bool = False) -> str | None:
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        coordinated = token.dep_ == "conj"  # "Tuesday or Wednesday": the second hangs where the first does
        token = token.head
        if token.pos_ in ("NOUN", "PROPN", "PRON") and not coordinated and not through_nouns and token.lower_ not in STARTING_WORDS:
            return None  # "Friday's purchases", "a statement on Monday": the noun's time, not the clause's
        if token.lower_ in DUE_WORDS and (token.dep_ != "acomp" or token.i > 0 and token.nbor(-1).text == ","):
            # a change is announced before the day it takes effect ("a new pact effective June 1"),
            # a report before the day it is due ("the survey, due Monday", which the parse may
            # make the clause's complement); "was due Monday" may be past
            return "FUTURE"
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("nsubj", "nsubjpass") and not token.tag_ == "VBG":
        return None  # a noun the tagger took for a verb ("Obama's star turn on Wednesday drew praise")
    if token.tag_ == "VBN" and token.lemma_.lower() in ANTICIPATING_VERBS and not any(a.lower_ == "had" for a in token.children if a.dep_ in ("aux", "auxpass")):
        # what is expected or scheduled lies ahead of the report ("more rain was expected
        # Wednesday", "results expected early Monday", "the vote, scheduled for Friday"), unless
        # a past perfect moves the view back ("had been expected Friday")
        return "FUTURE"
    # a passive infinitive looks ahead as an active one does ("is expected to be finished by Thursday")
    passive_infinitive = token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in token.children
    )
    if token.tag_ == "VB" and is_infinitive(token) or passive_infinitive:
        # an infinitive looks ahead ("set to resume Monday", "plans to redeem Nov. 16"), from the
        # article's day unless a past perfect moves the view back ("had been due to expire Friday")
        frame = token.head.head if token.head.pos_ == "ADJ" else token.head  # "had been [due] to expire"
        if any(a.lower_ == "had" for a in frame.children if a.dep_ in ("aux", "auxpass")):
            return "PAST"
        # an infinitive of purpose dates the past act it hangs on ("extended the offer to acquire
        # the maker Friday"), unlike the complement of "plan", "set" or "expected"
        if token.dep_ == "advcl" and token.head.tag_ == "VBD":
            return "PAST"
        # so does the complement of an implicative or aspectual verb, which happened (or not) when
        # that verb did ("declined to comment Sunday", "began to fall in March"; Karttunen 1971)
        if token.head.tag_ == "VBD" and token.head.lemma_ in IMPLICATIVE_VERBS:
            return "PAST"
        return "FUTURE"
    # a bare verb or participle takes its tense from the clause it hangs on ("rose ..., rising to a high in June")
    # ("will host Chicago Sunday, then leave Monday": a second verb the parse left unattached, "dep")
    chain = [token] + ([token.head] if token.dep_ in ("xcomp", "ccomp", "conj", "advcl", "dep") and token.tag_ in ("VB", "VBG") else [])
    for verb in chain:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        # the parse may hang "will" on the passive's "be" rather than on the verb ("will be closed Monday")
        auxiliaries += [a for c in auxiliaries for a in c.children if a.dep_ == "aux"]
        if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
            return "FUTURE"
        # "would" is the future of a reported past ("said talks would resume Tuesday", "would be
        # travelling Thursday"), as "should", "might", "may" and "must" are: what it dates lies
        # ahead of the report; "would have" looks back
        if any(a.lower_ in FORWARD_MODALS for a in auxiliaries) and not any(a.lemma_ == "have" for a in auxiliaries):
            return "FUTURE"
        # "could meet Monday" may happen; "could not be reached Monday" did not
        negated = any(c.dep_ == "neg" for c in verb.children)
        if any(a.lower_ == "could" for a in auxiliaries) and not negated and not any(a.lemma_ == "have" for a in auxiliaries):
            return "FUTURE"
        if any(a.lower_ == "going" for a in auxiliaries) or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.subtree)):
            return "FUTURE"
        # "has closed", "have been working since Sunday night"
        perfect = any(a.lemma_ == "have" for a in auxiliaries) and (verb.tag_ == "VBN" or any(a.lower_ == "been" for a in auxiliaries))
        # a participle after its noun tells what was done to it ("the record set on Aug. 6", "the
        # year ended March 31"), unless "for" names the time it is meant for ("a vote set for June")
        done = verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.lower_ == "for" for c in verb.children if c.dep_ == "prep")
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or perfect or done:
            return "PAST"
        if verb.tag_ == "VBP" and not auxiliaries and verb.lower_ in SAME_FORM_PAST_VERBS and _singular_subject(verb):
            return "PAST"
        if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
            return "PRESENT"
    return None


def _singular_subject(verb: Token) -> bool:
    """Whether the verb's subject is a third person singular ("the index", "it", "Weakness")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it"))


def _is_timex(text: str) -> bool:
    """Numbers the small model calls dates ("58", "80486"), ages ("age 45", "the age of 65"), frequency adjectives and "a
    quarter" (mostly a fraction: "more than a quarter of the market"; HeidelTime drops it too) are not."""
    lower = text.lower().strip()
    if not re.search(r"[a-z]", lower):
        return bool(re.fullmatch(r"(?:1[0-9]|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:1[0-9]|20)\d0s", lower) or SHORT_YEAR_RE.fullmatch(lower))
    if re.search(r"\byears?[\s-]old\b|\bages?\b", lower) or lower in _FREQUENCY_ADJECTIVES:
        return False
    if re.fullmatch(r"(?:after|off|out-of)-hours", lower):  # a kind of trading or work, not an amount of time
        return False
    if re.fullmatch(r"(?:(?:more than|less than|about|nearly|almost|over) )?(?:a|one) quarter", lower):
        return False
    return True


_TITLE_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")


def _idiom_or_title(text: str, start: int, end: int) -> bool:
    """ "at the end of the day" (in the end), "last-minute changes", "an eleventh-hour deal" (late)
    and "Monday Night Football", "Saturday Night Live", "USA Today" (a programme's or paper's
    title) name no time."""
    written = text[start:end]
    if DEICTIC_DAY_RE.fullmatch(written) and written[0].isupper() and _TITLE_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    if written.lower() == "the end of the day" and text[max(0, start - 3) : start].lower() == "at ":
        return True
    if re.fullmatch(r"(?:last|eleventh)[\s-](?:minute|hour)", written, re.IGNORECASE) and text[end : end + 1] != "s" and not re.match(r"\s+(?:of|before|ago)\b", text[end : end + 8]):
        return True  # (not "the last minute of the game", "in the last hour before")
    return bool(re.fullmatch(f"(?:{_WEEKDAY_RE.pattern}) Night", written)) and bool(_TITLE_AFTER_RE.match(text, end))


def _split(text: str, start: int) -> list[tuple[int, int, bool]]:
    """ "the year ended March 31" and "Aug. 26 to Oct. 20" are two expressions each; the flag
    marks a period that the next expression ends ("the year" there is a duration, P1Y)."""
    ended = _ENDED_RE.search(text)
    if ended:
        return [(start, start + ended.start(), True), (start + ended.end(), start + len(text), False)]
    part_of = _PART_OF_RE.match(text)
    if part_of:  # "the first nine months of 1997": the period (P9M) and the year it is part of
        return [(start, start + part_of.end("period"), True), (start + part_of.start("whole"), start + len(text), False)]
    listed = [m.span() for m in _YEAR_RE.finditer(text)]
    if len(listed) > 1 and _YEAR_LIST_RE.fullmatch(text):  # "1994, 1995 and 1996": each year its own
        return [(start + a, start + b, False) for a, b in listed]
    if COMPOUND_DURATION_RE.fullmatch(text) and _compound_duration(text.lower()):  # "4 hours and 55 minutes": one duration
        return [(start, start + len(text), False)]
    ranged = _RANGE_RE.match(text)
    # a number after "to" counts ("10 to 12 years", one duration) unless both ends are years ("1985 and 1987")
    years = ranged is not None and all(_YEAR_RE.fullmatch(ranged.group(g)) for g in ("a", "b"))
    if (
        ranged and all(normalize_timex(ranged.group(g), date(2000, 1, 1))[1] for g in ("a", "b"))
        and (years or not re.match(r"\d", ranged.group("b")) or all(_CLOCK_RE.search(ranged.group(g).lower()) for g in ("a", "b")))
        # "a week or a month ago": both ends share the last word's anchor
        and not re.search(r"\b(?:ago|earlier|later|before|after)$", ranged.group("b").lower())
    ):
        return [(start + ranged.start("a"), start + ranged.end("a"), False), (start + ranged.start("b"), start + ranged.end("b"), False)]
    return [(start, start + len(text), False)]


# words that name a time even as a noun or a name at the start of a span ("Election Day", "Nov. 9")
_TIME_TOKENS = frozenset({*TIME_WORDS, *MONTHS, "mid", "christmas", "thanksgiving", "halloween", "eve", "valentine"})
_STRAY_POS = frozenset({"DET", "NOUN", "PROPN", "X", "NUM", "PRON"})


def _expression_start(doc: Doc, start: int, end: int) -> int:
    """Where the time expression proper begins. The model's span may open with words of another
    phrase: the noun it follows ("a coup d'etat [last year]", "in an interview [several months]
    before"), a number it does not count ("up from seven [a year ago]"), the determiner of the noun
    it modifies ("an [Oct. 3, 2024] letter", "a [fourth-quarter] charge") or a possessive pronoun
    ("its [fourth quarter]"), none of which TimeBank's spans include. Those words are the longest
    run at the start whose heads lie outside the span or inside the run, naming no time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or HOLIDAY_NAME_RE.fullmatch(span.text):
        return start  # ("Super Tuesday" is one name, though the model takes "Super" for a place)
    run: set[int] = set()
    cut = 0
    for k, token in enumerate(span[:-1]):
        following = span[k + 1]
        if token.lower_.rstrip(".") in _TIME_TOKENS or token.pos_ not in _STRAY_POS:
            break
        if token.text in ("'", "’", "‘") and following.text[:2].isdigit():
            break  # the apostrophe of "the '80s", "in ’08" is the year's
        if token.pos_ == "NUM" and following.pos_ != "DET" and following.lower_ not in ("next", "last", "this"):
            break  # a number counts the unit after it ("two days"), not one after "a" or an age ("turn 42 next month")
        if token.pos_ == "PRON" and token.tag_ != "PRP$":
            break
        run.add(token.i)
        closed = all(
            doc[i].tag_ == "PRP$" or doc[i].head.i in run or not span.start <= doc[i].head.i < span.end for i in run
        )
        # what is left must open a phrase ("last year", "a year ago"), not hang on a preposition ("hundreds [of years]")
        if closed and following.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV"):
            cut = k + 1
    return max(start, span[cut].idx) if cut else start


def _join_clock_and_day(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A clock time followed by its day ("5 p.m. EST Nov. 9") becomes one span: the day makes the
    value; so does a weekday followed by its date ("Friday Oct. 13")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            last_start, last_end = joined[-1]
            between = text[last_end:start]
            day = _DAY_RE.match(text[start:end])
            if (
                last_end <= start and re.fullmatch(r",?\s+", between) and day
                and (
                    _CLOCK_OR_PART_RE.search(text, last_start, last_end)
                    or (_WEEKDAY_RE.fullmatch(text, last_start, last_end) and day.group(0)[0].isupper() and day.group(0)[-1].isdigit())
                )
            ):
                joined[-1] = (last_start, end)
                continue
        joined.append((start, end))
    return joined


def _expression_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions: the model's DATE and TIME entities, widened by the
    patterns it misses and by the words that make the value, one span per expression."""
    # grouped by sentence, which no expression crosses: the merging below compares every span
    # with every pattern match, and must stay linear in the length of a long one-line article
    sentence_starts = [sentence.start_char for sentence in doc.sents]
    groups: dict[int, tuple[list[tuple[int, int]], list[re.Match]]] = {}

    def group(start: int) -> tuple[list[tuple[int, int]], list[re.Match]]:
        return groups.setdefault(bisect_right(sentence_starts, start) - 1, ([], []))

    for e in doc.ents:
        if e.label_ in ("DATE", "TIME"):
            for start, end in _range_parts(e):
                group(start)[0].append((start, end))
    for m in [*EXTRA_TIMEX_RE.finditer(text), *_TIMES_PER_UNIT_RE.finditer(text), *MONTH_DATE_RE.finditer(text), *NAMED_DAY_RE.finditer(text), *HOLIDAY_NAME_RE.finditer(text), *SHORT_YEAR_RE.finditer(text), *DEICTIC_DAY_RE.finditer(text), *_compound_durations(text)]:
        group(m.start())[1].append(m)
    spans: list[tuple[int, int]] = []
    for model_spans, matches in groups.values():
        spans += _widened_by_patterns(model_spans, matches)
    widened = []
    for start, end in spans:
        # the model leaves out words that make the value: "each Thursday", "noon Saturday", "Thursday evening"
        left = _LEFT_WORDS_RE.search(text[max(0, start - 16) : start])
        if left and left.group(0).lower().startswith("last"):
            left = None if _BEFORE_VERB_RE.search(text, max(0, start - 24), start - len(left.group(0))) else left
        if left is None and text[start:end].lower() in CALENDAR_UNITS:  # "the week's busiest day": the model took "week"
            left = _THE_BEFORE_RE.search(text, max(0, start - 4), start)
        if left is None and text[start:end].lower() in MONTHS:  # "that November": the month of the year in talk
            that = _THAT_BEFORE_RE.search(text, max(0, start - 5), start)
            token = doc.char_span(that.start(), that.start() + 4) if that else None
            left = that if token is not None and token[0].dep_ != "mark" else None  # not "said that November ..."
        right = _RIGHT_WORDS_RE.match(text[end : end + 12])
        widened.append((start - (len(left.group(0)) if left else 0), end + (len(right.group(0)) if right else 0)))
    joined = _join_clock_and_day(sorted(set(widened), key=lambda span: (span[0], -span[1])), text)
    # "evening" is its own entity, inside "Thursday evening" once that is widened (spans are in
    # order of start, longest first: one is inside an earlier one when it ends no later than they do)
    kept, furthest_end = [], -1
    for span in joined:
        if span[1] > furthest_end:
            kept.append(span)
        furthest_end = max(furthest_end, span[1])
    return kept


# words that open the second end of a range the model may read as one expression: "Friday nights
# from March 3" is two (TimeML annotates "Friday nights" and "March 3")
RANGE_OPENERS = frozenset({"from", "until", "till", "through"})


def _range_parts(entity: Span) -> list[tuple[int, int]]:
    """Character spans of a DATE or TIME entity's parts, split before a range word inside it."""
    cuts = [t.i for t in entity[1:] if t.lower_ in RANGE_OPENERS and t.i + 1 < entity.end]
    bounds = [entity.start, *cuts, entity.end]
    doc = entity.doc
    parts = []
    for n, (start, end) in enumerate(zip(bounds, bounds[1:])):
        start += 1 if n else 0  # the range word itself belongs to neither part
        if start < end:
            parts.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return parts


def _widened_by_patterns(spans: list[tuple[int, int]], matches: list[re.Match]) -> list[tuple[int, int]]:
    """The model's spans of one sentence with the pattern matches it missed added, and those it
    caught part of taken whole ("over the past couple of days")."""
    for m in matches:
        if not any(s < m.end() and m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
        else:
            spans = [(min(s, m.start()), max(e, m.end())) if s < m.end() and m.start() < e else (s, e) for s, e in spans]
    return spans


def _keeps_the_quarter_in_talk(doc: Doc, start: int, end: int, value: str, reference: str | None, anchor: date | None, gap: str) -> bool:
    """Whether the expression at `start`-`end` leaves the quarter in talk as the reference of "the
    quarter", "the latest period" and "a year ago" (`gap`: the text since the last expression).
    An earnings report names the quarter it covers; neither the day that quarter ended ("the third
    quarter ended Sept. 30"), nor the same quarter of an earlier year it is compared with ("the
    1988 period"), nor a quarter still to come in a clause looking ahead ("will take a
    fourth-quarter charge") takes its place."""
    referred = re.fullmatch(r"(\d{4})-(Q\d)", reference or "")
    if referred and _ENDED_GAP_RE.fullmatch(gap):
        return True
    quarter = re.fullmatch(r"(\d{4})-(Q\d)", value)
    if quarter is None:
        return False
    if referred and quarter.group(2) == referred.group(2) and quarter.group(1) < referred.group(1):
        return True
    if anchor is None or int(quarter.group(1)) * 12 + 3 * int(quarter.group(2)[1]) < anchor.year * 12 + anchor.month:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _tense_of_clause(span, through_nouns=True) == "FUTURE"


# the figure "last year" stands beside in a comparison: "compared with a loss of $3 million [last
# year]", "up from 20% [last year]"; or the one it owns: "from [last year]'s $1.55 billion"
_COMPARED_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:compared with|from|against)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:of\s+)?"
    r"(?:[$#]|C\$|US\$)?\d[\d.,]*(?:%|\s+(?:percent|million|billion|cents?))?(?:\s+a share)?,?\s+$"
)
_COMPARED_FIGURE_AFTER_RE = re.compile(r"['’]s\s+(?:[$#]|C\$|US\$)?\d")


def _last_years_quarter(text: str, before: str, after: str, reference: str | None) -> str | None:
    """ "last year" as the point a report on a quarter compares its figure with is that quarter a
    year back, as "a year ago" is ("earnings of $24 million, compared with a loss of $3 million
    last year": 1988-Q3 in a report on 1989-Q3); elsewhere it is the year."""
    quarter = re.fullmatch(r"(\d{4})(-Q\d)", reference or "")
    if quarter is None or text.lower() != "last year":
        return None
    if _COMPARED_FIGURE_BEFORE_RE.search(before) or (before.endswith("from ") and _COMPARED_FIGURE_AFTER_RE.match(after)):
        return f"{int(quarter.group(1)) - 1}{quarter.group(2)}"
    return None


_MONTHS_IN_TALK_RE = re.compile(r"(?:the|its) (?:fiscal |first |latest |past |last )*\w+ months", re.IGNORECASE)


def _year_of_months_in_talk(text: str, reference: str | None, anchor: date | None) -> str | None:
    """The reference once a report turns to a run of months ("Net for the nine months rose ... from
    $4 million a year earlier"): that run's year, so that "a year earlier" is the year before, not
    the quarter in talk before."""
    if not _MONTHS_IN_TALK_RE.fullmatch(text):
        return reference
    if reference and re.match(r"\d{4}", reference):
        return reference[:4]
    return str(anchor.year) if anchor is not None else reference


def _numbered_by(number: Token) -> bool:
    """ "HB 1523", "Section 1001", "Flight 1549": a capitalised word right before four digits
    makes them a number it carries, not a year (a month or a season does not: "Fall 2015")."""
    if number.i == 0:
        return False
    before = number.doc[number.i - 1]
    return (
        before.is_alpha and before.text[0].isupper() and before.pos_ in ("PROPN", "NOUN")
        and before.lower_ not in MONTHS and before.lower_ not in SEASONS
    )


def _today_of_a_kind(today: Token, verb: Token | None) -> bool:
    """ "The views of Democrats today are ...", "Clinton defenders today argue": "today" after a
    name or a plural noun, in a clause in the present, is these days; what is said or done today
    ("Obama's comments today are typical", "the decision today is") is dated to the day."""
    return (
        today.lower_ == "today" and today.dep_ == "npadvmod" and today.head.tag_ in ("NNS", "NNP", "NNPS")
        and today.head.lower_ not in SPEECH_NOUNS | STATEMENT_NOUNS and verb is not None and verb.tag_ in ("VBZ", "VBP")
    )


def _scoped_by(verb: Token | None, year: Token | None) -> bool:
    """Whether a clause lies within the one a year was written in: "In 2008, the campaign began
    [airing ads in mid-September]"; not a relative clause's ("a program approved in 1987 ... had
    bought shares through Sept. 29"), nor, unless it leads the sentence, a year after the first of
    two coordinated verbs ("was extradited in 2014 and pleaded guilty in May")."""
    year_verb = clause_verb(year) if year is not None else None
    if verb is None or year_verb is None or not (verb == year_verb or year_verb in verb.ancestors):
        return False
    between = [verb, *(t for t in verb.ancestors if year_verb in t.ancestors)]  # the verbs below the year's
    return year.i < year_verb.i or not any(t.dep_ == "conj" for t in between)


def _in_written_year(text: str, value: str, year: str, tense: str | None, anchor: date | None) -> str:
    """ "In 2008, the campaign began airing ads in mid-September": a month or a day of a month
    written without its year, in a sentence that wrote a year out before it, is in that year,
    unless the clause looks ahead, the phrase says which year itself ("last June"), or the year
    would put what the clause tells as past after the article's date ("its forecast for fiscal
    2024 ... a strike that began Sept. 15", written in October 2023)."""
    words = _words(text)
    if (
        not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value) or value[:4] == year or tense in ("FUTURE", "PRESENT")
        or not re.search(rf"\b{_MONTH_NAME}(?!\w)", text) or _YEAR_RE.search(text)
        or _relation(words) is not None or "year" in words
    ):
        return value
    placed = year + value[4:]
    if tense == "PAST" and anchor is not None and placed > anchor.isoformat()[: len(placed)]:
        return value
    return placed


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A line's first words, alone there or before a colon: "12:50 p.m." or "12:50 p.m.: Cruz says ..."."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip()
    return not text[line_start:start].strip() and (not rest or rest.startswith(":"))


def _dates_a_noun(doc: Doc, start: int, end: int, value: str) -> bool:
    """Whether a day stands before a noun it dates ("the state's April 19 primary", "the Sept. 11
    attacks"): it names when that happens, not the day the story turns to, and a time of day
    later on ("9:05 p.m.") is not on it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    root = span.root
    return root.dep_ in ("nmod", "compound", "amod") and root.head.pos_ == "NOUN" and root.head.i >= span.end


# verbs whose bare time phrase says how long: "last a day", "take a week", "stay two days"
LENGTH_VERBS = frozenset("last take stay spend wait remain continue need require".split())
# verbs that look ahead: "researchers hope one day to harness ..."
HOPING_VERBS = frozenset("hope wish dream expect plan intend aspire".split())


def _indefinite_day(doc: Doc, start: int, end: int) -> bool:
    """"Islam will one day be ...", "I hope I can be like that one day": "one day" in a clause
    with a modal or a verb of hoping is some day to come (FUTURE_REF, as TimeBank writes it);
    after a preposition, with "later" ("for one day", "followed by one day", "one day later") or
    after a verb of length ("will last one day") it is a day counted."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before, after = doc[span.start - 1], doc[span.end] if span.end < len(doc) else None
    if before.pos_ == "ADP" or (after is not None and after.lower_ in ("later", "earlier", "after", "before", "ago")):
        return False
    verb = span.root.head
    if verb.lemma_.lower() in LENGTH_VERBS:
        return False  # "will last one day", "could take one day": how long
    for _ in range(3):  # through "hope I can be ...": the clause's modal, or the one it hangs on
        if any(c.tag_ == "MD" for c in verb.children) or verb.lemma_.lower() in HOPING_VERBS:
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_FULL_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")


def _day_after(text: str, text_of_doc: str, end: int, following: tuple[int, int] | None, anchor: date | None, tense: str | None) -> str | None:
    """The day a clock time or a part of the day is on when the day follows it: "at 3 a.m. on
    Sunday", "at 2:15 p.m. EST on Dec. 11", "the evening of June 7, 2008" (TimeML writes them as
    two expressions, the time with the day's date)."""
    if following is None or _DAY_RE.search(text) or not (_CLOCK_RE.search(text.lower()) or any(w in PARTS_OF_DAY for w in _words(text.lower()))):
        return None
    if not re.fullmatch(r"\s*(?:on\s+|of\s+|,\s*)?", text_of_doc[end : following[0]]):
        return None
    lead = _LEADING_PREPOSITION_RE.match(text_of_doc, *following)
    value = normalize_timex(text_of_doc[lead.end() if lead else following[0] : following[1]], anchor, tense)[1]
    return value if value and _FULL_DAY_RE.fullmatch(value) else None


# words that name a day from the speaker's "now": inside a quotation they count from the day it was said
_SPEAKERS_DAY_RE = re.compile(r"(?:(?:earlier |later )?today|tonight|last night|yesterday|tomorrow|this (?:morning|afternoon|evening))", re.IGNORECASE)


def _days_quotes_were_said(doc: Doc, anchor: date | None) -> list[tuple[int, int, date]]:
    """Character spans of the quotations whose reporting clause dates them to another day than the
    article's ("'... until today,' he said Sunday" in Monday's paper), with that day."""
    said = []
    for attribution in doc.user_data.get("attributions", []):
        if attribution.kind == "direct" and attribution.date and _FULL_DAY_RE.match(attribution.date):
            day = date.fromisoformat(attribution.date[:10])  # ("said Sunday evening": 1999-10-03TEV)
            if day != anchor:
                said += [(start, end, day) for start, end in attribution.pieces]
    return said


def find_timexes(doc: Doc, anchor: date | None) -> list[Timex]:
    """Every time expression in the Doc, normalised; "since" makes an open range to the anchor."""
    text_of_doc = text_of(doc)
    found = []
    reference: str | None = None
    last_day: str | None = None  # the day last named (YYYY-MM-DD), which a clock time is on
    last_past_day: str | None = None  # the last day named that was not after the article's date
    written_year: tuple[Token | None, str] = (None, "")  # the year last written out in the text, and its value
    previous_end = 0
    spans = _expression_spans(doc, text_of_doc)
    quoted_days = _days_quotes_were_said(doc, anchor)
    for n, (whole_start, whole_end) in enumerate(spans):
        following = spans[n + 1] if n + 1 < len(spans) else None
        for start, end, ended in _split(text_of_doc[whole_start:whole_end], whole_start):
            # TIMEX3 spans leave out prepositions and the possessive: "in [recent years]", "[last year]'s"
            lead = _LEADING_PREPOSITION_RE.match(text_of_doc, start, end)
            start = lead.end() if lead and lead.end() < end else start
            if re.match(r"past\s+[A-Z]", text_of_doc[start:end]):
                start += 5  # "slip past June": the preposition ("in past 12 months" is the adjective)
            start = _expression_start(doc, start, end)
            if text_of_doc[start : start + 5].lower() == "last " and _BEFORE_VERB_RE.search(text_of_doc, max(0, start - 12), start):
                start += 5
            end -= len(m.group(0)) if (m := _POSSESSIVE_RE.search(text_of_doc, start, end)) else 0
            end -= len(m.group(0)) if (m := _TRAILING_CONJUNCTION_RE.search(text_of_doc, start, end)) else 0
            text = text_of_doc[start:end]
            if not _is_timex(text) or _idiom_or_title(text_of_doc, start, end):
                continue
            period = re.fullmatch(r"(?:the |its )?(?:fiscal |full |latest |first )*(?:(\w+) )?(year|months|weeks)", text.lower()) if ended else None
            if period:
                found.append(Timex(text, start, end, "DURATION", f"P{parse_number([period.group(1) or 'one'])}{UNITS[period.group(2)][0]}"))
                reference = _year_of_months_in_talk(text, reference, anchor)
                previous_end = end
                continue
            # a clock time on a line of its own stamps a live report's entry: the article's day,
            # whatever date the entry before it mentioned
            stamp = _CLOCK_RE.fullmatch(text.lower()) and _alone_on_its_line(text_of_doc, start, end)
            root = doc.char_span(start, end, alignment_mode="expand").root
            if re.fullmatch(r"\d{4}", text) and _numbered_by(root):
                continue
            tense = governing_tense(doc, start, end)
            # a clock time is on the day named last ("early Thursday ... at about 2:30 a.m."), though
            # a month came between ("break-ins that began in mid-December")
            on_day = last_day if _CLOCK_RE.search(text.lower()) and not (reference and _FULL_DAY_RE.fullmatch(reference)) else None
            clock_day = on_day or (reference if _CLOCK_RE.search(text.lower()) and reference and _FULL_DAY_RE.fullmatch(reference) else None)
            if clock_day and tense == "PAST" and anchor is not None and clock_day > anchor.isoformat() and last_past_day:
                # "ordered him to report to prison by January 8. The hearing began at 10 a.m.": a
                # clock time told as past is not on a day still to come, but the last day gone by
                on_day = last_past_day
            said_on = next((day for s, e, day in quoted_days if s <= start and end <= e), None) if _SPEAKERS_DAY_RE.fullmatch(text) else None
            coordinated = _COORDINATED_RELATION_RE.search(text_of_doc, max(0, start - 24), start) if _WEEKDAY_RE.fullmatch(text) else None
            type_, value, mod, span_range = normalize_timex(
                f"{coordinated.group(1).lower()} {text}" if coordinated else text, said_on or anchor, tense, None if stamp else _day_after(text, text_of_doc, end, following, anchor, tense) or on_day or reference)
            value = _last_years_quarter(text, text_of_doc[max(0, start - 60) : start], text_of_doc[end : end + 8], reference) or value
            if type_ == "TIME" and value and "T" in value and not any(_DAY_RE.match(w) for w in text.split()) and _habitual(clause_verb(root)):
                value = "XXXX-XX-XX" + value[value.index("T"):]  # "every afternoon at 4 p.m.": a time of any day
            if value is None and not any(w in TIME_WORDS for w in _words(text)):
                continue
            if text.lower() == "current" and root.dep_ != "amod":
                continue  # the noun: "swept away by the current"
            if text.lower() == "past" and root.dep_ == "amod" and root.head.lower_ not in UNITS:
                continue  # "the past two elections" counts elections, not time
            verb = clause_verb(root)
            if _today_of_a_kind(root, verb):
                value = "PRESENT_REF"
            if text.lower() == "soon" and (tense == "PAST" or text_of_doc[end : end + 1] == "-"):
                continue  # "Twitter soon made ...", "the soon-to-be album": one event after another, no time ahead
            if value and type_ == "DATE" and _scoped_by(verb, written_year[0]):
                value = _in_written_year(text, value, written_year[1], tense, anchor)
            if type_ == "SET" and text.lower() in FREQUENCY_WORDS:
                # a title or a paper, not a time: "the New York Daily News", "a free daily"
                if root.pos_ in ("PROPN", "NOUN") or (text.lower() == "quarterly" and root.dep_ == "amod"):
                    continue
            if text.lower() == "one day" and _indefinite_day(doc, start, end):
                type_, value, mod, span_range = "DATE", "FUTURE_REF", None, None
            signal = re.search(r"\s+(?:later|earlier)$", text) if type_ == "DURATION" else None
            if signal:  # the duration is "three days"; "later" relates it to the story
                end -= len(signal.group(0))
                text = text_of_doc[start:end]
            before = text_of_doc[max(0, start - 60) : start].lower()
            # "since the 1980s" and "since he took office in 2009" open a range; a "since" before a
            # comma or "and" belongs to another phrase ("since that year, and this year's contest")
            sentence_since = re.search(r"\bsince\b(?:(?!\band\b)[^.,;])*$", before)
            if sentence_since and value and re.fullmatch(r"\d{4}(-\d\d){0,2}", value) and anchor is not None:
                mod, span_range = "START", (value, anchor.isoformat())
            if (
                value and re.match(r"\d{4}", value) and type_ == "DATE" and not re.search(r"\b(?:ago|earlier|later)\b", text.lower())
                and not _keeps_the_quarter_in_talk(doc, start, end, value, reference, anchor, text_of_doc[previous_end:start])
                and not _dates_a_noun(doc, start, end, value)
            ):
                reference = value
                last_day = value if _FULL_DAY_RE.fullmatch(value) else last_day
                if _FULL_DAY_RE.fullmatch(value) and anchor is not None and value <= anchor.isoformat():
                    last_past_day = value
            elif type_ == "TIME" and value and re.match(r"\d{4}-\d\d-\d\dT", value) and _DAY_RE.search(text):
                reference = last_day = value[:10]  # "On Monday night ... The next day": the day a time of day names is in talk
                last_past_day = last_day if anchor is not None and last_day <= anchor.isoformat() else last_past_day
            elif type_ == "TIME" and value and re.match(r"\d{4}-\d\d-\d\dT", value) and _CLOCK_RE.search(text.lower()):
                reference = value[:10]  # "began at 10 a.m. ... blew through the morning": the clock's day
            if type_ == "DURATION":
                reference = _year_of_months_in_talk(text, reference, anchor)
            if type_ == "DATE" and value and re.fullmatch(r"\d{4}", value):  # a year alone frames the sentence, "June 2014" does not
                written_year = (root, value)
            previous_end = end
            found.append(Timex(text, start, end, type_, value, mod, span_range))
    return found
