"""The docs are held to the code: every command, option, setting, error code, table and output key is documented."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from claimgraph.cli import main
from claimgraph.config import setting_help
from claimgraph.errors import Err
from claimgraph.store.schema import TABLES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DOCS = PROJECT_ROOT / "docs"


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_docs_every_command_and_option_is_documented(name: str) -> None:
    cli_doc = _read("cli.md")
    command = main.commands[name]
    assert f"## `claimgraph {name}`" in cli_doc
    assert command.help and command.help.strip() in cli_doc
    for param in command.params:
        if isinstance(param, click.Option):
            assert f"`{', '.join(param.opts)}`" in cli_doc, f"{name} {param.opts}"
    assert f"claimgraph {name}" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_every_setting_is_documented() -> None:
    doc = _read("settings.md")
    for name, default, help_text in setting_help():
        assert f"| `{name}` | `{default!r}` | {help_text} |" in doc


def test_docs_every_error_code_is_documented() -> None:
    doc = _read("errors.md")
    for err in Err:
        assert f"| `{err.code}` | {err.name} |" in doc
    codes = [err.code for err in Err]
    assert len(codes) == len(set(codes))


def test_docs_every_table_is_documented() -> None:
    doc = _read("store.md")
    for table in TABLES:
        assert f"`{table}`" in doc


def test_docs_every_output_key_is_documented() -> None:
    doc = _read("output.md")
    for key in ("article", "entities", "actors", "places", "times", "counts", "quotes", "claims", "events"):
        assert f"`{key}`" in doc
