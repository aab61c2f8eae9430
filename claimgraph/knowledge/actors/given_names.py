"""The gender a given name tells, from the name data of the ``nomquamgender`` package (MIT licence).

``nomquamgender`` 0.1.4 ships ``name_data.json``: about 720,000 names (lower case, accents removed), each with the
number of sources that have it, the number of people they count with it, ``p(gf)`` (the share of them gendered
female) and a category of the package's taxonomy per uncertainty threshold (3 is "gendered"; 2 and 1 are
"gendered only given a country" or "a decade", such as ``Andrea``; 0 is "weakly gendered").

Only the data file is read, never the package's code (importing it loads the whole file with pandas and numpy):
once per process and only when a person first needs it. A name tells a gender only when the evidence is strong:

* at least ``MIN_COUNT`` (100) people counted: below that the file is mostly noise (HTML entities, transliteration
  debris, words like ``president`` or ``new`` counted a few dozen times), and a share of 0.95 over a handful of
  people says little;
* ``p(gf) <= MAX_MALE`` (0.05) or ``>= MIN_FEMALE`` (0.95): a name one in ten people of the other gender bear
  (``Jordan`` 0.11, ``Carol`` 0.92, ``José`` 0.065) would send a pronoun to the wrong person too often, and the
  article's own pronouns usually settle such names anyway;
* the taxonomy calls it gendered at that threshold (not only in one country or decade: ``Hillary``, ``June``).

The file is one JSON object of 22 MB; ``json.load`` takes seconds on it, so the entries are read with one regular
expression that keeps only names counted at least 100 times (a tenth of the time; the format is that of the
pinned version). The names kept (about 52,000) take about 6 MB.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from claimgraph.knowledge.countries import fold

_PACKAGE, _FILE = "nomquamgender", "name_data.json"
MIN_COUNT = 100
MAX_MALE, MIN_FEMALE = 0.05, 0.95
_GENDERED = 3  # the taxonomy's category for a name gendered whatever the country or decade
# One entry: "name": [sources, count, p(gf), category or [category per threshold 0.05, 0.10, ...]]. The count has
# at least three digits (MIN_COUNT); names with a quote or backslash in them are debris and never match.
_ENTRY = re.compile(r'"([^"\\]*)": \[\d+, (\d{3,}), ([0-9.]+), \[?(\d)')
# Letters that lose no accent when decomposed, spelt as the data spells them (Łukasz is "lukasz").
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
                          "ı": "i"})


def _path() -> Path:
    # find_spec locates a top-level package without running its __init__.
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{_PACKAGE} is not installed (it is a dependency of claimgraph)")
    return Path(spec.origin).parent / _FILE


@functools.cache
def _genders() -> dict[str, str]:
    """Folded name -> ``m`` or ``f``, for the names that tell a gender (the rest of the file is not kept)."""
    genders: dict[str, str] = {}
    for entry in _ENTRY.finditer(_path().read_text(encoding="utf-8")):
        count, female, category = int(entry[2]), float(entry[3]), int(entry[4])
        if count >= MIN_COUNT and category == _GENDERED and (female <= MAX_MALE or female >= MIN_FEMALE):
            genders[entry[1]] = "f" if female >= MIN_FEMALE else "m"
    return genders


def _key(word: str) -> str:
    return fold(word).translate(_LETTERS)


def given_name_gender(word: str) -> str | None:
    """``m`` or ``f`` when ``word`` is a given name the data gives that gender with strong evidence, else None."""
    return _genders().get(_key(word))
