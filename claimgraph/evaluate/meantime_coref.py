"""``claimgraph evaluate actors``: mention merging and cross-article keys against MEANTIME's coreference.

Gold. MEANTIME links every entity mention to the instance it refers to (``REFERS_TO``, source mention → target
``ENTITY``); an ``ENTITY`` with an ``instance_id`` is a corpus-level instance shared across documents
(``list_instances.csv``), one without is local to its document. A gold cluster is the set of mentions of one
instance in one document. What is scored:

* mentions in the annotated region only (the first six sentences, ``meantime.annotated_end``): the corpus
  annotates only those fully; its cross-document layer adds mentions further down for some instances only, which
  would charge every other mention there as a miss;
* instances of type PER and ORG (``SCORED_TYPES``): the participants the actor resolver is for. LOC instances mix
  countries acting (which are actors) with places (which by design are not) and are reported apart, unscored;
  PRO and FIN (products, contracts, amounts) are never actors;
* a mention that refers to two instances (two in the corpus) is left out: it belongs to no one cluster;
* of two mentions of the same instance one inside the other (``company CEO Steve Jobs`` around ``Steve Jobs``),
  only the inner one is kept, as a mention is counted once and the inner one is what a resolver marks.

Alignment of predicted mentions (every mention of every actor, in the annotated region) to gold mentions (of every
type, so a prediction covering a product is not pulled onto a nearby person): pairs of overlapping mentions, one to
one, taken greedily in this order: same offsets; prediction inside the gold mention (``Steve Jobs`` inside ``Apple
CEO Steve Jobs``), smaller gold mentions first; gold inside the prediction; any other overlap covering at least
half of the prediction. MEANTIME marks whole noun phrases and we mark names, so containment is the normal case.

B³ (Bagga & Baldwin 1998), with the twinless-mention convention of Cai & Strube (2010) for recall:

* recall, over gold mentions: |gold cluster ∩ response cluster| / |gold cluster|, the response cluster being the
  gold mentions aligned to mentions of the same actor; a gold mention no prediction is aligned to is its own
  response singleton, so a missed mention costs recall;
* precision, over predicted mentions aligned to a scored gold mention: |actor's aligned mentions ∩ the gold
  cluster| / |actor's aligned mentions|. Predictions aligned to nothing are left out: the gold set leaves out
  many actor mentions (outlets named in passing, names annotated only as modifiers), so counting them wrong would
  measure the annotation, not the merging.

Cross-article keys. For every document, each (gold instance, predicted key) that an aligned mention joins is one
entity occurrence. Over pairs of occurrences in different documents: precision = share of pairs with the same key
that have the same gold instance, recall = share of pairs with the same gold instance that have the same key.
Occurrences rather than mentions, so that a company named sixty times does not outweigh everyone else.

Intervals. B³ is a ratio of per-document sums, so documents are resampled as in ``scoring.bootstrap_interval``
(same seed and method) by ``b3_interval``. Cross-document pairs are counted in both their documents'
``PRF`` (the ratio is unchanged) and go through ``bootstrap_interval``; a resample does not re-pair duplicated
documents, so that interval slightly understates the noise.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claimgraph.analysis import analyze_many
from claimgraph.analysis.components.actors import ACTORS
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.evaluation import Evaluation, Split, in_split
from claimgraph.evaluate.meantime import MeantimeFormatError, annotated_end, corpus_files, gold_hash, rebuild_text
from claimgraph.evaluate.scoring import PRF, Interval, Metric, bootstrap_interval
from claimgraph.records import Analysis, Article

SCORED_TYPES = frozenset({"PER", "ORG"})
REPORTED_TYPES = ("PER", "ORG", "LOC")
N_RESAMPLES = 1000
CONFIDENCE = 0.95


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A gold entity mention: characters ``start:end`` of the rebuilt text, its instance and the instance's type."""

    start: int
    end: int
    instance: str  # the corpus-level instance_id, or "<doc_id>#<m_id>" for an instance local to the document
    type: str


@dataclass(frozen=True, slots=True)
class CorefDocument:
    """A MEANTIME article with the gold entity mentions of its annotated region."""

    doc_id: str
    name: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[GoldMention, ...]

    @property
    def annotated_end(self) -> int:
        return annotated_end(self.sentences)


def _instances(document: ET.Element, doc_id: str) -> dict[str, tuple[str, str]]:
    """ENTITY m_id → (instance, type)."""
    found: dict[str, tuple[str, str]] = {}
    for entity in document.iter("ENTITY"):
        m_id = entity.get("m_id")
        if m_id is None:
            raise MeantimeFormatError("<ENTITY> has no m_id attribute")
        found[m_id] = (entity.get("instance_id") or f"{doc_id}#{m_id}", entity.get("ent_type", ""))
    return found


def read_coref_document(path: Path) -> CorefDocument:
    """One CAT file's entity mentions in the annotated region, with the instance each refers to."""
    try:
        document = ET.parse(path).getroot()
        doc_id = document.get("doc_id")
        if doc_id is None:
            raise MeantimeFormatError("<Document> has no doc_id attribute")
        cat = rebuild_text(document)
        end = annotated_end(cat.sentences)
        instances = _instances(document, doc_id)
        targets: dict[str, set[str]] = {}
        for relation in document.iter("REFERS_TO"):
            to = {target.get("m_id", "") for target in relation.findall("target")} & instances.keys()
            for source in relation.findall("source"):
                targets.setdefault(source.get("m_id", ""), set()).update(to)
        mentions: list[GoldMention] = []
        for markable in document.iter("ENTITY_MENTION"):
            refers = targets.get(markable.get("m_id", ""), set())
            span = cat.anchor_span(markable)
            if len(refers) != 1 or span is None or span[0] >= end or span[0] == span[1]:
                continue
            instance, ent_type = instances[refers.pop()]
            mentions.append(GoldMention(span[0], span[1], instance, ent_type))
        return CorefDocument(doc_id, document.get("doc_name", doc_id), cat.text, cat.sentences,
                             tuple(sorted(_innermost(mentions), key=lambda m: (m.start, m.end))))
    except (ET.ParseError, ValueError) as error:
        raise MeantimeFormatError(f"{path}: {error}") from error


def _innermost(mentions: list[GoldMention]) -> list[GoldMention]:
    """The mentions without one of the same instance inside them."""
    return [
        outer for outer in mentions
        if not any(inner.instance == outer.instance and outer.start <= inner.start and inner.end <= outer.end
                   and (inner.start, inner.end) != (outer.start, outer.end) for inner in mentions)
    ]


def read_coref(root: Path, split: Split) -> list[CorefDocument]:
    """The documents of ``split`` of the corpus at ``root``."""
    documents = [read_coref_document(path) for path in corpus_files(root)]
    return [document for document in documents if in_split(document.doc_id, split)]


# -- alignment ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Predicted:
    """A predicted mention: characters ``start:end`` and the key of its actor (the actor within its article)."""

    start: int
    end: int
    key: str


def align(gold: Sequence[GoldMention], predicted: Sequence[Predicted]) -> dict[int, int]:
    """Gold index → predicted index, one to one, by the order in the module docstring."""
    candidates: list[tuple[int, int, int, int, int]] = []
    for g, gold_mention in enumerate(gold):
        for p, mention in enumerate(predicted):
            shared = min(gold_mention.end, mention.end) - max(gold_mention.start, mention.start)
            if shared <= 0:
                continue
            if (gold_mention.start, gold_mention.end) == (mention.start, mention.end):
                rank = 0
            elif gold_mention.start <= mention.start and mention.end <= gold_mention.end:
                rank = 1
            elif mention.start <= gold_mention.start and gold_mention.end <= mention.end:
                rank = 2
            elif 2 * shared >= mention.end - mention.start:
                rank = 3
            else:
                continue
            candidates.append((rank, gold_mention.end - gold_mention.start, -shared, g, p))
    candidates.sort()
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_order, g, p in candidates:
        if g not in pairs and p not in used:
            pairs[g] = p
            used.add(p)
    return pairs


# -- B³ -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class B3Counts:
    """One document's B³ sums: precision summed over aligned predictions, recall over gold mentions."""

    precision_sum: float = 0.0
    precision_n: int = 0
    recall_sum: float = 0.0
    recall_n: int = 0

    def __add__(self, other: B3Counts) -> B3Counts:
        return B3Counts(self.precision_sum + other.precision_sum, self.precision_n + other.precision_n,
                        self.recall_sum + other.recall_sum, self.recall_n + other.recall_n)

    @property
    def precision(self) -> float:
        return self.precision_sum / self.precision_n if self.precision_n else 0.0

    @property
    def recall(self) -> float:
        return self.recall_sum / self.recall_n if self.recall_n else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def score(self, metric: Metric) -> float:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}[metric]


def b3(gold: Sequence[GoldMention], predicted: Sequence[Predicted], types: frozenset[str] = SCORED_TYPES) -> B3Counts:
    """B³ sums of one document over the gold mentions of ``types`` (see the module docstring)."""
    pairs = align(gold, predicted)
    scored = [g for g, mention in enumerate(gold) if mention.type in types]
    key_of = {g: predicted[pairs[g]].key for g in scored if g in pairs}
    cluster_size = Counter(gold[g].instance for g in scored)
    # Gold mentions aligned to each actor, and to each (actor, instance): the response clusters and overlaps.
    per_key = Counter(key_of.values())
    per_key_instance = Counter((key, gold[g].instance) for g, key in key_of.items())
    recall_sum = 0.0
    for g in scored:
        instance = gold[g].instance
        overlap = per_key_instance[(key_of[g], instance)] if g in key_of else 1
        recall_sum += overlap / cluster_size[instance]
    precision_sum = sum(per_key_instance[(key, gold[g].instance)] / per_key[key] for g, key in key_of.items())
    return B3Counts(precision_sum, len(key_of), recall_sum, len(scored))


def b3_interval(per_document: Sequence[B3Counts], metric: Metric) -> Interval:
    """Percentile bootstrap of a B³ score, resampling documents as ``scoring.bootstrap_interval`` does."""
    estimate = sum(per_document, B3Counts()).score(metric)
    if not per_document:
        return Interval(metric, estimate, estimate, estimate, CONFIDENCE, N_RESAMPLES)
    sums = np.array([(c.precision_sum, c.precision_n, c.recall_sum, c.recall_n) for c in per_document], dtype=float)
    rng = np.random.default_rng(0)
    weights = rng.multinomial(len(sums), np.full(len(sums), 1 / len(sums)), size=N_RESAMPLES)
    p_sum, p_n, r_sum, r_n = (weights @ sums).T
    precision = np.divide(p_sum, p_n, out=np.zeros(N_RESAMPLES), where=p_n > 0)
    recall = np.divide(r_sum, r_n, out=np.zeros(N_RESAMPLES), where=r_n > 0)
    f1 = np.divide(2 * precision * recall, precision + recall, out=np.zeros(N_RESAMPLES),
                   where=(precision + recall) > 0)
    scores = {"precision": precision, "recall": recall, "f1": f1}[metric]
    alpha = (1 - CONFIDENCE) / 2
    low, high = np.quantile(scores, [alpha, 1 - alpha])
    return Interval(metric, estimate, float(low), float(high), CONFIDENCE, N_RESAMPLES)


# -- cross-document keys ------------------------------------------------------------------------------------------


def occurrences(gold: Sequence[GoldMention], predicted: Sequence[Predicted]) -> set[tuple[str, str]]:
    """The (gold instance, predicted key) pairs one document's aligned mentions of scored types join."""
    pairs = align(gold, predicted)
    return {(gold[g].instance, predicted[p].key) for g, p in pairs.items() if gold[g].type in SCORED_TYPES}


def cross_document_counts(per_document: Sequence[set[tuple[str, str]]]) -> tuple[PRF, ...]:
    """Pairwise counts over occurrences in different documents, each pair counted in both its documents.

    tp: same key and same instance; fp: same key, other instance; fn: same instance, other key.
    """
    key_count: Counter[str] = Counter()
    instance_count: Counter[str] = Counter()
    both_count: Counter[tuple[str, str]] = Counter()
    for found in per_document:
        key_count.update(key for _, key in found)
        instance_count.update(instance for instance, _ in found)
        both_count.update(found)
    counts: list[PRF] = []
    for found in per_document:
        own_keys = Counter(key for _, key in found)
        own_instances = Counter(instance for instance, _ in found)
        own_both = Counter(found)
        tp = fp = fn = 0
        for instance, key in found:
            # Pairs with occurrences of the other documents: totals minus this document's own.
            same_both = both_count[(instance, key)] - own_both[(instance, key)]
            tp += same_both
            fp += (key_count[key] - own_keys[key]) - same_both
            fn += (instance_count[instance] - own_instances[instance]) - same_both
        counts.append(PRF(tp, fp, fn))
    return tuple(counts)


# -- the evaluation -----------------------------------------------------------------------------------------------


def predict(documents: Sequence[CorefDocument], settings: Settings) -> list[list[Predicted]]:
    """Every actor mention the pipeline finds in each document's annotated region, with its actor's key.

    The registered components run up to the actor resolver (places included once they run before it): what comes
    after it cannot change actors, and need not be working for actors to be scored.
    """
    articles = [Article(id=d.doc_id, body=d.text, language="en", source=d.name) for d in documents]
    predicted: list[list[Predicted]] = []
    for document, outcome in zip(documents, analyze_many(articles, settings, until=ACTORS.name), strict=True):
        if not isinstance(outcome, Analysis):
            raise RuntimeError(f"analysis failed on {outcome.source}: {outcome.message}")
        predicted.append([
            Predicted(mention.start, mention.end, actor.key)
            for actor in outcome.actors for mention in actor.mentions
            if mention.start < document.annotated_end and mention.end > mention.start
        ])
    return predicted


def _type_table(documents: Sequence[CorefDocument], predicted: Sequence[Sequence[Predicted]]) -> str:
    lines = [f"{'type':<6} {'gold':>6} {'aligned':>8} {'B3 P':>7} {'B3 R':>7} {'B3 F1':>7}"]
    for ent_type in REPORTED_TYPES:
        types = frozenset({ent_type})
        total = sum((b3(doc.mentions, found, types) for doc, found in zip(documents, predicted, strict=True)),
                    B3Counts())
        note = "  (not scored: places are no actors by design)" if ent_type not in SCORED_TYPES else ""
        lines.append(f"{ent_type:<6} {total.recall_n:>6} {total.precision_n:>8} {total.precision:>7.3f} "
                     f"{total.recall:>7.3f} {total.f1:>7.3f}{note}")
    return "\n".join(lines)


def evaluate_actors_meantime(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """Mention merging (B³) and cross-article keys of the actor resolver on MEANTIME's coreference."""
    corpus = gold_root / "meantime_en"
    if not corpus.exists():
        raise ConfigError(Err.GOLD_MISSING, path=corpus)
    documents = read_coref(corpus, split)
    predicted = predict(documents, settings)
    per_document = [b3(doc.mentions, found) for doc, found in zip(documents, predicted, strict=True)]
    cross = cross_document_counts(
        [occurrences(doc.mentions, found) for doc, found in zip(documents, predicted, strict=True)])
    metrics = {
        "b3_f1": b3_interval(per_document, "f1"),
        "b3_precision": b3_interval(per_document, "precision"),
        "b3_recall": b3_interval(per_document, "recall"),
        "cross_doc_key_precision": bootstrap_interval(cross, metric="precision"),
        "cross_doc_key_recall": bootstrap_interval(cross, metric="recall"),
    }
    total, pairs = sum(per_document, B3Counts()), sum(cross, PRF())
    return Evaluation(
        component="actors", dataset="meantime", split=split, documents=len(documents), gold_hash=gold_hash(corpus),
        metrics=metrics,
        tables={"B3 per gold entity type (PER and ORG scored)": _type_table(documents, predicted)},
        details={
            "b3": {"gold_mentions": total.recall_n, "aligned_predictions": total.precision_n,
                   "precision": total.precision, "recall": total.recall, "f1": total.f1},
            # Each cross-document pair is counted once per document it joins: halve for the number of pairs.
            "cross_doc_pairs": {"tp": pairs.tp // 2, "fp": pairs.fp // 2, "fn": pairs.fn // 2,
                                "precision": pairs.precision, "recall": pairs.recall},
        },
    )


__all__ = [
    "B3Counts", "CorefDocument", "GoldMention", "Predicted", "align", "b3", "b3_interval", "cross_document_counts",
    "evaluate_actors_meantime", "occurrences", "read_coref", "read_coref_document",
]
