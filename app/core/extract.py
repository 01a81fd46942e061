"""Turns an article into a CityProfile: city name, facts with their sentences, salary bands."""

from __future__ import annotations

import re
from pathlib import Path

from app.core.articles import Article
from app.core.cityprofile import CityProfile, Fact
from app.core.salary import salary_bands
from app.core.text import sentence_spans
from app.core.vocabulary import Vocabulary

_CITY_IN_TITLE = re.compile(r"\bin\s+(.+?)\s*[.:!]?\s*$")
# "keine Schichtarbeit", "ohne Wochenenddienste", "nicht im Schichtdienst"; looser forms are often rhetoric.
_NEGATION = re.compile(r"\b((kein\w*|ohne)\s+(\w+\s+)?|nicht\s+(im|in|am|an|zu)\s+(\w+\s+)?)$", re.IGNORECASE)
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


def _facts(text: str, spans: list[tuple[int, int]], vocabulary: Vocabulary) -> list[Fact]:
    facts = []
    for start, end in spans:
        sentence = text[start:end]
        for concept in vocabulary.concepts:
            match = next((m for p in concept.patterns if (m := p.search(sentence))), None)
            if match is None:
                continue
            negated = concept.category == "condition" and bool(_NEGATION.search(sentence[:match.start()]))
            facts.append(Fact(concept.category, concept.id, sentence, start, end, match.group(0), negated))
    return facts
