"""What scoring returns: plain dataclasses that the CLI, the GUI and reports render."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.core.messages import points, say, score_number

SCORED, NO_INFORMATION, NOT_ASKED = "scored", "no_information", "not_asked"


CHART_CITIES = 30  # the salary charts (window and report) compare the best places, not thousands of rows



@dataclass(frozen=True)
class Evidence:
    quote: str
    source: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion for one city. Immutable: rankings share the word-less ones between edits."""

    criterion: str
    score: float  # 0-100 as counted; where the article is silent or the candidate said nothing, see status
    status: str  # SCORED | NO_INFORMATION (the article is silent) | NOT_ASKED (the candidate said nothing)
    explanation: str = ""
    matched: Sequence[str] = ()  # tuples by default: thousands are made per ranking, most stay empty
    missing: Sequence[str] = ()
    evidence: Sequence[Evidence] = ()
    broken_musts: Sequence[str] = ()
    unconfirmed_musts: Sequence[str] = ()  # musts the article says nothing about: neither met nor broken


@dataclass
class CityResult:
    city: str
    source: str
    score: float | None  # None until the candidate has said something a city can be judged on
    criteria: list[CriterionResult]
    weights: Mapping[str, float] = field(default_factory=dict)
    explained: bool = True  # False: scores only, explanations not yet written (see Engine.explain)
    speculated: list[tuple[str, Evidence]] = field(default_factory=list)  # (label, sentence) of what the
    # article only speculates about ("Vielleicht wird irgendwann Chinesisch wichtig"): shown, never counted

    @property
    def broken_musts(self) -> list[str]:
        return [must for result in self.criteria for must in result.broken_musts]

    @property
    def unconfirmed_musts(self) -> list[str]:
        return [must for result in self.criteria for must in result.unconfirmed_musts]

    @property
    def speculated_labels(self) -> list[str]:
        return list(dict.fromkeys(label for label, _ in self.speculated))

    def criterion(self, name: str) -> CriterionResult:
        return next(result for result in self.criteria if result.criterion == name)

    @property
    def coverage(self) -> tuple[int, int]:
        """(criteria the article speaks to, criteria that count): how much of the score rests on the article."""
        counted = [r for r in self.criteria if self.weights.get(r.criterion, 0) > 0 and r.status != NOT_ASKED]
        return sum(1 for r in counted if r.status == SCORED), len(counted)


@dataclass
class Ranking:
    cities: list[CityResult]
    decisive: str

    def to_json(self) -> dict:
        return {"ranking": [_city_json(city) for city in self.cities], "decisive": self.decisive}


def _city_json(city: CityResult) -> dict:
    covered, counted = city.coverage
    return {
        "city": city.city,
        "source": city.source,
        "score": one_decimal(city.score),
        "coverage": {"covered": covered, "of": counted},
        "broken_musts": city.broken_musts,
        "unconfirmed_musts": city.unconfirmed_musts,
        "criteria": criteria_json(city),
    }


def criteria_json(city: CityResult) -> list[dict]:
    """Each criterion's score, status, weight, words and quotes (`rank --json` and `jobs --json` alike)."""
    return [
        {
            "criterion": r.criterion,
            "score": one_decimal(r.score),
            "status": r.status,
            "weight": city.weights.get(r.criterion, 0),
            "explanation": r.explanation if city.explained else None,
            "matched": list(r.matched),
            "missing": list(r.missing),
            "evidence": [vars(e) for e in r.evidence],
        }
        for r in city.criteria
    ]


def one_decimal(score: float | None) -> float | None:
    """Scores in machine output: tenths, the precision of advice's deltas, so they add up."""
    return None if score is None else round(score, 1)


def points_words(result: CriterionResult, lang: str) -> str:
    """A criterion's points as every view names them: "80 Punkte"; a stand-in score says why it stands in."""
    if result.status == NO_INFORMATION:
        return say("points_silent", lang, score=score_number(result.score))
    if result.status == NOT_ASKED:
        return say("points_not_asked", lang, score=score_number(result.score))
    return points(result.score, lang)
