"""Which publication date an article gets, from where, and the reason a user reads."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimgraph.ingest.dateline import find_dateline
from claimgraph.ingest.published import decide_published
from claimgraph.records import Dateline

TODAY = dt.date(2026, 11, 29)

# A TASS-style story filed on October 3 with no year: it names the day ("on Saturday") and looks back to
# 2016; October 3 was a Saturday in 2015, 2020 and 2026.
STORY = (
    "MINSK, October 3. /TASS/. Belarus will hold joint drills with its neighbours next month, the defence "
    "minister told reporters on Saturday. Similar drills were last held in 2012 and in the spring of 2016."
)


def _dateline(body: str) -> Dateline:
    dateline = find_dateline(body)
    assert dateline is not None
    return dateline


def test_published_metadata_wins_and_a_datetime_becomes_its_date() -> None:
    decision = decide_published(
        metadata="2020-10-03T14:05:00+03:00", dateline=_dateline(STORY), option="2019-01-01", body=STORY
    )
    assert (decision.published, decision.source) == ("2020-10-03", "metadata")
    assert decision.reason == "metadata '2020-10-03T14:05:00+03:00'"


def test_published_unparseable_metadata_is_passed_over_with_a_reason() -> None:
    decision = decide_published(
        metadata="last Saturday", dateline=_dateline(STORY), option="2020-12-01", body=STORY
    )
    assert (decision.published, decision.source) == ("2020-10-03", "dateline")
    assert decision.reason == (
        "metadata 'last Saturday' is not an ISO date and was ignored; "
        "dateline 'October 3' + year from --published"
    )


def test_published_from_a_dateline_with_a_full_date() -> None:
    body = "MADRID, Oct. 5, 2018 (AFP) \u2014 Spain's prime minister called an early vote."
    decision = decide_published(metadata=None, dateline=_dateline(body), option="2020-01-01", body=body)
    assert (decision.published, decision.source) == ("2018-10-05", "dateline")
    assert decision.reason == "dateline 'MADRID, Oct. 5, 2018 (AFP) \u2014'"


def test_published_dateline_without_year_takes_the_year_of_the_option() -> None:
    decision = decide_published(metadata=None, dateline=_dateline(STORY), option="2020-10-04", body=STORY)
    assert (decision.published, decision.source) == ("2020-10-03", "dateline")
    assert decision.reason == "dateline 'October 3' + year from --published"


def test_published_year_inferred_from_the_weekday_and_the_years_mentioned() -> None:
    dateline = _dateline(STORY)
    decision = decide_published(metadata=None, dateline=dateline, option=None, body=STORY, today=TODAY)
    assert (decision.published, decision.source) == ("2020-10-03", "inferred")
    assert decision.reason == (
        "dateline 'October 3' has no year; the article says 'Saturday'; "
        "October 3 was a Saturday in 2009, 2015, 2020, 2026; latest year mentioned 2016 → 2020"
    )


def test_published_inference_never_picks_a_future_date() -> None:
    body = STORY.replace("2016", "2021")  # the next Saturday, October 3, after 2021 is in 2026
    decision = decide_published(metadata=None, dateline=_dateline(body), option=None, body=body, today=TODAY)
    assert decision.published == "2026-10-03"
    before = decide_published(
        metadata=None, dateline=_dateline(body), option=None, body=body, today=dt.date(2026, 9, 1)
    )
    assert (before.published, before.source) == (None, None)
    assert "no such year from 2021 to today (2026-09-01)" in before.reason


def test_published_inference_ignores_years_still_to_come() -> None:
    body = STORY + " The ministry plans to double the exercise by 2030."
    decision = decide_published(metadata=None, dateline=_dateline(body), option=None, body=body, today=TODAY)
    assert decision.published == "2020-10-03"


def test_published_not_inferred_without_a_weekday() -> None:
    body = STORY.replace("on Saturday", "at the weekend")
    decision = decide_published(metadata=None, dateline=_dateline(body), option=None, body=body, today=TODAY)
    assert (decision.published, decision.source) == (None, None)
    assert "names no weekday" in decision.reason


def test_published_not_inferred_without_a_year() -> None:
    body = "MINSK, October 3. /TASS/. The drills begin next month, the minister said on Saturday."
    decision = decide_published(metadata=None, dateline=_dateline(body), option=None, body=body, today=TODAY)
    assert decision.published is None
    assert "mentions no past year" in decision.reason


def test_published_option_alone() -> None:
    body = "KYIV (Reuters) - The central bank held its key rate."
    decision = decide_published(metadata=None, dateline=_dateline(body), option="2023-07-27", body=body)
    assert (decision.published, decision.source) == ("2023-07-27", "option")
    assert decision.reason == "--published '2023-07-27'"


def test_published_february_29_without_a_leap_year_in_the_option() -> None:
    body = "RIGA, February 29. /TASS/. Latvia's parliament met on Thursday, as it did in 2016."
    decision = decide_published(
        metadata=None, dateline=_dateline(body), option="2021-03-01", body=body, today=TODAY
    )
    # February 29 fell on a Thursday in 2024; the option's year, 2021, had no February 29.
    assert (decision.published, decision.source) == ("2024-02-29", "inferred")
    assert decision.reason.startswith("February 29 did not exist in 2021, the year of --published; ")


def test_published_nothing_to_go_on() -> None:
    decision = decide_published(metadata=None, dateline=None, option=None, body="No date anywhere.")
    assert (decision.published, decision.source) == (None, None)
    assert decision.reason == "no publication date: nothing usable in metadata, dateline or --published"


@given(
    metadata=st.none() | st.text(max_size=30),
    option=st.none() | st.text(max_size=30),
    body=st.text(max_size=200),
)
def test_published_always_gives_a_reason(metadata: str | None, option: str | None, body: str) -> None:
    dateline = _dateline(STORY)
    decision = decide_published(metadata=metadata, dateline=dateline, option=option, body=body, today=TODAY)
    assert decision.reason
    assert decision.published is None or dt.date.fromisoformat(decision.published)


def test_published_weekdays_of_later_paragraphs_do_not_count() -> None:
    # The lead names no day; a later paragraph's 'on Thursday' is an earlier day, not the reporting day.
    body = STORY.replace(" on Saturday", "") + "\n\nOn Thursday, the ministry had said the drills were off."
    decision = decide_published(metadata=None, dateline=_dateline(body), option=None, body=body, today=TODAY)
    assert (decision.published, decision.source) == (None, None)
    assert "its paragraph names no weekday" in decision.reason
