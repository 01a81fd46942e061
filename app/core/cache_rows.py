"""A city as the cache keeps it, in rows of plain JSON, and read back checked: a damaged row (a number as a
city, an amount as text, an unknown concept, an offset past the article's end) raises, so it is never trusted.

A quote is kept once per sentence, never copied into each band or fact that quotes it: an article entry keeps
offsets only (its quotes are cut from the article, which is read anyway); a folder snapshot keeps each quoted
sentence once beside its bands, which refer to it by offsets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from app.core.cityprofile import OCCASIONAL, RULED_OUT, CityProfile, Fact, SalaryBand

if TYPE_CHECKING:
    from app.core.vocabulary import Vocabulary

GROUPS = frozenset({"entry", "experienced", "qualified", "specialist", "general"})
ABSENT = (FileNotFoundError, NotADirectoryError)  # not kept yet, or no cache folder at all: nothing damaged
DAMAGED = (OSError, LookupError, TypeError, ValueError, RecursionError)  # what reading a damaged file can raise

Stamp = tuple[int, int]  # a file's size and modification time in nanoseconds
Quote = Callable[[int, int], str]  # the quoted sentence between two offsets of the article text


class Damaged(ValueError):
    """A row CityFit would not have written."""


class _Known:
    """What a stored city may name, as sets: a list is checked at once."""

    def __init__(self, in_summary: dict[str, frozenset[str]], requirements: frozenset[str]):
        self.in_summary = in_summary  # concept ids per summary key (ruled-out and occasional: any)
        self.requirements = requirements  # what a pay band may require: experience, or a concept


@lru_cache(maxsize=1)
def _known(vocabulary: Vocabulary) -> _Known:
    ids: dict[str, set[str]] = {}
    for concept in vocabulary.concepts:
        ids.setdefault(concept.category, set()).add(concept.id)
    every = frozenset(vocabulary.by_id)
    in_summary = {category: frozenset(members) for category, members in ids.items()}
    return _Known({**in_summary, RULED_OUT: every, OCCASIONAL: every}, every | {"experience"})


def article_row(profile: CityProfile) -> dict:
    return {
        "city": profile.city,
        "bands": [_band_row(band) for band in profile.salary_bands],
        "facts": [[f.category, f.concept, f.start, f.end, f.term, f.negated, f.occasional, f.uncertain]
                  for f in profile.facts],
    }


def article_city(row: dict, text: str, source: str, vocabulary: Vocabulary) -> CityProfile:
    quote, known = _cut_from(text), _known(vocabulary)
    bands = [_band(band, quote, known) for band in row["bands"]]
    facts = [_fact(fact, quote, vocabulary) for fact in row["facts"]]
    return CityProfile(_city(row["city"]), source, bands, facts)


def snapshot_row(stamp: Stamp, profile: CityProfile) -> list:
    """What scoring needs without opening the article: its city, pay bands with their sentences, concepts named."""
    sentences = {band.start: band.quote for band in profile.salary_bands}
    return [*stamp, profile.city, [_band_row(band) for band in profile.salary_bands], profile.summary,
            [[start, sentence] for start, sentence in sentences.items()]]


def snapshot_city(row: list, stamp: Stamp,
                  vocabulary: Vocabulary) -> tuple[str, list[SalaryBand], dict[str, Sequence[str]]] | None:
    """The city, pay bands and summary of an article unchanged since; None if it changed."""
    size, modified, city, bands, summary, sentences = row
    if (size, modified) != stamp:
        return None
    quote, known = _kept(sentences, size), _known(vocabulary)
    return _city(city), [_band(band, quote, known) for band in bands], _summary(summary, known)


def _band_row(band: SalaryBand) -> list:
    return [band.min_eur, band.max_eur, band.applies_to, list(band.requires), band.needs_experience, band.estimate,
            band.start, band.end]


def _band(row: list, quote: Quote, known: _Known) -> SalaryBand:
    low, high, group, requires, needs_experience, estimate, start, end = row
    if not (group in GROUPS and type(requires) is list and known.requirements.issuperset(requires)
            and type(needs_experience) is bool and type(estimate) is bool  # then euros: from, up to, or both in order
            and (type(low) is int and low > 0 and (high is None or type(high) is int and low <= high)
                 or low is None and type(high) is int and high > 0)):
        raise Damaged(f"salary band {row}")
    return SalaryBand(low, high, group, tuple(requires), needs_experience, estimate, quote(start, end), start, end)


def _fact(row: list, quote: Quote, vocabulary: Vocabulary) -> Fact:
    category, concept, start, end, term, negated, occasional, uncertain = row
    if not (vocabulary.by_id[concept].category == category and type(term) is str
            and type(negated) is bool and type(occasional) is bool and type(uncertain) is bool):
        raise Damaged(f"fact {row}")
    return Fact(category, concept, quote(start, end), start, end, term, negated, occasional, uncertain)


def _city(name: object) -> str:
    if type(name) is not str or not name.strip():
        raise Damaged(f"city {name!r:.40}")
    return name


def _summary(summary: object, known: _Known) -> dict[str, Sequence[str]]:
    if type(summary) is not dict:
        raise Damaged("summary")
    allowed = known.in_summary
    for category, ids in summary.items():
        if type(ids) is not list or not allowed[category].issuperset(ids):
            raise Damaged(f"summary of {category}")
    return summary


def _cut_from(text: str) -> Quote:
    """Quotes cut from the article: each sentence once, however many bands and facts quote it."""
    cut: dict[tuple[int, int], str] = {}

    def quote(start: int, end: int) -> str:
        if (start, end) not in cut:
            if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
                raise Damaged(f"offsets {start}–{end} in a text of {len(text)}")
            cut[start, end] = text[start:end]
        return cut[start, end]
    return quote


def _kept(sentences: list, size: int) -> Quote:
    """Quotes kept in a snapshot as [[start, sentence], …]; an offset past the file's end (a decoded character
    takes at least one byte) or a sentence of another length is damage."""
    by_start = {start: sentence for start, sentence in sentences}

    def quote(start: int, end: int) -> str:
        sentence = by_start[start]
        if not (type(start) is int and type(end) is int and type(sentence) is str and 0 <= start < end <= size
                and end - start == len(sentence)):
            raise Damaged(f"quote at {start}–{end}")
        return sentence
    return quote
