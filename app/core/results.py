"""What scoring returns: plain dataclasses that the CLI, the GUI and reports render."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SCORED, NO_INFORMATION, NOT_ASKED = "scored", "no_information", "not_asked"
SCORE_SHADE = 170  # of 255: a score colour's saturation, and its value on a light background


def score_hue(score: float) -> int:
    """The colour of a score, as window and report draw it: 0 red for a poor fit … 120 green for a good one."""
    return int(score * 1.2)


@dataclass(frozen=True)
class Evidence:
    quote: str
    source: str
    start: int
    end: int


@dataclass(slots=True)
class CriterionResult:
    criterion: str
    score: float | None  # 0-100, None when the article says nothing or the candidate asked for nothing
    status: str  # SCORED | NO_INFORMATION | NOT_ASKED
    explanation: str
    matched: Sequence[str] = ()  # tuples by default: thousands are made per ranking, most stay empty
    missing: Sequence[str] = ()
    evidence: Sequence[Evidence] = ()
    broken_musts: Sequence[str] = ()
    weight: float = 0.0


@dataclass
class CityResult:
    city: str
    source: str
    score: float | None
    criteria: list[CriterionResult]
    explained: bool = True  # False: scores only, explanations not yet written (see ranking.explain_city)

    @property
    def broken_musts(self) -> list[str]:
        return [must for result in self.criteria for must in result.broken_musts]

    def criterion(self, name: str) -> CriterionResult:
        return next(result for result in self.criteria if result.criterion == name)


@dataclass
class Ranking:
    cities: list[CityResult]
    decisive: str

    def to_json(self) -> dict:
        return {
            "ranking": [
                {
                    "city": city.city,
                    "source": city.source,
                    "score": _rounded(city.score),
                    "broken_musts": city.broken_musts,
                    "criteria": [
                        {
                            "criterion": r.criterion,
                            "score": _rounded(r.score),
                            "status": r.status,
                            "weight": r.weight,
                            "explanation": r.explanation,
                            "matched": r.matched,
                            "missing": r.missing,
                            "evidence": [vars(e) for e in r.evidence],
                        }
                        for r in city.criteria
                    ],
                }
                for city in self.cities
            ],
            "decisive": self.decisive,
        }


def _rounded(score: float | None) -> int | None:
    return None if score is None else round(score)
