"""The criteria a city is scored on, each declared once (see base.Criterion), in the order they are shown."""

from __future__ import annotations

from app.core.criteria.base import Criterion, Explanation, Judgement
from app.core.criteria.conditions import Conditions
from app.core.criteria.languages import Languages
from app.core.criteria.pay import Pay
from app.core.criteria.skills import Skills
from app.core.criteria.training import Training
from app.core.criteria.wishes import Wishes

DECLARED: dict[str, Criterion] = {criterion.name: criterion for criterion in (
    Pay(), Languages(), Skills(), Wishes("industries", "industry"), Conditions(), Training(),
    Wishes("channels", "channel"))}

__all__ = ["DECLARED", "Criterion", "Explanation", "Judgement"]
