"""The cache of extracted profiles gives the same cities as extracting, and never serves stale ones."""

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from app.core import library as library_module
from app.core.cache import ArticleCache, extractor_fingerprint
from app.core.library import load_cities
from tests.conftest import ROOT, SEEDS


def as_data(library):
    return [asdict(city) for city in library.cities]


def test_a_warm_load_equals_a_cold_one(tmp_path, vocabulary):
    cache = ArticleCache(tmp_path / "cache")
    cold = load_cities(SEEDS, vocabulary, cache)
    assert len(list((tmp_path / "cache").glob("??/*.json"))) == 2
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
    for entry in (tmp_path / "cache").glob("??/*.json"):
        entry.write_text('{"city": "Wrong", "bands": [[1]], "facts": []}', encoding="utf-8")
    assert as_data(load_cities(SEEDS, vocabulary, cache)) == as_data(cold)


def test_an_unwritable_cache_only_costs_speed(tmp_path, vocabulary):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    assert len(load_cities(SEEDS, vocabulary, ArticleCache(blocked)).cities) == 2


def age(folder, seconds=60):
    """Articles as if saved a minute ago: a file changed just now is always read again (see FolderSnapshot)."""
    for path in folder.glob("*.txt"):
        stamp = path.stat().st_mtime - seconds
        os.utime(path, (stamp, stamp))


def test_an_unchanged_folder_loads_without_opening_its_articles(tmp_path, vocabulary, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    age(seeds)
    cache = ArticleCache(tmp_path / "cache")
    cold = load_cities(seeds, vocabulary, cache)
    opened = []
    real_read = library_module.read_article_data
    monkeypatch.setattr(library_module, "read_article_data", lambda path: opened.append(path.name) or real_read(path))
    warm = load_cities(seeds, vocabulary, cache)
    assert opened == []
    assert [c.concept_ids("skill") for c in warm.cities] == [c.concept_ids("skill") for c in cold.cities]
    assert as_data(warm) == as_data(cold)  # asks for the quotes: now each article is read once
    assert sorted(opened) == sorted(p.name for p in seeds.glob("*.txt"))


def test_a_snapshot_notices_a_changed_removed_or_added_article(tmp_path, vocabulary):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    age(seeds)
    cache = ArticleCache(tmp_path / "cache")
    load_cities(seeds, vocabulary, cache)
    hagen = seeds / "customer-service-hagen.txt"
    hagen.write_text(hagen.read_text(encoding="utf-8").replace("Hagen", "Herdecke"), encoding="utf-8")
    (seeds / "customer-service-magdeburg.txt").unlink()
    assert [c.city for c in load_cities(seeds, vocabulary, cache).cities] == ["Herdecke"]


def test_a_damaged_snapshot_is_ignored(tmp_path, vocabulary):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    age(seeds)
    cache = ArticleCache(tmp_path / "cache")
    cold = load_cities(seeds, vocabulary, cache)
    one_bad_entry = {"fingerprint": extractor_fingerprint(), "folder": str(seeds.resolve()),
                     "files": {"customer-service-hagen.txt": [1]}}
    for damage in ('{"fingerprint": 1}', "[", json.dumps(one_bad_entry)):
        for snapshot in (tmp_path / "cache" / "folders").glob("*.json"):
            snapshot.write_text(damage, encoding="utf-8")
        assert as_data(load_cities(seeds, vocabulary, cache)) == as_data(cold)


def test_a_snapshot_of_another_folder_under_the_same_name_is_not_used(tmp_path, vocabulary):
    """Snapshot files are named by a short checksum of the folder: two folders may share one, never its cities."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    original = (SEEDS / "customer-service-magdeburg.txt").read_text(encoding="utf-8")
    (first / "city.txt").write_text(original, encoding="utf-8")
    (second / "city.txt").write_text(original.replace("Magdeburg", "Magdebork"), encoding="utf-8")  # same size
    age(first)
    age(second)
    stamp = (first / "city.txt").stat()
    # and the same time: only the folder differs
    os.utime(second / "city.txt", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    cache = ArticleCache(tmp_path / "cache")
    load_cities(first, vocabulary, cache)
    cache.snapshot(first).path.replace(cache.snapshot(second).path)
    assert [c.city for c in load_cities(second, vocabulary, cache).cities] == ["Magdebork"]


def test_another_extractor_reads_the_articles_again(tmp_path, vocabulary, monkeypatch):
    """An upgrade or an edit of what shapes extraction changes the fingerprint: nothing older is trusted."""
    from app.core import cache as cache_module

    assert all(f"{name}:" in extractor_fingerprint() for name in
               ("extract.py", "salary.py", "text.py", "cache.py", "vocabulary.json", "salary_cues.json"))
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    age(seeds)
    cache = ArticleCache(tmp_path / "cache")
    load_cities(seeds, vocabulary, cache)
    monkeypatch.setattr(cache_module, "extractor_fingerprint", lambda: "vocabulary.json:1:2")
    opened = []
    real_read = library_module.read_article_data
    monkeypatch.setattr(library_module, "read_article_data", lambda path: opened.append(path.name) or real_read(path))
    load_cities(seeds, vocabulary, cache)
    assert sorted(opened) == sorted(p.name for p in seeds.glob("*.txt"))


def test_every_module_extraction_imports_is_in_the_fingerprint():
    """Derived from what extracting an article really imports, in a fresh interpreter."""
    from app.core.cache import fingerprinted_files

    script = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
              "from app.core.vocabulary import load_vocabulary; from app.core.articles import Article; "
              "from app.core.extract import extract; import app.core.cache; "
              "extract(Article(Path('x.txt'), 'Kundenservice in Kiel\\nEinsteiger verdienen 2.400 Euro.'), "
              "load_vocabulary()); "
              "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('app.core')))")
    run = subprocess.run([sys.executable, "-c", script, str(ROOT)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    used = {Path(line).resolve() for line in run.stdout.split()}
    covered = {path.resolve() for path in fingerprinted_files()}
    assert used and used <= covered, used - covered
