"""Words of a text with their offsets, surface forms and lemmas: what the vocabulary is matched against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "à": "a"})
# Words split at hyphens ("Social-Media-Kanälen" is three words), the first parts of a coordination
# ("Schicht-, Nacht- oder Wochenendarbeit" keeps "schicht-" and "nacht-"), and the punctuation that ends a clause.
_TOKEN = re.compile(r"[^\W_]+-(?=[\s,/])|[^\W_]+|[,;:()?!–—]|(?<=\s)-(?=\s)")
PUNCTUATION = frozenset(",;:()?!–—-")
_ENDINGS = ("en", "n", "e", "s", "er", "ern", "es")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    form: str  # folded surface form: lower case, umlauts spelled out
    lemma: str  # folded dictionary form ("Versicherungsgesellschaften" -> "versicherungsgesellschaft")
    capitalised: bool
    first_part: bool = False  # "Schicht-" in "Schicht-, Nacht- oder Wochenendarbeit"

    @property
    def is_punctuation(self) -> bool:
        return self.form in PUNCTUATION

    @property
    def endings_off(self) -> tuple[str, ...]:
        """The form without a plural or case ending, for compound tails the dictionary does not know:
        "Produktschulungen" ends in "schulung"."""
        form = self.form
        return tuple(form[:-len(end)] for end in _ENDINGS if form.endswith(end) and len(form) - len(end) >= 4)


def fold_word(word: str) -> str:
    return word.casefold().translate(_FOLD)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    found = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match.group(0)
        found.append(Token(match.start(), match.end(), fold_word(word), lemma(word), word[:1].isupper(),
                           len(word) > 1 and word.endswith("-")))
    return found


MAX_LEMMA_LENGTH = 60  # longer "words" (a run of letters) are no dictionary words; the rules would take ages


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    if not word[:1].isalpha() or word.endswith("-") or len(word) > MAX_LEMMA_LENGTH:
        return fold_word(word)
    return fold_word(_lemmatize(word))


def _lemmatize(word: str) -> str:
    import simplemma  # loads its German dictionary (~1 s) on first use: only extraction needs it

    return simplemma.lemmatize(word, lang="de")


def lemmatizer_file() -> Path:
    """The lemmatizer's module file: its size and time change with every upgrade. Found without importing it or
    reading package metadata (~35 ms), since the start-up with every article cached checks it."""
    from importlib.util import find_spec

    spec = find_spec("simplemma")
    assert spec is not None and spec.origin is not None  # installed with CityFit, as a module file
    return Path(spec.origin)
