"""spaCy's attribute ruler with its matches found through an index instead of spaCy's Matcher.

The English models' attribute ruler maps each fine tag to its part of speech and morphology and holds the lemma and
tag exceptions: 179 patterns in en_core_web_sm 3.8. spaCy's ``Matcher`` tries every pattern at every token, which
costs about 11 ms on a 500-token article, more than the tagger, the parser's share of the shared layer or the
lemmatizer. Every pattern of those models fixes its first token's lower-case form or tag, or lists them, so an index
on those two attributes leaves only the few patterns that can start at a token; they are then checked on the token
attributes read once per document with ``Doc.to_array``. This is written here rather than taken from spaCy because
spaCy's matchers have no such index (the ``PhraseMatcher`` indexes whole phrases of one attribute only).

The matches, and so every tag, part of speech, morphology and lemma, are those of spaCy's Matcher: ``match`` returns
the same list (``tests/analysis/test_attribute_index.py`` compares them on the sample articles). A pattern this
module cannot read (an operator, another attribute or predicate) keeps spaCy's Matcher for the whole ruler, as does
a document without the annotation a pattern asks for.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

INDEXED_RULER_FACTORY = "claimgraph_indexed_attribute_ruler"

# The token attributes the index reads, in the order of the columns of ``Doc.to_array``.
_COLUMNS: dict[str, int] = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRIBUTES = [IDS[name] for name in _COLUMNS]
# The annotation a document needs before a pattern on the attribute can match (as ``Doc.has_annotation`` names it).
_ANNOTATION = {"TAG": "TAG", "DEP": "DEP"}

Row = Sequence[int]  # one token's values of _COLUMNS: string ids, and 0 or 1 for IS_SPACE
Test = Callable[[Row, StringStore], bool]  # a row and the document's strings, which a regular expression reads


class UnreadablePattern(ValueError):
    """A pattern with an operator, an attribute or a predicate the index does not read."""


@dataclass(frozen=True, slots=True)
class _Pattern:
    rule: int  # the ruler's index of the rule, which orders the matches as spaCy's ``AttributeRuler.match`` does
    key: int  # the Matcher key of the rule: the string id of str(rule)
    tokens: tuple[tuple[Test, ...], ...]  # for each token of the pattern, the tests its row must pass


def _regex_test(column: int, expression: re.Pattern[str]) -> Test:
    """A regular expression's test, its result remembered for each string (the first tokens of two patterns are
    only a regular expression, so it is tried at every token)."""
    results: dict[int, bool] = {}

    def test(row: Row, strings: StringStore) -> bool:
        value = row[column]
        result = results.get(value)
        if result is None:
            result = results[value] = expression.search(strings[value]) is not None
        return result

    return test


def _value_test(attribute: str, value: Any) -> Test:
    """The test of one attribute of a pattern token, as spaCy's Matcher reads it."""
    column = _COLUMNS.get(attribute)
    if column is None:
        raise UnreadablePattern(attribute)
    if attribute == "IS_SPACE":
        if not isinstance(value, bool):
            raise UnreadablePattern(f"{attribute}: {value!r}")
        wanted_flag = int(value)
        return lambda row, _: row[column] == wanted_flag
    if isinstance(value, str):
        wanted = get_string_id(value)
        return lambda row, _: row[column] == wanted
    if isinstance(value, dict) and len(value) == 1:
        ((predicate, argument),) = value.items()
        if predicate in {"IN", "NOT_IN"} and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
            members = frozenset(get_string_id(v) for v in argument)
            if predicate == "IN":
                return lambda row, _: row[column] in members
            return lambda row, _: row[column] not in members
        if predicate == "REGEX" and isinstance(argument, str):
            return _regex_test(column, re.compile(argument))
    raise UnreadablePattern(f"{attribute}: {value!r}")


def _first_token_keys(token: dict[str, Any]) -> tuple[int, list[int]] | None:
    """The column, and the values one of which a token must have there, for the pattern to start at it; None when
    the first token fixes none of the columns (the pattern is tried at every token)."""
    for attribute, column in _COLUMNS.items():
        value = token.get(attribute)
        if isinstance(value, (str, bool)):
            return column, [int(value) if isinstance(value, bool) else get_string_id(value)]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return column, [get_string_id(v) for v in value["IN"]]
    return None


def _matches_at(pattern: _Pattern, rows: Sequence[Row], start: int, strings: StringStore) -> bool:
    if start + len(pattern.tokens) > len(rows):
        return False
    for offset, tests in enumerate(pattern.tokens):
        row = rows[start + offset]
        for test in tests:
            if not test(row, strings):
                return False
    return True


class PatternIndex:
    """The patterns of an attribute ruler, indexed by a value their first token needs."""

    def __init__(self, rules: Iterable[tuple[int, int, list[list[dict[str, Any]]]]]) -> None:
        """``rules``: (rule index, Matcher key, patterns) for each rule. Raises UnreadablePattern."""
        # For each column, the patterns by the value their first token needs there.
        self.by_column: list[dict[int, list[_Pattern]]] = [defaultdict(list) for _ in _COLUMNS]
        self.everywhere: list[_Pattern] = []
        self.annotations: set[str] = set()
        for rule, key, patterns in rules:
            for pattern in patterns:
                if not pattern or any(not isinstance(token, dict) or "OP" in token for token in pattern):
                    raise UnreadablePattern(repr(pattern))
                tests = tuple(tuple(_value_test(attribute, value) for attribute, value in token.items())
                              for token in pattern)
                self.annotations.update(_ANNOTATION[a] for token in pattern for a in token if a in _ANNOTATION)
                compiled = _Pattern(rule, key, tests)
                keys = _first_token_keys(pattern[0])
                if keys is None:
                    self.everywhere.append(compiled)
                    continue
                column, values = keys
                for value in values:
                    self.by_column[column][value].append(compiled)
        self.by_column = [dict(patterns) for patterns in self.by_column]

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, key, start, end) of every match, sorted, as ``AttributeRuler.match`` returns them."""
        rows: list[list[int]] = doc.to_array(_ARRAY_ATTRIBUTES).tolist()
        strings = doc.vocab.strings
        found: list[tuple[int, int, int, int]] = []
        columns = list(enumerate(self.by_column))
        for start, row in enumerate(rows):
            for column, patterns_by_value in columns:
                for pattern in patterns_by_value.get(row[column], ()):
                    if _matches_at(pattern, rows, start, strings):
                        found.append((pattern.rule, pattern.key, start, start + len(pattern.tokens)))
            for pattern in self.everywhere:
                if _matches_at(pattern, rows, start, strings):
                    found.append((pattern.rule, pattern.key, start, start + len(pattern.tokens)))
        found.sort()
        return found


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, matching through a PatternIndex when its patterns allow."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        super().__init__(vocab, name)
        self._index: PatternIndex | None = None
        self._indexed_rules = -1  # how many rules the index holds; -1 before it is built

    @property
    def indexed(self) -> bool:
        """Whether the index is used for the ruler's current rules, rather than spaCy's Matcher."""
        return self._current_index() is not None

    def _current_index(self) -> PatternIndex | None:
        if self._indexed_rules != len(self.attrs):
            # spaCy's AttributeRuler.add keys rule i by the string "i" in its Matcher.
            rules = [(rule, get_string_id(str(rule)), self.matcher.get(str(rule))[1])
                     for rule in range(len(self.attrs))]
            try:
                self._index = PatternIndex(rules)
            except UnreadablePattern:
                self._index = None
            self._indexed_rules = len(self.attrs)
        return self._index

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = self._current_index()
        if index is None or not all(doc.has_annotation(annotation) for annotation in index.annotations):
            matches: list[tuple[int, int, int, int]] = super().match(doc)
            return matches
        return index.matches(doc)


@Language.factory(INDEXED_RULER_FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_ruler(nlp: Language) -> None:
    """Replace the pipeline's attribute ruler, if it has one, by an IndexedAttributeRuler with the same rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is not AttributeRuler:
        return
    patterns = ruler.patterns
    indexed = nlp.replace_pipe("attribute_ruler", INDEXED_RULER_FACTORY)
    assert isinstance(indexed, IndexedAttributeRuler)
    indexed.add_patterns(patterns)
