"""Reading a job ad: what the engine reads in any article (facts and pay, each with its sentence), plus what only
an ad states: title, employer, place of work, pay as stated, hours, contract, and what it asks of the candidate,
as a must or a nice-to-have."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.articles import Article
from app.core.candidate import LEVELS
from app.core.cityprofile import CityProfile, SalaryBand
from app.core.messages import AD, AD_FULL_TIME
from app.core.text import sentence_spans

PERIODS = ("month", "hour", "year")  # as an ad states its pay
HOURS = ("full_time", "part_time", "both")
CONTRACTS = ("permanent", "fixed_term")
MUST, NICE = "must", "nice"  # how firmly an ad asks for something
FULL_TIME_HOURS = 40

_MUST = re.compile(r"zwingend|voraussetzung|setzen\s+\w*\s*voraus|vorausgesetzt|erforderl|unabdingbar|"
                   r"unverzichtbar|\bmuss\b|\bmüssen\b|wir erwarten|erwarten wir|verfügen über|bringen sie mit|"
                   r"required|must\b|mandatory|essential|you have|you bring", re.IGNORECASE)
_NICE = re.compile(r"wünschenswert|von vorteil|vorteilhaft|idealerweise|gerne?\b|ein plus\b|pluspunkt|kein muss|"
                   r"nice to have|\bideally\b|a plus\b|preferred|bonus\b|optional|schön wäre|willkommen|"
                   r"welcome|advantage", re.IGNORECASE)
_CEFR = re.compile(r"\b([ABC][12])\b")
_LEVEL_WORDS = (  # what an ad writes instead of a level, strongest first
    (re.compile(r"muttersprach\w*|native", re.IGNORECASE), "native"),
    (re.compile(r"verhandlungssicher\w*|fließend\w*|fliessend\w*|fluent\w*|exzellent\w*|excellent", re.IGNORECASE),
     "C1"),
    (re.compile(r"sehr gut\w*|very good|sicher\w*|strong", re.IGNORECASE), "B2"),
    (re.compile(r"\bgut\w*|good\b", re.IGNORECASE), "B1"),
    (re.compile(r"grundkenntnis\w*|basic", re.IGNORECASE), "A2"),
)
_HOURS_A_WEEK = re.compile(
    r"(\d{1,2}(?:[,.]5)?)\s*(?:(?:-|–|bis|to)\s*(\d{1,2}(?:[,.]5)?)\s*)?-?"
    r"(?:std\.?|stunden|wochenstunden|h\b|hours?)\s*(?:/|pro|je|in der|a|per)?\s*(?:woche|wöchentlich|week|wk)?",
    re.IGNORECASE)
_WEEK = re.compile(r"woche|wöchentlich|week|wochenstunden|teilzeit|vollzeit|part-time|full-time|std\.?/", re.IGNORECASE)
_FULL_TIME = re.compile(r"vollzeit|\bvz\b|full[- ]time", re.IGNORECASE)
_PART_TIME = re.compile(r"teilzeit|\btz\b|part[- ]time|minijob", re.IGNORECASE)
_PART_TIME_OPTION = re.compile(r"(?:auch|or) (?:in )?(?:teilzeit|part[- ]time)|"
                               r"(?:teilzeit|part[- ]time)\W+(?:\w+\W+){0,2}(?:möglich|possible|option\w*|denkbar)",
                               re.IGNORECASE)
_FIXED_TERM = re.compile(r"(?<!un)(?<!nicht )befr(?:istet|\.)|fixed[- ]term|temporary|zeitvertrag|elternzeitvertretung|"
                         r"saisonstelle|for \d+ months", re.IGNORECASE)
_PERMANENT = re.compile(r"unbefr(?:istet\w*|\.)|festanstellung|feste anstellung|permanent|übernahme in (?:eine )?feste",
                        re.IGNORECASE)
_BY_AGREEMENT = re.compile(r"nach tarif|tarifvertrag|tarifliche\w* (?:bezahlung|vergütung)|\btv[öo]?d\b|\bigz\b|"
                           r"\bbap\b|collective agreement", re.IGNORECASE)
_LEGAL_FORM = re.compile(r"((?:[A-ZÄÖÜ0-9][\w&.'-]*[ \t]+){0,5}(?:GmbH(?: & Co\. KG)?|AG|SE|KG|KGaA|e\.\s?V\.|mbH|"
                         r"Ltd\.?|Inc\.?|GmbH & Co\.))(?![\w])")
_PLACE_LINE = re.compile(r"^\s*(?:arbeitsort|einsatzort|standort|dienstort|ort|location|place of work)\s*[:–-]\s*"
                         r"([A-ZÄÖÜ][\w.'-]*(?:[ -][A-ZÄÖÜa-z(][\w.()'-]*){0,3})", re.IGNORECASE | re.MULTILINE)
_PROFILE_HEADING = re.compile(
    r"profil|bringen sie mit|bringst du mit|anforderung|voraussetzung|qualifikation|was wir erwarten|wir erwarten|"
    r"sie haben|sie bringen|du hast|du bringst|requirements|qualifications|what you bring|your profile|about you|"
    r"you have|you bring|must have|nice to have|skills", re.IGNORECASE)
_HEADING_LINE = re.compile(r"^[ \t]*(?![-•*–])([^\n.!?]{2,60}?)[ \t]*:?[ \t]*$", re.MULTILINE)
_BYLINE_SPLIT = re.compile(r"\s[·|–—-]\s|,\s|\s\|\s")
_PLACE_PREFIX = re.compile(r"^(?:standort|niederlassung|servicecenter|kundencenter|büro|office|flughafen|airport|"
                           r"zentrale|sitz|stadt|landeshauptstadt|hansestadt|gemeinde|landkreis)\s+", re.IGNORECASE)
_PLACE_NAME = re.compile(r"(?:(?:Bad|Sankt|St\.)\s)?[A-ZÄÖÜ][\wäöüß'-]+"
                         r"(?:\s(?:am|an der|an den|im|in der|ob der|vor der)\s[A-ZÄÖÜ][\wäöüß'-]+)?"
                         r"(?:\s\([^)]{2,30}\))?")
_NOT_A_PLACE = re.compile(r"voll|teil|zeit|befrist|unbefr|remote|homeoffice|hybrid|permanent|full|part|\d|"
                          r"inbound|outbound|kundenservice|service|support|team|gmbh|überlassung|zeitarbeit|"
                          r"personal|\bstadt\b|stiftung|verband|kasse|bkk|aok|werke\b|bank\b", re.IGNORECASE)
_OFFICE_IN = re.compile(r"(?:standort|büro|zentrale|niederlassung|kundencenter|servicecenter|office|sitz|"
                        r"arbeitsplatz|team)\w*\s+(?:in|im|at|am)\s+(?:der\s+|den\s+)?"
                        r"([A-ZÄÖÜ][\wäöüß'-]+(?:\s(?:am|an der|im)\s[A-ZÄÖÜ][\wäöüß'-]+)?)", re.IGNORECASE)
_NOT_AN_EMPLOYER = re.compile(r"(?:ab|wir|we|our|unser\w*|ihr\w*|vollzeit|teilzeit|full|part)\b", re.IGNORECASE)
_DEMONYM = re.compile(r"[A-ZÄÖÜ][\wäöüß]+er\s+[A-ZÄÖÜ]")  # "in der Dresdner Neustadt": no place name
# a classified ad's headline: the title runs to its gender marker when "gesucht" ends it
_WANTED = re.compile(r"(?<=\))\s+(?:(?!\().)*?(?:gesucht|ges\.|wanted)\b.*$", re.IGNORECASE)
_JOB_MARKER = re.compile(r"\([mwfd]/[mwfd]/[mwfdx*]\)|\b(?:stelle|stellen\w*|job\w*|bewerb\w*|aufgaben|"
                         r"ihr profil|dein profil|wir suchen|wir bieten|gesucht|ges\.|mitarbeiter\w*|einstellung|"
                         r"vollzeit|teilzeit|"
                         r"apply|hiring|we are looking|we offer|requirements|position|role|vacancy|full[- ]time|"
                         r"part[- ]time)\b", re.IGNORECASE)
_TITLE_NOISE = re.compile(r"^(?:stellenanzeige|stellenangebot|job|wir suchen|gesucht)\s*[:–-]\s*", re.IGNORECASE)
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+|\d{1,6})(?:[,.](\d{1,2}))?(?![\d])")
_CURRENCY = re.compile(r"€|\beuro?\b|\beur\b", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:€|euro?|eur)?\s*(?:-|–|—|bis|to|und)\s*(?:€|euro?|eur)?\s*$", re.IGNORECASE)
_FROM = re.compile(r"(?:\bab|\bfrom|\bstarting at|\bmindestens|\bat least)\s*(?:€|eur)?\s*$", re.IGNORECASE)
_UP_TO = re.compile(r"(?:bis zu|bis|up to)\s*(?:€|eur)?\s*$", re.IGNORECASE)
_PLAUSIBLE = {"hour": (5, 200), "month": (300, 20_000), "year": (8_000, 300_000)}
_PERIOD_WORDS = {
    "hour": re.compile(r"stunde|\bstd\b|/ ?h\b|stündlich|hour|\bhr\b|hourly", re.IGNORECASE),
    "year": re.compile(r"jahr|jährlich|\bp\. ?a\.|year|annual|annum", re.IGNORECASE),
    "month": re.compile(r"monat|\bmtl\b|month", re.IGNORECASE),
}


@dataclass(frozen=True)
class StatedPay:
    """Pay as the ad states it, in its own period: "14,50 € pro Stunde", "ab 34.000 € im Jahr"."""

    low: float | None
    high: float | None
    period: str  # one of PERIODS
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Requirement:
    """What the ad asks the candidate to bring: a language (with its level, if named) or a skill."""

    concept: str
    level: str | None  # one of candidate.LEVELS, for a language
    strength: str  # MUST or NICE
    quote: str
    start: int
    end: int


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
    hours: str | None = None  # one of HOURS
    contract: str | None = None  # one of CONTRACTS
    requirements: list[Requirement] = field(default_factory=list)
    pay_counted_full_time: bool = False  # its pay was scaled to 40 hours a week for the comparison
    origin: str = ""  # where it came from: a file's path, or that it was pasted
    added: str = ""  # ISO date and time


def read_job(text: str, source: str, vocabulary, known_cities: list[str]) -> JobAd:
    """Everything an ad states; what it does not state stays None."""
    from app.core.extract import extract

    profile = extract(Article(Path(source), text), vocabulary)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = _TITLE_NOISE.sub("", lines[0]) if lines else ""
    hours_low, hours_high = _hours_a_week(text)
    city = _city(text, lines, known_cities)
    title = _clean_title(title, city)
    ad = JobAd(
        title=title[:200],
        employer=_employer(text, lines, city),
        city=city,
        source=source,
        text=text,
        profile=profile,
        pay=_stated_pay(text, profile),
        pay_by_agreement=bool(_BY_AGREEMENT.search(text)) and not profile.salary_bands,
        hours_per_week=hours_low,
        hours_per_week_max=hours_high,
        hours=_hours(text, hours_low),
        contract="fixed_term" if _FIXED_TERM.search(text) else "permanent" if _PERMANENT.search(text) else None,
        requirements=_requirements(text, profile, vocabulary),
    )
    ad.profile.city = title[:200]  # rankings name an ad by its title
    _count_as_full_time(ad)
    return ad


def subjects(ad: JobAd) -> tuple[str, ...]:
    """What the engine speaks of when it explains this ad (see messages.speaking_of)."""
    return (AD_FULL_TIME, AD) if ad.pay_counted_full_time else (AD,)


def _count_as_full_time(ad: JobAd) -> None:
    """Pay is compared as for full-time work, as the candidate's wish is: an hourly wage times 173 hours (the
    engine's reading), a monthly or yearly figure for fewer hours a week scaled up to 40."""
    part_time_only = ad.hours == "part_time" and not _PART_TIME_OPTION.search(ad.text)
    factor = FULL_TIME_HOURS / ad.hours_per_week if part_time_only and ad.hours_per_week \
        and ad.hours_per_week < FULL_TIME_HOURS else 1
    bands = []
    for band in ad.profile.salary_bands:
        hourly = _band_period(band) == "hour"
        if not hourly and factor != 1:
            band = replace(band, min_eur=_scaled(band.min_eur, factor), max_eur=_scaled(band.max_eur, factor))
        ad.pay_counted_full_time = ad.pay_counted_full_time or hourly or factor != 1
        bands.append(band)
    ad.profile.salary_bands = bands


def _scaled(amount: int | None, factor: float) -> int | None:
    return None if amount is None else round(amount * factor)


def _clean_title(title: str, city: str | None) -> str:
    """"Telefonist/in (m/w/d) für Autohaus in Kassel gesucht" is a "Telefonist/in (m/w/d)"; "… Banking – Stuttgart"
    drops the place it names."""
    wanted = _WANTED.search(title)
    if wanted:
        title = title[:wanted.start()]
    if city:
        title = re.sub(rf"\s[–—-]\s*(?:\w+\s)?{re.escape(city)}(?:-\w+)?\s*$", "", title)
    return title.strip(" –—-,") or title


def says_anything(ad: JobAd) -> bool:
    """A job ad (it offers a job) with something a candidate can be compared with: pay, hours, a contract, or a
    fact of the vocabulary. A recipe that mentions the weekend is none."""
    comparable = ad.profile.facts or ad.profile.salary_bands or ad.pay or ad.hours or ad.requirements
    return bool(comparable) and bool(_JOB_MARKER.search(ad.text))


def _employer(text: str, lines: list[str], place: str | None) -> str | None:
    """A name with a legal form near the top ("Förde Energie GmbH"), else the first part of the line under the
    title when the rest of it is the place or hours ("Stadt Nürnberg · Nürnberg · Vollzeit"), else a name with a
    legal form anywhere."""
    top = "\n".join(lines[1:3])
    found = _LEGAL_FORM.search(top)
    if found is None:
        for line in lines[1:3]:
            parts = [part.strip() for part in _BYLINE_SPLIT.split(line)]
            first = parts[0]
            if len(parts) >= 2 and all(len(part) <= 50 for part in parts) and first != place \
                    and re.fullmatch(r"[A-ZÄÖÜ][\w&.'-]*(?:\s[\w&.'-]+){0,5}", first) \
                    and not _NOT_AN_EMPLOYER.match(first) and not _NOT_A_PLACE.fullmatch(first):
                return first
        found = _LEGAL_FORM.search(text)
    if found is None:
        return None
    # "… Servicekräfte. Die Kienzle GmbH": the name is in the last sentence ("Co. KG" ends none)
    name = re.split(r"(?<=[a-zäöüß]{3})[.!?]\s+", found.group(1))[-1]
    return re.sub(r"^(?:die|der|das|the)\s+", "", " ".join(name.split()), flags=re.IGNORECASE)


def _city(text: str, lines: list[str], known_cities: list[str]) -> str | None:
    """The place of work: a known city named in the title or the line under it first; then the byline ("Förde
    Energie GmbH · Kiel · Vollzeit"), a place line ("Standort: Kiel"), "in Kiel" in the title, an office "in Kiel"
    in the text; last a known city named anywhere. A district is dropped ("Köln-Ehrenfeld" is Köln)."""
    head = " ".join(lines[:3])
    for where in (head, text):
        named = [(match.start(), city) for city in known_cities
                 for match in [re.search(rf"(?<![\w-]){re.escape(city)}(?![\w])", where)] if match]
        if named:
            return min(named)[1]
    place_line = _PLACE_LINE.search(text)
    office = next((m.group(1) for m in _OFFICE_IN.finditer(text) if not _DEMONYM.match(text, m.start(1))), None)
    title_tail = _byline_place(lines[:1], from_first=False)
    for name in (_byline_place(lines[1:3]), place_line.group(1) if place_line else None, office, title_tail):
        if name:
            return _without_district(name)
    from app.core.city_name import named_in_title

    in_title = named_in_title(lines[0]) if lines else None  # "Telefonist/in für Autohaus in Kassel gesucht"
    return _without_district(in_title) if in_title and _PLACE_NAME.fullmatch(in_title) else None


def _byline_place(lines: list[str], from_first: bool = True) -> str | None:
    """A name among the parts of a byline ("Förde Energie GmbH · Kiel · Vollzeit") that is neither the employer nor
    hours or contract; the first part (most often the employer) last, or (a title) not at all."""
    for line in lines:
        parts = [part.strip() for part in _BYLINE_SPLIT.split(line)]
        if len(parts) < 2:
            continue
        for part in parts[1:] + (parts[:1] if from_first else []):
            part = _PLACE_PREFIX.sub("", part).strip()
            if _PLACE_NAME.fullmatch(part) and not _LEGAL_FORM.search(part) and not _NOT_A_PLACE.search(part):
                return part
    return None


def _without_district(name: str) -> str:
    name = name.strip(" .,;:")
    return re.split(r"-(?=[A-ZÄÖÜ])|,", name)[0].strip()


def _stated_pay(text: str, profile: CityProfile) -> StatedPay | None:
    """The first pay the engine read (it knows rent and subsidies from pay), as the ad writes it."""
    band = next((band for band in profile.salary_bands if not band.estimate), None)
    if band is None:
        return None
    quote = band.quote
    figures = _figures(quote)
    for low, high, period in figures:
        if {_per_month(low, period), _per_month(high, period)} & {band.min_eur, band.max_eur} - {None}:
            return StatedPay(low, high, period, quote, band.start, band.end)
    return StatedPay(band.min_eur, band.max_eur, "month", quote, band.start, band.end)


def _figures(sentence: str) -> list[tuple[float | None, float | None, str]]:
    """Each amount or range with a currency near it: (low, high, period); "ab" leaves the top open, "bis zu"
    the bottom."""
    amounts = [(m.start(), m.end(), _value(m)) for m in _AMOUNT.finditer(sentence)]
    found: list[tuple[float | None, float | None, str]] = []
    index = 0
    while index < len(amounts):
        start, end, value = amounts[index]
        low: float | None = value
        high: float | None = value
        if index + 1 < len(amounts) and _RANGE_GAP.match(sentence[end:amounts[index + 1][0]]):
            high = amounts[index + 1][2]
            end = amounts[index + 1][1]
            index += 1
        elif _FROM.search(sentence[max(0, start - 20):start]):
            high = None
        elif _UP_TO.search(sentence[max(0, start - 20):start]):
            low = None
        before, after = sentence[max(0, start - 25):start], sentence[end:end + 25]
        if _CURRENCY.search(before + sentence[start:end] + after):
            found.append((low, high, _period(before, after, value)))
        index += 1
    return found


def _value(match: re.Match) -> float:
    whole = re.sub(r"\D", "", match.group(1))
    return int(whole) + (int(match.group(2).ljust(2, "0")) / 100 if match.group(2) else 0)


def _period(before: str, after: str, value: float) -> str:
    """The period word nearest the amount that fits its size ("20 Stunden pro Woche, 1.300 € im Monat" is
    monthly); without one, the size alone."""
    named = [(len(before) - m.end(), period) for period, words in _PERIOD_WORDS.items() for m in words.finditer(before)]
    named += [(m.start(), period) for period, words in _PERIOD_WORDS.items() for m in words.finditer(after)]
    for _, period in sorted(named):
        if _PLAUSIBLE[period][0] <= value < _PLAUSIBLE[period][1]:
            return period
    return "hour" if value < 100 else "year" if value >= 12_000 else "month"


def _band_period(band: SalaryBand) -> str:
    """The period the figures behind a band were stated in."""
    for low, high, period in _figures(band.quote):
        if {_per_month(low, period), _per_month(high, period)} & {band.min_eur, band.max_eur} - {None}:
            return period
    return "month"


def _per_month(value: float | None, period: str) -> int | None:
    """As the engine counts pay (salary.py): an hour times 173, a year by twelve."""
    if value is None:
        return None
    return round(value * 173) if period == "hour" else round(value / 12) if period == "year" else round(value)


def _hours_a_week(text: str) -> tuple[float | None, float | None]:
    """The fewest and the most hours a week the ad names ("Vollzeit 39 oder Teilzeit ab 25": 25 and 39)."""
    named: list[float] = []
    for match in _HOURS_A_WEEK.finditer(text):
        around = text[max(0, match.start() - 30):match.end() + 5]
        if not _WEEK.search(around):
            continue  # "24 Stunden erreichbar", "8 Stunden Schulung"
        values = [float(group.replace(",", ".")) for group in match.groups() if group]
        if all(5 <= value <= 48 for value in values):
            named += values
    if not named:
        return None, None
    return min(named), (max(named) if max(named) != min(named) else None)


def _hours(text: str, per_week: float | None) -> str | None:
    full, part = bool(_FULL_TIME.search(text)), bool(_PART_TIME.search(text))
    if full and part:
        return "both"
    if full or part:
        return "full_time" if full else "part_time"
    if per_week is not None:
        return "full_time" if per_week >= 35 else "part_time"
    return None


def _requirements(text: str, profile: CityProfile, vocabulary) -> list[Requirement]:
    """The languages and skills the ad asks of the candidate, each with how firmly it asks: those under a heading
    such as "Ihr Profil" or "Requirements", and those whose sentence says must or nice-to-have. The tasks of the
    job ("Sie bearbeiten Reklamationen") are what the job involves, not what it requires."""
    spans = sentence_spans(text)
    asked_in = _profile_sections(text)
    found: dict[str, Requirement] = {}
    for fact in profile.facts:
        if fact.category not in ("language", "skill") or not fact.counts or fact.concept in found:
            continue
        sentence = next((text[s:e] for s, e in spans if s <= fact.start < e), fact.quote)
        # under "Ihr Profil" what is not hedged is asked for as a must, as a counsellor reads it
        if not (_NICE.search(sentence) or _MUST.search(sentence) or any(a <= fact.start < b for a, b in asked_in)):
            continue
        at = max(sentence.casefold().find(fact.term.casefold()), 0)  # a fact's offsets are its sentence's
        strength = NICE if _NICE.search(_clause(sentence, at)) else MUST
        level = _level(sentence, fact.term) if fact.category == "language" else None
        found[fact.concept] = Requirement(fact.concept, level, strength, fact.quote, fact.start, fact.end)
    return list(found.values())


def _level(sentence: str, term: str) -> str | None:
    """The level named nearest the language: "Englisch (C1)", "verhandlungssicheres Deutsch"."""
    at = sentence.casefold().find(term.casefold())
    near = sentence[max(0, at - 40):at + len(term) + 40] if at >= 0 else sentence
    levels = _CEFR.findall(near)
    if levels:
        return min(levels, key=LEVELS.index)  # "B2 oder C1": the lower is what is asked
    return next((level for pattern, level in _LEVEL_WORDS if pattern.search(near)), None)


def _profile_sections(text: str) -> list[tuple[int, int]]:
    """Where the ad says what it asks of the candidate: from a heading like "Ihr Profil" to the next heading."""
    headings = [(m.start(), m.end(), bool(_PROFILE_HEADING.search(m.group(1)))) for m in _HEADING_LINE.finditer(text)]
    return [(end, headings[i + 1][0] if i + 1 < len(headings) else len(text))
            for i, (_, end, asks) in enumerate(headings) if asks]


def _clause(sentence: str, at: int) -> str:
    """The part of a sentence around `at` between commas, dashes and semicolons: "Gute Deutschkenntnisse, gern
    auch Englisch" asks for German without a "gern"."""
    starts = [sentence.rfind(mark, 0, at) for mark in (",", ";", " – ", "(", " sowie ")]
    ends = [i for i in (sentence.find(mark, at) for mark in (",", ";", " – ", ")", " sowie ")) if i != -1]
    return sentence[max(starts) + 1 if max(starts) >= 0 else 0:min(ends, default=len(sentence))]
