"""User-facing sentences of the engine in German and English, from resources/messages.json."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.resources import load_json_resource

if TYPE_CHECKING:
    from app.core.cityprofile import SalaryBand

LANGUAGES = ("de", "en")


ARTICLE, AD = "article", "ad"  # what the engine is speaking of: a career article about a city, or a job ad
AD_BY_AGREEMENT = "ad_by_agreement"  # an ad whose pay follows a collective agreement it gives no figure for
AD_HOURLY = "ad_hourly"  # an ad's hourly wage, a month at the hours a week it names
AD_HOURLY_FULL_TIME = "ad_hourly_full_time"  # an ad's hourly wage, a month at 40 hours a week (it names no hours)
_speaking_of: ContextVar[tuple[str, ...]] = ContextVar("speaking_of", default=())


@contextmanager
def speaking_of(*subjects: str) -> Iterator[None]:
    """Sentences written inside speak of the subjects, the most particular first: "laut Anzeige" where a city's
    say "laut Artikel". A message's form "<key>@<subject>" is used for the first subject that has one
    (per thread)."""
    token = _speaking_of.set(subjects)
    try:
        yield
    finally:
        _speaking_of.reset(token)


def say(key: str, lang: str = "de", **params) -> str:
    """The message `key` in `lang`; with count=1, its singular form "<key>_one" where there is one; inside
    speaking_of, its form for the subject."""
    messages = load_json_resource("messages.json")
    if params.get("count") == 1 and f"{key}_one" in messages:
        key = f"{key}_one"
    key = next((f"{key}@{subject}" for subject in _speaking_of.get() if f"{key}@{subject}" in messages), key)
    entry = messages[key]
    template = entry.get(lang) or entry["de"]
    if isinstance(params.get("file"), str):  # a file name may hold any character but "/", even a newline
        params["file"] = printable(params["file"])
    return template.format(**params)


def printable(text: str, keep_newlines: bool = False) -> str:
    """Control characters shown as escapes: a profile or article name with ESC sequences must not clear the
    screen or retitle the terminal, and a newline in a file name must not break a one-line message."""
    return "".join(char if (char == "\n" and keep_newlines) or char == "\t" or not _is_control(char)
                   else char.encode("unicode_escape").decode("ascii") for char in text)


def _is_control(char: str) -> bool:
    """Control characters, and the direction marks that would show a name backwards ("U+202E")."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or 0x202A <= code <= 0x202E \
        or 0x2066 <= code <= 0x2069 or code in (0x200E, 0x200F, 0x061C)


NBSP = "\u00a0"  # between a number and its unit: a line never breaks inside "2.400 €"


def inside_sentence(text: str, lang: str) -> str:
    """A word or name as it stands inside an English sentence ("foreign languages", "working conditions"),
    abbreviations ("CRM systems", "IT") kept; German nouns keep their capital."""
    if lang == "de" or len(text) < 2 or text[1].isupper():
        return text
    return text[0].lower() + text[1:]


def euro(amount: float | int | None, lang: str = "de", cents: bool = False) -> str:
    """"2.500 €" / "€2,500"; with cents (an hourly wage) "14,50 €" / "€14.50"."""
    if amount is None:
        return "?"
    grouped = f"{amount:,.2f}" if cents else f"{round(amount):,}"
    if lang == "de":
        grouped = grouped.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return grouped + NBSP + "€"
    return "€" + grouped


def euro_range(low: float, high: float, lang: str = "de", cents: bool = False) -> str:
    if low == high:
        return euro(low, lang, cents)
    if lang == "de":
        return f"{euro(low, lang, cents)[:-2]}–{euro(high, lang, cents)}"  # "2.100–2.400 €"
    return f"{euro(low, lang, cents)}–{euro(high, lang, cents)[1:]}"  # "€2,100–2,400"


def band_range(low: int | None, high: int | None, lang: str = "de") -> str:
    """A pay band as shown: "2.100–2.400 €", "bis 2.800 €", "ab 3.000 €"."""
    if low is None:
        return say("range_up_to", lang, amount=euro(high, lang))
    if high is None:
        return say("range_from", lang, amount=euro(low, lang))
    return euro_range(low, high, lang)


def stated_pay(low: float | None, high: float | None, period: str, lang: str = "de") -> str:
    """Pay as a job ad states it: "14,50 € pro Stunde", "ab 34.000 € im Jahr", "2.600–3.000 € im Monat"."""
    cents = period == "hour"
    if low is None or high is None:
        amount = say("range_from" if high is None else "range_up_to", lang, amount=euro(low or high, lang, cents))
    else:
        amount = euro_range(low, high, lang, cents)
    return say(f"per_{period}", lang, amount=amount)


def shown_range(band: SalaryBand, lang: str) -> str:
    """'3.000–3.300 € (geschätzt)': an estimate is labelled wherever a band is shown."""
    text = band_range(band.min_eur, band.max_eur, lang)
    return say("estimated_range", lang, range=text) if band.estimate else text


def decimal(value: float, lang: str = "de") -> str:
    """2 / 0,2 / 7,5: at most one decimal, with the decimal comma in German."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "de" else text


def signed_points(value: float, lang: str = "de") -> str:
    """+7,5 / −2 / ±0: a score change."""
    if abs(value) < 0.05:
        return "±0"
    return ("+" if value > 0 else "−") + decimal(abs(value), lang)


def points(value: float, lang: str = "de", signed: bool = False, tenths: bool = False) -> str:
    """"1 Punkt", "7 Punkte", "+1 Punkt": whole points with the right noun; with tenths "0,7 Punkte", as the
    score changes beside it are written."""
    shown = round(value, 1) if tenths else round(value)
    number = decimal(abs(shown), lang) if tenths else str(abs(shown))
    if signed:
        number = ("+" if shown > 0 else "−" if shown < 0 else "±") + number
    elif shown < 0:
        number = "−" + number
    return say("point_one" if abs(shown) == 1 else "points", lang, score=number)


def score_number(score: float | None) -> str:
    """A score as every view shows it: whole points, "76"; "–" for a city that could not be scored."""
    return "–" if score is None else str(round(score))


def out_of_100(score: float | None) -> str:
    """A city's total with its scale: "76/100", or "–" when unscored."""
    return "–" if score is None else f"{score_number(score)}/100"


def level_name(level: str, lang: str = "de") -> str:
    """A language level as shown: "B2", or the word for native speaker."""
    return say("level_native", lang) if level == "native" else level


def join_words(words: list[str], lang: str = "de", conjunction: str = "and") -> str:
    """'a, b und c'; conjunction "or" gives 'a, b oder c'."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    conjunction = {("de", "and"): " und ", ("de", "or"): " oder ", ("en", "and"): " and ", ("en", "or"): " or "}[
        (lang if lang == "de" else "en", conjunction)]
    return ", ".join(words[:-1]) + conjunction + words[-1]


_OS_PROBLEMS = {28: "os_disk_full", 122: "os_disk_full", 13: "os_no_permission", 1: "os_no_permission",
                30: "os_read_only", 2: "os_no_folder", 20: "os_no_folder", 21: "os_is_folder", 36: "os_name_too_long"}


def describe_os_error(error: OSError, lang: str = "de") -> str:
    """An operating-system error in the user's words (the system's own text is often English)."""
    key = _OS_PROBLEMS.get(error.errno or -1)
    return say(key, lang) if key else say("os_other", lang, reason=error.strerror or str(error))


@dataclass(frozen=True)
class Said:
    """A message parameter told in the message's own language, such as the name of pasted text."""

    key: str


class UserError(Exception):
    """An error a user caused and can fix; its message is a sentence in their language."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "de") -> str:
        """An OSError among the params is told in the same language as the rest."""
        params = {name: describe_os_error(value, lang) if isinstance(value, OSError) else
                  say(value.key, lang) if isinstance(value, Said) else value for name, value in self.params.items()}
        return say(self.key, lang, **params)

    def __str__(self) -> str:
        return self.message("de")
