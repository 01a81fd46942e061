"""The engine's one entry point: what the command line, the report and the window ask of CityFit.

Front ends read the cities with `load_library`, make an `Engine` over them and ask it; they never wire
ranking, explanation, firmness and advice themselves. An Engine keeps its rankers' caches, so one engine per
thread that ranks (the window's worker and a report being written each have their own).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.candidate import CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.firmness import Firmness, firmness
from app.core.library import CityLibrary
from app.core.merge_patch import apply_patch
from app.core.profile_file import profile_from_dict
from app.core.ranking import Ranker, explain_city
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


class Engine:
    """Ranks, explains and advises for one list of cities."""

    def __init__(self, cities: list[CityProfile], vocabulary: Vocabulary):
        self.cities, self.vocabulary = cities, vocabulary
        self._by_source = {city.source: city for city in cities}
        self._ranker = Ranker(cities, vocabulary)
        self._advice_ranker = Ranker(cities, vocabulary)  # advice varies the profile: its own column cache

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
