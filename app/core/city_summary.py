"""What an article says about its city, in a few lines, and which topics it leaves out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.core.cityprofile import CityProfile
from app.core.criteria.pay import group_words, shown_range
from app.core.messages import join_words, say
from app.core.vocabulary import CATEGORIES, Vocabulary

Summary = tuple[list[str], list[str]]  # (lines the article gives, topics it says nothing about)


def city_summaries(cities: Iterable[CityProfile], vocabulary: Vocabulary, lang: str) -> Iterator[Summary]:
    """Per city, one line per pay band and per topic the article names, and the topics it leaves out.

    The words every summary shares are looked up once: `cityfit cities` summarises a thousand cities."""
    pay, no_pay = say("cli_salary_bands", lang), say("summary_pay", lang)
    titles = {category: say(f"category_{category}", lang) for category in CATEGORIES}
    labels = {concept.id: concept.label(lang) for concept in vocabulary.concepts}
    for city in cities:
        found, silent = [], []
        for band in city.salary_bands:
            found.append(f"{pay}: {shown_range(band, lang)} {group_words(band, lang)}")
        if not city.salary_bands:
            silent.append(no_pay)
        for category, title in titles.items():
            named = city.concept_ids(category)
            if named:
                found.append(f"{title}: {join_words([labels[c] for c in named], lang)}")
            else:
                silent.append(title)
        yield found, silent


def silent_sentence(silent: list[str], lang: str) -> str:
    return say("summary_silent", lang, what=join_words(silent, lang)) if silent else ""
