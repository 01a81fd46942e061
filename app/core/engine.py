"""The engine's one entry point: what the command line, the report and the window ask of CityFit.

Front ends read the cities with `load_library`, make an `Engine` over them and ask it; they never wire
ranking, explanation, firmness and advice themselves. An Engine keeps one ranker (with its column cache) each for
the ranking, the advice and the job ads, so the window's three workers share one engine without sharing a
cache; a report being written gets its own engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.candidate import CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.firmness import Firmness, firmness
from app.core.job_ad import JobAd
from app.core.job_match import JobResult, explain_job, rank_jobs
from app.core.job_store import JobShelf
from app.core.library import CityLibrary
from app.core.merge_patch import apply_patch
from app.core.messages import say, score_number
from app.core.profile_file import profile_from_dict
from app.core.ranking import Ranker, explain_city
from app.core.resources import load_json_resource
from app.core.results import CHART_CITIES, CityResult, Ranking
from app.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from app.core.advice import Suggestion


def load_library(seeds: Path | None = None) -> tuple[CityLibrary, Vocabulary]:
    """The bundled articles and those the user added; a folder given as `seeds` stands alone. Reads the
    per-user folders resolved by paths.init()."""
    from app.core import paths
    from app.core.cache import ArticleCache
    from app.core.library import default_seeds, load_cities
    from app.core.vocabulary import load_vocabulary

    folders = paths.folders()
    vocabulary = load_vocabulary()
    library = load_cities(seeds or default_seeds(), vocabulary, ArticleCache(folders.cache / "articles"),
                          None if seeds else folders.articles)
    return library, vocabulary


def load_job_shelf(library: CityLibrary, vocabulary: Vocabulary) -> JobShelf:
    """The job ads the user saved (per-user folder), each read again with the cities known now."""
    from app.core import paths
    from app.core.cache import ArticleCache
    from app.core.job_store import load_jobs

    folders = paths.folders()
    return load_jobs(folders.jobs, vocabulary, [city.city for city in library.cities],
                     ArticleCache(folders.cache / "jobs"))


class Engine:
    """Ranks, explains and advises for one list of cities."""

    def __init__(self, cities: list[CityProfile], vocabulary: Vocabulary, jobs: Sequence[JobAd] = ()):
        self.cities, self.vocabulary, self.jobs = cities, vocabulary, list(jobs)
        self._by_source = {city.source: city for city in cities}
        self._ranker = Ranker(cities, vocabulary)
        self._advice_ranker = Ranker(cities, vocabulary)  # advice varies the profile: its own column cache
        self._job_ranker = Ranker([ad.profile for ad in self.jobs], vocabulary)

    def rank(self, profile: CandidateProfile, lang: str, explain: int | None = None) -> Ranking:
        """Every city, best first; the first `explain` places (all when None) with their explanations."""
        return self._ranker.rank(profile, lang, explain)

    def explain(self, city: CityResult, profile: CandidateProfile, lang: str) -> CityResult:
        """A ranked city with its explanation, written when it is first looked at."""
        if city.explained:
            return city
        return explain_city(self._by_source[city.source], profile, self.vocabulary, lang)

    @staticmethod
    def firmness(ranking: Ranking) -> Firmness | None:
        return firmness(ranking)

    def advise(self, profile: CandidateProfile, lang: str) -> list[Suggestion]:
        """Measured changes to the profile that would fit better, best first."""
        from app.core.advice import advise  # when tips are first asked for, not at the window's start

        return advise(self.cities, profile, self.vocabulary, lang, ranker=self._advice_ranker)

    @staticmethod
    def apply(suggestion: Suggestion, profile: CandidateProfile, name: str) -> CandidateProfile:
        """The profile as it would be with the suggestion tried; ProfileError when the result breaks a limit.
        `name` names the profile in that message."""
        return profile_from_dict(apply_patch(profile.to_dict(), suggestion.profile_patch), name)

    def chart_cities(self, ranking: Ranking) -> list[CityProfile]:
        """The cities the pay chart shows: the first places of the ranking."""
        return [self._by_source[city.source] for city in ranking.cities[:CHART_CITIES]]

    def city(self, source: str) -> CityProfile:
        return self._by_source[source]

    def rank_jobs(self, profile: CandidateProfile, lang: str, city: str | None = None,
                  explain: int | None = None) -> list[JobResult]:
        """The saved ads (those in `city` when given), best fit first."""
        results = rank_jobs(self.jobs, profile, self.vocabulary, lang, self._job_ranker, explain)
        return [job for job in results if city is None or (job.ad.city or "").casefold() == city.casefold()]

    def explain_job(self, job: JobResult, profile: CandidateProfile, lang: str) -> JobResult:
        """A ranked ad with its explanation, written when it is first looked at."""
        return explain_job(job, profile, self.vocabulary, lang)

    @staticmethod
    def jobs_per_city(jobs: list[JobResult]) -> dict[str, JobsInCity]:
        """City (case-folded) -> how many saved ads there are, how many fit well, and the best score."""
        fits_well = load_json_resource("scoring.json")["job_requirements"]["fits_well_from"]
        found: dict[str, JobsInCity] = {}
        for job in jobs:
            if job.ad.city:
                known = found.get(job.ad.city.casefold(), JobsInCity(0, 0, None))
                good = job.score is not None and job.score >= fits_well and not job.broken_musts
                best = max((s for s in (known.best, job.score) if s is not None), default=None)
                found[job.ad.city.casefold()] = JobsInCity(known.count + 1, known.good + good, best)
        return found


@dataclass(frozen=True)
class JobsInCity:
    count: int
    good: int  # fit well and break none of the candidate's musts
    best: float | None

    def describe(self, lang: str) -> str:
        """'3 Stellen, davon 2 gut passend, beste 82'."""
        return say("job_city_count", lang, count=self.count, good=self.good, best=score_number(self.best))
