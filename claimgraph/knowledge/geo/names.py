"""Place-name keys: one key however a name is accented, cased, punctuated or abbreviated.

``name_key`` is applied to every name when the gazetteer is built and to every mention when it is looked up, so
``Côte d’Ivoire`` / ``Cote d'Ivoire``, ``St. Louis`` / ``Saint Louis``, ``U.S.`` / ``US`` and
``Nagorno-Karabakh`` / ``Nagorno Karabakh`` meet.
"""

from __future__ import annotations

import re
import unicodedata

# Abbreviated words that GeoNames writes out in some names and not in others.
_WORD_EXPANSIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
# Letters GeoNames and news write with no decomposable accent, folded by hand.
_LETTERS = str.maketrans({"ı": "i", "ə": "e", "Ə": "E", "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
                          "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "œ": "oe"})
# An abbreviation with one final full stop (``La.``, ``Calif.``): AP-style state abbreviations, kept apart from the
# capitalised word (``LA`` is Los Angeles, ``La.`` Louisiana) by keeping the stop in the key.
_DOTTED_WORD = re.compile(r"^[A-Za-z]{1,5}\.$")
_APOSTROPHES = re.compile(r"['’‘ʻʼ`´]")
_LEADING_THE = re.compile(r"^the\s+")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """``text`` without accents: ``Çavuşoğlu`` → ``Cavusoglu``; letters of other scripts are kept as they are."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter once folded (names in other scripts are not indexed:
    the articles analysed are English)."""
    folded = fold(text)
    return folded.isascii() or all(not char.isalpha() or char.isascii() for char in folded)


def name_key(name: str) -> str:
    """The lookup key of a place name, or ``""`` when nothing of it is left (punctuation only)."""
    stripped = name.strip()
    if _DOTTED_WORD.match(stripped):
        return fold(stripped).lower()
    text = _APOSTROPHES.sub("", fold(stripped).lower()).replace("&", " and ").replace(".", " ")
    text = _LEADING_THE.sub("", text)
    words = _NOT_WORD.sub(" ", text).split()
    merged: list[str] = []
    from_initials = False  # whether merged[-1] was built from single letters only
    for word in words:
        # Runs of single letters are initials written with stops or spaces (U.S., U. S. A., D.C.): one word.
        if len(word) == 1 and word.isalpha():
            if from_initials:
                merged[-1] += word
            else:
                merged.append(word)
            from_initials = True
        else:
            merged.append(word)
            from_initials = False
    return " ".join(_WORD_EXPANSIONS.get(word, word) for word in merged)
