"""The MEANTIME reader, on a hand-written CAT file (``fixtures/meantime``) and on the real corpus if there."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.errors import ConfigError, Err
from claimgraph.evaluate.meantime import (
    LabelMap,
    MeantimeFormatError,
    corpus_files,
    gold_hash,
    ner_label_map,
    read_cat_document,
    read_meantime,
    rebuild_text,
)
from claimgraph.evaluate.scoring import LabelledSpan

FIXTURE = Path(__file__).parent / "fixtures" / "meantime"
FIXTURE_FILE = FIXTURE / "intra_cross-doc_annotation" / "corpus_tiny" / "1_Apple_sues_Samsung.xml"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "meantime_en"
LABEL_MAP_FILE = Path(__file__).resolve().parents[2] / "claimgraph" / "evaluate" / "labelmaps" / "meantime_ner.json"

# The labels of spaCy's English OntoNotes NER models (en_core_web_*), written out so no model is needed.
SPACY_LABELS = {
    "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP", "ORDINAL", "ORG",
    "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
}  # fmt: skip


def cat(mentions: str, entities: str, relations: str) -> str:
    """A two-token CAT document ("Acme Corp") with the given markables and relations."""
    return (
        '<Document doc_id="9" doc_name="9_Acme">'
        '<token number="0" sentence="0" t_id="1">Acme</token>'
        '<token number="1" sentence="0" t_id="2">Corp</token>'
        f"<Markables>{mentions}{entities}</Markables><Relations>{relations}</Relations></Document>"
    )


ACME_MENTION = (
    '<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>'
)
ACME_REFERS_TO = '<REFERS_TO r_id="5"><source m_id="1"/><target m_id="3"/></REFERS_TO>'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_meantime_rebuilds_text_from_tokens() -> None:
    built = rebuild_text(ET.parse(FIXTURE_FILE).getroot())
    assert built.text == "Apple sues Samsung\nThe company said CEO Tim Cook spoke in Cupertino ."
    assert built.sentences == ((0, 18), (19, 69))
    assert built.tokens["3"] == (11, 18)
    assert built.tokens["4"] == (19, 22)


def test_meantime_reads_named_mentions_with_instance_types() -> None:
    document = read_cat_document(FIXTURE_FILE)
    assert document.doc_id == "1"
    assert document.name == "1_Apple_sues_Samsung"
    # Samsung (no REFERS_TO), The company (NOM) and CEO Tim Cook (no syntactic_type) are left out.
    assert document.mentions == (
        LabelledSpan(0, 5, "ORG"),
        LabelledSpan(40, 48, "PERSON"),
        LabelledSpan(58, 67, "LOC"),
    )
    assert [document.text[m.start : m.end] for m in document.mentions] == ["Apple", "Tim Cook", "Cupertino"]


def test_meantime_read_meantime_reads_the_corpus_layout() -> None:
    assert read_meantime(FIXTURE) == [read_cat_document(FIXTURE_FILE)]


def test_meantime_missing_corpus_is_gold_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        read_meantime(tmp_path)
    assert raised.value.err is Err.GOLD_MISSING
    with pytest.raises(ConfigError):
        gold_hash(tmp_path)


def test_meantime_gold_hash_follows_paths_and_bytes(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(FIXTURE, copy)
    original = gold_hash(FIXTURE)
    assert len(original) == 64
    assert gold_hash(copy) == original
    copied_file = copy / FIXTURE_FILE.relative_to(FIXTURE)
    copied_file.write_bytes(copied_file.read_bytes().replace(b"Cupertino", b"Cupertina"))
    changed = gold_hash(copy)
    assert changed != original
    copied_file.rename(copied_file.with_name("2_renamed.xml"))
    assert gold_hash(copy) not in {original, changed}


def test_meantime_keeps_the_innermost_of_nested_mentions(tmp_path: Path) -> None:
    inner = '<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>'
    refers_to = ACME_REFERS_TO + '<REFERS_TO r_id="6"><source m_id="2"/><target m_id="3"/></REFERS_TO>'
    path = write(tmp_path, cat(ACME_MENTION + inner, '<ENTITY m_id="3" ent_type="ORG"/>', refers_to))
    assert read_cat_document(path).mentions == (LabelledSpan(0, 4, "ORG"),)


def test_meantime_drops_types_mapped_to_null(tmp_path: Path) -> None:
    path = write(tmp_path, cat(ACME_MENTION, '<ENTITY m_id="3" ent_type="MIX"/>', ACME_REFERS_TO))
    assert read_cat_document(path).mentions == ()
    path = write(tmp_path, cat(ACME_MENTION, '<ENTITY m_id="3" ent_type="FIN"/>', ACME_REFERS_TO))
    assert read_cat_document(path).mentions == (LabelledSpan(0, 9, "ORG"),)


@pytest.mark.parametrize(
    ("mentions", "entities", "relations", "message"),
    [
        (
            '<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="7"/></ENTITY_MENTION>',
            '<ENTITY m_id="3" ent_type="ORG"/>',
            ACME_REFERS_TO,
            "t_id=7, which does not exist",
        ),
        (
            ACME_MENTION,
            '<ENTITY m_id="3" ent_type="ALIEN"/>',
            ACME_REFERS_TO,
            "'ALIEN' is not in the label map",
        ),
        (
            ACME_MENTION,
            '<ENTITY m_id="3" ent_type="ORG"/><ENTITY m_id="4" ent_type="PER"/>',
            ACME_REFERS_TO + '<REFERS_TO r_id="6"><source m_id="1"/><target m_id="4"/></REFERS_TO>',
            "types ['ORG', 'PER']",
        ),
    ],
    ids=["unknown-token", "unknown-type", "two-types"],
)
def test_meantime_format_errors_name_the_file(
    tmp_path: Path, mentions: str, entities: str, relations: str, message: str
) -> None:
    path = write(tmp_path, cat(mentions, entities, relations))
    with pytest.raises(MeantimeFormatError, match=re.escape(message)) as raised:
        read_cat_document(path)
    assert str(path) in str(raised.value)


def test_meantime_unparsable_file_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(MeantimeFormatError, match=r"doc\.xml"):
        read_cat_document(write(tmp_path, "<Document><token"))


def test_meantime_label_map_covers_both_sides() -> None:
    committed = json.loads(LABEL_MAP_FILE.read_text(encoding="utf-8"))
    assert committed["comment"]
    label_map = ner_label_map()
    assert set(label_map.gold) == {"PER", "ORG", "LOC", "PRO", "FIN", "MIX"}
    assert set(label_map.predicted) == SPACY_LABELS
    # Every coarse label can come from both sides; otherwise it could only ever miss or only ever be wrong.
    assert set(label_map.gold.values()) - {None} == set(label_map.predicted.values()) - {None}


def test_meantime_map_predicted_relabels_and_drops() -> None:
    predicted = [LabelledSpan(0, 5, "GPE"), LabelledSpan(6, 10, "DATE"), LabelledSpan(11, 14, "FAC")]
    assert ner_label_map().map_predicted(predicted) == (
        LabelledSpan(0, 5, "LOC"),
        LabelledSpan(11, 14, "LOC"),
    )
    with pytest.raises(ValueError, match="'MISC' is not in the label map"):
        ner_label_map().map_predicted([LabelledSpan(0, 5, "MISC")])


def test_meantime_label_map_schema_is_checked() -> None:
    with pytest.raises(ValueError, match="'predicted'"):
        LabelMap.from_dict({"gold": {"PER": "PERSON"}, "predicted": {"PERSON": 1}})


words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1)


@given(st.lists(st.lists(words, min_size=1, max_size=6), min_size=1, max_size=5))
def test_meantime_token_offsets_slice_to_token_text(sentences: list[list[str]]) -> None:
    document = ET.Element("Document")
    expected: dict[str, str] = {}
    for number, sentence in enumerate(sentences):
        for word in sentence:
            t_id = str(len(expected) + 1)
            ET.SubElement(document, "token", t_id=t_id, sentence=str(number)).text = word
            expected[t_id] = word
    built = rebuild_text(document)
    assert {t_id: built.text[start:end] for t_id, (start, end) in built.tokens.items()} == expected
    assert [built.text[start:end] for start, end in built.sentences] == [" ".join(s) for s in sentences]
    assert built.text.split("\n") == [" ".join(s) for s in sentences]


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the MEANTIME corpus is not at {CORPUS} (../shared/data/meantime_en)")
def test_meantime_real_corpus() -> None:
    documents = read_meantime(CORPUS)
    assert len(documents) == 120
    assert len({document.doc_id for document in documents}) == 120
    # 40,231 tokens, as SOURCE.md counts them; no token holds a space, so splitting gives them back.
    assert sum(len(line.split(" ")) for document in documents for line in document.text.split("\n")) == 40231
    labels = Counter(mention.label for document in documents for mention in document.mentions)
    # 997 typed NAM mentions (ORG 471 + FIN 68, LOC 184, PRO 176, PER 98), less the 93 holding another one.
    assert labels == {"ORG": 498, "LOC": 165, "PRODUCT": 160, "PERSON": 81}
    for path, document in zip(corpus_files(CORPUS), documents, strict=True):
        for mention in document.mentions:
            assert any(start <= mention.start and mention.end <= end for start, end in document.sentences)
        sliced = Counter(document.text[mention.start : mention.end] for mention in document.mentions)
        assert sliced == _named_token_texts(path), path.name


def _named_token_texts(path: Path) -> Counter[str]:
    """The token texts of a file's innermost NAM mentions with a typed instance, read without the reader."""
    root = ET.parse(path).getroot()
    words = {token.get("t_id"): token.text or "" for token in root.iter("token")}
    types = {entity.get("m_id"): entity.get("ent_type") for entity in root.iter("ENTITY")}
    typed = {
        source.get("m_id")
        for relation in root.iter("REFERS_TO")
        for source in relation.findall("source")
        for target in relation.findall("target")
        if types.get(target.get("m_id")) not in {None, "MIX"}
    }
    anchored = [
        [int(anchor.get("t_id", "")) for anchor in mention.findall("token_anchor")]
        for mention in root.iter("ENTITY_MENTION")
        if mention.get("syntactic_type") == "NAM" and mention.get("m_id") in typed
    ]
    innermost = [t_ids for t_ids in anchored if not any(set(other) < set(t_ids) for other in anchored)]
    return Counter(" ".join(words[str(t_id)] for t_id in t_ids) for t_ids in innermost)
