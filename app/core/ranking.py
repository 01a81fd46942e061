"""Ranks cities for a candidate: weighted totals on one scale, dealbreakers last, and what decides first place."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from app.core.candidate import CRITERIA, CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.criteria import DECLARED, Judgement
from app.core.messages import decimal, say, score_number
from app.core.resources import load_json_resource
from app.core.results import (
    NO_INFORMATION,
    NOT_ASKED,
    SCORED,
    CityResult,
    CriterionResult,
    Evidence,
    Ranking,
    points_words,
)
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary


def effective_weights(profile: CandidateProfile) -> dict[str, float]:
    weights = dict(load_json_resource("scoring.json")["weights"])
    weights.update({name: float(value) for name, value in profile.weights.items() if name in CRITERIA})
    return weights


def rank(cities: list[CityProfile], profile: CandidateProfile, vocabulary: Vocabulary, lang: str = "de",
         explain: int | None = None) -> Ranking:
    return Ranker(cities, vocabulary).rank(profile, lang, explain)


@dataclass(frozen=True)
class _Column:
    """One criterion judged for every city, for one set of inputs."""

    key: Hashable
    results: list[CriterionResult]  # without words


class Ranker:
    """Ranks the same cities again and again while a profile is edited.

    Every criterion counts for every city, so totals share one scale: where an article is silent, and where
    the candidate has said nothing, a criterion counts with the neutral points. Every city is scored without words
    first; only the first `explain` places (all when None) get explanations. Each criterion's column is
    kept with the inputs it read, so after an edit only the criteria whose inputs changed are judged again.
    """

    def __init__(self, cities: list[CityProfile], vocabulary: Vocabulary):
        self.cities, self.vocabulary = cities, vocabulary
        self._columns: dict[str, _Column] = {}

    def rank(self, profile: CandidateProfile, lang: str = "de", explain: int | None = None) -> Ranking:
        view = CandidateView.build(profile, self.vocabulary)
        weights = effective_weights(profile)
        columns = [self._column(name, view) for name in CRITERIA]
        scored = []
        for row, city in enumerate(self.cities):
            criteria = [column.results[row] for column in columns]
            scored.append((CityResult(city.city, city.source, weighted_total(criteria, weights), criteria, weights,
                                      explained=False), city))
        scored.sort(key=lambda pair: _place(pair[0]))
        shown = len(scored) if explain is None else explain
        results = [_explained(city, view, weights, lang) if place < shown else result
                   for place, (result, city) in enumerate(scored)]
        return Ranking(results, decisive_sentence(results, lang))

    def _column(self, name: str, view: CandidateView) -> _Column:
        criterion = DECLARED[name]
        key = criterion.inputs(view)
        known = self._columns.get(name)
        if known is None or known.key != key:
            neutral = view.config["neutral_points"]
            results = [_result(name, criterion.judge(city, view), neutral) for city in self.cities]
            known = self._columns[name] = _Column(key, results)
        return known


def _result(name: str, judgement: Judgement, neutral: float, words=None) -> CriterionResult:
    """Silent parts and an unasked criterion count with the neutral points: unknown is neither good nor bad."""
    values = [part if part is not None else neutral for part in judgement.parts] + list(judgement.general)
    score = sum(values) / len(values) if values else neutral
    status = NOT_ASKED if not judgement.asked else SCORED if judgement.covered else NO_INFORMATION
    if words is None:
        return CriterionResult(name, score, status, broken_musts=judgement.broken,
                               unconfirmed_musts=judgement.unconfirmed)
    return CriterionResult(name, score, status, words.text, tuple(words.matched), tuple(words.missing),
                           tuple(words.evidence), judgement.broken, judgement.unconfirmed)


def explain_city(city: CityProfile, profile: CandidateProfile, vocabulary: Vocabulary, lang: str) -> CityResult:
    view = CandidateView.build(profile, vocabulary)
    return _explained(city, view, effective_weights(profile), lang)


def _explained(city: CityProfile, view: CandidateView, weights: dict[str, float], lang: str) -> CityResult:
    neutral = view.config["neutral_points"]
    criteria = []
    for name, criterion in DECLARED.items():
        judgement = criterion.judge(city, view)
        criteria.append(_result(name, judgement, neutral, criterion.explain(city, view, judgement, lang)))
    asserted = {fact.concept for fact in city.facts if fact.counts}  # said elsewhere: no mere speculation
    speculated = [(view.vocabulary.by_id[fact.concept].label(lang),
                   Evidence(fact.quote, city.source, fact.start, fact.end))
                  for fact in city.facts if fact.uncertain and fact.concept not in asserted]
    return CityResult(city.city, city.source, weighted_total(criteria, weights), criteria, weights,
                      speculated=speculated)


def _place(result: CityResult) -> tuple:
    return place_key(bool(result.broken_musts), result.score, result.city, result.source)


def place_key(broken: bool, score: float | None, city: str, source: str) -> tuple:
    """Sorts a ranking: cities that break a must last, then the best score first, then by name."""
    return broken, -(score if score is not None else -1), city, source


def weighted_total(criteria: list[CriterionResult], weights: Mapping[str, float]) -> float | None:
    """The weighted mean over every criterion with a weight; None until the candidate has said something a
    city can be judged on (a city's own merits alone are no fit). One pass: this runs for every city on
    every ranking, and dozens of times more when firmness is measured."""
    total = total_weight = 0.0
    about_candidate = False
    for result in criteria:
        weight = weights[result.criterion]
        if weight <= 0:
            continue
        total += weight * result.score
        total_weight += weight
        about_candidate = about_candidate or (result.status != NOT_ASKED and not DECLARED[result.criterion].city_only)
    return total / total_weight if about_candidate else None


def contribution(first: CityResult, second: CityResult, criterion: str) -> float:
    """Points of first's lead that one criterion brings, on the scale of the totals."""
    counted = sum(weight for weight in first.weights.values() if weight > 0)
    weight = first.weights.get(criterion, 0)
    if counted <= 0 or weight <= 0:
        return 0.0
    return weight * (first.criterion(criterion).score - second.criterion(criterion).score) / counted


def is_tie(first: CityResult, second: CityResult) -> bool:
    return first.score is not None and second.score is not None and round(first.score) == round(second.score)


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
    if is_tie(first, second):
        return say("decisive_tie", lang, first=first.city, second=second.city, score=score_number(first.score))
    criterion = max(CRITERIA, key=lambda c: (contribution(first, second, c), c))
    return say("decisive_criterion", lang, first=first.city, second=second.city, s1=score_number(first.score),
               s2=score_number(second.score), criterion=say(f"criterion_{criterion}", lang),
               lead=decimal(contribution(first, second, criterion), lang),
               v1=points_words(first.criterion(criterion), lang), v2=points_words(second.criterion(criterion), lang))



