"""All city profiles of a seeds folder; unreadable articles become warnings, never failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.articles import ArticleError, article_paths, read_article_data
from app.core.cache import ArticleCache
from app.core.articles import Article
from app.core.cityprofile import CityProfile
from app.core.extract import extract
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
    paths = article_paths(folder)
    if not paths:
        library.warnings.append(ArticleError("no_articles", folder=str(folder)))
    first_source: dict[str, str] = {}
    for path in paths:
        try:
            city = _city(path, vocabulary, cache)
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
    return library


def _city(path: Path, vocabulary: Vocabulary, cache: ArticleCache | None) -> CityProfile:
    data, text = read_article_data(path)
    article = Article(path, text)
    if cache is None:
        return extract(article, vocabulary)
    key = cache.key(data)
    city = cache.get(key, article.text, str(path))
    if city is None:
        city = extract(article, vocabulary)
        cache.put(key, city)
    return city
