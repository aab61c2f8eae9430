"""Gold named-entity mentions from the NewsReader MEANTIME corpus (English Wikinews, CAT XML).

The corpus lives outside the project (``../shared/data/meantime_en``, see its ``SOURCE.md``); this module
reads the 120 files under ``intra_cross-doc_annotation/corpus_*/``. CAT files carry tokens, not text, so the
text is rebuilt: the tokens of a sentence joined by single spaces, sentences joined by ``"\\n"``, the title
being the first sentence. Offsets are computed on that text, and predictions must be made on the same text.

What counts as a gold mention, and why:

* only ``ENTITY_MENTION`` markables with ``syntactic_type="NAM"`` (a name heads the mention). Their extent is
  MEANTIME's, the whole noun phrase (``the iTunes Music Store``, ``Airbus chief executive Noel Forgeard``),
  longer than the name a NER model marks, so these mentions are meant for overlap matching.
* the label is the ``ent_type`` of the ``ENTITY`` instance the mention ``REFERS_TO``, mapped to the coarse
  labels of ``labelmaps/meantime_ner.json``; a type mapped to null drops the mention.
* a NAM mention with no ``REFERS_TO`` (17 in the corpus) has no type and is left out, not scored unlabelled:
  a label-free gold span would be a miss in every labelled score.
* a NAM mention that contains another kept one (93 do: ``Airbus parent EADS`` around ``Airbus`` and ``EADS``,
  ``Ryanair CEO , Michael O' Leary`` around ``Michael O' Leary``) is left out and the inner ones kept. NER
  output is flat, so with nesting kept one of the two could never be matched; the inner mention is the name
  a NER model marks. The cost: an outer mention of another type goes (``Boeing 's 787``, PRO, leaves ``Boeing``).

The gold set is incomplete for precision: 1,140 mentions carry no ``syntactic_type`` at all, hundreds of
them plain names (``Boeing`` 64 times, ``GM`` 53, ``Airbus`` 47), and 162 are ``PRE.NAM`` (``US`` in ``US
automaker``). A model that finds them is charged false positives, so recall is the trustworthy number here.

A file that breaks the structure relied on raises ``MeantimeFormatError`` naming the file, rather than being
skipped like a bad article in the pipeline: a silently smaller gold set would move every score.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.scoring import LabelledSpan

CORPUS_GLOB = "intra_cross-doc_annotation/corpus_*/*.xml"
NAMED = "NAM"  # the syntactic_type of mentions headed by a name
ANNOTATED_SENTENCES = 6


class MeantimeFormatError(ValueError):
    """A CAT file lacks what the reader relies on (an attribute, a token an anchor names, a known type)."""


@dataclass(frozen=True, slots=True)
class CatText:
    """The text rebuilt from a CAT document's tokens, with the offsets of each sentence and token.

    Shared by every reader of CAT markables (entity mentions now, TIMEX3 and coreference later), so all
    of them agree on one text and one set of offsets.
    """

    text: str
    sentences: tuple[tuple[int, int], ...]
    tokens: Mapping[str, tuple[int, int]]  # t_id -> (start, end)

    def anchor_span(self, markable: ET.Element) -> tuple[int, int] | None:
        """From the start of a markable's first anchored token to the end of its last; None without anchors.

        A discontinuous markable (10 in the corpus, none of them NAM) covers the tokens in between too.
        """
        t_ids = [anchor.get("t_id") for anchor in markable.findall("token_anchor")]
        if not t_ids:
            return None
        spans: list[tuple[int, int]] = []
        for t_id in t_ids:
            if t_id is None or t_id not in self.tokens:
                m_id = markable.get("m_id")
                raise MeantimeFormatError(f"{markable.tag} m_id={m_id} anchors token t_id={t_id}, which does not exist")
            spans.append(self.tokens[t_id])
        return min(start for start, _ in spans), max(end for _, end in spans)


def _required(element: ET.Element, attribute: str) -> str:
    value = element.get(attribute)
    if value is None:
        raise MeantimeFormatError(f"<{element.tag}> has no {attribute} attribute")
    return value


def rebuild_text(document: ET.Element) -> CatText:
    """The text of a CAT ``<Document>``: tokens joined by spaces, sentences by newlines, in document order."""
    pieces: list[str] = []
    tokens: dict[str, tuple[int, int]] = {}
    sentences: list[tuple[int, int]] = []
    position = 0
    sentence_start = 0
    current_sentence: str | None = None
    for token in document.findall("token"):
        t_id = _required(token, "t_id")
        sentence = _required(token, "sentence")
        if t_id in tokens:
            raise MeantimeFormatError(f"token t_id={t_id} appears twice")
        if current_sentence is not None:
            if sentence != current_sentence:
                sentences.append((sentence_start, position))
                pieces.append("\n")
                sentence_start = position + 1
            else:
                pieces.append(" ")
            position += 1
        current_sentence = sentence
        word = token.text or ""
        tokens[t_id] = (position, position + len(word))
        pieces.append(word)
        position += len(word)
    if current_sentence is not None:
        sentences.append((sentence_start, position))
    return CatText("".join(pieces), tuple(sentences), tokens)


@dataclass(frozen=True, slots=True)
class LabelMap:
    """Gold types and predicted labels mapped to one coarse label set; None drops the span."""

    gold: Mapping[str, str | None]
    predicted: Mapping[str, str | None]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LabelMap:
        """The map from the JSON shape of ``labelmaps/meantime_ner.json`` (its ``comment`` is ignored)."""
        sides: dict[str, dict[str, str | None]] = {}
        for side in ("gold", "predicted"):
            table = data.get(side)
            if not isinstance(table, dict) or not all(
                isinstance(key, str) and (value is None or isinstance(value, str)) for key, value in table.items()
            ):
                raise ValueError(f"a label map needs a {side!r} object mapping labels to a label or null")
            sides[side] = dict(table)
        return cls(sides["gold"], sides["predicted"])

    def gold_label(self, ent_type: str) -> str | None:
        if ent_type not in self.gold:
            raise MeantimeFormatError(f"entity type {ent_type!r} is not in the label map; add it to 'gold'")
        return self.gold[ent_type]

    def map_predicted(self, spans: Iterable[LabelledSpan]) -> tuple[LabelledSpan, ...]:
        """Predicted spans relabelled to the coarse set, those mapped to null dropped."""
        mapped: list[LabelledSpan] = []
        for span in spans:
            if span.label not in self.predicted:
                raise ValueError(f"predicted label {span.label!r} is not in the label map; add it to 'predicted'")
            label = self.predicted[span.label]
            if label is not None:
                mapped.append(LabelledSpan(span.start, span.end, label))
        return tuple(mapped)


@cache
def ner_label_map() -> LabelMap:
    """The committed map, ``labelmaps/meantime_ner.json``, read once."""
    text = resources.files(__package__).joinpath("labelmaps", "meantime_ner.json").read_text(encoding="utf-8")
    return LabelMap.from_dict(json.loads(text))


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One MEANTIME article: its rebuilt text, sentence offsets and gold named mentions (coarse labels)."""

    doc_id: str
    name: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[LabelledSpan, ...]

    @property
    def annotated_end(self) -> int:
        """Where the annotation stops (see ``annotated_end``)."""
        return annotated_end(self.sentences)


def annotated_end(sentences: tuple[tuple[int, int], ...]) -> int:
    """Where the annotation stops. MEANTIME annotates only the first six sentences of each document (title,
    dateline, four body sentences): predictions past this offset can be neither right nor wrong."""
    if not sentences:
        return 0
    return sentences[min(ANNOTATED_SENTENCES, len(sentences)) - 1][1]


def _named_mentions(document: ET.Element, cat: CatText, label_map: LabelMap) -> tuple[LabelledSpan, ...]:
    instance_types = {_required(entity, "m_id"): entity.get("ent_type", "") for entity in document.iter("ENTITY")}
    # REFERS_TO also links event mentions to EVENT instances; only entity instances give a type.
    instances_of: dict[str, set[str]] = {}
    for relation in document.iter("REFERS_TO"):
        targets = {_required(target, "m_id") for target in relation.findall("target")}
        for source in relation.findall("source"):
            instances_of.setdefault(_required(source, "m_id"), set()).update(targets & instance_types.keys())
    mentions: list[LabelledSpan] = []
    for mention in document.iter("ENTITY_MENTION"):
        if mention.get("syntactic_type") != NAMED:
            continue
        m_id = _required(mention, "m_id")
        types = {instance_types[instance] for instance in instances_of.get(m_id, ())}
        if not types:
            continue
        if len(types) > 1:
            raise MeantimeFormatError(f"ENTITY_MENTION m_id={m_id} refers to entities of types {sorted(types)}")
        label = label_map.gold_label(types.pop())
        span = cat.anchor_span(mention)
        if label is not None and span is not None:
            mentions.append(LabelledSpan(span[0], span[1], label))
    return tuple(sorted(mention for mention in mentions if not _contains_another(mention, mentions)))


def _contains_another(outer: LabelledSpan, mentions: list[LabelledSpan]) -> bool:
    return any(
        outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)
        for inner in mentions
    )


def read_cat_document(path: Path, label_map: LabelMap | None = None) -> GoldDocument:
    """One CAT file as a ``GoldDocument``; ``label_map`` defaults to the committed map."""
    try:
        document = ET.parse(path).getroot()
        cat = rebuild_text(document)
        mentions = _named_mentions(document, cat, label_map or ner_label_map())
        return GoldDocument(
            doc_id=_required(document, "doc_id"),
            name=_required(document, "doc_name"),
            text=cat.text,
            sentences=cat.sentences,
            mentions=mentions,
        )
    except (ET.ParseError, ValueError) as error:
        # ValueError covers MeantimeFormatError and spans LabelledSpan refuses (an empty token's mention).
        raise MeantimeFormatError(f"{path}: {error}") from error


def corpus_files(root: Path) -> list[Path]:
    """The CAT files of the corpus at ``root``, in order of their path relative to it."""
    files = sorted(root.glob(CORPUS_GLOB), key=lambda path: path.relative_to(root).as_posix())
    if not files:
        raise ConfigError(Err.GOLD_MISSING, path=f"{root} (no {CORPUS_GLOB} in it)")
    return files


def read_meantime(root: Path) -> list[GoldDocument]:
    """Every document of the corpus at ``root`` (the folder holding ``intra_cross-doc_annotation``)."""
    return [read_cat_document(path) for path in corpus_files(root)]


def gold_hash(root: Path) -> str:
    """SHA-256 over the relative path and bytes of every file ``read_meantime`` reads, in its order.

    The quality gate stores it next to its floors, so a changed corpus cannot pass for the one that set them.
    """
    digest = hashlib.sha256()
    for path in corpus_files(root):
        # Length prefixes keep the path/bytes boundaries unambiguous: no two corpora hash the same stream.
        for part in (path.relative_to(root).as_posix().encode("utf-8"), path.read_bytes()):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()
