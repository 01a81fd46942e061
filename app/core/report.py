"""The comparison as one self-contained HTML document: profile, ranking, bars, pay chart, reasons, advice.

Bars are table cells with a width and a colour, not images or scripts: the same document opens in any
browser and prints to PDF through Qt's rich-text engine, and it references nothing outside itself.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from html import escape
from pathlib import Path

from app.core.bars import bar_units, score_color
from app.core.candidate import HARDSHIPS, CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.engine import Engine
from app.core.job_match import JobResult, ad_facts, describe_requirements
from app.core.messages import euro, join_words, level_name, out_of_100, say, score_number, shown_range
from app.core.results import SCORED, CityResult
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary

EXPLAINED = 10  # cities explained in full; the ranking lists every city
RANKED_PER_TABLE = 100  # the ranking is a stack of tables this long, with PIECE_BREAK between them
PIECE_BREAK = "<!--piece-->"  # where Qt may stop reading and go on with the next piece (see report_file.pdf_bytes)
STAGES = ("ranking", "advice", "writing")  # what build_report tells its `progress`, in this order
STYLE = """body{font-family:sans-serif;font-size:10pt;color:#222;max-width:60em;margin:auto}
h1{font-size:18pt}h2{font-size:14pt;margin-top:1.5em;border-bottom:1px solid #999}h3{font-size:12pt}
table{border-collapse:collapse}td,th{padding:2px 4px;vertical-align:top;text-align:left}
.quote{color:#444;font-style:italic}.small{color:#666;font-size:9pt}"""


def build_report(engine: Engine, profile: CandidateProfile, lang: str, today: datetime.date | None = None,
                 progress: Callable[[str], None] = lambda stage: None) -> str:
    """`progress` hears each of STAGES as it begins; an exception it raises stops the report."""
    progress("ranking")
    ranking = engine.rank(profile, lang, explain=EXPLAINED)
    progress("advice")
    suggestions = engine.advise(profile, lang)
    progress("writing")
    cities, vocabulary = engine.cities, engine.vocabulary
    name = profile.name or say("cli_unnamed", lang)
    date = (today or datetime.date.today()).strftime("%d.%m.%Y" if lang == "de" else "%Y-%m-%d")
    parts = [f"<h1>{escape(say('report_title', lang, name=name))}</h1>",
             f"<p class='small'>{escape(say('report_made', lang, date=date, count=len(cities)))}</p>",
             _profile_section(profile, vocabulary, lang),
             f"<h2>{escape(say('report_ranking', lang))}</h2>", _ranking_table(ranking.cities, lang),
             f"<p>{escape(ranking.decisive)}</p>"]
    firm = engine.firmness(ranking)
    if firm:
        parts.append(f"<p>{escape(firm.describe(lang))}</p>")
    parts += [f"<h2>{escape(say('report_salary_chart', lang))}</h2>",
              _salary_chart(engine.chart_cities(ranking), profile, lang),
              f"<h2 style='page-break-before:always'>{escape(say('report_why', lang))}</h2>"]
    parts += [_city_section(place, city, lang) for place, city in enumerate(ranking.cities, 1) if city.explained]
    if len(ranking.cities) > EXPLAINED:
        more = say("report_more_cities", lang, count=len(ranking.cities) - EXPLAINED, shown=EXPLAINED)
        parts.append(f"<p class='small'>{escape(more)}</p>")
    parts += [f"<h2>{escape(say('report_advice', lang))}</h2>", _advice_list(suggestions, lang)]
    if engine.jobs:
        parts += [f"<h2 style='page-break-before:always'>{escape(say('report_jobs', lang))}</h2>",
                  _jobs_per_city(engine.rank_jobs(profile, lang, explain=0), ranking.cities, profile, vocabulary,
                                 lang)]
    return (f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>"
            f"<title>{escape(say('report_title', lang, name=name))}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>\n")


def _profile_section(profile: CandidateProfile, vocabulary: Vocabulary, lang: str) -> str:
    """What the candidate entered, as CityFit understood it: recognised terms by their names, the rest marked."""
    not_set = say("report_not_set", lang)
    languages = [f"{_language_name(vocabulary, language.code, lang)} ({level_name(language.level, lang)})"
                 for language in profile.languages]
    prefs = profile.preferences
    wishes = [say("report_hardship", lang, what=say(f"must_{key}", lang), choice=say(f"choice_{choice}", lang))
              for key in HARDSHIPS if (choice := getattr(prefs, key)) is not None]
    if prefs.wants_onboarding is not None:
        wishes.append(say("report_onboarding_yes" if prefs.wants_onboarding else "report_onboarding_no", lang))
    wishes += _understood(vocabulary, [*prefs.industries, *prefs.channels], ("industry", "channel"), lang)
    skills = _understood(vocabulary, list(profile.skills), ("skill", "language"), lang)
    rows = [say("report_experience", lang, years=f"{profile.experience_years:g}"),
            f"{say('report_languages', lang)}: {join_words(languages, lang) or not_set}",
            f"{say('report_skills', lang)}: {join_words(skills, lang) or not_set}",
            say("report_pay", lang, minimum=euro(profile.salary.minimum, lang) if profile.salary.minimum else not_set,
                desired=euro(profile.salary.desired, lang) if profile.salary.desired else not_set),
            f"{say('report_wishes', lang)}: {join_words(wishes, lang) or not_set}"]
    return f"<h2>{escape(say('report_profile', lang))}</h2><ul>{''.join(f'<li>{escape(r)}</li>' for r in rows)}</ul>"


def _understood(vocabulary: Vocabulary, typed: list[str], categories: tuple[str, ...], lang: str) -> list[str]:
    """'Beschwerdemanagement' for the typed 'Beschwerdemanagment'; 'Ikebana (nicht erkannt)'."""
    return [match.concept.label(lang) if match.concept else say("report_not_recognised", lang, what=text)
            for text, match in zip(typed, vocabulary.match_many(typed, categories), strict=True)]


def _language_name(vocabulary: Vocabulary, code: str, lang: str) -> str:
    concept = vocabulary.language_by_code(code)
    return concept.label(lang) if concept else code


def _bar(score: float | None, percent: int) -> str:
    """A bar as a one-row table `percent` of the line wide: a coloured cell as wide as the score."""
    if score is None:
        return "–"
    filled = bar_units(score, 100)
    empty = f"<td width='{100 - filled}%' bgcolor='#e6e6e6'></td>" if filled < 100 else ""
    return (f"<table cellspacing='0' cellpadding='0' width='{percent}%'><tr><td width='{filled}%' height='9' "
            f"bgcolor='{score_color(score)}'></td>{empty}</tr></table>")



def _ranking_table(cities: list[CityResult], lang: str) -> str:
    """Tables of RANKED_PER_TABLE rows whose first rows fix the column widths: stacked, they read as one
    table, and Qt can take in thousands of cities one table at a time."""
    widths = ("11%", "37%", "45%", "7%")
    rows = []
    for place, city in enumerate(cities, 1):
        total = score_number(city.score)
        broken = join_words([say(f"must_{m}", lang) for m in city.broken_musts], lang)
        musts = " ⚠ " + say("cli_breaks_musts", lang, what=broken) if broken else ""
        cells = [f"{place}.", f"<b>{escape(city.city)}</b>{escape(musts)}", _bar(city.score, 100), total]
        sized = (place - 1) % RANKED_PER_TABLE == 0
        rows.append("<tr>" + "".join(f"<td width='{width}'>{cell}</td>" if sized else f"<td>{cell}</td>"
                                     for width, cell in zip(widths, cells, strict=True)) + "</tr>")
    return PIECE_BREAK.join(f"<table width='100%'>{''.join(rows[start:start + RANKED_PER_TABLE])}</table>"
                            for start in range(0, len(rows), RANKED_PER_TABLE))


def _salary_chart(cities: list[CityProfile], profile: CandidateProfile, lang: str) -> str:
    """Each city's bands on one € axis: a line of text, then each band as a table row of three cells."""
    values = [v for c in cities for b in c.salary_bands for v in (c.drawn_start(b), b.max_eur) if v is not None]
    values += [v for v in (profile.salary.minimum, profile.salary.desired) if v]
    if not values:
        return f"<p>{escape(say('report_unnamed_pay', lang))}</p>"
    low, high = (min(values) - 300) // 500 * 500, (max(values) + 799) // 500 * 500

    def share(euros: float) -> int:
        return round((euros - low) / (high - low) * 100)
    step = 500 if high - low <= 4000 else 1000
    ticks = list(range(int(low), int(high), step))
    axis = "".join(f"<td width='{share(tick + step) - share(tick)}%' style='border-left:1px solid #999'>"
                   f"<span class='small'>{escape(euro(tick, lang))}</span></td>" for tick in ticks)
    parts = [f"<table cellspacing='0' cellpadding='1' width='100%'><tr>{axis}</tr></table>"]
    for value, sign, key in ((profile.salary.minimum, "▲", "report_your_minimum"),
                             (profile.salary.desired, "◆", "report_your_wish")):
        if value:  # the wish's place on the axis, named as the legend names it, on the side with room
            at = min(max(share(value), 1), 99)
            words = escape(say(key, lang, amount=euro(value, lang))).replace(" ", "&nbsp;")
            cells = (f"<td width='{at}%' align='right'><span class='small'>{words}&nbsp;{sign}</span></td>"
                     f"<td width='{100 - at}%'></td>") if at > 50 else \
                (f"<td width='{at}%'></td><td width='{100 - at}%'><span class='small'>{sign}&nbsp;{words}</span></td>")
            parts.append(f"<table cellspacing='0' cellpadding='0' width='100%'><tr>{cells}</tr></table>")
    for city in cities:
        ranges = ", ".join(shown_range(band, lang) for band in city.salary_bands)
        parts.append(f"<p><b>{escape(city.city)}</b> <span class='small'>"
                     f"{escape(ranges or say('report_unnamed_pay', lang))}</span></p>")
        for band in city.salary_bands:
            start = share(city.drawn_start(band))
            end = share(band.max_eur) if band.max_eur is not None else 100
            color = "#9fb8d8" if band.estimate else "#3a6ea5"
            cells = (f"<td width='{start}%'></td>" if start > 0 else "") + \
                f"<td width='{max(1, end - start)}%' height='8' bgcolor='{color}'></td>" + \
                (f"<td width='{100 - end}%'></td>" if end < 100 else "")
            parts.append(f"<table cellspacing='0' cellpadding='0' width='100%'><tr>{cells}</tr></table>")
    parts.append(f"<p class='small'>{escape(say('report_salary_legend', lang))}</p>")
    return "".join(parts)


def _city_section(place: int, city: CityResult, lang: str) -> str:
    covered, counted = city.coverage
    parts = [f"<h3>{place}. {escape(city.city)} – {out_of_100(city.score)}</h3>",
             f"<p class='small'>{escape(say('coverage', lang, covered=covered, count=counted))}</p>" if counted else ""]
    if city.unconfirmed_musts:
        what = join_words([say(f"must_{m}", lang) for m in city.unconfirmed_musts], lang)
        parts.append(f"<p>{escape(say('cli_unconfirmed_musts', lang, what=what))}</p>")
    for result in city.criteria:
        scored = result.status == SCORED  # neutral points for silence are no finding: no bar
        score = score_number(result.score) if scored else f"– ({score_number(result.score)})"
        parts.append(f"<p><b>{escape(say('criterion_' + result.criterion, lang))}</b>: {score}</p>")
        parts.append(_bar(result.score, 40) if scored else "")
        parts.append(f"<p>{escape(result.explanation)}</p>")
        parts += [f"<p class='quote'>» {escape(e.quote)}</p>" for e in result.evidence]
    if city.speculated:
        what = join_words(city.speculated_labels, lang)
        parts.append(f"<p><b>{escape(say('speculated_heading', lang))}</b></p>")
        parts.append(f"<p>{escape(say('speculated_note', lang, what=what))}</p>")
        parts += [f"<p class='quote'>» {escape(e.quote)}</p>" for _, e in city.speculated]
    parts.append(f"<p class='small'>{escape(say('report_source', lang, file=Path(city.source).name))}</p>")
    return "".join(parts)


def _jobs_per_city(jobs: list[JobResult], cities: list[CityResult], profile: CandidateProfile,
                   vocabulary: Vocabulary, lang: str) -> str:
    """The saved ads city by city, in the ranking's order (places no article describes last), best fit first."""
    view = CandidateView.build(profile, vocabulary)
    order = {city.city.casefold(): place for place, city in enumerate(cities)}
    places = {(job.ad.city or "").casefold(): job.ad.city or "" for job in jobs}  # "Köln" and "köln": one place
    parts = []
    for key in sorted(places, key=lambda c: (order.get(c, len(order)), c)):
        place = places[key]
        here = [job for job in jobs if (job.ad.city or "").casefold() == key]
        parts.append(f"<h3>{escape(place or say('report_no_place', lang))}</h3><ol>")
        for job in here:
            ad = job.ad
            facts = ad_facts(ad, lang)
            musts = join_words([say(f"must_{m}", lang) for m in job.broken_musts], lang)
            lines = [" · ".join(facts), *([f"⚠ {say('cli_breaks_musts', lang, what=musts)}"] if musts else []),
                     *describe_requirements(job, view, lang)]
            parts.append(f"<li><b>{escape(ad.title)}</b> – {out_of_100(job.score)}<br>"
                         + "<br>".join(f"<span class='small'>{escape(line)}</span>" for line in lines if line)
                         + "</li>")
        parts.append("</ol>")
    return "".join(parts)


def _advice_list(suggestions, lang: str) -> str:
    if not suggestions:
        return f"<p>{escape(say('advice_none', lang))}</p>"
    items = []
    for suggestion in suggestions:
        deltas = suggestion.moves(lang, 5)
        items.append(f"<li><b>{escape(suggestion.change)}</b><br>{escape(suggestion.effect(lang))}"
                     f"<br><span class='small'>{escape(say('advice_deltas', lang))}: {escape(deltas)}</span></li>")
    return f"<ol>{''.join(items)}</ol>"
