"""The docs are held to the code: every command, option, setting, error code, table and output key is documented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from claimgraph.cli import main
from claimgraph.config import setting_help
from claimgraph.errors import Err
from claimgraph.store.schema import TABLES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DOCS = PROJECT_ROOT / "docs"


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def test_docs_cli_page_is_generated_from_the_commands() -> None:
    script = PROJECT_ROOT / "scripts" / "generate_cli_docs.py"
    spec = importlib.util.spec_from_file_location("generate_cli_docs", script)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert _read("cli.md") == generator.cli_markdown(), "docs/cli.md is stale: run scripts/generate_cli_docs.py"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_docs_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    assert main.commands[name].help
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
