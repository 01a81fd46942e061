"""Extracted city profiles kept in the per-user cache folder, so unchanged articles are not read twice.

Two layers. An article entry is found by the article's bytes and a fingerprint of everything that shapes
extraction (its code, the vocabulary, the salary cues): change any of them and old entries are simply never
asked for again. A folder snapshot lists, per file, its size and modification time with what scoring needs
(city, pay bands with their sentences, concepts named): an unchanged folder of a thousand articles loads from
one small file without opening the articles; the facts' quotes are read from an article only when it is explained.
Every file is checked on reading (see cache_rows): a damaged one is noted in the log and built again.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.atomic import atomic_write
from app.core.cache_rows import (
    ABSENT,
    DAMAGED,
    Damaged,
    Stamp,
    article_city,
    article_row,
    snapshot_city,
    snapshot_row,
)
from app.core.cityprofile import CityProfile, Fact
from app.core.lemmas import lemmatizer_file
from app.core.log import note
from app.core.regular_file import read_regular_file
from app.core.resources import resource_path

if TYPE_CHECKING:
    from app.core.vocabulary import Vocabulary

_JUST_CHANGED_NS = 2_000_000_000


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Size and modification time of each file that may shape extraction, as Python checks a .pyc against its
    source: any edit or upgrade changes it, and a warm start needs neither to read nor to hash them."""
    return " ".join(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}" for path in fingerprinted_files()
                    for stat in [path.stat()])


def fingerprinted_files() -> list[Path]:
    """Every engine module (derived, not listed: a module that starts to shape extraction cannot be forgotten;
    a change to one that does not costs one re-read of the articles), the data extraction reads, and the
    lemmatizer's dictionary."""
    engine = Path(__file__).parent
    files = sorted(engine.rglob("*.py"))
    files += [resource_path(data) for data in ("vocabulary.json", "salary_cues.json", "scope_cues.json")]
    files.append(lemmatizer_file())
    return files


class ArticleCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._noted_unwritable = False

    def key(self, data: bytes) -> str:
        import hashlib  # only for an article the snapshot does not know: a warm start never loads OpenSSL

        return hashlib.sha256(extractor_fingerprint().encode() + data).hexdigest()

    def get(self, key: str, text: str, source: str, vocabulary: Vocabulary) -> CityProfile | None:
        path = self._entry(key)
        try:
            return article_city(json.loads(read_regular_file(path)), text, source, vocabulary)
        except ABSENT:
            return None
        except DAMAGED as error:
            note("the cache entry %s for %s is damaged (%s): the article is read again", path, Path(source).name,
                 error)
            return None

    def put(self, key: str, profile: CityProfile) -> None:
        self.write(self._entry(key), article_row(profile))

    def snapshot(self, articles: Path) -> FolderSnapshot:
        folder = str(Path(articles).resolve())
        name = f"{Path(folder).name[:40]}-{zlib.crc32(folder.encode()):08x}"  # the folder itself is kept inside
        return FolderSnapshot(self, self.folder / "folders" / f"{name}.json", folder)

    def write(self, path: Path, data: dict | list) -> None:
        """A cache that cannot be written (full, read-only, a file in its place) only costs speed: noted once."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, json.dumps(data).encode("ascii"))  # \u-escaped: Python parses it ~40 % faster
        except OSError as error:
            if not self._noted_unwritable:
                note("the cache %s cannot be written (%s): articles are read again at every start", self.folder,
                     error.strerror or error)
                self._noted_unwritable = True

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"


class StoredCity(CityProfile):
    """A profile from a folder snapshot: its facts, with their quotes, are read from the article when first used."""

    load_facts: Callable[[], list[Fact]] = list
    _facts: list[Fact] | None  # None until first used

    @property
    def facts(self) -> list[Fact]:
        if self._facts is None:
            self._facts = self.load_facts()
        return self._facts

    @facts.setter
    def facts(self, value: list[Fact] | None) -> None:
        self._facts = value


class FolderSnapshot:
    def __init__(self, cache: ArticleCache, path: Path, folder: str):
        self.cache, self.path, self.folder = cache, path, folder
        self._known: dict[str, list] = {}
        self._seen: dict[str, list] = {}
        try:
            stored = json.loads(read_regular_file(path))
            if stored["fingerprint"] == extractor_fingerprint() and stored["folder"] == folder:
                self._known = stored["files"]  # else from another extractor or folder: read the articles
                if type(self._known) is not dict:
                    raise Damaged("files")
        except ABSENT:
            pass
        except DAMAGED as error:
            note("the cache snapshot %s is damaged (%s): the articles are read again", path, error)
            self._known = {}

    def get(self, path: Path, stamp: Stamp, vocabulary: Vocabulary,
            load_facts: Callable[[], list[Fact]]) -> CityProfile | None:
        """The city of an article unchanged since it was put here; load_facts reads its quotes when needed."""
        entry = self._known.get(path.name)
        if entry is None:
            return None
        try:
            stored = snapshot_city(entry, stamp, vocabulary)
        except DAMAGED as error:
            note("the cache snapshot %s is damaged at %s (%s): the article is read again", self.path, path.name,
                 error)
            return None
        if stored is None:
            return None  # changed since
        city, bands, summary = stored
        profile = StoredCity(city, str(path), bands, None)  # type: ignore[arg-type]  # facts: loaded when first used
        profile.summary = summary
        profile.load_facts = load_facts
        self._seen[path.name] = entry
        return profile

    def put(self, path: Path, stamp: Stamp, profile: CityProfile) -> None:
        if time.time_ns() - stamp[1] < _JUST_CHANGED_NS:
            return  # another edit within the clock's granularity could keep this stamp: read it again next time
        self._seen[path.name] = snapshot_row(stamp, profile)

    def save(self) -> None:
        """Written only when something changed: files that are gone are forgotten, new ones remembered."""
        if self._seen != self._known:
            self.cache.write(self.path, {"fingerprint": extractor_fingerprint(), "folder": self.folder,
                                         "files": self._seen})
