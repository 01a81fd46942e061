"""All city profiles of a seeds folder; unreadable articles become warnings, never failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.articles import Article, ArticleError, article_files, read_article, read_article_data
from app.core.cache import ArticleCache, FolderSnapshot, Stamp
from app.core.cityprofile import CityProfile, Fact
from app.core.messages import UserError
from app.core.resources import bundled_dir
from app.core.vocabulary import Vocabulary


class SeedsError(UserError):
    """The seeds folder itself is unusable."""


@dataclass
class CityLibrary:
    cities: list[CityProfile] = field(default_factory=list)
    warnings: list[ArticleError] = field(default_factory=list)


def default_seeds() -> Path:
    return bundled_dir("seeds")


def load_cities(folder: Path, vocabulary: Vocabulary, cache: ArticleCache | None = None) -> CityLibrary:
    folder = Path(folder)
    if not folder.is_dir():
        raise SeedsError("seeds_missing", folder=str(folder))
    library = CityLibrary()
    files = article_files(folder)
    if not files:
        library.warnings.append(ArticleError("no_articles", folder=str(folder)))
    snapshot = cache.snapshot(folder) if cache else None
    first_source: dict[str, str] = {}
    for path, stamp in files:
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
    return library


def _city(path: Path, stamp: Stamp, vocabulary: Vocabulary, cache: ArticleCache | None,
          snapshot: FolderSnapshot | None) -> CityProfile:
    if cache is None or snapshot is None:
        from app.core.extract import extract

        return extract(read_article(path), vocabulary)
    city = snapshot.get(path, stamp, lambda: _facts(path, vocabulary, cache))
    if city is None:
        data, text = read_article_data(path)
        city = _cached_or_extracted(Article(path, text), cache.key(data), vocabulary, cache)
        snapshot.put(path, stamp, city)
    return city


def _cached_or_extracted(article: Article, key: str, vocabulary: Vocabulary, cache: ArticleCache) -> CityProfile:
    city = cache.get(key, article.text, str(article.path))
    if city is None:
        from app.core.extract import extract  # not needed, nor imported, while every article is cached

        city = extract(article, vocabulary)
        cache.put(key, city)
    return city


def _facts(path: Path, vocabulary: Vocabulary, cache: ArticleCache) -> list[Fact]:
    """The quotes of a city loaded from a snapshot; an article changed since then is read as it is now."""
    try:
        data, text = read_article_data(path)
    except ArticleError:
        return []  # gone since start-up: explained without quotes
    return _cached_or_extracted(Article(path, text), cache.key(data), vocabulary, cache).facts
