"""How well CityFit reads the job ads of tests/jobs against their annotations:

    .venv/bin/python -m tests.tools.job_report [--details] [--no-bullets]

Per field: title, employer, place of work, pay (figures and period as stated), "nach Tarif", hours a week, full- or
part-time, contract; requirements found (recall), their strength and level; what the job offers (recall); and the
traps: words that must not be read as what they name (each one found is an invented fact)."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JOBS = ROOT / "tests" / "jobs"
FIELDS = ("title", "employer", "city", "pay", "pay_note", "hours_per_week", "hours_per_week_max", "hours", "contract")


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(what)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


def annotated_ads() -> list[tuple[Path, dict]]:
    found = []
    for path in sorted(JOBS.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if "negative" not in expected:
            found.append((path, expected))
    return found


def read(path: Path, vocabulary, bullets: bool = True):
    """The ad as saved; without bullets, as text pasted from a page whose list marks were images."""
    from app.core.job_ad import read_job
    from app.core.job_store import normalised_text

    text = path.read_text(encoding="utf-8")
    if not bullets:
        text = re.sub(r"(?m)^[ \t]*[-•*][ \t]+", "", text)
    return read_job(normalised_text(text), str(path), vocabulary, [])


def measure(vocabulary, bullets: bool = True) -> dict[str, Score]:
    scores = {name: Score() for name in (*FIELDS, "requirements", "strength", "level", "offers", "traps")}
    for path, expected in annotated_ads():
        ad = read(path, vocabulary, bullets)
        name = path.stem[:2]
        found = {
            "title": ad.title, "employer": ad.employer, "city": ad.city,
            "pay": {"min": ad.pay.low, "max": ad.pay.high, "period": ad.pay.period} if ad.pay else None,
            "pay_note": "tarif" if ad.pay_by_agreement else None, "hours_per_week": ad.hours_per_week,
            "hours_per_week_max": ad.hours_per_week_max,
            "hours": ad.hours, "contract": ad.contract,
        }
        for key in FIELDS:
            want = expected.get(key)
            got = found[key]
            ok = _same(got, want)
            scores[key].add(ok, f"{name} {key}: {got!r} ≠ {want!r}")
        got_requirements = {r.concept: r for r in ad.requirements}
        for requirement in expected.get("requirements", []):
            concept = requirement["concept"]
            have = got_requirements.get(concept)
            scores["requirements"].add(have is not None, f"{name} requirement {concept} missed")
            if have is not None:
                scores["strength"].add(have.strength == requirement["strength"],
                                       f"{name} {concept} strength {have.strength} ≠ {requirement['strength']}")
                if requirement["level"]:
                    scores["level"].add(have.level == requirement["level"],
                                        f"{name} {concept} level {have.level} ≠ {requirement['level']}")
        asserted = {fact.concept for fact in ad.profile.facts if fact.counts}
        for category, concepts in expected.get("offers", {}).items():
            for concept in concepts:
                scores["offers"].add(concept in asserted, f"{name} offer {category}/{concept} missed")
        ruled_out = {fact.concept for fact in ad.profile.facts if fact.negated}
        for concept in expected.get("absent", []):
            wrongly = concept in asserted and concept not in ruled_out
            scores["traps"].add(not wrongly, f"{name} trap {concept} read as stated: "
                                             f"{expected.get('traps', {}).get(concept, '')!r}")
    return scores


def _same(got, want) -> bool:
    if isinstance(want, dict) and isinstance(got, dict):
        return all(_same(got.get(k), v) for k, v in want.items())
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) < 0.01
    if isinstance(want, str) and isinstance(got, str):
        return " ".join(want.split()).casefold() == " ".join(got.split()).casefold()
    return got == want


def main() -> None:
    from app.core.vocabulary import load_vocabulary

    scores = measure(load_vocabulary(), bullets="--no-bullets" not in sys.argv)
    print(f"{'field':<20}{'right':>8}{'share':>8}")
    for name, score in scores.items():
        print(f"{name:<20}{score.right:>4}/{score.total:<4}{score.share:>7.0%}")
    if "--details" in sys.argv:
        for score in scores.values():
            for miss in score.misses:
                print(f"  {miss}")


if __name__ == "__main__":
    main()
