"""The catalogue of errors: a code, a message that says what happened and what to do.

The hierarchy is small::

    ClaimgraphError            any error claimgraph raises on purpose
    ├── InputError             one input is not an article we can analyse; the batch goes on
    ├── ConfigError            a setting or option is wrong; nothing runs
    └── StoreError             the store cannot be opened, migrated or written

Library code raises these; the CLI turns them into a line on standard error and an exit code.
The codes are stable: they are stored in the ``failures`` table and users filter on them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class Err(Enum):
    """Error codes with their message templates (``str.format`` fields)."""

    EMPTY_INPUT = ("E001", "the input is empty or holds only whitespace; nothing to analyse")
    BINARY_INPUT = ("E002", "the input looks binary ({detail}), not text or HTML; convert it to text first")
    INVALID_UTF8 = (
        "E003",
        "the input is not valid UTF-8 (byte {position}: {detail}); re-encode the file as UTF-8",
    )
    TOO_LONG = (
        "E004",
        "the text has {length:,} characters, more than max_chars={limit:,}; split it or raise --max-chars "
        "(parsing needs about 1 GB per 100,000 characters)",
    )
    MALFORMED_HTML = ("E005", "no article text could be extracted from the HTML ({detail})")
    BAD_JSON = ("E006", "line {line} is not a JSON object with 'text' or 'html': {detail}")
    UNSUPPORTED_FILE = ("E007", "unsupported file type '{suffix}'; use .txt, .html, .htm, .json or .jsonl")
    NO_TEXT = ("E008", "no article text remains after removing navigation and boilerplate")
    ANALYSIS_FAILED = ("E009", "analysis failed in component '{component}': {detail}")
    UNREADABLE = ("E010", "the file cannot be read: {detail}")
    BAD_DATE = ("E020", "'{value}' is not a date; give it as YYYY-MM-DD")
    UNKNOWN_SETTING = ("E021", "unknown setting '{name}'; known settings: {known}")
    BAD_SETTING = ("E022", "setting '{name}' must be {expected}, not {value!r}")
    PIPELINE_ORDER = (
        "E023",
        "component '{component}' needs '{needs}', which no earlier component assigns; put one that does first",
    )
    MODEL_MISSING = (
        "E024",
        "the spaCy model package '{package}' is not installed; run `pip install -e .` in the project",
    )
    STORE_NEWER = (
        "E030",
        "the store {path} has schema version {found}, newer than this claimgraph ({supported}); upgrade claimgraph",
    )
    STORE_UNAVAILABLE = ("E031", "the store {path} cannot be opened: {detail}")
    NOT_FOUND = ("E032", "no article with id '{article_id}' in {path}")
    UNKNOWN_TABLE = ("E033", "no table '{table}' in the store; tables: {known}")
    UNKNOWN_COMPONENT = ("E040", "no evaluation for '{component}'; available: {known}")
    GOLD_MISSING = ("E041", "gold data not found at {path}; pass --gold PATH")

    @property
    def code(self) -> str:
        return self.value[0]

    def format(self, **fields: Any) -> str:
        return self.value[1].format(**fields)


class ClaimgraphError(Exception):
    """Base class: carries an error code and a message that says what to do."""

    def __init__(self, err: Err, **fields: Any) -> None:
        self.err = err
        self.code = err.code
        self.fields = fields
        super().__init__(f"[{err.code}] {err.format(**fields)}")

    @property
    def message(self) -> str:
        return self.err.format(**self.fields)


class InputError(ClaimgraphError):
    """One input cannot be analysed. Recorded as a failure; the batch goes on."""

    def __init__(self, err: Err, stage: str = "ingest", **fields: Any) -> None:
        self.stage = stage
        super().__init__(err, **fields)


class ConfigError(ClaimgraphError):
    """A setting, option or pipeline assembly is wrong: nothing runs until it is fixed."""


class StoreError(ClaimgraphError):
    """The store cannot be opened, migrated or written."""
