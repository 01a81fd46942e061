"""Matching a candidate against job ads: the criteria of a city (the same scores, musts and explanations, read
from the ad), plus the ad's requirements, a must weighing more than a nice-to-have."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.candidate import LEVELS, CandidateProfile
from app.core.job_ad import EXPERIENCE, MUST, JobAd, Requirement, subjects
from app.core.messages import decimal, level_name, say, score_number, speaking_of, stated_pay
from app.core.ranking import Ranker, explain_city, place_key
from app.core.resources import load_json_resource
from app.core.results import CityResult
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary


@dataclass(frozen=True)
class RequirementCheck:
    requirement: Requirement
    met: bool | None  # None: the candidate gave nothing to compare it with
    have: str | None  # the candidate's level of a required language

    def describe(self, view: CandidateView, lang: str) -> str:
        """'gefordert: Englisch C1 – Sie: B2', 'von Vorteil: CRM-Systeme – Sie: nicht in Ihrem Profil'."""
        requirement = self.requirement
        strength = say(f"requirement_{requirement.strength}", lang)
        if requirement.concept == EXPERIENCE:
            what = say("requirement_experience_years" if requirement.years else "requirement_experience_any", lang,
                       years=decimal(requirement.years or 0, lang))
            return say("requirement_plain", lang, strength=strength, what=what,
                       have=say("requirement_your_years", lang, years=decimal(view.profile.experience_years, lang),
                                count=view.profile.experience_years))
        what = view.vocabulary.by_id[requirement.concept].label(lang)
        if self.met is None:
            have = say("requirement_nothing_given", lang)
        elif self.have is not None:
            have = level_name(self.have, lang)
        else:
            have = say("requirement_brought" if self.met else "requirement_not_in_profile", lang)
        if requirement.level:
            return say("requirement_level", lang, strength=strength, what=what,
                       level=level_name(requirement.level, lang), have=have)
        return say("requirement_plain", lang, strength=strength, what=what, have=have)


@dataclass
class JobResult:
    ad: JobAd
    criteria: CityResult  # the ad judged as a city is
    checks: list[RequirementCheck]
    requirement_points: float | None  # None: no requirement could be compared
    score: float | None

    @property
    def broken_musts(self) -> list[str]:
        """The candidate's own musts the ad breaks."""
        return self.criteria.broken_musts

    @property
    def missing_musts(self) -> list[RequirementCheck]:
        """What the ad requires that the candidate does not bring."""
        return [check for check in self.checks if check.met is False and check.requirement.strength == MUST]


def rank_jobs(ads: list[JobAd], profile: CandidateProfile, vocabulary: Vocabulary, lang: str,
              ranker: Ranker | None = None, explain: int | None = None) -> list[JobResult]:
    """Every ad, best first; an ad that breaks one of the candidate's musts comes last, as a city does. The
    first `explain` places (all when None) get their explanations."""
    ranker = ranker or Ranker([ad.profile for ad in ads], vocabulary)
    view = CandidateView.build(profile, vocabulary)
    ranking = ranker.rank(profile, lang, explain=0)
    by_source = {ad.profile.source: ad for ad in ads}
    results = [_job_result(by_source[city.source], city, view) for city in ranking.cities]
    results.sort(key=lambda job: place_key(bool(job.broken_musts), job.score, job.ad.title, job.ad.source))
    shown = len(results) if explain is None else explain
    return [explain_job(job, profile, vocabulary, lang) if place < shown else job
            for place, job in enumerate(results)]


def explain_job(job: JobResult, profile: CandidateProfile, vocabulary: Vocabulary, lang: str) -> JobResult:
    """An ad ranked without words, now with them, in the words for an ad."""
    if job.criteria.explained:
        return job
    with speaking_of(*subjects(job.ad)):
        criteria = explain_city(job.ad.profile, profile, vocabulary, lang)
    return JobResult(job.ad, criteria, job.checks, job.requirement_points, job.score)


def describe_total(job: JobResult, lang: str) -> str:
    """How the score is made of the criteria and the requirements; "" when there is nothing to add (no
    requirement could be compared: the score is the criteria's)."""
    if job.requirement_points is None or job.criteria.score is None:
        return ""
    config = load_json_resource("scoring.json")["job_requirements"]
    weights = sum(job.criteria.weights.values())  # the weights the score was made with (_job_result)
    return say("job_total", lang, score=score_number(job.score), criteria=score_number(job.criteria.score),
               requirements=score_number(job.requirement_points), weights=f"{weights:g}",
               requirement_weight=f"{config['weight']:g}")


def describe_requirements(job: JobResult, view: CandidateView, lang: str) -> list[str]:
    if not job.checks:
        return [say("requirements_none", lang)]
    judged = [check for check in job.checks if check.met is not None]
    lines = [check.describe(view, lang) for check in job.checks]
    if judged and job.requirement_points is not None:
        lines.insert(0, say("requirements_score", lang, met=sum(1 for c in judged if c.met), total=len(judged),
                            points=score_number(job.requirement_points)))
    return lines


def _job_result(ad: JobAd, criteria: CityResult, view: CandidateView) -> JobResult:
    checks = [_check(requirement, view) for requirement in ad.requirements]
    config = load_json_resource("scoring.json")["job_requirements"]
    judged = [(config[check.requirement.strength], check.met) for check in checks if check.met is not None]
    points = 100 * sum(weight for weight, met in judged if met) / sum(w for w, _ in judged) if judged else None
    score = criteria.score
    if score is not None and points is not None:
        weights = sum(criteria.weights.values())
        score = (score * weights + points * config["weight"]) / (weights + config["weight"])
    return JobResult(ad, criteria, checks, points, score)


def _check(requirement: Requirement, view: CandidateView) -> RequirementCheck:
    if requirement.concept == EXPERIENCE:  # "Berufserfahrung" without years: some, a year at least
        return RequirementCheck(requirement, view.profile.experience_years >= (requirement.years or 1), None)
    concept = view.vocabulary.by_id[requirement.concept]
    if concept.category == "language":
        if not view.profile.languages:
            return RequirementCheck(requirement, None, None)
        have = view.profile.level_of(concept.code or "")
        if have is None:
            return RequirementCheck(requirement, False, None)
        needed = requirement.level or "A2"  # "Englischkenntnisse" without a level: some English
        return RequirementCheck(requirement, LEVELS.index(have) >= LEVELS.index(needed), have)
    if not view.skill_ids:
        return RequirementCheck(requirement, None, None)
    return RequirementCheck(requirement, concept.id in view.skill_ids, None)


def job_json(job: JobResult) -> dict:
    """One ad as `cityfit jobs --json` writes it: fixed keys, pay in the period the ad states."""
    from app.core.results import criteria_json, one_decimal

    ad, pay = job.ad, job.ad.pay
    return {
        "title": ad.title,
        "employer": ad.employer,
        "city": ad.city,
        "source": ad.source,
        "score": one_decimal(job.score),
        "pay": {"min": pay.low, "max": pay.high, "period": pay.period} if pay else None,
        "hours_per_week": ad.hours_per_week,
        "hours_per_week_max": ad.hours_per_week_max,
        "contract": ad.contract,
        "broken_musts": job.broken_musts,
        "requirements": [{"concept": c.requirement.concept, "level": c.requirement.level,
                          "strength": c.requirement.strength, "met": c.met, "quote": c.requirement.quote}
                         for c in job.checks],
        "criteria": criteria_json(job.criteria),
    }


def hours_words(ad: JobAd, lang: str) -> str:
    """'40 Std./Woche', '30–40 Std./Woche'."""
    assert ad.hours_per_week is not None
    hours = decimal(ad.hours_per_week, lang) + (f"–{decimal(ad.hours_per_week_max, lang)}"
                                                if ad.hours_per_week_max else "")
    return say("hours_a_week", lang, hours=hours)


def ad_facts(ad: JobAd, lang: str) -> list[str]:
    """What the ad states about the job, in its own terms: employer, pay, hours, contract."""
    facts = [ad.employer] if ad.employer else []
    if ad.pay:
        facts.append(stated_pay(ad.pay.low, ad.pay.high, ad.pay.period, lang))
    elif ad.pay_by_agreement:
        facts.append(say("pay_by_agreement", lang))
    if ad.hours_per_week:
        facts.append(hours_words(ad, lang))
    elif ad.hours:
        facts.append(say(f"hours_{ad.hours}", lang))
    if ad.contract:
        facts.append(say(f"contract_{ad.contract}", lang))
    return facts
