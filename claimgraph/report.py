"""Readable reports of what claimgraph found, for the terminal. JSON output needs none of this."""

from __future__ import annotations

from typing import Any

from claimgraph.ingest.runner import IngestReport
from claimgraph.link import LinkReport

_CONTRACT_LISTS = ("entities", "actors", "places", "times", "counts", "quotes", "claims", "events")


def render_analysis(data: dict[str, Any], *, brief: bool = False) -> str:
    """One article's analysis (the contract's dict) as text: metadata, then actors with their mentions."""
    article = data["article"]
    lines = [f"{article.get('title') or '(untitled)'}", f"  id         {article['id'][:16]}"]
    if article.get("outlet") or article.get("url"):
        lines.append(f"  outlet     {article.get('outlet') or '-'}  {article.get('url') or ''}".rstrip())
    source = article.get("published_source")
    how = f"{source}: {article.get('published_reason')}" if source else article.get("published_reason") or "-"
    lines.append(f"  published  {article.get('published') or 'unknown'} ({how})")
    dateline = article.get("dateline")
    if dateline:
        parts = [dateline.get("place"), dateline.get("date"), dateline.get("agency")]
        lines.append(f"  dateline   {dateline['text']!r} → {', '.join(p for p in parts if p)}")
    lines.append("  found      " + ", ".join(f"{len(data.get(key, []))} {key}" for key in _CONTRACT_LISTS))
    actors = data.get("actors", [])
    if actors:
        lines.append("  actors")
        for actor in actors[:8] if brief else actors:
            lines.append(f"    {actor['name']:<32} {actor['kind']:<13} {len(actor['mentions'])} mention(s)")
        if brief and len(actors) > 8:
            lines.append(f"    … and {len(actors) - 8} more")
    if not brief:
        lines.append(f"  body       {len(article['body'])} characters")
    return "\n".join(lines)


def render_ingest(report: IngestReport, db: str) -> str:
    lines = [
        f"read {report.read}, stored {report.stored}, duplicates {report.duplicates}, "
        f"skipped {report.skipped}, failed {report.failed}  → {db}"
    ]
    lines.extend(f"  failed: {f.source}: [{f.code}] {f.message}" for f in report.failures)
    return "\n".join(lines)


def render_stats(counts: dict[str, int], db: str) -> str:
    width = max(len(table) for table in counts)
    return "\n".join([f"store {db}", *(f"  {table:<{width}}  {count:>8}" for table, count in counts.items())])


def render_link(report: LinkReport) -> str:
    links = ", ".join(f"{count} {label}" for label, count in sorted(report.links.items())) or "no links"
    return (f"linked {report.claims} claims ({report.compared} pairs compared): {links}; "
            f"{report.propositions} propositions, {report.contested} contested; {report.copies} article copies; "
            f"{report.event_groups} event groups")


def _claim_line(claim: dict[str, Any]) -> str:
    stance = claim.get("stance") or (claim["polarity"] if claim["modality"] in {"asserted", "hedged"}
                                     else claim["modality"])
    when = claim.get("said_on") or "undated"
    return (f"{when}  {(claim['claimant'] or 'unattributed'):<28} {stance:<8} {claim['outlet'] or '-':<18} "
            f"{_clip(claim['evidence'])}")


def _clip(text: str | None, width: int = 110) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def render_claims(claims: list[dict[str, Any]]) -> str:
    if not claims:
        return "no claims match"
    return "\n".join([f"{len(claims)} claim(s)", *(_claim_line(claim) for claim in claims)])


def render_contested(propositions: list[dict[str, Any]]) -> str:
    if not propositions:
        return "no contested propositions: no independent sources disagree"
    lines = [f"{len(propositions)} contested proposition(s)"]
    for proposition in propositions:
        lines.append(f"\n{proposition['id']}  {proposition['summary']}  "
                     f"({proposition['independent_affirming']} independent source(s) affirm, "
                     f"{proposition['independent_denying']} deny)")
        for side, title in (("affirming", "affirm"), ("denying", "deny"), ("other", "other")):
            if proposition[side]:
                lines.append(f"  {title}:")
                lines.extend(f"    {_claim_line(claim)}" for claim in proposition[side])
    return "\n".join(lines)


def render_actor(found: dict[str, Any]) -> str:
    names = ", ".join(f"{a['name']} ({a['key']}, {a['articles']} article(s))" for a in found["actors"])
    lines = [names, f"{len(found['claims'])} claim(s), oldest first:"]
    lines.extend(f"  {_claim_line(claim)}" for claim in found["claims"])
    if found.get("about"):
        lines.append("most often about: " + "; ".join(f"{what} ({count})" for what, count in found["about"]))
    return "\n".join(lines)
