"""What a job ad states about the job itself, read from its text: title, employer, place of work, pay as the ad
states it, hours and contract. (What it asks of the candidate, and the reading as a whole: job_ad.py.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.core.cityprofile import CityProfile, SalaryBand
from app.core.salary import as_monthly

_HOURS_A_WEEK = re.compile(
    r"(\d{1,2}(?:[,.]5)?)\s*(?:(?:-|–|bis|to)\s*(\d{1,2}(?:[,.]5)?)\s*)?-?"
    r"(?:std\.?|stunden|wochenstunden|h\b|hours?)\s*(?:/|pro|je|in der|die|a|per)?\s*(?:woche|wöchentlich|week|wk)?",
    re.IGNORECASE)
_HOURS_AFTER_KIND = re.compile(r"(?:vollzeit|teilzeit|full[- ]time|part[- ]time)\s*\(?\s*(?:mit|ab|with|from)?\s*"
                               r"(\d{1,2}(?:[,.]5)?)(?![\d.,])(?!\s*(?:€|euro|eur\b|%|uhr|prozent|jahr|monat))",
                               re.IGNORECASE)
_WEEK = re.compile(r"woche|wöchentlich|week|wochenstunden|teilzeit|vollzeit|part-time|full-time|std\.?/", re.IGNORECASE)
_FULL_TIME = re.compile(r"vollzeit|\bvz\b|full[- ]time", re.IGNORECASE)
_PART_TIME = re.compile(r"teilzeit|\btz\b|part[- ]time|minijob", re.IGNORECASE)
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
_NOT_AN_EMPLOYER = re.compile(r"(?:ab|wir|we|our|unser\w*|ihr\w*|vollzeit|teilzeit|full|part|kein\w*|no|ohne|"
                              r"without|nur|only|flexible?|mo|montag\w*)\b", re.IGNORECASE)
_DEMONYM = re.compile(r"[A-ZÄÖÜ][\wäöüß]+er\s+[A-ZÄÖÜ]")  # "in der Dresdner Neustadt": no place name
# a classified ad's headline: the title runs to its gender marker when "gesucht" ends it
_WANTED = re.compile(r"(?<=\))\s+(?:(?!\().)*?(?:gesucht\b|ges\.|wanted\b).*$", re.IGNORECASE)
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
    period: str  # month, hour or year
    quote: str
    start: int
    end: int


def clean_title(title: str, city: str | None) -> str:
    """"Telefonist/in (m/w/d) für Autohaus in Kassel gesucht" is a "Telefonist/in (m/w/d)"; "… Banking – Stuttgart"
    drops the place it names."""
    title = _TITLE_NOISE.sub("", title)
    wanted = _WANTED.search(title)
    if wanted:
        title = title[:wanted.start()]
    if city:
        title = re.sub(rf"\s[–—-]\s*(?:\w+\s)?{re.escape(city)}(?:-\w+)?\s*$", "", title)
    return title.strip(" –—-,") or title


def employer_of(text: str, lines: list[str], place: str | None) -> str | None:
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
                    and not re.search(r"[a-zäöüß]{3}[.!?](?:\s|$)", line) \
                    and re.fullmatch(r"[A-ZÄÖÜ][\w&.'-]*(?:\s[\w&.'-]+){0,5}", first) \
                    and not _NOT_AN_EMPLOYER.match(first) and not _NOT_A_PLACE.fullmatch(first):
                return first
        found = _LEGAL_FORM.search(text)
    if found is None:
        return None
    # "… Servicekräfte. Die Kienzle GmbH": the name is in the last sentence ("Co. KG" ends none)
    name = re.split(r"(?<=[a-zäöüß]{3})[.!?]\s+", found.group(1))[-1]
    return re.sub(r"^(?:die|der|das|the)\s+", "", " ".join(name.split()), flags=re.IGNORECASE)


@lru_cache(maxsize=4)
def _known_cities(cities: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for all known cities (the longest first: "Frankfurt am Main" before "Frankfurt")."""
    if not cities:
        return None
    names = "|".join(re.escape(city) for city in sorted(cities, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({names})(?![\w])")


def place_of_work(text: str, lines: list[str], known_cities: list[str]) -> str | None:
    """The place of work: a known city named in the title or the line under it first; then the byline ("Förde
    Energie GmbH · Kiel · Vollzeit"), a place line ("Standort: Kiel"), "in Kiel" in the title, an office "in Kiel"
    in the text; last a known city named anywhere. A district is dropped ("Köln-Ehrenfeld" is Köln)."""
    head = " ".join(lines[:3])
    known = _known_cities(tuple(known_cities))
    for where in (head, text):
        named = known.search(where) if known else None
        if named:
            return named.group(1)
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


def stated_pay_of(profile: CityProfile) -> StatedPay | None:
    """The first pay the engine read (it knows rent and subsidies from pay), as the ad writes it."""
    band = next((band for band in profile.salary_bands if not band.estimate), None)
    if band is None:
        return None
    low, high, period = _as_stated(band)
    return StatedPay(low, high, period, band.quote, band.start, band.end)


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


def band_period(band: SalaryBand) -> str:
    """The period the figures behind a band were stated in."""
    return _as_stated(band)[2]


def _as_stated(band: SalaryBand) -> tuple[float | None, float | None, str]:
    """The figures of the band's sentence that the engine counted as this band, in the period written there; a
    band the sentence does not show so (an estimate) per month."""
    for low, high, period in _figures(band.quote):
        monthly = {as_monthly(value, period) for value in (low, high) if value is not None}
        if monthly & {band.min_eur, band.max_eur}:
            return low, high, period
    return band.min_eur, band.max_eur, "month"


def hours_a_week(text: str) -> tuple[float | None, float | None]:
    """The fewest and the most hours a week the ad names ("Vollzeit 39 oder Teilzeit ab 25": 25 and 39)."""
    named: list[float] = []
    for match in _HOURS_A_WEEK.finditer(text):
        around = text[max(0, match.start() - 30):match.end() + 8]  # "39-Stunden-Woche"
        if not _WEEK.search(around):
            continue  # "24 Stunden erreichbar", "8 Stunden Schulung"
        values = [float(group.replace(",", ".")) for group in match.groups() if group]
        if all(5 <= value <= 48 for value in values):
            named += values
    for match in _HOURS_AFTER_KIND.finditer(text):  # "Vollzeit 39 oder Teilzeit ab 25"
        value = float(match.group(1).replace(",", "."))
        if 5 <= value <= 48:
            named.append(value)
    if not named:
        return None, None
    return min(named), (max(named) if max(named) != min(named) else None)


def hours_kind(text: str, per_week: float | None) -> str | None:
    full, part = bool(_FULL_TIME.search(text)), bool(_PART_TIME.search(text))
    if full and part:
        return "both"
    if full or part:
        return "full_time" if full else "part_time"
    if per_week is not None:
        return "full_time" if per_week >= 35 else "part_time"
    return None


def contract(text: str) -> str | None:
    """A fixed term before a later permanent offer ("befristet, mit Option auf Übernahme in eine Festanstellung")."""
    return "fixed_term" if _FIXED_TERM.search(text) else "permanent" if _PERMANENT.search(text) else None


def by_agreement(text: str) -> bool:
    """Pay that follows a collective agreement ("nach Tarif")."""
    return bool(_BY_AGREEMENT.search(text))
