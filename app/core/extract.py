"""Turns an article into a CityProfile: city name, facts with their sentences, salary bands."""

from __future__ import annotations

from pathlib import Path

from app.core.articles import Article
from app.core.city_name import city_name
from app.core.cityprofile import CityProfile, Fact
from app.core.lemmas import Token, tokens
from app.core.salary import salary_bands
from app.core.scope import Reading, load_cues, read
from app.core.text import heading_indexes, sentence_spans
from app.core.vocabulary import Vocabulary

# When a sentence names a concept twice, the strongest reading stands: "keine Nachtschicht, aber Frühschicht".
_PRECEDENCE = (Reading.ASSERTED, Reading.OCCASIONAL, Reading.DENIED, Reading.UNCERTAIN)


def extract(article: Article, vocabulary: Vocabulary) -> CityProfile:
    text = article.text
    spans = sentence_spans(text)
    headings = heading_indexes(text, spans)
    words = [tokens(text, start, end) for start, end in spans]
    return CityProfile(
        city=city_name(text, Path(article.path)),
        source=str(article.path),
        salary_bands=salary_bands(text, spans, words, headings, vocabulary),
        facts=_facts(text, spans, words, headings, vocabulary),
    )


def _facts(text: str, spans: list[tuple[int, int]], words: list[list[Token]], headings: set[int],
           vocabulary: Vocabulary) -> list[Fact]:
    """One fact per concept and sentence; a heading only announces what its paragraph says, so it is no evidence."""
    cues = load_cues()
    facts = []
    previous: list[Token] | None = None
    for index, (start, end) in enumerate(spans):
        if index in headings:
            previous = None
            continue
        sentence_tokens = words[index]
        hits = vocabulary.term_index.hits(sentence_tokens)
        if hits:
            sentence = cues.sentence(sentence_tokens, previous)
            facts += _sentence_facts(text, start, end, sentence, hits)
        previous = sentence_tokens
    return facts


def _sentence_facts(text, start, end, sentence, hits) -> list[Fact]:
    best: dict[str, tuple[int, int, object, Reading]] = {}
    for hit in hits:
        concept = hit.owner
        reading = read(sentence, hit, concept.category)
        if reading is Reading.NOT_ABOUT_THE_JOB:
            continue
        if reading is Reading.DENIED and concept.category != "condition":
            continue  # only a working condition can be ruled out; a denied skill is simply not asked for
        rank = (_PRECEDENCE.index(reading), hit.first)
        if concept.id not in best or rank < best[concept.id][:2]:
            best[concept.id] = (*rank, hit, reading)
    facts = []
    for _, _, hit, reading in sorted(best.values(), key=lambda item: item[2].first):
        concept = hit.owner
        tokens_ = sentence.tokens
        term = text[tokens_[hit.first].start:tokens_[hit.end - 1].end]
        facts.append(Fact(concept.category, concept.id, text[start:end], start, end, term,
                          negated=reading is Reading.DENIED,
                          occasional=reading is Reading.OCCASIONAL and concept.category == "condition",
                          uncertain=reading is Reading.UNCERTAIN))
    return facts
