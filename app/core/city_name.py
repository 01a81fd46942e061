"""Which city an article is about, from its title line: no list of cities, so any town works."""

from __future__ import annotations

import re
from pathlib import Path

# A name: capitalised words, a bracketed part and a linking phrase ("Halle (Saale)", "Freiburg im Breisgau").
_LINKS = r"(?:am|an der|an den|im|in der|ob der|vor der|bei)"  # "Frankfurt am Main", "Rothenburg ob der Tauber"
_NAME = (rf"[A-ZÄÖÜ][\w'.-]*(?:\s+\([^)/]{{2,30}}\))?"
         rf"(?:\s+{_LINKS}\s+[A-ZÄÖÜ][\w.-]*(?:\s+\([^)/]{{2,30}}\))?)?")
_IN_NAME = re.compile(rf"(?:^|(?<=\s))in\s+({_NAME})")
_ANY_NAME = re.compile(_NAME)
_DASH_TAIL = re.compile(rf"\s[–—-]\s*({_NAME})\s*$")  # "Call-Center-Agent (m/w/d) – Essen"
# "… in <b>Evil</b>": whatever ends the title
_IN_AT_END = re.compile(r"(?:^|\s)in\s+([^:–—|]{1,60}?)\s*[.!]?\s*$")
_LINKING = {word for link in _LINKS.strip("(?:)").split("|") for word in link.split()}
# Capitalised words of job titles, never a city's name.
_TITLE_WORDS = {
    "agent", "agentin", "agents", "alltag", "arbeit", "arbeiten", "aufgaben", "beruf", "berufe", "call", "callcenter",
    "center", "customer", "der", "desk", "die", "das", "einstieg", "gehalt", "helpdesk", "ihr", "ihre", "jobs", "job",
    "karriere", "kundenberater", "kundenberaterin", "kundenberatung", "kundendienst", "kundenservice", "mein",
    "mitarbeiter", "service", "sie", "stellenangebote", "telefonist", "telefonistin", "und", "vollzeit", "teilzeit",
    "warum", "was", "wie", "zwischen", "als",
}
_FILENAME_NOISE = re.compile(r"(customer|service|kundenservice|kundendienst|jobs?|stellenangebote|essay|portal|"
                             r"jobad|trap)", re.I)


def city_name(text: str, path: Path) -> str:
    """From the title: '… Stellenangebote in Halle (Saale)', '… in Kassel: Gehalt', '… – Essen'; else the line
    under it; else the title's name the article repeats most; else the file name."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    for line in lines:
        name = named_in_title(line)
        if name:
            return name
    for position, line in enumerate(lines):
        body = "\n".join(text.splitlines()[position + 1:])
        names = [_trimmed(m.group(0)) for m in _ANY_NAME.finditer(line)]
        counted = [(_mentions(name, body), order, name) for order, name in enumerate(names) if _is_name(name)]
        counted = [item for item in counted if item[0] > 0]
        if counted:
            return max(counted)[2]
    words = [w for w in re.split(r"[-_\s]+", path.stem) if w and not _FILENAME_NOISE.fullmatch(w)]
    return " ".join(word.capitalize() for word in words) or path.stem


def named_in_title(line: str) -> str | None:
    at_end = _IN_AT_END.search(line)
    if at_end and _is_name(at_end.group(1)) and _looks_like_a_name(at_end.group(1)):
        return at_end.group(1)  # "… Stellenangebote in Halle (Saale)", "… in Teststadt 00042"
    for match in _IN_NAME.finditer(line):
        name = _trimmed(match.group(1))
        short = re.split(rf"\s+{_LINKS}\s+", name)[0]
        rest = name[len(short):].split()
        if rest and rest[-1].casefold() in _TITLE_WORDS:
            name = short  # "in Regensburg im Kundenservice"
        if _is_name(name):
            return name
    tail = _DASH_TAIL.search(line)
    return tail.group(1) if tail and _is_name(tail.group(1)) else None


def _trimmed(name: str) -> str:
    return name.rstrip(".:,;!?–-").strip()


def _is_name(name: str) -> bool:
    first = re.split(r"[\s-]", name)[0].casefold()
    return len(name) >= 2 and first not in _TITLE_WORDS and not name.isupper() and len(name) <= 60


def _looks_like_a_name(words: str) -> bool:
    """No lower-case word but the linking ones: "Freiburg im Breisgau", not "Regensburg im Kundenservice geblieben"."""
    return all(not word[:1].islower() or word in _LINKING for word in words.split())


def _mentions(name: str, body: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name.split(' (')[0])}(?!\w)", body))
