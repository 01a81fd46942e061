"""Synthetic articles of the seed family, for benchmarks: the seed sentences reshuffled per city."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_EURO = re.compile(r"(\d\.\d{3}) €")


def synthetic_articles(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(file name, text) pairs: every city a different mix of the seeds' sentences and pay figures."""
    rng = random.Random(seed)
    bodies = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        bodies.append((lines[0].rsplit(" in ", 1)[1], lines[1:]))
    articles = []
    for number in range(count):
        city = f"Teststadt {number:05d}"
        original, lines = bodies[number % len(bodies)]
        kept = [line.replace(original, city) for line in lines if rng.random() < 0.85]
        shift = rng.randrange(-3, 6) * 100
        text = "\n".join([f"Customer Service Jobs und Stellenangebote in {city}", *kept])
        text = _EURO.sub(lambda m, shift=shift: f"{int(m.group(1).replace('.', '')) + shift:,} €".replace(",", "."),
                         text)
        articles.append((f"customer-service-{number:05d}.txt", text))
    return articles


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in synthetic_articles(count):
        (folder / name).write_text(text, encoding="utf-8")
    return folder



def pay_moved(city, shift: int):
    """The city with every pay figure moved by `shift` €."""
    def moved(value):
        return None if value is None else value + shift
    return replace(city, salary_bands=[replace(band, min_eur=moved(band.min_eur), max_eur=moved(band.max_eur))
                                       for band in city.salary_bands])


def pay_spread(cities: list, amounts: int) -> list:
    """The cities with their pay moved by 0 … amounts-1 € (by place in the list): pay that takes hundreds of
    values, as in a large library of real articles."""
    return [pay_moved(city, place % amounts) for place, city in enumerate(cities)]
