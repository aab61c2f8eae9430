"""Engines run ``analyze_many`` over batches of articles: here, in worker processes on one machine.

A worker loads the spaCy pipeline once and keeps it; batches go out and come back in order. A Spark engine
runs the same ``analyze_many`` inside its partitions.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from claimgraph.analysis import analyze_many
from claimgraph.analysis.nlp import load_nlp
from claimgraph.config import Settings
from claimgraph.records import Analysis, Article, Failure

Outcome = Analysis | Failure

_worker_settings: Settings | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    load_nlp(settings.model, settings.max_chars)


def _analyze_batch(batch: list[Article]) -> list[Outcome]:
    assert _worker_settings is not None, "worker started without settings"
    return list(analyze_many(batch, _worker_settings))


class LocalEngine:
    """Analyses batches in this process (one worker) or in a pool of processes, keeping their order."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = settings.worker_count
        self._pool: Any = None

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            # spawn, not fork: the parent holds an open DuckDB connection that children must not inherit.
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(self.workers, initializer=_start_worker, initargs=(self.settings,))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def run(self, batches: Iterable[list[Article]]) -> Iterator[list[Outcome]]:
        """Outcomes batch by batch, in input order.

        ``batches`` is consumed in the calling thread (it may read the store), keeping two batches per worker
        in flight so that workers never wait for the next one.
        """
        if self._pool is None:
            for batch in batches:
                yield list(analyze_many(batch, self.settings))
            return
        in_flight: deque[Any] = deque()
        for batch in batches:
            in_flight.append(self._pool.apply_async(_analyze_batch, (batch,)))
            if len(in_flight) >= 2 * self.workers:
                yield in_flight.popleft().get()
        while in_flight:
            yield in_flight.popleft().get()
