"""What every criterion declares: what it reads from the profile, how it judges a city, how it explains."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from app.core.cityprofile import CityProfile, Fact
from app.core.messages import decimal, join_words, say
from app.core.results import Evidence
from app.core.view import CandidateView


@dataclass(frozen=True, slots=True)
class Judgement:
    """One criterion for one city, before words.

    parts: points (0–100) per thing the candidate said that the article can answer; None where it is silent.
    general: points that hold in every city alike (German for work in Germany), not read from the article.
    No parts and no general points: the candidate said nothing this criterion reads.
    """

    parts: tuple[float | None, ...] = ()
    general: tuple[float, ...] = ()
    broken: tuple[str, ...] = ()  # musts the article shows broken
    unconfirmed: tuple[str, ...] = ()  # musts the article says nothing about

    @property
    def asked(self) -> bool:
        return bool(self.parts or self.general)

    @property
    def covered(self) -> bool:
        return any(part is not None for part in self.parts)


NOTHING_ASKED = Judgement()


@dataclass(frozen=True)
class Explanation:
    text: str
    matched: Sequence[str] = ()
    missing: Sequence[str] = ()
    evidence: Sequence[Evidence] = ()


class Criterion(ABC):
    """One criterion, declared once. Subclasses set `name` and implement the three methods."""

    name = ""
    city_only = False  # judged from the article alone (training): no fit on its own

    @abstractmethod
    def inputs(self, view: CandidateView) -> Hashable:
        """The parts of the profile this criterion reads: equal inputs give equal judgements for every city."""

    @abstractmethod
    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        """Points per part the candidate said, without words: runs for every city on every ranking."""

    @abstractmethod
    def explain(self, city: CityProfile, view: CandidateView, judgement: Judgement, lang: str) -> Explanation:
        """The words and quotes behind a judgement: only for the cities shown."""


# --- sentences every criterion uses ------------------------------------------------------------

def not_asked(criterion: str, neutral: float, lang: str) -> Explanation:
    return Explanation(say(f"not_asked_{criterion}", lang) + " "
                       + say("counts_neutral", lang, points=decimal(neutral, lang)))


def silent(view: CandidateView, lang: str) -> str:
    """What a silent article counts with."""
    return say("silent_counts_neutral", lang, points=decimal(view.config["neutral_points"], lang))


def evidence(city: CityProfile, facts: list[Fact]) -> list[Evidence]:
    seen: dict[tuple[int, int], Evidence] = {}
    for fact in facts:
        seen.setdefault((fact.start, fact.end), Evidence(fact.quote, city.source, fact.start, fact.end))
    return sorted(seen.values(), key=lambda e: e.start)


def label(view: CandidateView, concept_id: str, lang: str) -> str:
    """A concept's name inside an explanation's sentence."""
    return view.vocabulary.by_id[concept_id].in_sentence(lang)


def quoted(texts: list[str], lang: str) -> str:
    return join_words([f"„{t}“" if lang == "de" else f"“{t}”" for t in texts], lang)


def unrecognised_note(texts: list[str], lang: str) -> list[str]:
    return [say("not_recognised", lang, what=quoted(texts, lang))] if texts else []
