"""Pay: the best band the article gives someone like the candidate, against their minimum and wish."""

from __future__ import annotations

from app.core.candidate import SalaryExpectation
from app.core.cityprofile import CityProfile, SalaryBand
from app.core.criteria.base import NOTHING_ASKED, Criterion, Explanation, Judgement, label, not_asked, silent
from app.core.messages import band_range, euro, join_words, say, shown_range
from app.core.results import Evidence
from app.core.view import CandidateView


def eligible(band: SalaryBand, view: CandidateView) -> bool:
    """Entry bands are for everyone; skilled staff need the years and one named qualification; other bands
    need any one of the things their sentence names (the years when it names nothing)."""
    if band.applies_to in ("entry", "general"):
        return True
    if band.needs_experience:
        return view.experienced and (not band.requires or any(view.meets(r) for r in band.requires))
    if not band.requires:
        return view.experienced
    return any(view.meets(requirement) for requirement in band.requires)


def counted_pay(band: SalaryBand) -> int:
    """An estimated band counts with its lowest figure, a stated one with its highest."""
    return band.bottom if band.estimate else band.top


def best_band(city: CityProfile, view: CandidateView) -> SalaryBand | None:
    reachable = [band for band in city.salary_bands if eligible(band, view)]
    return max(reachable, key=lambda b: (counted_pay(b), not b.estimate, b.top)) if reachable else None


def salary_points(pay: float, minimum: float, desired: float, config: dict) -> float:
    """100 at the desired pay, the configured points at the minimum, 0 at a quarter below it."""
    at_minimum = config["salary_points_at_minimum"]
    if pay >= desired:
        return 100.0
    if pay >= minimum:
        return at_minimum + (100 - at_minimum) * (pay - minimum) / (desired - minimum)
    shortfall = (minimum - pay) / (minimum * config["salary_shortfall_to_zero"])
    return max(0.0, at_minimum * (1 - shortfall))


class Pay(Criterion):
    name = "salary"

    def inputs(self, view: CandidateView):
        wish = view.profile.salary
        return (wish.minimum, wish.desired, view.experienced, view.languages_key, frozenset(view.skill_ids),
                "salary_minimum" in view.profile.musts)

    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        wish = view.profile.salary
        if wish.minimum is None and wish.desired is None:
            return NOTHING_ASKED
        must = "salary_minimum" in view.profile.musts and wish.minimum is not None
        band = best_band(city, view)
        if band is None:
            return Judgement((None,), unconfirmed=("salary_minimum",) if must else ())
        points = pay_points(band, wish, view.config)
        broken: tuple[str, ...] = ()
        unconfirmed: tuple[str, ...] = ()
        if must and wish.minimum is not None and counted_pay(band) < wish.minimum:  # must: a minimum is set
            reach = max(b.top for b in city.salary_bands if eligible(b, view))
            broken, unconfirmed = (("salary_minimum",), ()) if reach < wish.minimum else ((), ("salary_minimum",))
        return Judgement((points,), broken=broken, unconfirmed=unconfirmed)

    def explain(self, city, view, judgement, lang) -> Explanation:
        if not judgement.asked:
            return not_asked(self.name, view.config["neutral_points"], lang)
        wish = view.profile.salary
        band = best_band(city, view)
        if band is None:
            key = "salary_none_for_you" if city.salary_bands else "salary_silent"
            parts = [say(key, lang), silent(view, lang)]
            higher = _next_band(city, view, None)
            if higher:
                parts.append(_higher_sentence(higher, view, lang))
            return Explanation(" ".join(parts), evidence=_quotes(city, [higher] if higher else []))
        key = "salary_band_estimate" if band.estimate else "salary_band"
        parts = [say(key, lang, range=band_range(band.min_eur, band.max_eur, lang),
                     group=group_words(band, lang, view))]
        if band.estimate:
            parts.append(say("salary_estimate_counted", lang, amount=euro(counted_pay(band), lang)))
        met = [requirement_label(view, r, lang) for r in band.requires if view.meets(r)]
        if band.needs_experience:
            met.insert(0, requirement_label(view, "experience", lang))
        if met and band.applies_to not in ("entry", "general"):
            parts.append(say("salary_you_qualify", lang, what=join_words(met, lang)))
        below = wish.minimum is not None and wish.desired is not None and wish.desired < wish.minimum
        for which, amount in (("minimum", wish.minimum), ("desired", None if below else wish.desired)):
            if amount is not None:
                parts.append(_wish_sentence(which, amount, band, lang))
        if below:  # scored with the minimum as the wish (pay_points): said so, not judged on its own
            parts.append(say("salary_desired_below_minimum", lang, amount=euro(wish.desired, lang)))
        missing = []
        higher = _next_band(city, view, band)
        if higher:
            parts.append(_higher_sentence(higher, view, lang))
            missing = _lacking(higher, view, lang)
        return Explanation(" ".join(parts), [shown_range(band, lang)], missing,
                           _quotes(city, [band] + ([higher] if higher else [])))


def _wish_sentence(which: str, amount: float, band: SalaryBand, lang: str) -> str:
    """Below the band's lowest figure a wish is met; inside a stated band only within reach ("teils bis …")."""
    pay = counted_pay(band)
    if pay < amount and band.max_eur is None and not band.estimate:
        key = "open"  # "ab 2.750 €": more may be paid, the text does not say; it counts with its lowest figure
    elif pay < amount:
        key = "missed"
    elif band.estimate or amount <= band.bottom:
        key = "met"
    else:
        key = "within"
    return say(f"salary_{which}_{key}", lang, amount=euro(amount, lang), gap=euro(amount - pay, lang))


def pay_points(band: SalaryBand, wish: SalaryExpectation, config: dict) -> float:
    """A band's points against a wish that names a minimum or a desired pay (the other defaults to it)."""
    minimum = wish.minimum if wish.minimum is not None else wish.desired
    desired = max(minimum, wish.desired if wish.desired is not None else minimum)  # type: ignore[type-var]
    return salary_points(counted_pay(band), minimum, desired, config)  # type: ignore[arg-type]



def group_words(band: SalaryBand, lang: str, view: CandidateView | None = None) -> str:
    """Whom a band is for. With a candidate at hand, a band open to any of several things names them all:
    'bei Berufserfahrung (ab 2 Jahren) oder Fremdsprachen ab Niveau B2', not just 'mit Berufserfahrung'."""
    if band.needs_experience and band.applies_to == "qualified":
        return say("group_skilled_staff", lang)
    experienced_and = band.needs_experience and band.applies_to == "experienced"
    if view is not None and band.requires and (len(band.requires) > 1 and not band.needs_experience
                                               or experienced_and):
        names = join_words([requirement_label(view, r, lang) for r in band.requires], lang, "or")
        if experienced_and:  # the years and one of the things named ("… und mit Erfahrung geht es nach oben")
            return say("group_experience_and", lang, experience=requirement_label(view, "experience", lang),
                       what=names)
        return say("group_any_of", lang, what=names)
    return say(f"group_{band.applies_to}", lang)


def requirement_label(view: CandidateView, requirement: str, lang: str) -> str:
    if requirement == "experience":
        return say("requirement_experience", lang, years=view.config["experienced_after_years"])
    concept = view.vocabulary.by_id[requirement]
    if concept.category == "language":
        return say("requirement_language", lang, language=concept.in_sentence(lang),
                   level=view.config["qualifying_language_level"])
    return label(view, requirement, lang)


def _next_band(city: CityProfile, view: CandidateView, band: SalaryBand | None) -> SalaryBand | None:
    """The next step up: the lowest-paid band above what the candidate reaches that they do not reach yet."""
    above = [b for b in city.salary_bands if not eligible(b, view) and (band is None or b.top > band.top)]
    return min(above, key=lambda b: (b.estimate, b.top)) if above else None


def _lacking(band: SalaryBand, view: CandidateView, lang: str) -> list[str]:
    missing = []
    if (band.needs_experience or not band.requires) and not view.experienced:
        missing.append(requirement_label(view, "experience", lang))
    if band.requires and not any(view.meets(r) for r in band.requires):
        names = [requirement_label(view, r, lang) for r in band.requires]
        missing.append(names[0] if len(names) == 1 else say("one_of", lang, what=join_words(names, lang, "or")))
    return missing


def _higher_sentence(band: SalaryBand, view: CandidateView, lang: str) -> str:
    what = join_words(_lacking(band, view, lang), lang)
    if len(band.requires) > 1 and not band.needs_experience:  # its group would only repeat what is lacking
        return say("salary_higher_open_band", lang, range=shown_range(band, lang), what=what)
    return say("salary_higher_band", lang, group=group_words(band, lang), range=shown_range(band, lang), what=what)


def _quotes(city: CityProfile, bands: list[SalaryBand]) -> list[Evidence]:
    found = {(b.start, b.end): Evidence(b.quote, city.source, b.start, b.end) for b in bands}
    return sorted(found.values(), key=lambda e: e.start)
