"""``claimgraph evaluate times``: time expressions against MEANTIME's TIMEX3, beside a dateparser baseline.

Gold. Every ``TIMEX3`` markable with token anchors in the annotated region (the first six sentences, see
``meantime.annotated_end``), with its ``type`` (DATE, TIME, DURATION, SET) and ``value``. The one with
``functionInDocument="CREATION_TIME"`` (the date line under the title) is left out of the scores and gives the
reference date, as a publication date does in the pipeline; predictions overlapping it are dropped too. Three
files have no ISO creation time (two lack it, one writes ``03-02-2009``): their reference is the date written on
their date line, passed to the component as a dateline, and there the date line is an ordinary gold time.

Splits. The component was developed on two of the four sub-corpora, so the split follows them rather than the
hash of ``evaluation.in_split``: ``dev`` is corpus_airbus and corpus_apple, ``test`` corpus_gm and corpus_stock,
``all`` all four.

Scores, for all types and for DATE alone (both sides filtered to DATE):

* strict F1: same offsets; relaxed F1: at least one shared character (both one-to-one, ``scoring.score_spans``);
* value accuracy: of the gold times a prediction overlaps, the share whose predicted value is exactly the gold
  value (TempEval's attribute accuracy). Gold and predictions are paired one-to-one, the pairs sharing the most
  characters first, as ``score_spans`` pairs them;
* value recall: the share of all gold times paired with a prediction of exactly their value, so that a missed
  time counts as a wrong value.

Baseline. dateparser's ``search_dates`` over the same text with the reference date as ``RELATIVE_BASE`` and
``PREFER_DATES_FROM="past"``. Its spans are its matched substrings found in the text in order; its value is the
date it returns written at the granularity dateparser itself reports for the substring (``DateDataParser``'s
``period``: 2008 -> ``2008``, April 2016 -> ``2016-04``, last week -> ``2020-W39``), which is fairer to it than
day granularity everywhere. Every baseline span counts as a DATE (TIME when dateparser reads a clock time).
The baseline's scores stay out of ``Evaluation.metrics`` so that the quality gate never holds them; they are in
``details`` and printed beside ours.
"""

from __future__ import annotations

import datetime as dt
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from claimgraph.analysis.components.times import TIMES
from claimgraph.analysis.nlp import load_nlp
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.evaluation import Evaluation, Split
from claimgraph.evaluate.meantime import MeantimeFormatError, annotated_end, corpus_files, gold_hash, rebuild_text
from claimgraph.evaluate.scoring import PRF, Interval, LabelledSpan, bootstrap_interval, score_spans
from claimgraph.records import Analysis, Article, Dateline, Span

SPLITS: dict[str, frozenset[str]] = {
    "dev": frozenset({"corpus_airbus", "corpus_apple"}),
    "test": frozenset({"corpus_gm", "corpus_stock"}),
}
CREATION_TIME = "CREATION_TIME"
DATE = "DATE"


@dataclass(frozen=True, slots=True)
class GoldTime:
    """One gold TIMEX3: characters ``start:end`` of the rebuilt text, its type and its value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeDocument:
    """A MEANTIME article with its gold times, reference date and the span of its creation time."""

    doc_id: str
    name: str
    subcorpus: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    times: tuple[GoldTime, ...]
    reference: dt.date | None
    reference_from_creation_time: bool
    creation_span: tuple[int, int] | None

    @property
    def annotated_end(self) -> int:
        return annotated_end(self.sentences)

    def article(self) -> Article:
        """The article the component sees: the creation time as its publication date, else a dateline."""
        if self.reference_from_creation_time and self.reference is not None:
            return Article(id=self.doc_id, body=self.text, published=self.reference.isoformat(), language="en")
        dateline = None
        if self.reference is not None and len(self.sentences) > 1:
            start, end = self.sentences[1]
            dateline = Dateline(Span.of(self.text, start, end), None, self.reference.isoformat(), None)
        return Article(id=self.doc_id, body=self.text, dateline=dateline, language="en")


def _date_line(text: str, sentences: Sequence[tuple[int, int]]) -> dt.date | None:
    """The date written on a document's date line (its second sentence, ``February 03 , 2009``), if it is one."""
    if len(sentences) < 2:
        return None
    start, end = sentences[1]
    line = " ".join(text[start:end].replace(" ,", ",").split())
    try:
        return dt.datetime.strptime(line, "%B %d, %Y").date()
    except ValueError:
        return None


def read_time_document(path: Path) -> TimeDocument:
    """One CAT file's TIMEX3 markables in its annotated region, and its reference date."""
    try:
        document = ET.parse(path).getroot()
        cat = rebuild_text(document)
        limit = annotated_end(cat.sentences)
        times: list[GoldTime] = []
        creation: dt.date | None = None
        creation_span: tuple[int, int] | None = None
        for timex in document.iter("TIMEX3"):
            span = cat.anchor_span(timex)
            if timex.get("functionInDocument") == CREATION_TIME:
                creation_span = span
                try:
                    creation = dt.date.fromisoformat(timex.get("value") or "")
                except ValueError:
                    creation = None  # one file writes 03-02-2009; its date line says which day that is
                continue
            if span is None or span[0] >= limit:
                continue
            kind, value = timex.get("type"), timex.get("value")
            if not kind or value is None:
                raise MeantimeFormatError(f"TIMEX3 m_id={timex.get('m_id')} has no type or value")
            times.append(GoldTime(span[0], span[1], kind, value))
        doc_id, name = document.get("doc_id"), document.get("doc_name")
        if doc_id is None or name is None:
            raise MeantimeFormatError("<Document> has no doc_id or doc_name")
        reference = creation or _date_line(cat.text, cat.sentences)
        return TimeDocument(
            doc_id=doc_id, name=name, subcorpus=path.parent.name, text=cat.text, sentences=cat.sentences,
            times=tuple(sorted(times, key=lambda t: (t.start, t.end))), reference=reference,
            reference_from_creation_time=creation is not None, creation_span=creation_span,
        )
    except (ET.ParseError, ValueError) as error:
        raise MeantimeFormatError(f"{path}: {error}") from error


def read_time_documents(root: Path, split: Split) -> list[TimeDocument]:
    """The documents of ``split`` in the corpus at ``root`` (the folder holding ``intra_cross-doc_annotation``)."""
    return [
        read_time_document(path) for path in corpus_files(root)
        if split == "all" or path.parent.name in SPLITS[split]
    ]


@dataclass(frozen=True, slots=True)
class Predicted:
    """A time expression a system found, as the scorer compares it with the gold ones."""

    start: int
    end: int
    type: str  # upper case, as MEANTIME writes it
    value: str | None


def _in_scope(document: TimeDocument, start: int, end: int) -> bool:
    if end <= start or start >= document.annotated_end:
        return False
    creation = document.creation_span
    return creation is None or not (start < creation[1] and creation[0] < end)


def predict_times(documents: Sequence[TimeDocument], docs: Sequence[Doc]) -> tuple[list[list[Predicted]], float]:
    """``times/1`` over parsed documents, and the seconds it took (the parse not included)."""
    predicted: list[list[Predicted]] = []
    elapsed = 0.0
    for document, doc in zip(documents, docs, strict=True):
        started = time.perf_counter()
        analysis = TIMES.run(doc, Analysis(article=document.article()))
        elapsed += time.perf_counter() - started
        predicted.append([
            Predicted(t.span.start, t.span.end, t.type.upper(), t.value)
            for t in analysis.times if _in_scope(document, t.span.start, t.span.end)
        ])
    return predicted, elapsed


def baseline_value(moment: dt.datetime, period: str | None) -> tuple[str, str]:
    """The type and value of a dateparser result at the granularity it reports."""
    if period == "year":
        return DATE, f"{moment.year:04d}"
    if period == "month":
        return DATE, f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        iso = moment.isocalendar()
        return DATE, f"{iso.year:04d}-W{iso.week:02d}"
    if period == "time":
        return "TIME", moment.strftime("%Y-%m-%dT%H:%M")
    return DATE, moment.date().isoformat()


def predict_baseline(documents: Sequence[TimeDocument]) -> tuple[list[list[Predicted]], float]:
    """dateparser's ``search_dates`` over each annotated region, and the seconds it took."""
    # Imported here: dateparser takes a second to load its language data, which no other command needs.
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    predicted: list[list[Predicted]] = []
    started = time.perf_counter()
    for document in documents:
        text = document.text[: document.annotated_end]
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
        if document.reference is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(document.reference, dt.time())
        parser = DateDataParser(languages=["en"], settings=settings)
        found = search_dates(text, languages=["en"], settings=settings) or []
        spans: list[Predicted] = []
        cursor = 0
        for substring, moment in found:
            start = text.find(substring, cursor)
            if start < 0:
                continue
            cursor = start + len(substring)
            kind, value = baseline_value(moment, parser.get_date_data(substring).period)
            if _in_scope(document, start, cursor):
                spans.append(Predicted(start, cursor, kind, value))
        predicted.append(spans)
    return predicted, time.perf_counter() - started


@dataclass(frozen=True, slots=True)
class TimeScores:
    """Per-document counts of one system on one selection of types."""

    strict: tuple[PRF, ...]
    relaxed: tuple[PRF, ...]
    # tp: paired gold times whose value is right; fn: paired ones whose value is wrong (accuracy = recall).
    value: tuple[PRF, ...]
    # tp: gold times paired with a prediction of the right value; fn: every other gold time.
    value_of_all: tuple[PRF, ...]

    def metrics(self, prefix: str) -> dict[str, Interval]:
        return {
            f"{prefix}relaxed_f1": bootstrap_interval(self.relaxed, metric="f1"),
            f"{prefix}strict_f1": bootstrap_interval(self.strict, metric="f1"),
            f"{prefix}value_accuracy": bootstrap_interval(self.value, metric="recall"),
            f"{prefix}value_recall": bootstrap_interval(self.value_of_all, metric="recall"),
        }

    def summary(self) -> dict[str, float | int]:
        relaxed, strict = sum(self.relaxed, PRF()), sum(self.strict, PRF())
        value, value_of_all = sum(self.value, PRF()), sum(self.value_of_all, PRF())
        return {
            "gold": relaxed.tp + relaxed.fn, "predicted": relaxed.tp + relaxed.fp,
            "relaxed_precision": relaxed.precision, "relaxed_recall": relaxed.recall, "relaxed_f1": relaxed.f1,
            "strict_f1": strict.f1, "value_accuracy": value.recall, "value_recall": value_of_all.recall,
        }


def _value_counts(gold: Sequence[GoldTime], predicted: Sequence[Predicted]) -> tuple[PRF, PRF]:
    """Value accuracy and value recall counts of one document over one-to-one overlap pairs."""
    candidates = sorted(
        (-(min(g.end, p.end) - max(g.start, p.start)), g.start, p.start, gi, pi)
        for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
        if g.start < p.end and p.start < g.end
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    right = wrong = 0
    for *_order, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        if predicted[pi].value == gold[gi].value:
            right += 1
        else:
            wrong += 1
    return PRF(tp=right, fn=wrong), PRF(tp=right, fn=len(gold) - right)


def score_times(
    documents: Sequence[TimeDocument], predicted: Sequence[Sequence[Predicted]], only: str | None = None
) -> TimeScores:
    """Strict, relaxed and value scores; ``only`` keeps one type (``"DATE"``) on both sides."""
    gold_spans: list[list[LabelledSpan]] = []
    predicted_spans: list[list[LabelledSpan]] = []
    value: list[PRF] = []
    value_of_all: list[PRF] = []
    for document, predictions in zip(documents, predicted, strict=True):
        gold = [t for t in document.times if only is None or t.type == only]
        mine = [p for p in predictions if only is None or p.type == only]
        gold_spans.append([LabelledSpan(t.start, t.end) for t in gold])
        predicted_spans.append([LabelledSpan(p.start, p.end) for p in mine])
        accuracy, recall = _value_counts(gold, mine)
        value.append(accuracy)
        value_of_all.append(recall)
    return TimeScores(
        strict=score_spans(gold_spans, predicted_spans, match="exact", labelled=False).per_document,
        relaxed=score_spans(gold_spans, predicted_spans, match="overlap", labelled=False).per_document,
        value=tuple(value), value_of_all=tuple(value_of_all),
    )


def _side_by_side(ours: dict[str, Interval], baseline: dict[str, Interval]) -> str:
    lines = [f"{'metric':<26} {'times/1':>8}  {'95% interval':<16} {'dateparser':>10}  95% interval"]
    for name, mine in ours.items():
        other = baseline[name]
        lines.append(
            f"{name:<26} {mine.estimate:>8.3f}  [{mine.low:.3f}, {mine.high:.3f}]   {other.estimate:>10.3f}  "
            f"[{other.low:.3f}, {other.high:.3f}]"
        )
    return "\n".join(lines)


def evaluate_times_meantime(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """``times/1`` and the dateparser baseline on MEANTIME's TIMEX3 (see the module docstring)."""
    corpus = gold_root / "meantime_en"
    if not corpus.exists():
        raise ConfigError(Err.GOLD_MISSING, path=corpus)
    documents = read_time_documents(corpus, split)
    nlp = load_nlp(settings.model, settings.max_chars)
    started = time.perf_counter()
    docs = list(nlp.pipe((document.text for document in documents), batch_size=settings.batch_size))
    parse_seconds = time.perf_counter() - started
    ours, ours_seconds = predict_times(documents, docs)
    baseline, baseline_seconds = predict_baseline(documents)
    scores = {
        ("", "all types"): (score_times(documents, ours), score_times(documents, baseline)),
        ("date_", "DATE"): (score_times(documents, ours, DATE), score_times(documents, baseline, DATE)),
    }
    metrics: dict[str, Interval] = {}
    baseline_metrics: dict[str, Interval] = {}
    for (prefix, _title), (mine, theirs) in scores.items():
        metrics.update(mine.metrics(prefix))
        baseline_metrics.update(theirs.metrics(prefix))
    count = max(len(documents), 1)
    timing = {
        "parse_ms_per_article": 1000 * parse_seconds / count,
        "times_ms_per_article": 1000 * ours_seconds / count,
        "baseline_ms_per_article": 1000 * baseline_seconds / count,
    }
    counts = "\n".join(
        f"{title:<10} gold {mine.summary()['gold']:>4}   times/1 predicted {mine.summary()['predicted']:>4} "
        f"(P {mine.summary()['relaxed_precision']:.3f}, R {mine.summary()['relaxed_recall']:.3f})   "
        f"dateparser predicted {theirs.summary()['predicted']:>4} (P {theirs.summary()['relaxed_precision']:.3f}, "
        f"R {theirs.summary()['relaxed_recall']:.3f})"
        for (_prefix, title), (mine, theirs) in scores.items()
    )
    speed = (
        f"spaCy parse {timing['parse_ms_per_article']:.1f} ms, times/1 {timing['times_ms_per_article']:.2f} ms, "
        f"dateparser {timing['baseline_ms_per_article']:.1f} ms per article"
    )
    return Evaluation(
        component="times", dataset="meantime", split=split, documents=len(documents), gold_hash=gold_hash(corpus),
        metrics=metrics,
        tables={"times/1 beside the dateparser baseline (not gated)": _side_by_side(metrics, baseline_metrics),
                "counts (relaxed match)": counts, "speed": speed},
        details={
            "times": {title: mine.summary() for (_p, title), (mine, _b) in scores.items()},
            "baseline": {
                "system": "dateparser.search.search_dates (PREFER_DATES_FROM=past, RELATIVE_BASE=reference date)",
                "metrics": {f"baseline_{name}": interval.to_dict() for name, interval in baseline_metrics.items()},
                **{title: theirs.summary() for (_p, title), (_m, theirs) in scores.items()},
            },
            "timing": timing,
        },
    )
