"""Working conditions: hours the candidate refuses, and the onboarding they want.

Accepting is not wanting: "fine with me" adds nothing anywhere. A refusal costs where the article names the
condition, costs less where it says "now and then", and is met where the article rules it out or calls it rare.
"""

from __future__ import annotations

from app.core.candidate import HARDSHIPS
from app.core.cityprofile import CityProfile
from app.core.criteria.base import NOTHING_ASKED, Criterion, Explanation, Judgement, evidence, not_asked, silent
from app.core.messages import join_words, say
from app.core.view import CandidateView

ONBOARDING = ("structured_onboarding", "mentoring")
# Points for a refusal ("no") or "only sometimes", by what the article says of the condition.
REFUSAL_POINTS = {"no": {"named": 0.0, "occasional": 25.0, "ruled_out": 100.0},
                  "sometimes": {"named": 50.0, "occasional": 100.0, "ruled_out": 100.0}}


def article_says(city: CityProfile, concept_ids: tuple[str, ...]) -> str | None:
    """'named', 'occasional', 'ruled_out', or None when the article is silent."""
    named = [c for c in concept_ids if c in city.concept_ids("condition")]
    if named:
        return "occasional" if all(city.is_occasional(c) for c in named) else "named"
    return "ruled_out" if any(city.is_ruled_out(c) for c in concept_ids) else None


def _items(view: CandidateView) -> list[tuple[str, str | bool]]:
    """(preference, choice) for what the candidate said that can cost or gain: refusals and the wish for onboarding."""
    prefs = view.profile.preferences
    items: list[tuple[str, str | bool]] = [(key, getattr(prefs, key)) for key in HARDSHIPS
                                           if getattr(prefs, key) in REFUSAL_POINTS]
    if prefs.wants_onboarding:
        items.append(("wants_onboarding", True))
    return items


def _concepts(key: str) -> tuple[str, ...]:
    return ONBOARDING if key == "wants_onboarding" else (key,)


class Conditions(Criterion):
    name = "conditions"

    def inputs(self, view: CandidateView):
        return tuple(_items(view)), tuple(m for m in view.profile.musts if m in (*HARDSHIPS, "wants_onboarding"))

    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        items = _items(view)
        if not items:
            return NOTHING_ASKED
        parts, broken, unconfirmed = [], [], []
        for key, choice in items:
            state = article_says(city, _concepts(key))
            points = None if state is None else _points(key, choice, state)
            parts.append(points)
            if key in view.profile.musts:
                if state is None or (choice == "sometimes" and state == "named"):
                    unconfirmed.append(key)  # "named" does not say how often
                elif points is not None and points < 100:
                    broken.append(key)
        # Where the article is silent on one item the others decide; only when it is silent on all does the
        # criterion count as silent. Otherwise dropping a refusal the article never mentions ("Schichtarbeit
        # akzeptieren") would move that city.
        known = tuple(points for points in parts if points is not None) or (None,)
        return Judgement(known, broken=tuple(broken), unconfirmed=tuple(unconfirmed))

    def explain(self, city, view, judgement, lang) -> Explanation:
        prefs = view.profile.preferences
        accepted = [say(f"must_{key}", lang) for key in HARDSHIPS if getattr(prefs, key) == "ok"]
        if not judgement.asked:
            text = not_asked(self.name, view.config["neutral_points"], lang).text
            if accepted:
                text = say("conditions_accepted", lang, what=join_words(accepted, lang)) + " " + text
            return Explanation(text)
        matched: list[str]
        missing: list[str]
        sentences, matched, missing, facts, unsaid = [], [], [], [], []
        for key, choice in _items(view):
            what = say(f"must_{key}", lang)
            state = article_says(city, _concepts(key))
            if state is None:
                unsaid.append(what)
                continue
            points = _points(key, choice, state)
            (matched if points >= 100 else missing).append(what)
            sentences.append(say(f"condition_{'onboarding' if key == 'wants_onboarding' else choice}_{state}", lang,
                                 what=what))
            facts += [f for c in _concepts(key) for f in
                      (city.negated(c) if state == "ruled_out" else city.concepts("condition").get(c, []))]
        if unsaid:  # "Zu Schichtarbeit und Wochenendarbeit sagt der Artikel nichts."
            counts = say("condition_silent_others_decide", lang) if judgement.parts != (None,) else silent(view, lang)
            sentences.append(say("condition_silent", lang, what=join_words(unsaid, lang)) + " " + counts)
        if accepted:
            sentences.append(say("conditions_accepted", lang, what=join_words(accepted, lang)))
        pressure = city.concepts("condition").get("performance_pressure")
        if pressure:
            sentences.append(say("condition_pressure", lang))
            facts += pressure
        return Explanation(" ".join(sentences), matched, missing, evidence(city, facts))


def _points(key: str, choice: str | bool, state: str) -> float:
    if key == "wants_onboarding":
        return {"named": 100.0, "occasional": 100.0, "ruled_out": 0.0}[state]
    return REFUSAL_POINTS[choice][state]  # type: ignore[index]
