"""What-if advice: changes to the profile that raise the best score or change the ranking.

Every suggestion is measured, never estimated: the changed profile is ranked again and each city's new
score is compared with its score today.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.candidate import LEVELS, CandidateProfile, LanguageSkill
from app.core.cityprofile import CityProfile
from app.core.criteria import eligible
from app.core.merge_patch import make_patch
from app.core.messages import euro, say, signed_points
from app.core.ranking import Ranker
from app.core.results import Ranking
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary

LEARNABLE_LEVELS = ("A2", "B1", "B2", "C1")  # what a course can reach; native and C2 are not advice
MAX_SUGGESTIONS = 8
PER_KIND = 3  # at most this many skills (or languages...) among the suggestions: variety beats ten alike
NOTICEABLE = 0.5  # points: a change that moves no city by this much is not advice
ENOUGH_OF_THE_GAIN = 0.75  # of a group's sizes (language levels, pay steps), the smallest bringing this share


@dataclass
class Suggestion:
    kind: str  # language | skill | condition | pay
    change: str  # in the user's words: "Polnisch lernen, bis Niveau B2"
    profile_patch: dict  # RFC 7386 merge patch from the profile file to the changed one
    deltas: dict[str, float]  # city -> score change, every city
    best_before: float | None
    best_after: float | None
    first_before: str | None
    first_after: str | None
    reordered: bool  # the order of the cities changes

    @property
    def best_gain(self) -> float:
        return (self.best_after or 0.0) - (self.best_before or 0.0)

    def to_json(self) -> dict:
        return {"change": self.change, "profile_patch": self.profile_patch,
                "deltas": {city: round(delta, 1) for city, delta in self.deltas.items()}}

    def moves(self, lang: str, count: int) -> str:
        """'Hagen +10 · Magdeburg ±0': the cities whose score moves most, at most `count` (… when more)."""
        moved = sorted(self.deltas.items(), key=lambda item: -abs(item[1]))
        shown = " · ".join(f"{city} {signed_points(delta, lang)}" for city, delta in moved[:count])
        return shown + (" · …" if len(moved) > count else "")

    def effect(self, lang: str) -> str:
        """One line: what the change does to first place and the best score."""
        if self.best_before is None and self.best_after is not None:
            return say("advice_first_score", lang, city=self.first_after, score=round(self.best_after))
        if self.first_after != self.first_before:
            return say("advice_new_first", lang, city=self.first_after, gain=signed_points(round(self.best_gain), lang))
        if self.best_gain >= NOTICEABLE:
            return say("advice_best_gain", lang, city=self.first_after, gain=round(self.best_gain))
        return say("advice_order_changes", lang) if self.reordered else say("advice_others_gain", lang)


def advise(cities: list[CityProfile], profile: CandidateProfile, vocabulary: Vocabulary, lang: str = "de",
           limit: int = MAX_SUGGESTIONS, ranker: Ranker | None = None) -> list[Suggestion]:
    ranker = ranker or Ranker(cities, vocabulary)
    before = ranker.rank(profile, lang, explain=0)
    view = CandidateView.build(profile, vocabulary)
    document, scores_before = profile.to_dict(), {city.city: city.score for city in before.cities}
    measured = []
    for kind, group in _candidate_changes(cities, profile, view, lang):
        # one suggestion per group (a language, the pay): most of the gain for the smallest change
        options = [_measure(ranker, document, scores_before, kind, changed, words, before)
                   for words, changed in group]
        useful = [s for s in options if s.reordered or any(d >= NOTICEABLE for d in s.deltas.values())]
        if useful:
            top = max(s.best_gain for s in useful)
            measured.append(next(s for s in useful if s.best_gain >= top * ENOUGH_OF_THE_GAIN))
    measured.sort(key=lambda s: (-s.best_gain, s.first_after == s.first_before, not s.reordered,
                                 -sum(d for d in s.deltas.values() if d > 0), s.change))
    chosen, per_kind = [], {}
    for suggestion in measured:
        per_kind[suggestion.kind] = per_kind.get(suggestion.kind, 0) + 1
        if per_kind[suggestion.kind] <= PER_KIND:
            chosen.append(suggestion)
    return chosen[:limit]


def _measure(ranker: Ranker, document: dict, scores_before: dict[str, float | None], kind: str,
             changed: CandidateProfile, words: str, before: Ranking) -> Suggestion:
    after = ranker.rank(changed, explain=0)
    deltas = {city.city: (city.score or 0.0) - (scores_before[city.city] or 0.0) for city in after.cities}
    return Suggestion(
        kind=kind,
        change=words,
        profile_patch=make_patch(document, changed.to_dict()),
        deltas=deltas,
        best_before=before.cities[0].score if before.cities else None,
        best_after=after.cities[0].score if after.cities else None,
        first_before=before.cities[0].city if before.cities else None,
        first_after=after.cities[0].city if after.cities else None,
        reordered=[c.city for c in before.cities] != [c.city for c in after.cities],
    )


def _candidate_changes(cities, profile: CandidateProfile, view: CandidateView, lang: str):
    """(kind, group) pairs; a group lists (words, changed profile) for one idea in growing sizes."""
    yield from _language_changes(cities, profile, view, lang)
    yield from _skill_changes(cities, view, lang)
    yield from _condition_changes(profile, lang)
    yield from _pay_changes(cities, profile, view, lang)


def _language_changes(cities, profile: CandidateProfile, view: CandidateView, lang: str):
    asked = dict.fromkeys(c for city in cities for c in city.concept_ids("language"))
    for concept_id in asked:
        concept = view.vocabulary.by_id[concept_id]
        if not concept.code or concept.code == "*":
            continue  # "any foreign language" names no language to learn
        now = profile.level_of(concept.code)
        higher = [level for level in LEARNABLE_LEVELS if now is None or LEVELS.index(level) > LEVELS.index(now)]
        group = []
        for level in higher:
            changed = profile.copy()
            changed.languages = [l for l in changed.languages if l.code != concept.code]
            changed.languages.append(LanguageSkill(concept.code, level))
            key = "advice_learn_language" if now is None else "advice_improve_language"
            group.append((say(key, lang, language=concept.label(lang), level=level), changed))
        if group:
            yield "language", group


def _skill_changes(cities, view: CandidateView, lang: str):
    have = view.skill_ids
    asked = dict.fromkeys(c for city in cities for c in city.concept_ids("skill") if c not in have)
    for concept_id in asked:
        label = view.vocabulary.by_id[concept_id].label(lang)
        changed = view.profile.copy()
        changed.skills = [*changed.skills, label]
        yield "skill", [(say("advice_add_skill", lang, skill=label), changed)]


def _condition_changes(profile: CandidateProfile, lang: str):
    for key in ("shift_work", "weekend_work"):
        if getattr(profile.preferences, key) is False:
            changed = profile.copy()
            setattr(changed.preferences, key, True)
            changed.musts = [m for m in changed.musts if m != key]
            yield "condition", [(say(f"advice_accept_{key}", lang), changed)]


def _pay_changes(cities, profile: CandidateProfile, view: CandidateView, lang: str):
    """Asking for what a city's reachable pay band offers, highest first (the smallest step down first)."""
    wish = profile.salary
    asked = max(x for x in (wish.minimum, wish.desired, 0) if x is not None)
    reachable = ([band.top for band in city.salary_bands if eligible(band, view)] for city in cities)
    tops = {max(city_tops) for city_tops in reachable if city_tops}
    group = []
    for top in sorted((t for t in tops if t < asked), reverse=True):
        changed = profile.copy()
        changed.salary.desired = min(wish.desired, top) if wish.desired is not None else None
        changed.salary.minimum = min(wish.minimum, top) if wish.minimum is not None else None
        group.append((say("advice_lower_pay", lang, amount=euro(top, lang)), changed))
    if group:
        yield "pay", group
