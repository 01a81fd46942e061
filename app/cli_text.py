"""Plain-text rendering of profiles and rankings for the terminal."""

from __future__ import annotations

from app.core.candidate import CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.criteria import salary_range
from app.core.messages import join_words, say
from app.core.results import Ranking
from app.core.vocabulary import CATEGORIES, Vocabulary

BAR_WIDTH = 10


def bar(score: float | None) -> str:
    if score is None:
        return "·" * BAR_WIDTH
    filled = round(score / 100 * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def print_cities(cities: list[CityProfile], vocabulary: Vocabulary, lang: str) -> None:
    for city in cities:
        print(f"{city.city}  ({city.source})")
        if city.salary_bands:
            for band in city.salary_bands:
                estimate = f", {say('cli_estimate', lang)}" if band.estimate else ""
                print(f"  {say('cli_salary_bands', lang)}: {salary_range(band, lang)} "
                      f"{say('group_' + band.applies_to, lang)}{estimate}")
        else:
            print(f"  {say('cli_no_salary', lang)}")
        for category in CATEGORIES:
            title = say(f"category_{category}", lang)
            named = [vocabulary.by_id[c].label(lang) for c in city.concepts(category)]
            print(f"  {title}: {join_words(named, lang) or say('cli_not_found', lang)}")
        print()


def print_ranking(ranking: Ranking, profile: CandidateProfile, lang: str) -> None:
    print(say("cli_rank_heading", lang, name=profile.name or say("cli_unnamed", lang)))
    print()
    for place, city in enumerate(ranking.cities, start=1):
        total = f"{round(city.score)}/100" if city.score is not None else say("cli_no_score", lang)
        print(f"{place}. {city.city}  {bar(city.score)}  {total}")
        if city.broken_musts:
            musts = join_words([say(f"must_{m}", lang) for m in city.broken_musts], lang)
            print(f"   ! {say('cli_breaks_musts', lang, what=musts)}")
        if not city.explained:
            continue  # beyond --top: the total is enough
        for result in city.criteria:
            score = f"{round(result.score):3d}" if result.score is not None else "  –"
            print(f"   {say('criterion_' + result.criterion, lang):<30} {bar(result.score)} {score}")
            print(f"      {result.explanation}")
            for evidence in result.evidence:
                print(f"        » {evidence.quote}")
        print()
    if not all(city.explained for city in ranking.cities):
        print()
    print(ranking.decisive)
