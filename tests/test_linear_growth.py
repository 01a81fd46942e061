"""Fuzz: articles built from adversarial pieces cost time and cache space in proportion to their length.

Each article is built twice from the same pieces, the second time four times as long: either every run in it
is four times as long, or the whole is repeated four times. Linear work grows about four times, quadratic
work sixteen times. The bounds leave room for
a busy machine (the benchmark prints the real figures); they fail on anything quadratic.
"""

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.articles import Article
from app.core.cache import ArticleCache
from app.core.extract import extract
from app.core.library import load_cities

GROWTH = 4
TIME_BOUND = 10  # times as long for 4 times the text; quadratic work would take 16 times as long
SIZE_BOUND = 6  # times as large a cache for 4 times the text
TITLE = "Kundenservice Jobs und Stellenangebote in Teststadt\n"

# Each kind of piece, about n characters long: the runs earlier versions of the extractor were quadratic on.
PIECES = {
    "dots": lambda n: "." * n + "Ende",  # no space after: every end mark once started a new search
    "ellipses": lambda n: "…" * n + "!x",
    "spaces in a pay phrase": lambda n: "zwischen" + " " * (n // 2) + "2.100 und" + "\t" * (n // 2) + "2.400 Euro",
    "newlines": lambda n: "Gehalt\n" * (n // 7),
    "a vocabulary word repeated": lambda n: "Schichtdienst" * (n // 13),
    "a list of languages": lambda n: ", ".join(["Englischkenntnisse"] * (n // 20)) + ".",
    "truncated compounds": lambda n: " ".join(["Früh-,"] * (n // 7)) + " Spätschicht.",
    "amounts": lambda n: " ".join(f"{2000 + i}" + (" Euro," if i % 2 else " €") for i in range(n // 10)) + ".",
    "a huge number": lambda n: "9" * n + " Euro.",
    "words without punctuation": lambda n: " ".join(["Kundenservice", "Gehalt", "nicht", "vielleicht"] * (n // 40)),
    "quotes and brackets": lambda n: ("„" + "(" + "–") * (n // 3),
    "normal sentences": lambda n: "Einsteiger verdienen 2.400 Euro und brauchen Englisch. " * (n // 55),
}

articles = st.lists(st.tuples(st.sampled_from(sorted(PIECES)), st.integers(300, 4000)), min_size=1, max_size=4)
LONGER_RUNS, MORE_OFTEN = "longer runs", "more often"


def article_text(pieces, growth: int, how: str) -> str:
    runs = growth if how == LONGER_RUNS else 1
    body = " ".join(PIECES[kind](length * runs) for kind, length in pieces) + "\n"
    return TITLE + body * (growth if how == MORE_OFTEN else 1)


def extraction_seconds(text: str, vocabulary) -> float:
    article = Article(Path("teststadt.txt"), text)
    best = float("inf")
    for _ in range(2):  # the better of two: a busy moment on the machine is not the extractor's cost
        started = time.process_time()
        extract(article, vocabulary)
        best = min(best, time.process_time() - started)
    return best


def cache_bytes(text: str, folder: Path, vocabulary) -> int:
    articles = folder / "articles"
    articles.mkdir(parents=True)
    (articles / "teststadt.txt").write_text(text, encoding="utf-8")
    load_cities(articles, vocabulary, ArticleCache(folder / "cache"))
    return sum(path.stat().st_size for path in (folder / "cache").rglob("*") if path.is_file())


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=articles, how=st.sampled_from([LONGER_RUNS, MORE_OFTEN]))
def test_extraction_time_and_cache_size_grow_linearly(vocabulary, tmp_path_factory, pieces, how):
    small, large = article_text(pieces, 1, how), article_text(pieces, GROWTH, how)
    extract(Article(Path("warm.txt"), small), vocabulary)  # the lemmatizer's dictionary, loaded once
    small_seconds = max(extraction_seconds(small, vocabulary), 0.005)  # below that, fixed costs and noise dominate
    large_seconds = extraction_seconds(large, vocabulary)
    assert large_seconds <= TIME_BOUND * small_seconds, (len(small), small_seconds, len(large), large_seconds)
    small_cache = cache_bytes(small, tmp_path_factory.mktemp("small"), vocabulary)
    large_cache = cache_bytes(large, tmp_path_factory.mktemp("large"), vocabulary)
    assert large_cache <= SIZE_BOUND * small_cache + 4096, (len(small), small_cache, len(large), large_cache)
