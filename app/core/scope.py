"""Whether a sentence asserts the concept it names: negation, rarity, hedging, rhetoric and reference, one rule
for every category (the sentence and its cues: app/core/sentence.py)."""

from __future__ import annotations

from enum import Enum

from app.core.sentence import Sentence
from app.core.terms import Hit

NEGATION_WINDOW = 4  # words between a negator and what it denies: "keine langen Nachtschichten"
HEDGE_BEFORE = 4  # "Vielleicht wird irgendwann auch Chinesisch wichtig"
HEDGE_AFTER = 3  # "Chinesisch könnte wichtig werden"
RESIDENT_CATEGORIES = ("skill", "language")


class Reading(Enum):
    ASSERTED = "asserted"
    OCCASIONAL = "occasional"  # asserted, but only now and then
    DENIED = "denied"  # the text says it does not apply, or rarely
    UNCERTAIN = "uncertain"  # speculation: shown as such, never counted
    NOT_ABOUT_THE_JOB = "not_about_the_job"  # rhetoric, musing, residents, a former job, scenery, history


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
    herausfinden', but not 'Ob Telefon oder Chat – …': a sentence part that starts with "ob" and offers no
    choice."""
    first, end = next(((start, end) for start, end, _ in sentence.segments if start <= hit.first < end), (0, 0))
    if first >= len(sentence.tokens) or sentence.tokens[first].form != "ob":
        return False
    return not any(t.form == "oder" for t in sentence.tokens[first:end])


def _reading(sentence: Sentence, first: int, end: int, negated: bool, hit: Hit | None = None) -> Reading:
    if negated or (sentence.cues_in("rare", first, end) and not sentence.cues_in("not_rare", first, end)):
        return Reading.DENIED
    hedges = sentence.cues_in("hedges", first, end)
    if hit is not None:  # "Sorge, dass Digitalisierung … mein Aufgabenfeld schmälern könnte" doubts the effect only
        # near the concept, or opening its clause: "Und wer weiß, vielleicht sitze ich in ein paar Jahren als Patin …"
        hedges = [cue for cue in hedges if hit.first - HEDGE_BEFORE - 1 <= cue.first < hit.end + HEDGE_AFTER
                  or cue.first <= first + 1]
    if hedges and sentence.cues_in("soft_requirements", first, end):
        hedges = []  # "Englisch wäre von Vorteil": a wish of the employer
    if hedges:
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
    excused = [] if hit.term.needs_negation else [  # "keine Angst vor Technik" is that idiom's own "keine"
        range(cue.first, cue.end) for cue in sentence.cues_in("not_negation", first, end)]

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
    # "… im Schichtsystem, an Wochenenden haben Sie frei": a closing word denies what its own clause names
    closing = [cue for cue in sentence.cues_in("negators_closing", first, end)
               if cue.first >= hit.end and (cue.end == end or cue.end in sentence.breaks)
               and not any(hit.end <= index < cue.first for index in sentence.breaks)]
    # "Dänisch verlangt kein Arbeitgeber", but not "Homeoffice und keine Nachtschichten": that "keine" has its own
    governing = [cue for cue in sentence.cues_in("negators_before", first, end) if cue.first >= hit.end
                 and counts(cue) and not any(cue.end <= other.first <= cue.end + NEGATION_WINDOW for other in hits)]
    return bool(before or after or closing or governing)


def _is_formal_you(sentence: Sentence, cue: Hit) -> bool:
    """A capitalised "Sie"/"Ihnen" inside a sentence addresses the reader; lower-case "sie" points back."""
    return cue.first > 0 and any(token.capitalised and token.form in ("sie", "ihnen")
                                 for token in sentence.tokens[cue.first:cue.end])


def _denied_later(sentence: Sentence, end: int, hits: list[Hit]) -> bool:
    """'Weinbau und Tourismus prägen die Stadt, Stellen bieten diese Branchen aber kaum.' A later clause that
    names something of its own denies only that ('Samstage gehören dazu, Nachtarbeit gibt es dagegen nicht')."""
    pointers = [(cue, False) for cue in sentence.cues.get("back_references", ())]
    pointers += [(cue, True) for cue in sentence.cues.get("contrasts", ())]
    for back, contrast in pointers:
        if back.first < end:
            continue
        if not contrast and _is_formal_you(sentence, back):
            continue  # "Schichtsystem …, an Wochenenden haben Sie frei": "Sie" is the reader, not "they"
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
    """Residents, colleagues, a former job, scenery, history, applying, another team's work ("unser Vertriebsteam
    übernimmt den Verkauf"): anywhere in the sentence part up to a dash,
    colon or semicolon ('Früher nannte man X …, wegen der vielen Maschinenbauer')."""
    kinds = {"former_job", "scenery_history", "application", "musing", "quotation", "private", "other_team"}
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
