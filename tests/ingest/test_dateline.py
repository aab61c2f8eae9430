"""Datelines of the common wire styles, and ordinary sentences that must not be taken for one."""

from __future__ import annotations

import pytest

from claimgraph.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    ("body", "text", "place", "date", "agency"),
    [
        (
            "TBILISI, March 12. /TASS/. Georgia's parliament passed the bill on Thursday.",
            "TBILISI, March 12. /TASS/.", "Tbilisi", "--03-12", "TASS",
        ),
        (
            "ISTANBUL, Turkey (AP) — Rescuers pulled two people from the rubble.",
            "ISTANBUL, Turkey (AP) —", "Istanbul", None, "AP",
        ),
        (
            "KYIV (Reuters) - The central bank held its key rate.",
            "KYIV (Reuters) -", "Kyiv", None, "Reuters",
        ),
        (
            "BERLIN, Oct 2 (AFP) - Germany will extend the checks at its borders.",
            "BERLIN, Oct 2 (AFP) -", "Berlin", "--10-02", "AFP",
        ),
        (
            "Nairobi (Reuters) \u2013 Floods cut the main road to the coast.",
            "Nairobi (Reuters) \u2013", "Nairobi", None, "Reuters",
        ),
        (
            "LAGOS, Sept. 14 (Reuters) -- Fuel queues returned to the city.",
            "LAGOS, Sept. 14 (Reuters) --", "Lagos", "--09-14", "Reuters",
        ),
        (
            "MADRID, Oct. 5, 2018 (AFP) — Spain's prime minister called an early vote.",
            "MADRID, Oct. 5, 2018 (AFP) —", "Madrid", "2018-10-05", "AFP",
        ),
        (
            "ALMATY, November 30 (Kazinform) - The city opened a new metro station.",
            "ALMATY, November 30 (Kazinform) -", "Almaty", "--11-30", "Kazinform",
        ),
        (
            "BUENOS AIRES, Argentina (AP) — Prices rose again in May.",
            "BUENOS AIRES, Argentina (AP) —", "Buenos Aires", None, "AP",
        ),
        (
            "RIO DE JANEIRO, Feb 29 (Associated Press) - Carnival parades ended late.",
            "RIO DE JANEIRO, Feb 29 (Associated Press) -", "Rio de Janeiro", "--02-29", "AP",
        ),
        # Without an agency: a city in capitals.
        (
            "HALIFAX, Oct. 20 - The Liberals won a third term.",
            "HALIFAX, Oct. 20 -", "Halifax", "--10-20", None,
        ),
        (
            "MADRID — Club officials confirmed the transfer.",
            "MADRID —", "Madrid", None, None,
        ),
        (
            "Wednesday, March 6, 2019 A ferry sank in a storm off the coast on Tuesday.",
            "Wednesday, March 6, 2019", None, "2019-03-06", None,
        ),
    ],
)
def test_dateline_wire_styles(body: str, text: str, place: str | None, date: str | None, agency: str | None) -> None:
    dateline = find_dateline(body)
    assert dateline is not None
    assert (dateline.span.text, dateline.place, dateline.date, dateline.agency) == (text, place, date, agency)
    assert body[dateline.span.start : dateline.span.end] == text
    assert body[dateline.span.end] == " "  # the space after the dateline belongs to the story


@pytest.mark.parametrize(
    "body",
    [
        "Paris (France) is the largest city of the country.",
        "Lyon (France) - the second city - voted for the plan.",
        "The talks in Geneva (Reuters) - a first since May - ended early.",
        "NATO (North Atlantic Treaty Organization) - the alliance - met on Monday.",
        "Monday, January 7, 2019 was the coldest day of the winter.",
        "Monday, January 7, 2019, saw the first snow in the capital.",
        "Officials said on Monday that the bridge would reopen in May.",
        "UN peacekeepers (some 300 troops) arrived in the region.",
        "US - China talks resumed in Geneva.",
        "Lyon - the second city - voted for the plan.",
        "",
    ],
)
def test_dateline_not_found_in_ordinary_sentences(body: str) -> None:
    assert find_dateline(body) is None


def test_dateline_found_at_a_paragraph_start_inside_the_body() -> None:
    body = "Flood waters recede in the north\n\n  DHAKA, July 9 (Reuters) - Flood waters began to recede."
    start = body.index("\n\n") + 2
    dateline = find_dateline(body, start)
    assert dateline is not None
    assert body[dateline.span.start : dateline.span.end] == "DHAKA, July 9 (Reuters) -"
    assert find_dateline(body, 0) is None  # the headline is no dateline


def test_dateline_keeps_a_day_the_month_does_not_have_but_no_date() -> None:
    dateline = find_dateline("MINSK, April 31. /TASS/. The vote was postponed.")
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == ("Minsk", None, "TASS")


def test_dateline_does_not_run_across_lines() -> None:
    assert find_dateline("ROME\n(Reuters) - Italy's cabinet met late.") is None
