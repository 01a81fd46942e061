"""Ranks cities for a candidate: weighted totals, dealbreakers last, and what decides first place."""

from __future__ import annotations

from app.core.candidate import CRITERIA, CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.criteria import score_city
from app.core.messages import say
from app.core.resources import load_json_resource
from app.core.results import CityResult, Ranking
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary


def effective_weights(profile: CandidateProfile) -> dict[str, float]:
    weights = dict(load_json_resource("scoring.json")["weights"])
    weights.update({name: float(value) for name, value in profile.weights.items() if name in CRITERIA})
    return weights


def rank(cities: list[CityProfile], profile: CandidateProfile, vocabulary: Vocabulary, lang: str = "de") -> Ranking:
    view = CandidateView.build(profile, vocabulary)
    weights = effective_weights(profile)
    results = [_score(city, view, weights, lang) for city in cities]
    results.sort(key=lambda r: (bool(r.broken_musts), -(r.score if r.score is not None else -1), r.city, r.source))
    return Ranking(results, decisive_sentence(results, lang))


def _score(city: CityProfile, view: CandidateView, weights: dict[str, float], lang: str) -> CityResult:
    criteria = score_city(city, view, lang)
    for result in criteria:
        result.weight = weights[result.criterion]
    return CityResult(city.city, city.source, weighted_total(criteria), criteria)


def weighted_total(criteria) -> float | None:
    """None until something about the candidate can be scored: a city's own merits alone are no fit."""
    counted = [(r.weight, r.score) for r in criteria if r.score is not None and r.weight > 0]
    total_weight = sum(weight for weight, _ in counted)
    city_only = load_json_resource("scoring.json")["city_only_criteria"]
    if not total_weight or all(r.criterion in city_only for r in criteria if r.score is not None and r.weight > 0):
        return None
    return sum(weight * score for weight, score in counted) / total_weight


def _contribution(city: CityResult, criterion: str) -> float:
    counted = sum(r.weight for r in city.criteria if r.score is not None and r.weight > 0)
    result = city.criterion(criterion)
    if not counted or result.score is None or result.weight <= 0:
        return 0.0
    return result.weight * result.score / counted


def decisive_sentence(results: list[CityResult], lang: str) -> str:
    if not results:
        return say("decisive_none", lang)
    first = results[0]
    if len(results) == 1:
        return say("decisive_single", lang, first=first.city)
    second = results[1]
    if second.broken_musts and not first.broken_musts:
        return say("decisive_must", lang, first=first.city, second=second.city,
                   must=say(f"must_{second.broken_musts[0]}", lang))
    if first.score is None:
        return say("decisive_no_scores", lang)
    if second.score is None:
        return say("decisive_only_scored", lang, first=first.city, second=second.city)
    if round(first.score) == round(second.score):
        return say("decisive_tie", lang, first=first.city, second=second.city, score=round(first.score))
    criterion = max(CRITERIA, key=lambda c: (_contribution(first, c) - _contribution(second, c), c))
    return say("decisive_criterion", lang, first=first.city, second=second.city, s1=round(first.score),
               s2=round(second.score), criterion=say(f"criterion_{criterion}", lang),
               v1=_shown(first, criterion, lang), v2=_shown(second, criterion, lang))


def _shown(city: CityResult, criterion: str, lang: str) -> str:
    score = city.criterion(criterion).score
    return say("points", lang, score=round(score)) if score is not None else say("no_statement", lang)
