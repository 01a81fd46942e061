"""What an article says about its city, in a few lines, and which topics it leaves out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.core.cityprofile import RULED_OUT, CityProfile
from app.core.criteria.pay import group_words
from app.core.messages import inside_sentence, join_words, say, shown_range
from app.core.vocabulary import CATEGORIES, Vocabulary

Summary = tuple[list[str], list[str]]  # (lines the article gives, topics it says nothing about)


def city_summaries(cities: Iterable[CityProfile], vocabulary: Vocabulary, lang: str) -> Iterator[Summary]:
    """Per city, one line per pay band and per topic the article names, and the topics it leaves out.

    The words every summary shares are looked up once: `cityfit cities` summarises a thousand cities."""
    pay, no_pay = say("cli_salary_bands", lang), say("summary_pay", lang)
    titles = {category: say(f"category_{category}", lang) for category in CATEGORIES}
    labels = {concept.id: concept.in_sentence(lang) for concept in vocabulary.concepts}
    by_id = vocabulary.by_id
    for city in cities:
        found, silent = [], []
        for band in city.salary_bands:
            found.append(f"{pay}: {shown_range(band, lang)} {group_words(band, lang)}")
        if not city.salary_bands:
            silent.append(inside_sentence(no_pay, lang))
        ruled_out = [c for c in city.summary.get(RULED_OUT, ()) if c not in city.concept_ids(by_id[c].category)]
        for category, title in titles.items():
            named = [labels[c] for c in city.concept_ids(category)]
            named += [say("summary_ruled_out", lang, what=labels[c])
                      for c in ruled_out if by_id[c].category == category]
            if named:  # what an article rules out ("kein Schichtbetrieb") is something it says, too
                found.append(f"{title}: {join_words(named, lang)}")
            else:
                silent.append(inside_sentence(title, lang))
        yield found, silent


def silent_sentence(silent: list[str], lang: str) -> str:
    return say("summary_silent", lang, what=join_words(silent, lang)) if silent else ""
