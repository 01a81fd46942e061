"""Industries and contact channels: the share of the candidate's wishes an article names."""

from __future__ import annotations

from app.core.cityprofile import CityProfile
from app.core.criteria.base import (
    NOTHING_ASKED,
    Criterion,
    Explanation,
    Judgement,
    evidence,
    label,
    not_asked,
    silent,
    unrecognised_note,
)
from app.core.messages import join_words, say
from app.core.view import CandidateView


class Wishes(Criterion):
    """A wish counts once however it is spelt; a wish CityFit does not recognise is shown and not counted."""

    def __init__(self, name: str, category: str):
        self.name, self.category = name, category

    def _wished(self, view: CandidateView) -> set[str]:
        return view.concept_ids(view.industries if self.name == "industries" else view.channels, self.category)

    def _unrecognised(self, view: CandidateView) -> list[str]:
        return [m.text for m in (view.industries if self.name == "industries" else view.channels) if m.concept is None]

    def inputs(self, view: CandidateView):
        return frozenset(self._wished(view)), self.name in view.profile.musts

    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        wished = self._wished(view)
        if not wished:
            return NOTHING_ASKED
        must = self.name in view.profile.musts
        offered = city.concept_ids(self.category)
        if not offered:
            return Judgement((None,), unconfirmed=(self.name,) if must else ())
        found = sum(1 for c in wished if c in offered)
        # Articles list examples, not everything there is: a wish they do not name is not confirmed, not refused.
        return Judgement((100.0 * found / len(wished),), unconfirmed=(self.name,) if must and not found else ())

    def explain(self, city, view, judgement, lang) -> Explanation:
        notes = unrecognised_note(self._unrecognised(view), lang)
        if not judgement.asked:
            return Explanation(" ".join([not_asked(self.name, view.config["neutral_points"], lang).text, *notes]))
        offered = city.concept_ids(self.category)
        if not offered:
            return Explanation(" ".join([say("no_information", lang), silent(view, lang), *notes]))
        wished = sorted(self._wished(view), key=lambda c: label(view, c, lang))
        matched = [label(view, c, lang) for c in wished if c in offered]
        missing = [label(view, c, lang) for c in wished if c not in offered]
        parts = [say(f"{self.name}_offered", lang, what=join_words([label(view, c, lang) for c in offered], lang))]
        parts.append(say("wish_found", lang, what=join_words(matched, lang)) if matched
                     else say("wish_none_found", lang))
        if missing:
            parts.append(say("wish_missing", lang, what=join_words(missing, lang)))
        quoted = city.concepts(self.category)
        facts = [fact for concept_id in wished if concept_id in quoted for fact in quoted[concept_id]]
        return Explanation(" ".join(parts + notes), matched, missing,
                           evidence(city, facts or [f for fs in quoted.values() for f in fs]))
