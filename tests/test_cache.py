"""The cache of extracted profiles gives the same cities as extracting, and never serves stale ones."""

import shutil
from dataclasses import asdict

from app.core.cache import ArticleCache
from app.core.library import load_cities
from tests.conftest import SEEDS


def as_data(library):
    return [asdict(city) for city in library.cities]


def test_a_warm_load_equals_a_cold_one(tmp_path, vocabulary):
    cache = ArticleCache(tmp_path / "cache")
    cold = load_cities(SEEDS, vocabulary, cache)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 2
    warm = load_cities(SEEDS, vocabulary, cache)
    assert as_data(warm) == as_data(cold) == as_data(load_cities(SEEDS, vocabulary))


def test_an_edited_article_is_extracted_again(tmp_path, vocabulary):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache = ArticleCache(tmp_path / "cache")
    load_cities(seeds, vocabulary, cache)
    hagen = seeds / "customer-service-hagen.txt"
    hagen.write_text(hagen.read_text(encoding="utf-8").replace("2.400 € bis 2.800 €", "2.500 € bis 2.900 €"),
                     encoding="utf-8")
    city = next(c for c in load_cities(seeds, vocabulary, cache).cities if c.city == "Hagen")
    assert (city.salary_bands[0].min_eur, city.salary_bands[0].max_eur) == (2500, 2900)


def test_a_damaged_cache_entry_is_ignored(tmp_path, vocabulary):
    cache = ArticleCache(tmp_path / "cache")
    cold = load_cities(SEEDS, vocabulary, cache)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text('{"city": "Wrong", "bands": [[1]], "facts": []}', encoding="utf-8")
    assert as_data(load_cities(SEEDS, vocabulary, cache)) == as_data(cold)


def test_an_unwritable_cache_only_costs_speed(tmp_path, vocabulary):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    assert len(load_cities(SEEDS, vocabulary, ArticleCache(blocked)).cities) == 2
