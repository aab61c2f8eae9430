"""How ``link`` scales: 100,000 articles' worth of claim records, linked on one machine, with time and peak memory.

The records are synthesised at record level from real analyses: real articles (the Wikinews sample in
``../shared/data``, else the project's samples) are analysed once, and their claims are copied into many synthetic
articles with other article ids, claimants, dates (spread over two years) and countries, so that blocks fill the
way a large corpus fills them. Run: ``python benchmarks/link_scale.py [--articles 100000]``. A benchmark, not a
test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import gzip
import io
import random
import resource
import time
from pathlib import Path

from claimgraph.analysis import analyze_many
from claimgraph.config import Settings
from claimgraph.ingest.article import build_article
from claimgraph.ingest.sources import RawInput, iter_inputs
from claimgraph.link.records import ClaimRow
from claimgraph.link.runner import link_claims, rows_from_analysis
from claimgraph.records import Analysis

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews_sample"
COUNTRIES = ["AZE", "ARM", "TUR", "RUS", "FRA", "USA", "IRN", "SYR", "UKR", "ISR", "CHN", "IND", "GBR", "DEU"]


def real_inputs(limit: int) -> list[RawInput]:
    if WIKINEWS.exists():
        inputs = []
        for path in sorted(WIKINEWS.glob("wikinews_*.csv.gz")):
            with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(io.StringIO(handle.read())):
                    if 500 <= len(row["text"]) <= 20_000:
                        inputs.append(RawInput(row["url"], text=row["text"], url=row["url"], published=row["date"]))
        return inputs[:limit]
    print("NOTE: ../shared/data is absent; using the project's sample articles")
    return [item for item in iter_inputs([ROOT / "claimgraph" / "samples"]) if isinstance(item, RawInput)]


def seed_claims(limit: int) -> list[list[ClaimRow]]:
    settings = Settings(workers=1, language="en")
    articles = [build_article(raw, settings) for raw in real_inputs(limit)]
    outcomes = analyze_many(articles, settings)
    return [rows_from_analysis(outcome) for outcome in outcomes if isinstance(outcome, Analysis)]


def synthesise(seeds: list[list[ClaimRow]], articles: int, rng: random.Random) -> list[ClaimRow]:
    """``articles`` synthetic articles, each the claims of a real one with new ids, claimants, date, countries and
    part of its words."""
    start = dt.date(2019, 1, 1)
    vocabulary = sorted({word for claims in seeds for claim in claims for word in claim.keywords})
    claims: list[ClaimRow] = []
    for number in range(articles):
        template = seeds[number % len(seeds)]
        day = start + dt.timedelta(days=rng.randrange(730))
        swap = dict(zip(COUNTRIES, rng.sample(COUNTRIES, len(COUNTRIES)), strict=True))
        for claim in template:
            claims.append(dataclasses.replace(
                claim, article_id=f"art{number:06d}", claimant_key=f"{claim.claimant_key}#{rng.randrange(50)}",
                day=day, targets=frozenset(swap.get(target, target) for target in claim.targets),
                nationalities=frozenset(swap.get(code, code) for code in claim.nationalities),
                # Another article tells the same story in other words: some words go, others come.
                keywords=frozenset([word for word in claim.keywords if rng.random() < 0.7]
                                   + rng.sample(vocabulary, 2)),
            ))
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed-articles", type=int, default=200, help="real articles to analyse as templates")
    options = parser.parse_args()
    rng = random.Random(13)
    started = time.perf_counter()
    seeds = [claims for claims in seed_claims(options.seed_articles) if claims]
    print(f"analysed {len(seeds)} real articles in {time.perf_counter() - started:.1f} s "
          f"({sum(map(len, seeds)) / len(seeds):.1f} claims each)")
    claims = synthesise(seeds, options.articles, rng)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    tables, report = link_claims(claims, [], (f"art{n:06d}" for n in range(options.articles)))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"linked {report.claims:,} claims of {options.articles:,} articles in {seconds:.1f} s "
          f"({report.claims / seconds:,.0f} claims/s)")
    print(f"pairs compared {report.compared:,} ({report.compared / report.claims:.1f} per claim); "
          f"links {report.links}; propositions {report.propositions:,}, contested {report.contested:,}")
    print(f"peak RSS {peak / 1024:,.0f} MiB (before linking {before / 1024:,.0f} MiB); "
          f"link tables: {sum(len(rows) for rows in tables.values()):,} rows")


if __name__ == "__main__":
    main()
