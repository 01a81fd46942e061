"""Runs the ranking and the advice for the window: at once for a few cities, on a worker thread for many.

Only the newest request counts: a result that arrives after a newer edit is dropped, so typing never
waits for a ranking that is already out of date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core import collector
from app.core.candidate import CandidateProfile
from app.core.ranking import Ranker

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

BACKGROUND_FROM = 1500  # cities; below this a ranking takes a few milliseconds
ADVICE_BACKGROUND_FROM = 100  # advice scores the profile dozens of times: ~30 ms per 100 cities
EXPLAINED_PLACES = 2  # first and second place get their words at once, others when selected


class RankingRunner(QObject):
    finished = Signal(object, object)  # Ranking, the CandidateProfile it belongs to
    advice_ready = Signal(object, object)  # list[Suggestion], the CandidateProfile it belongs to
    busy_changed = Signal(bool)

    def __init__(self, ranker: Ranker, parent=None):
        super().__init__(parent)
        self._generation = self._advice_generation = 0
        self._pool: ThreadPoolExecutor | None = None
        self.set_ranker(ranker)

    def set_ranker(self, ranker: Ranker) -> None:
        """Other cities (one added or removed): rankings and advice still under way are dropped."""
        self._generation += 1
        self._advice_generation += 1
        self._ranker = ranker
        self._advice_ranker = Ranker(ranker.cities, ranker.vocabulary)  # its own column cache: no thrashing

    def request_advice(self, profile: CandidateProfile, lang: str) -> None:
        self._advice_generation += 1
        if len(self._ranker.cities) < ADVICE_BACKGROUND_FROM:
            self.advice_ready.emit(self._advise(profile, lang), profile)
            return
        self._worker().submit(self._advise_in_background, self._advice_generation, profile.copy(), lang)

    def _worker(self) -> ThreadPoolExecutor:
        """One thread, made when first needed: what runs in the background runs one job after the other."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor  # a few cities never need it

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ranking")
        return self._pool

    def _advise(self, profile: CandidateProfile, lang: str) -> list:
        from app.core.advice import advise  # when the tips are first looked at, not at start-up

        ranker = self._advice_ranker
        return advise(ranker.cities, profile, ranker.vocabulary, lang, ranker=ranker)

    def _advise_in_background(self, generation: int, profile: CandidateProfile, lang: str) -> None:
        if generation == self._advice_generation:
            with collector.paused():  # its full collections would stop the window too (~0.2 s at 10,000 cities)
                suggestions = self._advise(profile, lang)
            if generation == self._advice_generation:
                self.advice_ready.emit(suggestions, profile)

    def request(self, profile: CandidateProfile, lang: str) -> None:
        self._generation += 1
        if len(self._ranker.cities) < BACKGROUND_FROM:
            self.finished.emit(self._ranker.rank(profile, lang, EXPLAINED_PLACES), profile)
            return
        self.busy_changed.emit(True)
        generation = self._generation
        self._worker().submit(self._rank_in_background, generation, profile.copy(), lang)

    def _rank_in_background(self, generation: int, profile: CandidateProfile, lang: str) -> None:
        if generation != self._generation:
            return  # a newer edit is already queued
        ranking = self._ranker.rank(profile, lang, EXPLAINED_PLACES)
        if generation == self._generation:
            self.finished.emit(ranking, profile)  # queued to the window's thread by Qt
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._generation += 1
            self._advice_generation += 1
            self._pool.shutdown(wait=True, cancel_futures=True)
