"""How firm first place is: how far one weight must move before second place overtakes first."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.candidate import CRITERIA, MAX_WEIGHT, WEIGHT_STEP
from app.core.messages import decimal, say
from app.core.ranking import is_tie, weighted_total
from app.core.results import Ranking


@dataclass(frozen=True)
class Firmness:
    first: str
    second: str
    criterion: str | None  # the weight whose change swaps them soonest; None: no single weight can
    weight: float  # that weight now
    swap_at: float | None  # the weight at which second place overtakes first

    def describe(self, lang: str) -> str:
        if self.criterion is None or self.swap_at is None:
            return say("firmness_fixed", lang, first=self.first, second=self.second, top=MAX_WEIGHT)
        key = "firmness_raise" if self.swap_at > self.weight else "firmness_lower"
        return say(key, lang, first=self.first, second=self.second, criterion=say(f"criterion_{self.criterion}", lang),
                   now=decimal(self.weight, lang), then=decimal(self.swap_at, lang))


def firmness(ranking: Ranking) -> Firmness | None:
    """None when weights cannot decide between first and second: fewer than two scored cities, a must, or a
    tie (level cities are never "firm")."""
    if len(ranking.cities) < 2:
        return None
    first, second = ranking.cities[:2]
    if first.score is None or second.score is None or first.broken_musts or second.broken_musts \
            or is_tie(first, second):
        return None
    weights = dict(first.weights)
    closest: tuple[float, str, float] | None = None
    for criterion in CRITERIA:
        if first.criterion(criterion).score == second.criterion(criterion).score:
            continue  # equal in both cities: its weight cannot move them
        swap_at = _swap_weight(first.criteria, second.criteria, weights, criterion)
        if swap_at is not None and (closest is None or abs(swap_at - weights[criterion]) < closest[0]):
            closest = (abs(swap_at - weights[criterion]), criterion, swap_at)
    if closest is None:
        return Firmness(first.city, second.city, None, 0.0, None)
    _, criterion, swap_at = closest
    return Firmness(first.city, second.city, criterion, weights[criterion], swap_at)


def _swap_weight(first, second, weights: dict[str, float], criterion: str) -> float | None:
    """The weight nearest to today's at which second scores above first, among those the sliders can set."""
    now = weights[criterion]
    steps = round(MAX_WEIGHT / WEIGHT_STEP)
    for value in sorted((i * WEIGHT_STEP for i in range(steps + 1)), key=lambda v: (abs(v - now), v)):
        trial = {**weights, criterion: value}
        one, two = weighted_total(first, trial), weighted_total(second, trial)
        if one is not None and two is not None and two > one:
            return round(value, 1)
    return None

