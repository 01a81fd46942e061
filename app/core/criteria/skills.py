"""Skills: the share of the skills an article names that the candidate brings."""

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


class Skills(Criterion):
    """What the candidate lists lifts the score from the neutral points towards 100 by the share of the
    article's skills it covers; what they do not list is unknown, not missing, so listing more never hurts."""

    name = "skills"

    def inputs(self, view: CandidateView):
        return frozenset(view.skill_ids)

    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        if not view.skill_ids:
            return NOTHING_ASKED
        asked = city.concept_ids("skill")
        if not asked:
            return Judgement((None,))
        neutral = view.config["neutral_points"]
        share = sum(1 for c in asked if c in view.skill_ids) / len(asked)
        return Judgement((neutral + (100 - neutral) * share,))

    def explain(self, city, view, judgement, lang) -> Explanation:
        languages = [m.text for m in view.skills if m.concept and m.concept.category == "language"]
        notes = unrecognised_note([m.text for m in view.skills if m.concept is None], lang)
        notes += [say("skills_language_hint", lang, what=join_words(languages, lang))] if languages else []
        if not judgement.asked:
            result = not_asked(self.name, view.config["neutral_points"], lang)
            return Explanation(" ".join([result.text, *notes]))
        asked = city.concept_ids("skill")
        if not asked:
            return Explanation(" ".join([say("no_information", lang), silent(view, lang), *notes]))
        have = view.skill_ids
        matched = [label(view, c, lang) for c in asked if c in have]
        others = [label(view, c, lang) for c in asked if c not in have]
        parts = [say("skills_count", lang, count=len(matched), total=len(asked))] if matched else \
            [say("skills_count_none", lang, total=len(asked))]
        if matched:
            parts.append(say("you_bring", lang, what=join_words(matched, lang)))
        if others:
            parts.append(say("skills_not_listed", lang, what=join_words(others, lang)))
        quoted = city.concepts("skill")
        facts = [fact for concept_id, facts in quoted.items() if concept_id in have for fact in facts]
        facts += [facts[0] for concept_id, facts in quoted.items() if concept_id not in have]
        return Explanation(" ".join(parts + notes), matched, others, evidence(city, facts))
