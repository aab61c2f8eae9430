"""Analysis: a pure function from one cleaned ``Article`` to its typed records.

It touches no store and no network, and everything it takes and returns pickles, so the local engine's worker
processes and a Spark engine run the same code. The spaCy pipeline loads once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from claimgraph.analysis.nlp import load_nlp
from claimgraph.analysis.pipeline import Pipeline
from claimgraph.analysis.registry import COMPONENTS
from claimgraph.config import Settings
from claimgraph.errors import Err, InputError
from claimgraph.records import Analysis, Article, Failure

__all__ = ["analyze_article", "analyze_many"]


@functools.lru_cache(maxsize=8)
def _pipeline(until: str | None = None) -> Pipeline:
    """The registered components in order, all of them or up to and including the one named ``until`` (an
    evaluation of one component need not run the ones after it)."""
    names = [component.name for component in COMPONENTS]
    return Pipeline(COMPONENTS if until is None else COMPONENTS[:names.index(until) + 1])


def _check_length(article: Article, settings: Settings) -> None:
    if len(article.body) > settings.max_chars:
        raise InputError(Err.TOO_LONG, stage="analyze", length=len(article.body), limit=settings.max_chars)


def parsed_text(article: Article) -> str:
    """The text the parser reads: the body with its dateline blanked out. Glued to the lead ("DHAKA, March 3 (AFP) -
    Gunmen killed 12 people, officials said") the small parser makes the city the sentence's subject and the
    lead's clause a modifier of it, and loses the statement; the dateline is read from the body already. A full
    stop and spaces of the same length keep every offset: the stop makes the blank a sentence of its own (after
    spaces alone the parser splits the lead's first word off into a sentence)."""
    dateline = article.dateline
    if dateline is None:
        return article.body
    start, end = dateline.span.start, dateline.span.end
    return article.body[:start] + "." + " " * (end - start - 1) + article.body[end:]


def analyze_article(article: Article, settings: Settings | None = None) -> Analysis:
    """Every record claimgraph extracts from one article. Raises ``InputError`` for an article it cannot analyse."""
    settings = settings or Settings()
    _check_length(article, settings)
    doc = load_nlp(settings.model, settings.max_chars)(parsed_text(article))
    return _pipeline().run(doc, Analysis(article=article))


def analyze_many(articles: Iterable[Article], settings: Settings, *, until: str | None = None,
                 ) -> Iterator[Analysis | Failure]:
    """``analyze_article`` over many articles, parsed in spaCy batches; a failing article yields a ``Failure``.
    ``until`` stops after the named component."""
    nlp = load_nlp(settings.model, settings.max_chars)
    pipeline = _pipeline(until)
    accepted: list[Article] = []
    for article in articles:
        try:
            _check_length(article, settings)
        except InputError as error:
            yield _failure(article, error)
            continue
        accepted.append(article)
    docs = nlp.pipe((parsed_text(article) for article in accepted), batch_size=settings.batch_size)
    for article, doc in zip(accepted, docs, strict=True):
        try:
            yield pipeline.run(doc, Analysis(article=article))
        except InputError as error:
            yield _failure(article, error)


def _failure(article: Article, error: InputError) -> Failure:
    return Failure(article.source or article.id, error.stage, error.code, error.message, article.id)
