"""What the event coder knows: PLOVER types and modes, trigger words, and the CAMEO codes they map to.

Each table is a TSV file beside this module (``README.md`` lists them and where they come from);
``event_knowledge()`` reads them once per process and checks them: an unknown type, mode, context, verb class or
CAMEO code is an error when the tables load, not a silent miss when an article is coded.

CAMEO codes are derived, never written by the coder: ``cameo_code`` looks the PLOVER type, mode and contexts up in
``plover_cameo.tsv``; QuadClass and the Goldstein-style score follow from the code (``cameo_roots.tsv``,
``cameo.tsv``).
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# The PLOVER manual's general contexts (PLOVER_MANUAL.tex, "Context codes that can be used with any category"),
# without future/historical/hypothetical, which the contract keeps in the event's ``modality``.
CONTEXTS = frozenset({
    "political", "military", "intelligence", "peacekeeping", "economic", "diplomatic", "resource", "culture",
    "disease", "enviro_disaster", "migration", "humanitarian", "legal", "human_rights", "rights_freedoms", "gender",
    "lgbt", "terrorism", "human_security", "religion_ethnicity", "government", "election", "legislative", "cbrn",
    "cyber", "political_institutions", "corruption", "crime", "crime_murder", "crime_theft", "crime_drugs",
    "crime_sexual",
})
ROLES = frozenset({"agent", "patient", "theme", "host", "recip"})
VERB_CLASSES = frozenset({"light", "provide", "end", "prevent", "occur", "future", "hypothetical", "negate"})
# The verbs of these types take another event as their matter (`demanded aid`, `rejected talks`): the wrapped event
# gives their mode and is not coded on its own.
VERBAL_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"})
INTENT = "intent"  # the modality column of plover_cameo.tsv for future and hypothetical events
ANY_OBJECT = "*"
NO_OBJECT = "-"


class EventTableError(ValueError):
    """A knowledge table of the event coder is inconsistent (raised when the tables load)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that names an event, with its PLOVER coding and how the parse gives its participants."""

    phrase: tuple[str, ...]
    pos: str  # "verb" | "noun" | "none" (a phrase that is never an event)
    type: str
    mode: str | None
    context: tuple[str, ...]
    roles: str
    condition: str | None  # "obj" | "prep" | "comp" | "light" | "given"
    words: frozenset[str]  # the objects or prepositions the condition allows ({"*"}: any object)


@dataclass(frozen=True, slots=True)
class CameoRow:
    type: str
    mode: str
    context: str
    intent: bool
    code: str


@dataclass(frozen=True, slots=True)
class CameoRoot:
    quad_class: int
    plover: str | None
    name: str


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {key: (value or "").strip() for key, value in row.items()}


def _optional(value: str) -> str | None:
    return value or None


class EventKnowledge:
    """The event tables, checked and indexed."""

    def __init__(self) -> None:
        self.modes: dict[str, dict[str, str]] = {name: {} for name in EVENT_TYPES}
        for row in _rows("modes.tsv"):
            self._check_type(row["type"], "modes.tsv")
            if row["origin"] not in {"plover", "extension"}:
                raise EventTableError(f"modes.tsv: origin {row['origin']!r} is neither plover nor extension")
            if row["mode"]:
                self.modes[row["type"]][row["mode"]] = row["origin"]
        self.cameo_names: dict[str, tuple[float, str]] = {
            row["code"]: (float(row["goldstein"]), row["name"]) for row in _rows("cameo.tsv")
        }
        self.roots: dict[str, CameoRoot] = {
            row["root"]: CameoRoot(int(row["quad_class"]), _optional(row["plover"]), row["name"])
            for row in _rows("cameo_roots.tsv")
        }
        for code in self.cameo_names:
            if code[:2] not in self.roots:
                raise EventTableError(f"cameo.tsv: code {code} has no root in cameo_roots.tsv")
        self.cameo_rows: list[CameoRow] = []
        for row in _rows("plover_cameo.tsv"):
            self._check_coding(row["type"], row["mode"], row["context"], "plover_cameo.tsv")
            if row["cameo"] not in self.cameo_names:
                raise EventTableError(f"plover_cameo.tsv: code {row['cameo']} is not in cameo.tsv")
            if row["modality"] not in {"", INTENT}:
                raise EventTableError(f"plover_cameo.tsv: modality {row['modality']!r} is not empty or {INTENT}")
            self.cameo_rows.append(CameoRow(row["type"], row["mode"], row["context"], row["modality"] == INTENT,
                                            row["cameo"]))
        for name in EVENT_TYPES:
            if not any(row.type == name and not row.mode and not row.context and not row.intent
                       for row in self.cameo_rows):
                raise EventTableError(f"plover_cameo.tsv: {name} has no default row (no mode, no context)")
        self.verbs: dict[str, dict[str, tuple[Trigger, ...]]] = {}
        self.nouns: dict[str, dict[str, tuple[Trigger, ...]]] = {}
        self._read_triggers()
        self.verb_classes: dict[str, frozenset[str]] = {}
        for row in _rows("verbs.tsv"):
            if row["class"] not in VERB_CLASSES:
                raise EventTableError(f"verbs.tsv: class {row['class']!r} of {row['lemma']!r} is unknown")
            self.verb_classes[row["lemma"]] = self.verb_classes.get(row["lemma"], frozenset()) | {row["class"]}
        self.endings: dict[tuple[str, str, str], tuple[str, str | None]] = {}
        for row in _rows("endings.tsv"):
            if row["class"] not in {"end", "prevent"}:
                raise EventTableError(f"endings.tsv: class {row['class']!r} is neither end nor prevent")
            self._check_coding(row["type"], row["mode"], "", "endings.tsv")
            self._check_coding(row["new_type"], row["new_mode"], "", "endings.tsv")
            self.endings[(row["class"], row["type"], row["mode"])] = (row["new_type"], _optional(row["new_mode"]))
        self.wrapped: dict[tuple[str, str, str], tuple[str, str | None]] = {}
        for row in _rows("wrapped_modes.tsv"):
            self._check_coding(row["type"], row["mode"], "", "wrapped_modes.tsv")
            new_type = row["new_type"] or row["wrapper"]
            self._check_coding(new_type, row["new_mode"], "", "wrapped_modes.tsv")
            self.wrapped[(row["wrapper"], row["type"], row["mode"])] = (new_type, _optional(row["new_mode"]))
        self.context_words: dict[str, str] = {}
        for row in _rows("context_words.tsv"):
            self._check_coding("AGREE", "", row["context"], "context_words.tsv")
            self.context_words[row["word"]] = row["context"]
        self.gsr_events: dict[tuple[str, str], tuple[str, str | None]] = {}
        for row in _rows("gsr_events.tsv"):
            self._check_coding(row["type"], row["mode"], "", "gsr_events.tsv")
            self.gsr_events[(row["old_type"], row["old_mode"])] = (row["type"], _optional(row["mode"]))
        self.gsr_codes: dict[str, str | None] = {}
        self.gsr_sectors: dict[str, str | None] = {}
        for row in _rows("gsr_actors.tsv"):
            table = {"code": self.gsr_codes, "sector": self.gsr_sectors}.get(row["kind"])
            if table is None:
                raise EventTableError(f"gsr_actors.tsv: kind {row['kind']!r} is neither code nor sector")
            table[row["old"]] = _optional(row["new"])

    # -- checks -----------------------------------------------------------------------------------------------
    def _check_type(self, name: str, table: str) -> None:
        if name not in EVENT_TYPES:
            raise EventTableError(f"{table}: {name!r} is not a PLOVER event type")

    def _check_coding(self, name: str, mode: str, context: str, table: str) -> None:
        self._check_type(name, table)
        if mode and mode not in self.modes[name]:
            raise EventTableError(f"{table}: {mode!r} is not a mode of {name} in modes.tsv")
        for part in filter(None, context.split(";")):
            if part not in CONTEXTS:
                raise EventTableError(f"{table}: {part!r} is not a PLOVER context")

    def _read_triggers(self) -> None:
        for row in _rows("triggers.tsv"):
            if row["pos"] != "none":
                self._check_coding(row["type"], row["mode"], row["context"], "triggers.tsv")
            if row["pos"] not in {"verb", "noun", "none"}:
                raise EventTableError(f"triggers.tsv: pos {row['pos']!r} of {row['phrase']!r} is unknown")
            roles = row["roles"] or "agent"
            if roles not in ROLES:
                raise EventTableError(f"triggers.tsv: roles {roles!r} of {row['phrase']!r} are unknown")
            condition, words = _condition(row["condition"], row["phrase"])
            if (condition in {"light", "given"} and row["pos"] != "noun") or (
                condition == "comp" and row["pos"] != "verb"
            ):
                raise EventTableError(
                    f"triggers.tsv: condition {condition} does not fit a {row['pos']} ({row['phrase']!r})"
                )
            phrase = tuple(row["phrase"].split())
            trigger = Trigger(phrase, row["pos"], row["type"], _optional(row["mode"]),
                              tuple(filter(None, row["context"].split(";"))), roles, condition, words)
            index = self.verbs if row["pos"] == "verb" else self.nouns  # a `none` phrase is matched as nouns are
            entries = index.setdefault(phrase[0], {})
            entries[row["phrase"]] = (*entries.get(row["phrase"], ()), trigger)
        for index in (self.verbs, self.nouns):
            for entries in index.values():
                for text, found in entries.items():
                    # Conditional readings first: `withdraw the ambassador` is SANCTION before `withdraw` is RETREAT.
                    entries[text] = tuple(sorted(found, key=lambda trigger: trigger.condition is None))

    # -- lookups --------------------------------------------------------------------------------------------------
    def triggers(self, pos: str, first: str) -> dict[str, tuple[Trigger, ...]]:
        """The trigger phrases of ``pos`` whose first lemma is ``first``, by phrase."""
        return (self.verbs if pos == "verb" else self.nouns).get(first, {})

    def verb_class(self, lemma: str) -> frozenset[str]:
        return self.verb_classes.get(lemma, frozenset())

    def ending(self, verb_class: str, event_type: str, mode: str | None) -> tuple[str, str | None] | None:
        """What an event becomes under a verb that ends or prevents it, or None when such a verb leaves it be."""
        return self.endings.get((verb_class, event_type, mode or "")) or self.endings.get((verb_class, event_type, ""))

    def wrapped_mode(self, wrapper: str, event_type: str, mode: str | None) -> tuple[str, str | None] | None:
        """The type and mode of a verbal event that wraps an event of ``event_type`` and ``mode``."""
        return self.wrapped.get((wrapper, event_type, mode or "")) or self.wrapped.get((wrapper, event_type, ""))

    def cameo_code(self, event_type: str, mode: str | None, contexts: Sequence[str], *, intent: bool = False) -> str:
        """The CAMEO code of a PLOVER event: see ``plover_cameo.tsv`` for the order rows are tried in."""
        rows = [row for row in self.cameo_rows if row.type == event_type]
        intent_rows = [row for row in rows if row.intent]
        candidates = intent_rows if intent and intent_rows else [row for row in rows if not row.intent]
        wanted_mode = mode or ""
        for try_mode, try_contexts in ((wanted_mode, contexts), (wanted_mode, ("",)), ("", contexts), ("", ("",))):
            for context in try_contexts:
                for row in candidates:
                    if row.mode == try_mode and row.context == context:
                        return row.code
        raise EventTableError(f"plover_cameo.tsv: no row for {event_type}")  # unreachable: every type has a default

    def goldstein(self, code: str) -> float:
        """The Goldstein-style score of a CAMEO code, or of its nearest listed parent."""
        for length in range(len(code), 1, -1):
            found = self.cameo_names.get(code[:length]) or self.cameo_names.get(code[:length] + "0")
            if found is not None:
                return found[0]
        raise EventTableError(f"cameo.tsv: no score for {code} or its parents")

    def quad_class(self, code: str) -> int:
        """GDELT's QuadClass of a CAMEO code (1 verbal cooperation ... 4 material conflict)."""
        return self.roots[code[:2]].quad_class

    def root_type(self, code: str) -> str | None:
        """The PLOVER type a CAMEO code's root reads as (``033`` -> AGREE, ``138`` -> THREATEN)."""
        return self.roots[code[:2]].plover

    def gsr_event(self, old_type: str, old_mode: str | None) -> tuple[str, str | None]:
        """An event type and mode of the old PLOVER draft of the gold-standard records, read as current ones."""
        event_type, mode = (self.gsr_events.get((old_type, old_mode or "")) or self.gsr_events.get((old_type, ""))
                            or (old_type, None))
        if mode is None and event_type in self.modes and old_mode in self.modes[event_type]:
            mode = old_mode  # a mode that kept its name (`heavy-weapons` of FIGHT is one of ASSAULT's)
        return event_type, mode

    def gsr_code(self, code: str) -> str | None:
        """A gold-standard actor code read as a contract country code, IGO or NGO; None when it is not scored."""
        return self.gsr_codes.get(code, code) if code else None

    def gsr_sector(self, sector: str | None) -> str | None:
        """A gold-standard sector (``CVLalb``, ``GOVMOS``) read as a contract sector, or None."""
        if not sector:
            return None
        return self.gsr_sectors.get(sector[:3].upper() if sector[:3].isalpha() else sector)


def _condition(text: str, phrase: str) -> tuple[str | None, frozenset[str]]:
    if not text:
        return None, frozenset()
    if text in {"light", "given", "comp"}:
        return text, frozenset()
    kind, _, words = text.partition("=")
    if kind not in {"obj", "prep"} or not words:
        raise EventTableError(
            f"triggers.tsv: condition {text!r} of {phrase!r} is not obj=..., prep=..., comp, light or given"
        )
    return kind, frozenset(words.split("|"))


def actor_code(country: str | None, sector: str | None) -> str | None:
    """The PLOVER actor code of an actor: its ISO 3166 country, else IGO or NGO for such bodies, else None."""
    if country:
        return country
    return sector if sector in {"IGO", "NGO"} else None


@functools.lru_cache(maxsize=1)
def event_knowledge() -> EventKnowledge:
    """The event tables, read and checked once per process."""
    return EventKnowledge()


__all__ = [
    "ANY_OBJECT", "CONTEXTS", "EVENT_TYPES", "NO_OBJECT", "VERBAL_TYPES", "EventKnowledge", "EventTableError",
    "Trigger", "actor_code", "event_knowledge",
]
