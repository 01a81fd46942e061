"""Plain-text rendering of profiles and rankings for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.bars import text_bar
from app.core.candidate import CandidateProfile
from app.core.city_summary import city_summaries, silent_sentence
from app.core.cityprofile import CityProfile
from app.core.messages import join_words, out_of_100, printable, say, score_number
from app.core.results import SCORED, Ranking
from app.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from app.core.advice import Suggestion  # only `cityfit advise` loads the advice engine
    from app.core.firmness import Firmness

BAR_WIDTH = 10
ADVICE_CITIES = 5  # cities whose score moves most; --json lists every city


def bar(score: float | None) -> str:
    if score is None:
        return "·" * BAR_WIDTH
    return "".join(text_bar(score, BAR_WIDTH))


def print_cities(cities: list[CityProfile], vocabulary: Vocabulary, lang: str) -> None:
    lines = []  # written at once: a thousand cities are ten thousand lines
    for city, (found, silent) in zip(cities, city_summaries(cities, vocabulary, lang), strict=True):
        lines += [f"{city.city}  ({city.source})", *(f"  {line}" for line in found)]
        lines += [f"  {silent_sentence(silent, lang)}"] if silent else []
        lines.append("")
    _write(lines)


def print_ranking(ranking: Ranking, firm: Firmness | None, profile: CandidateProfile, lang: str) -> None:
    lines = [say("cli_rank_heading", lang, name=profile.name or say("cli_unnamed", lang)), ""]
    for place, city in enumerate(ranking.cities, start=1):
        total = out_of_100(city.score) if city.score is not None else say("cli_no_score", lang)
        covered, counted = city.coverage
        coverage = f"  ({say('coverage', lang, covered=covered, count=counted)})" if counted else ""
        lines.append(f"{place}. {city.city}  {bar(city.score)}  {total}{coverage}")
        for musts, key, mark in ((city.broken_musts, "cli_breaks_musts", "!"),
                                 (city.unconfirmed_musts, "cli_unconfirmed_musts", "?")):
            if musts:
                what = join_words([say(f"must_{m}", lang) for m in musts], lang)
                lines.append(f"   {mark} {say(key, lang, what=what)}")
        if not city.explained:
            continue  # beyond --top: the total is enough
        for result in city.criteria:
            shown = None if result.status != SCORED else result.score  # neutral points are no finding
            score = f"{score_number(result.score):>3}" if shown is not None else f"({score_number(result.score)})"
            lines.append(f"   {say('criterion_' + result.criterion, lang):<30} {bar(shown)} {score:>4}")
            lines.append(f"      {result.explanation}")
            lines.extend(f"        » {evidence.quote}" for evidence in result.evidence)
        lines.append("")
    if not all(city.explained for city in ranking.cities):
        lines.append("")
    lines.append(ranking.decisive)
    if firm:
        lines.append(firm.describe(lang))
    _write(lines)


def print_advice(suggestions: list[Suggestion], profile: CandidateProfile, lang: str) -> None:
    lines = [say("cli_advice_heading", lang, name=profile.name or say("cli_unnamed", lang)), ""]
    for place, suggestion in enumerate(suggestions, start=1):
        lines += [f"{place}. {suggestion.change}", f"   {suggestion.effect(lang)}",
                  f"   {say('advice_deltas', lang)}: {suggestion.moves(lang, ADVICE_CITIES)}", ""]
    if not suggestions:
        lines.append(say("advice_none", lang))
    _write(lines)


def _write(lines: list[str]) -> None:
    print(printable("\n".join(lines), keep_newlines=True))
