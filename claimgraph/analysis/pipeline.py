"""Analysis components and the pipeline that runs them over one parsed article.

Each component declares what it needs and what it adds; ``Pipeline`` checks the order when it is assembled,
before any article runs (as spaCy's ``Language.factory(requires=..., assigns=...)`` does).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from claimgraph.errors import ConfigError, Err, InputError
from claimgraph.records import Analysis

# What the spaCy parse itself provides to the components after it.
PARSE_ASSIGNS = frozenset({"tokens", "sentences", "ner"})


@dataclass(frozen=True, slots=True)
class Component:
    """One step of the analysis: reads the parse and the records so far, returns them with its own added."""

    name: str
    version: int
    requires: frozenset[str]
    assigns: frozenset[str]
    run: Callable[[Doc, Analysis], Analysis]

    @property
    def extractor(self) -> str:
        """The name and version every record it makes carries, e.g. ``"actors/1"``."""
        return f"{self.name}/{self.version}"


class Pipeline:
    """An ordered list of components whose needs are met by the parse or by an earlier component."""

    def __init__(self, components: Sequence[Component]) -> None:
        available = set(PARSE_ASSIGNS)
        for component in components:
            missing = component.requires - available
            if missing:
                raise ConfigError(Err.PIPELINE_ORDER, component=component.name, needs=", ".join(sorted(missing)))
            available |= component.assigns
        self.components = tuple(components)

    def run(self, doc: Doc, analysis: Analysis) -> Analysis:
        for component in self.components:
            try:
                analysis = component.run(doc, analysis)
            except Exception as error:  # one article's failure must not stop the batch
                raise InputError(
                    Err.ANALYSIS_FAILED, stage=f"analyze:{component.name}", component=component.name,
                    detail=f"{type(error).__name__}: {error}",
                ) from error
        return analysis
