"""The one visible list of analysis components, in the order they run, under versioned names."""

from __future__ import annotations

from claimgraph.analysis.components.actors import ACTORS
from claimgraph.analysis.components.claims import CLAIMS
from claimgraph.analysis.components.counts import COUNTS
from claimgraph.analysis.components.entities import ENTITIES
from claimgraph.analysis.components.events import EVENTS
from claimgraph.analysis.components.places import PLACES
from claimgraph.analysis.components.quotes import QUOTES
from claimgraph.analysis.components.times import TIMES
from claimgraph.analysis.pipeline import Component

COMPONENTS: tuple[Component, ...] = (ENTITIES, PLACES, ACTORS, TIMES, COUNTS, QUOTES, CLAIMS, EVENTS)
