"""Runs the ranking for the window: at once for a few cities, on a worker thread for many.

Only the newest request counts: a result that arrives after a newer edit is dropped, so typing never
waits for a ranking that is already out of date.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from app.core.candidate import CandidateProfile
from app.core.ranking import Ranker

BACKGROUND_FROM = 1500  # cities; below this a ranking takes a few milliseconds
EXPLAINED_PLACES = 2  # first and second place get their words at once, others when selected


class RankingRunner(QObject):
    finished = Signal(object, object)  # Ranking, the CandidateProfile it belongs to
    busy_changed = Signal(bool)

    def __init__(self, ranker: Ranker, parent=None):
        super().__init__(parent)
        self._ranker = ranker
        self._generation = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ranking") \
            if len(ranker.cities) >= BACKGROUND_FROM else None

    def request(self, profile: CandidateProfile, lang: str) -> None:
        self._generation += 1
        if self._pool is None:
            self.finished.emit(self._ranker.rank(profile, lang, EXPLAINED_PLACES), profile)
            return
        self.busy_changed.emit(True)
        generation = self._generation
        self._pool.submit(self._rank_in_background, generation, profile.copy(), lang)

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
            self._pool.shutdown(wait=True, cancel_futures=True)
