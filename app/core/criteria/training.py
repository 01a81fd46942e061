"""Training and growth: how many ways to grow the article names. Read from the article alone."""

from __future__ import annotations

from app.core.cityprofile import CityProfile
from app.core.criteria.base import Criterion, Explanation, Judgement, evidence, label, silent
from app.core.messages import join_words, say
from app.core.view import CandidateView


class Training(Criterion):
    name = "training"
    city_only = True

    def inputs(self, view: CandidateView):
        return ()

    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        offered = city.concept_ids("training")
        if not offered:
            return Judgement((None,))
        by_count = view.config["training_points_by_count"]
        return Judgement((float(by_count[min(len(offered), len(by_count) - 1)]),))

    def explain(self, city, view, judgement, lang) -> Explanation:
        offered = city.concept_ids("training")
        if not offered:
            return Explanation(say("no_information", lang) + " " + silent(view, lang))
        names = [label(view, c, lang) for c in offered]
        text = say("training_offered", lang, what=join_words(names, lang), count=len(offered))
        return Explanation(text, names, [],
                           evidence(city, [f for fs in city.concepts("training").values() for f in fs]))
