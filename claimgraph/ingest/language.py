"""Language detection, so that non-English articles are skipped rather than analysed badly."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from py3langid.langid import MODEL_FILE, LanguageIdentifier


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    confidence: float

    def is_confidently_not(self, language: str, min_confidence: float) -> bool:
        return self.language != language and self.confidence >= min_confidence


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> LanguageGuess:
    """The most likely language of ``text`` with the detector's confidence.

    langid's probabilities are unreliable on short texts; a text written mostly in a non-Latin script is not
    English whatever the score, so script is checked first.
    """
    sample = text[:5000]
    letters = [char for char in sample if char.isalpha()]
    language, confidence = _identifier().classify(sample)
    if letters and sum(char.isascii() for char in letters) / len(letters) < 0.5:
        return LanguageGuess(language if language != "en" else "und", 1.0)
    return LanguageGuess(language, float(confidence))
