"""The ranking with the pay wish lowered to each of many amounts, worked out city by city only where needed.

A pay tip lowers the wish to an amount some city pays. Ranking the cities again for every amount costs
cities × amounts; but from one amount to the next only the pay points change, and as the wish falls no
city's points fall. A city's points stay at 0 (or at a constant, below the minimum), then rise as a + b·g(wish)
with its own a and b but the same g for every city (1/(wish − minimum), or 1/wish without a minimum), and
are 100 once the wish is down to what the city pays. Between these breaks the gap between two cities'
totals only widens or only narrows, so whether one city is ahead of another is read at the ends of such a
stretch and found inside it by bisection: a few totals per pair of cities instead of one per amount.

Every total is computed as the ranking computes it, with the same functions in the same order, so the
figures are measured, not estimated; tests/test_advice.py holds the result to ranking every amount.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace

from app.core.candidate import CRITERIA, SalaryExpectation
from app.core.cityprofile import CityProfile
from app.core.criteria.pay import best_band, pay_points
from app.core.ranking import place_key, weighted_total
from app.core.results import Ranking
from app.core.view import CandidateView

PAY = CRITERIA.index("salary")  # where the pay result sits among a city's criteria


class PaySteps:
    """`before` with the wish lowered to each of `amounts`, highest first. A row is a place in `before`; a step
    is an index into `amounts`, and step -1 is the wish as it is. The cities' names are assumed unique, as a
    library keeps them: "ahead of" compares cities, the ranking's tie-break included."""

    def __init__(self, before: Ranking, cities: list[CityProfile], view: CandidateView, amounts: list[int]):
        by_source = {city.source: city for city in cities}
        self.results = before.cities
        self.bands = [best_band(by_source[result.source], view) for result in self.results]
        self.broken = [bool(result.broken_musts) for result in self.results]  # musts read the minimum: it stays
        self.wishes = [SalaryExpectation(view.profile.salary.minimum, amount) for amount in amounts]
        self.config = view.config
        self.count = len(amounts)
        self._breaks: dict[int, tuple[int, ...]] = {}
        self._reordered: list[range] | None = None

    def total(self, row: int, step: int) -> float | None:
        result, band = self.results[row], self.bands[row]
        if step < 0 or band is None:
            return result.score
        criteria = list(result.criteria)
        criteria[PAY] = replace(criteria[PAY], score=pay_points(band, self.wishes[step], self.config))
        return weighted_total(criteria, result.weights)

    def place(self, row: int, step: int) -> tuple:
        result = self.results[row]
        return place_key(self.broken[row], self.total(row, step), result.city, result.source)

    def gain(self, row: int, step: int) -> float:
        """How far the best score rises when `row` is first at `step`, as Suggestion.best_gain counts it."""
        return (self.total(row, step) or 0.0) - (self.total(0, -1) or 0.0)

    def best_gain(self, step: int) -> float:
        return self.gain(min(range(len(self.results)), key=lambda row: self.place(row, step)), step)

    def moves(self, step: int, at_least: float) -> bool:
        """Whether some city's score rises by `at_least` (scores only rise as the wish falls)."""
        return any((self.total(row, step) or 0.0) - (self.total(row, -1) or 0.0) >= at_least
                   for row in range(len(self.results)))

    def first_change(self) -> int | None:
        """The first step at which another city takes first place."""
        found = self.count
        for row in range(1, len(self.results)):
            found = next((steps.start for steps in self.ahead_steps(row, 0, found)), found)
        return found if found < self.count else None

    def reordered(self) -> list[range]:
        """The steps at which the order differs from today's: where some city passes its neighbour above."""
        if self._reordered is None:
            self._reordered = [steps for row in range(1, len(self.results))
                               for steps in self.ahead_steps(row, row - 1, self.count)]
        return self._reordered

    def ahead_steps(self, row: int, other: int, until: int) -> Iterator[range]:
        """The steps before `until` at which `row` is ahead of `other`, in order."""
        if until <= 0 or self.place(row, until - 1) >= self.place(other, -1):
            return  # row at its best there is still behind other at its worst

        def ahead(step: int) -> bool:
            return self.place(row, step) < self.place(other, step)
        cuts = sorted({0, until, *(cut for cut in self.breaks(row) + self.breaks(other) if cut < until)})
        for start, end in zip(cuts, cuts[1:], strict=False):  # a stretch: ahead at one end, or at both, or nowhere
            at_start, at_end = ahead(start), ahead(end - 1)
            if at_start and at_end:
                yield range(start, end)
            elif at_start:
                yield range(start, first_step(lambda step: not ahead(step), start, end))
            elif at_end:
                yield range(first_step(ahead, start, end), end)

    def breaks(self, row: int) -> tuple[int, ...]:
        """The first steps at which a city's pay points rise above 0 and reach 100."""
        band = self.bands[row]
        if band is None:
            return ()
        if row not in self._breaks:
            def points(step: int) -> float:
                return pay_points(band, self.wishes[step], self.config)
            self._breaks[row] = (first_step(lambda step: points(step) > 0, 0, self.count),
                                 first_step(lambda step: points(step) >= 100, 0, self.count))
        return self._breaks[row]


def first_step(holds: Callable[[int], bool], start: int, end: int) -> int:
    """The first step in start…end-1 from which `holds` is true (it stays true after); `end` when none."""
    return bisect_left(range(end), True, start, end, key=holds)
