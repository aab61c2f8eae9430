"""The publication date of an article, with where it came from and why.

In order: the date in the input's metadata; a dateline with a full date; a dateline without a year, which
takes its year from ``--published`` or else has it inferred from the weekdays and years the article names;
the ``--published`` date alone. The reason always says which rule decided, and what was passed over and why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from claimgraph.records import Dateline

PublishedSource = Literal["metadata", "dateline", "option", "inferred"]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
# A year of the article's time; not part of a larger number ("1,950", "2.015", "20200").
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d)")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")
# A month-day falls on the same weekday again after 5, 6 or 11 years, so this many years before the latest
# year the article mentions shows the candidate that year rules out (February 29 aside).
_YEARS_SHOWN_BEFORE = 11


@dataclass(frozen=True, slots=True)
class PublishedDecision:
    """An ISO publication date or None, the rule that gave it, and a reason a reader can check."""

    published: str | None
    source: PublishedSource | None
    reason: str


def decide_published(
    *,
    metadata: str | None,
    dateline: Dateline | None,
    option: str | None,
    body: str,
    today: dt.date | None = None,
) -> PublishedDecision:
    """The publication date from, in order: ``metadata``, the dateline, the ``option`` (``--published``).

    Unparseable metadata or option values count as absent and the reason says so. ``today`` bounds inferred
    years (a story is not published in the future); it defaults to the current date.
    """
    notes: list[str] = []
    metadata_date = _parse(metadata, "metadata", notes)
    if metadata_date is not None:
        return PublishedDecision(metadata_date.isoformat(), "metadata", f"metadata '{metadata}'")
    option_date = _parse(option, "--published", notes)

    def decided(published: str | None, source: PublishedSource | None, reason: str) -> PublishedDecision:
        return PublishedDecision(published, source, "; ".join([*notes, reason]))

    written = dateline.date if dateline else None
    month_day = _MONTH_DAY.fullmatch(written) if written else None
    if dateline is not None and written is not None and month_day is None:
        full = _parse(written, f"the date of dateline '{dateline.span.text}'", notes)
        if full is not None:
            return decided(full.isoformat(), "dateline", f"dateline '{dateline.span.text}'")
    if month_day is not None:
        month, day = int(month_day[1]), int(month_day[2])
        named = f"{_MONTHS[month - 1]} {day}"
        if option_date is not None:
            try:
                published = dt.date(option_date.year, month, day).isoformat()
            except ValueError:  # February 29 in a year that has none
                notes.append(f"{named} did not exist in {option_date.year}, the year of --published")
            else:
                return decided(published, "dateline", f"dateline '{named}' + year from --published")
        assert dateline is not None  # month_day comes from a dateline
        year, reason = _infer_year(month, day, body, _paragraph_at(body, dateline.span.start), today or dt.date.today())
        if year is not None:
            return decided(f"{year}-{month:02d}-{day:02d}", "inferred", reason)
        notes.append(reason)
    if option_date is not None:
        return decided(option_date.isoformat(), "option", f"--published '{option}'")
    return decided(None, None, "no publication date: nothing usable in metadata, dateline or --published")


def _parse(value: str | None, name: str, notes: list[str]) -> dt.date | None:
    """The date of an ISO date or datetime (its date as written, whatever its time zone); a note when it is
    given but is no ISO date."""
    if value is None or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        notes.append(f"{name} '{value}' is not an ISO date and was ignored")
        return None


def _paragraph_at(body: str, start: int) -> str:
    end = body.find("\n", start)
    return body[start:] if end < 0 else body[start:end]


def _infer_year(month: int, day: int, body: str, lead: str, today: dt.date) -> tuple[int | None, str]:
    """The earliest year, not before the latest year the article mentions and not in the future, in which the
    dateline's month-day fell on the weekday the lead paragraph names; the reason spells out each step.

    Only the dateline's own paragraph is read for the weekday: wire copy names the reporting day there ("told
    TASS on Saturday"), while later paragraphs name earlier days ("on Thursday, the ministry said"), which
    would admit years where the dateline day was one of those.
    """
    named = f"{_MONTHS[month - 1]} {day}"
    prefix = f"dateline '{named}' has no year"
    weekdays = list(dict.fromkeys(_WEEKDAY.findall(lead)))
    if len(weekdays) != 1:
        many = f"names {len(weekdays)} weekdays" if weekdays else "names no weekday"
        return None, f"{prefix} and its paragraph {many}; no single reporting day to infer the year from"
    said = ", ".join(f"'{weekday}'" for weekday in weekdays)
    years = [int(year) for year in _YEAR.findall(body) if int(year) <= today.year]
    if not years:
        return None, f"{prefix}; the article says {said} but mentions no past year to bound it"
    latest = max(years)

    first, last = latest - _YEARS_SHOWN_BEFORE, today.year + 1
    falls: dict[str, list[int]] = {weekday: [] for weekday in weekdays}
    for year in range(first, last + 1):
        try:
            weekday = _WEEKDAYS[dt.date(year, month, day).weekday()]
        except ValueError:  # February 29 outside leap years
            continue
        if weekday in falls:
            falls[weekday].append(year)
    shown = " and ".join(
        f"a {weekday} in {', '.join(map(str, found))}" for weekday, found in falls.items() if found
    )
    shown = shown or f"never a {' or '.join(weekdays)} from {first} to {last}"
    steps = f"{prefix}; the article says {said}; {named} was {shown}; latest year mentioned {latest}"
    candidates = sorted(
        year for found in falls.values() for year in found
        if year >= latest and dt.date(year, month, day) <= today
    )
    if not candidates:
        return None, f"{steps}; no such year from {latest} to today ({today.isoformat()})"
    return candidates[0], f"{steps} → {candidates[0]}"
