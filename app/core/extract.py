"""Turns an article into a CityProfile: city name, facts with their sentences, salary bands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.articles import Article
from app.core.city_name import city_name
from app.core.cityprofile import CityProfile, Fact
from app.core.lemmas import Token, tokens
from app.core.salary import salary_bands
from app.core.scope import Reading, is_statement_heading, read, taught
from app.core.sentence import Sentence, load_cues
from app.core.terms import Hit
from app.core.text import heading_indexes, is_quotation, sentence_spans, sentences_under
from app.core.vocabulary import Vocabulary

# When a sentence names a concept twice, the strongest reading stands: "Keine Nachtschicht in der Woche, aber
# samstags Spätschicht" asserts shift work.
_PRECEDENCE = (Reading.ASSERTED, Reading.OCCASIONAL, Reading.DENIED, Reading.UNCERTAIN)
# A "sentence" longer than this (a text without punctuation) is read in pieces: what a sentence says reaches
# no further, and scope rules compare each mention with every other.
MAX_SENTENCE_WORDS = 150


def extract(article: Article, vocabulary: Vocabulary) -> CityProfile:
    text = article.text
    joining = load_cues().coordination
    spans = sentence_spans(text)
    words = [vocabulary.term_index.completed(tokens(text, start, end), joining) for start, end in spans]
    spans, words = _in_pieces(spans, words)
    headings = heading_indexes(text, spans)
    city = city_name(text, Path(article.path))
    return CityProfile(
        city=city,
        source=str(article.path),
        salary_bands=salary_bands(text, spans, words, headings, vocabulary),
        facts=_facts(text, spans, words, headings, vocabulary, city),
    )


def _facts(text: str, spans: list[tuple[int, int]], words: list[list[Token]], headings: set[int],
           vocabulary: Vocabulary, city: str) -> list[Fact]:
    """One fact per concept and sentence; a heading only announces what its paragraph says, so it is no evidence."""
    cues = load_cues()
    sentences: dict[int, Sentence] = {}

    def sentence(index: int) -> Sentence:  # built once, and only around sentences that name something
        if index not in sentences:
            sentences[index] = cues.sentence(words[index], city, is_quotation(text, *spans[index]))
        return sentences[index]

    body = [index for index in range(len(spans)) if index not in headings or is_statement_heading(sentence(index))]
    tasks = sentences_under(text, spans, cues.task_labels)  # "Ihre Aufgaben: … Kurierdienste" names no employer
    found = {index: [hit for hit in hits if not (index in tasks and hit.owner.category == "industry")]
             for index in body if (hits := vocabulary.term_index.hits(words[index]))}
    facts = []
    for position, index in enumerate(body):
        if index not in found:
            continue
        if position + 1 < len(body) and sentence(index).question:
            cues.link(sentence(index), sentence(body[position + 1]))  # "Und das Homeoffice? Zwei Tage pro Woche."
        if position and sentence(body[position - 1]).question:
            cues.link(sentence(body[position - 1]), sentence(index))  # "Und die Kollegen? Offen, … verlässlich."
        facts += _sentence_facts(text, *spans[index], sentence(index), found[index], cues.training_topics)
    return facts


def _in_pieces(spans: list[tuple[int, int]], words: list[list[Token]]):
    """Overlong sentences cut into pieces of MAX_SENTENCE_WORDS words, each quoted as its own stretch."""
    if all(len(sentence) <= MAX_SENTENCE_WORDS for sentence in words):
        return spans, words
    cut_spans, cut_words = [], []
    for span, sentence in zip(spans, words, strict=True):
        if len(sentence) <= MAX_SENTENCE_WORDS:
            cut_spans.append(span)
            cut_words.append(sentence)
            continue
        for first in range(0, len(sentence), MAX_SENTENCE_WORDS):
            piece = sentence[first:first + MAX_SENTENCE_WORDS]
            cut_spans.append((piece[0].start, piece[-1].end))
            cut_words.append(piece)
    return cut_spans, cut_words


@dataclass(frozen=True)
class _Mention:
    """The strongest mention of a concept in a sentence so far."""

    precedence: int
    hit: Hit
    reading: Reading


def _sentence_facts(text: str, start: int, end: int, sentence: Sentence, hits: list[Hit],
                    topics: frozenset[str]) -> list[Fact]:
    best: dict[str, _Mention] = {}
    courses = [hit for hit in hits if hit.owner.category == "training"]
    for hit in hits:
        concept = hit.owner
        if concept.category == "skill" and taught(sentence, hit, courses, topics):
            continue
        if _inside_longer(hit, hits):
            continue
        reading = read(sentence, hit, concept.category, hits)
        if reading is Reading.NOT_ABOUT_THE_JOB:
            continue
        if reading is Reading.DENIED and concept.category != "condition":
            continue  # only a working condition can be ruled out; a denied skill is simply not asked for
        precedence = _PRECEDENCE.index(reading)
        if concept.id not in best or precedence < best[concept.id].precedence:
            best[concept.id] = _Mention(precedence, hit, reading)
    facts = []
    for mention in sorted(best.values(), key=lambda mention: mention.hit.first):
        hit, reading, concept = mention.hit, mention.reading, mention.hit.owner
        term = text[sentence.tokens[hit.first].start:sentence.tokens[hit.end - 1].end]
        facts.append(Fact(concept.category, concept.id, text[start:end], start, end, term,
                          negated=reading is Reading.DENIED,
                          occasional=reading is Reading.OCCASIONAL and concept.category == "condition",
                          uncertain=reading is Reading.UNCERTAIN))
    return facts


def _inside_longer(hit: Hit, hits: list[Hit]) -> bool:
    """A single word inside a longer phrase of the same category: "Sprachkenntnissen" in "französischen
    Sprachkenntnissen", "SAP" in "SAP-CRM"."""
    return hit.end - hit.first == 1 and any(
        other.owner.category == hit.owner.category and other.owner is not hit.owner
        and other.first <= hit.first and hit.end <= other.end and other.end - other.first > 1 for other in hits)

