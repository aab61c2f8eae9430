"""The dateline at the start of a wire story: where it was filed, on which day, by which agency.

Recognised styles (the dash may be a hyphen, ``--``, an en dash or an em dash)::

    BAKU, October 3. /TASS/.                 TASS
    ANKARA, Turkey (AP) —                     AP: the region after the city is not part of the place
    YEREVAN (Reuters) -                       City (Agency) -
    HALIFAX, Oct. 20 -                        CITY, Month Day - (no agency: the city must be in capitals)
    PARIS, Oct 2 (AFP) -                      CITY, Month Day (Agency) -
    PARIS, Oct. 2, 2020 (AFP) -               CITY, Month Day, Year (Agency) -
    Monday, January 7, 2019                   Wikinews: a date line, no place and no agency

An ordinary sentence can have the same shape (``Paris (France) - the capital``), so a wire dateline needs
either a city written in capitals, as agencies write it, or an agency from ``KNOWN_AGENCIES``; an unknown
agency after a capitalised city may have at most three words, which keeps out acronyms spelled out in
parentheses (``NATO (North Atlantic Treaty Organization) -``).
"""

from __future__ import annotations

import datetime as dt
import re

from claimgraph.records import Dateline, Span

# Lower-cased variants of an agency's name, mapped to the name claimgraph records.
KNOWN_AGENCIES: dict[str, str] = {
    "tass": "TASS",
    "itar-tass": "TASS",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "xinhua": "Xinhua",
    "upi": "UPI",
    "dpa": "dpa",
    "ansa": "ANSA",
    "efe": "EFE",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
}

# The longest name of an agency that is not in KNOWN_AGENCIES ("Interfax-Ukraine", "Kyodo News").
_MAX_UNKNOWN_AGENCY_WORDS = 3

# The shortest city that makes a dateline without an agency.
_MIN_BARE_CITY_LETTERS = 4

# Words of a multi-word place that stay in lower case when the place is re-cased from capitals
# ("RIO DE JANEIRO" -> "Rio de Janeiro", "STRATFORD-UPON-AVON" -> "Stratford-upon-Avon").
_PARTICLES = frozenset(
    {"al", "am", "an", "and", "da", "das", "de", "del", "den", "der", "des", "di", "do", "dos", "du", "el",
     "en", "es", "la", "las", "le", "les", "los", "of", "on", "sur", "upon"}
)

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_GAP = r"[^\S\n]"  # a space within a line: a dateline never runs across lines
_DASH = r"(?:--|[-\u2010\u2012\u2013\u2014\u2015])"  # hyphens, figure, en, em and bar dashes
_WORD = r"[^\W\d_][\w'\u2019.\-]*"  # starts with a letter; "ST.", "NUR-SULTAN", "N'DJAMENA"
_MONTH = (
    r"(?P<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
)
_DAY_YEAR = rf"(?P<day>\d{{1,2}})(?!\d)(?:,{_GAP}*(?P<year>\d{{4}})(?!\d))?"

_WIRE = re.compile(
    rf"(?P<city>{_WORD}(?:{_GAP}{_WORD}){{0,4}})"
    rf"(?:,{_GAP}+{_WORD}(?:{_GAP}{_WORD}){{0,3}})?"  # the AP region: ", Turkey", ", Calif."
    rf"(?:,{_GAP}+{_MONTH}{_GAP}+{_DAY_YEAR})?"
    rf"(?:{_GAP}*\((?P<agency>[^()\n]{{1,40}})\){_GAP}*{_DASH}"  # (Reuters) -
    rf"|\.?{_GAP}*/(?P<slashed>[^/\n]{{1,40}})/\.?"  # . /TASS/.
    rf"|{_GAP}+(?P<bare>{_DASH})(?={_GAP}+[A-Z\"\u201c]))"  # no agency: "HALIFAX, Oct. 20 - The ..."
)

# The weekday makes a bare date at the start of a paragraph a date line; one followed by a lower-case word
# or a comma ("Monday, January 7, 2019 was ...") is the subject of a sentence instead.
_DATE_LINE = re.compile(
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),{_GAP}+{_MONTH}{_GAP}+{_DAY_YEAR}"
    rf"(?!{_GAP}*[a-z,;:])"
)

def find_dateline(body: str, start: int = 0) -> Dateline | None:
    """The dateline at ``start`` (the start of a paragraph; leading whitespace is skipped), or None.

    The span covers the dateline with its closing punctuation or dash, not the space after it.
    """
    position = max(start, 0)
    while position < len(body) and body[position].isspace():
        position += 1
    wire = _WIRE.match(body, position)
    if wire is not None:
        return _wire_dateline(body, wire)
    line = _DATE_LINE.match(body, position)
    if line is not None:
        date = _date(line["month"], line["day"], line["year"])
        return Dateline(Span.of(body, line.start(), line.end()), place=None, date=date, agency=None)
    return None


def _wire_dateline(body: str, match: re.Match[str]) -> Dateline | None:
    named = match["agency"] or match["slashed"]
    known = KNOWN_AGENCIES.get(" ".join(named.split()).casefold()) if named else None
    city = match["city"].rstrip(".")  # "MOSCOW. /TASS/.": the period closes the dateline, not the name
    capitals = city.isupper()
    place = _recase(city) if capitals else city
    if named is None:
        # Without an agency only a city in capitals of at least four letters makes a dateline ("MADRID - Real
        # said"; not "US - China talks resume").
        if not capitals or sum(char.isalpha() for char in city) < _MIN_BARE_CITY_LETTERS:
            return None
    elif not (known or (capitals and len(named.split()) <= _MAX_UNKNOWN_AGENCY_WORDS)):
        return None
    if not capitals and not all(
        word[0].isupper() or word.casefold() in _PARTICLES for word in re.split(r"[\s-]+", city) if word
    ):
        return None  # "The talks in Paris (AFP) -": a phrase, not a place
    date = _date(match["month"], match["day"], match["year"]) if match["month"] else None
    span = Span.of(body, match.start(), match.end())
    return Dateline(span, place=place, date=date, agency=known or (named.strip() if named else None))


def _recase(city: str) -> str:
    """``BAKU`` -> ``Baku``: agencies write the city in capitals, the record keeps its usual spelling."""

    def word(match: re.Match[str]) -> str:
        text = match.group()
        if match.start() > 0 and text.lower() in _PARTICLES:
            return text.lower()
        return text.capitalize()

    return re.sub(r"[^\W\d_]+", word, city)


def _date(month: str, day: str, year: str | None) -> str | None:
    """ISO ``YYYY-MM-DD``, or TIMEX3 ``--MM-DD`` without a year; None for a day the month does not have."""
    number = _MONTHS.index(month[:3].lower()) + 1
    try:
        # 2000 is a leap year, so a yearless February 29 passes.
        dt.date(int(year) if year else 2000, number, int(day))
    except ValueError:
        return None
    return f"{year}-{number:02d}-{int(day):02d}" if year else f"--{number:02d}-{int(day):02d}"
