"""All city profiles of a seeds folder; unreadable articles become warnings, never failures."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core import collector
from app.core.articles import (
    MAX_ARTICLE_BYTES,
    Article,
    ArticleError,
    article_files,
    read_article,
    read_article_data,
)
from app.core.cache import ArticleCache, FolderSnapshot
from app.core.cache_rows import Stamp
from app.core.cityprofile import CityProfile, Fact
from app.core.messages import Said, UserError
from app.core.paths import ensure
from app.core.resources import bundled_dir
from app.core.vocabulary import Vocabulary
from app.core.web_text import PASTED, is_wall


class SeedsError(UserError):
    """The seeds folder itself is unusable."""


@dataclass
class CityLibrary:
    cities: list[CityProfile] = field(default_factory=list)
    warnings: list[ArticleError] = field(default_factory=list)
    added_folder: Path | None = None  # where the user's own articles live (see add_article)

    def is_added(self, city: CityProfile) -> bool:
        return self.added_folder is not None and Path(city.source).parent == self.added_folder


def default_seeds() -> Path:
    return bundled_dir("seeds")


def load_cities(folder: Path, vocabulary: Vocabulary, cache: ArticleCache | None = None,
                added: Path | None = None) -> CityLibrary:
    """The articles of `folder`, then those the user added in `added` (a folder that may not exist yet)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SeedsError("seeds_missing", folder=str(folder))
    library = CityLibrary(added_folder=added)
    first_source: dict[str, str] = {}
    with collector.paused():
        for source in [folder] + ([added] if added is not None and added.is_dir() else []):
            _load_folder(source, library, first_source, vocabulary, cache)
    if not library.cities and not library.warnings:
        library.warnings.append(ArticleError("no_articles", None, folder=str(folder)))
    return library


def _load_folder(folder: Path, library: CityLibrary, first_source: dict[str, str], vocabulary: Vocabulary,
                 cache: ArticleCache | None) -> None:
    snapshot = cache.snapshot(folder) if cache else None
    for path, stamp in article_files(folder):
        try:
            city = _city(path, stamp, vocabulary, cache, snapshot)
        except ArticleError as warning:
            library.warnings.append(warning)
            continue
        key = city.city.casefold()
        if key in first_source:  # one profile per city; the first file (by name) wins
            library.warnings.append(ArticleError("article_duplicate_city", file=path.name, city=city.city,
                                                 first=first_source[key]))
            continue
        first_source[key] = path.name
        library.cities.append(city)
    if snapshot:
        snapshot.save()


def read_new_article(source: Path, vocabulary: Vocabulary) -> tuple[bytes, CityProfile]:
    """An article the user offers, read and extracted (the long part, on a worker thread; changes nothing);
    ArticleError says why it cannot be one."""
    from app.core.extract import extract

    try:
        data, text = read_article_data(source)
    except ArticleError as error:
        raise error.not_added() from None
    city = extract(Article(source, text), vocabulary)
    if not city.salary_bands and not city.facts:
        raise ArticleError("article_says_nothing", "not_added", file=source.name)
    return data, city


def read_pasted_article(text: str, vocabulary: Vocabulary) -> tuple[bytes, CityProfile]:
    """Pasted text (see web_text.pasted_text), checked as a file is (empty, too large, only a login or cookie
    wall, says nothing) and extracted; the city must be named in its first lines, as there is no file name to
    fall back on. The bytes to keep are the text in UTF-8."""
    from app.core.extract import extract

    text = unicodedata.normalize("NFC", text)
    data = text.encode("utf-8")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError("article_too_large", "not_added", file=PASTED, megabytes=len(data) // 1_000_000)
    if not text.strip():
        raise ArticleError("article_empty", "not_added", file=PASTED)
    if is_wall(text):
        raise ArticleError("page_only_wall", "not_added", file=PASTED)
    city = extract(Article(_NO_NAME, text), vocabulary)
    if not city.salary_bands and not city.facts:
        raise ArticleError("article_says_nothing", "not_added", file=PASTED)
    if not city.city:
        raise ArticleError("pasted_no_city", "not_added")
    return data, city


_NO_NAME = Path("")  # pasted text: a city the text does not name is not guessed from a file name


def add_article(source: Path | None, data: bytes, city: CityProfile, library: CityLibrary) -> CityProfile:
    """Copies an article read by read_new_article (from `source`) or read_pasted_article (`source` None: saved
    under the city's name) into the user's folder as a .txt file, and adds its city."""
    from app.core.atomic import atomic_write

    assert library.added_folder is not None
    name: str | Said = source.name if source is not None else PASTED
    known = next((known for known in library.cities if known.city.casefold() == city.city.casefold()), None)
    if known is not None:  # only a city the user added can be removed to make room
        key = "article_city_added" if library.is_added(known) else "article_city_exists"
        raise ArticleError(key, "not_added", file=name, city=city.city)
    target = _free_name(library.added_folder, source.stem if source is not None else _file_stem(city.city))
    try:
        ensure(library.added_folder)
        atomic_write(target, data)
    except OSError as error:
        raise ArticleError("article_not_copied", "not_added", file=name, reason=error) from error
    city = replace(city, source=str(target))  # same text, so the same facts: no second extraction
    library.cities.append(city)
    return city


def remove_article(city: CityProfile, library: CityLibrary) -> None:
    """Deletes the copy of a user-added article (the user's original stays where it was)."""
    if not library.is_added(city):
        raise ArticleError("article_bundled", None, file=Path(city.source).name, city=city.city)
    try:
        Path(city.source).unlink(missing_ok=True)
    except OSError as error:
        raise ArticleError("article_not_removed", None, file=Path(city.source).name,
                           reason=error) from error
    library.cities.remove(city)


def _free_name(folder: Path, stem: str) -> Path:
    """A free .txt name that the next start will read too: no leading dot (hidden files are skipped) and
    short enough for any file system."""
    stem = stem.lstrip(".")[:120] or "artikel"
    candidate, number = folder / f"{stem}.txt", 2
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}.txt", number + 1
    return candidate


def _file_stem(city: str) -> str:
    """"kiel", "frankfurt-am-main", "halle-saale": a file name for a city, from the letters of its name."""
    words = "".join(char if char.isalnum() else " " for char in city.casefold()).split()
    return "-".join(words)


def _city(path: Path, stamp: Stamp, vocabulary: Vocabulary, cache: ArticleCache | None,
          snapshot: FolderSnapshot | None) -> CityProfile:
    if cache is None or snapshot is None:
        from app.core.extract import extract

        return extract(read_article(path), vocabulary)
    city = snapshot.get(path, stamp, vocabulary, lambda: _facts(path, vocabulary, cache))
    if city is None:
        city = _read_cached(path, vocabulary, cache)
        snapshot.put(path, stamp, city)
    return city


def _read_cached(path: Path, vocabulary: Vocabulary, cache: ArticleCache) -> CityProfile:
    """The article as it is now: from the cache when its bytes are known there, else extracted and kept."""
    data, text = read_article_data(path)
    key = cache.key(data)
    city = cache.get(key, text, str(path), vocabulary)
    if city is None:
        from app.core.extract import extract  # not needed, nor imported, while every article is cached

        city = extract(Article(path, text), vocabulary)
        cache.put(key, city)
    return city


def _facts(path: Path, vocabulary: Vocabulary, cache: ArticleCache) -> list[Fact]:
    """The quotes of a city loaded from a snapshot; an article changed since then is read as it is now."""
    try:
        return _read_cached(path, vocabulary, cache).facts
    except ArticleError:
        return []  # gone since start-up: explained without quotes
