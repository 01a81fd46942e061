"""The candidate's profile: what they bring and what they want. Plain data, no file handling."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
# The limits of a profile, for the file and the window alike.
MAX_WEIGHT = 10  # a criterion's weight runs from 0 (ignored) to 10
WEIGHT_STEP = 1  # the sliders' step: what the window can set, and so what firmness may suggest
MAX_YEARS = 60  # of experience
MAX_EURO = 100_000  # pay per month
MAX_TEXT_LENGTH = 200  # a name, a skill, an industry
MAX_LIST_LENGTH = 200  # skills, languages, industries, channels
CRITERIA = ("salary", "languages", "skills", "industries", "conditions", "training", "channels")
# Preferences a candidate can make a must (dealbreaker).
MUSTS = ("salary_minimum", "shift_work", "night_work", "weekend_work", "wants_onboarding", "industries", "channels")
# Working hours a candidate may refuse, each None (no preference), "ok", "sometimes" (only now and then) or "no".
HARDSHIPS = ("shift_work", "night_work", "weekend_work")
HARDSHIP_CHOICES = ("ok", "sometimes", "no")


@dataclass
class LanguageSkill:
    code: str  # ISO 639-1
    level: str  # one of LEVELS
    extra: dict = field(default_factory=dict)


@dataclass
class SalaryExpectation:
    minimum: float | None = None  # € per month
    desired: float | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Preferences:
    shift_work: str | None = None  # one of HARDSHIP_CHOICES, None: no preference
    night_work: str | None = None
    weekend_work: str | None = None
    wants_onboarding: bool | None = None
    industries: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


@dataclass
class CandidateProfile:
    name: str = ""
    experience_years: float = 0
    skills: list[str] = field(default_factory=list)
    languages: list[LanguageSkill] = field(default_factory=list)
    salary: SalaryExpectation = field(default_factory=SalaryExpectation)
    preferences: Preferences = field(default_factory=Preferences)
    weights: dict[str, float] = field(default_factory=dict)
    musts: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # keys CityFit does not know; kept as they were

    def level_of(self, code: str) -> str | None:
        """The best level given for a language (a file may list one twice; telling more never hurts)."""
        levels = [LEVELS.index(language.level) for language in self.languages if language.code == code]
        return LEVELS[max(levels)] if levels else None

    def copy(self) -> CandidateProfile:
        return copy.deepcopy(self)

    def to_dict(self) -> dict:
        data = copy.deepcopy(self.extra)
        data.update({
            "format": "cityfit-profile",
            "version": 2,
            "name": self.name,
            "experience_years": self.experience_years,
            "skills": list(self.skills),
            "languages": [{**copy.deepcopy(language.extra), "code": language.code, "level": language.level}
                          for language in self.languages],
            "salary": {**copy.deepcopy(self.salary.extra), "minimum": self.salary.minimum,
                       "desired": self.salary.desired},
            "preferences": {
                **copy.deepcopy(self.preferences.extra),
                **{key: getattr(self.preferences, key) for key in HARDSHIPS},
                "wants_onboarding": self.preferences.wants_onboarding,
                "industries": list(self.preferences.industries),
                "channels": list(self.preferences.channels),
            },
            "weights": dict(self.weights),
        })
        if self.musts:
            data["musts"] = list(self.musts)
        return data
