"""Text helpers shared by extraction and matching: folding and sentence spans."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.core.lemmas import fold_word

_NON_WORD = re.compile(r"[^\w/+]+")


def fold(text: str) -> str:
    """Casefold and spell umlauts out, so 'Französisch' and 'franzoesisch' compare equal."""
    folded = fold_word(text)
    return " ".join(_NON_WORD.sub(" ", folded).split())


# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = {
    "z", "b", "ca", "bzw", "etc", "u", "a", "d", "h", "nr", "inkl", "evtl", "ggf", "usw", "dr", "mio",
    "mrd", "std", "max", "min", "vgl", "sog", "s", "o", "tel", "fr", "hr", "st", "str", "bspw", "zb",
    "ua", "dh", "abs", "jh", "jhd", "prof", "mind", "zzgl", "v", "chr", "gem", "allg", "akt",
}
# Starts only where a run of end marks starts: inside a 40 KB run of dots every start would rescan the run.
_CANDIDATE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"“”»«’')\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; a line without end punctuation (a heading) is one sentence."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        line_end = line_start + len(line)
        _split_line(text, line_start, line_end, spans)
        line_start = line_end
    return spans


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    line = text[start:end]
    piece_start = 0
    for match in _CANDIDATE_END.finditer(line):
        if _is_abbreviation(line, match.start()) or not _next_starts_sentence(line, match.end()):
            continue
        _add_trimmed(text, start + piece_start, start + match.end(), spans)
        piece_start = match.end()
    _add_trimmed(text, start + piece_start, end, spans)


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word = _WORD_BEFORE.search(line[max(0, dot - 24):dot])  # the word before the dot, not the whole line
    return word is not None and word.group(1).casefold() in _ABBREVIATIONS


def _next_starts_sentence(line: str, position: int) -> bool:
    rest = line[position:].lstrip()
    if not rest:
        return True
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "„\"»«‚'(–-"


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


_BULLET = re.compile(r"^\s*([-•*–·▪◦]|\d+[.)])\s")
_HEADING_MAX_WORDS = 12


def heading_indexes(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences that are headings: the title, and short lines without end punctuation that stand above a
    paragraph. The line under the title ("Vollzeit oder Teilzeit") and list items ("Sehr gute
    Deutschkenntnisse", among short lines) are no headings."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    starts = [start for start, _ in spans]
    headings = set()
    for position, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if position == 1 or (position > 1 and not _is_heading_line(line, lines, position, text)):
            continue
        first = bisect_left(starts, start)
        headings |= {i for i in range(first, len(spans)) if spans[i][1] <= end}
    return headings


def _is_heading_line(line: str, lines: list[tuple[int, int]], position: int, text: str) -> bool:
    if line.endswith(":") and len(line.split()) <= 3:
        return True  # a list's label ("Weiterbildung:"): its items say what there is
    if _BULLET.match(line) or line[-1] in ".!?:;…\"“”»«)" or len(line.split()) > _HEADING_MAX_WORDS:
        return False
    if position + 1 >= len(lines):
        return False
    following = text[lines[position + 1][0]:lines[position + 1][1]].strip()
    # above a paragraph, or above a sentence: "Homeoffice" / "Gibt es bei uns nicht."
    return (len(following) > 2 * len(line) and len(following) >= 80) or (
        len(following) > len(line) and following[-1] in ".!?" and not _BULLET.match(following))


def is_quotation(text: str, start: int, end: int) -> bool:
    """A line that only quotes what people say („Man verdient locker 4.000 Euro“), as a myth-buster lists
    them; a quotation inside a paragraph is someone telling how things are, and is read like any sentence."""
    whole_line = (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("\n", "\r", "")
    sentence = _LABEL.sub("", text[start:end])  # "Mythos 3: „Da geht es nur ums Verkaufen“"
    return whole_line and sentence[:1] in "„\"»“" and sentence.rstrip(".!?")[-1:] in "“\"«”"


_LABEL = re.compile(r"^[^„\"»“:]{1,30}:\s*")


def sentences_under(text: str, spans: list[tuple[int, int]], labels: frozenset[str]) -> set[int]:
    """The list items under a label such as "Ihre Aufgaben:", up to the next label or heading line (a paragraph
    of prose under it is no list)."""
    under, inside, position = set(), False, 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        stripped = line.strip()
        if not stripped:
            continue
        label = fold(stripped.rstrip(":"))
        if stripped.endswith(":") or label in labels or (not _BULLET.match(stripped) and len(stripped.split()) <= 4
                                                          and stripped[-1] not in ".!?"):
            inside = label in labels
            continue
        if inside and (_BULLET.match(stripped) or stripped[-1] not in ".!?"):
            first = bisect_left([s for s, _ in spans], start)
            under |= {i for i in range(first, len(spans)) if spans[i][0] < position}
    return under


def unicode_text(data: bytes) -> str:
    """Bytes as text when they are Unicode: UTF-16 by its byte-order mark, else UTF-8 (with or without one).
    UnicodeDecodeError when they are neither; what to do then is the caller's to say."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")
