"""``claimgraph evaluate quotes``: quote attribution against the project's hand-annotated gold set.

The gold set (``claimgraph/evaluate/gold/quotes/``, guide in ``docs/annotation/quotes.md``) holds offsets into
article bodies, never the articles' text: Wikinews articles are rebuilt from ``../shared/data/wikinews_sample``
with the project's own ingest, and each span is checked against the hash recorded with it, so gold and body
cannot silently drift apart. The project's sample articles are annotated in the same way.

Scores, for direct and for indirect quotes (mixed quotes count as indirect) separately: content-span F1 with
exact and with overlap matching, cue F1 (exact), and speaker accuracy: the share of gold quotes found (overlap)
whose speaker is right, names compared without titles, case or diacritics. textacy's ``direct_quotations`` runs
on the same articles in the same command as the baseline.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.analysis import analyze_article
from claimgraph.analysis.nlp import load_nlp
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.evaluation import Evaluation, Split
from claimgraph.evaluate.scoring import PRF, Interval, LabelledSpan, bootstrap_interval, score_spans
from claimgraph.ingest.article import build_article
from claimgraph.ingest.sources import RawInput, iter_inputs
from claimgraph.knowledge.countries import countries, fold
from claimgraph.records import Analysis, Article, Speaker

GOLD_DIR = Path(__file__).with_name("gold") / "quotes"
SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
KIND_GROUP = {"direct": "direct", "indirect": "indirect", "mixed": "indirect"}
GROUPS = ("direct", "indirect")
# Words that are not part of a name when speakers are compared ("French President Emmanuel Macron").
_TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sir", "president", "prime", "minister", "foreign", "deputy", "secretary",
    "general", "chancellor", "spokesman", "spokeswoman", "spokesperson", "sen", "senator", "rep", "gov", "governor",
    "mayor", "king", "queen", "prince", "pope", "chief", "executive", "ceo", "chairman", "the", "of", "in", "from",
})  # fmt: skip
# Words that end a name without being its last name (``Robert Downey Jr.``, ``Ford Motor Company``).
_NAME_SUFFIXES = frozenset({
    "jr", "sr", "ii", "iii", "iv", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group",
})  # fmt: skip
# Words after an acronym that name the same outlet or company ("CBS News", "NBC Universal Inc").
_OUTLET_WORDS = frozenset({"news", "network", "corporation", "corp", "inc", "group", "company", "media", "magazine",
                           "newspaper"})
# Words that, beside a country, still name the state itself.
_STATE_WORDS = frozenset({
    "government", "officials", "official", "authorities", "administration", "state", "representatives",
    "representative", "federal", "central", "national",  # "the United States federal government"
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoldQuote:
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_class: str | None
    speakers: tuple[str, ...]  # the speaker, and any others the statement is jointly attributed to
    resolvable: bool
    utterance: int


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    quotes: tuple[GoldQuote, ...]
    split: str


@dataclass(frozen=True, slots=True)
class Predicted:
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: str | None
    members: tuple[str, ...] = ()  # the actors a collective speaker stands for ("both sides")
    written: str | None = None  # an unresolved speaker's words as the article gives them ("his lawyers")


def normalise_name(name: str | None) -> tuple[str, ...]:
    """A name as lower-case ASCII words without titles, countries as their ISO code: ``Mevlüt Çavuşoğlu`` →
    ``('mevlut', 'cavusoglu')``, ``US State Department`` → ``('USA', 'state', 'department')``."""
    if not name:
        return ()
    # British and American spellings meet ("World Health Organisation").
    words = [word.replace("isation", "ization") for word in
             re.findall(r"[a-z0-9]+", fold(name).replace("'s", "").replace("u.s.", "us"))]
    index = countries()
    normalised: list[str] = []
    position = 0
    while position < len(words):
        # The longest run of words that names a country ("united states", "saudi", "azerbaijani").
        for size in (3, 2, 1):
            phrase = " ".join(words[position:position + size])
            match = index.lookup(phrase) if len(words) - position >= size else None
            if match is not None and match.how != "capital":
                normalised.append(match.country.iso3)
                position += size
                break
        else:
            if words[position] not in _TITLE_WORDS:
                normalised.append(words[position])
            position += 1
    return tuple(normalised)


def same_speaker(gold: str, predicted: str | None) -> bool:
    """The same name once titles, case and diacritics are gone. A shorter form of the name also matches (a
    surname alone, ``US Embassy`` for ``US Embassy in London``), as does a country for its government or
    officials (``Saudi Arabia`` for ``the Saudi officials``), as the annotation guide allows."""
    gold_words, predicted_words = normalise_name(gold), normalise_name(predicted)
    if not gold_words and predicted:
        # A description made only of title words ("the prime minister") is compared as written.
        return re.sub(r"^the\s+", "", fold(gold).strip()) == re.sub(r"^the\s+", "", fold(predicted).strip())
    if not gold_words or not predicted_words:
        return False
    if gold_words == predicted_words or "".join(gold_words) == "".join(predicted_words):
        # Spaces aside: "Marine Traffic" is "MarineTraffic".
        return True
    if predicted and re.fullmatch(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&.]{1,9}", predicted.strip()) and \
            len(gold_words) > 1:
        # An acronym for the name it spells ("NEOC" for the National Emergency Operation Centre, "TfL" for
        # Transport for London).
        # Initials of the name as written, with or without its small words: a country in it gives its own initial
        # ("NFP" for Notes from Poland).
        written = re.findall(r"[a-z0-9]+", fold(gold))
        return re.sub(r"[&.]", "", predicted.strip()).lower() in {
            "".join(word[0] for word in written), "".join(word[0] for word in written if word not in _TITLE_WORDS)}
    smaller, larger = sorted((set(gold_words), set(predicted_words)), key=len)
    if not smaller <= larger:
        return False
    shorter = (gold if len(gold_words) < len(predicted_words) else predicted or "").strip()
    if len(smaller) == 1 and (larger - smaller) <= _OUTLET_WORDS and re.fullmatch(r"[A-Z][A-Za-z&.]{1,15}", shorter):
        # An outlet or company by its name alone ("CBS" for CBS News, "Time" for Time magazine).
        return True
    if any(not word.isupper() for word in smaller):
        if len(smaller) >= 2:
            return True
        # One word is a surname, or an organisation's first word: the last word of the name without a suffix
        # (``Downey`` for Robert Downey Jr.), any word after the first of a person's (``Rosselló`` for Ricardo
        # Rosselló Nevares, a Spanish double surname), or the first of a company's (``Ford`` for Ford Motor Company).
        (word,) = smaller
        longer, longer_name = (gold_words, gold) if len(gold_words) > len(predicted_words) else (
            predicted_words, predicted or "")
        core = [w for w in longer if w not in _NAME_SUFFIXES] or list(longer)
        # A person's name: no country, no suffix, no "of"/"for"/"and" (the Federal Bureau of Investigation).
        person_like = all(not w.isupper() for w in longer) and len(core) == len(longer) and not re.search(
            r"\b(?:of|for|and|the)\b", longer_name.lower())
        return word == core[-1] or (person_like and word in core[1:-1]) or (len(core) < len(longer) and word == core[0])
    # Only a country is left on the shorter side: it stands for its state, not for a ministry or a person.
    return larger - smaller <= _STATE_WORDS


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _wikinews_rows(gold_root: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for path in sorted((gold_root / "wikinews_sample").glob("wikinews_*.csv.gz")):
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(io.StringIO(handle.read())):
                rows[row["url"]] = row
    return rows


def _gold_quotes(entry: dict[str, Any], body: str, where: str) -> tuple[GoldQuote, ...]:
    quotes = []
    for item in entry["quotes"]:
        content = (item["content_start"], item["content_end"])
        cue = (item["cue_start"], item["cue_end"]) if item.get("cue_start") is not None else None
        if _sha(body[content[0]:content[1]]) != item["content_sha1"] or (
            cue is not None and _sha(body[cue[0]:cue[1]]) != item["cue_sha1"]
        ):
            raise ValueError(f"{where}: a gold span no longer matches the article body; re-anchor the gold set")
        quotes.append(GoldQuote(item["kind"], content, cue, item.get("cue_class"),
                                (item["speaker"], *item.get("also_speakers", [])),
                                bool(item.get("speaker_resolvable", True)), int(item.get("utterance", 0))))
    return tuple(quotes)


def read_gold(gold_root: Path, settings: Settings) -> list[GoldArticle]:
    """Every gold article, rebuilt from its source and checked against the recorded hashes."""
    articles: list[GoldArticle] = []
    rows = _wikinews_rows(gold_root)
    if not rows:
        raise ConfigError(Err.GOLD_MISSING, path=gold_root / "wikinews_sample")
    for name in ("wikinews_dev.json", "wikinews_test.json"):
        for entry in json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))["articles"]:
            row = rows[entry["url"]]
            raw = RawInput(entry["url"], text=row["text"], url=entry["url"], published=row["date"], title=row["title"])
            article = build_article(raw, settings)
            articles.append(GoldArticle(article, _gold_quotes(entry, article.body, entry["url"]), entry["split"]))
    samples = {
        _sample_key(entry["source"]): entry
        for entry in json.loads((GOLD_DIR / "samples.json").read_text(encoding="utf-8"))["articles"]
    }
    for raw_input in iter_inputs([SAMPLES_DIR]):
        if isinstance(raw_input, RawInput):
            key = _sample_key(raw_input.source)
            if key in samples:
                article = build_article(raw_input, settings)
                entry = samples[key]
                articles.append(GoldArticle(article, _gold_quotes(entry, article.body, key), entry["split"]))
    return articles


def _sample_key(source: str) -> str:
    """A sample's name in the gold file: its file name, with ``:line`` for a line of a ``.jsonl`` file."""
    return Path(source.split(":")[0]).name + (f":{source.split(':')[1]}" if ":" in source else "")


# -- predictions ---------------------------------------------------------------------------------------------------


def claimgraph_predictions(article: Article, settings: Settings) -> list[Predicted]:
    analysis: Analysis = analyze_article(article, settings)
    names = {actor.id: actor.name for actor in analysis.actors}
    return [
        Predicted(
            KIND_GROUP[quote.kind], (quote.content.start, quote.content.end),
            (quote.cue.start, quote.cue.end) if quote.cue else None,
            names.get(quote.speaker.actor or "") or _description(quote.speaker, names),
            tuple(names[member] for member in quote.speaker.members),
            quote.speaker.span.text if quote.speaker.span and not quote.speaker.actor else None,
        )
        for quote in analysis.quotes
    ]


def _description(speaker: Speaker, names: dict[str, str]) -> str | None:
    """An unresolved speaker with its owner named (``his lawyers`` → ``the lawyers of Kyle Rittenhouse``), as
    annotators write it when the article names the owner; the words as written are scored too (``the lawyers``)."""
    if speaker.span is None:
        return None
    owner = names.get(speaker.owner or "")
    words = re.sub(r"^(?:his|her|their|its)\s+", "", speaker.span.text, flags=re.IGNORECASE)
    return f"the {words} of {owner}" if owner and words != speaker.span.text else speaker.span.text


def textacy_predictions(article: Article, settings: Settings) -> list[Predicted]:
    """textacy's ``direct_quotations`` on the same parse: direct quotes only, marks stripped from the content."""
    from textacy.extract.triples import direct_quotations

    doc = load_nlp(settings.model, settings.max_chars)(article.body)
    predictions: list[Predicted] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        # textacy gives up on an article with an odd number of quote marks (a quote running over paragraphs):
        # it finds nothing there, which is what it scores.
        return predictions
    for triple in triples:
        start, end = triple.content.start_char, triple.content.end_char
        text = article.body[start:end]
        start += len(text) - len(text.lstrip("\"“”'‘’ "))
        end -= len(text) - len(text.rstrip("\"“”'‘’ ,."))
        cue = (triple.cue[0].idx, triple.cue[-1].idx + len(triple.cue[-1].text)) if triple.cue else None
        speaker = " ".join(token.text for token in triple.speaker) if triple.speaker else None
        predictions.append(Predicted("direct", (start, end), cue, speaker))
    return predictions


# -- scoring -------------------------------------------------------------------------------------------------------


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding spaces, quote marks and closing punctuation: "exact" means the same words."""
    while start < end and (body[start].isspace() or body[start] in "\"“”'‘’,;:-–—"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in "\"“”'‘’.,;:!?"):
        end -= 1
    return start, end


@dataclass
class _Tally:
    content_exact: list[PRF]
    content_overlap: list[PRF]
    cue: list[PRF]
    speaker_found: list[PRF]  # tp: found with the right speaker; fn: not found or wrong speaker


def _score_article(gold: GoldArticle, predicted: Sequence[Predicted], group: str) -> tuple[PRF, PRF, PRF, PRF]:
    body = gold.article.body
    gold_quotes = [q for q in gold.quotes if KIND_GROUP[q.kind] == group]
    mine = [p for p in predicted if p.kind == group]
    gold_spans = [LabelledSpan(*_strip(body, *q.content)) for q in gold_quotes if _strip(body, *q.content)[1] >
                  _strip(body, *q.content)[0]]
    mine_spans = [LabelledSpan(*_strip(body, *p.content)) for p in mine if _strip(body, *p.content)[1] >
                  _strip(body, *p.content)[0]]
    exact = score_spans([gold_spans], [mine_spans], match="exact", labelled=False).micro
    overlap = score_spans([gold_spans], [mine_spans], match="overlap", labelled=False).micro
    gold_cues = {LabelledSpan(*q.cue) for q in gold_quotes if q.cue and q.cue[1] > q.cue[0]}
    mine_cues = {LabelledSpan(*p.cue) for p in mine if p.cue and p.cue[1] > p.cue[0]}
    cue = score_spans([sorted(gold_cues)], [sorted(mine_cues)], match="exact", labelled=False).micro
    right = 0
    for quote in gold_quotes:
        start, end = _strip(body, *quote.content)
        # Attribution is scored whatever kind the quote was given: a direct quote found as mixed with the right
        # speaker is rightly attributed (its content and cue count against the kind above).
        overlapping = [p for p in predicted if p.content[0] < end and start < p.content[1]]
        if any(same_speaker(name, said) for p in overlapping for said in (p.speaker, p.written, *p.members)
               for name in quote.speakers):
            right += 1
    speaker = PRF(tp=right, fp=0, fn=len(gold_quotes) - right)
    return exact, overlap, cue, speaker


def score_quotes(
    articles: Sequence[GoldArticle], predict: Callable[[Article], list[Predicted]],
) -> dict[str, dict[str, list[PRF]]]:
    """Per group, per metric, the per-article counts (for micro scores and bootstrap intervals)."""
    tallies: dict[str, dict[str, list[PRF]]] = {
        group: {"content_exact": [], "content_overlap": [], "cue": [], "speaker": []} for group in GROUPS
    }
    for gold in articles:
        predicted = predict(gold.article)
        for group in GROUPS:
            exact, overlap, cue, speaker = _score_article(gold, predicted, group)
            tallies[group]["content_exact"].append(exact)
            tallies[group]["content_overlap"].append(overlap)
            tallies[group]["cue"].append(cue)
            tallies[group]["speaker"].append(speaker)
    return tallies


def in_quote_split(article: GoldArticle, split: str) -> bool:
    return split == "all" or article.split == split


def _intervals(tallies: dict[str, dict[str, list[PRF]]]) -> dict[str, Interval]:
    metrics: dict[str, Interval] = {}
    for group in GROUPS:
        counts = tallies[group]
        metrics[f"{group}_content_overlap_f1"] = bootstrap_interval(counts["content_overlap"], metric="f1")
        metrics[f"{group}_content_exact_f1"] = bootstrap_interval(counts["content_exact"], metric="f1")
        metrics[f"{group}_cue_f1"] = bootstrap_interval(counts["cue"], metric="f1")
        metrics[f"{group}_speaker_accuracy"] = bootstrap_interval(counts["speaker"], metric="recall")
    return metrics


def _table(ours: dict[str, Interval], baseline: dict[str, Interval]) -> str:
    lines = [f"{'metric':<34} {'claimgraph':>10} {'textacy':>8}"]
    for name, interval in ours.items():
        lines.append(f"{name:<34} {interval.estimate:>10.3f} {baseline[name].estimate:>8.3f}")
    return "\n".join(lines)


def evaluate_quotes(gold_root: Path, split: Split, settings: Settings) -> Evaluation:
    """claimgraph's quotes and textacy's direct quotations on the gold articles of ``split``."""
    articles = [article for article in read_gold(gold_root, settings) if in_quote_split(article, split)]
    ours = _intervals(score_quotes(articles, lambda article: claimgraph_predictions(article, settings)))
    baseline = _intervals(score_quotes(articles, lambda article: textacy_predictions(article, settings)))
    gold_files = sorted(GOLD_DIR.glob("*.json"))
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in gold_files)).hexdigest()
    counts = {group: sum(1 for a in articles for q in a.quotes if KIND_GROUP[q.kind] == group) for group in GROUPS}
    return Evaluation(
        component="quotes", dataset="gold", split=split, documents=len(articles), gold_hash=digest,
        metrics=ours, tables={"claimgraph beside textacy's direct_quotations (same articles)": _table(ours, baseline)},
        details={"gold_quotes": counts, "baseline": {name: i.to_dict() for name, i in baseline.items()}},
    )
