"""From a ``RawInput`` to a cleaned ``Article``: boilerplate removed, dateline parsed, date and language decided."""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata

import trafilatura
from trafilatura.settings import Document

from claimgraph.config import Settings
from claimgraph.errors import Err, InputError
from claimgraph.ingest.language import detect_language
from claimgraph.ingest.published import decide_published
from claimgraph.ingest.sources import RawInput
from claimgraph.ingest.text import clean_plain_text
from claimgraph.records import Article, Dateline


def article_id(body: str) -> str:
    """The hash of the normalised body: Unicode NFKC and collapsed whitespace, so a copy re-wrapped or
    re-encoded by another site has the same id."""
    normalised = " ".join(unicodedata.normalize("NFKC", body).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True, slots=True)
class _HtmlExtract:
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    description: str | None


def _extract_html(html: str, url: str | None) -> _HtmlExtract:
    """Main text and metadata through trafilatura, a maintained boilerplate remover (menus, footers, ads)."""
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as error:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(Err.MALFORMED_HTML, detail=f"{type(error).__name__}: {error}") from None
    if not isinstance(document, Document) or not (document.text or "").strip():
        raise InputError(Err.MALFORMED_HTML, detail="the page has no main text")
    return _HtmlExtract(
        text=document.text or "", title=document.title, published=document.date, outlet=document.sitename,
        url=document.url, description=document.description,
    )


def build_article(raw: RawInput, settings: Settings) -> Article:
    """The cleaned article, or an ``InputError`` that says why there is none."""
    title, published, outlet, url, description = raw.title, raw.published, raw.outlet, raw.url, None
    if raw.html is not None:
        extract = _extract_html(raw.html, raw.url)
        text = extract.text
        title, published = title or extract.title, published or extract.published
        outlet, url, description = outlet or extract.outlet, url or extract.url, extract.description
    else:
        text = raw.text or ""
    if not text.strip():
        raise InputError(Err.EMPTY_INPUT)
    if len(text) > settings.max_chars:
        # Checked here as well as before parsing so that an oversized file costs no cleaning either.
        raise InputError(Err.TOO_LONG, length=len(text), limit=settings.max_chars)

    clean = clean_plain_text(text)
    if not clean.body.strip():
        raise InputError(Err.NO_TEXT)
    language = settings.language or _language_of(clean.body, settings)
    decision = decide_published(
        metadata=published, dateline=clean.dateline, option=settings.published, body=clean.body
    )
    return Article(
        id=article_id(clean.body),
        body=clean.body,
        title=title or clean.title,
        description=clean.description or description,
        outlet=outlet or (clean.dateline.agency if clean.dateline else None),
        url=url,
        published=decision.published,
        published_source=decision.source,
        published_reason=decision.reason,
        dateline=_dated(clean.dateline, decision.published),
        language=language,
        source=raw.source,
    )


def _language_of(body: str, settings: Settings) -> str:
    guess = detect_language(body)
    if guess.is_confidently_not("en", settings.language_min_confidence):
        return guess.language
    return "en"


def _dated(dateline: Dateline | None, published: str | None) -> Dateline | None:
    """A dateline without a year (``--10-03``) takes the year of the decided publication date."""
    if dateline is None or published is None or not (dateline.date or "").startswith("--"):
        return dateline
    return dataclasses.replace(dateline, date=f"{published[:4]}{dateline.date[1:]}")  # type: ignore[index]
