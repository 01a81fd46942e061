"""Reading a job ad: what the engine reads in any article (facts and pay, each with its sentence), plus what only
an ad states: title, employer, place of work, pay as stated, hours, contract, and what it asks of the candidate,
as a must or a nice-to-have."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import job_fields as fields
from app.core.articles import Article
from app.core.candidate import LEVELS
from app.core.cityprofile import CityProfile
from app.core.job_fields import StatedPay
from app.core.messages import AD, AD_BY_AGREEMENT, AD_HOURLY, AD_HOURLY_FULL_TIME
from app.core.text import sentence_spans

if TYPE_CHECKING:
    from app.core.cache import ArticleCache

MUST, NICE = "must", "nice"  # how firmly an ad asks for something
EXPERIENCE = "experience"  # the requirement of years of work experience
FULL_TIME_HOURS = 40

_MUST = re.compile(r"zwingend|voraussetzung|setzen\s+\w*\s*voraus|vorausgesetzt|erforderl|unabdingbar|"
                   r"unverzichtbar|unerlässlich|ein muss\b|wir erwarten|erwarten wir|verfügen über|"
                   r"bringen sie mit|"
                   r"required|must\b|mandatory|essential|you have|you bring", re.IGNORECASE)
_NICE = re.compile(r"wünschenswert|von vorteil|vorteilhaft|idealerweise|gerne?\b|ein plus\b|pluspunkt|kein muss|"
                   r"nice to have|\bideally\b|a plus\b|preferred|bonus\b|optional|schön wäre|"
                   r"wäre (?:schön|gut|toll|super)|would be (?:nice|great|good)|willkommen|"
                   r"welcome|advantage", re.IGNORECASE)
_EXPERIENCE = re.compile(r"(?:berufs|praxis)?erfahrung\w*|experience\b|erfahren\w* (?:im|in|als)", re.IGNORECASE)
_NO_EXPERIENCE_NEEDED = re.compile(r"(?:keine|ohne|nicht)\s+(?:\w+\s+){0,2}(?:berufs)?erfahrung|quereinst|"
                                   r"no (?:prior )?experience|erfahrung\w* (?:ist |sind )?(?:nicht|kein)|"
                                   r"sammeln|aufbauen|gain experience|build experience", re.IGNORECASE)
_ABOUT_US = re.compile(r"\b(?:wir|we|unser\w*|our)\b(?!.*\b(?:erwarten|voraus|wünschen|suchen|expect|require|"
                       r"looking for)\b)", re.IGNORECASE)
_YEARS = re.compile(r"(\d+(?:,5)?|ein|einem|zwei|drei|vier|fünf|one|two|three|four|five)\s*(?:\+\s*)?"
                    r"(?:jahr\w*|years?)", re.IGNORECASE)
_NUMBER_WORDS = {"ein": 1.0, "einem": 1.0, "zwei": 2.0, "drei": 3.0, "vier": 4.0, "fünf": 5.0, "one": 1.0, "two": 2.0,
                 "three": 3.0, "four": 4.0, "five": 5.0}
_CEFR = re.compile(r"\b([ABC][12])\b")
_OTHER_LANGUAGE = re.compile(r"\s(?:und|and|oder|or|sowie|plus)\s(?!höher|higher|besser|better|mehr|more)",
                             re.IGNORECASE)
# What an ad writes instead of a level, strongest first, as German job ads use the words: "sehr gut",
# "fließend", "verhandlungssicher" for C1, "gut" and "sicher" for B2, "Grundkenntnisse" for A2.
_LEVEL_WORDS = (
    (re.compile(r"muttersprach\w*|native", re.IGNORECASE), "native"),
    (re.compile(r"verhandlungssicher\w*|fließend\w*|fliessend\w*|fluent\w*|exzellent\w*|excellent|"
                r"einwandfrei\w*|perfekt\w*|sehr gut\w*|very good|proficient", re.IGNORECASE), "C1"),
    (re.compile(r"\bgut\w*|good\b|sicher\w*|solide\w*|strong|business", re.IGNORECASE), "B2"),
    (re.compile(r"grundkenntnis\w*|basic", re.IGNORECASE), "A2"),
)
_PROFILE_HEADING = re.compile(
    r"profil|bringen sie mit|bringst du mit|mitbringen|mitbringst|anforderung|voraussetzung|qualifikation|"
    r"was wir erwarten|wir erwarten|das zeichnet|was du kannst|what you.ll need|who you are|your skills|"
    r"sie haben|sie bringen|du hast|du bringst|requirements|qualifications|what you bring|your profile|about you|"
    r"you have|you bring|must have|nice to have|skills", re.IGNORECASE)
_HEADING_LINE = re.compile(r"^[ \t]*(?![-•*–])([^\n.!?]{2,60}?)[ \t]*:?[ \t]*$", re.MULTILINE)
_OTHER_SECTION = re.compile(
    r"^\W*(?:ihre|deine|your|die|the)?\s*(?:aufgaben|tätigkeit\w*|das erwartet|was (?:sie|du) erwartet|wir bieten|"
    r"was wir bieten|das bieten wir|unser angebot|benefits|vorteile|über uns|wer wir sind|kontakt|bewerbung|"
    r"interesse|tasks|responsibilities|what you.ll do|what we offer|we offer|about us|how to apply|contact)\b",
    re.IGNORECASE)
_JOB_MARKER = re.compile(r"\([mwfd]/[mwfd]/[mwfdx*]\)|\b(?:stelle|stellen\w*|job\w*|bewerb\w*|aufgaben|"
                         r"ihr profil|dein profil|wir suchen|wir bieten|gesucht|ges\.|mitarbeiter\w*|einstellung|"
                         r"vollzeit|teilzeit|"
                         r"apply|hiring|we are looking|we offer|requirements|position|role|vacancy|full[- ]time|"
                         r"part[- ]time)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Requirement:
    """What the ad asks the candidate to bring: a language (with its level, if named), a skill, or years of work
    experience (EXPERIENCE)."""

    concept: str  # a concept of the vocabulary, or EXPERIENCE
    level: str | None  # one of candidate.LEVELS, for a language
    strength: str  # MUST or NICE
    quote: str
    start: int
    end: int
    years: float | None = None  # for EXPERIENCE: how many years the ad names, if it names them


@dataclass
class JobAd:
    title: str
    employer: str | None
    city: str | None  # the place of work; None until the user names it
    source: str  # the saved ad (one file each, see job_store)
    text: str
    profile: CityProfile  # what scoring reads: the ad's facts and pay per month, as for a city
    pay: StatedPay | None = None
    pay_by_agreement: bool = False  # "nach Tarif": pay follows an agreement the ad gives no figure for
    hours_per_week: float | None = None
    hours_per_week_max: float | None = None
    hours: str | None = None  # full_time, part_time or both
    contract: str | None = None  # permanent or fixed_term
    requirements: list[Requirement] = field(default_factory=list)
    pay_reckoning: str | None = None  # how an hourly wage became pay a month (messages.AD_HOURLY…), if it did
    origin: str = ""  # where it came from: a file's path, or that it was pasted
    added: str = ""  # ISO date and time


def read_job(text: str, source: str, vocabulary, known_cities: list[str], cache: ArticleCache | None = None) -> JobAd:
    """Everything an ad states; what it does not state stays None. `cache` keeps what the engine read in the
    text (a saved ad is read again at each start: from the cache that takes a fraction of the time)."""
    profile = _extracted(text, source, vocabulary, cache)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    hours_low, hours_high = fields.hours_a_week(text)
    city = fields.place_of_work(text, lines, known_cities)
    title = fields.clean_title(lines[0] if lines else "", city)
    ad = JobAd(
        title=title[:200],
        employer=fields.employer_of(text, lines, city),
        city=city,
        source=source,
        text=text,
        profile=profile,
        pay=fields.stated_pay_of(profile),
        pay_by_agreement=fields.by_agreement(text) and not profile.salary_bands,
        hours_per_week=hours_low,
        hours_per_week_max=hours_high,
        hours=fields.hours_kind(text, hours_low),
        contract=fields.contract(text),
        requirements=_requirements(text, profile, vocabulary),
    )
    ad.profile.city = title[:200]  # rankings name an ad by its title
    _pay_per_month(ad)
    return ad


def _extracted(text: str, source: str, vocabulary, cache: ArticleCache | None) -> CityProfile:
    from app.core.extract import extract

    key = cache.key(text.encode("utf-8")) if cache is not None else ""
    cached = cache.get(key, text, source, vocabulary) if cache is not None else None
    if cached is not None:
        return replace(cached)  # its own copy: the ad's title and pay a month are set on it
    profile = extract(Article(Path(source), text), vocabulary)
    if cache is not None:
        cache.put(key, profile)
    return replace(profile)


def subjects(ad: JobAd) -> tuple[str, ...]:
    """What the engine speaks of when it explains this ad (see messages.speaking_of): how its pay per month was
    worked out, then "the ad"."""
    particular = ad.pay_reckoning or (AD_BY_AGREEMENT if ad.pay_by_agreement else None)
    return (particular, AD) if particular else (AD,)


def _pay_per_month(ad: JobAd) -> None:
    """The pay a month the job brings, to compare with the candidate's wish: a monthly or yearly figure as the ad
    states it; an hourly wage with the hours a week the ad names (the full-time ones where it offers both; a range
    of hours gives a range of pay), or, where it names none, with 40 (the engine's reading: 173 hours a month).
    The explanation says which."""
    fewest = most = ad.hours_per_week
    if ad.hours_per_week_max:
        most = ad.hours_per_week_max
        if ad.hours in ("both", "full_time"):
            fewest = most
    bands = []
    for band in ad.profile.salary_bands:
        if fields.band_period(band) == "hour":
            if fewest and most:
                top = band.max_eur if band.max_eur is not None else band.min_eur
                band = replace(band, min_eur=_scaled(band.min_eur, fewest / FULL_TIME_HOURS),
                               max_eur=_scaled(top, most / FULL_TIME_HOURS))
            ad.pay_reckoning = AD_HOURLY if fewest else AD_HOURLY_FULL_TIME
        bands.append(band)
    ad.profile.salary_bands = bands


def _scaled(amount: int | None, factor: float) -> int | None:
    return None if amount is None else round(amount * factor)


def says_anything(ad: JobAd) -> bool:
    """A job ad (it offers a job) with something a candidate can be compared with: pay, hours, a contract, or a
    fact of the vocabulary. A recipe that mentions the weekend is none."""
    comparable = ad.profile.facts or ad.profile.salary_bands or ad.pay or ad.hours or ad.requirements
    return bool(comparable) and bool(_JOB_MARKER.search(ad.text))


def _requirements(text: str, profile: CityProfile, vocabulary) -> list[Requirement]:
    """The languages and skills the ad asks of the candidate, each with how firmly it asks: those under a heading
    such as "Ihr Profil" or "Requirements", and those whose sentence says must or nice-to-have. The tasks of the
    job ("Sie bearbeiten Reklamationen") are what the job involves, not what it requires."""
    asked_in = _profile_sections(text)
    found: dict[str, Requirement] = {}
    for fact in profile.facts:
        if fact.category not in ("language", "skill") or not fact.counts or fact.concept in found:
            continue
        sentence = fact.quote  # a fact's quote is its whole sentence
        # under "Ihr Profil" what is not hedged is asked for as a must, as a counsellor reads it
        if not (_NICE.search(sentence) or _MUST.search(sentence) or any(a <= fact.start < b for a, b in asked_in)):
            continue
        at = max(sentence.casefold().find(fact.term.casefold()), 0)
        strength = NICE if _NICE.search(_clause(sentence, at)) else MUST
        level = _level(sentence, fact.term) if fact.category == "language" else None
        found[fact.concept] = Requirement(fact.concept, level, strength, fact.quote, fact.start, fact.end)
    skills_at = [r.start for r in found.values()]
    return list(found.values()) + _experience(text, sentence_spans(text), asked_in, skills_at)


def _experience(text: str, spans: list[tuple[int, int]], asked_in: list[tuple[int, int]],
                skills_at: list[int]) -> list[Requirement]:
    """Work experience the ad asks for ("mindestens zwei Jahre Berufserfahrung im Kundenservice", "Erste Erfahrung
    im Callcenter ist von Vorteil"); not experience it offers to build or does not need ("Quereinsteiger
    willkommen", "keine Erfahrung nötig"), nor experience in a skill it asks for ("Erfahrung im
    Beschwerdemanagement": that skill)."""
    for start, end in spans:
        sentence = text[start:end]
        if start in skills_at:
            continue
        found = _EXPERIENCE.search(sentence)
        if not found or _NO_EXPERIENCE_NEEDED.search(sentence) or _ABOUT_US.search(sentence):
            continue  # "Wir verfügen über 25 Jahre Erfahrung" is the employer's, not asked of the candidate
        if not (_NICE.search(sentence) or _MUST.search(sentence) or any(a <= start < b for a, b in asked_in)):
            continue
        strength = NICE if _NICE.search(_clause(sentence, found.start())) else MUST
        years = _YEARS.search(sentence)
        count = (_NUMBER_WORDS.get(years.group(1).casefold()) or float(years.group(1).replace(",", "."))) if years \
            else None
        return [Requirement(EXPERIENCE, None, strength, sentence, start, end, count)]
    return []


def _level(sentence: str, term: str) -> str | None:
    """The level named for this language: a code right after it ("Deutschkenntnisse (mindestens B2)"), else a
    word in or just before its name ("verhandlungssicheres Deutsch", "Native-level German"), else a code or word
    in its clause; never the level of another language ("Englisch auf B2-Niveau ist zwingend, Dänisch ist von
    Vorteil", "Native-level German and fluent English (at least C1)")."""
    at = sentence.casefold().find(term.casefold())
    if at < 0:
        return None
    clause = _clause(sentence, at)
    start = clause.casefold().find(term.casefold())
    own = _OTHER_LANGUAGE.split(clause[start + len(term):], 1)[0]  # up to "and"/"oder" and the next language
    codes = _CEFR.findall(own)
    if codes:
        return min(codes, key=LEVELS.index)  # "B2 oder C1": the lower is what is asked
    named = " ".join(clause[:start].split()[-2:]) + " " + term
    for where in (named, clause):
        word = next((level for pattern, level in _LEVEL_WORDS if pattern.search(where)), None)
        if word:
            return word
    codes = _CEFR.findall(clause)
    return min(codes, key=LEVELS.index) if codes else None


def _profile_sections(text: str) -> list[tuple[int, int]]:
    """Where the ad says what it asks of the candidate: from a heading like "Ihr Profil" to the next heading of a
    section ("Wir bieten", "Ihre Aufgaben", …). Lines under it need no bullets: a short line is no heading."""
    headings = [(m.start(), m.end(), bool(_PROFILE_HEADING.search(m.group(1))))
                for m in _HEADING_LINE.finditer(text)
                if _PROFILE_HEADING.search(m.group(1)) or _OTHER_SECTION.search(m.group(1))]
    return [(end, headings[i + 1][0] if i + 1 < len(headings) else len(text))
            for i, (_, end, asks) in enumerate(headings) if asks]


def _clause(sentence: str, at: int) -> str:
    """The part of a sentence around `at` between commas, dashes and semicolons: "Gute Deutschkenntnisse, gern
    auch Englisch" asks for German without a "gern"."""
    starts = [sentence.rfind(mark, 0, at) for mark in (",", ";", " – ", "(", " sowie ")]
    ends = [i for i in (sentence.find(mark, at) for mark in (",", ";", " – ", ")", " sowie ")) if i != -1]
    return sentence[max(starts) + 1 if max(starts) >= 0 else 0:min(ends, default=len(sentence))]
