"""Whether a sentence asserts the concept it names: negation, rarity, hedging, rhetoric and reference, one rule
for every category. The cue words are data (resources/scope_cues.json), matched like the vocabulary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import lru_cache

from app.core.lemmas import Token, fold_word
from app.core.resources import load_json_resource
from app.core.terms import Hit, Term, TermIndex

NEGATION_WINDOW = 4  # words between a negator and what it denies: "keine langen Nachtschichten"
HEDGE_BEFORE = 4  # "Vielleicht wird irgendwann auch Chinesisch wichtig"
HEDGE_AFTER = 3  # "Chinesisch könnte wichtig werden"
TOPIC_QUESTION_WORDS = 4  # "Und das Homeoffice?" is answered by the next sentence; longer questions are musing
FRAGMENT_WORDS = 8  # "Offen, ehrlich – aber verlässlich." after "Und die Kollegen?" speaks of the colleagues
RESIDENT_CATEGORIES = ("skill", "language")
_HISTORY_YEARS = range(1000, 1990)  # "1648 wurde hier der Westfälische Friede ausgehandelt"
_RECENT_PAST = 1950  # "Bis 2019 habe ich verkauft": up to last year
_DASHES = frozenset("–—-")
_STRONG_BREAKS = frozenset(";:–—-")


class Reading(Enum):
    ASSERTED = "asserted"
    OCCASIONAL = "occasional"  # asserted, but only now and then
    DENIED = "denied"  # the text says it does not apply, or rarely
    UNCERTAIN = "uncertain"  # speculation: shown as such, never counted
    NOT_ABOUT_THE_JOB = "not_about_the_job"  # rhetoric, musing, residents, a former job, scenery, history


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
        lists = ("about", "clause_breaks", "reference", "continuing_verbs", "training_topics", "coordination",
                 "relative_starts", "task_labels", "situations")
        owned = [(kind, Term.parse(text)) for kind, texts in data.items() if kind not in lists for text in texts]
        owned += [(f"reference:{kind}", Term.parse(text)) for kind, texts in data["reference"].items()
                  for text in texts]
        self._index = TermIndex(owned)
        self._breaks = frozenset(data["clause_breaks"])
        self._continuing = frozenset(data["continuing_verbs"])
        self.training_topics = frozenset(data["training_topics"])
        self._relative_starts = frozenset(data["relative_starts"])
        self.task_labels = frozenset(data["task_labels"])
        self._situations = frozenset(data["situations"])
        self.coordination = frozenset(data["coordination"])

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
        starts = [0] + [i + 1 for i, t in enumerate(tokens) if t.form in _STRONG_BREAKS]
        segments = []
        for first, end in zip(starts, starts[1:] + [len(tokens) + 1]):
            part = tokens[first:end]
            kinds = {kind.split(":", 1)[1] for kind, found in cues.items() if kind.startswith("reference:")
                     for cue in found if first <= cue.first < end}
            if any(_is_old_year(part, i) for i in range(len(part))):
                kinds.add("scenery_history")
            if (city and _names_residents(part, city)) or _said_of_people(part):
                kinds.add("residents")
            if _until_a_past_year(part):
                kinds.add("former_job")  # "Bis 2019 habe ich in einer Bäckerei Brötchen verkauft"
            segments.append((first, end, kinds))
        if quoted:  # „Ohne Englisch läuft nichts“: what someone says, not what the article states
            segments = [(first, end, kinds | {"quotation"}) for first, end, kinds in segments]
        situations = {i for i in [0, *(b + 1 for b in breaks)] if i < len(tokens) and (
            tokens[i].form in self._situations or (tokens[i].form == "und" and i + 1 < len(tokens)
                                                    and tokens[i + 1].form in self._situations))}
        sentence = Sentence(tokens, cues, breaks, continuing, segments, self.coordination, asides, situations)
        if any(t.form == "?" for t in tokens[-2:]):
            words = sum(not t.is_punctuation for t in tokens)
            sentence.question = "topic" if words <= TOPIC_QUESTION_WORDS else "musing"
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


def read(sentence: Sentence, hit: Hit, category: str, hits: list[Hit]) -> Reading:
    """How the sentence speaks of the concept it names at `hit` (`hits`: every concept it names)."""
    rhetoric = _rhetoric(sentence, hit)
    if _about_something_else(sentence, category, hit.first) or rhetoric == "rejected view":
        return Reading.NOT_ABOUT_THE_JOB
    if rhetoric == "rebuttal":
        return Reading.ASSERTED  # "…, hat noch nie einen vollen Frühdienst erlebt"
    if sentence.question == "musing":
        return Reading.NOT_ABOUT_THE_JOB
    if sentence.question == "topic":
        return _answered(sentence.answer, category)
    first, end = sentence.clause(hit)
    if category == "industry" and first in sentence.situations:
        return Reading.NOT_ABOUT_THE_JOB  # "wenn im Juli ein Hotel überbucht ist"
    if category == "skill" and sentence.cues_in("taught", first, end):
        return Reading.NOT_ABOUT_THE_JOB  # "den Rest lernt man in internen Schulungen"
    end = sentence.continued_end(end, hits)
    negated = _negated(sentence, hit, first, end, hits)
    if hit.term.needs_negation:
        if not negated:
            return Reading.NOT_ABOUT_THE_JOB
        negated = False  # "nicht den Kopf in den Sand stecken" is the idiom itself
    negated = negated or _denied_later(sentence, end, hits)
    if not negated and (sentence.cues.get("speculation") or _asks_whether(sentence, hit)):
        return Reading.UNCERTAIN  # "Einen KI-Assistenten … hat unser Chef schon oft angekündigt"
    return _reading(sentence, first, end, negated, hit)


def _asks_whether(sentence: Sentence, hit: Hit) -> bool:
    """'Ob es echte Aufstiegschancen gibt, kann ich nicht sagen', '… – ob das am Telefon hilft, muss jeder selbst
    herausfinden', but not 'Ob Telefon oder Chat – …': a sentence part that starts with "ob" and offers no choice."""
    first, end = next(((start, end) for start, end, _ in sentence.segments if start <= hit.first < end), (0, 0))
    if first >= len(sentence.tokens) or sentence.tokens[first].form != "ob":
        return False
    return not any(t.form == "oder" for t in sentence.tokens[first:end])


def _reading(sentence: Sentence, first: int, end: int, negated: bool, hit: Hit | None = None) -> Reading:
    if negated or (sentence.cues_in("rare", first, end) and not sentence.cues_in("not_rare", first, end)):
        return Reading.DENIED
    hedges = sentence.cues_in("hedges", first, end)
    if hit is not None:  # "Sorge, dass Digitalisierung … mein Aufgabenfeld schmälern könnte" doubts the effect only
        hedges = [cue for cue in hedges if hit.first - HEDGE_BEFORE - 1 <= cue.first < hit.end + HEDGE_AFTER]
    if hedges or sentence.cues_in("hedge_verbs", first, end):
        return Reading.UNCERTAIN
    if sentence.cues_in("occasional", first, end):
        return Reading.OCCASIONAL
    return Reading.ASSERTED


def _answered(answer: Sentence | None, category: str) -> Reading:
    """'Und das Homeoffice? Zwei Tage pro Woche.' / 'Homeoffice? Fehlanzeige.'"""
    if answer is None or _about_something_else(answer, category, 0):
        return Reading.NOT_ABOUT_THE_JOB
    end = len(answer.tokens)
    negators = [cue for kind in ("negators", "negators_before", "negators_closing")
                for cue in answer.cues_in(kind, 0, end)]
    excused = answer.cues_in("not_negation", 0, end) or answer.cues_in("required_anyway", 0, end)
    return _reading(answer, 0, end, bool(negators) and not excused)


def _negated(sentence: Sentence, hit: Hit, first: int, end: int, hits: list[Hit]) -> bool:
    if sentence.cues_in("required_anyway", first, end):
        return False
    excused = [range(cue.first, cue.end) for cue in sentence.cues_in("not_negation", first, end)]

    # the "nicht" of "nicht den Kopf in den Sand stecken" belongs to that idiom
    excused += [range(other.first - NEGATION_WINDOW - 1, other.first) for other in hits
                if other.term.needs_negation and other is not hit]

    def counts(cue: Hit) -> bool:
        return not any(cue.first in span for span in excused)

    named = {i for other in hits for i in range(other.first, other.end)}

    def governs_another(cue: Hit) -> bool:
        """'ohne IT-Kenntnisse erst einmal zuhört': "ohne" is about the skill after it, not the listening; but
        'keine Wochenend- oder Nachtdienste' denies both."""
        return any(other is not hit and cue.end <= other.first <= cue.end + 1 and other.end <= hit.first
                   and not all(t.form in sentence.coordination or t.is_punctuation or i in named
                               for i, t in enumerate(sentence.tokens[other.end:hit.first], other.end))
                   for other in hits)

    before = [cue for kind in ("negators", "negators_before") for cue in sentence.cues_in(kind, first, end)
              if hit.first - NEGATION_WINDOW - 1 <= cue.first < hit.first and counts(cue) and not governs_another(cue)]
    after = [cue for cue in sentence.cues_in("negators", first, end) if cue.first >= hit.end and counts(cue)]
    closing = [cue for cue in sentence.cues_in("negators_closing", first, end)
               if cue.first >= hit.end and (cue.end == end or cue.end in sentence.breaks)]
    # "Dänisch verlangt kein Arbeitgeber", but not "Homeoffice und keine Nachtschichten": that "keine" has its own
    governing = [cue for cue in sentence.cues_in("negators_before", first, end) if cue.first >= hit.end
                 and counts(cue) and not any(cue.end <= other.first <= cue.end + NEGATION_WINDOW for other in hits)]
    return bool(before or after or closing or governing)


def _denied_later(sentence: Sentence, end: int, hits: list[Hit]) -> bool:
    """'Weinbau und Tourismus prägen die Stadt, Stellen bieten diese Branchen aber kaum.' A later clause that
    names something of its own denies only that ('Samstage gehören dazu, Nachtarbeit gibt es dagegen nicht')."""
    pointers = [(cue, False) for cue in sentence.cues.get("back_references", ())]
    pointers += [(cue, True) for cue in sentence.cues.get("contrasts", ())]
    for back, contrast in pointers:
        if back.first < end:
            continue
        first, last = sentence.clause(back)
        if contrast and any(first <= other.first < last for other in hits):
            continue
        denying = [cue for kind in ("negators", "negators_before", "negators_closing", "rare")
                   for cue in sentence.cues_in(kind, first, last)]
        if denying:
            return True
    return False


def _rhetoric(sentence: Sentence, hit: Hit) -> str | None:
    """'Wer glaubt, hier ginge es nur um Callcenter, springt zu kurz': before the rejection stands a view the text
    rejects, after it the text's own answer ('…, hat noch nie einen vollen Frühdienst erlebt'). A cliché, myth
    or exaggeration the sentence part names is no fact either."""
    segment = _segment_of(sentence, hit.first)
    introduced = segment > 0 and sentence.tokens[sentence.segments[segment][0] - 1].form == ":"
    if any(_segment_of(sentence, cue.first) in (segment, segment - 1 if introduced else segment)
           for cue in sentence.cues.get("rhetoric", ())):
        return "rejected view"  # also "So heißt es gern: Die Telefonistin sei längst wegautomatisiert"
    if not any(t.form == "wer" for t in sentence.tokens[:2]):
        return None
    rejections = [cue.first for cue in sentence.cues.get("rejections", ())]
    openers = [cue for cue in sentence.cues.get("rhetoric_openers", ()) if rejections and cue.first < max(rejections)]
    if not openers:
        return None
    return "rejected view" if hit.end <= max(rejections) else "rebuttal"


def _segment_of(sentence: Sentence, position: int) -> int:
    return next((i for i, (first, end, _) in enumerate(sentence.segments) if first <= position < end), -1)


def _about_something_else(sentence: Sentence, category: str, position: int) -> bool:
    """Residents, colleagues, a former job, scenery, history, applying: anywhere in the sentence part up to a dash,
    colon or semicolon ('Früher nannte man X …, wegen der vielen Maschinenbauer')."""
    kinds = {"former_job", "scenery_history", "application", "musing", "quotation", "private"}
    if category in RESIDENT_CATEGORIES:
        kinds.add("residents")
    if category == "condition":
        kinds.add("studies")  # "jeden zweiten Samstag ist Präsenzunterricht"
    return bool(kinds & (sentence.references_at(position) | sentence.inherited))


def is_statement_heading(sentence: Sentence) -> bool:
    """'Was zählt: Vielseitigkeit, Gelassenheit' says something; 'Schichtarbeit' only announces a topic."""
    return bool(sentence.cues.get("heading_statements"))


def taught(sentence: Sentence, skill: Hit, courses: list[Hit], topics: frozenset[str]) -> bool:
    """'Schulungen zu Produkten und Gesprächsführung': the skill is what a course teaches, not what is asked."""
    return any(course.end <= skill.first <= course.end + 6
               and any(t.form in topics | {":"} for t in sentence.tokens[course.end:skill.first]) for course in courses)
