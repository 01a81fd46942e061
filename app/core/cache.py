"""Extracted city profiles kept in the per-user cache folder, so unchanged articles are not read twice.

Two layers. An article entry is found by the article's bytes and a fingerprint of everything that shapes
extraction (its code, the vocabulary, the salary cues): change any of them and old entries are simply never
asked for again. A folder snapshot lists, per file, its size and modification time with what scoring needs
(city, pay bands, concepts named): an unchanged folder of a thousand articles loads from one small file
without opening the articles; the quotes are read from an article only when it is explained.
"""

from __future__ import annotations

import json
import time
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Callable

from app.core.atomic import atomic_write
from app.core.cityprofile import CityProfile, Fact, SalaryBand
from app.core.lemmas import lemmatizer_file
from app.core.resources import resource_path

# Read, not imported (a warm start needs none of them); cache.py itself because it defines the stored format.
_SHAPES_EXTRACTION = ("extract.py", "salary.py", "text.py", "cache.py", "cityprofile.py", "vocabulary.py",
                      "articles.py", "city_name.py", "lemmas.py", "terms.py", "sentence.py", "scope.py")

Stamp = tuple[int, int]  # a file's size and modification time in nanoseconds
_JUST_CHANGED_NS = 2_000_000_000


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Size and modification time of each file that shapes extraction, as Python checks a .pyc against its
    source: any edit or upgrade changes it, and a warm start needs neither to read nor to hash them."""
    files = [Path(__file__).parent / module for module in _SHAPES_EXTRACTION]
    files += [resource_path(data) for data in ("vocabulary.json", "salary_cues.json", "scope_cues.json")]
    files.append(lemmatizer_file())
    return " ".join(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}" for path in files for stat in [path.stat()])


class ArticleCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def key(self, data: bytes) -> str:
        import hashlib  # only for an article the snapshot does not know: a warm start never loads OpenSSL

        return hashlib.sha256(extractor_fingerprint().encode() + data).hexdigest()

    def get(self, key: str, text: str, source: str) -> CityProfile | None:
        try:
            stored = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
            return _profile(stored, text, source)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None  # missing or damaged: extract again

    def put(self, key: str, profile: CityProfile) -> None:
        _write_quietly(self.folder / key[:2] / f"{key}.json", _stored(profile))

    def snapshot(self, articles: Path) -> "FolderSnapshot":
        folder = str(Path(articles).resolve())
        name = f"{Path(folder).name[:40]}-{zlib.crc32(folder.encode()):08x}"  # the folder itself is kept inside
        return FolderSnapshot(self.folder / "folders" / f"{name}.json", folder)


class StoredCity(CityProfile):
    """A profile from a folder snapshot: its facts, with their quotes, are read from the article when first used."""

    load_facts: Callable[[], list[Fact]] = list

    @property  # type: ignore[override]
    def facts(self) -> list[Fact]:
        if self._facts is None:
            self._facts = self.load_facts()
        return self._facts

    @facts.setter
    def facts(self, value: list[Fact] | None) -> None:
        self._facts = value


class FolderSnapshot:
    def __init__(self, path: Path, folder: str):
        self.path, self.folder = path, folder
        self._seen: dict[str, list] = {}
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            same = stored["fingerprint"] == extractor_fingerprint() and stored["folder"] == folder
            self._known = stored["files"] if same else {}
        except (OSError, ValueError, KeyError, TypeError):
            self._known = {}  # none yet, damaged, from another extractor or folder: read the articles

    def get(self, path: Path, stamp: Stamp, load_facts: Callable[[], list[Fact]]) -> CityProfile | None:
        """The city of an article unchanged since it was put here; load_facts reads its quotes when needed."""
        entry = self._known.get(path.name)
        try:
            size, mtime, city, bands, summary = entry  # type: ignore[misc]
            if (size, mtime) != stamp:
                return None
            profile = StoredCity(city, str(path), [_band(row, quote) for *row, quote in bands], None)
            profile.summary = summary
        except (ValueError, TypeError):
            return None  # not known, or damaged
        profile.load_facts = load_facts
        self._seen[path.name] = entry
        return profile

    def put(self, path: Path, stamp: Stamp, profile: CityProfile) -> None:
        if time.time_ns() - stamp[1] < _JUST_CHANGED_NS:
            return  # another edit within the clock's granularity could keep this stamp: read it again next time
        bands = [[*_band_row(band), band.quote] for band in profile.salary_bands]
        self._seen[path.name] = [*stamp, profile.city, bands, profile.summary]

    def save(self) -> None:
        """Written only when something changed: files that are gone are forgotten, new ones remembered."""
        if self._seen != self._known:
            _write_quietly(self.path, {"fingerprint": extractor_fingerprint(), "folder": self.folder,
                                       "files": self._seen})


def _write_quietly(path: Path, data: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(data).encode("ascii"))  # \u-escaped: Python parses it ~40 % faster
    except OSError:
        pass  # a full or read-only cache folder only costs speed


def _stored(profile: CityProfile) -> dict:
    """Offsets only: the quotes are cut from the article again, which has to be read anyway."""
    return {
        "city": profile.city,
        "bands": [_band_row(band) for band in profile.salary_bands],
        "facts": [[f.category, f.concept, f.start, f.end, f.term, f.negated, f.occasional, f.uncertain]
                  for f in profile.facts],
    }


def _band_row(band: SalaryBand) -> list:
    """A pay band as stored, without its quote (cut from the article, or kept beside it in a snapshot)."""
    return [band.min_eur, band.max_eur, band.applies_to, list(band.requires), band.needs_experience, band.estimate,
            band.start, band.end]


def _band(row: list, quote: str) -> SalaryBand:
    low, high, group, requires, needs_experience, estimate, start, end = row
    return SalaryBand(low, high, group, tuple(requires), needs_experience, estimate, quote, start, end)


def _profile(stored: dict, text: str, source: str) -> CityProfile:
    bands = [_band(row, text[row[-2]:row[-1]]) for row in stored["bands"]]
    facts = [Fact(category, concept, text[start:end], start, end, term, negated, occasional, uncertain)
             for category, concept, start, end, term, negated, occasional, uncertain in stored["facts"]]
    return CityProfile(stored["city"], source, bands, facts)
