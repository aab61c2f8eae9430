"""What an evaluation returns, and the conventions every evaluator shares: where gold data lives and the split."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from claimgraph.evaluate.scoring import Interval

Split = Literal["dev", "test", "all"]
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def shared_data_root() -> Path:
    """Where the gold sets are: ``$CLAIMGRAPH_SHARED_DATA``, else ``../shared/data`` beside the project."""
    configured = os.environ.get("CLAIMGRAPH_SHARED_DATA")
    return Path(configured) if configured else PACKAGE_ROOT.parent / "shared" / "data"


def in_split(doc_id: str, split: Split) -> bool:
    """A fixed half of the documents is dev, the other half test: decided by a hash of the document id, so the
    split never changes when documents are added and nobody can tune on test by accident."""
    if split == "all":
        return True
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 2
    return (bucket == 0) == (split == "dev")


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of one component on one dataset split."""

    component: str
    dataset: str
    split: Split
    documents: int
    gold_hash: str
    metrics: dict[str, Interval]
    tables: dict[str, str]
    details: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.component}/{self.dataset}/{self.split}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "component": self.component, "dataset": self.dataset, "split": self.split, "documents": self.documents,
            "gold_hash": self.gold_hash, "metrics": {name: i.to_dict() for name, i in self.metrics.items()},
            "details": self.details,
        }

    def table(self) -> str:
        lines = [f"{self.component} on {self.dataset} ({self.split} split, {self.documents} documents)", ""]
        lines.append(f"{'metric':<22} {'score':>7}  95% bootstrap interval")
        for name, interval in self.metrics.items():
            lines.append(f"{name:<22} {interval.estimate:>7.3f}  [{interval.low:.3f}, {interval.high:.3f}]")
        for title, table in self.tables.items():
            lines.extend(["", title, table])
        return "\n".join(lines)


