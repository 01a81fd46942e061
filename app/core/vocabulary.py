"""The vocabulary of concepts, and matching what people type against it (rapidfuzz)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache

from app.core.lemmas import Token
from app.core.messages import inside_sentence
from app.core.resources import resource_path
from app.core.terms import Term, TermIndex
from app.core.text import fold

CATEGORIES = ("language", "skill", "industry", "condition", "training", "channel", "automation")
FUZZY_CUTOFF = 86
MIN_FUZZY_LENGTH = 4


@dataclass(frozen=True)
class Concept:
    id: str
    category: str
    labels: dict  # language code -> label
    synonyms: tuple[str, ...]
    term_texts: tuple[str, ...]  # what articles say, in the term language of app/core/terms.py
    code: str | None = None  # ISO 639-1 for languages, "*" for "any foreign language"
    trait: bool = False  # a personal quality (humour, empathy): one has it or not, no course teaches it

    def label(self, lang: str = "de") -> str:
        return self.labels.get(lang) or self.labels["de"]

    def in_sentence(self, lang: str = "de") -> str:
        """The label inside a sentence (see messages.inside_sentence); names of languages ("Polish") as they are."""
        if self.category == "language" and self.code not in (None, "*"):
            return self.label(lang)
        return inside_sentence(self.label(lang), lang)

    @cached_property
    def terms(self) -> tuple[Term, ...]:
        return tuple(Term.parse(text) for text in self.term_texts)


@dataclass(frozen=True)
class Match:
    """What a typed text was understood as; concept is None when nothing fitted."""

    text: str
    concept: Concept | None
    score: float


class Vocabulary:
    def __init__(self, concepts: list[Concept]):
        self.concepts = concepts
        self.by_id = {concept.id: concept for concept in concepts}
        self._names: list[str] = []
        self._owners: list[Concept] = []
        self._exact: dict[str, Concept] = {}
        for concept in concepts:
            for name in (*concept.labels.values(), *concept.synonyms, concept.id.replace("_", " ")):
                key = fold(name)
                if key and key not in self._exact:
                    self._exact[key] = concept
                    self._names.append(key)
                    self._owners.append(concept)

    @cached_property
    def term_index(self) -> TermIndex[Concept]:
        """Built on first use: a start-up with every article cached never needs it."""
        return TermIndex([(concept, term) for concept in self.concepts for term in concept.terms])

    def named_in(self, tokens: list[Token], categories: tuple[str, ...]) -> list[Concept]:
        """The concepts of these categories some term names in the tokens, without asking how (see scope)."""
        hits = self.term_index.hits(tokens)
        ids = dict.fromkeys(h.owner.id for h in hits if h.owner.category in categories and not h.term.needs_negation)
        return [self.by_id[concept_id] for concept_id in ids]

    def in_category(self, category: str) -> list[Concept]:
        return [concept for concept in self.concepts if concept.category == category]

    def language_by_code(self, code: str) -> Concept | None:
        return next((c for c in self.concepts if c.category == "language" and c.code == code), None)

    def match(self, typed: str, categories: tuple[str, ...] | None = None) -> Match:
        return self.match_many([typed], categories)[0]

    def names(self) -> list[tuple[str, Concept]]:
        """Every folded name (label or synonym) with its concept, in the order matching tries them."""
        return list(zip(self._names, self._owners, strict=True))

    def match_many(self, typed: list[str], categories: tuple[str, ...] | None = None) -> list[Match]:
        """Exact label/synonym first, then the first of the closest names (rapidfuzz, no numpy needed)."""
        allowed = [i for i, owner in enumerate(self._owners) if categories is None or owner.category in categories]
        allowed_names = [self._names[i] for i in allowed]
        results = []
        for text in typed:
            key = fold(text)
            exact = self._exact.get(key)
            if exact and (categories is None or exact.category in categories):
                results.append(Match(text, exact, 100.0))
                continue
            best = None
            if len(key) >= MIN_FUZZY_LENGTH and allowed_names:
                from rapidfuzz import fuzz, process  # only typing needs it

                best = process.extractOne(key, allowed_names, scorer=fuzz.token_set_ratio, score_cutoff=FUZZY_CUTOFF)
            if best is None:
                results.append(Match(text, None, 0.0))
            else:
                _, score, position = best
                results.append(Match(text, self._owners[allowed[position]], float(score)))
        return results


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    data = json.loads(resource_path("vocabulary.json").read_bytes())
    concepts = [
        Concept(
            id=item["id"],
            category=item["category"],
            labels=dict(item["label"]),
            synonyms=tuple(item.get("synonyms", ())),
            term_texts=tuple(item["terms"]),
            code=item.get("code"),
            trait=item.get("kind") == "trait",
        )
        for item in data["concepts"]
    ]
    unknown = {c.category for c in concepts} - set(CATEGORIES)
    if unknown:
        raise ValueError(f"vocabulary.json uses unknown categories: {sorted(unknown)}")
    return Vocabulary(concepts)
