"""Time expressions, normalised to TIMEX3 values against the article's reference date.

Three steps, each over one article:

1. **Find.** The rules of ``time_grammar`` run over the text. Matches of ambiguous rules (``May``, ``2000``,
   ``spring``, ``years``) are kept only inside a spaCy DATE/TIME entity or after a temporal preposition; spaCy's
   entities alone are not used as spans, because the small model's DATE also covers ages (``aged 55``) and
   counts (``75 hours of video``) and misses ``now``, ``recently`` and ``currently``. Overlapping matches are
   settled leftmost-longest.
2. **Tense.** A date named without a year or a week (``on Friday``, ``September 27``, ``in July``) is placed before
   or after the reference date by the clause it sits in: the verb right before it (``said on Friday``), else the
   verb that governs it in spaCy's parse, with its auxiliaries (``said on Friday`` -> the past Friday; ``will meet
   on Friday``, ``is set to begin on Wednesday`` -> the coming one). A present-tense or verbless clause
   (headlines), a date inside the dateline, or one that pre-modifies a noun (``a June 3 hearing``) takes the
   occurrence nearest the reference date.
3. **Resolve** against the reference date with a small calendar (ISO weeks, quarters, seasons, decades), and for
   ``the same day`` or ``three days later`` against the last date the text mentioned.

Why not dateparser: it parses a date string well, but it finds dates in running text poorly (it reads the
pronoun ``We`` as Wednesday and misses ``this past July``), it has no durations, sets, decades, seasons or
quarters, always answers at day granularity (``2008`` becomes a day in 2008) and chooses past or future by one
global setting rather than by the clause. ``claimgraph evaluate times`` measures it beside this component.

The reference date is ``Article.published``, else the dateline's date when it has a year (``anchor`` says which).
Without one, what the text fixes by itself (``in April 2016``, ``three years``) is still resolved; a relative
expression is kept with ``resolved: false`` and the TIMEX3 underspecified value where the text names calendar
fields (``September 27`` -> ``XXXX-09-27``, ``Friday`` -> ``XXXX-WXX-5``) or no value where it names only an offset
(``yesterday``, ``last week``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimgraph.analysis.components.time_grammar import (
    EASTER_HOLIDAYS,
    NOT_TIME_BEFORE,
    NUMBERS,
    RULES,
    TEMPORAL_PREPOSITIONS,
    VERB_BEFORE,
    VERB_LIKE_TIMES,
    WEEKDAY_HOLIDAYS,
    WEEKDAY_NAME_PREFIXES,
    WORD,
    Anaphor,
    Calendar,
    Deixis,
    Duration,
    Frequency,
    Meaning,
    Range,
    Rule,
    Shift,
    duration_value,
    first_word_keys,
    rate,
)
from claimgraph.analysis.nlp import is_definite
from claimgraph.analysis.pipeline import Component
from claimgraph.records import Analysis, Article, Span, TimeExpr

NAME = "times"
VERSION = 1
EXTRACTOR = f"{NAME}/{VERSION}"

AnchorKind = Literal["published", "dateline"]
Tense = Literal["past", "future", "present"]
# How a date named without its year or week is placed: the last one on or before the reference ("past"), the
# next one on or after it ("future"), the one nearest to it, strictly before ("last") or after ("next") it,
# or the one of the current year or week ("this").
Mode = Literal["past", "future", "nearest", "last", "next", "this"]

_ENTITY_LABELS = frozenset({"DATE", "TIME"})
# Words before an ambiguous decade that make it an age: "in his 70s".
_AGE_BEFORE = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PREVIOUS_WORD = re.compile(r"([\w'’]+)[^\w\n]*$")
_RATE_WORDS = frozenset({"once", "twice", "times", "thrice"}) | frozenset(NUMBERS) - {"a", "an"}
# Dependencies of a date that pre-modifies a noun ("a June 3 hearing", "Monday's announcement").
_PREMODIFIER = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
# The granularities of date an anaphor of each unit can step from ("the same month" of "on June 3" is June).
_FISCAL_GRANULARITIES = ("fiscal year", "fiscal half", "fiscal quarter")
_ANTECEDENTS: dict[str, tuple[str, ...]] = {
    "day": ("day",),
    "week": ("day", "week", "weekend"),
    "month": ("day", "month"),
    "quarter": ("day", "month", "quarter", "fiscal quarter"),
    "year": ("day", "month", "quarter", "half", "season", "year", *_FISCAL_GRANULARITIES),
    "period": ("day", "week", "weekend", "month", "quarter", "half", "season", "year", *_FISCAL_GRANULARITIES),
    "decade": ("day", "month", "quarter", "half", "season", "year", "decade"),
}
# Periods a year-step anaphor keeps ("a year earlier" than a quarter is a quarter); others give the year.
_KEPT_BY_PERIOD = frozenset({"month", "quarter", "half", "season", *_FISCAL_GRANULARITIES})
# Periods that a past-tense clause reports once they have ended.
_REPORTED_PERIODS = frozenset({"quarter", "half", "fiscal quarter", "fiscal half"})
# Auxiliaries of the future ("wo" is spaCy's token for the "wo" of "won't").
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
# Auxiliaries of the present passive ("Results are expected by March 8").
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re"})
# Verbs of forecasting, expecting and scheduling: the date of what they report is the nearest, not the last ("said it
# expected fourth-quarter profit to rise" in an October story is this quarter, "scheduled a vote for December 15" in
# a December 2 story is this month's).
_FORWARD_VERBS = frozenset({"forecast", "predict", "expect", "anticipate", "project", "schedule", "reschedule",
                            "postpone", "delay", "plan", "slate"})
# Verbs whose present passive looks ahead ("is expected", "are scheduled", "is due to").
_EXPECTATION_VERBS = frozenset({"expect", "schedule", "plan", "slate", "set", "anticipate", "forecast", "project"})


@dataclass(frozen=True, slots=True)
class Found:
    """A grammar match that survived the ambiguity checks: characters ``start:end`` of the text and its meaning."""

    start: int
    end: int
    rule: str
    meaning: Meaning
    within: Range | None = None  # the range this date is an end of ("2011" of "from 2009 to 2011")


@dataclass(frozen=True, slots=True)
class _Point:
    """A resolved calendar period: its TIMEX3 value, the days bounding it and its granularity."""

    value: str
    begin: dt.date
    end: dt.date
    granularity: str  # day, week, weekend, month, season, quarter, half, year, decade, century, fiscal ...

    @property
    def bounds(self) -> tuple[dt.date | None, dt.date | None]:
        """The days the period runs between; unknown for a fiscal period, whose calendar differs by company."""
        if self.granularity in _FISCAL_GRANULARITIES:
            return None, None
        return self.begin, self.end


# -- finding -------------------------------------------------------------------------------------------------------


# Every key a rule of the grammar can start with (see ``first_word_keys``).
_RULE_STARTS = frozenset(key for rule in RULES for key in rule.starts)


def find_expressions(doc: Doc, text: str | None = None) -> list[Found]:
    """Time expressions in ``doc``, in text order, never overlapping; ``text`` is ``doc.text``, which spaCy
    rebuilds from the tokens on every access, so callers that have it pass it."""
    text = doc.text if text is None else text
    entities = sorted((ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _ENTITY_LABELS)
    starts: dict[str, list[int]] = {}
    keys_of: dict[str, tuple[str, ...]] = {}  # news repeats its words: each one's keys are worked out once
    for word in WORD.finditer(text):
        written = word.group()
        keys = keys_of.get(written)
        if keys is None:
            # Only the keys some rule starts with are ever looked up below.
            keys = keys_of[written] = tuple(key for key in first_word_keys(written) if key in _RULE_STARTS)
        for key in keys:
            starts.setdefault(key, []).append(word.start())
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    for priority, rule in enumerate(RULES):
        positions = sorted({position for key in rule.starts for position in starts.get(key, ())})
        for position in positions:
            match = rule.pattern.match(text, position)
            if match is not None and match.end() > position:
                candidates.append((position, position - match.end(), priority, rule, match))
    candidates.sort(key=lambda candidate: candidate[:3])
    found: list[Found] = []
    taken_until = 0
    for start, _negative_length, _priority, rule, match in candidates:
        if start < taken_until or not _admissible(doc, text, rule, match, entities):
            continue
        meaning = rule.read(match)
        if meaning is None:
            continue
        if isinstance(meaning, Range) and meaning.ends is not None:
            # TimeML marks each end of "from 2009 to 2011" as a date of its own; the range lives on in their bounds.
            (first_start, first_end), (last_start, last_end) = meaning.ends
            found.append(Found(first_start, first_end, rule.name, meaning.first, within=meaning))
            found.append(Found(last_start, last_end, rule.name, meaning.last, within=meaning))
        else:
            found.append(Found(start, match.end(), rule.name, _as_rate(text, start, meaning, match[0])))
        taken_until = match.end()
    return found


def _previous_word(text: str, start: int) -> str:
    found = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def _admissible(
    doc: Doc, text: str, rule: Rule, match: re.Match[str], entities: Sequence[tuple[int, int]]
) -> bool:
    """Whether a match is a time here, not a name or another use of the same word."""
    previous = _previous_word(text, match.start())
    if rule.name == "weekday" and previous.lower() in WEEKDAY_NAME_PREFIXES and previous[:1].isupper():
        return False  # "Black Monday", "Good Friday": names of days, not dates
    if rule.name == "quarter_code" and previous[:1].isupper() and previous.lower() not in TEMPORAL_PREPOSITIONS:
        return False  # "the Audi Q3": a name before the code makes it a model
    if rule.name == "the_unit" and previous.lower() == "of":
        return False  # "Player of the Year", "the deal of the day": a title or a superlative's frame
    if not rule.ambiguous:
        return True
    if previous.lower() in NOT_TIME_BEFORE or (
            previous.lower() in VERB_BEFORE and match.group().split()[0].lower() in VERB_LIKE_TIMES):
        return False
    if rule.name == "decade" and previous.lower() in _AGE_BEFORE:
        return False
    if _overlaps_entity(entities, match.start(), match.end()):
        return True
    if previous.lower() not in TEMPORAL_PREPOSITIONS:
        return False
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    # "in May" passes; "May" tagged as a modal or a verb after one of those words ("as May ...") does not.
    return span is None or span[0].tag_ not in ("MD", "VB", "VBP", "VBZ")


def _overlaps_entity(entities: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` shares a character with one of the sorted, non-overlapping entity spans."""
    index = bisect.bisect_left(entities, (end, end)) - 1  # the last entity starting before ``end``
    return index >= 0 and entities[index][1] > start


def _as_rate(text: str, start: int, meaning: Meaning, matched: str) -> Meaning:
    """``a year`` after a number is the period of a rate (``15 a year``, ``twice a day``): a TIMEX3 set."""
    if not isinstance(meaning, Duration) or meaning.amount != 1 or matched.split()[0].lower() not in ("a", "an"):
        return meaning
    previous = _previous_word(text, start).lower()
    if previous in _RATE_WORDS or re.fullmatch(r"[\d.,]+", previous):
        return rate(meaning.unit)
    return meaning


# -- tense ---------------------------------------------------------------------------------------------------------


def clause_tense(doc: Doc, start: int, end: int, names_things: bool = True) -> Tense | None:
    """The tense of the clause a time expression sits in, from the verb that governs it; None without a verb.

    ``names_things``: a date that pre-modifies a noun names the thing (``a June 3 hearing``) and takes no tense;
    a quarter or half before a figure does (``posted a first-half loss`` reports an ended half).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if names_things and _premodifies_noun(span):
        return None  # "a June 3 hearing": the date names the thing, the clause's tense says nothing about it
    verb = _adjacent_verb(doc, span.start) or _governing_verb(span)
    return _tense_of(verb) if verb is not None else None


def _premodifies_noun(span: SpacySpan) -> bool:
    """Whether an expression stands before a noun as its modifier (``a June 3 hearing``, ``fourth-quarter
    results``)."""
    return span.root.dep_ in _PREMODIFIER and span.root.head.pos_ in ("NOUN", "PROPN")


def _adjacent_verb(doc: Doc, start: int) -> Token | None:
    """The verb just before the expression or its preposition (``said on Friday``, ``met Tuesday``).

    The small model often attaches the date of "X said on Friday it will ..." to the later verb; in wire copy the
    verb right before a date is the one it belongs to.
    """
    index = start - 1
    if index >= 0 and doc[index].pos_ == "ADP":
        index -= 1
    if index >= 0 and doc[index].pos_ in ("VERB", "AUX") and doc[index].tag_ != "MD":
        return doc[index]
    return None


def _governing_verb(span: SpacySpan) -> Token | None:
    token = span.root
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN" and \
            is_definite(token.head.head):
        # A date of a known event ("the country's withdrawal from the group in January") takes no tense from the
        # clause the noun stands in: the nearest occurrence. A new one ("will speak at a meeting on Tuesday",
        # "announced a buyback in the autumn") happens in the clause's time.
        return None
    for _step in range(8):
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _tense_of(verb: Token) -> Tense | None:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    present_passive = verb.tag_ == "VBN" and any(
        aux.dep_ == "auxpass" and aux.lower_ in _PRESENT_AUXILIARIES for aux in auxiliaries)
    if verb.lemma_.lower() in _FORWARD_VERBS and not present_passive and not any(
            aux.lower_ in ("had", "'d") for aux in auxiliaries):
        # What was forecast is mostly still ahead when it is reported ("forecast gusts on Sunday and a cool change on
        # Monday" in a Saturday story): the nearest occurrence, whatever the tense.
        return "present"
    if any(aux.lower_ in _FUTURE_AUXILIARIES or aux.tag_ == "MD" for aux in auxiliaries):
        return "future"
    if any(aux.tag_ == "TO" for aux in auxiliaries):
        return "future"  # a to-infinitive names what is planned or expected ("is set to begin on Wednesday")
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if present_passive:
        # The present passive: an expectation looks ahead ("Results are expected by March 8"), else the present.
        return "future" if verb.lemma_.lower() in _EXPECTATION_VERBS else "present"
    if verb.tag_ == "VBN":
        return "past"  # present perfect ("has announced") or a reduced relative ("figures released April 3")
    if verb.tag_ == "VBG" and any(aux.lower_ in _PRESENT_AUXILIARIES for aux in auxiliaries):
        return "future"  # the present progressive of a dated event is an arrangement ("is meeting on Friday")
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def _mode_for(tense: Tense | None) -> Mode:
    return "past" if tense == "past" else "future" if tense == "future" else "nearest"


# -- the calendar --------------------------------------------------------------------------------------------------


def _last_day(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _day_point(day: dt.date) -> _Point:
    return _Point(day.isoformat(), day, day, "day")


def _week_point(day: dt.date) -> _Point:
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=iso.weekday - 1)
    return _Point(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6), "week")


def _weekend_point(day: dt.date) -> _Point:
    week = _week_point(day)
    return _Point(f"{week.value}-WE", week.begin + dt.timedelta(days=5), week.end, "weekend")


def _month_point(year: int, month: int) -> _Point:
    return _Point(f"{year:04d}-{month:02d}", dt.date(year, month, 1), _last_day(year, month), "month")


def _quarter_point(year: int, quarter: int) -> _Point:
    first = 3 * quarter - 2
    return _Point(f"{year:04d}-Q{quarter}", dt.date(year, first, 1), _last_day(year, first + 2), "quarter")


def _half_point(year: int, half: int) -> _Point:
    first = 6 * half - 5
    return _Point(f"{year:04d}-H{half}", dt.date(year, first, 1), _last_day(year, first + 5), "half")


def _season_point(year: int, season: str) -> _Point:
    # Meteorological seasons of the northern hemisphere; winter runs from December into the next year.
    first, last = _SEASON_MONTHS[season]
    end_year = year + 1 if last < first else year
    return _Point(f"{year:04d}-{season}", dt.date(year, first, 1), _last_day(end_year, last), "season")


def _year_point(year: int) -> _Point:
    return _Point(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _decade_point(decade: int) -> _Point:
    return _Point(f"{decade:03d}", dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31), "decade")


def _century_point(century: int) -> _Point:
    first = max(century * 100, 1)
    return _Point(f"{century:02d}", dt.date(first, 1, 1), dt.date(century * 100 + 99, 12, 31), "century")


def _distance(point: _Point, reference: dt.date) -> int:
    if point.begin <= reference <= point.end:
        return 0
    return min(abs((point.begin - reference).days), abs((point.end - reference).days))


def _choose(candidates: Sequence[_Point], reference: dt.date, mode: Mode, this: _Point | None) -> _Point | None:
    """The candidate (in time order) that ``mode`` picks relative to ``reference``."""
    if mode == "this":
        return this
    if mode == "past":
        # A quarter or half told in the past tense has ended: results are reported after it ("profit rose in the
        # fourth quarter", read on October 3, is last year's); a day, week, month or season may still run.
        ended = [point for point in candidates if point.granularity in _REPORTED_PERIODS and point.end < reference]
        before = ended or [point for point in candidates if point.begin <= reference]
        return before[-1] if before else None
    if mode == "future":
        after = [point for point in candidates if point.end >= reference]
        return after[0] if after else None
    if mode == "last":
        before = [point for point in candidates if point.end < reference]
        return before[-1] if before else None
    if mode == "next":
        after = [point for point in candidates if point.begin > reference]
        return after[0] if after else None
    # Nearest; on a tie the earlier one, because news reports more than it announces.
    return min(candidates, key=lambda point: _distance(point, reference)) if candidates else None


def _fiscal_point(year: int, quarter: int | None = None, half: int | None = None) -> _Point:
    """A fiscal year, half or quarter (``FY2012-Q1``). Its days are those of the calendar period of the same
    number, which serve only to order it among other dates: ``bounds`` does not give them out."""
    if quarter is not None:
        point = _quarter_point(year, quarter)
        return _Point(f"FY{point.value}", point.begin, point.end, "fiscal quarter")
    if half is not None:
        point = _half_point(year, half)
        return _Point(f"FY{point.value}", point.begin, point.end, "fiscal half")
    point = _year_point(year)
    return _Point(f"FY{point.value}", point.begin, point.end, "fiscal year")


def _years_later(point: _Point, years: int) -> _Point:
    """The same period ``years`` later (earlier when negative): a month, quarter, half, season or fiscal period
    stays one; a day, week or year gives the year."""
    year, month = point.begin.year + years, point.begin.month
    if point.granularity not in _KEPT_BY_PERIOD:
        return _year_point(year)
    if point.granularity == "month":
        return _month_point(year, month)
    if point.granularity == "quarter":
        return _quarter_point(year, (month - 1) // 3 + 1)
    if point.granularity == "half":
        return _half_point(year, 1 if month <= 6 else 2)
    if point.granularity == "season":
        return _season_point(year, point.value[-2:])
    part = point.value[6:]  # "-Q1", "-H2" or "" of "FY2012-Q1"
    if part.startswith("-Q"):
        return _fiscal_point(year, quarter=int(part[2:]))
    if part.startswith("-H"):
        return _fiscal_point(year, half=int(part[2:]))
    return _fiscal_point(year)


def _step(point: _Point, unit: str, amount: int) -> _Point:
    """``amount`` units from a period mentioned before (the antecedent of an anaphor)."""
    if unit == "period":
        return _years_later(point, amount)
    if unit == "quarter" and point.granularity == "fiscal quarter":
        fiscal_year, quarter = int(point.value[2:6]), int(point.value[-1])
        index = fiscal_year * 4 + quarter - 1 + amount
        return _fiscal_point(index // 4, quarter=index % 4 + 1)
    return _shift_point(unit, amount, point.begin)


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher)."""
    golden, century, in_century = year % 19, year // 100, year % 100
    epact = (19 * golden + century - century // 4 - (century - (century + 8) // 25 + 1) // 3 + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (in_century // 4) - epact - in_century % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` of a month; ``nth`` -1 for the last one."""
    if nth < 0:
        last = _last_day(year, month)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _holiday(name: str, year: int) -> dt.date:
    if name in EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    month, weekday, nth, after = WEEKDAY_HOLIDAYS[name]
    return _nth_weekday(year, month, weekday, nth) + dt.timedelta(days=after)


def _nth_week_point(year: int, month: int | None, nth: int) -> _Point:
    """The ``nth`` week of a month (of the year without one): as ISO 8601 gives a week to the year holding its
    Thursday, the week holding the month's ``nth`` (or last) Thursday."""
    month = month if month is not None else 1 if nth > 0 else 12
    return _week_point(_nth_weekday(year, month, 4, nth))


def _named_point(calendar: Calendar, year: int) -> _Point | None:
    """The period a calendar names in ``year``; None for a day the month does not have."""
    if calendar.holiday is not None:
        return _day_point(_holiday(calendar.holiday, year))
    if calendar.nth_week is not None:
        return _nth_week_point(year, calendar.month, calendar.nth_week)
    if calendar.fiscal:
        return _fiscal_point(year, calendar.quarter, calendar.half)
    if calendar.month is not None and calendar.day is not None:
        try:
            return _day_point(dt.date(year, calendar.month, calendar.day))
        except ValueError:
            return None
    if calendar.month is not None:
        return _month_point(year, calendar.month)
    if calendar.season is not None:
        return _season_point(year, calendar.season)
    if calendar.quarter is not None:
        return _quarter_point(year, calendar.quarter)
    if calendar.half is not None:
        return _half_point(year, calendar.half)
    return _year_point(year)


def _underspecified(calendar: Calendar) -> str | None:
    """The TIMEX3 value of calendar fields whose year is unknown (``XXXX-09-27``)."""
    if calendar.holiday is not None or calendar.nth_week is not None:
        return None  # which day or week it is depends on the year
    if calendar.weekday is not None:
        return "XXXX-WXX-WE" if calendar.part_of_day == "WE" else f"XXXX-WXX-{calendar.weekday}"
    if calendar.month is not None and calendar.day is not None:
        return f"XXXX-{calendar.month:02d}-{calendar.day:02d}"
    if calendar.month is not None:
        return f"XXXX-{calendar.month:02d}"
    if calendar.season is not None:
        return f"XXXX-{calendar.season}"
    if calendar.quarter is not None:
        return f"XXXX-Q{calendar.quarter}"
    if calendar.half is not None:
        return f"XXXX-H{calendar.half}"
    return None


def _clock(part_of_day: str | None, hour: int | None, minute: int | None, utc: bool) -> str:
    """The time part of a TIMEX3 value: ``TMO`` for a part of the day, ``T18:00`` (``Z`` for UTC) for a clock time."""
    if hour is not None:
        return f"T{hour:02d}:{minute or 0:02d}{'Z' if utc else ''}"
    if part_of_day is not None and part_of_day != "WE":
        return f"T{part_of_day}"
    return ""


def _shift_point(unit: str, amount: int, reference: dt.date) -> _Point:
    if unit == "day":
        return _day_point(reference + dt.timedelta(days=amount))
    if unit == "week":
        return _week_point(reference + dt.timedelta(weeks=amount))
    if unit == "weekend":
        return _weekend_point(reference + dt.timedelta(weeks=amount))
    if unit == "month":
        return _month_point(*_add_months(reference.year, reference.month, amount))
    if unit == "quarter":
        year, month = _add_months(reference.year, reference.month, 3 * amount)
        return _quarter_point(year, (month - 1) // 3 + 1)
    if unit == "year":
        return _year_point(reference.year + amount)
    if unit == "decade":
        return _decade_point(reference.year // 10 + amount)
    return _century_point(reference.year // 100 + amount)


# -- resolution ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Resolution:
    """What a meaning resolves to: the fields of a ``TimeExpr`` but its span and anchor name."""

    type: str
    value: str | None
    begin: dt.date | None
    end: dt.date | None
    relative: bool  # needs an anchor
    resolved: bool
    point: _Point | None = None  # a calendar period later anaphors may refer to


class _Resolver:
    """Resolves meanings in text order, remembering the dates mentioned for anaphors (``the same day``)."""

    def __init__(self, doc: Doc, reference: dt.date | None, untensed: tuple[int, int] | None = None) -> None:
        self.doc = doc
        self.reference = reference
        self.untensed = untensed
        # (start, period, whether it was resolved against the reference) of the calendar periods so far
        self.mentioned: list[tuple[int, _Point, bool]] = []

    @functools.cached_property
    def text(self) -> str:
        """``doc.text``, which spaCy joins from the tokens at every access."""
        return self.doc.text

    def _tense(self, found: Found) -> Tense | None:
        if self.untensed is not None and self.untensed[0] <= found.start < self.untensed[1]:
            return None  # a dateline is no clause: its verb, if the parse finds one, belongs to the lead sentence
        meaning = found.meaning
        reported = isinstance(meaning, Calendar) and (meaning.quarter is not None or meaning.half is not None)
        tense = clause_tense(self.doc, found.start, found.end, names_things=not reported)
        if tense == "past" and _signal(self.text, found.start) in ("until", "till", "for"):
            # The end of a period a past-tense clause started ("adjourned the case until Dec. 10", "closed until
            # Friday") and what a past act was for ("called a meeting for Monday") lie on either side of the
            # reference: the nearest occurrence.
            return None
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if reported and tense == "future" and span is not None and _premodifies_noun(span):
            # A quarter before a figure that will be reported ("will report fourth-quarter results on January 29"
            # in a January story) is the one just ended or running: the nearest.
            return None
        return tense

    def resolve(self, found: Found) -> _Resolution | None:
        meaning = found.meaning
        # The parse is consulted only for the meanings whose direction the text leaves open.
        tense: Callable[[], Tense | None] = functools.partial(self._tense, found)
        if isinstance(meaning, Calendar):
            result = self._calendar(meaning, tense, found.start)
        elif isinstance(meaning, Shift):
            result = self._shift(meaning)
        elif isinstance(meaning, Anaphor):
            result = self._anaphor(meaning)
        elif isinstance(meaning, Deixis):
            result = self._deixis(meaning)
        elif isinstance(meaning, Duration):
            result = self._duration(meaning)
        elif isinstance(meaning, Frequency):
            result = _Resolution("set", meaning.value, None, None, relative=False, resolved=True)
        else:
            result = self._range(meaning)
        if result is not None and result.point is not None:
            self.mentioned.append((found.start, result.point, result.relative))
        return result

    def _calendar(self, calendar: Calendar, tense: Callable[[], Tense | None], start: int) -> _Resolution | None:
        reference = self.reference
        is_time = calendar.hour is not None or calendar.part_of_day not in (None, "WE")
        kind = "time" if is_time else "date"
        clock = _clock(calendar.part_of_day, calendar.hour, calendar.minute, calendar.utc)
        point: _Point | None
        relative = False
        if calendar.century is not None:
            point = _century_point(calendar.century)
        elif calendar.decade is not None:
            point = _decade_point(calendar.decade)
        elif calendar.decade_of_century is not None:
            if reference is None:
                return _Resolution(kind, None, None, None, relative=True, resolved=False)
            relative = True
            decade = reference.year // 100 * 10 + calendar.decade_of_century
            point = _decade_point(decade if decade <= reference.year // 10 else decade - 10)
        elif calendar.year is not None or calendar.year_shift is not None or calendar.two_digit_year is not None:
            year = self._year(calendar)
            if year is None:
                return _Resolution(kind, None, None, None, relative=True, resolved=False)
            relative = calendar.year is None
            point = _named_point(calendar, year)
        elif calendar.weekday is not None or calendar.month is not None or calendar.season is not None or (
            calendar.quarter is not None or calendar.half is not None or calendar.holiday is not None
        ):
            if reference is None:
                value = _underspecified(calendar)
                return _Resolution(kind, value + clock if value else None, None, None, relative=True, resolved=False)
            relative = True
            mode = self._mode(calendar, tense)
            point = self._occurrence(calendar, reference, mode)
        else:
            return self._clock_only(calendar, kind, clock, start)
        if point is None:
            return None
        return _Resolution(kind, point.value + clock, *point.bounds, relative, resolved=True, point=point)

    def _year(self, calendar: Calendar) -> int | None:
        if calendar.year is not None:
            return calendar.year
        if self.reference is None:
            return None
        if calendar.year_shift is not None:
            return self.reference.year + calendar.year_shift
        assert calendar.two_digit_year is not None
        # "'82", "7/8/07": the century that puts the year at most ten years after the reference.
        year = self.reference.year // 100 * 100 + calendar.two_digit_year
        return year - 100 if year > self.reference.year + 10 else year

    @staticmethod
    def _mode(calendar: Calendar, tense: Callable[[], Tense | None]) -> Mode:
        if calendar.direction == -1:
            return "last"
        if calendar.direction == 1:
            return "next"
        if calendar.direction == 0:
            return "this"
        return _mode_for(tense())

    @staticmethod
    def _occurrence(calendar: Calendar, reference: dt.date, mode: Mode) -> _Point | None:
        """The occurrence of a yearless (or weekless) calendar name that ``mode`` picks around ``reference``."""
        if calendar.weekday is not None and calendar.part_of_day == "WE":
            weekends = [_weekend_point(reference + dt.timedelta(weeks=k)) for k in range(-2, 3)]
            return _choose(weekends, reference, mode, weekends[2])
        if calendar.weekday is not None:
            offset = calendar.weekday - reference.isoweekday()
            days = [_day_point(reference + dt.timedelta(days=offset + 7 * k)) for k in range(-2, 3)]
            return _choose(days, reference, mode, days[2])
        points = [point for k in range(-2, 3) if (point := _named_point(calendar, reference.year + k)) is not None]
        this = _named_point(calendar, reference.year)
        if calendar.season == "WI" and reference.month <= 2:
            this = _named_point(calendar, reference.year - 1)  # January's winter began the December before
        return _choose(points, reference, mode, this)

    def _clock_only(self, calendar: Calendar, kind: str, clock: str, start: int) -> _Resolution:
        """A clock time takes its day from a date in its own sentence, else from the reference date."""
        in_sentence = self._day_in_sentence(start)
        if in_sentence is not None:
            day, relative = in_sentence
        elif self.reference is not None:
            day, relative = self.reference, True
        else:
            return _Resolution(kind, f"XXXX-XX-XX{clock}", None, None, relative=True, resolved=False)
        return _Resolution(kind, day.isoformat() + clock, day, day, relative, resolved=True)

    def _day_in_sentence(self, start: int) -> tuple[dt.date, bool] | None:
        """The day named nearest to ``start`` in its sentence ("at 16:15 UTC, June 1st, ... earlier today")."""
        sentence = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if sentence is None:
            return None
        bounds = sentence.sent
        days = [
            (abs(mentioned_at - start), point.begin, relative) for mentioned_at, point, relative in self.mentioned
            if bounds.start_char <= mentioned_at < bounds.end_char and point.granularity == "day"
        ]
        if not days:
            return None
        _distance, day, relative = min(days)
        return day, relative

    def _shift(self, shift: Shift) -> _Resolution:
        is_time = shift.hour is not None or shift.part_of_day is not None
        kind = "time" if is_time else "date"
        if self.reference is None:
            return _Resolution(kind, None, None, None, relative=True, resolved=False)
        point = _shift_point(shift.unit, shift.amount, self.reference)
        clock = _clock(shift.part_of_day, shift.hour, shift.minute, shift.utc)
        return _Resolution(kind, point.value + clock, point.begin, point.end, True, resolved=True, point=point)

    def _anaphor(self, anaphor: Anaphor) -> _Resolution:
        finer = _ANTECEDENTS[anaphor.unit]
        earlier = ((point, relative) for _at, point, relative in reversed(self.mentioned)
                   if point.granularity in finer)
        antecedent = next(earlier, None)
        if antecedent is not None:
            base, relative = antecedent
            point = _step(base, anaphor.unit, anaphor.amount)
        elif self.reference is not None:
            relative = True
            unit = "year" if anaphor.unit == "period" else anaphor.unit
            point = _shift_point(unit, anaphor.amount + anaphor.fallback, self.reference)
        else:
            return _Resolution("date", None, None, None, relative=True, resolved=False)
        return _Resolution("date", point.value, *point.bounds, relative, resolved=True, point=point)

    def _deixis(self, deixis: Deixis) -> _Resolution:
        reference = self.reference
        if reference is None:
            return _Resolution("date", deixis.value, None, None, relative=True, resolved=False)
        begin = None if deixis.value == "PAST_REF" else reference
        end = None if deixis.value == "FUTURE_REF" else reference
        return _Resolution("date", deixis.value, begin, end, relative=True, resolved=True)

    def _duration(self, duration: Duration) -> _Resolution:
        value = duration_value(duration.unit, duration.amount)
        if not duration.anchored:
            return _Resolution("duration", value, None, None, relative=False, resolved=True)
        reference = self.reference
        if reference is None:
            return _Resolution("duration", value, None, None, relative=True, resolved=False)
        other = _offset(reference, duration, -1 if duration.anchored < 0 else 1)
        begin, end = (other, reference) if duration.anchored < 0 else (reference, other)
        return _Resolution("duration", value, begin, end, relative=True, resolved=True)

    def _range(self, span: Range) -> _Resolution | None:
        bounds = self.range_bounds(span)
        if bounds is None:
            return None
        begin, end = bounds
        years = end.year - begin.year + 1
        return _Resolution("duration", f"P{years}Y", begin, end, relative=False, resolved=True)

    def range_bounds(self, span: Range) -> tuple[dt.date, dt.date] | None:
        """The first day of a range's first end and the last day of its last end."""
        first = self._calendar(span.first, lambda: None, 0)
        last = self._calendar(span.last, lambda: None, 0)
        if first is None or last is None or first.begin is None or last.end is None:
            return None
        return first.begin, last.end


def _offset(reference: dt.date, duration: Duration, sign: int) -> dt.date | None:
    """The reference date moved by a duration, for the bounds of ``the past three years``; None if vague."""
    if duration.amount is None:
        return None
    amount = duration.amount * sign
    days = {"D": 1, "W": 7}.get(duration.unit)
    if days is not None:
        return reference + dt.timedelta(days=round(amount * days))
    months = {"M": 1, "Q": 3, "Y": 12}.get(duration.unit)
    if months is None:
        return reference  # hours, minutes: the same day
    year, month = _add_months(reference.year, reference.month, round(amount * months))
    return min(dt.date(year, month, 1) + dt.timedelta(days=reference.day - 1), _last_day(year, month))


def _signal(text: str, start: int) -> str:
    """The preposition before an expression, lower case: ``since`` and ``until`` turn a date into a period."""
    return _previous_word(text, start).lower()


def normalise_times(
    doc: Doc, reference: dt.date | None, anchor_kind: AnchorKind = "published", body: str | None = None,
    dateline: tuple[int, int] | None = None,
) -> list[TimeExpr]:
    """The time expressions of a parsed text as ``TimeExpr`` records (ids ``t1``, ``t2`` ... in text order).

    ``reference`` is the date relative expressions are resolved against and ``anchor_kind`` what it came from;
    ``body`` is the text the spans index (the article body the doc was parsed from; ``doc.text`` by default);
    ``dateline`` the offsets of the article's dateline, whose dates take the occurrence nearest the reference.
    """
    text = body if body is not None else doc.text
    resolver = _Resolver(doc, reference, dateline)
    found = find_expressions(doc, text)
    resolved = _resolve_in_order(resolver, found)
    records: list[TimeExpr] = []
    for expression, resolution in resolved:
        begin, end = resolution.begin, resolution.end
        signal = _signal(text, expression.start)
        bounds = resolver.range_bounds(expression.within) if expression.within is not None else None
        if bounds is not None:
            # Each end of "from 2009 to 2011" has its own value but the range's bounds, as "since 1992" has the
            # bounds of the period it opens: a reader of either record learns the whole period.
            begin, end = bounds
        elif signal == "since" and begin is not None:
            # The period runs from the date to the reference: unknown without one, empty if the date is later.
            end = reference if reference is not None and begin <= reference else None
        elif signal in ("until", "till") and end is not None and reference is not None and reference < end:
            begin = reference
        records.append(TimeExpr(
            id=f"t{len(records) + 1}", extractor=EXTRACTOR, span=Span.of(text, expression.start, expression.end),
            type=resolution.type, value=resolution.value,
            begin=begin.isoformat() if begin else None, end_date=end.isoformat() if end else None,
            anchor=anchor_kind if resolution.relative else "absolute", resolved=resolution.resolved,
        ))
    return records


def _resolve_in_order(resolver: _Resolver, found: Iterable[Found]) -> list[tuple[Found, _Resolution]]:
    """Calendar expressions first in text order, then clock times, which borrow their day from the sentence."""
    expressions = list(found)
    order = sorted(range(len(expressions)), key=lambda index: _is_clock_only(expressions[index].meaning))
    results = {index: resolver.resolve(expressions[index]) for index in order}
    return [(expressions[index], result) for index, result in sorted(results.items()) if result is not None]


def _is_clock_only(meaning: Meaning) -> bool:
    return isinstance(meaning, Calendar) and meaning.hour is not None and meaning.weekday is None and (
        meaning.month is None and meaning.year is None
    )


def reference_of(article: Article) -> tuple[dt.date | None, AnchorKind]:
    """The date an article's relative times are resolved against: its publication date, else its dateline's."""
    published = _iso_date(article.published)
    if published is not None:
        return published, "published"
    dateline = _iso_date(article.dateline.date if article.dateline else None)
    if dateline is not None:
        return dateline, "dateline"
    return None, "published"


def _iso_date(value: str | None) -> dt.date | None:
    """The date of an ISO date or datetime; None for none, or for a dateline without a year (``--10-03``)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_times(doc: Doc, analysis: Analysis) -> Analysis:
    article = analysis.article
    reference, kind = reference_of(article)
    dateline = (article.dateline.span.start, article.dateline.span.end) if article.dateline else None
    times = normalise_times(doc, reference, kind, body=article.body, dateline=dateline)
    return dataclasses.replace(analysis, times=tuple(times))


TIMES = Component(
    NAME, VERSION, requires=frozenset({"tokens", "sentences", "ner"}), assigns=frozenset({"times"}), run=extract_times
)
