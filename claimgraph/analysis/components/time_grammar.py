"""The grammar of English time expressions: what the text says, before it is placed on a calendar.

Each ``Rule`` is a regular expression over the article text and a reader that turns a match into a meaning:

* ``Calendar``: calendar fields named in the text (``September 27``, ``the summer of 2014``, ``Friday``), any of
  them left open; the year may be relative (``October of next year``).
* ``Shift``: a step from the reference date (``yesterday``, ``last week``, ``two days ago``, ``next month``).
* ``Anaphor``: a step from the last date the text mentioned (``the same day``, ``three days later``).
* ``Deixis``: a vague past, present or future (``recently`` PAST_REF, ``now`` PRESENT_REF, ``soon`` FUTURE_REF).
* ``Duration``, ``Frequency`` (TIMEX3 sets) and ``Range`` (``1992-94``, ``from 2009 to 2011``).

Resolving a meaning against a reference date and the clause's tense is ``times.py``'s work; this module holds
only words and patterns, so that the vocabulary grows in one place. Patterns never cross a line break: a
headline and the line under it are not one expression.

Some words are times only sometimes: ``May`` is also a modal, ``spring`` a verb, ``2000`` a count and ``Windows
2000`` a product. Rules that can match such words are ``ambiguous``; ``times.py`` keeps their matches only where
spaCy's NER marked a DATE or TIME or a temporal preposition precedes them.

A rule is tried only where a word it can start with begins (``Rule.starts``: lower-case words, or the classes
``<num>``, ``<month>`` and ``<weekday>``), because running some thirty patterns at every character costs more than
the parse. ``first_word_keys`` gives the keys of a word; a test holds the start sets to the patterns.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# -- meanings -----------------------------------------------------------------------------------------------------

# Where an expression points when the text does not say: by the tense of its clause (None), the last one
# before the reference (-1: "last Friday", "this past July"), the next one after it (+1), or the current one (0).
Direction = int | None


@dataclass(frozen=True, slots=True)
class Calendar:
    """Calendar fields named by the text; the finest field given sets the granularity of the value."""

    year: int | None = None
    year_shift: int | None = None  # "of last year": the reference year plus this
    two_digit_year: int | None = None  # "'82": the century is chosen against the reference year
    century: int | None = None  # 19 for the 20th century (TIMEX3 writes the first two digits)
    decade: int | None = None  # 199 for the 1990s (TIMEX3 writes the first three digits)
    decade_of_century: int | None = None  # 7 for "the 70s": the century comes from the reference
    season: str | None = None  # SP, SU, FA, WI
    half: int | None = None
    quarter: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 1 = Monday, as ISO 8601
    part_of_day: str | None = None  # MO, AF, EV, NI; WE with weekday 6 for a weekend
    hour: int | None = None
    minute: int | None = None
    utc: bool = False
    direction: Direction = None
    fiscal: bool = False  # a fiscal year, half or quarter: TIMEX3 writes FY2012, FY2012-Q1
    nth_week: int | None = None  # the nth week (-1 the last) of the month, or of the year without a month
    holiday: str | None = None  # a holiday that moves (a key of WEEKDAY_HOLIDAYS or EASTER_HOLIDAYS)


@dataclass(frozen=True, slots=True)
class Shift:
    """``amount`` units from the reference date, kept at the unit's granularity (``last week`` -> 2020-W39)."""

    unit: str  # day, week, weekend, month, quarter, year, decade, century
    amount: int
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    utc: bool = False


@dataclass(frozen=True, slots=True)
class Anaphor:
    """``amount`` units from the last date of at least the unit's granularity mentioned before it.

    The unit ``period`` steps ``amount`` years from the last period mentioned and keeps its granularity: ``a year
    earlier`` or ``the same period last year`` after ``the third quarter`` is that quarter a year before. Without
    an antecedent the step is from the reference date, plus ``fallback`` units (``the quarter`` of an earnings
    report with no quarter named before it is the last quarter that ended).
    """

    unit: str  # day, week, month, quarter, year or period
    amount: int = 0
    fallback: int = 0


@dataclass(frozen=True, slots=True)
class Deixis:
    """A vague reference to the past, present or future of the reference time."""

    value: str  # PAST_REF, PRESENT_REF, FUTURE_REF


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time; ``amount`` None when the text gives none (``several years`` -> PXY).

    ``anchored`` places it against the reference: -1 ends there (``the past three years``), +1 starts there.
    """

    unit: str  # TIMEX3 unit code: Y, M, W, D, H, MIN, S, Q, DE
    amount: float | None
    anchored: int = 0


@dataclass(frozen=True, slots=True)
class Frequency:
    """A TIMEX3 set: ``every week`` (P1W), ``every Monday`` (XXXX-WXX-1)."""

    value: str


@dataclass(frozen=True, slots=True)
class Range:
    """From one calendar point to another, both ends included (``1992-94``, ``from 2009 to 2011``).

    ``ends`` holds the characters of each end when each is a date by itself (``2009`` and ``2011``, not the ``94``
    of ``1992-94``): TimeML marks such ends as two dates, and ``times.py`` then gives two date records, each
    bounded by the whole range, instead of one duration.
    """

    first: Calendar
    last: Calendar
    ends: tuple[tuple[int, int], tuple[int, int]] | None = None


Meaning = Calendar | Shift | Anaphor | Deixis | Duration | Frequency | Range
# Units an anaphor can step in ("the previous quarter", "the following week", "later in the month").
ANAPHOR_UNITS = ("day", "week", "month", "quarter", "year")

# -- words ---------------------------------------------------------------------------------------------------------

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {**{name: number for number, name in enumerate(MONTH_NAMES, start=1)}, **MONTH_ABBREVIATIONS}
# The months that end a calendar quarter, which names it in "the December quarter", and that quarter.
QUARTER_END_MONTHS: dict[str, int] = {
    "march": 1, "mar": 1, "june": 2, "jun": 2, "september": 3, "sept": 3, "sep": 3, "december": 4, "dec": 4,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
# Quantities without a number: the TIMEX3 value leaves the amount open (PXY).
VAGUE_AMOUNTS = ("a couple of", "couple of", "a few", "several", "many", "some", "few", "dozens of", "hundreds of")
# Unit words -> (TIMEX3 duration unit, unit of a calendar step, or None where no calendar unit fits).
UNITS: dict[str, tuple[str, str | None]] = {
    "second": ("S", None), "minute": ("MIN", None), "hour": ("H", None), "day": ("D", "day"),
    "week": ("W", "week"), "fortnight": ("W", None), "month": ("M", "month"), "quarter": ("Q", "quarter"),
    "year": ("Y", "year"), "decade": ("DE", "decade"), "century": ("CE", "century"),
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
    "fortnights": "fortnight", "months": "month", "quarters": "quarter", "years": "year", "decades": "decade",
    "centuries": "century",
}  # fmt: skip
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "biannual": "P6M",
}  # fmt: skip
DEIXIS_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the time being": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
    "recent days": "PAST_REF", "recent history": "PAST_REF", "the recent past": "PAST_REF",
    "soon": "FUTURE_REF", "very soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the medium term": "FUTURE_REF", "the coming days": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF", "the months ahead": "FUTURE_REF",
    "the years ahead": "FUTURE_REF",
}  # fmt: skip
# Fixed-date holidays (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "fourth of july": (7, 4), "july fourth": (7, 4), "bastille day": (7, 14), "veterans day": (11, 11),
    "veterans' day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11),
}  # fmt: skip
# Holidays on a weekday of a month (the United States'): (month, ISO weekday, which one in the month, -1 for the
# last, days after it). Black Friday and Cyber Monday follow Thanksgiving, the fourth Thursday of November.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 0), "thanksgiving day": (11, 4, 4, 0), "black friday": (11, 4, 4, 1),
    "cyber monday": (11, 4, 4, 4), "labor day": (9, 1, 1, 0), "memorial day": (5, 1, -1, 0),
    "martin luther king day": (1, 1, 3, 0), "martin luther king jr. day": (1, 1, 3, 0),
    "presidents day": (2, 1, 3, 0), "presidents' day": (2, 1, 3, 0), "columbus day": (10, 1, 2, 0),
}  # fmt: skip
# Feasts that move with Easter (Western churches): days after Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1, "holy saturday": -1,
    "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46, "ascension day": 39, "pentecost": 49,
    "whit monday": 50,
}  # fmt: skip
# Capitalised words before a weekday that make it a name, not a date ("Black Monday", "Good Friday").
WEEKDAY_NAME_PREFIXES = frozenset({
    "black", "good", "cyber", "super", "ash", "holy", "maundy", "bloody", "easter", "palm", "blue", "giving",
    "shrove", "man",
})  # fmt: skip
# Words before an ambiguous match that make it a time: "in May", "since 2004", "by March".
TEMPORAL_PREPOSITIONS = frozenset({
    "in", "on", "since", "until", "till", "by", "before", "after", "during", "from", "through", "throughout",
    "to", "between", "and", "of", "last", "next", "this", "early", "late", "mid", "around", "circa", "as",
    "every", "each", "past", "coming", "for", "over", "at", "within", "into", "spanning", "later", "earlier",
})  # fmt: skip
# Words before a month or season that make it a name ("the Arab Spring", "an Indian summer").
NOT_TIME_BEFORE = frozenset({"arab", "prague", "silent", "indian"})
# Words before a time word that is also a verb (``VERB_LIKE_TIMES``) that make it the verb ("will march", "to
# spring"); "moved to September" stays a month.
VERB_BEFORE = frozenset({"will", "would", "can", "could", "to", "may", "might", "should", "must"})
VERB_LIKE_TIMES = frozenset({"may", "march", "spring", "fall"})

# -- patterns ------------------------------------------------------------------------------------------------------

NUM_KEY, MONTH_KEY, WEEKDAY_KEY = "<num>", "<month>", "<weekday>"
# Where a rule may start: a run of word characters, with an apostrophe before it ("'82", "'90s").
WORD = re.compile(r"['’]?\w+")

_ = r"[^\S\n]+"  # a space between words, never a line break
_OPT = r"[^\S\n]*"
_COMMA = rf"{_OPT},{_OPT}"
_DATE_SEP = rf"(?:{_OPT},)?{_}"  # "12, 2009", "12 , 2009" (tokenised text), "12 2009"


def _alternatives(words: Iterable[str]) -> str:
    # Longest first, so that "Sept" is tried before "Sep" and "more recently" before "recently".
    return "|".join(re.escape(word).replace(r"\ ", _) for word in sorted(words, key=len, reverse=True))


def _capitalised(words: Iterable[str]) -> str:
    """Title-case and upper-case forms: news writes months and weekdays capitalised, headlines in capitals."""
    forms = list(words)
    return _alternatives([w.capitalize() for w in forms] + [w.upper() for w in forms])


MONTH = rf"(?:(?:{_capitalised(MONTH_NAMES)})|(?:{_capitalised(MONTH_ABBREVIATIONS)})\.?)(?![\w'])"
FULL_MONTH = rf"(?:{_capitalised(MONTH_NAMES)})(?![\w'-])"
WEEKDAY = rf"(?:{_capitalised(WEEKDAYS)})"
_WEEKDAY_ABBREVIATION = rf"(?:{_capitalised(WEEKDAY_ABBREVIATIONS)})\.?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:%]|[.,]\d)"
_YEAR_DIGITS = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,]\d|-\d)"
YEAR = rf"(?<![\w$£€.,'’-]){_YEAR_DIGITS}"
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|hundred)"
)
NUMBER = (
    rf"(?:\d+(?:\.\d+)?|(?i:{_NUMBER_WORD})(?:{_}and{_}a{_}half)?|(?i:half{_}an?)|(?i:an?)(?!{_}(?:few|couple))"
    rf"|(?i:{_alternatives(VAGUE_AMOUNTS)}))"
)
UNIT = rf"(?i:{_alternatives([*UNITS, *UNIT_PLURALS])})(?![\w-])"
# Words between a number and its unit that leave the length as it is ("six straight days").
_UNIT_ADJECTIVE = rf"(?:(?i:consecutive|straight|successive|trading|business|working|full|more|additional){_})"
_APPROXIMATE_WORDS = ("about", "around", "nearly", "almost", "over", "more than", "less than", "at least", "up to",
                      "some", "roughly", "approximately", "just", "only", "under", "within", "another")
_APPROXIMATELY = rf"(?:(?i:{_alternatives(_APPROXIMATE_WORDS)}){_})"
_MODIFIER_WORDS = ("beginning", "start", "end", "middle", "close", "turn", "rest", "remainder")
_MODIFIER = (
    rf"(?P<mod>(?:(?i:the){_})?(?:(?i:very){_})?(?i:{_alternatives(_MODIFIER_WORDS)}){_}(?i:of){_}"
    rf"|(?i:early|mid|middle|late)(?:-|{_})|(?i:end)-)"  # "end-2021", "end-March" of the financial press
)
_RELATIVE_YEAR = (
    rf"(?:(?P<yrel>(?i:this|last|next|the{_}previous|the{_}prior|the{_}following|the{_}current)){_}(?i:year))"
)
_THE_YEAR = rf"(?P<theyear>(?i:the){_}(?i:year))"  # "the second half of the year": of the current year
# Fiscal periods (TIMEX3 FY2012): "fiscal 2012", "fiscal year 2012", "the 2012 fiscal year", "FY12", "last fiscal
# year", "the financial year"; without a year, the fiscal year named by the reference year.
_FISCAL = r"(?i:fiscal|financial)"
_FISCAL_RELATION = (
    rf"(?P<frel>(?i:this|last|next|(?:the{_})?(?:current|previous|prior|coming|next|last|following))){_}"
)
_FISCAL_YEAR = (
    rf"(?P<fiscal>(?:{_FISCAL_RELATION}|(?i:the|its|their){_})?(?:(?P<fy0>{_YEAR_DIGITS}){_})?{_FISCAL}(?:-|{_})(?i:year)"
    rf"(?:{_}(?P<fy1>{YEAR}))?|{_FISCAL}(?:-|{_})(?:(?i:year)(?:-|{_}))?(?P<fy2>{YEAR})"
    rf"|(?:{_FISCAL}{_})?FY(?:-|{_OPT})(?P<fy3>(?:19|20)\d\d|['’]?\d\d))(?![\w-])"
)
_PREFIX = rf"(?P<rel>(?i:this{_}past|this{_}coming|this|last|next|coming|past){_})"
_TIME_OF_DAY = (
    rf"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?(?::[0-5]\d)?"
    rf"(?:{_OPT}(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm)(?!\w)))?"
    rf"(?:{_}(?P<zone>UTC|GMT|[A-Z][SD]T)(?P<offset>{_OPT}[+-]{_OPT}\d{{1,2}})?"
    rf"|{_}\({_OPT}(?P<zone2>UTC|GMT)(?P<offset2>{_OPT}[+-]{_OPT}\d{{1,2}})?{_OPT}\))?"
)
# Figures of a company's report, after "first-half" or "second-half".
_REPORT_NOUNS = (
    "profits?|loss(?:es)?|earnings|sales|revenues?|results|net|income|growth|output|deliveries|figures|forecasts?"
    "|performance|dividends?|production|shipments|margins?|demand|recovery|rebound|operating|orders"
)
# Nouns between a holiday and "season" or "period" ("the Christmas shopping season").
_SEASON_NOUN_WORDS = "shopping|sales|trading|holiday|buying|selling|retail"
# Things named after a holiday, not times ("a Christmas tree", "Christmas cards").
_HOLIDAY_THINGS = (
    "trees?|cards?|carols?|gifts?|presents?|dinners?|lights|decorations?|markets?|parties|party|songs?|albums?"
    "|movies?|films?|specials?|island|pudding|stockings?|ornaments?|episodes?|eggs?|bunny|rising|parade"
)
_HOLIDAY_NAMES = _alternatives(
    " ".join(word if word == "of" else word.capitalize() for word in name.split())
    for name in (*HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS)
).replace("'", "['’]")


@functools.lru_cache(maxsize=8192)
def first_word_keys(word: str) -> tuple[str, ...]:
    """The keys under which rules starting with ``word`` are found: the word in lower case and its classes."""
    lowered = word.lower()
    keys = [lowered]
    if lowered.lstrip("'’")[:1].isdigit():
        keys.append(NUM_KEY)
    if lowered in MONTHS:
        keys.append(MONTH_KEY)
    if lowered in WEEKDAYS or lowered in WEEKDAY_ABBREVIATIONS:
        keys.append(WEEKDAY_KEY)
    if lowered[:2] == "fy" and lowered[2:].isdigit():
        keys.append("fy")  # "FY12" is one word
    return tuple(keys)


def _first_words(phrases: Iterable[str]) -> set[str]:
    return {re.split(r"[\s-]", phrase.lower())[0].replace("’", "'") for phrase in phrases}


_THE = {"the"}
_MODIFIER_STARTS = _THE | {"very", "early", "mid", "middle", "late"} | set(_MODIFIER_WORDS)
_PREFIX_STARTS = {"this", "last", "next", "coming", "past"}
_NUMBER_STARTS = {NUM_KEY, *NUMBERS, *_first_words(VAGUE_AMOUNTS), "half"}


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, the reader of its matches and the first words it can start with (see the module docstring).

    ``ambiguous`` matches need support from the parse.
    """

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], Meaning | None]
    starts: frozenset[str]
    ambiguous: bool = False


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group of the match, None when the rule's pattern has no such group (readers are shared)."""
    return match.groupdict().get(name)


def _number(text: str) -> float | None:
    """The amount a number phrase names; None for vague amounts (``several``)."""
    words = " ".join(text.lower().split())
    if words in ("half a", "half an"):
        return 0.5
    half = 0.5 if words.endswith(" and a half") else 0.0
    words = words.removesuffix(" and a half")
    if words in VAGUE_AMOUNTS:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) + half
    if not all(part in NUMBERS for part in words.split("-")):
        return None
    return sum(NUMBERS[part] for part in words.split("-")) + half


def _unit(word: str) -> str:
    lowered = word.lower()
    return UNIT_PLURALS.get(lowered, lowered)


def duration(unit: str, amount: float | None, anchored: int = 0) -> Duration:
    """A duration in TIMEX3 units; decades and centuries are written in years (``P10Y``, ``PXY``), as MEANTIME and
    TimeML corpora write ``the past decade`` and ``decades-long``."""
    code = UNITS[unit][0]
    if amount is not None and amount != int(amount) and code in ("H", "D"):
        # "half an hour" is PT30M, "half a day" PT12H: a smaller unit where a whole number of it exists.
        return Duration("MIN" if code == "H" else "H", amount * (60 if code == "H" else 24), anchored)
    if code == "DE":
        # Also an unknown number: "decades-long" is PXY in MEANTIME.
        return Duration("Y", None if amount is None else amount * 10, anchored)
    if unit == "century":
        return Duration("Y", None if amount is None else amount * 100, anchored)
    if unit == "fortnight":
        return Duration("W", None if amount is None else amount * 2, anchored)
    return Duration(code, amount, anchored)


def _year_shift(relation: str | None) -> int | None:
    if relation is None:
        return None
    word = relation.lower().split()[-1]
    return {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "next": 1, "following": 1,
            "coming": 1}[word]


def _direction(relation: str | None) -> Direction:
    if relation is None:
        return None
    words = " ".join(relation.lower().split())
    if words in ("last", "past", "this past"):
        return -1
    if words in ("next", "coming", "this coming"):
        return 1
    return 0


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


# -- readers -------------------------------------------------------------------------------------------------------


def _read_month_day(match: re.Match[str]) -> Meaning | None:
    year = match["year"]
    return Calendar(year=int(year) if year else None, month=_month(match["month"]), day=_day(match["day"]))


def _read_month_year(match: re.Match[str]) -> Meaning | None:
    if match["year"]:
        return Calendar(year=int(match["year"]), month=_month(match["month"]))
    return Calendar(year_shift=_year_shift(match["yrel"]), month=_month(match["month"]))


def _read_numeric(match: re.Match[str]) -> Meaning | None:
    if match["iso"]:
        year, month, day = (int(part) for part in match["iso"].split("-"))
        return Calendar(year=year, month=month, day=day)
    # Month first: the order of American English, which Wikinews and most English wire copy use.
    month, day, year_text = int(match["m"]), int(match["d"]), match["y"]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year_text) == 4:
        return Calendar(year=int(year_text), month=month, day=day)
    return Calendar(two_digit_year=int(year_text), month=month, day=day)


def _read_year_range(match: re.Match[str]) -> Meaning | None:
    first_group = "first" if match["first"] else "first2"
    first = int(match[first_group])
    last_text = match["last"]
    if len(last_text) == 4:
        last = int(last_text)
        ends = (match.span(first_group), match.span("last"))
        return Range(Calendar(year=first), Calendar(year=last), ends) if last > first else None
    # "1992-94": the second year borrows the first's century, and "94" alone is no date, so the range stays whole.
    last = first // 100 * 100 + int(last_text)
    return Range(Calendar(year=first), Calendar(year=last)) if last > first else None


def _read_decade(match: re.Match[str]) -> Meaning | None:
    if match["full"]:
        return Calendar(decade=int(match["full"]) // 10)
    return Calendar(decade_of_century=int(match["short"]) // 10)


def _read_century(match: re.Match[str]) -> Meaning | None:
    word = match["nth"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return Calendar(century=number - 1) if number else None


def _read_season(match: re.Match[str]) -> Meaning | None:
    season = SEASONS[match["season"].lower()]
    year = match["year"] or match["year2"]
    if year:
        return Calendar(year=int(year), season=season)
    return Calendar(season=season, direction=_direction(match["rel"]))


def _fiscal_year(match: re.Match[str]) -> Calendar | None:
    """The fiscal year a match names (``fiscal 2012``, ``FY12``, ``last fiscal year``), None if it names none.

    A fiscal year without a number is the one named by the reference year, shifted by ``last``, ``next``, ...:
    companies name a fiscal year by the calendar year it ends in, and most reports fall in that year.
    """
    groups = match.groupdict()
    digits = next((groups[name] for name in ("fy0", "fy1", "fy2", "fy3") if groups.get(name)), None)
    if digits is not None:
        digits = digits.lstrip("'’")
        if len(digits) == 2:
            return Calendar(two_digit_year=int(digits), fiscal=True)
        return Calendar(year=int(digits), fiscal=True)
    if not any(groups.get(name) for name in ("fiscal", "fa", "fb")):
        return None
    relation = groups.get("frel")
    return Calendar(year_shift=_year_shift(relation) if relation else 0, fiscal=True)


def _read_fiscal_year(match: re.Match[str]) -> Meaning | None:
    return _fiscal_year(match)


def _with_year(match: re.Match[str], quarter: int | None = None, half: int | None = None) -> Calendar:
    """Calendar fields with the year the match gives: a number, a relative year, a fiscal year or none."""
    fiscal = _fiscal_year(match)
    year, relative_year = match["year"], _group(match, "yrel")
    if fiscal is not None and year and fiscal.year is None and fiscal.two_digit_year is None:
        return Calendar(year=int(year), quarter=quarter, half=half, fiscal=True)  # "the fiscal first quarter of 2012"
    if fiscal is not None:
        return dataclasses.replace(fiscal, quarter=quarter, half=half)
    if year:
        return Calendar(year=int(year), quarter=quarter, half=half)
    if relative_year:
        return Calendar(year_shift=_year_shift(relative_year), quarter=quarter, half=half)
    if _group(match, "theyear"):
        return Calendar(year_shift=0, quarter=quarter, half=half)
    return Calendar(quarter=quarter, half=half)


def _read_quarter(match: re.Match[str]) -> Meaning | None:
    word = match["nth"].lower()
    if word == "previous" and not match["of"]:
        return Anaphor("quarter", -1)  # the one before the quarter just named, else before the current one
    if word in ("last", "past") and not match["of"]:
        return Shift("quarter", -1)  # "the last quarter": the last one that ended
    number = 4 if word in ("final", "last") else ORDINALS.get(word) or _day(word)
    if number > 4:
        return None
    return _with_year(match, quarter=number)


def _read_month_quarter(match: re.Match[str]) -> Meaning | None:
    quarter = QUARTER_END_MONTHS[match["month"].rstrip(".").lower()]
    return Calendar(year=int(match["year"]) if match["year"] else None, quarter=quarter)


def _read_quarter_code(match: re.Match[str]) -> Meaning | None:
    quarter = int(match["q"] or match["q2"] or 0) or None
    half = int(match["h"] or match["h2"] or 0) or None
    year, short_year, fiscal = match["year"], match["yy"], bool(match["fa"])
    if year:
        return Calendar(year=int(year), quarter=quarter, half=half, fiscal=fiscal)
    if short_year:
        return Calendar(two_digit_year=int(short_year), quarter=quarter, half=half, fiscal=fiscal)
    if half and not fiscal:
        return None  # "H2" alone is hydrogen as often as a half-year
    return _with_year(match, quarter=quarter, half=half)


def _read_half(match: re.Match[str]) -> Meaning | None:
    calendar = _with_year(match, half=1 if match["nth"].lower() == "first" else 2)
    if calendar.year is None and calendar.year_shift is None and calendar.two_digit_year is None:
        return dataclasses.replace(calendar, year_shift=0)
    return calendar


def _read_modified_year(match: re.Match[str]) -> Meaning | None:
    if match["year"]:
        return Calendar(year=int(match["year"]))
    return Shift("year", _year_shift(match["yrel"]) or 0)


def _read_year(match: re.Match[str]) -> Meaning | None:
    if match["short"]:
        return Calendar(two_digit_year=int(match["short"]))
    return Calendar(year=int(match["year"]))


def _read_weekday(match: re.Match[str]) -> Meaning | None:
    part = match["part"]
    return Calendar(
        weekday=WEEKDAYS[match["weekday"].lower()], direction=_direction(match["rel"]),
        part_of_day=PARTS_OF_DAY[part.lower()] if part else None,
    )


def _read_month(match: re.Match[str]) -> Meaning | None:
    return Calendar(month=_month(match["month"]), direction=_direction(_group(match, "rel")))


def _read_day_word(match: re.Match[str]) -> Meaning | None:
    word = " ".join(match["word"].lower().split())
    part = match["part"]
    part_of_day = PARTS_OF_DAY[part.lower()] if part else None
    if word == "tonight":
        return Shift("day", 0, part_of_day="NI")
    if word == "last night":
        return Shift("day", -1, part_of_day="NI")
    if word.startswith("this"):
        return Shift("day", 0, part_of_day=PARTS_OF_DAY[word.split()[-1]])
    amount = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]  # fmt: skip
    return Shift("day", amount, part_of_day=part_of_day)


def _read_relative_unit(match: re.Match[str]) -> Meaning | None:
    relation = " ".join(match["rel"].lower().split())
    unit = match["unit"].lower()
    amount = {"this": 0, "the current": 0, "last": -1, "the last": -1, "the previous": -1, "the prior": -1,
              "the preceding": -1, "the past": -1, "next": 1, "the next": 1, "the coming": 1,
              "the following": 1}[relation]  # fmt: skip
    if relation in ("the previous", "the prior", "the preceding", "the following") and unit in ANAPHOR_UNITS:
        return Anaphor(unit, amount)  # "the previous quarter" is the one before the quarter the text named
    if relation == "the past":
        return duration(unit, 1, anchored=-1)  # "the past year" runs up to now; it is not last calendar year
    return Shift(unit, amount)


def _read_weekend(match: re.Match[str]) -> Meaning | None:
    direction = _direction(match["rel"])
    if direction == 0:
        return Shift("weekend", 0)
    return Calendar(weekday=6, part_of_day="WE", direction=direction)


def _read_ago(match: re.Match[str]) -> Meaning | None:
    return _steps_from_reference(match, -1)


def _read_from_now(match: re.Match[str]) -> Meaning | None:
    return _steps_from_reference(match, 1)


def _steps_from_reference(match: re.Match[str], sign: int) -> Meaning | None:
    """``two days ago`` (sign -1), ``two days from now`` (+1): a date that many units from the reference."""
    amount = _number(match["n"])
    unit = _unit(match["unit"])
    if amount is not None and unit in ("decade", "century") and amount != int(amount):
        # "half a century ago": fifty years ago
        amount, unit = amount * (10 if unit == "decade" else 100), "year"
    if amount is None or amount != int(amount):
        return None
    steps = int(amount) * sign
    if unit == "week":  # "a week ago" names a day, as "seven days ago" would
        return Shift("day", 7 * steps)
    if unit in ("hour", "minute", "second"):
        return Shift("day", 0)
    calendar_unit = UNITS[unit][1]
    return Shift(calendar_unit, steps) if calendar_unit else None


def _read_later(match: re.Match[str]) -> Meaning | None:
    amount = _number(match["n"])
    unit = _unit(match["unit"])
    if amount is None or amount != int(amount) or unit not in ("day", "week", "month", "year"):
        return None
    if match["than"] is not None:
        # "arrives on November 11, three days later than planned": the step is from a plan the text does not date,
        # and the expression names the date its clause gave, not one three days after it.
        return Anaphor("day" if unit == "week" else unit)
    steps = int(amount) * (1 if match["dir"].lower() == "later" else -1)
    if unit == "year":
        return Anaphor("period", steps)  # "a year earlier" than the third quarter is that quarter a year before
    return Anaphor("day", 7 * steps) if unit == "week" else Anaphor(unit, steps)


def _read_earlier_later(match: re.Match[str]) -> Meaning | None:
    base = " ".join(match["base"].lower().split())
    part_of_day = {"tonight": "NI", "this morning": "MO", "this afternoon": "AF", "this evening": "EV"}.get(base)
    if base == "today" or part_of_day:
        return Shift("day", 0, part_of_day=part_of_day)
    return Shift(base.split()[-1], 0)


def _read_same_day(match: re.Match[str]) -> Meaning | None:
    words = " ".join(match[0].lower().split())
    unit = next((unit for unit in ("week", "month", "year") if unit in words.split()), "day")
    if "next" in words or "following" in words or "after" in words:
        return Anaphor(unit, 1)
    if "previous" in words or "before" in words:
        return Anaphor(unit, -1)
    return Anaphor(unit, 0)


def _read_modified_unit(match: re.Match[str]) -> Meaning | None:
    relation, unit = match["urel"].lower(), match["unit"].lower()
    if relation == "the":
        return Anaphor(unit)  # "by the end of the month": the month of the date just named, else the current one
    return Shift(unit, {"this": 0, "next": 1, "last": -1}[relation])


def _read_year_end(match: re.Match[str]) -> Meaning | None:
    if match["fa"]:
        return Calendar(year_shift=0, fiscal=True)
    return Shift("year", 0)


def _read_deixis(match: re.Match[str]) -> Meaning | None:
    return Deixis(DEIXIS_WORDS[" ".join(match["word"].lower().split())])


def _read_duration(match: re.Match[str]) -> Meaning | None:
    number = _group(match, "n")
    unit = _unit(match["unit"])
    if unit in ("second", "quarter") and number and number.lower() in ("a", "an", "one"):
        return None  # "a second A380", "a quarter of its dealers": an ordinal or a fraction, not a length of time
    amount = _number(number) if number else None
    if _group(match, "half"):
        amount = (amount or 0) + 0.5
    relation = (_group(match, "rel") or "").lower()
    anchored = -1 if relation in ("past", "last", "previous") else 1 if relation in ("next", "coming") else 0
    return duration(unit, amount, anchored)


def _read_vague_plural(match: re.Match[str]) -> Meaning | None:
    return duration(_unit(match["unit"]), None)


def duration_value(code: str, amount: float | None) -> str:
    """The TIMEX3 value of a length in a duration unit: ``P3Y``, ``P2.5Y``, ``PT30M``, ``PXY`` (amount unknown)."""
    number = "X" if amount is None else f"{amount:g}"
    if code in ("H", "MIN", "S"):
        return f"PT{number}{code[0]}"
    return f"P{number}{code}"


def _read_frequency(match: re.Match[str]) -> Meaning | None:
    if match["word"]:
        return Frequency(FREQUENCY_WORDS[match["word"].lower()])
    weekday = match["weekday"] or (match["weekday_plural"] or "")[:-1]
    if weekday:
        return Frequency(f"XXXX-WXX-{WEEKDAYS[weekday.lower()]}")
    if match["weekends"]:
        return Frequency("XXXX-WXX-WE")
    amount = _number(match["n"]) if match["n"] else 1
    if amount is None or amount != int(amount):
        return None
    return Frequency(duration_value(UNITS[_unit(match["unit"])][0], amount))


def rate(code: str) -> Frequency:
    """The set of ``15 a year``: one period of the duration unit."""
    return Frequency(duration_value(code, 1))


def _read_time(match: re.Match[str]) -> Meaning | None:
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    ampm = (match["ampm"] or "").lower().replace(".", "")
    zone = match["zone"] or match["zone2"]
    if not (match["minute"] or ampm or zone):
        return None  # a bare number is no time
    if ampm:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    # "GMT +8" is no UTC time; the value keeps the local clock time, since TIMEX3 values carry no offset.
    utc = zone in ("UTC", "GMT") and not (match["offset"] or match["offset2"])
    day = (match["dayword"] or "").lower()
    if day in ("today", "yesterday", "tomorrow"):
        return Shift("day", {"today": 0, "yesterday": -1, "tomorrow": 1}[day], hour=hour, minute=minute, utc=utc)
    return Calendar(weekday=WEEKDAYS.get(day), hour=hour, minute=minute, utc=utc)


def _read_military_time(match: re.Match[str]) -> Meaning | None:
    digits = match["hhmm"]
    hour, minute = int(digits[:2]), int(digits[2:])
    if hour > 23:
        return None
    return Calendar(hour=hour, minute=minute, utc=match["zone"] in ("UTC", "GMT"))


def _read_noon(match: re.Match[str]) -> Meaning | None:
    return Calendar(hour=0 if match[0].lower() == "midnight" else 12, minute=0)


def _read_holiday(match: re.Match[str]) -> Meaning | None:
    name = " ".join(match["name"].lower().replace("’", "'").split())
    year = int(match["year"]) if match["year"] else None
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return Calendar(year=year, month=month, day=day)
    return Calendar(year=year, holiday=name)


def _read_month_week(match: re.Match[str]) -> Meaning | None:
    word = match["nth"].lower()
    nth = -1 if word in ("last", "final") else ORDINALS[word]
    if match["month"]:
        year = match["year"]
        return Calendar(year=int(year) if year else None, month=_month(match["month"]), nth_week=nth)
    if match["year2"]:
        return Calendar(year=int(match["year2"]), nth_week=nth)
    return dataclasses.replace(_with_year(match), nth_week=nth)  # "of the year", "of next year"


# -- rules ---------------------------------------------------------------------------------------------------------


def _rule(
    name: str, pattern: str, read: Callable[[re.Match[str]], Meaning | None], starts: Iterable[str],
    ambiguous: bool = False,
) -> Rule:
    return Rule(name, re.compile(pattern), read, frozenset(starts), ambiguous)


RULES: tuple[Rule, ...] = (
    # Monday, January 7, 2019 / September 27 / Feb. 24, 1955 / April 2nd
    _rule("month_day", rf"(?:(?:{WEEKDAY}|{_WEEKDAY_ABBREVIATION}){_COMMA})?(?P<month>{MONTH}){_}(?P<day>{DAY})"
                       rf"(?:{_DATE_SEP}(?P<year>{YEAR}))?", _read_month_day, {WEEKDAY_KEY, MONTH_KEY}),
    # 11 December / the 3rd of October 2020
    _rule("day_month", rf"(?:{WEEKDAY}{_COMMA})?(?:(?i:the){_})?(?<![\d.,])(?P<day>{DAY})(?:{_}of)?{_}"
                       rf"(?P<month>{MONTH})(?:{_DATE_SEP}(?P<year>{YEAR}))?", _read_month_day,
          {WEEKDAY_KEY, NUM_KEY, *_THE}),
    # in April 2016 / February 1988 / October of next year
    _rule("month_year", rf"{_MODIFIER}?(?P<month>{MONTH})(?:{_COMMA}|{_}(?i:of){_}|{_})"
                        rf"(?:(?P<year>{YEAR})|{_RELATIVE_YEAR})", _read_month_year,
          {MONTH_KEY, *_MODIFIER_STARTS}),
    # 2020-10-02 / 7/8/07 / 10/02/2020
    _rule("numeric", r"(?<![\w/.-])(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<m>\d{1,2})/(?P<d>\d{1,2})/"
                     r"(?P<y>\d\d\d\d|\d\d))(?![\w/]|[.,-]\d)", _read_numeric, {NUM_KEY}),
    # 1992-1994 / 1992-94 / from 2009 to 2011 / between 2014 and 2016
    _rule("year_range", rf"(?:(?:(?i:from){_})?(?<![\w$£€.,'-])(?P<first>1[0-9]\d\d|20\d\d)"
                        rf"(?:{_OPT}[-–—]{_OPT}|{_}(?i:to|through|until|till){_})"
                        rf"|(?i:between){_}(?P<first2>1[0-9]\d\d|20\d\d){_}and{_})"
                        rf"(?P<last>1[0-9]\d\d|20\d\d|\d\d)(?![\w%]|[.,]\d)", _read_year_range,
          {NUM_KEY, "from", "between"}),
    # the early 1990s / the '90s / the 70s
    _rule("decade", rf"(?:(?i:the){_})?(?:(?i:early|mid|late)(?:-|{_}))?(?:(?P<full>1[0-9]\d0|20\d0)['’]?s"
                    rf"|['’]?(?P<short>\d0)['’]?s)(?![\w'])", _read_decade,
          {NUM_KEY, "the", "early", "mid", "late"}, ambiguous=True),
    # the 20th century / the nineteenth century
    _rule("century", rf"(?:(?i:the){_})?(?:(?i:early|mid|late)(?:-|{_}))?(?P<nth>(?i:"
                     rf"{_alternatives(ORDINALS)})|\d{{1,2}}(?:st|nd|rd|th)){_}(?i:century)(?!\w)", _read_century,
          {NUM_KEY, "the", "early", "mid", "late", *_first_words(ORDINALS)}),
    # the summer of 2014 / this past summer / spring 2009 / spring
    _rule("season", rf"{_MODIFIER}?(?:(?i:the){_})?{_PREFIX}?(?P<season>(?i:spring|summer|autumn|winter)|"
                    rf"(?i:fall)(?={_}(?i:of){_}\d|{_}\d))(?:{_}(?i:of){_}(?P<year>{YEAR})|{_}(?P<year2>{YEAR}))?"
                    r"(?![\w-])", _read_season, {*_MODIFIER_STARTS, *_PREFIX_STARTS, *SEASONS}, ambiguous=True),
    # the fall / last fall: "fall" alone is a verb or a noun
    _rule("fall", rf"(?:(?i:the){_}|{_PREFIX})(?P<season>(?i:fall))(?![\w-])(?!{_}(?i:of|in|on|to|from|by)\b)",
          lambda m: Calendar(season="FA", direction=_direction(m["rel"])), {*_THE, *_PREFIX_STARTS}),
    # the first quarter of 2009 / third-quarter / the last quarter / the fourth quarter of last year
    _rule("quarter", rf"{_MODIFIER}?(?:(?i:the){_})?(?P<fa>{_FISCAL}{_})?(?P<nth>(?i:first|second|third|"
                     rf"fourth|final|last|past|previous)|1st|2nd|3rd|4th)(?:-|{_})(?P<fb>{_FISCAL}(?:-|{_}))?"
                     rf"(?i:quarter)(?P<of>(?:{_}(?i:of))?{_}(?:(?P<year>{YEAR})|(?:(?i:the){_})?{_RELATIVE_YEAR}|"
                     rf"{_THE_YEAR}|{_FISCAL_YEAR}))?(?![\w-])", _read_quarter,
          {*_MODIFIER_STARTS, NUM_KEY, "first", "second", "third", "fourth", "final", "last", "past", "previous",
           "fiscal", "financial"}),
    # the December quarter / the June 2009 quarter: the quarter that ends with the month (Apple, Australian reports)
    _rule("month_quarter", rf"(?:(?i:the){_})?(?P<month>(?:{_capitalised(QUARTER_END_MONTHS)})\.?)"
                           rf"(?:{_}(?P<year>{YEAR}))?(?:-|{_})(?i:quarter)(?![\w-])", _read_month_quarter,
          {"the", MONTH_KEY}),
    # Q3 2020 / Q3 / fiscal Q1 / 3Q08 / H1 2019 / 1H09 (a half code needs its year: "H2" alone is hydrogen)
    _rule("quarter_code", rf"(?P<fa>{_FISCAL}{_})?(?<![\w-])(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])"
                          rf"|(?P<h2>[12])H)(?:{_OPT}(?P<year>{YEAR})|['’]?(?P<yy>\d\d))?(?![\w-])", _read_quarter_code,
          {"q1", "q2", "q3", "q4", "h1", "h2", NUM_KEY, "fiscal", "financial"}),
    # the first half of 2019 / the second half of this year / the first half of fiscal 2012
    _rule("half", rf"(?:(?i:the){_})?(?P<fa>{_FISCAL}{_})?(?P<nth>(?i:first|second))(?:-|{_})"
                  rf"(?P<fb>{_FISCAL}(?:-|{_}))?(?i:half)(?:(?:{_}(?i:of))?{_}(?:(?P<year>{YEAR})|(?:(?i:the){_})?"
                  rf"{_RELATIVE_YEAR}|{_THE_YEAR}|{_FISCAL_YEAR}))(?![\w-])", _read_half,
          {"the", "first", "second", "fiscal", "financial"}),
    # first-half profit / second-half sales: a half of the year before a figure of a report, placed by the tense
    # (a bare "the second half" is as often a match's)
    _rule("half_adjective", rf"(?P<nth>(?i:first|second))-(?i:half)(?={_}(?i:{_REPORT_NOUNS})(?![\w-]))",
          lambda m: Calendar(half=1 if m["nth"].lower() == "first" else 2), {"first", "second"}),
    # fiscal 2012 / the fiscal year / FY2012 / the very beginning of the financial year
    _rule("fiscal_year", rf"{_MODIFIER}?{_FISCAL_YEAR}", _read_fiscal_year,
          {*_MODIFIER_STARTS, NUM_KEY, "this", "last", "next", "current", "previous", "prior", "coming",
           "following", "its", "their", "fiscal", "financial", "fy"}),
    # early 2009 / mid-2011 / the end of 2008 / the start of this year / the beginning of the year
    _rule("modified_year", rf"{_MODIFIER}(?:(?P<year>{_YEAR_DIGITS})|(?:(?i:the){_})?{_RELATIVE_YEAR}|"
                           rf"(?i:the){_}(?i:year))(?![\w-])", _read_modified_year, _MODIFIER_STARTS),
    # the end of the month / the start of next week / the end of this quarter / the end of the decade
    _rule("modified_unit", rf"{_MODIFIER}(?P<urel>(?i:the|this|next|last)){_}(?P<unit>(?i:week|month|quarter|"
                           r"decade))"
                           r"(?![\w-])", _read_modified_unit, _MODIFIER_STARTS),
    # by year-end / the year end / by year's end / fiscal year-end
    _rule("year_end", rf"(?<![\w-])(?:(?i:the){_})?(?:(?P<fa>{_FISCAL}){_})?(?i:year)(?:-|{_}|['’]s{_})(?i:end)"
                      rf"(?![\w-])",
          _read_year_end, {"the", "fiscal", "financial", "year"}, ambiguous=True),
    # early June / the end of March
    _rule("modified_month", rf"{_MODIFIER}(?P<month>{FULL_MONTH})", _read_month, _MODIFIER_STARTS),
    # 2008 / the year 2000 / calendar 2019 / '82
    _rule("year", rf"(?:(?i:the){_}(?i:year){_}|(?i:calendar){_}(?:(?i:year){_})?)?"
                  rf"(?:(?P<year>{YEAR})|(?<![\w'’])['’](?P<short>\d\d)(?![\w'’]))",
          _read_year, {NUM_KEY, "the", "calendar"}, ambiguous=True),
    # Friday / last Friday / Friday morning / this past Monday
    # late Tuesday / early Monday (TIMEX3 keeps "late" and "early" in the expression; its mod is not a field here)
    _rule("weekday", rf"(?:(?i:early|late){_})?{_PREFIX}?(?P<weekday>{WEEKDAY})(?![\w-])(?:{_}(?P<part>(?i:morning|"
                     rf"afternoon|evening|night)))?", _read_weekday, {WEEKDAY_KEY, *_PREFIX_STARTS, "early", "late"}),
    # July / this past July / last September
    _rule("month", rf"{_PREFIX}?(?P<month>{FULL_MONTH})", _read_month, {MONTH_KEY, *_PREFIX_STARTS},
          ambiguous=True),
    # today / yesterday morning / tonight / last night / this morning
    _rule("day_word", rf"(?P<word>(?i:the{_}day{_}before{_}yesterday|the{_}day{_}after{_}tomorrow|today|yesterday|"
                      rf"tomorrow|tonight|last{_}night|this{_}(?:morning|afternoon|evening)))(?![\w'-])"
                      rf"(?:{_}(?P<part>(?i:morning|afternoon|evening|night)))?", _read_day_word,
          {"the", "today", "yesterday", "tomorrow", "tonight", "last", "this"}),
    # last week / next month / this year / the previous year / the past year
    # early next week / late last month
    _rule("relative_unit", rf"(?:(?i:early|late|mid)(?:-|{_}))?(?P<rel>(?i:this|last|next|the{_}last|"
                           rf"the{_}previous|the{_}prior|the{_}preceding|the{_}past|the{_}next|the{_}coming|"
                           rf"the{_}following|the{_}current)){_}(?P<unit>(?i:day|week|month|quarter|year|decade|"
                           rf"century))(?![\w-])", _read_relative_unit,
          {"this", "last", "next", "the", "early", "late", "mid"}),
    # the quarter / in the latest quarter (of an earnings report): the quarter just named, else the last that ended
    _rule("the_quarter", rf"(?i:the{_}(?:(?:latest|most{_}recent|just(?:-|{_})(?:ended|completed)){_})?quarter)"
                         rf"(?![\w-])(?!{_}(?i:of)\b)", lambda m: Anaphor("quarter", 0, fallback=-1), {"the"},
          ambiguous=True),
    # for the year / during the week / on the day: the one just named, else the reference's. Not a title's or a
    # superlative's ("Player of the Year", "the deal of the day"), nor a possessive or a point before or after it.
    _rule("the_unit", rf"(?i:the){_}(?P<unit>(?i:day|week|month|year))(?![\w'’-])"
                      rf"(?!{_}(?i:of|before|after|earlier|later|ago|when|that|to|in{_}which|ahead|itself)\b)",
          lambda m: Anaphor(m["unit"].lower(), 0), {"the"}, ambiguous=True),
    # the first week of March / the last week of June 2019 / the second week of the year
    _rule("month_week", rf"(?i:the){_}(?P<nth>(?i:first|second|third|fourth|last|final))(?:{_}(?i:full))?{_}"
                        rf"(?i:week){_}(?i:of|in){_}(?:(?P<month>{MONTH})(?:{_DATE_SEP}(?P<year>{YEAR}))?"
                        rf"|(?P<year2>{YEAR})|(?:(?i:the){_})?{_RELATIVE_YEAR}|{_THE_YEAR})(?![\w-])",
          _read_month_week, {"the"}),
    # the same period last year / the year-earlier quarter / the prior-year period
    _rule("same_period", rf"(?i:(?:the{_}same|this){_}(?:period|quarter|month|week|season|time)(?:{_}of)?{_}"
                         rf"(?:last{_}year|the{_}(?:last|previous|prior){_}year|(?:a|one){_}year{_}(?:earlier|ago|"
                         rf"before)|the{_}year{_}before)|the{_}(?:year(?:-|{_})(?:earlier|ago|before)|(?:prior|"
                         rf"previous)(?:-|{_})year){_}(?:period|quarter|month|week|season))(?![\w-])",
          lambda m: Anaphor("period", -1), {"the", "this"}),
    # the weekend / this weekend / last weekend
    _rule("weekend", rf"(?:(?i:the){_}|{_PREFIX})(?i:weekend)(?![\w-])", _read_weekend, {*_THE, *_PREFIX_STARTS}),
    # two days ago / a year ago
    _rule("ago", rf"(?P<n>{NUMBER}){_}(?P<unit>{UNIT}){_}(?i:ago)(?!\w)", _read_ago, _NUMBER_STARTS),
    # two years from now / in a week's time
    _rule("from_now", rf"(?P<n>{NUMBER}){_}(?P<unit>{UNIT})(?:{_}(?i:from){_}(?i:now|today)(?![\w-])"
                      rf"|{_}(?i:hence)(?!\w)|['’]s?{_}(?i:time)(?!\w))", _read_from_now, _NUMBER_STARTS),
    # three days later (than the date just mentioned) / three days later than planned
    _rule("later", rf"(?P<n>{NUMBER}){_}(?P<unit>{UNIT}){_}(?P<dir>(?i:later|earlier))(?!\w)"
                   rf"(?P<than>(?={_}(?i:than)\b))?", _read_later, _NUMBER_STARTS),
    # earlier today / later this year / earlier this month
    _rule("earlier_later", rf"(?i:earlier|later|late|early){_}(?P<base>(?i:today|tonight|this{_}(?:morning|"
                           rf"afternoon|evening|week|month|quarter|year)))(?![\w-])", _read_earlier_later,
          {"earlier", "later", "late", "early"}),
    # the same day / that day / earlier in the day / the next day / the day before
    _rule("same_day", rf"(?i:(?:(?:earlier|later|late|early){_}(?:in|on){_}the{_}(?:day|week|month|year))|"
                      rf"(?:(?:earlier|later){_})?that{_}(?:day|morning|afternoon|evening|night|week|month|year)|"
                      rf"the{_}same{_}(?:day|week|month|year)|"
                      rf"the{_}(?:next|following|previous){_}day|the{_}(?:day|week|month|year){_}(?:before|after))"
                      r"(?![\w-])",
          _read_same_day, {"earlier", "later", "late", "early", "that", "the"}),
    # now / recently / the future / the near term; not "as soon as", "as recently as", "shortly before"
    _rule("deixis", rf"(?<!\b(?i:as) )(?P<word>(?i:{_alternatives(DEIXIS_WORDS)}))(?![\w-])"
                    rf"(?!{_}(?i:as|before|after)\b)", _read_deixis, _first_words(DEIXIS_WORDS)),
    # every week / each Monday / on Mondays / weekly / annual ("Daily", "Weekly" capitalised name papers)
    _rule("frequency", rf"(?:(?i:every|each|per){_}(?:(?P<n>{NUMBER}){_})?(?P<unit>{UNIT})|(?i:every|each){_}"
                       rf"(?P<weekday>{WEEKDAY})|(?P<weekday_plural>{WEEKDAY}s)|(?P<weekends>(?i:weekends))"
                       rf"|(?P<word>{_alternatives(FREQUENCY_WORDS)}))(?![\w-])", _read_frequency,
          {"every", "each", "per", WEEKDAY_KEY, "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
           "saturdays", "sundays", "weekends", *FREQUENCY_WORDS}),
    # three years / the past three years / nearly five months / two and a half years / a year and a half
    _rule("duration", rf"(?:(?i:the){_}(?P<rel>(?i:past|last|next|coming|previous|first|final)){_})?"
                      rf"{_APPROXIMATELY}?(?P<n>{NUMBER}){_}{_UNIT_ADJECTIVE}?(?P<unit>{UNIT})"
                      rf"(?P<half>{_}and{_}a{_}half)?(?!{_OPT}-?{_OPT}old\b)(?!-old)", _read_duration,
          {*_THE, *_first_words(_APPROXIMATE_WORDS), *_NUMBER_STARTS}),
    # the past decade / a decade
    _rule("decade_duration", rf"(?:(?i:the){_}(?P<rel>(?i:past|last|next|coming)){_}|(?P<n>(?i:a|one)){_})"
                             rf"(?P<unit>(?i:decade|century))(?![\w-])", _read_duration, {"the", "a", "one"}),
    # 27-year / fifty-year / 12-hour / four-week
    _rule("adjectival_duration", rf"(?<![\w-])(?P<n>\d+|(?i:{_NUMBER_WORD}))-(?P<unit>(?i:second|minute|hour|day|"
                                 rf"week|month|year|decade))(?:-long)?(?![\w-])", _read_duration,
          {NUM_KEY, *NUMBERS}),
    # years / decades-long (with a preposition or inside a spaCy DATE)
    _rule("vague_duration", rf"(?<![\w-])(?P<unit>(?i:decades|years|months|weeks|days))(?:-long)?(?![\w-])"
                            rf"(?!{_OPT}-?{_OPT}old\b)", _read_vague_plural,
          {"decades", "years", "months", "weeks", "days"}, ambiguous=True),
    # 18:00 UTC / 6:40 p.m. / 12:00 UTC Monday / 16:00 UTC today
    _rule("time", rf"(?<![\w:.,$])(?:{_TIME_OF_DAY})(?![\w:%]|[.,]\d)(?:{_}(?P<dayword>(?i:today|yesterday|"
                  rf"tomorrow)|{WEEKDAY}))?", _read_time, {NUM_KEY}),
    # 0800 UTC
    _rule("military_time", rf"(?<![\w:.,$])(?P<hhmm>[0-2]\d[0-5]\d){_}(?P<zone>UTC|GMT)(?!\w)", _read_military_time,
          {NUM_KEY}),
    _rule("noon", r"(?i:noon|midnight|midday)(?!\w)", _read_noon, {"noon", "midnight", "midday"}),
    # the holiday season / the Christmas and New Year sales period / Christmas sales: some days around Christmas,
    # not December 25 (a TIMEX3 duration of unknown days, as MEANTIME marks it)
    _rule("holiday_season", rf"(?:(?i:the){_})?(?:(?:Christmas|Xmas)(?:{_}(?i:and){_}New{_}Year(?:['’]s)?)?"
                            rf"(?:(?:{_}(?i:{_SEASON_NOUN_WORDS}))?{_}(?i:season|period)(?![\w-])"
                            rf"|(?={_}(?i:{_SEASON_NOUN_WORDS}|holidays|break|rush|spending|quarter)(?![\w-])))"
                            rf"|(?i:holiday|festive)(?:{_}(?i:{_SEASON_NOUN_WORDS}))?{_}(?i:season|period)(?![\w-]))",
          lambda m: Duration("D", None), {"the", "christmas", "xmas", "holiday", "festive"}),
    # Christmas / New Year's Eve 1999
    _rule("holiday", rf"(?P<name>{_HOLIDAY_NAMES})(?![\w-])(?!{_}(?i:{_HOLIDAY_THINGS})(?![\w-]))"
                     rf"(?:{_DATE_SEP}(?P<year>{YEAR}))?", _read_holiday,
          _first_words([*HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS])),
)
