"""Plain text to body, headline, subtitle and dateline, as a user sees them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.ingest.text import clean_plain_text

STORY = (
    "Ferry service to the islands resumes after storm\n\n"
    "Operators say timetables will be back to normal by the weekend\n\n"
    "ATHENS, February 8. /TASS/. Ferries sailed again from Piraeus on Sunday, the coast guard told TASS.\n\n"
    '"All routes are open," a spokesman said.\n'
)


def test_text_headline_subtitle_and_dateline_of_a_wire_story() -> None:
    clean = clean_plain_text(STORY)
    assert clean.body == STORY
    assert clean.title == "Ferry service to the islands resumes after storm"
    assert clean.description == "Operators say timetables will be back to normal by the weekend"
    assert clean.dateline is not None
    assert clean.dateline.span.text == "ATHENS, February 8. /TASS/."
    assert (clean.dateline.place, clean.dateline.date, clean.dateline.agency) == ("Athens", "--02-08", "TASS")


def test_text_paragraphs_on_single_lines_read_like_blank_line_paragraphs() -> None:
    clean = clean_plain_text(STORY.replace("\n\n", "\n"))
    assert clean.title == "Ferry service to the islands resumes after storm"
    assert clean.description == "Operators say timetables will be back to normal by the weekend"
    assert clean.dateline is not None and clean.dateline.span.text == "ATHENS, February 8. /TASS/."


def test_text_dateline_span_slices_the_body() -> None:
    clean = clean_plain_text("Home | World\n\n" + STORY)
    assert clean.dateline is not None
    span = clean.dateline.span
    assert clean.body[span.start : span.end] == span.text == "ATHENS, February 8. /TASS/."


@pytest.mark.parametrize(
    "navigation",
    [
        "All news",
        "Skip to content\nMenu\nSearch",
        "Home | World | Politics",
        "News > Europe > Greece",
        "Home \u203a Greece",
        "Share\n\nPrint",
        "Politics",
        "   \n\nsubscribe\n  Log in  \n",
    ],
)
def test_text_drops_navigation_before_the_headline(navigation: str) -> None:
    clean = clean_plain_text(navigation + "\n\n" + STORY)
    assert clean.body == STORY
    assert clean.title == "Ferry service to the islands resumes after storm"


@pytest.mark.parametrize(
    "headline",
    [
        "World | Ferry service resumes after storm",  # a kicker and its headline
        "Greece / Turkey: ferry talks resume",
        "Ferries are back",
        "Is the storm over?",
    ],
)
def test_text_keeps_a_headline_that_has_separators_or_short_words(headline: str) -> None:
    clean = clean_plain_text(headline + "\n\nATHENS (Reuters) - Ferries sailed again on Sunday.")
    assert clean.body.startswith(headline)
    assert clean.title == headline


def test_text_a_dateline_with_slashes_is_never_taken_for_a_breadcrumb() -> None:
    body = "ASTANA /Kazinform/ Senate Approves Budget\nThe upper house passed the budget on Friday."
    clean = clean_plain_text(body)
    assert clean.body == body
    assert clean.dateline is not None and clean.dateline.span.text == "ASTANA /Kazinform/"


def test_text_no_title_when_the_story_starts_with_its_dateline() -> None:
    body = "SOFIA (Reuters) - Bulgaria's president named a caretaker cabinet.\nThe vote is due in April."
    clean = clean_plain_text(body)
    assert (clean.body, clean.title, clean.description) == (body, None, None)
    assert clean.dateline is not None and clean.dateline.place == "Sofia"


def test_text_wikinews_date_line_is_the_dateline_not_a_title() -> None:
    body = "Tuesday, March 5, 2019\u00a0\n\n\nA ferry ran aground near the port on Monday. No one was hurt."
    clean = clean_plain_text(body)
    assert clean.title is None
    assert clean.dateline is not None
    assert (clean.dateline.span.text, clean.dateline.date) == ("Tuesday, March 5, 2019", "2019-03-05")


def test_text_body_paragraphs_are_not_taken_for_headlines() -> None:
    body = "The port reopened on Sunday.\nFerries left on time."
    assert clean_plain_text(body).title is None
    long_line = " ".join(["word"] * 40)
    assert clean_plain_text(long_line + "\nFerries left on time.").title is None


def test_text_a_headline_ending_in_an_abbreviation_is_still_a_headline() -> None:
    clean = clean_plain_text("Ferry operator sues U.S.\n\nATHENS, May 2 (Reuters) - A ferry operator sued on Friday.")
    assert clean.title == "Ferry operator sues U.S."
    assert clean.dateline is not None and clean.dateline.place == "Athens"


def test_text_a_lone_line_is_body_not_a_title() -> None:
    clean = clean_plain_text("Ferries are back")
    assert (clean.body, clean.title) == ("Ferries are back", None)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_text_line_endings_become_newlines_and_offsets_hold(newline: str) -> None:
    clean = clean_plain_text("All news" + newline + newline + STORY.replace("\n", newline))
    assert clean.body == STORY
    assert clean.dateline is not None
    span = clean.dateline.span
    assert clean.body[span.start : span.end] == span.text


def test_text_keeps_the_characters_of_the_input() -> None:
    body = "Ministers meet\n\nBRUSSELS (AP) \u2014 The EU\u2019s ministers met\u00a0late,  twice.\t\n"
    assert clean_plain_text(body).body == body


def test_text_navigation_only_leaves_an_empty_body() -> None:
    assert clean_plain_text("Menu\nHome | News | World\nShare").body == ""


_FRAGMENTS = st.sampled_from(
    [
        "\n", "\r\n", "\r", "\n\n", " ", "\u00a0", "Home | World", "Menu", "Headline of a story",
        "ATHENS, February 8. /TASS/. ", "KYIV (Reuters) - ", "PARIS, Oct. 2, 2020 (AFP) \u2014 ",
        "Tuesday, March 5, 2019 ", "The port reopened.", "(AP)", "/TASS/", ",",
    ]
)


@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=20)), max_size=12).map("".join))
def test_text_never_raises_and_dateline_span_slices_body(raw: str) -> None:
    clean = clean_plain_text(raw)
    assert "\r" not in clean.body
    if clean.dateline is not None:
        span = clean.dateline.span
        assert clean.body[span.start : span.end] == span.text
