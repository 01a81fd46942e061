"""Salary bands in € per month from the sentences of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.core.cityprofile import SalaryBand
from app.core.lemmas import Token, tokens
from app.core.resources import load_json_resource
from app.core.text import is_quotation
from app.core.vocabulary import Vocabulary

# "2.500", "2 500", and in English ads "32,000"; a comma before one or two digits is the decimal comma ("14,50")
_NUMBER = r"(?<![\d.,])(\d{1,3}(?:[.,\u202f\u00a0 ]\d{3}){1,3}|\d{1,9})(?:,(\d{1,2}|-))?(?![\d])"
_CURRENCY = r"(?:€|euro\b|eur\b)"
_AMOUNT = re.compile(rf"(?:{_CURRENCY}\s?)?{_NUMBER}(?:\s?-?\s?({_CURRENCY}))?", re.IGNORECASE)
_RANGE_JOIN = re.compile(
    r"^\s*(?:bis(?: hin)?(?: zu)?|–|—|-|und)\s*(?:etwa|ca\.|rund|knapp|gut|maximal|zu)?\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"zwischen\s*(?:etwa|ca\.|rund)?\s*$", re.IGNORECASE)
_UPPER_ONLY = re.compile(
    r"(?:\bbis(?: hin)?(?: zu)?|\bmaximal|\bh(?:ö|oe)chstens|\ban die|\bknapp unter)\s*(?:etwa|ca\.|rund|zu)?\s*$",
    re.IGNORECASE)
_LOWER_ONLY = re.compile(
    r"(?:\bab|\b(?:von )?(?:ü|ue)ber|\bmehr als|\bmindestens|\boberhalb(?: von)?|\bjenseits(?: von| der)?)"
    r"\s*(?:etwa|ca\.|rund)?\s*$", re.IGNORECASE)
_LOWER_AFTER = re.compile(r"^\s*(?:und|oder) (?:mehr|dar(?:ü|ue)ber|aufw(?:ä|ae)rts)|^\s*plus\b", re.IGNORECASE)
_PAY_WORDS = re.compile(r"verdien\w*|gehalt\w*|brutto|netto|\blohn\w*|bezahl\w*", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}[.\u202f\u00a0 ]\d{3}\b")
_MONTHLY_RANGE = (800, 15_000)
_YEARLY_RANGE = (12_000, 200_000)
_HOURLY_RANGE = (8, 100)
_HOURS_PER_MONTH = 173  # 40 hours a week


@dataclass
class _Figure:
    start: int
    end: int
    low: int | None
    high: int | None


@dataclass(frozen=True)
class _Cues:
    """resources/salary_cues.json, compiled once."""

    groups: list[tuple[str, re.Pattern]]
    raises: list[tuple[re.Pattern, int, int]]
    periods: dict[str, re.Pattern]
    experience: re.Pattern
    skilled: re.Pattern
    spread: re.Pattern  # what a figure depends on ('je nach Erfahrung') or what comes on top ('dazu …')
    doubted: re.Pattern  # a sentence that doubts its figures
    not_pay: re.Pattern  # words that make a euro amount something else than pay
    anaphora: re.Pattern  # 'Dort sind bis 3.800 € möglich'


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_json_resource("salary_cues.json")

    def any_of(patterns: list[str]) -> re.Pattern:
        return re.compile("|".join(patterns), re.IGNORECASE)

    return _Cues(
        groups=[(name, any_of(patterns)) for name, patterns in data["groups"].items()],
        raises=[(re.compile(r["pattern"], re.IGNORECASE), r["min"], r["max"]) for r in data["vague_raises"]],
        periods={name: re.compile(p, re.IGNORECASE) for name, p in data["periods"].items()},
        experience=any_of(data["experience_terms"]),
        skilled=any_of(data["skilled_staff_terms"]),
        spread=any_of([data["spread"], data["add_ons"]]),
        doubted=any_of(data["doubted"]),
        not_pay=any_of(data["not_pay"]),
        anaphora=any_of(data["anaphora"]),
    )


def salary_bands(text: str, spans: list[tuple[int, int]], words: list[list[Token]], headings: set[int],
                 vocabulary: Vocabulary) -> list[SalaryBand]:
    doubted = _cues().doubted
    bands: list[SalaryBand] = []
    previous = ""
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if index not in headings and not doubted.search(sentence) and not is_quotation(text, start, end):
            # not "Gerüchte von 4.500 Euro … stimmen nicht", nor „Man verdient locker 4.000 Euro“
            bands += _sentence_bands(sentence, start, end, previous, words[index], bands, vocabulary)
        previous = sentence
    return bands


def _sentence_bands(sentence: str, start: int, end: int, previous: str, sentence_tokens: list[Token],
                    earlier: list[SalaryBand], vocabulary: Vocabulary) -> list[SalaryBand]:
    cues = _cues()
    not_pay, anaphora = cues.not_pay, cues.anaphora
    figures = [figure for figure in _figures(sentence) if not _is_other_amount(sentence, figure, not_pay)]
    words = tokens(sentence) if figures else []  # once; each figure's context is a stretch of these
    bands = []
    for position, figure in enumerate(figures):
        before_from = figures[position - 1].end if position else 0
        after_to = figures[position + 1].start if position + 1 < len(figures) else len(sentence)
        # a semicolon ends what a figure's words can be: "ab 3.100 €; im Third-Level-Team bis zu 3.700 €"
        before_from = max(before_from, sentence.rfind(";", before_from, figure.start) + 1)
        after_to = min([i for i in (sentence.find(";", figure.end, after_to),) if i != -1] + [after_to])
        after_to = min(after_to, _raise_clause(sentence, figure.end))
        group = _group(sentence, words, (before_from, figure.start), (figure.end, after_to), vocabulary)
        pointer = anaphora.search(sentence, 0, figure.start)
        if group == "general" and pointer:  # "Dort sind bis 3.800 € möglich.", "…; dort sind bis zu 3.500 €"
            before_pointer = sentence[:pointer.start()]
            group = _group(sentence, words, (0, pointer.start()), (0, 0), vocabulary) if before_pointer.strip() \
                else _group(previous, tokens(previous), (0, len(previous)), (0, 0), vocabulary) if previous else group
        context = sentence[before_from:figure.start] + " " + sentence[figure.end:after_to]
        requires, needs_experience = _requirements(group, context, _within(words, before_from, after_to), vocabulary)
        bands.append(SalaryBand(
            min_eur=figure.low, max_eur=figure.high, applies_to=group, requires=requires,
            needs_experience=needs_experience, estimate=False, quote=sentence, start=start, end=end))
    # "… ab 3.100 Euro, und mit ein paar Jahren Erfahrung geht es spürbar nach oben": a raise after the figures,
    # or before them ("Mit Erfahrung legen sie spürbar etwas drauf, und Teamleitungen verdienen 3.300 Euro")
    after_figures = figures[-1].end if figures else 0
    estimate = _estimated_raise(sentence, after_figures, sentence_tokens, [*earlier, *bands], vocabulary)
    if estimate is None and figures and earlier:
        estimate = _estimated_raise(sentence[:figures[0].start], 0, sentence_tokens, earlier, vocabulary)
        if estimate and estimate["applies_to"] in {band.applies_to for band in bands}:
            estimate = None  # "legt einen Sprachzuschlag obendrauf, … landen bei 2.800 Euro": the figure is the rise
    if estimate:
        bands.append(SalaryBand(**{**estimate, "quote": sentence, "start": start, "end": end}))
    return bands


def _figures(sentence: str) -> list[_Figure]:
    amounts = []
    for match in _AMOUNT.finditer(sentence):
        cents = match.group(2) if match.group(2) and match.group(2) != "-" else "0"
        value = int(re.sub(r"\D", "", match.group(1))) + int(cents.ljust(2, "0")) / 100
        has_currency = bool(match.group(3)) or match.group(0)[:1] in "€eE"
        amounts.append((match.start(), match.end(), value, has_currency))
    if not amounts:
        return []
    sentence_period = _period(sentence)
    figures: list[_Figure] = []
    index = 0
    while index < len(amounts):
        start, end, value, currency = amounts[index]
        if index + 1 < len(amounts):
            n_start, n_end, n_value, n_currency = amounts[index + 1]
            joint = sentence[end:n_start]
            is_and = joint.strip().casefold() == "und"
            if (currency or n_currency) and _RANGE_JOIN.match(joint) and (
                    not is_and or _BETWEEN.search(sentence[:start])):
                window = sentence[max(0, start - 30):n_end + 30]
                low, high = _per_month(value, window, sentence_period), _per_month(n_value, window, sentence_period)
                if low and high and low <= high:
                    figures.append(_Figure(start, n_end, low, high))
                    index += 2
                    continue
        # "2.450 Euro zum Start, inzwischen bin ich bei knapp 2.700", "Nach drei Jahren verdiene ich 2.750": a
        # figure written with a thousands point in a sentence about pay, never a bare year like 2019
        understood = currency or (bool(_THOUSANDS.match(sentence, start))
                                  and (any(a[3] for a in amounts) or bool(_PAY_WORDS.search(sentence))))
        monthly = _per_month(value, sentence[max(0, start - 30):end + 30], sentence_period) if understood else None
        if monthly:
            figures.append(_bound(sentence, start, end, monthly))
        index += 1
    return figures


def _period(text: str) -> str | None:
    return next((name for name, pattern in _cues().periods.items() if pattern.search(text)), None)


def _per_month(value: float, window: str, sentence_period: str | None) -> int | None:
    """'13,50 Euro die Stunde', '34.000 Euro im Jahr': the words nearest a figure say what it is per; without
    them a figure is monthly if it can be, else per what the sentence names."""
    period = _period(window)
    if period:
        return _monthly(value, period)
    return _monthly(value, "month") or (_monthly(value, sentence_period) if sentence_period else None)


def _is_other_amount(sentence: str, figure: _Figure, not_pay: re.Pattern) -> bool:
    """'900 Euro Kaltmiete', 'das Ticket kostet 1.200 Euro': the clause around a figure says it is no pay."""
    clause_start = max([sentence.rfind(mark, 0, figure.start) for mark in ",;:–("] + [-1]) + 1
    clause_ends = [i for i in (sentence.find(mark, figure.end) for mark in ",;:–)") if i != -1]
    return bool(not_pay.search(sentence[clause_start:min(clause_ends, default=len(sentence))]))


def _monthly(value: float, period: str) -> int | None:
    plausible = {"year": _YEARLY_RANGE, "hour": _HOURLY_RANGE, "month": _MONTHLY_RANGE}[period]
    return as_monthly(value, period) if plausible[0] <= value <= plausible[1] else None


def as_monthly(value: float, period: str) -> int:
    """A figure per month as the engine counts pay: an hour times 173 (40 hours a week), a year by twelve."""
    return round(value * _HOURS_PER_MONTH) if period == "hour" else round(value / 12) if period == "year" \
        else round(value)


def _bound(sentence: str, start: int, end: int, value: int) -> _Figure:
    before = sentence[max(0, start - 30):start]
    if _UPPER_ONLY.search(before):
        return _Figure(start, end, None, value)
    if _LOWER_ONLY.search(before) or _LOWER_AFTER.match(sentence[end:end + 25]):
        return _Figure(start, end, value, None)
    return _Figure(start, end, value, value)


def _within(words: list[Token], start: int, end: int) -> list[Token]:
    return [word for word in words if start <= word.start and word.end <= end]


def _group(sentence: str, words: list[Token], before: tuple[int, int], after: tuple[int, int],
           vocabulary: Vocabulary) -> str:
    """The group named nearest the figure: before it (the last cue), else after it (the first). A language
    ("Mit Dänisch sind rund 2.800 Euro drin") is a qualification."""
    groups, spread = _cues().groups, _cues().spread
    # the figure's own clause first ("eingestiegen, heute komme ich auf 2.650 Euro"), then what stands before
    # and after it, last the whole stretch ("Im First Level steigen die meisten ab 2.600 Euro ein")
    own_clause = (max(before[0], sentence.rfind(",", before[0], before[1]) + 1), before[1])
    for (start, end), nearest in ((own_clause, max), (before, max), (after, min), ((before[0], after[1]), max)):
        cut = spread.search(sentence, start, end)  # "zwischen 2.400 und 2.800 Euro, je nach Erfahrung"
        end = cut.start() if cut else end
        segment = sentence[start:end]
        found = [(match.start(), name) for name, pattern in groups for match in pattern.finditer(segment)]
        found += [(token.start - start, "qualified") for token in _languages(_within(words, start, end), vocabulary)]
        strong = [item for item in found if item[1] != "experienced_by_time"]
        if strong or found:
            return nearest(strong or found)[1].replace("_by_time", "")
    return "general"


def _languages(words: list[Token], vocabulary: Vocabulary) -> list[Token]:
    """The first word of each language other than German the words name."""
    return [words[hit.first] for hit in vocabulary.term_index.hits(words)
            if hit.owner.category == "language" and hit.owner.code != "de" and not hit.term.needs_negation]


def _requirements(group: str, context: str, context_tokens: list[Token],
                  vocabulary: Vocabulary) -> tuple[tuple[str, ...], bool]:
    """(any one of these, whether the years are needed besides) for a band above entry level.

    "bei Erfahrung oder Fremdsprachenkenntnissen" is reached by either; "Fachkräfte mit Zusatzqualifikationen –
    etwa Fremdsprachen …" and a move into more demanding teams need skilled staff, that is the years, and one
    of the qualifications named."""
    if group in ("entry", "general"):
        return (), False
    experience, skilled = _cues().experience, _cues().skilled
    named = [concept.id for concept in vocabulary.named_in(context_tokens, ("language", "skill"))]
    if group == "specialist" or skilled.search(context):
        return tuple(named), True
    return tuple((["experience"] if experience.search(context) else []) + named), False


def _raise_clause(sentence: str, after: int) -> int:
    """Where the clause of a vague raise after `after` begins (its comma), or the sentence's end: "ab 3.100 Euro
    erwarten, und mit ein paar Jahren Erfahrung geht es spürbar nach oben" - the years belong to the raise,
    not to the figure before it."""
    starts = [match.start() for pattern, _, _ in _cues().raises if (match := pattern.search(sentence, after))]
    if not starts:
        return len(sentence)
    comma = sentence.rfind(",", after, min(starts))
    return comma if comma != -1 else min(starts)


def _estimated_raise(sentence: str, after: int, sentence_tokens: list[Token], earlier: list[SalaryBand],
                     vocabulary: Vocabulary) -> dict | None:
    """'ein paar Hundert mehr' on top of the highest figure named so far, marked as an estimate."""
    if not earlier:
        return None
    for pattern, low, high in _cues().raises:
        match = pattern.search(sentence, after)
        if match:
            reference = max(band.top for band in earlier)
            group = _group(sentence, tokens(sentence), (after, match.start()), (match.end(), len(sentence)),
                           vocabulary)
            requires, needs_experience = _requirements(group, sentence, sentence_tokens, vocabulary)
            base = max(earlier, key=lambda band: band.top)
            qualification = tuple(r for r in base.requires if r != "experience")
            own = [r for r in requires if r != "experience" and r not in qualification]
            if base.quote == sentence and qualification and not own and (needs_experience or "experience" in requires):
                # "Wer Französisch spricht, kann ab 3.100 Euro erwarten, und mit Erfahrung geht es nach oben": the
                # rise is on top of the French band, so it needs French AND the years, not either of them
                requires, needs_experience = qualification, True
            return {"min_eur": reference + low, "max_eur": reference + high, "applies_to": group,
                    "requires": requires, "needs_experience": needs_experience, "estimate": True}
    return None
