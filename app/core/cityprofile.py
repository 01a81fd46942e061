"""What an article says about a city: facts and salary bands, each with the sentence it came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Fact:
    category: str
    concept: str
    quote: str
    start: int  # offsets of the quote in the decoded article text
    end: int
    term: str  # the words that named the concept, inside the quote
    negated: bool = False  # the article says it does NOT apply ("keine Schichtarbeit", "selten am Wochenende")
    occasional: bool = False  # only now and then ("hin und wieder an Wochenenden")
    uncertain: bool = False  # only speculated about ("vielleicht wird irgendwann Chinesisch wichtig"): never counted

    @property
    def counts(self) -> bool:
        """The article asserts it: neither denied nor merely speculated."""
        return not self.negated and not self.uncertain


@dataclass(frozen=True)
class SalaryBand:
    min_eur: int | None
    max_eur: int | None
    applies_to: str  # entry | experienced | qualified | specialist | general
    requires: tuple[str, ...]  # any one of these qualifies: "experience" or concept ids
    needs_experience: bool  # skilled staff: the years are needed in any case, and one of `requires` besides
    estimate: bool
    quote: str
    start: int
    end: int

    @property
    def top(self) -> int:
        return self.max_eur if self.max_eur is not None else self.min_eur  # type: ignore[return-value]

    @property
    def bottom(self) -> int:
        return self.min_eur if self.min_eur is not None else self.max_eur  # type: ignore[return-value]


RULED_OUT = "ruled_out"  # summary key of the concepts an article rules out ("keine Schichtarbeit")
OCCASIONAL = "occasional"  # summary key of the concepts an article names only as now and then


@dataclass
class CityProfile:
    city: str
    source: str
    salary_bands: list[SalaryBand] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def concepts(self, category: str) -> dict[str, list[Fact]]:
        """Concept id -> the facts that mention it positively, in article order."""
        return self._index.get(category, {})

    def concept_ids(self, category: str) -> Sequence[str]:
        """The concepts named positively, in article order: what scoring needs, without the quotes."""
        return self.summary.get(category, ())

    def is_ruled_out(self, concept_id: str) -> bool:
        return concept_id in self.summary.get(RULED_OUT, ())

    def is_occasional(self, concept_id: str) -> bool:
        """Named, but every mention says only now and then."""
        return concept_id in self.summary.get(OCCASIONAL, ())

    @cached_property
    def summary(self) -> dict[str, Sequence[str]]:
        """Category -> concept ids, plus the ruled-out ones; a cache may set it so facts load only when quoted."""
        summary: dict[str, Sequence[str]] = {category: list(concepts) for category, concepts in self._index.items()}
        ruled_out = list(dict.fromkeys(fact.concept for fact in self.facts if fact.negated))
        if ruled_out:
            summary[RULED_OUT] = ruled_out
        frequent = {fact.concept for fact in self.facts if fact.counts and not fact.occasional}
        occasional = [c for c in dict.fromkeys(f.concept for f in self.facts if f.occasional) if c not in frequent]
        if occasional:
            summary[OCCASIONAL] = occasional
        return summary

    @cached_property
    def _index(self) -> dict[str, dict[str, list[Fact]]]:
        """Built once: explanations ask for the same categories for every candidate."""
        index: dict[str, dict[str, list[Fact]]] = {}
        for fact in self.facts:
            if fact.counts:
                index.setdefault(fact.category, {}).setdefault(fact.concept, []).append(fact)
        return index

    def drawn_start(self, band: SalaryBand) -> float:
        """Where a chart starts a band: 'bis 2.800 €' rises from the city's next lower figure, not from 0."""
        if band.min_eur is not None:
            return band.min_eur
        top = band.top  # its upper figure: it has no lower one
        below = [b.top for b in self.salary_bands if b is not band and b.top < top]
        return max(below) if below else top - 300

    def negated(self, concept_id: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.concept == concept_id and fact.negated]

    def to_json(self, vocabulary, lang: str = "de") -> dict:
        return {
            "city": self.city,
            "source": self.source,
            "salary_bands": [dict(asdict(band), requires=list(band.requires)) for band in self.salary_bands],
            "facts": [
                dict(asdict(fact), label=vocabulary.by_id[fact.concept].label(lang)) for fact in self.facts
            ],
        }
