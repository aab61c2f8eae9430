"""Shared fixtures. Sample texts here are written for the tests, in wire style; none is copied from an outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.config import Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"

WIRE_STORY = """All news

Ministry rejects reports of foreign troops — official

The official said the reports were not true

BAKU, October 3. /TASS/. No foreign troops take part in the fighting, Deputy Minister Amir Valenko of the
fictional Republic of Norland told TASS on Saturday.

"Such reports are not true," Valenko said. He added that Norland had no need for outside help.

French President Emmanuel Macron said on Friday that about 300 fighters had passed through the city of
Gaziantep. The reports surfaced in 2016 and again this year.
"""


@pytest.fixture
def settings() -> Settings:
    return Settings(workers=1, language="en")


@pytest.fixture
def wire_file(tmp_path: Path) -> Path:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE_STORY, encoding="utf-8")
    return path
