"""Time expressions: what ``times/1`` finds and the TIMEX3 values it gives, against a reference date of
Saturday 2020-10-03 (the day of the seed story's dateline). Sentences are written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from spacy.language import Language

from claimgraph.analysis.components.time_grammar import RULES, WORD, first_word_keys
from claimgraph.analysis.components.times import TIMES, normalise_times, reference_of
from claimgraph.analysis.nlp import load_nlp
from claimgraph.analysis.pipeline import Pipeline
from claimgraph.config import Settings
from claimgraph.records import Analysis, Article, Dateline, Span, TimeExpr

REFERENCE = dt.date(2020, 10, 3)  # a Saturday


@pytest.fixture(scope="module")
def nlp() -> Language:
    defaults = Settings()
    return load_nlp(defaults.model, defaults.max_chars)


def _times(nlp: Language, text: str, reference: dt.date | None = REFERENCE) -> list[TimeExpr]:
    return normalise_times(nlp(text), reference)


def _one(nlp: Language, text: str, expression: str, reference: dt.date | None = REFERENCE) -> TimeExpr:
    times = _times(nlp, text, reference)
    found = [time for time in times if time.span.text == expression]
    assert found, f"{expression!r} not found in {text!r}; found {[time.span.text for time in times]}"
    return found[0]


# sentence, expression found (prepositions such as "on", "in", "since" are not part of it, as in TIMEX3),
# type, value, begin, end
EXPRESSIONS = [
    ("The minister told TASS on Saturday.", "Saturday", "date", "2020-10-03", "2020-10-03", "2020-10-03"),
    ("Macron said on Friday that fighters had arrived.", "Friday", "date", "2020-10-02", "2020-10-02",
     "2020-10-02"),
    ("The area saw flare-ups of violence this past July.", "this past July", "date", "2020-07", "2020-07-01",
     "2020-07-31"),
    ("Renewed clashes erupted on September 27.", "September 27", "date", "2020-09-27", "2020-09-27",
     "2020-09-27"),
    ("Fighting flared in April 2016.", "April 2016", "date", "2016-04", "2016-04-01", "2016-04-30"),
    ("Violence flared in the summer of 2014.", "the summer of 2014", "date", "2014-SU", "2014-06-01",
     "2014-08-31"),
    ("Fighters were recruited in the early 1990s.", "the early 1990s", "date", "199", "1990-01-01",
     "1999-12-31"),
    ("In 1992-94, tensions boiled over.", "1992-94", "duration", "P3Y", "1992-01-01", "1994-12-31"),
    ("Talks have been ongoing since 1992.", "1992", "date", "1992", "1992-01-01", "2020-10-03"),
    ("The ministry said last week that it would act.", "last week", "date", "2020-W39", "2020-09-21",
     "2020-09-27"),
    ("The strike began two days ago.", "two days ago", "date", "2020-10-01", "2020-10-01", "2020-10-01"),
    ("Markets will stay closed until Friday.", "Friday", "date", "2020-10-09", "2020-10-03", "2020-10-09"),
    ("Earlier in the day, the president spoke.", "Earlier in the day", "date", "2020-10-03", "2020-10-03",
     "2020-10-03"),
    ("The vote is expected next month.", "next month", "date", "2020-11", "2020-11-01", "2020-11-30"),
    ("The conflict broke out in February 1988.", "February 1988", "date", "1988-02", "1988-02-01", "1988-02-29"),
    ("The summit opened on Monday, January 7, 2019.", "Monday, January 7, 2019", "date", "2019-01-07",
     "2019-01-07", "2019-01-07"),
    ("Sales rose sharply in 2008.", "2008", "date", "2008", "2008-01-01", "2008-12-31"),
    ("The project was delayed by a year.", "a year", "duration", "P1Y", None, None),
    ("He served three years in prison.", "three years", "duration", "P3Y", None, None),
    ("The council meets every week.", "every week", "set", "P1W", None, None),
    ("Troops crossed the border yesterday.", "yesterday", "date", "2020-10-02", "2020-10-02", "2020-10-02"),
    ("The president arrives today.", "today", "date", "2020-10-03", "2020-10-03", "2020-10-03"),
    ("The army is now ready.", "now", "date", "PRESENT_REF", "2020-10-03", "2020-10-03"),
    ("Fighting has recently intensified.", "recently", "date", "PAST_REF", None, "2020-10-03"),
    ("Output fell in the past three years.", "the past three years", "duration", "P3Y", "2017-10-03",
     "2020-10-03"),
    ("The plant builds 15 a year.", "a year", "set", "P1Y", None, None),
    ("The jet landed at 18:00 UTC on Tuesday.", "18:00 UTC", "time", "2020-09-29T18:00Z", "2020-09-29",
     "2020-09-29"),
    ("Profits doubled in the third quarter of 2019.", "the third quarter of 2019", "date", "2019-Q3",
     "2019-07-01", "2019-09-30"),
    ("The dispute dates back to the 20th century.", "the 20th century", "date", "19", "1900-01-01",
     "1999-12-31"),
    ("He was elected on 7/8/07.", "7/8/07", "date", "2007-07-08", "2007-07-08", "2007-07-08"),
    # Business news. Fiscal periods are TIMEX3's FY values; their days depend on the company, so no bounds.
    ("The carmaker expects a loss in fiscal 2012.", "fiscal 2012", "date", "FY2012", None, None),
    ("Revenue for fiscal year 2019 rose.", "fiscal year 2019", "date", "FY2019", None, None),
    ("The group forecasts a profit for FY21.", "FY21", "date", "FY2021", None, None),
    ("Orders rose at the very beginning of the financial year.", "the very beginning of the financial year",
     "date", "FY2020", None, None),
    ("Sales grew in the first half of fiscal 2012.", "the first half of fiscal 2012", "date", "FY2012-H1", None,
     None),
    ("The chipmaker will report its fiscal first quarter next month.", "fiscal first quarter", "date", "FY2020-Q1",
     None, None),
    ("Sales rose in the fiscal first quarter of 2012.", "the fiscal first quarter of 2012", "date", "FY2012-Q1",
     None, None),
    ("Analysts expect growth in the second half of the year.", "the second half of the year", "date", "2020-H2",
     "2020-07-01", "2020-12-31"),
    ("Sales rose in the first quarter this year.", "the first quarter this year", "date", "2020-Q1", "2020-01-01",
     "2020-03-31"),
    ("The bank reported Q2 earnings.", "Q2", "date", "2020-Q2", "2020-04-01", "2020-06-30"),
    ("Net income rose in the fourth quarter.", "the fourth quarter", "date", "2019-Q4", "2019-10-01",
     "2019-12-31"),
    ("Net income for the quarter was $4 million.", "the quarter", "date", "2020-Q3", "2020-07-01", "2020-09-30"),
    ("The deal should close by the end of the month.", "the end of the month", "date", "2020-10", "2020-10-01",
     "2020-10-31"),
    ("The company expects to break even by year-end.", "year-end", "date", "2020", "2020-01-01", "2020-12-31"),
    ("The vote came late Tuesday.", "late Tuesday", "date", "2020-09-29", "2020-09-29", "2020-09-29"),
    ("He will step down early next week.", "early next week", "date", "2020-W41", "2020-10-05", "2020-10-11"),
    ("Sales dropped in the prior year.", "the prior year", "date", "2019", "2019-01-01", "2019-12-31"),
    ("The deal closed earlier this quarter.", "earlier this quarter", "date", "2020-Q4", "2020-10-01",
     "2020-12-31"),
    # A quarter named by the month that ends it; codes of the financial press; "end-" as "the end of".
    ("Sales were strong in the December quarter.", "the December quarter", "date", "2019-Q4", "2019-10-01",
     "2019-12-31"),
    ("Revenue will rise in the June 2021 quarter.", "the June 2021 quarter", "date", "2021-Q2", "2021-04-01",
     "2021-06-30"),
    ("Revenue fell in 3Q08.", "3Q08", "date", "2008-Q3", "2008-07-01", "2008-09-30"),
    ("Profits rose in H1 2019.", "H1 2019", "date", "2019-H1", "2019-01-01", "2019-06-30"),
    ("Growth will pick up by end-2021.", "end-2021", "date", "2021", "2021-01-01", "2021-12-31"),
    # A step forward from the reference, as "ago" is one back.
    ("The plant will open two years from now.", "two years from now", "date", "2022", "2022-01-01", "2022-12-31"),
    ("Results are due in two weeks' time.", "two weeks' time", "date", "2020-10-17", "2020-10-17", "2020-10-17"),
    # The season around Christmas is some days, not December 25 (a TIMEX3 duration, as MEANTIME marks it).
    ("Toy makers said Christmas sales were weak.", "Christmas", "duration", "PXD", None, None),
    ("Retailers hire more staff for the holiday season.", "the holiday season", "duration", "PXD", None, None),
    ("Shops were busy during the Christmas and New Year trading period.",
     "the Christmas and New Year trading period", "duration", "PXD", None, None),
    # Holidays that move with a weekday of their month or with Easter.
    ("Stores will open early on Thanksgiving.", "Thanksgiving", "date", "2020-11-26", "2020-11-26", "2020-11-26"),
    ("Markets were closed for Good Friday.", "Good Friday", "date", "2020-04-10", "2020-04-10", "2020-04-10"),
    ("The office reopened after Labor Day.", "Labor Day", "date", "2020-09-07", "2020-09-07", "2020-09-07"),
    # The nth week of a month is the ISO week holding its nth Thursday.
    ("Talks continued through the first week of March.", "the first week of March", "date", "2020-W10",
     "2020-03-02", "2020-03-08"),
    ("The stock rose in the last week of June.", "the last week of June", "date", "2020-W26", "2020-06-22",
     "2020-06-28"),
    ("The plant shut in the first week of 2019.", "the first week of 2019", "date", "2019-W01", "2018-12-31",
     "2019-01-06"),
    # A half or quarter before a figure takes the tense of its clause: a reported one has ended.
    ("The carmaker posted a first-half loss.", "first-half", "date", "2020-H1", "2020-01-01", "2020-06-30"),
    ("The carmaker reported fourth-quarter profit of $1 billion.", "fourth-quarter", "date", "2019-Q4",
     "2019-10-01", "2019-12-31"),
    # One to be reported is the one just ended or running: the nearest.
    ("The carmaker will report third-quarter results on October 29.", "third-quarter", "date", "2020-Q3",
     "2020-07-01", "2020-09-30"),
    ("Sales should recover by year's end.", "year's end", "date", "2020", "2020-01-01", "2020-12-31"),
    ("Output will double by the end of the decade.", "the end of the decade", "date", "202", "2020-01-01",
     "2029-12-31"),
    # Half a unit: fifty years, thirty minutes.
    ("The firm was founded half a century ago.", "half a century ago", "date", "1970", "1970-01-01", "1970-12-31"),
    ("The stock opened half an hour late.", "half an hour", "duration", "PT30M", None, None),
    # Decades are written in years, also when their number is unknown.
    ("It was a decades-long feud.", "decades-long", "duration", "PXY", None, None),
    # "to" makes a month a verb only where the month is one ("to march").
    ("The talks ran from March to September.", "September", "date", "2020-09", "2020-09-01", "2020-09-30"),
    ("Profit rose in calendar 2019.", "calendar 2019", "date", "2019", "2019-01-01", "2019-12-31"),
    ("Unemployment rose over the last couple of years.", "the last couple of years", "duration", "PXY", None,
     "2020-10-03"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expression", "kind", "value", "begin", "end"), EXPRESSIONS,
                         ids=[row[1] for row in EXPRESSIONS])
def test_times_normalises_each_expression(
    nlp: Language, sentence: str, expression: str, kind: str, value: str, begin: str | None, end: str | None
) -> None:
    time = _one(nlp, sentence, expression)
    assert (time.type, time.value, time.begin, time.end_date) == (kind, value, begin, end)
    assert time.resolved


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Macron said on Friday that the fighters had arrived.", "Friday", "2020-10-02"),
        ("The foreign ministers will meet on Friday in Moscow.", "Friday", "2020-10-09"),
        ("The trial is set to begin on Wednesday.", "Wednesday", "2020-10-07"),
        ("The company said on Friday it will deliver the jets.", "Friday", "2020-10-02"),
        ("Renewed clashes erupted on September 27.", "September 27", "2020-09-27"),
        ("The talks will resume on September 27.", "September 27", "2021-09-27"),
        ("Sales fell in November.", "November", "2019-11"),
        ("The plant will open in November.", "November", "2020-11"),
        ("Prices may rise in May.", "May", "2021-05"),
        # The present passive is no past: an expectation looks ahead, else the nearest occurrence is meant.
        ("Results are expected by September 28.", "September 28", "2021-09-28"),
        ("The museum is closed in November.", "November", "2020-11"),
        # A date of a noun's event takes no tense from the clause around it: the nearest occurrence.
        ("The junta will not reverse the country's withdrawal from the bloc in August.", "August", "2020-08"),
        # A new event takes the clause's tense.
        ("The minister will speak at a meeting on Thursday.", "Thursday", "2020-10-08"),
        # The end of a period after "until" lies on either side of a past-tense verb: the nearest occurrence.
        ("The judge adjourned the case until October 6.", "October 6", "2020-10-06"),
        # What was forecast, expected or scheduled is mostly still ahead: the nearest occurrence.
        ("Forecasters predicted strong winds on Sunday.", "Sunday", "2020-10-04"),
        ("The carmaker said it expected fourth-quarter sales to fall.", "fourth-quarter", "2020-Q4"),
        ("The council scheduled a vote on the budget on October 15.", "October 15", "2020-10-15"),
        # So is what a past act was for.
        ("The union called a strike for October 12.", "October 12", "2020-10-12"),
    ],
)
def test_times_tense_of_the_clause_chooses_past_or_future(
    nlp: Language, sentence: str, expression: str, value: str
) -> None:
    assert _one(nlp, sentence, expression).value == value


@pytest.mark.slow
@pytest.mark.parametrize(("year", "easter"), [(2016, "03-27"), (2019, "04-21"), (2038, "04-25"), (2008, "03-23")])
def test_times_easter_follows_the_gregorian_computus(nlp: Language, year: int, easter: str) -> None:
    assert _one(nlp, f"The church was full at Easter {year}.", f"Easter {year}").value == f"{year}-{easter}"


@pytest.mark.slow
def test_times_date_naming_a_thing_takes_the_nearest_occurrence(nlp: Language) -> None:
    # "has been scheduled" is past, but the hearing it schedules is three weeks ahead, not eleven months back.
    time = _one(nlp, "A June 3 hearing has been scheduled in New York.", "June 3", dt.date(2009, 5, 14))
    assert time.value == "2009-06-03"


@pytest.mark.slow
def test_times_anaphors_take_the_last_date_mentioned(nlp: Language) -> None:
    text = "Macron spoke on Friday. Earlier in the day, Pashinyan made a statement."
    assert _one(nlp, text, "Earlier in the day").value == "2020-10-02"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "a year earlier" than a quarter is that quarter a year before (TimeBank's earnings reports)
        ("Profit fell in the third quarter of 2019 from a year earlier.", "a year earlier", "2018-Q3"),
        ("GM said net income rose in the fourth quarter of 2019. For the quarter, revenue was $30 billion, up from "
         "the same quarter a year earlier.", "the quarter", "2019-Q4"),
        ("GM said net income rose in the fourth quarter of 2019. For the quarter, revenue was $30 billion, up from "
         "the same quarter a year earlier.", "the same quarter a year earlier", "2018-Q4"),
        ("Apple's sales rose in the first quarter of fiscal 2012, compared with the year-ago period.",
         "the year-ago period", "FY2011-Q1"),
        ("Orders rose in the financial year, up from the same period of the last year.",
         "the same period of the last year", "FY2019"),
        ("Net income rose 5% compared with the same period last year.", "the same period last year", "2019"),
        ("Revenue rose in the second quarter of 2018, up 4% from the previous quarter.", "the previous quarter",
         "2018-Q1"),
        ("Revenue rose 3% from the previous quarter.", "the previous quarter", "2020-Q3"),
        ("The plant closed on June 3, 2019. By the end of the month, workers had left.", "the end of the month",
         "2019-06"),
        ("The plant closed in 2017. Later in the year, it reopened.", "Later in the year", "2017"),
        ("The firm was founded in 2001. That year, it hired 50 people.", "That year", "2001"),
        ("The plant closed in 2017. The year before, it had cut 300 jobs.", "The year before", "2016"),
        # "the year", "the week", "the day" of a report: the one just named, else the reference's
        ("Ford posted a loss in the third quarter of 2019. For the year, sales fell 4%.", "the year", "2019"),
        ("The index lost 2% on the day and 5% for the week.", "the week", "2020-W40"),
        ("The strike began on March 2, 2019. The following week, talks resumed.", "The following week", "2019-W10"),
    ],
)
def test_times_anaphors_step_from_the_period_named_before(nlp: Language, text: str, expression: str,
                                                          value: str) -> None:
    assert _one(nlp, text, expression).value == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("Aer Lingus will receive six aircraft from 2009 to 2011.", ("2009", "2011")),
        ("It will take delivery of six more between 2014 and 2016.", ("2014", "2016")),
        ("In 1992-1994, tensions boiled over.", ("1992", "1994")),
        ("The plant will run from 2019 until 2022.", ("2019", "2022")),
    ],
)
def test_times_year_range_gives_each_end_as_a_date_bounded_by_the_range(
    nlp: Language, sentence: str, ends: tuple[str, str]
) -> None:
    # TimeML marks each year of "from 2009 to 2011" as a date; both records carry the whole range as their bounds
    # (and "until 2022" does not move the range's beginning to the reference date).
    times = _times(nlp, sentence)
    first, last = ends
    assert [(time.span.text, time.type, time.value, time.anchor) for time in times] == [
        (first, "date", first, "absolute"),
        (last, "date", last, "absolute"),
    ]
    assert {(time.begin, time.end_date) for time in times} == {(f"{first}-01-01", f"{last}-12-31")}


@pytest.mark.slow
def test_times_later_than_planned_names_the_date_of_its_clause(nlp: Language) -> None:
    # The three days run from a plan the text does not date, not from November 11.
    text = "The airliner arrives on November 11, three days later than originally planned."
    assert _one(nlp, text, "three days later").value == "2020-11-11"
    assert _one(nlp, "He resigned on Friday. Three days later, he left.", "Three days later").value == "2020-10-05"


@pytest.mark.slow
def test_times_without_a_reference_resolve_only_what_the_text_fixes(nlp: Language) -> None:
    text = (
        "Macron said on Friday that clashes began on September 27. Fighting flared in April 2016 and "
        "yesterday, and has lasted three years. The army is now ready."
    )
    times = {time.span.text: time for time in _times(nlp, text, reference=None)}
    assert (times["Friday"].value, times["Friday"].resolved) == ("XXXX-WXX-5", False)
    assert (times["September 27"].value, times["September 27"].resolved) == ("XXXX-09-27", False)
    assert (times["yesterday"].value, times["yesterday"].resolved) == (None, False)
    assert (times["now"].value, times["now"].resolved) == ("PRESENT_REF", False)
    assert (times["April 2016"].value, times["April 2016"].resolved, times["April 2016"].anchor) == (
        "2016-04", True, "absolute")
    assert (times["three years"].value, times["three years"].resolved) == ("P3Y", True)
    assert times["Friday"].anchor == "published"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Prices may rise, the minister said.",  # a modal, not the month
        "Stocks fell on what traders call Black Monday.",  # the name of a day
        "The minister died aged 55.",  # an age
        "We know the answer and will reply as soon as possible.",  # "We" is no Wednesday, "know" no "now"
        "A second plane landed safely.",  # an ordinal
        "About a quarter of the dealers will close.",  # a fraction
        "The Northbridge Daily reported the story.",  # a newspaper's name
        "Audi unveiled the Audi Q3 in Shanghai.",  # a model, not a quarter
        "Protesters gathered in the quarter of the old city.",  # a district
        "Engines that burn H2 run clean.",  # hydrogen: a half-year code needs its year
        "The town lit its Christmas tree in the square.",  # a thing named after the holiday
        "Children hunted for Easter eggs.",
        "The striker scored a second-half goal.",  # a half of a match
        "She was named Player of the Year.",  # a title
        "It was the deal of the day for the fund.",
    ],
)
def test_times_leaves_look_alikes_alone(nlp: Language, sentence: str) -> None:
    assert _times(nlp, sentence) == []


@pytest.mark.slow
def test_times_signal_words_stay_out_of_the_expression(nlp: Language) -> None:
    times = _times(nlp, "The talks ended shortly before midnight, as soon as the envoys left.")
    assert [(time.span.text, time.value) for time in times] == [("midnight", "2020-10-03T00:00")]


@pytest.mark.slow
def test_times_ids_follow_the_text_and_carry_the_extractor(nlp: Language) -> None:
    times = _times(nlp, "On Friday, Macron said the talks of September 27 failed. They resume next month.")
    assert [time.id for time in times] == ["t1", "t2", "t3"]
    assert [time.span.text for time in times] == ["Friday", "September 27", "next month"]
    assert all(time.extractor == "times/1" for time in times)


def _article(body: str, published: str | None = None, dateline: Dateline | None = None) -> Article:
    return Article(id="test", body=body, language="en", published=published, dateline=dateline)


@pytest.mark.slow
def test_times_component_anchors_on_the_published_date_then_the_dateline(nlp: Language) -> None:
    body = "BAKU, October 3. /TASS/. The minister told TASS on Saturday that troops left yesterday."
    dateline = Dateline(Span.of(body, 0, 24), "Baku", "2020-10-03", "TASS")
    doc = nlp(body)

    published = TIMES.run(doc, Analysis(article=_article(body, published="2020-10-10", dateline=dateline)))
    by_text = {time.span.text: time for time in published.times}
    assert (by_text["yesterday"].value, by_text["yesterday"].anchor) == ("2020-10-09", "published")

    from_dateline = TIMES.run(doc, Analysis(article=_article(body, dateline=dateline)))
    by_text = {time.span.text: time for time in from_dateline.times}
    assert (by_text["Saturday"].value, by_text["Saturday"].anchor) == ("2020-10-03", "dateline")

    yearless = Dateline(Span.of(body, 0, 24), "Baku", "--10-03", "TASS")
    unanchored = TIMES.run(doc, Analysis(article=_article(body, dateline=yearless)))
    assert not any(time.resolved for time in unanchored.times if time.span.text in ("Saturday", "yesterday"))


@pytest.mark.slow
def test_times_dateline_date_takes_the_nearest_occurrence(nlp: Language) -> None:
    # The parse hangs the dateline on the lead's past-tense verb; a dateline is no clause, and its October 4 is the
    # day after a publication date of October 3, not a year before it.
    body = "BAKU, October 4 (Wire) - Azerbaijan on Sunday again denied the reports."
    dateline = Dateline(Span.of(body, 0, 24), "Baku", "--10-04", "Wire")
    analysis = TIMES.run(nlp(body), Analysis(article=_article(body, published="2020-10-03", dateline=dateline)))
    assert [(time.span.text, time.value) for time in analysis.times] == [
        ("October 4", "2020-10-04"), ("Sunday", "2020-09-27")]


def test_times_reference_of_prefers_the_published_date() -> None:
    dateline = Dateline(Span.of("BAKU, October 3. /TASS/.", 0, 24), "Baku", "2020-10-03", "TASS")
    assert reference_of(_article("x", published="2020-10-04T08:00:00+03:00", dateline=dateline)) == (
        dt.date(2020, 10, 4), "published")
    assert reference_of(_article("x", dateline=dateline)) == (dt.date(2020, 10, 3), "dateline")
    assert reference_of(_article("x")) == (None, "published")


def test_times_component_runs_after_the_parse() -> None:
    assert Pipeline([TIMES]).components == (TIMES,)
    assert TIMES.extractor == "times/1" and TIMES.assigns == frozenset({"times"})


SENTENCES = [row[0] for row in EXPRESSIONS] + [
    "Talks on the Nagorno-Karabakh settlement have been ongoing since 1992 under the OSCE Minsk Group.",
    "French President Emmanuel Macron said on Friday that over 300 militants had been transferred.",
    "Earlier in the day, the prime minister said his country has information about the officers.",
    "Aer Lingus will receive six aircraft from 2009 to 2011, then more between 2014 and 2016.",
    "The airliner arrives on November 11, three days later than originally planned.",
]


@pytest.mark.slow
@hypothesis_settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5), st.sampled_from([" ", "\n", "\n\n"]))
def test_times_every_span_slices_the_body(nlp: Language, sentences: list[str], separator: str) -> None:
    body = separator.join(sentences)
    analysis = TIMES.run(nlp(body), Analysis(article=_article(body, published="2020-10-03")))
    previous_end = 0
    for time in analysis.times:
        assert body[time.span.start:time.span.end] == time.span.text
        assert time.span.start >= previous_end  # in text order, never overlapping
        previous_end = time.span.end


def test_time_grammar_rules_start_only_at_their_first_words() -> None:
    """``Rule.starts`` must hold every word a rule's pattern can begin with, or the rule is never tried there."""
    for text in SENTENCES:
        for word in WORD.finditer(text):
            keys = set(first_word_keys(word.group()))
            for rule in RULES:
                match = rule.pattern.match(text, word.start())
                if match is not None and match.end() > match.start():
                    assert keys & rule.starts, f"{rule.name} matches {match.group()!r} but does not start at it"
