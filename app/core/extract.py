"""Turns an article into a CityProfile: city name, facts with their sentences, salary bands."""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from app.core.articles import Article
from app.core.cityprofile import CityProfile, Fact
from app.core.salary import salary_bands
from app.core.text import sentence_spans
from app.core.vocabulary import Vocabulary

_CITY_IN_TITLE = re.compile(r"\bin\s+(.+?)\s*[.:!]?\s*$")
# "keine Schichtarbeit", "ohne Wochenenddienste", "nicht im Schichtdienst"; looser forms are often rhetoric.
_NEGATION = re.compile(r"\b((kein\w*|ohne)\s+(\w+\s+)?|nicht\s+(im|in|am|an|zu)\s+(\w+\s+)?)$", re.IGNORECASE)
# Frequency words in the clause around a working condition: rare is no hardship, now and then is a mild one.
_RARE = re.compile(r"\b(selten\w*|kaum|so gut wie nie|fast nie|nur ausnahmsweise|ausnahmsweise)\b", re.IGNORECASE)
_OCCASIONAL = re.compile(r"\b(hin und wieder|gelegentlich\w*|ab und (an|zu)|manchmal|vereinzelt\w*|mitunter|"
                         r"teilweise|zeitweise|phasenweise)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()–—]")
_FILENAME_NOISE = re.compile(r"(customer|service|kundenservice|kundendienst|jobs?|stellenangebote)", re.I)


def extract(article: Article, vocabulary: Vocabulary) -> CityProfile:
    text = article.text
    spans = sentence_spans(text)
    return CityProfile(
        city=city_name(text, article.path),
        source=str(article.path),
        salary_bands=salary_bands(text, spans, vocabulary),
        facts=_facts(text, spans, vocabulary),
    )


def city_name(text: str, path: Path) -> str:
    """From the title line ('… Stellenangebote in Halle (Saale)'), else the next line, else the file name."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    for line in lines:
        match = _CITY_IN_TITLE.search(line)
        if match and len(match.group(1)) <= 60:
            return match.group(1)
    words = [w for w in re.split(r"[-_\s]+", path.stem) if w and not _FILENAME_NOISE.fullmatch(w)]
    return " ".join(word.capitalize() for word in words) or path.stem


def _sentences_to_search(lowered: str, required: str | None, starts: list[int]) -> list[int] | range:
    """Only the sentences that contain the text a pattern needs; all of them when it needs none."""
    if required is None:
        return range(len(starts))
    found, position = [], lowered.find(required)
    while position != -1:
        index = bisect_right(starts, position) - 1
        if index >= 0 and (not found or found[-1] != index):
            found.append(index)
        position = lowered.find(required, position + 1)
    return found


def _facts(text: str, spans: list[tuple[int, int]], vocabulary: Vocabulary) -> list[Fact]:
    """One fact per concept and sentence: each pattern scans the whole text once, matches find their sentence."""
    starts = [start for start, _ in spans]
    lowered = text.lower()
    first_match: dict[tuple[int, int], tuple[int, int, re.Match]] = {}  # (sentence, concept) -> earliest match
    for order, concept in enumerate(vocabulary.concepts):
        for pattern_order, (pattern, required) in enumerate(zip(concept.patterns, concept.required)):
            for index in _sentences_to_search(lowered, required, starts):
                match = pattern.search(text, spans[index][0], spans[index][1])
                key = (index, order)
                if match and (key not in first_match or pattern_order < first_match[key][0]):
                    first_match[key] = (pattern_order, match.start(), match)
    facts = []
    for (index, order), (_, _, match) in sorted(first_match.items()):
        concept = vocabulary.concepts[order]
        start, end = spans[index]
        sentence = text[start:end]
        negated = occasional = False
        if concept.category == "condition":
            clause = _clause(text, start, end, match)
            negated = bool(_NEGATION.search(text[start:match.start()]) or _RARE.search(clause))
            occasional = not negated and bool(_OCCASIONAL.search(clause))
        facts.append(Fact(concept.category, concept.id, sentence, start, end, match.group(0), negated, occasional))
    return facts


def _clause(text: str, start: int, end: int, match: re.Match) -> str:
    """The words of the clause a match stands in: '(hin und wieder sogar an Wochenenden)' speaks of weekends only."""
    before = text[max(start, match.start() - 60):match.start()]
    after = text[match.end():min(end, match.end() + 40)]
    before = _CLAUSE_BREAK.split(before)[-1]
    after = _CLAUSE_BREAK.split(after)[0]
    return before + match.group(0) + after
