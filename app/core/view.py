"""The candidate as the scorers need them: typed text matched once, not once per city."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from app.core.candidate import LEVELS, CandidateProfile
from app.core.resources import load_json_resource
from app.core.vocabulary import Match, Vocabulary


@dataclass(frozen=True)
class CandidateView:
    profile: CandidateProfile
    vocabulary: Vocabulary
    config: dict
    skills: tuple[Match, ...]
    industries: tuple[Match, ...]
    channels: tuple[Match, ...]

    @classmethod
    def build(cls, profile: CandidateProfile, vocabulary: Vocabulary) -> CandidateView:
        prefs = profile.preferences
        return cls(
            profile=profile,
            vocabulary=vocabulary,
            config=load_json_resource("scoring.json"),
            skills=tuple(vocabulary.match_many(profile.skills)),
            industries=tuple(vocabulary.match_many(prefs.industries, ("industry",))),
            channels=tuple(vocabulary.match_many(prefs.channels, ("channel",))),
        )

    def concept_ids(self, matches: tuple[Match, ...], category: str) -> set[str]:
        return {m.concept.id for m in matches if m.concept and m.concept.category == category}

    @cached_property
    def languages_key(self) -> tuple:
        """The languages as scoring reads them: order and repeats do not matter."""
        return tuple(sorted({(language.code, language.level) for language in self.profile.languages}))

    @cached_property
    def skill_ids(self) -> set[str]:
        return self.concept_ids(self.skills, "skill")

    @property
    def experienced(self) -> bool:
        return self.profile.experience_years >= self.config["experienced_after_years"]

    def level_points(self, level: str | None) -> float:
        return float(self.config["language_level_points"].get(level, 0)) if level else 0.0

    @cached_property
    def _best_foreign(self) -> tuple[str | None, str | None]:
        """(code, level) of the candidate's strongest language other than German."""
        foreign = [language for language in self.profile.languages if language.code != "de"]
        if not foreign:
            return None, None
        best = max(foreign, key=lambda language: LEVELS.index(language.level))
        return best.code, best.level

    def best_foreign_language(self) -> tuple[str | None, str | None]:
        """(code, level) of the candidate's strongest language other than German."""
        return self._best_foreign

    def language_level(self, code: str) -> str | None:
        if code == "*":
            return self._best_foreign[1]
        return self.profile.level_of(code)

    def meets(self, requirement: str) -> bool:
        """Whether the candidate has one thing a salary band asks for."""
        if requirement == "experience":
            return self.experienced
        concept = self.vocabulary.by_id.get(requirement)
        if concept is None:
            return False
        if concept.category == "language":
            level = self.language_level(concept.code or "")
            return level is not None and LEVELS.index(level) >= LEVELS.index(self.config["qualifying_language_level"])
        return concept.id in self.skill_ids
