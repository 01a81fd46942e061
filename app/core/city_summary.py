"""What an article says about its city, in a few lines, and which topics it leaves out."""

from __future__ import annotations

from app.core.cityprofile import CityProfile
from app.core.criteria import salary_range
from app.core.messages import join_words, say
from app.core.vocabulary import CATEGORIES, Vocabulary


def city_summary(city: CityProfile, vocabulary: Vocabulary, lang: str) -> tuple[list[str], list[str]]:
    """(one line per pay band and per topic the article names, the topics it says nothing about)."""
    found, silent = [], []
    for band in city.salary_bands:
        estimate = f", {say('cli_estimate', lang)}" if band.estimate else ""
        found.append(f"{say('cli_salary_bands', lang)}: {salary_range(band, lang)} "
                     f"{say('group_' + band.applies_to, lang)}{estimate}")
    if not city.salary_bands:
        silent.append(say("summary_pay", lang))
    for category in CATEGORIES:
        title = say(f"category_{category}", lang)
        named = [vocabulary.by_id[c].label(lang) for c in city.concept_ids(category)]
        if named:
            found.append(f"{title}: {join_words(named, lang)}")
        else:
            silent.append(title)
    return found, silent


def silent_sentence(silent: list[str], lang: str) -> str:
    return say("summary_silent", lang, what=join_words(silent, lang)) if silent else ""
