"""Plain text (as scraped or pasted) to an article body, with its headline, subtitle and dateline.

Scraped text starts with what the page showed above the story: menu items, breadcrumbs, "Share" buttons.
Those lines are dropped; everything from the headline on is kept character for character (only line endings
become ``\\n``), because every span of the analysis is an offset into ``body``. The headline and subtitle stay
at the start of ``body`` so that they are analysed too; ``title`` and ``description`` repeat them.

A paragraph here is one non-blank line: scrapers separate paragraphs by blank lines or by single newlines,
and treating each line as a paragraph reads both alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.ingest.dateline import find_dateline
from claimgraph.records import Dateline

# Lines that are navigation when they make up a whole line, or an item of a breadcrumb, compared without
# case and without a trailing colon. Kept to words a headline is never made of alone: section names are
# here because a bare "Politics" line above a story is the section it was filed under, not its headline.
NAVIGATION_WORDS = frozenset(
    {
        "all news", "latest news", "top news", "top stories", "news", "latest", "trending", "home",
        "homepage", "main page", "menu", "main menu", "open menu", "close menu", "close", "navigation",
        "skip to content", "skip to main content", "skip to navigation", "you are here", "search", "log in",
        "login", "sign in", "sign up", "register", "subscribe", "newsletter", "share", "share this",
        "share this article", "tweet", "email", "print", "copy link", "facebook", "twitter", "telegram",
        "whatsapp", "linkedin", "vk", "advertisement", "read more", "more", "back", "back to top",
        "related", "comments", "world", "politics", "business", "economy", "society", "science", "culture",
        "sport", "sports", "opinion", "live", "video", "videos", "photo", "photos", "english", "en",
    }
)

# Breadcrumbs and menus: short items between |, >, /, angle quotes, bullets or middle dots.
_SEPARATOR = re.compile(r"\s*[|>/\u203a\u00bb\u2022\u00b7]\s*")
# A breadcrumb item is a name ("Middle East") or a navigation word, never a phrase with a verb in it:
# "World | Ceasefire holds" is a kicker and its headline, and stays.
_MAX_ITEM_WORDS = 3
# Headlines and subtitles run shorter than this; the subtitle of the seed story (TASS) has 24 words.
_MAX_HEADING_WORDS = 30
# Characters that may close a sentence after its final period ('... he said."').
_CLOSERS = "\"'\u201d\u2019\u00bb)] \t\u00a0"

_PARAGRAPH = re.compile(r"\S[^\n]*")


@dataclass(frozen=True, slots=True)
class CleanText:
    """The body of a plain-text article and what was read from its first paragraphs."""

    body: str
    title: str | None
    description: str | None
    dateline: Dateline | None


def clean_plain_text(raw: str) -> CleanText:
    """Navigation dropped, line endings made ``\\n``; headline, subtitle and dateline found at the start."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    start = len(text)
    for line in _PARAGRAPH.finditer(text):
        # A dateline is the story itself, whatever separators ("/TASS/") it has.
        if not _is_navigation(line.group()) or find_dateline(text, line.start()) is not None:
            start = line.start()
            break
    body = text[start:]

    paragraphs = list(_PARAGRAPH.finditer(body))
    headings: list[str] = []
    dateline = None
    for index, paragraph in enumerate(paragraphs[:3]):  # headline, subtitle, then the first body paragraph
        dateline = find_dateline(body, paragraph.start())
        is_last = index == len(paragraphs) - 1  # a heading always has a story after it
        if dateline is not None or len(headings) == 2 or is_last or not _is_heading(paragraph.group()):
            break
        headings.append(paragraph.group().strip())
    title = headings[0] if headings else None
    description = headings[1] if len(headings) == 2 else None
    return CleanText(body=body, title=title, description=description, dateline=dateline)


def _is_navigation(line: str) -> bool:
    """A whole line of navigation vocabulary, or a breadcrumb: two or more short items between separators,
    at least one of them navigation vocabulary unless there are three or more (``Home | World | Politics``,
    ``News > Europe``, ``Armenia / Azerbaijan / Turkey``)."""
    if _navigation_word(line):
        return True
    items = [item for item in _SEPARATOR.split(line.strip()) if item]
    if len(items) < 2 or not all(_navigation_word(item) or _is_name(item) for item in items):
        return False
    return len(items) >= 3 or any(_navigation_word(item) for item in items)


def _navigation_word(text: str) -> bool:
    return text.strip().rstrip(":").casefold() in NAVIGATION_WORDS


def _is_name(item: str) -> bool:
    """Up to three words, each starting with a capital or a digit: a section or place, not a sentence."""
    words = item.split()
    return len(words) <= _MAX_ITEM_WORDS and all(word[0].isupper() or word[0].isdigit() for word in words)


# An abbreviation at the end of a line: initials with stops ("U.S.", "U.K.") or a short form news writes with one.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mt)\.)$")


def _is_heading(paragraph: str) -> bool:
    """Short, with letters, and without the closing period of a body paragraph (the stop of an abbreviation that
    ends a headline is none: "UK minister heads to U.S.")."""
    text = paragraph.rstrip(_CLOSERS)
    return (
        len(paragraph.split()) < _MAX_HEADING_WORDS
        and any(char.isalpha() for char in text)
        and (not text.endswith(".") or _ABBREVIATION_END.search(text) is not None)
    )
