"""Throughput of claimgraph's analysis against the bare spaCy pipeline it is built on.

What it measures, over the same cleaned article bodies and with the same batch size:

- bare spaCy: the model package loaded as ``spacy.load`` would (``importlib.import_module(model).load()``, without
  claimgraph's paragraph component), run as ``list(nlp.pipe(bodies, batch_size=B))``;
- claimgraph: the full analysis, ``list(analyze_many(articles, settings))``: the same parse plus our paragraph
  component and every extraction component.

Articles are read and cleaned (``build_article``) once, before any timing. Each variant is warmed up on one batch,
then the two are timed in alternating rounds, the order swapped every round, and the median of each is reported
with the ratio claimgraph / bare spaCy. A shared machine is noisy (other jobs, CPU frequency, caches): alternating
spreads any slow stretch over both variants instead of letting it land on one, and the median drops outliers.

Peak memory (RSS) is measured separately for each variant, in its own fresh process, because
``resource.getrusage(RUSAGE_SELF).ru_maxrss`` is a high-water mark for the whole process. On Linux a process started
with ``exec`` also inherits the peak of the process it was forked from, so both measuring processes are started
before this one imports spaCy or claimgraph, while it is still small; they wait for their articles and then report
their own ``ru_maxrss`` after processing them once (model load included).

This is a benchmark, not a test: it asserts nothing about the timings. Run ``python benchmarks/throughput.py -h``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import importlib
import json
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily below, so that the memory-measuring processes load only what they measure
    from spacy.language import Language

    from claimgraph.config import Settings
    from claimgraph.records import Article

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = PROJECT_ROOT / ".." / "shared" / "data" / "wikinews_sample"
WIKINEWS_FILES = ("wikinews_2019.csv.gz", "wikinews_2020.csv.gz")
SAMPLES = PROJECT_ROOT / "claimgraph" / "samples"
MIN_CHARS, MAX_CHARS = 500, 20_000
BARE, CLAIMGRAPH = "bare_spacy", "claimgraph"  # the variants, as named in the JSON output
LABELS = {BARE: "bare spaCy", CLAIMGRAPH: "claimgraph"}


@dataclass(frozen=True, slots=True)
class Text:
    """One input article as read, before cleaning."""

    source: str
    text: str
    published: str | None = None


# Reading the inputs ------------------------------------------------------------------------------------------------


def open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def read_csv(path: Path) -> Iterator[Text]:
    """Rows of a ``url,date,title,text`` CSV, gzipped or not."""
    csv.field_size_limit(2**31 - 1)  # a few scraped rows are longer than csv's default limit of 128 KiB
    with open_text(path) as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield Text(row.get("url") or f"{path}:{reader.line_num}", row.get("text") or "", row.get("date") or None)


def read_file(path: Path) -> Iterator[Text]:
    """A CSV(.gz), a ``.txt`` (one article) or a ``.jsonl`` (the ``text`` of each line); other files are ignored."""
    name = path.name.lower()
    if name.endswith((".csv", ".csv.gz")):
        yield from read_csv(path)
    elif name.endswith(".txt"):
        yield Text(str(path), path.read_text(encoding="utf-8"))
    elif name.endswith(".jsonl"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    yield Text(f"{path}:{number}", record["text"], record.get("published"))


def read_path(path: Path) -> Iterator[Text]:
    """The texts in a file, or in every file under a folder; a file that cannot be read is reported and skipped."""
    files = sorted(child for child in path.rglob("*") if child.is_file()) if path.is_dir() else [path]
    for file in files:
        try:
            yield from read_file(file)
        except (OSError, ValueError, csv.Error) as error:  # ValueError: bad JSON or UTF-8
            print(f"skipped {file}: {error}", file=sys.stderr)


def load_texts(data: Path | None) -> tuple[list[Text], str, str | None]:
    """The texts of ``--data``, else of the Wikinews sample, else of the project's samples; a description of where
    they came from; and a note when the Wikinews sample was missing."""
    note = None
    if data is not None:
        paths, where = [data], str(data)
    elif WIKINEWS.is_dir():
        paths, where = [WIKINEWS / name for name in WIKINEWS_FILES], f"Wikinews sample ({', '.join(WIKINEWS_FILES)})"
    else:
        paths, where = [SAMPLES], "claimgraph/samples"
        note = f"{WIKINEWS} is missing: using the project's sample articles in claimgraph/samples instead"
    texts = [text for path in paths for text in read_path(path) if MIN_CHARS <= len(text.text) <= MAX_CHARS]
    return texts, where, note


def prepare(texts: Sequence[Text], count: int, settings: Settings) -> tuple[list[Article], int]:
    """``count`` cleaned articles, repeating the distinct ones in order when there are fewer; and how many are
    distinct. Texts that ``build_article`` rejects are left out."""
    from claimgraph.errors import InputError
    from claimgraph.ingest.article import build_article
    from claimgraph.ingest.sources import RawInput

    distinct: list[Article] = []
    for text in texts:
        if len(distinct) == count:
            break
        try:
            distinct.append(build_article(RawInput(text.source, text=text.text, published=text.published), settings))
        except InputError as error:
            print(f"skipped {text.source}: {error}", file=sys.stderr)
    return [distinct[i % len(distinct)] for i in range(count)] if distinct else [], len(distinct)


# The two variants --------------------------------------------------------------------------------------------------


def run_bare(nlp: Language, bodies: Sequence[str], batch_size: int) -> int:
    """The bare spaCy parse; returns the number of failures (always 0), like ``run_claimgraph``."""
    list(nlp.pipe(bodies, batch_size=batch_size))
    return 0


def run_claimgraph(articles: Sequence[Article], settings: Settings) -> int:
    """The full analysis; returns how many articles came back as a ``Failure``."""
    from claimgraph.analysis import analyze_many
    from claimgraph.records import Failure

    return sum(isinstance(result, Failure) for result in list(analyze_many(articles, settings)))


def load_bare(model: str) -> Language:
    nlp: Language = importlib.import_module(model).load()
    return nlp


# Peak memory, one fresh process per variant ------------------------------------------------------------------------


def current_rss_mib() -> float:
    """The process's resident memory now (Linux ``/proc``; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def load_knowledge() -> dict[str, float]:
    """Load the gazetteer, the country index and the given names as a worker does once, timing it and the memory it
    adds (the gazetteer's first-ever build on a machine is not counted: it is cached on disk)."""
    from claimgraph.knowledge.actors.given_names import given_name_gender
    from claimgraph.knowledge.countries import countries
    from claimgraph.knowledge.geo import gazetteer

    before, started = current_rss_mib(), time.perf_counter()
    gazetteer()
    countries()
    given_name_gender("Anna")
    return {"seconds": time.perf_counter() - started, "rss_mib": current_rss_mib() - before}


def peak_rss_mib() -> float:
    """This process's peak resident set size: ``ru_maxrss`` is in KiB on Linux, in bytes on macOS."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def memory_worker(conn: Connection) -> None:
    """Waits for one variant's inputs, processes the articles once and sends back its peak RSS.

    The bare variant gets ``(BARE, model, batch_size, bodies)``: plain strings, so that it never imports claimgraph.
    The claimgraph variant gets ``(CLAIMGRAPH, settings, articles)``. ``None`` means: stop without measuring."""
    message = conn.recv()
    if message is not None:
        variant, *inputs = message
        if variant == BARE:
            model, batch_size, bodies = inputs
            run_bare(load_bare(model), bodies, batch_size)
        else:
            settings, articles = inputs
            run_claimgraph(articles, settings)
        conn.send(peak_rss_mib())
    conn.close()


@dataclass(slots=True)
class MemoryProbe:
    """A spawned process, started early while this one is small, that measures one variant's peak RSS."""

    process: BaseProcess
    conn: Connection

    @classmethod
    def start(cls) -> MemoryProbe:
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        process = context.Process(target=memory_worker, args=(child_end,), daemon=True)
        process.start()
        child_end.close()
        return cls(process, parent_end)

    def measure(self, message: tuple[Any, ...]) -> float:
        self.conn.send(message)
        peak: float = self.conn.recv()
        self.process.join()
        return peak

    def stop(self) -> None:
        if self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(timeout=10)
            if self.process.is_alive():
                self.process.terminate()


# Timing ------------------------------------------------------------------------------------------------------------


def timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    failures = run()
    return time.perf_counter() - start, failures


def time_rounds(variants: dict[str, Callable[[], int]], rounds: int) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Seconds per round for each variant, alternating them and swapping the order every round."""
    seconds: dict[str, list[float]] = {name: [] for name in variants}
    failures: dict[str, int] = {}
    names = list(variants)
    for number in range(rounds):
        for name in names if number % 2 == 0 else reversed(names):
            elapsed, failures[name] = timed(variants[name])
            seconds[name].append(elapsed)
    return seconds, failures


# Report ------------------------------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def print_report(result: dict[str, Any]) -> None:
    print("claimgraph throughput benchmark")
    if result["note"]:
        print(f"  NOTE: {result['note']}")
    print(
        f"  data:    {result['articles']} articles ({result['distinct_articles']} distinct) from {result['data']}, "
        f"mean body {result['mean_body_chars']:,} characters"
    )
    print(f"  model:   {result['model']} ({', '.join(result['pipe_names'])}); batch size {result['batch_size']}")
    print(f"  rounds:  {result['rounds']}, alternating; machine: {result['machine']}")
    print()
    print(f"  {'':<12} {'articles/s (median)':>20}   {'peak RSS':>10}   seconds per round")
    for name in (BARE, CLAIMGRAPH):
        row = result[name]
        rounds = " ".join(f"{s:.2f}" for s in row["seconds"])
        print(f"  {LABELS[name]:<12} {row['articles_per_s']:>20.1f}   {row['peak_rss_mib']:>6.0f} MiB   {rounds}")
    failures = result[CLAIMGRAPH]["failures"]
    if failures:
        print(f"  ({failures} articles came back from claimgraph as failures)")
    print()
    print(f"  knowledge: gazetteer, country index and given names loaded in {result['knowledge']['seconds']:.2f} s, "
          f"+{result['knowledge']['rss_mib']:.0f} MiB")
    print(f"  ratio claimgraph / bare spaCy: {result['ratio']:.2f} (throughput), {result['rss_ratio']:.2f} (peak RSS)")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=100, help="articles per round (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per variant (default 3)")
    parser.add_argument("--batch-size", type=int, default=16, help="spaCy batch size for both (default 16)")
    parser.add_argument(
        "--data", type=Path, help="a CSV(.gz) with url,date,title,text, or a folder of CSV(.gz), .txt and .jsonl files "
        "(default: ../shared/data/wikinews_sample, else claimgraph/samples)",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    args = parser.parse_args(argv)
    if args.data is not None and not args.data.exists():
        parser.error(f"--data {args.data} does not exist")
    for name in ("articles", "rounds", "batch_size"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    probes = {BARE: MemoryProbe.start(), CLAIMGRAPH: MemoryProbe.start()}  # before anything big is imported
    try:
        return benchmark(args, probes)
    finally:
        for probe in probes.values():
            probe.stop()


def benchmark(args: argparse.Namespace, probes: dict[str, MemoryProbe]) -> int:
    from claimgraph.config import Settings

    settings = Settings(workers=1, language="en", batch_size=args.batch_size)
    texts, where, note = load_texts(args.data)
    if note and args.json:
        print(note, file=sys.stderr)
    articles, distinct = prepare(texts, args.articles, settings)
    if not articles:
        print(f"no usable articles ({MIN_CHARS:,} to {MAX_CHARS:,} characters) in {where}", file=sys.stderr)
        return 1
    bodies = [article.body for article in articles]

    # Memory first, one variant at a time, so that the measuring processes never compete with the timing.
    peak_rss = {
        BARE: probes[BARE].measure((BARE, settings.model, args.batch_size, bodies)),
        CLAIMGRAPH: probes[CLAIMGRAPH].measure((CLAIMGRAPH, settings, articles)),
    }

    knowledge = load_knowledge()
    nlp = load_bare(settings.model)
    # Warm-up, one batch each (this also loads claimgraph's own copy of the model).
    run_bare(nlp, bodies[: args.batch_size], args.batch_size)
    run_claimgraph(articles[: args.batch_size], settings)
    seconds, failures = time_rounds(
        {
            BARE: lambda: run_bare(nlp, bodies, args.batch_size),
            CLAIMGRAPH: lambda: run_claimgraph(articles, settings),
        },
        args.rounds,
    )

    speed = {name: len(articles) / statistics.median(values) for name, values in seconds.items()}
    result: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "data": where,
        "note": note,
        "articles": len(articles),
        "distinct_articles": distinct,
        "mean_body_chars": round(statistics.mean(len(body) for body in bodies)),
        "model": f"{settings.model} {nlp.meta.get('version', '?')}",
        "pipe_names": list(nlp.pipe_names),
        "batch_size": args.batch_size,
        "rounds": args.rounds,
        **{
            name: {
                "articles_per_s": speed[name],
                "seconds": seconds[name],
                "peak_rss_mib": peak_rss[name],
                "failures": failures[name],
            }
            for name in (BARE, CLAIMGRAPH)
        },
        "knowledge": knowledge,
        "ratio": speed[CLAIMGRAPH] / speed[BARE],
        "rss_ratio": peak_rss[CLAIMGRAPH] / peak_rss[BARE],
    }
    if args.json:
        print(json.dumps(result))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
