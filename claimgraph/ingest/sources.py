"""Reading inputs: files, folders (recursive), ``.jsonl``, ``.json``, ``.html`` and ``.txt``, or standard input.

Each input becomes a ``RawInput``; an input that cannot be read becomes a ``Failure`` with a one-line reason,
so that a broken file never stops the batch and is never dropped silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.errors import Err, InputError
from claimgraph.records import Failure, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
METADATA_KEYS = ("title", "url", "published", "outlet")


@dataclass(frozen=True, slots=True)
class RawInput:
    """One article as it arrived, before cleaning: text or HTML, with whatever metadata came with it."""

    source: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def decode(data: bytes) -> str:
    """Bytes to text, with a clear error for empty, binary or non-UTF-8 input."""
    if not data.strip():
        raise InputError(Err.EMPTY_INPUT)
    if b"\x00" in data[:8192]:
        raise InputError(Err.BINARY_INPUT, detail="it contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Err.INVALID_UTF8, position=error.start, detail=error.reason) from None
    controls = sum(1 for char in text[:8192] if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(Err.BINARY_INPUT, detail=f"{controls} control characters in its first 8 KiB")
    return text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head or "<p>" in head)


def raw_from_text(text: str, source: str, **metadata: str | None) -> RawInput:
    """A ``RawInput`` from text that may be HTML (standard input, Python callers)."""
    if looks_like_html(text):
        return RawInput(source, html=text, **metadata)
    return RawInput(source, text=text, **metadata)


def raw_from_record(record: Any, source: str) -> RawInput:
    """A ``RawInput`` from one JSON object with ``text`` or ``html`` and optional metadata."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise ValueError("it has neither a 'text' nor an 'html' string")
    metadata = {key: str(record[key]) if record.get(key) is not None else None for key in METADATA_KEYS}
    return RawInput(
        source, text=text if isinstance(text, str) else None, html=html if isinstance(html, str) else None,
        **metadata,
    )


def read_path(path: Path) -> Iterator[RawInput | Failure]:
    """The inputs in one file: one for ``.txt``, ``.html`` and ``.json``, one per line for ``.jsonl``."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise InputError(Err.UNSUPPORTED_FILE, suffix=suffix or "(none)")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(Err.UNREADABLE, detail=error.strerror or str(error)) from None
        text = decode(data)
    except InputError as error:
        yield Failure(source, error.stage, error.code, error.message)
        return
    if suffix in TEXT_SUFFIXES:
        yield RawInput(source, text=text)
    elif suffix in HTML_SUFFIXES:
        yield RawInput(source, html=text)
    elif suffix == ".json":
        yield from _records([(1, text)], source, single=True)
    else:
        yield from _records(enumerate(text.splitlines(), start=1), source, single=False)


def _records(lines: Iterable[tuple[int, str]], source: str, *, single: bool) -> Iterator[RawInput | Failure]:
    for number, line in lines:
        if not line.strip():
            continue
        where = source if single else f"{source}:{number}"
        try:
            yield raw_from_record(json.loads(line), where)
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            error_ = InputError(Err.BAD_JSON, line=number, detail=str(error))
            yield Failure(where, error_.stage, error_.code, error_.message)


def iter_inputs(paths: Iterable[Path]) -> Iterator[RawInput | Failure | Skipped]:
    """Every input under ``paths``. Folders are walked recursively in name order; inside a folder, hidden files
    and files of other types are reported as skipped (a folder often holds a README or an index)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield from read_path(child)
                else:
                    yield Skipped(str(child), f"not an article file type ({child.suffix or 'no suffix'})", None)
        else:
            yield from read_path(path)
