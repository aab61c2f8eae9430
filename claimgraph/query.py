"""Questions an analyst asks of the store: which claims, which disagreements, what one actor said over time.

Each function returns plain data (lists of dicts) that the CLI prints as a table or as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from claimgraph.knowledge.concepts import concepts
from claimgraph.knowledge.countries import fold
from claimgraph.store import Store

_WORD = re.compile(r"[a-z0-9]+")
_CLAIM_COLUMNS = (
    "c.article_id, c.claim_id, c.claimant_name, c.claimant_key, c.polarity, c.modality, c.basis, c.predicate, "
    "c.subject_text, c.object_text, c.evidence, c.matter, c.outlet, c.url, c.title, "
    "coalesce(c.said_on, c.published) AS said_on"
)


def _word_forms(word: str) -> set[str]:
    """A word with its singular and its concept, so ``foreign fighters`` meets ``Syrian mercenaries`` through the
    concepts ``FOREIGN`` and ``combatants``."""
    known = concepts()
    forms = {word, word[:-1] if word.endswith("s") and len(word) > 3 else word}
    forms |= {known.noun(form) for form in forms} | {known.predicate(form) for form in forms}
    if word in known.foreign:
        forms.add("FOREIGN")
    return forms


def _terms(text: str) -> set[str]:
    return {form for word in _WORD.findall(text.lower()) for form in _word_forms(word)}


def _claim_terms(row: dict[str, Any]) -> set[str]:
    matter = json.loads(row["matter"]) if row["matter"] else {}
    terms = _terms(" ".join(filter(None, [row["evidence"], row["subject_text"], row["object_text"]])))
    terms.update(matter.get("keywords", []))
    terms.update(filter(None, [matter.get("predicate"), matter.get("subject")]))
    terms.update(matter.get("nationalities", []))
    return terms


def _public(row: dict[str, Any]) -> dict[str, Any]:
    said_on = row["said_on"]
    return {
        "article_id": row["article_id"], "claim_id": row["claim_id"], "claimant": row["claimant_name"],
        "claimant_key": row["claimant_key"], "polarity": row["polarity"], "modality": row["modality"],
        "basis": row["basis"], "evidence": row["evidence"], "outlet": row["outlet"], "url": row["url"],
        "said_on": said_on.isoformat() if isinstance(said_on, dt.date) else said_on,
    }


def claims(store: Store, *, about: str | None = None, by: str | None = None, since: str | None = None,
           limit: int = 100) -> list[dict[str, Any]]:
    """Claims, newest first: ``about`` matches their words and concepts, ``by`` their claimant's name or key
    (accents and case ignored), ``since`` the date they were made (else the article's date)."""
    conditions, parameters = [], []
    if since:
        conditions.append("coalesce(c.said_on, c.published) >= CAST(? AS DATE)")
        parameters.append(since)
    if by:
        conditions.append("(contains(lower(c.claimant_key), ?) OR contains(lower(strip_accents(c.claimant_name)), ?))")
        parameters.extend([fold(by).replace(" ", "-"), fold(by)])
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = store.rows(
        f"SELECT {_CLAIM_COLUMNS} FROM claim_details c {where} "
        "ORDER BY coalesce(c.said_on, c.published) DESC NULLS LAST, c.article_id, c.claim_id", parameters,
    )
    wanted = [_word_forms(word) for word in _WORD.findall((about or "").lower())]
    if wanted:
        # Each word asked about counts once, matched by any of its forms.
        scored = []
        for row in rows:
            terms = _claim_terms(row)
            scored.append((sum(1 for forms in wanted if forms & terms) / len(wanted), row))
        # Most of what was asked about must be there; the best matches first, then the newest.
        rows = [row for score, row in sorted(scored, key=lambda item: -item[0]) if score >= 0.5]
    return [_public(row) for row in rows[:limit]]


def contested(store: Store) -> list[dict[str, Any]]:
    """Propositions on which independent sources disagree, each with who affirms and who denies, and why."""
    propositions = store.rows("SELECT * FROM propositions WHERE contested ORDER BY claims DESC, id")
    result = []
    for proposition in propositions:
        members = store.rows(
            f"SELECT p.stance, p.source, {_CLAIM_COLUMNS} FROM proposition_claims p "
            "JOIN claim_details c ON c.article_id = p.article_id AND c.claim_id = p.claim_id "
            "WHERE p.proposition_id = ? ORDER BY coalesce(c.said_on, c.published), c.article_id, c.claim_id",
            [proposition["id"]],
        )
        sides: dict[str, list[dict[str, Any]]] = {"affirm": [], "deny": [], "other": []}
        for member in members:
            side = member["stance"] if member["stance"] in {"affirm", "deny"} else "other"
            sides[side].append({**_public(member), "stance": member["stance"], "source": member["source"]})
        result.append({
            "id": proposition["id"], "summary": proposition["summary"],
            "independent_affirming": proposition["independent_affirming"],
            "independent_denying": proposition["independent_denying"],
            "affirming": sides["affirm"], "denying": sides["deny"], "other": sides["other"],
        })
    return result


def actor(store: Store, name: str) -> dict[str, Any]:
    """What one actor claimed, about whom, over time: every claim by it, oldest first, and whom they concern."""
    found = store.rows(
        "SELECT key, any_value(name) AS name, any_value(kind) AS kind, any_value(country) AS country, "
        "count(DISTINCT article_id) AS articles FROM actors "
        "WHERE contains(lower(key), ?) OR lower(strip_accents(name)) = ? GROUP BY key ORDER BY articles DESC",
        [fold(name).replace(" ", "-"), fold(name)],
    )
    if not found:
        return {"query": name, "actors": [], "claims": []}
    keys = [row["key"] for row in found]
    rows = store.rows(
        f"SELECT {_CLAIM_COLUMNS} FROM claim_details c WHERE c.claimant_key IN (SELECT unnest(?)) "
        "ORDER BY coalesce(c.said_on, c.published) NULLS LAST, c.article_id, c.claim_id", [keys],
    )
    about: dict[str, int] = {}
    for row in rows:
        target = row["object_text"] or row["subject_text"]
        if target:
            about[target] = about.get(target, 0) + 1
    return {
        "query": name, "actors": found,
        "claims": [{**_public(row), "predicate": row["predicate"], "about": row["object_text"]} for row in rows],
        "about": sorted(about.items(), key=lambda item: -item[1])[:10],
    }
