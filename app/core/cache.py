"""Extracted city profiles kept in the per-user cache folder, so unchanged articles are not read twice.

An entry is found by the article's bytes and a fingerprint of everything that shapes extraction (its code,
the vocabulary, the salary cues): change any of them and old entries are simply never asked for again.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from app.core import extract as extract_module, salary as salary_module, text as text_module
from app.core.atomic import atomic_write
from app.core.cityprofile import CityProfile, Fact, SalaryBand
from app.core.resources import resource_path

_SHAPES_EXTRACTION = (extract_module, salary_module, text_module)


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    digest = hashlib.sha256()
    for module in _SHAPES_EXTRACTION:
        digest.update(Path(module.__file__).read_bytes())
    for data in ("vocabulary.json", "salary_cues.json"):
        digest.update(resource_path(data).read_bytes())
    return digest.hexdigest()


class ArticleCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def key(self, data: bytes) -> str:
        return hashlib.sha256(extractor_fingerprint().encode() + data).hexdigest()

    def get(self, key: str, text: str, source: str) -> CityProfile | None:
        try:
            stored = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
            return _profile(stored, text, source)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None  # missing or damaged: extract again

    def put(self, key: str, profile: CityProfile) -> None:
        try:
            (self.folder / key[:2]).mkdir(parents=True, exist_ok=True)
            atomic_write(self.folder / key[:2] / f"{key}.json", json.dumps(_stored(profile)).encode("utf-8"))
        except OSError:
            pass  # a full or read-only cache folder only costs speed


def _stored(profile: CityProfile) -> dict:
    """Offsets only: the quotes are cut from the article again, which has to be read anyway."""
    return {
        "city": profile.city,
        "bands": [[b.min_eur, b.max_eur, b.applies_to, list(b.requires), b.estimate, b.start, b.end]
                  for b in profile.salary_bands],
        "facts": [[f.category, f.concept, f.start, f.end, f.term, f.negated] for f in profile.facts],
    }


def _profile(stored: dict, text: str, source: str) -> CityProfile:
    bands = [SalaryBand(low, high, group, tuple(requires), estimate, text[start:end], start, end)
             for low, high, group, requires, estimate, start, end in stored["bands"]]
    facts = [Fact(category, concept, text[start:end], start, end, term, negated)
             for category, concept, start, end, term, negated in stored["facts"]]
    return CityProfile(stored["city"], source, bands, facts)
