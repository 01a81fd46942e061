"""Ranks cities for a candidate: weighted totals, dealbreakers last, and what decides first place."""

from __future__ import annotations

from app.core.candidate import CRITERIA, CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.criteria import INPUTS, SCORERS, score_city
from app.core.messages import say
from app.core.resources import load_json_resource
from app.core.results import CityResult, CriterionResult, Ranking
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary


def effective_weights(profile: CandidateProfile) -> dict[str, float]:
    weights = dict(load_json_resource("scoring.json")["weights"])
    weights.update({name: float(value) for name, value in profile.weights.items() if name in CRITERIA})
    return weights


def rank(cities: list[CityProfile], profile: CandidateProfile, vocabulary: Vocabulary, lang: str = "de",
         explain: int | None = None) -> Ranking:
    return Ranker(cities, vocabulary).rank(profile, lang, explain)


class Ranker:
    """Ranks the same cities again and again while a profile is edited.

    Every city is scored without words first; only the first `explain` places (all when None) get their
    explanations, since words cost more than numbers and a window shows one city at a time. Each criterion's
    scores are kept with the parts of the profile it reads, so after an edit only the criteria whose inputs
    changed are scored again.
    """

    def __init__(self, cities: list[CityProfile], vocabulary: Vocabulary):
        self.cities, self.vocabulary = cities, vocabulary
        self._columns: dict[str, tuple[object, list[CriterionResult]]] = {}

    def rank(self, profile: CandidateProfile, lang: str = "de", explain: int | None = None) -> Ranking:
        view = CandidateView.build(profile, self.vocabulary)
        weights = effective_weights(profile)
        columns = [self._column(name, view) for name in CRITERIA]
        for name, column in zip(CRITERIA, columns):
            for result in column:  # cached word-less results are shared between rankings; only weights move
                result.weight = weights[name]
        scored = []
        for row, city in enumerate(self.cities):
            criteria = [column[row] for column in columns]
            scored.append((CityResult(city.city, city.source, weighted_total(criteria), criteria, explained=False),
                           city))
        scored.sort(key=lambda pair: _place(pair[0]))
        shown = len(scored) if explain is None else explain
        results = [_score(city, view, weights, lang) if place < shown else result
                   for place, (result, city) in enumerate(scored)]
        return Ranking(results, decisive_sentence(results, lang))

    def _column(self, name: str, view: CandidateView) -> list[CriterionResult]:
        key = INPUTS[name](view)
        known = self._columns.get(name)
        if known is None or known[0] != key:
            scorer = SCORERS[name]
            known = (key, [scorer(city, view, None) for city in self.cities])
            self._columns[name] = known
        return known[1]


def explain_city(city: CityProfile, profile: CandidateProfile, vocabulary: Vocabulary, lang: str) -> CityResult:
    return _score(city, CandidateView.build(profile, vocabulary), effective_weights(profile), lang)


def _place(result: CityResult) -> tuple:
    return bool(result.broken_musts), -(result.score if result.score is not None else -1), result.city, result.source


def _score(city: CityProfile, view: CandidateView, weights: dict[str, float], lang: str | None) -> CityResult:
    criteria = score_city(city, view, lang)
    for result in criteria:
        result.weight = weights[result.criterion]
    return CityResult(city.city, city.source, weighted_total(criteria), criteria, explained=lang is not None)


def weighted_total(criteria, weights: dict[str, float] | None = None) -> float | None:
    """None until something about the candidate can be scored: a city's own merits alone are no fit.

    weights: other weights to try (what-if); by default each result's own. One pass: this runs for every
    city on every ranking, and dozens of times more when firmness is measured.
    """
    city_only = load_json_resource("scoring.json")["city_only_criteria"]  # cached after the first call
    total = total_weight = 0.0
    about_candidate = False
    for result in criteria:
        weight = weights[result.criterion] if weights else result.weight
        if result.score is None or weight <= 0:
            continue
        total += weight * result.score
        total_weight += weight
        about_candidate = about_candidate or result.criterion not in city_only
    return total / total_weight if about_candidate else None


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
