"""``claimgraph evaluate claims`` on a tiny inline gold set: span checks, anchor matching, label mapping, the
word-overlap baseline and the metric names. The real gold set needs ../shared only for its Wikinews bodies; its
structure and its sample anchors are checked here without it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from claimgraph.config import Settings
from claimgraph.evaluate.claims import (
    GATED,
    GOLD_DIR,
    LABELS,
    Anchor,
    GoldClaims,
    GoldPair,
    Predictions,
    baseline_label,
    baseline_polarity,
    build_articles,
    claimgraph_predictions,
    gold_files,
    label_counts,
    macro_f1_interval,
    match_claim,
    parse_gold,
    score,
    system_label,
    system_view,
)
from claimgraph.evaluate.runner import EVALUATIONS
from claimgraph.records import Analysis, Article, Claim, Matter, Proposition, Span

BODY = (
    "Armenia says Turkey sent fighters to Azerbaijan. "
    "Turkey denied that it sent any fighters and said the claim was false. "
    "A storm hit the coast on Monday."
)
FIRST = BODY.index("Armenia")
SECOND = BODY.index("Turkey denied")
THIRD = BODY.index("A storm")
SENTENCES = {
    "accusation": (FIRST, SECOND - 1), "denial": (SECOND, THIRD - 1), "storm": (THIRD, len(BODY)),
}


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _anchor(name: str, focus: str | None = None) -> dict[str, Any]:
    start, end = SENTENCES[name]
    item: dict[str, Any] = {"id": name, "article": "fixture.txt", "evidence_start": start, "evidence_end": end,
                            "evidence_sha1": _sha(BODY[start:end])}
    if focus is not None:
        focus_start = BODY.index(focus)
        item |= {"focus_start": focus_start, "focus_end": focus_start + len(focus), "focus_sha1": _sha(focus)}
    return item


def _document() -> dict[str, Any]:
    return {
        "claims": [
            {**_anchor("accusation"), "polarity": "affirm", "claimant": "Armenia"},
            {**_anchor("denial", focus="Turkey denied that it sent any fighters"), "polarity": "deny",
             "claimant": "Turkey"},
        ],
        "pairs": [
            {"a": _anchor("accusation"), "b": _anchor("denial", focus="Turkey denied that it sent any fighters"),
             "label": "contradicts"},
            {"a": _anchor("accusation"), "b": _anchor("storm"), "label": "unrelated"},
        ],
    }


ARTICLES = {"fixture.txt": Article(id="fixture", body=BODY, language="en")}


def _claim(number: int, sentence: str, polarity: str, keywords: tuple[str, ...], predicate: str = "send",
           subject: str = "combatants", targets: tuple[str, ...] = ("AZE", "TUR")) -> Claim:
    start, end = SENTENCES[sentence]
    matter = Matter(predicate=predicate, subject=subject, nationalities=("FOREIGN",), targets=targets,
                    keywords=keywords)
    return Claim(id=f"k{number}", extractor="claims/1", claimant=None, quote=None, polarity=polarity,
                 modality="asserted", said_on=None, basis=None, proposition=Proposition(predicate=predicate),
                 evidence=Span.of(BODY, start, end), matter=matter)


def _analysis(*claims: Claim) -> Analysis:
    return Analysis(article=ARTICLES["fixture.txt"], claims=claims)


def _gold() -> GoldClaims:
    claims, pairs = parse_gold([_document()], ARTICLES)
    return GoldClaims(ARTICLES, claims, pairs, ())


def test_claims_eval_reads_anchors_with_their_focus() -> None:
    gold = _gold()
    denial = gold.claims[1].anchor
    assert BODY[slice(*denial.evidence)].startswith("Turkey denied")
    assert BODY[slice(*denial.clause)] == "Turkey denied that it sent any fighters"
    assert gold.claims[0].anchor.clause == gold.claims[0].anchor.evidence
    assert [pair.label for pair in gold.pairs] == ["contradicts", "unrelated"]


def test_claims_eval_refuses_a_span_that_no_longer_hashes() -> None:
    document = _document()
    document["claims"][0]["evidence_sha1"] = "000000000000"
    with pytest.raises(ValueError, match="re-anchor"):
        parse_gold([document], ARTICLES)
    document = _document()
    document["pairs"][0]["b"]["focus_end"] -= 1
    with pytest.raises(ValueError, match="re-anchor"):
        parse_gold([document], ARTICLES)


def test_claims_eval_refuses_unknown_labels() -> None:
    document = _document()
    document["pairs"][0]["label"] = "agrees"
    with pytest.raises(ValueError, match="not one of"):
        parse_gold([document], ARTICLES)


def test_claims_eval_matches_by_overlap_then_by_the_clause() -> None:
    accusation = _claim(1, "accusation", "affirm", ("armenia", "fighter", "send"))
    false_claim = _claim(2, "denial", "affirm", ("claim", "false"), predicate="be")
    denial = _claim(3, "denial", "deny", ("fighter", "send", "turkey"))
    analysis = _analysis(accusation, false_claim, denial)
    gold = _gold()
    # Both claims of the second sentence overlap it fully: the focus clause picks the denial.
    assert match_claim(gold.claims[1].anchor, analysis) == denial
    assert match_claim(gold.claims[0].anchor, analysis) == accusation
    assert match_claim(gold.pairs[1].second, analysis) is None


def test_claims_eval_label_mapping_and_missed_claims() -> None:
    analysis = _analysis(
        _claim(1, "accusation", "affirm", ("fighter", "send", "turkey")),
        _claim(2, "denial", "deny", ("fighter", "send", "turkey")),
    )
    gold = _gold()
    view = system_view(gold.articles, Settings(workers=1, language="en"), analyze=lambda article, settings: analysis)
    # One matter, opposite polarities: link's label. The storm sentence has no system claim: "unrelated".
    assert system_label(view, gold.pairs[0]) == "contradicts"
    assert system_label(view, gold.pairs[1]) == "unrelated"
    predictions = claimgraph_predictions(gold, view)
    assert predictions.polarities == ("affirm", "deny")
    storm = Anchor("fixture.txt", SENTENCES["storm"], None, "storm")
    assert system_label(view, GoldPair(gold.claims[0].anchor, storm, "unrelated")) == "unrelated"


def test_claims_eval_no_common_matter_is_unrelated() -> None:
    analysis = _analysis(
        _claim(1, "accusation", "affirm", ("fighter",)),
        _claim(2, "denial", "deny", ("weather",), predicate="hit", subject="storm", targets=("USA",)),
    )
    view = system_view(ARTICLES, Settings(workers=1, language="en"), analyze=lambda article, settings: analysis)
    # label_pair finds no common matter (None): the pair is predicted "unrelated".
    assert system_label(view, _gold().pairs[0]) == "unrelated"


def test_claims_eval_baseline_follows_word_overlap() -> None:
    sent = "Turkey sent fighters to Azerbaijan."
    assert baseline_label(sent, sent) == "supports"
    assert baseline_label(sent, "Turkey did not send fighters to Azerbaijan.") == "contradicts"
    assert baseline_label("Turkey did not send fighters.", "Turkey did not send any fighters.") == "supports"
    assert baseline_label(sent, "Turkey backs Azerbaijan in the war.") == "related"
    assert baseline_label(sent, "A storm hit the coast on Monday.") == "unrelated"


def test_claims_eval_baseline_polarity_reads_negation_words() -> None:
    assert baseline_polarity("Turkey denied the claims.") == "deny"
    assert baseline_polarity("We don’t need help.") == "deny"
    assert baseline_polarity("There is no appetite for a resolution.") == "deny"
    assert baseline_polarity("The knot was tied; Nottingham won.") == "affirm"


def test_claims_eval_metric_names_and_scores() -> None:
    gold = _gold()
    perfect = score(gold, Predictions(("affirm", "deny"), ("contradicts", "unrelated")))
    assert set(GATED) <= set(perfect)
    assert {f"{label}_{metric}" for label in LABELS for metric in ("f1", "precision", "recall")} <= set(perfect)
    assert perfect["polarity_accuracy"].estimate == 1.0
    assert perfect["contradicts_f1"].estimate == 1.0
    # A missed claim counts as a wrong polarity and a missed denial.
    missed = score(gold, Predictions(("affirm", None), ("unrelated", "unrelated")))
    assert missed["polarity_accuracy"].estimate == 0.5
    assert missed["polarity_deny_f1"].estimate == 0.0
    assert missed["contradicts_recall"].estimate == 0.0
    assert missed["unrelated_precision"].estimate == 0.5


def test_claims_eval_macro_f1_averages_labels() -> None:
    gold_labels = ["supports", "contradicts", "related", "unrelated"]
    perfect = macro_f1_interval([label_counts(label, label) for label in gold_labels])
    assert (perfect.estimate, perfect.low, perfect.high) == (1.0, 1.0, 1.0)
    # Everything predicted "unrelated": only that label has any F1 (2/5), averaged over the four labels in gold.
    flat = macro_f1_interval([label_counts(label, "unrelated") for label in gold_labels])
    assert flat.estimate == pytest.approx(0.4 / 4)
    # A label absent from gold and prediction does not count: two labels, both right.
    assert macro_f1_interval([label_counts("supports", "supports"), label_counts("related", "related")]).estimate == 1
    assert flat.low <= flat.estimate <= flat.high


def test_claims_eval_is_registered() -> None:
    assert EVALUATIONS["claims"]["gold"].__name__ == "evaluate_claims"


def test_claims_eval_gold_set_has_the_promised_shape(tmp_path: Path) -> None:
    """Counts per label and split, denials, one split per pair, and every sample anchor (the project's own text)
    still hashing to what the annotator saw. Wikinews anchors are checked by the gate, where ../shared exists."""
    documents = {split: json.loads(path.read_text(encoding="utf-8"))
                 for split in ("dev", "test") for path in gold_files(split)}
    pairs = [pair for document in documents.values() for pair in document["pairs"]]
    claims = [claim for document in documents.values() for claim in document["claims"]]
    counts = {label: sum(1 for pair in pairs if pair["label"] == label) for label in LABELS}
    assert len(pairs) >= 200
    assert counts["contradicts"] >= 40 and counts["supports"] >= 50
    assert counts["related"] >= 50 and counts["unrelated"] >= 50
    assert len(claims) >= 120 and sum(1 for claim in claims if claim["polarity"] == "deny") >= 30
    dev_articles = {item["article"] for item in documents["dev"]["articles"]}
    test_articles = {item["article"] for item in documents["test"]["articles"]}
    assert dev_articles.isdisjoint(test_articles)
    samples: dict[str, list[Any]] = {"claims": [], "pairs": []}
    for document in documents.values():
        samples["claims"].extend(c for c in document["claims"] if not c["article"].startswith("http"))
        samples["pairs"].extend(p for p in document["pairs"] if not p["a"]["article"].startswith("http")
                                and not p["b"]["article"].startswith("http"))
    refs = {claim["article"] for claim in samples["claims"]}
    refs |= {pair[side]["article"] for pair in samples["pairs"] for side in ("a", "b")}
    articles = build_articles(refs, tmp_path, Settings(workers=1, language="en"))
    claims_read, pairs_read = parse_gold([samples], articles)
    assert len(claims_read) == len(samples["claims"]) and len(pairs_read) == len(samples["pairs"])
    assert GOLD_DIR.joinpath("README.md").exists()
