"""One scorer per criterion: how well one city fits the candidate, with the words to say why."""

from __future__ import annotations

from app.core.cityprofile import CityProfile, Fact, SalaryBand
from app.core.messages import euro, euro_range, join_words, level_name, say
from app.core.results import NO_INFORMATION, NOT_ASKED, SCORED, CriterionResult, Evidence
from app.core.view import CandidateView


def score_city(city: CityProfile, view: CandidateView, lang: str | None) -> list[CriterionResult]:
    """lang None: scores only, no words (the fast pass over every city); else explained in that language."""
    return [scorer(city, view, lang) for scorer in SCORERS.values()]


def _evidence(city: CityProfile, facts: list[Fact]) -> list[Evidence]:
    seen: dict[tuple[int, int], Evidence] = {}
    for fact in facts:
        seen.setdefault((fact.start, fact.end), Evidence(fact.quote, city.source, fact.start, fact.end))
    return sorted(seen.values(), key=lambda e: e.start)


def _silent(criterion: str, status: str, lang: str | None) -> CriterionResult:
    key = "no_information" if status == NO_INFORMATION else f"not_asked_{criterion}"
    return CriterionResult(criterion, None, status, say(key, lang) if lang else "")


def _silence(criterion: str, article_says: bool, candidate_says: bool, lang: str | None) -> CriterionResult | None:
    """The unscored result when either side has nothing to say; None when the criterion can be scored."""
    if not candidate_says:
        return _silent(criterion, NOT_ASKED, lang)
    if not article_says:
        return _silent(criterion, NO_INFORMATION, lang)
    return None


def _brought_and_missing(matched: list[str], missing: list[str], lang: str) -> list[str]:
    brought = say("you_bring", lang, what=join_words(matched, lang)) if matched else say("you_bring_none", lang)
    return [brought] + ([say("missing", lang, what=join_words(missing, lang))] if missing else [])


def _label(view: CandidateView, concept_id: str, lang: str) -> str:
    return view.vocabulary.by_id[concept_id].label(lang)


# --- salary -------------------------------------------------------------------------------------

def salary_range(band: SalaryBand, lang: str) -> str:
    if band.min_eur is None:
        return say("range_up_to", lang, amount=euro(band.max_eur, lang))
    if band.max_eur is None:
        return say("range_from", lang, amount=euro(band.min_eur, lang))
    return euro_range(band.min_eur, band.max_eur, lang)


def _requirement_label(view: CandidateView, requirement: str, lang: str) -> str:
    if requirement == "experience":
        return say("requirement_experience", lang, years=view.config["experienced_after_years"])
    return _label(view, requirement, lang)


def eligible(band: SalaryBand, view: CandidateView) -> bool:
    if band.applies_to in ("entry", "general"):
        return True
    if not band.requires:
        return view.experienced
    return any(view.meets(requirement) for requirement in band.requires)


def salary_points(top: float, minimum: float, desired: float, config: dict) -> float:
    """100 at the desired pay, the configured points at the minimum, 0 at a quarter below it."""
    at_minimum = config["salary_points_at_minimum"]
    if top >= desired:
        return 100.0
    if top >= minimum:
        return at_minimum + (100 - at_minimum) * (top - minimum) / (desired - minimum)
    shortfall = (minimum - top) / (minimum * config["salary_shortfall_to_zero"])
    return max(0.0, at_minimum * (1 - shortfall))


def score_salary(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    wish = view.profile.salary
    silent = _silence("salary", bool(city.salary_bands), wish.minimum is not None or wish.desired is not None, lang)
    if silent:
        return silent
    minimum = wish.minimum if wish.minimum is not None else wish.desired
    desired = max(minimum, wish.desired if wish.desired is not None else minimum)  # type: ignore[arg-type]
    reachable = [band for band in city.salary_bands if eligible(band, view)]
    band = max(reachable, key=lambda b: (b.top, b.bottom)) if reachable else \
        min(city.salary_bands, key=lambda b: (b.top, b.bottom))
    score = salary_points(band.top, minimum, desired, view.config)
    broken = ["salary_minimum"] if "salary_minimum" in view.profile.musts and wish.minimum is not None \
        and band.top < wish.minimum else []
    if lang is None:
        return CriterionResult("salary", score, SCORED, "", broken_musts=broken)

    parts = [say("salary_band", lang, range=salary_range(band, lang), group=say(f"group_{band.applies_to}", lang))]
    if band.estimate:
        parts.append(say("salary_estimate", lang))
    met = [r for r in band.requires if view.meets(r)]
    if met and band in reachable:
        parts.append(say("salary_you_qualify", lang, what=join_words([_requirement_label(view, r, lang) for r in met], lang)))
    if wish.minimum is not None:
        key = "salary_minimum_met" if band.top >= wish.minimum else "salary_minimum_missed"
        parts.append(say(key, lang, amount=euro(wish.minimum, lang), gap=euro(wish.minimum - band.top, lang)))
    if wish.desired is not None:
        key = "salary_desired_met" if band.top >= wish.desired else "salary_desired_missed"
        parts.append(say(key, lang, amount=euro(wish.desired, lang), gap=euro(wish.desired - band.top, lang)))
    missing = []
    higher = [b for b in city.salary_bands if b.top > band.top and b not in reachable]
    if higher:
        better = max(higher, key=lambda b: b.top)
        missing = [_requirement_label(view, r, lang) for r in better.requires if not view.meets(r)]
        parts.append(say("salary_higher_band", lang, range=salary_range(better, lang),
                         group=say(f"group_{better.applies_to}", lang),
                         what=join_words(missing, lang) or say(f"group_{better.applies_to}", lang)))
    quoted = [band] + ([better] if higher else [])
    evidence = sorted({(b.start, b.end): Evidence(b.quote, city.source, b.start, b.end) for b in quoted}.values(),
                      key=lambda e: e.start)
    return CriterionResult("salary", score, SCORED, " ".join(parts), [salary_range(band, lang)], missing,
                           evidence, broken)


# --- languages ----------------------------------------------------------------------------------

def score_languages(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    asked = city.concept_ids("language")
    silent = _silence("languages", bool(asked), bool(view.profile.languages), lang)
    if silent:
        return silent
    levels = {c: view.language_level(view.vocabulary.by_id[c].code or "") for c in asked}
    points = [view.level_points(level) for level in levels.values()]
    share = view.config["language_best_share"]
    score = share * max(points) + (1 - share) * sum(points) / len(points)
    if lang is None:
        return CriterionResult("languages", score, SCORED, "")
    matched = [_language_shown(view.vocabulary.by_id[c], asked, view, level, lang) for c, level in levels.items()
               if level]
    missing = [_label(view, c, lang) for c, level in levels.items() if not level]
    parts = [say("languages_asked", lang, what=join_words([_label(view, c, lang) for c in asked], lang)),
             *_brought_and_missing(matched, missing, lang)]
    facts = [fact for facts in city.concepts("language").values() for fact in facts]
    return CriterionResult("languages", score, SCORED, " ".join(parts), matched, missing, _evidence(city, facts))


def _language_shown(concept, asked: tuple[str, ...], view: CandidateView, level: str, lang: str) -> str:
    """'Polnisch (B2)'; the generic 'Fremdsprachen' names the language it counted."""
    shown_level = level_name(level, lang)
    if concept.code != "*":
        return f"{concept.label(lang)} ({shown_level})"
    language = view.vocabulary.language_by_code(view.best_foreign_language()[0] or "")
    if language is None or language.id in asked:
        return concept.label(lang)
    return f"{concept.label(lang)} ({language.label(lang)}, {shown_level})"


# --- skills -------------------------------------------------------------------------------------

def score_skills(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    asked = city.concept_ids("skill")
    silent = _silence("skills", bool(asked), bool(view.profile.skills), lang)
    if silent:
        return silent
    have = view.skill_ids
    score = 100.0 * sum(1 for c in asked if c in have) / len(asked)
    if lang is None:
        return CriterionResult("skills", score, SCORED, "")
    matched = [_label(view, c, lang) for c in asked if c in have]
    missing = [_label(view, c, lang) for c in asked if c not in have]
    parts = [say("skills_count", lang, count=len(matched), total=len(asked)),
             *_brought_and_missing(matched, missing, lang)]
    languages = [m.text for m in view.skills if m.concept and m.concept.category == "language"]
    if languages:
        parts.append(say("skills_language_hint", lang, what=join_words(languages, lang)))
    unknown = [m.text for m in view.skills if m.concept is None]
    if unknown:
        parts.append(say("skills_unknown", lang, what=join_words([f"„{t}“" if lang == "de" else f"“{t}”" for t in unknown], lang)))
    quoted = city.concepts("skill")
    facts = [fact for concept_id, facts in quoted.items() if concept_id in have for fact in facts]
    facts += [facts[0] for concept_id, facts in quoted.items() if concept_id not in have]
    return CriterionResult("skills", score, SCORED, " ".join(parts), matched, missing, _evidence(city, facts))


# --- industries and channels: the share of the candidate's wishes the article names -------------

def _wish_overlap(criterion: str, category: str, city: CityProfile, view: CandidateView, lang: str,
                  wished: set[str]) -> CriterionResult:
    typed = view.profile.preferences.industries if criterion == "industries" else view.profile.preferences.channels
    offered = city.concept_ids(category)
    silent = _silence(criterion, bool(offered), bool(typed), lang)
    if silent:
        return silent
    found = sum(1 for c in wished if c in offered)
    score = 100.0 * found / len(typed)
    broken = [criterion] if criterion in view.profile.musts and not found else []
    if lang is None:
        return CriterionResult(criterion, score, SCORED, "", broken_musts=broken)
    matched = [_label(view, c, lang) for c in sorted(wished) if c in offered]
    missing = [_label(view, c, lang) for c in sorted(wished) if c not in offered]
    parts = [say(f"{criterion}_offered", lang, what=join_words([_label(view, c, lang) for c in offered], lang))]
    parts.append(say("wish_found", lang, what=join_words(matched, lang)) if matched else say("wish_none_found", lang))
    if missing:
        parts.append(say("wish_missing", lang, what=join_words(missing, lang)))
    quoted = city.concepts(category)
    facts = [fact for concept_id in wished if concept_id in quoted for fact in quoted[concept_id]]
    return CriterionResult(criterion, score, SCORED, " ".join(parts), matched, missing,
                           _evidence(city, facts or [f for fs in quoted.values() for f in fs]), broken)


def score_industries(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    return _wish_overlap("industries", "industry", city, view, lang, view.concept_ids(view.industries, "industry"))


def score_channels(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    return _wish_overlap("channels", "channel", city, view, lang, view.concept_ids(view.channels, "channel"))


# --- working conditions -------------------------------------------------------------------------

def _condition_named(city: CityProfile, concept_ids: tuple[str, ...]) -> bool | None:
    """True if the article names one of the concepts, False if it rules them out, None if silent."""
    named = city.concept_ids("condition")
    if any(c in named for c in concept_ids):
        return True
    return False if any(city.is_ruled_out(c) for c in concept_ids) else None


def _condition_facts(city: CityProfile, concept_ids: tuple[str, ...], named: bool) -> list[Fact]:
    if named:
        return [f for c in concept_ids for f in city.concepts("condition").get(c, [])]
    return [f for c in concept_ids for f in city.negated(c)]


def score_conditions(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    prefs = view.profile.preferences
    wishes = [("shift_work", prefs.shift_work, ("shift_work",)),
              ("weekend_work", prefs.weekend_work, ("weekend_work",)),
              ("wants_onboarding", True if prefs.wants_onboarding else None, ("structured_onboarding", "mentoring"))]
    wishes = [w for w in wishes if w[1] is not None]
    if not wishes:
        return _silent("conditions", NOT_ASKED, lang)
    points, parts, matched, missing, broken, facts = [], [], [], [], [], []
    for key, wish, concept_ids in wishes:
        present = _condition_named(city, concept_ids)
        label = say(f"must_{key}", lang) if lang else key
        if present is None:
            if lang:
                parts.append(say("condition_silent", lang, what=label))
            continue
        fits = key == "wants_onboarding" and present or key != "wants_onboarding" and (wish or not present)
        points.append(100.0 if fits else 0.0)
        (matched if fits else missing).append(label)
        if lang:
            facts += _condition_facts(city, concept_ids, present)
            state = "named" if present else "ruled_out"
            parts.append(say(f"condition_{key}_{'yes' if wish else 'no'}_{state}", lang))
        if not fits and key in view.profile.musts:
            broken.append(key)
    if not points:
        return CriterionResult("conditions", None, NO_INFORMATION, " ".join(parts))
    if lang is None:
        return CriterionResult("conditions", sum(points) / len(points), SCORED, "", broken_musts=broken)
    pressure = city.concepts("condition").get("performance_pressure")
    if pressure:
        parts.append(say("condition_pressure", lang))
        facts += pressure
    return CriterionResult("conditions", sum(points) / len(points), SCORED, " ".join(parts), matched, missing,
                           _evidence(city, facts), broken)


# --- training and growth ------------------------------------------------------------------------

def score_training(city: CityProfile, view: CandidateView, lang: str) -> CriterionResult:
    offered = city.concept_ids("training")
    if not offered:
        return _silent("training", NO_INFORMATION, lang)
    by_count = view.config["training_points_by_count"]
    score = float(by_count[min(len(offered), len(by_count) - 1)])
    if lang is None:
        return CriterionResult("training", score, SCORED, "")
    names = [_label(view, c, lang) for c in offered]
    text = say("training_offered", lang, what=join_words(names, lang), count=len(offered))
    return CriterionResult("training", score, SCORED, text, names, [],
                           _evidence(city, [f for fs in city.concepts("training").values() for f in fs]))


SCORERS = {"salary": score_salary, "languages": score_languages, "skills": score_skills,
           "industries": score_industries, "conditions": score_conditions, "training": score_training,
           "channels": score_channels}


def _languages_key(view: CandidateView) -> tuple:
    return tuple(sorted((l.code, l.level) for l in view.profile.languages))


# What each criterion reads from the candidate: equal keys mean equal scores for every city.
INPUTS = {
    "salary": lambda v: (v.profile.salary.minimum, v.profile.salary.desired, v.experienced, _languages_key(v),
                         frozenset(v.skill_ids), "salary_minimum" in v.profile.musts),
    "languages": _languages_key,
    "skills": lambda v: (frozenset(v.skill_ids), bool(v.profile.skills)),
    "industries": lambda v: (frozenset(v.concept_ids(v.industries, "industry")), len(v.profile.preferences.industries),
                             "industries" in v.profile.musts),
    "channels": lambda v: (frozenset(v.concept_ids(v.channels, "channel")), len(v.profile.preferences.channels),
                           "channels" in v.profile.musts),
    "conditions": lambda v: (v.profile.preferences.shift_work, v.profile.preferences.weekend_work,
                             v.profile.preferences.wants_onboarding,
                             tuple(m for m in v.profile.musts if m in ("shift_work", "weekend_work", "wants_onboarding"))),
    "training": lambda v: (),
}
