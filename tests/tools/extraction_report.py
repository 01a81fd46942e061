"""Extraction quality over the development corpus (tests/corpus): recall, invented facts, pay bands.

    .venv/bin/python -m tests.tools.extraction_report            # the table
    .venv/bin/python -m tests.tools.extraction_report --details  # and what each article missed or invented
    .venv/bin/python -m tests.tools.extraction_report --holdout  # the same over tests/holdout

Each article `<name>.txt` has `<name>.json` with the concepts a careful reader finds, the ones that must not be
found (traps), the ruled-out conditions and the pay bands (see tests/corpus/README.md)."""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from app.core.articles import read_article
from app.core.extract import extract
from app.core.vocabulary import CATEGORIES, load_vocabulary

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HOLDOUT = Path(__file__).resolve().parent.parent / "holdout"  # a new writer's articles, before they join the corpus
PAY_TOLERANCE = 2  # euros: rounding an hourly or yearly figure


@dataclass
class ArticleScore:
    name: str
    register: str
    city_right: bool
    expected: set[str]
    found: set[str]
    traps_found: set[str]
    unlisted: set[str]
    missed_bands: list[dict] = field(default_factory=list)
    extra_bands: list[tuple] = field(default_factory=list)
    bands: int = 0
    seconds: float = 0.0

    @property
    def hits(self) -> int:
        return len(self.expected & self.found)

    @property
    def invented(self) -> set[str]:
        return self.traps_found | self.unlisted


def annotated_articles(folder: Path = CORPUS) -> list[tuple[Path, dict]]:
    return [(path, json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
            for path in sorted(folder.glob("*.txt"))]


def score(path: Path, truth: dict, vocabulary) -> ArticleScore:
    started = time.perf_counter()
    city = extract(read_article(path), vocabulary)
    seconds = time.perf_counter() - started
    expected = {c for category in CATEGORIES for c in truth["concepts"].get(category, ())}
    expected |= {f"not:{c}" for c in truth.get("ruled_out", ())}
    found = {c for category in CATEGORIES for c in city.concept_ids(category)}
    found |= {f"not:{f.concept}" for f in city.facts if f.negated}
    traps = set(truth.get("absent", ()))
    result = ArticleScore(path.stem, truth["register"], city.city == truth["city"], expected, found,
                          traps_found=found & traps, unlisted=found - expected - traps, seconds=seconds)
    _score_bands(result, truth.get("pay", []), city.salary_bands)
    return result


def _score_bands(result: ArticleScore, expected: list[dict], bands) -> None:
    left = list(bands)
    result.bands = len(expected)
    for band in expected:
        match = next((b for b in left if _same_band(band, b)), None)
        if match is None:
            result.missed_bands.append(band)
        else:
            left.remove(match)
    result.extra_bands = [(b.min_eur, b.max_eur, b.applies_to, "estimate" if b.estimate else "") for b in left]


def _same_band(expected: dict, band) -> bool:
    if expected.get("estimate"):
        return band.estimate and band.applies_to == expected["group"]

    def close(a, b):
        return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= PAY_TOLERANCE)

    return (not band.estimate and band.applies_to == expected["group"]
            and close(expected.get("min"), band.min_eur) and close(expected.get("max"), band.max_eur))


def corpus_scores(folder: Path = CORPUS) -> list[ArticleScore]:
    vocabulary = load_vocabulary()
    return [score(path, truth, vocabulary) for path, truth in annotated_articles(folder)]


def summary(scores: list[ArticleScore]) -> dict:
    expected = sum(len(s.expected) for s in scores)
    bands = sum(s.bands for s in scores)
    return {
        "articles": len(scores),
        "cities_named": sum(s.city_right for s in scores),
        "recall": sum(s.hits for s in scores) / expected if expected else 1.0,
        "invented": sum(len(s.invented) for s in scores),
        "traps_found": sum(len(s.traps_found) for s in scores),
        "bands_right": bands - sum(len(s.missed_bands) for s in scores),
        "bands": bands,
        "extra_bands": sum(len(s.extra_bands) for s in scores),
        "ms_per_article": 1000 * sum(s.seconds for s in scores[1:]) / max(1, len(scores) - 1),
    }


def main(argv: list[str]) -> int:
    scores = corpus_scores(HOLDOUT if "--holdout" in argv else CORPUS)
    by_register = defaultdict(list)
    for item in scores:
        by_register[item.register].append(item)
    print("| set | articles | city named | concepts found | invented facts | pay bands right | extra bands |")
    print("|---|---|---|---|---|---|---|")
    for register, items in [*sorted(by_register.items()), ("all", scores)]:
        s = summary(items)
        print(f"| {register} | {s['articles']} | {s['cities_named']}/{s['articles']} | {s['recall']:.0%} | "
              f"{s['invented']} | {s['bands_right']}/{s['bands']} | {s['extra_bands']} |")
    print(f"\nextraction: {summary(scores)['ms_per_article']:.1f} ms per article (after the first)")
    if "--details" in argv:
        for item in scores:
            missed = sorted(item.expected - item.found)
            if missed or item.invented or item.missed_bands or item.extra_bands or not item.city_right:
                print(f"\n{item.name}: city {'ok' if item.city_right else 'WRONG'}")
                for label, values in (("missed", missed), ("traps found", sorted(item.traps_found)),
                                      ("unlisted", sorted(item.unlisted)), ("missed bands", item.missed_bands),
                                      ("extra bands", item.extra_bands)):
                    if values:
                        print(f"  {label}: {values}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
