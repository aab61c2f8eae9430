"""The command line: thin wrappers over library functions, sharing option names with the settings.

Library errors become one line on standard error and an exit code here, and nowhere else:
0 done, 1 some inputs failed, 2 usage error, 3 nothing could be done.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from claimgraph import query
from claimgraph.analysis import analyze_article
from claimgraph.config import Settings
from claimgraph.errors import ClaimgraphError, ConfigError, Err, InputError
from claimgraph.evaluate.evaluation import Split
from claimgraph.evaluate.runner import EVALUATIONS, FLOORS_FILE, evaluate
from claimgraph.evaluate.runner import update_floors as set_floors
from claimgraph.export import EVENT_FORMATS, export_events
from claimgraph.ingest.article import build_article
from claimgraph.ingest.runner import IngestReport, ingest
from claimgraph.ingest.sources import RawInput, raw_from_text, read_path
from claimgraph.link import LinkReport, link
from claimgraph.records import Failure
from claimgraph.report import (
    render_actor,
    render_analysis,
    render_claims,
    render_contested,
    render_ingest,
    render_link,
    render_stats,
)
from claimgraph.store import Store
from claimgraph.store.duckdb_store import EXPORT_FORMATS
from claimgraph.store.schema import TABLES

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NOTHING_DONE = 0, 1, 2, 3
DEFAULT_DB = "claimgraph.duckdb"

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"claimgraph: {message}", err=True)
    sys.exit(code)


def db_option(function: F) -> F:
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
        help="the DuckDB store to read or write",
    )(function)


def json_option(function: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="print JSON instead of a readable report")(function)


def settings_options(function: F) -> F:
    """The options that override settings; their names are the settings' names (see docs/settings.md)."""
    for option in reversed([
        click.option("--published", help="reference date YYYY-MM-DD for inputs that carry none"),
        click.option("--language", help="language of the inputs (e.g. en); skips detection"),
        click.option("--max-chars", type=int, help="longest text analysed (default 200,000 characters)"),
        click.option("--workers", type=int, help="worker processes (default: one per CPU core)"),
        click.option("--batch-size", type=int, help="articles per spaCy batch and per store transaction"),
    ]):
        function = option(function)
    return function


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings.from_env().with_overrides(overrides)
    except ConfigError as error:
        raise click.UsageError(error.message) from None


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimgraph")
def main() -> None:
    """claimgraph: who said what, about whom, where and when, from news articles."""


@main.command()
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@json_option
@click.option("--outlet", help="the outlet that published the article")
@click.option("--url", help="the article's URL")
@settings_options
def analyze(file: str, as_json: bool, outlet: str | None, url: str | None, **overrides: Any) -> None:
    """Analyse one article (text, HTML or a one-record JSON file; - reads standard input). Touches no store."""
    settings = _settings(**overrides)
    if file == "-":
        raw: RawInput | Failure = raw_from_text(sys.stdin.read(), "<stdin>")
    else:
        path = Path(file)
        if not path.exists():
            raise click.UsageError(f"no such file: {file}")
        raw = next(iter(read_path(path)), Failure(file, "ingest", Err.EMPTY_INPUT.code, Err.EMPTY_INPUT.format()))
    if isinstance(raw, Failure):
        _fail(f"{raw.source}: [{raw.code}] {raw.message}", EXIT_NOTHING_DONE)
    if outlet or url:
        raw = RawInput(raw.source, raw.text, raw.html, raw.title, url or raw.url, raw.published, outlet or raw.outlet)
    try:
        article = build_article(raw, settings)
        if article.language != "en":
            _fail(
                f"{raw.source}: the article is in '{article.language}', not English; "
                "pass --language en to analyse it anyway", EXIT_NOTHING_DONE,
            )
        analysis = analyze_article(article, settings)
    except InputError as error:
        _fail(f"{raw.source}: [{error.code}] {error.message}", EXIT_NOTHING_DONE)
    if as_json:
        _print_json(analysis.to_dict())
    else:
        click.echo(render_analysis(analysis.to_dict()))


def _run_ingest(paths: list[Path], db: str, settings: Settings, *, then_link: bool = True,
                ) -> tuple[IngestReport, LinkReport | None]:
    """Ingest, then link the whole store (unless told not to): what ``ingest`` and ``demo`` run."""
    progress: Any = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(unit=" articles", file=sys.stderr, desc="ingest")
    try:
        with Store(db) as store:
            report = ingest(paths, store, settings, on_progress=progress.update if progress else None)
            if progress:
                progress.close()
                progress = None
            return report, (link(store) if then_link and report.stored else None)
    finally:
        if progress:
            progress.close()


def _ingest_exit(report: IngestReport) -> int:
    if report.read == 0 or report.failed == report.read:
        return EXIT_NOTHING_DONE
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@json_option
@click.option("--no-link", is_flag=True, help="skip linking claims across the store after ingesting")
@settings_options
def ingest_command(paths: tuple[Path, ...], db: str, as_json: bool, no_link: bool, **overrides: Any) -> None:
    """Analyse files and folders (.txt, .html, .json, .jsonl; folders recursively) into the store, then link."""
    settings = _settings(**overrides)
    try:
        report, linked = _run_ingest(list(paths), db, settings, then_link=not no_link)
    except ClaimgraphError as error:
        _fail(error.message, EXIT_NOTHING_DONE)
    if as_json:
        _print_json({**report.to_dict(), "db": db, "link": linked.to_dict() if linked else None})
    else:
        click.echo(render_ingest(report, db))
        if linked:
            click.echo(render_link(linked))
    sys.exit(_ingest_exit(report))


@main.command()
@click.argument("article_id")
@db_option
@json_option
def show(article_id: str, db: str, as_json: bool) -> None:
    """What the store holds for one article (a unique prefix of its id is enough)."""
    with _open_existing(db) as store:
        try:
            data = store.article(article_id)
        except ClaimgraphError as error:
            _fail(error.message, EXIT_NOTHING_DONE)
    if as_json:
        _print_json(data)
    else:
        click.echo(render_analysis(data))


@main.command()
@db_option
@json_option
def stats(db: str, as_json: bool) -> None:
    """Row counts per table."""
    with _open_existing(db) as store:
        counts = store.counts()
    if as_json:
        _print_json(counts)
    else:
        click.echo(render_stats(counts, db))


@main.command()
@click.option("--table", "table", type=click.Choice(TABLES),
              help="the table to export (with jsonl, csv or parquet)")
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice((*EXPORT_FORMATS, *EVENT_FORMATS)),
              help="jsonl, csv or parquet for a table; plover (POLECAT-style JSON lines) or gdelt (a GDELT-like "
                   "tab-separated event table) for events, see docs/events.md")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="file to write (default: standard output; required for parquet)")
@db_option
def export(table: str | None, fmt: str, output: Path | None, db: str) -> None:
    """Write one table as JSON lines, CSV or Parquet, or the events as PLOVER JSON or a GDELT-like table."""
    if fmt in EVENT_FORMATS:
        if table is not None:
            raise click.UsageError(f"--format {fmt} exports the events; leave out --table")
        with _open_existing(db) as store:
            if output is None:
                export_events(store, fmt, sys.stdout)
                return
            with output.open("w", encoding="utf-8", newline="") as handle:
                written = export_events(store, fmt, handle)
            click.echo(f"{written} {'events' if fmt == 'plover' else 'rows'} written to {output}", err=True)
        return
    if table is None:
        raise click.UsageError(f"--format {fmt} exports a table: give --table (one of {', '.join(TABLES)})")
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a binary file: give --output PATH")
    with _open_existing(db) as store:
        if output is not None:
            rows = store.export(table, fmt, output)
            click.echo(f"{rows} rows of {table} written to {output}", err=True)
            return
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / f"{table}.{fmt}"
            store.export(table, fmt, target)
            with target.open("rb") as handle:
                shutil.copyfileobj(handle, sys.stdout.buffer)


@main.command("evaluate")
@click.argument("component", type=click.Choice(sorted(EVALUATIONS)))
@click.option("--dataset", help="gold set to score on (default: the component's first)")
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="folder holding the gold sets (default: ../shared/data beside the project)")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="test", show_default=True)
@click.option("--update-floors", is_flag=True, help="commit the scores as the quality gate's new floors")
@click.option("--allow-lower", is_flag=True, help="with --update-floors: allow a floor to go down")
@click.option("--reason", help="with --allow-lower: why the floor goes down (say it in the commit too)")
@json_option
def evaluate_command(
    component: str, dataset: str | None, gold: Path | None, split: Split, update_floors: bool,
    allow_lower: bool, reason: str | None, as_json: bool,
) -> None:
    """Score a component against gold data: P/R/F1 with 95% bootstrap intervals."""
    try:
        evaluation = evaluate(component, dataset=dataset, gold=gold, split=split)
        if update_floors:
            set_floors(evaluation, list(evaluation.metrics), allow_lower=allow_lower, reason=reason)
    except ConfigError as error:
        _fail(error.message, EXIT_USAGE if error.err is not Err.GOLD_MISSING else EXIT_NOTHING_DONE)
    if as_json:
        _print_json(evaluation.to_dict())
    else:
        click.echo(evaluation.table())
        if update_floors:
            click.echo(f"\nfloors for {evaluation.key} written to {FLOORS_FILE}")


@main.command("link")
@db_option
@json_option
def link_command(db: str, as_json: bool) -> None:
    """Link claims across all stored articles: propositions, supports/contradicts, copies, independent sources."""
    with _open_existing(db) as store:
        report = link(store)
    if as_json:
        _print_json(report.to_dict())
    else:
        click.echo(render_link(report))


@main.command("claims")
@click.option("--about", help="words the claims are about (matched on words and concepts, e.g. 'foreign fighters')")
@click.option("--by", "by", help="the claimant's name or key (accents and case ignored)")
@click.option("--since", help="only claims made on or after this date (YYYY-MM-DD)")
@click.option("--limit", type=int, default=100, show_default=True, help="at most this many claims")
@db_option
@json_option
def claims_command(about: str | None, by: str | None, since: str | None, limit: int, db: str, as_json: bool) -> None:
    """Claims in the store: claimant, polarity, evidence, outlet and date."""
    if since is not None:
        _settings(published=since)  # the same date check as --published
    with _open_existing(db) as store:
        found = query.claims(store, about=about, by=by, since=since, limit=limit)
    if as_json:
        _print_json(found)
    else:
        click.echo(render_claims(found))


@main.command("contested")
@db_option
@json_option
def contested_command(db: str, as_json: bool) -> None:
    """Propositions where independent sources disagree: who affirms, who denies, with evidence, outlet and date."""
    with _open_existing(db) as store:
        found = query.contested(store)
    if as_json:
        _print_json(found)
    else:
        click.echo(render_contested(found))


@main.command("actor")
@click.argument("name")
@db_option
@json_option
def actor_command(name: str, db: str, as_json: bool) -> None:
    """What one actor claimed, about whom, over time."""
    with _open_existing(db) as store:
        found = query.actor(store, name)
    if not found["actors"]:
        _fail(f"no actor named '{name}' in {db}", EXIT_NOTHING_DONE)
    if as_json:
        _print_json(found)
    else:
        click.echo(render_actor(found))


def _open_existing(db: str) -> Store:
    if db != ":memory:" and not Path(db).exists():
        raise click.UsageError(f"no store at {db}; run `claimgraph ingest` first or pass --db")
    return Store(db)


def demo_store_path() -> Path:
    """Where the demo keeps its store: its own folder under the system's temporary directory."""
    return Path(tempfile.gettempdir()) / "claimgraph-demo" / "demo.duckdb"


@main.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="store for the demo (default: a fresh store in the temporary directory, never ./claimgraph.duckdb)")
@json_option
@click.option("--workers", type=int, help="worker processes (default: one per CPU core)")
def demo(db: Path | None, as_json: bool, workers: int | None) -> None:
    """Ingest the bundled sample articles into a fresh demo store and report what was found."""
    target = db or demo_store_path()
    if target.resolve() == Path(DEFAULT_DB).resolve():
        raise click.UsageError("the demo never writes ./claimgraph.duckdb; pass another --db")
    target.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (target, target.with_name(target.name + ".wal")):
        leftover.unlink(missing_ok=True)
    settings = _settings(workers=workers)
    with resources.as_file(resources.files("claimgraph") / "samples") as samples:
        report, linked = _run_ingest([Path(samples)], str(target), settings)
    with Store(target) as store:
        articles = store.rows("SELECT id FROM articles ORDER BY source")
        analyses = [store.article(row["id"]) for row in articles]
        counts = store.counts()
        disputes = query.contested(store)
    if as_json:
        _print_json({"db": str(target), "ingest": report.to_dict(), "link": linked.to_dict() if linked else None,
                     "articles": analyses, "contested": disputes, "stats": counts})
    else:
        click.echo(render_ingest(report, str(target)))
        for analysis in analyses:
            click.echo("\n" + render_analysis(analysis, brief=True))
        if linked:
            click.echo("\n" + render_link(linked))
        click.echo("\n" + render_contested(disputes))
        click.echo("\n" + render_stats(counts, str(target)))
        click.echo(
            f"\nThe demo store is {target}. Explore it with `claimgraph show ID --db {target}`; "
            "analyse your own files with `claimgraph ingest PATH...`."
        )
    sys.exit(_ingest_exit(report))



if __name__ == "__main__":  # python -m claimgraph.cli
    main()
