"""What-if advice: changes to the profile that raise the best score or change the ranking.

Every suggestion is measured, never estimated: the changed profile is ranked again and each city's new
score is compared with its score today.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.candidate import HARDSHIPS, LEVELS, CandidateProfile, LanguageSkill
from app.core.cityprofile import CityProfile
from app.core.criteria.pay import best_band, counted_pay
from app.core.merge_patch import make_patch
from app.core.messages import euro, points, say, signed_points
from app.core.pay_steps import PaySteps, first_step
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
    kind: str  # language | skill | condition | pay | pay_up
    key: str  # the same in every language ("language:pl:B2"): ties are broken by it, not by the words
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
        if self.kind == "pay_up":
            return say("advice_ask_more_effect", lang)
        if self.best_before is None and self.best_after is not None:
            return say("advice_first_score", lang, city=self.first_after, score=round(self.best_after))
        if self.first_after != self.first_before:
            return say("advice_new_first", lang, city=self.first_after,
                       gain=points(self.best_gain, lang, signed=True, tenths=True))
        if self.best_gain >= NOTICEABLE:
            return say("advice_best_gain", lang, city=self.first_after, gain=points(self.best_gain, lang, tenths=True))
        return say("advice_order_changes", lang) if self.reordered else say("advice_others_gain", lang)


def advise(cities: list[CityProfile], profile: CandidateProfile, vocabulary: Vocabulary, lang: str = "de",
           limit: int = MAX_SUGGESTIONS, ranker: Ranker | None = None) -> list[Suggestion]:
    ranker = ranker or Ranker(cities, vocabulary)
    before = ranker.rank(profile, lang, explain=0)
    view = CandidateView.build(profile, vocabulary)
    profile_data, scores_before = profile.to_dict(), {city.city: city.score for city in before.cities}
    measured = []
    for kind, group in _candidate_changes(cities, profile, view, lang, before):
        # one suggestion per group (a language, the pay): most of the gain for the smallest change
        options = [_measure(ranker, profile_data, scores_before, kind, key, changed, words, before)
                   for key, words, changed in group]
        useful = [s for s in options if s.reordered or any(d >= NOTICEABLE for d in s.deltas.values())
                  or kind == "pay_up"]  # asking for more moves no score: it is worth money, not points
        if useful:  # the smallest change that brings most of the gain, or already changes first place
            enough = _enough_of(max(s.best_gain for s in useful))
            measured.append(next(s for s in useful if s.best_gain >= enough or s.first_after != s.first_before))
    measured.sort(key=lambda s: (-s.best_gain, s.first_after == s.first_before, not s.reordered,
                                 -sum(d for d in s.deltas.values() if d > 0), s.key))
    chosen: list[Suggestion] = []
    per_kind: dict[str, int] = {}
    for suggestion in measured:
        per_kind[suggestion.kind] = per_kind.get(suggestion.kind, 0) + 1
        if per_kind[suggestion.kind] <= PER_KIND:
            chosen.append(suggestion)
    return chosen[:limit]


def _enough_of(top: float) -> float:
    """The gain that counts as most of `top`; when every change lowers the best score, the least loss."""
    return top * ENOUGH_OF_THE_GAIN if top > 0 else top


def _measure(ranker: Ranker, profile_data: dict, scores_before: dict[str, float | None], kind: str, key: str,
             changed: CandidateProfile, words: str, before: Ranking) -> Suggestion:
    after = ranker.rank(changed, explain=0)
    deltas = {city.city: (city.score or 0.0) - (scores_before[city.city] or 0.0) for city in after.cities}
    return Suggestion(
        kind=kind,
        key=key,
        change=words,
        profile_patch=make_patch(profile_data, changed.to_dict()),
        deltas=deltas,
        best_before=before.cities[0].score if before.cities else None,
        best_after=after.cities[0].score if after.cities else None,
        first_before=before.cities[0].city if before.cities else None,
        first_after=after.cities[0].city if after.cities else None,
        reordered=[c.city for c in before.cities] != [c.city for c in after.cities],
    )


def _candidate_changes(cities, profile: CandidateProfile, view: CandidateView, lang: str, before: Ranking):
    """(kind, group) pairs; a group lists (key, words, changed profile) for one idea in growing sizes."""
    yield from _language_changes(cities, profile, view, lang)
    yield from _skill_changes(cities, view, lang)
    yield from _condition_changes(profile, lang)
    yield from _pay_changes(cities, profile, view, lang, before)


def _language_changes(cities, profile: CandidateProfile, view: CandidateView, lang: str):
    """Languages the cities name, and German when it is below the level every city expects."""
    asked = dict.fromkeys(c for city in cities for c in city.concept_ids("language"))
    for concept_id in asked:
        concept = view.vocabulary.by_id[concept_id]
        if not concept.code or concept.code == "*":
            continue  # "any foreign language" names no language to learn
        yield from _level_steps(concept, profile, lang)
    german = view.vocabulary.language_by_code("de")
    level = profile.level_of("de")
    working = LEVELS.index(view.config["working_german_level"])
    if german and german.id not in asked and level and LEVELS.index(level) < working:
        yield from _level_steps(german, profile, lang)  # below the level every city expects


def _level_steps(concept, profile: CandidateProfile, lang: str):
    """Learning or improving one language, a level at a time; more than one level is a long-term goal."""
    now = profile.level_of(concept.code)
    start = LEVELS.index(now) + 1 if now else 0
    group = []
    for level in LEARNABLE_LEVELS:
        steps = LEVELS.index(level) + 1 - start
        if steps <= 0:
            continue
        changed = profile.copy()
        changed.languages = [language for language in changed.languages if language.code != concept.code]
        changed.languages.append(LanguageSkill(concept.code, level))
        effort = say("advice_one_step" if steps == 1 else "advice_long_term", lang, steps=steps)
        words = say("advice_learn_language", lang, language=concept.label(lang), level=level, effort=effort) \
            if now is None else say("advice_improve_language", lang, language=concept.label(lang), now=now,
                                    level=level, effort=effort)
        group.append((f"language:{concept.code}:{level}", words, changed))
    if group:
        yield "language", group


def _skill_changes(cities, view: CandidateView, lang: str):
    """A skill an article names; a personal quality is something to mention if it is true, not to acquire."""
    have = view.skill_ids
    asked = dict.fromkeys(c for city in cities for c in city.concept_ids("skill") if c not in have)
    for concept_id in asked:
        concept = view.vocabulary.by_id[concept_id]
        label = concept.label(lang)
        changed = view.profile.copy()
        changed.skills = [*changed.skills, concept.label("de")]
        words = say("advice_mention_trait" if concept.trait else "advice_add_skill", lang, skill=label)
        yield "skill", [(f"skill:{concept_id}", words, changed)]


def _condition_changes(profile: CandidateProfile, lang: str):
    """Refused working hours, accepted now and then, then altogether; the must goes with the refusal."""
    for key in HARDSHIPS:
        choice = getattr(profile.preferences, key)
        if choice not in ("no", "sometimes"):
            continue
        group = []
        for accepted in (("sometimes", "ok") if choice == "no" else ("ok",)):
            changed = profile.copy()
            setattr(changed.preferences, key, accepted)
            changed.musts = [m for m in changed.musts if m != key]
            group.append((f"condition:{key}:{accepted}", say(f"advice_accept_{accepted}", lang,
                                                              what=say(f"must_{key}", lang)), changed))
        yield "condition", group


def _pay_changes(cities, profile: CandidateProfile, view: CandidateView, lang: str, before: Ranking):
    """The wish lowered to what a city's reachable band pays, never below the minimum, which stays as it is;
    or, when the wish is below what every city pays the candidate, the advice to ask for more.

    There may be as many amounts as cities: of them, only the one advise would choose is offered (see
    _chosen_pay_step), so the group holds one change."""
    wish = profile.salary
    bands = [band for city in cities if (band := best_band(city, view))]
    pays = [counted_pay(band) for band in bands]
    if wish.desired is None or not pays:
        return
    amounts = sorted({p for p in pays if (wish.minimum or 0) <= p < wish.desired}, reverse=True)
    step = _chosen_pay_step(PaySteps(before, cities, view, amounts)) if amounts else None
    if step is not None:
        changed = profile.copy()
        changed.salary.desired = amounts[step]
        words = say("advice_lower_wish_keep_minimum" if wish.minimum is not None else "advice_lower_wish", lang,
                    amount=euro(amounts[step], lang), minimum=euro(wish.minimum, lang))
        yield "pay", [(f"pay:{amounts[step]}", words, changed)]
    lowest = [band.min_eur for band in bands if band.min_eur is not None]
    if len(lowest) < len(cities):
        return  # some article names no lower figure for someone like the candidate ("bis 2.800 €"): no floor
    floor_everywhere = min(lowest)  # what every article names at least
    if wish.desired < floor_everywhere:
        changed = profile.copy()
        changed.salary.desired = floor_everywhere
        yield "pay_up", [("pay_up", say("advice_ask_more", lang, amount=euro(floor_everywhere, lang)), changed)]


def _chosen_pay_step(steps: PaySteps) -> int | None:
    """The step advise's rule picks from a group, as if every lowered wish were ranked: of the useful steps
    (the order changes, or a city moves noticeably) the first that brings ENOUGH_OF_THE_GAIN of the largest
    gain or changes first place. Found from a few steps, since the best score and every city's score only
    rise as the wish falls: whether a city moves is true from some step on, and so is enough of the gain."""
    last = steps.count - 1
    if steps.moves(last, NOTICEABLE):  # useful from some step on, and the last step gains most
        top = steps.best_gain(last)
    elif steps.reordered():  # useful only where the order changes
        top = steps.best_gain(max(stretch.stop for stretch in steps.reordered()) - 1)
    else:
        return None
    change = steps.first_change()
    kept = steps.count if change is None else change  # until then first place keeps its city
    enough = first_step(lambda step: steps.gain(0, step) >= _enough_of(top), 0, kept)
    useful = _first_useful_step(steps, enough) if enough < kept else None
    return min((step for step in (useful, change) if step is not None), default=None)


def _first_useful_step(steps: PaySteps, start: int) -> int | None:
    """The first step from `start` on at which a city moves noticeably or the order changes."""
    if steps.moves(start, NOTICEABLE):
        return start
    moving = first_step(lambda step: steps.moves(step, NOTICEABLE), start, steps.count)
    reordering = [max(start, stretch.start) for stretch in steps.reordered() if stretch.stop > start]
    found = min([moving, *reordering])
    return found if found < steps.count else None
