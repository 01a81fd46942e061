"""Runs the ranking and the advice for the window: at once for a few cities, on a worker thread for many.

Only the newest request counts (background.Latest): a result that arrives after a newer edit is dropped, so
typing never waits for a ranking that is already out of date.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.candidate import CandidateProfile
from app.core.engine import Engine
from app.gui.background import Latest

BACKGROUND_FROM = 1500  # cities; below this a ranking takes a few milliseconds
ADVICE_BACKGROUND_FROM = 100  # advice scores the profile dozens of times: ~30 ms per 100 cities
EXPLAINED_PLACES = 2  # first and second place get their words at once, others when selected


class RankingRunner(QObject):
    finished = Signal(object, object)  # Ranking, the CandidateProfile it belongs to
    advice_ready = Signal(object, object)  # list[Suggestion], the CandidateProfile it belongs to
    jobs_ready = Signal(object, object)  # list[JobResult], the CandidateProfile it belongs to

    def __init__(self, engine: Engine, parent=None):
        super().__init__(parent)
        self._rankings, self._advice, self._jobs = Latest(self), Latest(self), Latest(self)
        self.engine = engine

    def set_engine(self, engine: Engine) -> None:
        """Other cities (one added or removed): rankings and advice still under way are dropped."""
        for runner in (self._rankings, self._advice, self._jobs):
            runner.drop()
        self.engine = engine

    def request(self, profile: CandidateProfile, lang: str) -> None:
        engine, profile = self.engine, profile.copy()  # the worker reads its own copy while the user types on
        self._run(self._rankings, len(engine.cities) >= BACKGROUND_FROM,
                  lambda: engine.rank(profile, lang, EXPLAINED_PLACES),
                  lambda ranking: self.finished.emit(ranking, profile))

    def request_jobs(self, profile: CandidateProfile, lang: str) -> None:
        """The saved ads, scored without words (each is explained when looked at)."""
        engine, profile = self.engine, profile.copy()
        self._run(self._jobs, len(engine.jobs) >= BACKGROUND_FROM,
                  lambda: engine.rank_jobs(profile, lang, explain=0), lambda jobs: self.jobs_ready.emit(jobs, profile))

    def request_advice(self, profile: CandidateProfile, lang: str) -> None:
        engine, profile = self.engine, profile.copy()
        self._run(self._advice, len(engine.cities) >= ADVICE_BACKGROUND_FROM,
                  lambda: engine.advise(profile, lang), lambda advice: self.advice_ready.emit(advice, profile))

    @staticmethod
    def _run(runner: Latest, in_background: bool, work, done) -> None:
        if in_background:
            runner.submit(work, done)
        else:
            runner.drop()  # a slower answer still under way must not overwrite this one
            done(work())

    def shutdown(self) -> None:
        for runner in (self._rankings, self._advice, self._jobs):
            runner.stop()
