"""Synthetic articles of the seed family, for benchmarks: the seed sentences reshuffled per city."""

from __future__ import annotations

import random
import re
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
        text = _EURO.sub(lambda m: f"{int(m.group(1).replace('.', '')) + shift:,} €".replace(",", "."), text)
        articles.append((f"customer-service-{number:05d}.txt", text))
    return articles


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in synthetic_articles(count):
        (folder / name).write_text(text, encoding="utf-8")
    return folder
