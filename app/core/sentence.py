"""A sentence as the scope rules read it: its words, the cues found in it once, its clauses and the parts
between dashes, and what each part speaks of besides the job. The cues are data (resources/scope_cues.json)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from app.core.lemmas import Token, fold_word
from app.core.resources import load_json_resource
from app.core.terms import Hit, Term, TermIndex

TOPIC_QUESTION_WORDS = 4  # "Und das Homeoffice?" is answered by the next sentence; longer questions are musing
FRAGMENT_WORDS = 8  # "Offen, ehrlich – aber verlässlich." after "Und die Kollegen?" speaks of the colleagues
_HISTORY_YEARS = range(1000, 1990)  # "1648 wurde hier der Westfälische Friede ausgehandelt"
_RECENT_PAST = 1950  # "Bis 2019 habe ich verkauft": up to last year
_PERSONAL = frozenset({"ich", "du", "wir", "man", "mich", "mir", "uns"})
_DASHES = frozenset("–—-")
_CARRIED_OVER_DASHES = frozenset({"former_job", "private"})
_STRONG_BREAKS = frozenset(";:–—-")


@dataclass
class Sentence:
    """A sentence's tokens with every cue found in it (once) and its clause breaks; for a short question, the
    sentence that answers it; for a fragment after a question, that question's references."""

    tokens: list[Token]
    cues: dict[str, list[Hit]]
    breaks: list[int]
    continuing: set[int]  # clause starts that continue the clause before ("…, wird aber kaum gebraucht")
    segments: list[tuple[int, int, set[str]]]  # parts between dashes, colons and semicolons, with what each
    # speaks of besides the job: residents, former_job, scenery_history, application
    coordination: frozenset[str] = frozenset()
    asides: set[int] = field(default_factory=set)  # clause starts of relative clauses ("…, von dem …, …")
    situations: set[int] = field(default_factory=set)  # clause starts with "wenn", "falls", "sobald"
    question: str | None = None  # None, "topic" ("Und das Homeoffice?") or "musing"
    answer: Sentence | None = None
    inherited: set[str] = field(default_factory=set)

    def clause(self, hit: Hit) -> tuple[int, int]:
        first = max([b + 1 for b in self.breaks if b < hit.first], default=0)
        end = min([b for b in self.breaks if b >= hit.end], default=len(self.tokens))
        return first, end

    @property
    def references(self) -> set[str]:
        return set().union(*(kinds for _, _, kinds in self.segments))

    def references_at(self, position: int) -> set[str]:
        return next((kinds for first, end, kinds in self.segments if first <= position < end), set())

    def continued_end(self, end: int, hits: list[Hit]) -> int:
        """The clause's end including the clauses that only continue it, and past an aside between dashes
        ("Italienisch wird – anders als behauptet – nicht verlangt"); a clause that names something of its own
        ("…, spielen Provisionen und Abschlussquoten keine Rolle") does not continue the one before."""
        dashes_after = [i for i, t in enumerate(self.tokens) if t.form in _DASHES]
        while end < len(self.tokens):
            following = min([b for b in self.breaks if b > end], default=len(self.tokens))
            if any(end < hit.first < following for hit in hits):
                break
            dashes = [i for i in dashes_after if i > end]
            after_aside = min([b for b in self.breaks if b > end], default=len(self.tokens))
            if end + 1 in self.asides and after_aside + 1 in self.continuing:
                end = min([b for b in self.breaks if b > after_aside], default=len(self.tokens))
            elif end + 1 in self.continuing:
                end = min([b for b in self.breaks if b > end], default=len(self.tokens))
            elif self.tokens[end].form in _DASHES and dashes:
                end = min([b for b in self.breaks if b > dashes[0]], default=len(self.tokens))
            elif self.tokens[end].form == "(" and ")" in (t.form for t in self.tokens[end:]):
                closing = next(i for i in range(end, len(self.tokens)) if self.tokens[i].form == ")")
                end = min([b for b in self.breaks if b > closing], default=len(self.tokens))  # "(noch) nicht"
            else:
                break
        return end

    def cues_in(self, kind: str, first: int, end: int) -> list[Hit]:
        return [cue for cue in self.cues.get(kind, ()) if cue.first >= first and cue.end <= end]


class Cues:
    def __init__(self, data: dict):
        owned = [(kind, Term.parse(text)) for kind, texts in data["cues"].items() for text in texts]
        owned += [(f"reference:{kind}", Term.parse(text)) for kind, texts in data["reference"].items()
                  for text in texts]
        self._index = TermIndex(owned)
        # folded like the tokens they are compared with: "während", "für", "können"
        words = {kind: frozenset(fold_word(value) for value in values) for kind, values in data["words"].items()}
        self._breaks = words["clause_breaks"]
        self._continuing = words["continuing_verbs"]
        self._relative_starts = words["relative_starts"]
        self._situations = words["situations"]
        self.training_topics = words["training_topics"]
        self.task_labels = words["task_labels"]
        self.coordination = words["coordination"]

    def sentence(self, tokens: list[Token], city: str = "", quoted: bool = False) -> Sentence:
        breaks = [i for i, t in enumerate(tokens) if (t.is_punctuation or t.form in self._breaks)
                  and not (t.form == "," and i and tokens[i - 1].first_part)]  # "Schicht-, Nacht- oder …"
        continuing = {b + 1 for b in breaks if b + 1 < len(tokens) and tokens[b].form == ","
                      and tokens[b + 1].lemma in self._continuing}
        asides = {b + 1 for b in breaks if b + 1 < len(tokens) and tokens[b].form == ","
                  and tokens[b + 1].form in self._relative_starts}
        if any(t.form == "wer" for t in tokens[:2]) and breaks:
            continuing.add(breaks[0] + 1)  # "Wer auf eine Teamleiterstelle hofft, wartet oft lange"
        cues: dict[str, list[Hit]] = {}
        for hit in self._index.hits(tokens):
            cues.setdefault(hit.owner, []).append(hit)
        segments = _segments(tokens, cues, city, quoted)
        situations = {i for i in [0, *(b + 1 for b in breaks)] if i < len(tokens) and (
            tokens[i].form in self._situations or (tokens[i].form == "und" and i + 1 < len(tokens)
                                                    and tokens[i + 1].form in self._situations))}
        sentence = Sentence(tokens, cues, breaks, continuing, segments, self.coordination, asides, situations)
        if any(t.form == "?" for t in tokens[-2:]):
            words = sum(not t.is_punctuation for t in tokens)
            personal = any(t.form in _PERSONAL for t in tokens)  # "Vermisse ich die Reisebranche?"
            sentence.question = "topic" if words <= TOPIC_QUESTION_WORDS and not personal else "musing"
        return sentence

    def link(self, sentence: Sentence, following: Sentence | None) -> None:
        """A topic question takes the next sentence as its answer; a fragment after a question speaks of it."""
        if following is None or sentence.question is None:
            return
        if sentence.question == "topic":
            sentence.answer = following
        words = sum(not t.is_punctuation for t in following.tokens)
        if words < FRAGMENT_WORDS:
            following.inherited = set(sentence.references) | ({"musing"} if sentence.question == "musing" else set())


def _segments(tokens: list[Token], cues: dict[str, list[Hit]], city: str,
              quoted: bool) -> list[tuple[int, int, set[str]]]:
    """The parts between dashes, colons and semicolons, each with what it speaks of besides the job."""
    starts = [0] + [i + 1 for i, t in enumerate(tokens) if t.form in _STRONG_BREAKS]
    segments: list[tuple[int, int, set[str]]] = []
    for first, end in zip(starts, starts[1:] + [len(tokens) + 1], strict=True):
        part = tokens[first:end]
        kinds = {kind.split(":", 1)[1] for kind, found in cues.items() if kind.startswith("reference:")
                 for cue in found if first <= cue.first < end}
        if any(_is_old_year(part, i) for i in range(len(part))):
            kinds.add("scenery_history")
        if (city and _names_residents(part, city)) or _said_of_people(part):
            kinds.add("residents")
        if _until_a_past_year(part):
            kinds.add("former_job")  # "Bis 2019 habe ich in einer Bäckerei Brötchen verkauft"
        if segments and first and tokens[first - 1].form in _DASHES:
            kinds |= segments[-1][2] & _CARRIED_OVER_DASHES  # "saß ich an der Kasse – stationärer Handel"
        if quoted:  # „Ohne Englisch läuft nichts“: what someone says, not what the article states
            kinds.add("quotation")
        segments.append((first, end, kinds))
    return segments


def _said_of_people(tokens: list[Token]) -> bool:
    """'Die Hanseaten gelten als höflich': a people's name right before "gelten"."""
    return any(t.lemma == "gelten" and any(p.capitalised and p.form.endswith(("er", "ern", "en", "aner"))
                                           and not p.form.endswith(("ungen", "nissen", "kenntnisse"))
                                           for p in tokens[max(0, i - 2):i]) for i, t in enumerate(tokens))


def _year(token: Token) -> int | None:
    return int(token.form) if len(token.form) == 4 and token.form.isascii() and token.form.isdigit() else None


def _is_old_year(tokens: list[Token], index: int) -> bool:
    """'1648 wurde hier …', not 'seit 1961' nor a count ('Rund 1200 Beschäftigte')."""
    year = _year(tokens[index])
    if year is None or year not in _HISTORY_YEARS:  # "None in range" would walk the whole range
        return False
    follows_seit = index and tokens[index - 1].form == "seit"
    counts_something = index + 1 < len(tokens) and tokens[index + 1].capitalised
    return not follows_seit and not counts_something


def _until_a_past_year(tokens: list[Token]) -> bool:
    this_year = date.today().year
    return any(t.form == "bis" and any(_RECENT_PAST <= (_year(n) or 0) < this_year for n in tokens[i + 1:i + 3])
               for i, t in enumerate(tokens))


def _names_residents(tokens: list[Token], city: str) -> bool:
    """'Die Osnabrücker gelten als …': a word made from the city's name, for its people."""
    stem = fold_word(city.split()[0])[:-1]
    return len(stem) >= 3 and any(
        t.capitalised and t.form.startswith(stem) and t.form.endswith(("er", "ern", "erin", "erinnen"))
        and t.form != fold_word(city.split()[0]) for t in tokens)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    return Cues(load_json_resource("scope_cues.json"))
