"""Whether a sentence asserts the concept it names: negation, rarity, hedging, rhetoric and reference, one rule
for every category. The cue words are data (resources/scope_cues.json), matched like the vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from app.core.lemmas import Token
from app.core.resources import load_json_resource
from app.core.terms import Hit, Term, TermIndex

NEGATION_WINDOW = 4  # words between a negator and what it denies: "keine langen Nachtschichten"
FRAGMENT_WORDS = 8  # a shorter sentence ("Offen, ehrlich – aber verlässlich.") is read with the one before
RESIDENT_CATEGORIES = ("skill", "language")


class Reading(Enum):
    ASSERTED = "asserted"
    OCCASIONAL = "occasional"  # asserted, but only now and then
    DENIED = "denied"  # the text says it does not apply, or rarely
    UNCERTAIN = "uncertain"  # speculation: shown as such, never counted
    NOT_ABOUT_THE_JOB = "not_about_the_job"  # rhetoric, a question, residents, a former job, scenery, history


@dataclass(frozen=True)
class Sentence:
    """A sentence's tokens with every cue found in it (once), and its clause breaks."""

    tokens: list[Token]
    cues: dict[str, list[Hit]]
    breaks: list[int]
    is_question: bool
    context_cues: dict[str, list[Hit]]  # the cues of the sentence before, for short fragments

    def clause(self, hit: Hit) -> tuple[int, int]:
        first = max([b + 1 for b in self.breaks if b < hit.first], default=0)
        end = min([b for b in self.breaks if b >= hit.end], default=len(self.tokens))
        return first, end

    def cues_in(self, kind: str, first: int, end: int) -> list[Hit]:
        return [cue for cue in self.cues.get(kind, ()) if cue.first >= first and cue.end <= end]


class Cues:
    def __init__(self, data: dict):
        owned = [(kind, Term.parse(text)) for kind, texts in data.items()
                 if kind not in ("about", "clause_breaks", "reference") for text in texts]
        owned += [(f"reference:{kind}", Term.parse(text)) for kind, texts in data["reference"].items() for text in texts]
        self._index = TermIndex(owned)
        self._breaks = frozenset(data["clause_breaks"])

    def sentence(self, tokens: list[Token], previous: list[Token] | None = None) -> Sentence:
        breaks = [i for i, t in enumerate(tokens) if t.is_punctuation or t.form in self._breaks]
        is_question = any(t.form == "?" for t in tokens[-2:])
        words = sum(not t.is_punctuation for t in tokens)
        context = self._found(previous) if previous and words < FRAGMENT_WORDS else {}
        return Sentence(tokens, self._found(tokens), breaks, is_question, context)

    def _found(self, tokens: list[Token]) -> dict[str, list[Hit]]:
        found: dict[str, list[Hit]] = {}
        for hit in self._index.hits(tokens):
            found.setdefault(hit.owner, []).append(hit)
        return found


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    return Cues(load_json_resource("scope_cues.json"))


def read(sentence: Sentence, hit: Hit, category: str) -> Reading:
    """How the sentence speaks of the concept it names at `hit`."""
    if sentence.is_question or _rhetorical(sentence, hit) or _about_something_else(sentence, hit, category):
        return Reading.NOT_ABOUT_THE_JOB
    first, end = sentence.clause(hit)
    negated = _negated(sentence, hit, first, end)
    if hit.term.needs_negation:
        if not negated:
            return Reading.NOT_ABOUT_THE_JOB
        negated = False  # "nicht den Kopf in den Sand stecken" is the idiom itself
    if negated or (sentence.cues_in("rare", first, end) and not sentence.cues_in("not_rare", first, end)):
        return Reading.DENIED
    if sentence.cues_in("hedges", first, end):
        return Reading.UNCERTAIN
    if sentence.cues_in("occasional", first, end):
        return Reading.OCCASIONAL
    return Reading.ASSERTED


def _negated(sentence: Sentence, hit: Hit, first: int, end: int) -> bool:
    if sentence.cues_in("required_anyway", first, end):
        return False
    excused = [range(cue.first, cue.end) for cue in sentence.cues_in("not_negation", first, end)]
    def counts(cue: Hit) -> bool:
        return not any(cue.first in span for span in excused)

    before = [cue for kind in ("negators", "negators_before") for cue in sentence.cues_in(kind, first, end)
              if hit.first - NEGATION_WINDOW - 1 <= cue.first < hit.first and counts(cue)]
    after = [cue for cue in sentence.cues_in("negators", first, end) if cue.first >= hit.end and counts(cue)]
    closing = [cue for cue in sentence.cues_in("negators_closing", first, end) if cue.end == end > hit.end]
    return bool(before or after or closing)


def _rhetorical(sentence: Sentence, hit: Hit) -> bool:
    """'Wer glaubt, hier ginge es nur um Callcenter, springt zu kurz': what stands before the rejection is a view
    the text rejects; a cliché or myth it names is not a fact either."""
    first, end = sentence.clause(hit)
    if sentence.cues_in("rhetoric", first, end):
        return True
    openers = [cue for cue in sentence.cues.get("rhetoric_openers", ()) if cue.first <= 1]
    rejections = sentence.cues.get("rejections", ())
    return bool(openers) and any(cue.first >= hit.end for cue in rejections)


def _about_something_else(sentence: Sentence, hit: Hit, category: str) -> bool:
    first, end = sentence.clause(hit)
    kinds = ["reference:former_job", "reference:scenery_history"]
    if category in RESIDENT_CATEGORIES:
        kinds.append("reference:residents")
    if any(sentence.cues_in(kind, first, end) for kind in kinds):
        return True
    return any(sentence.context_cues.get(kind) for kind in kinds)
