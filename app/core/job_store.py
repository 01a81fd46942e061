"""The saved job ads: one JSON file each in the user's data folder, with the ad's text, where it came from, when
it was added and its place of work. Ads are read again from their text at each start, so a better reader
reads old ads better too."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.articles import ArticleError, decode, read_article_data
from app.core.cache import ArticleCache
from app.core.job_ad import JobAd, read_job, says_anything
from app.core.messages import UserError
from app.core.regular_file import read_regular_file
from app.core.vocabulary import Vocabulary

FORMAT, VERSION = "cityfit-job", 1
MAX_AD_CHARACTERS = 100_000  # an ad is a page or two; a longer text is something else (and would read slowly)
SAME_AD_RATIO = 97  # per cent alike (rapidfuzz ratio): a few words more or less are the same ad
SAME_AD_LENGTH = 200  # characters: shorter ads must match exactly (two short classifieds differ in a few words)
LONG_FIRST_LINE = 100  # characters: a longer first line made of clauses is the ad itself, not its title (or half as
# long, with pay or several clauses in it)


class JobError(UserError):
    """An ad that cannot be saved or read; the message names the file (or "pasted text") and says why."""


@dataclass
class JobShelf:
    """The saved ads and what could not be read among them."""

    folder: Path
    ads: list[JobAd] = field(default_factory=list)
    warnings: list[UserError] = field(default_factory=list)


def load_jobs(folder: Path, vocabulary: Vocabulary, known_cities: list[str],
              cache: ArticleCache | None = None) -> JobShelf:
    shelf = JobShelf(folder)
    try:
        files = sorted(folder.glob("*.json"))
    except OSError:
        return shelf  # no folder yet: no ads
    for path in files:
        try:
            shelf.ads.append(_read_saved(path, vocabulary, known_cities, cache))
        except JobError as error:
            shelf.warnings.append(error)
    return shelf


def read_job_file(path: Path) -> str:
    """The text of an ad's file, with the checks every file gets (a regular file, not too large, text, not empty);
    read_offered_job checks it as an ad."""
    try:
        return read_article_data(path)[1]
    except ArticleError as error:
        if error.key == "article_too_large":
            raise JobError("job_too_large", file=path.name, size=error.params["megabytes"] * 1000,
                           limit=MAX_AD_CHARACTERS // 1000) from None
        raise JobError(error.key, **error.params) from None


def read_offered_job(name: str, data: bytes | str, vocabulary: Vocabulary, known_cities: list[str],
                     shelf: JobShelf) -> JobAd:
    """An ad the user offers (a file's bytes or pasted text), read and checked; nothing is saved yet. `name`
    names it in messages."""
    text = _as_text(name, data)
    twin = next((ad for ad in shelf.ads if _same_ad(ad.text, text)), None)
    if twin is not None:
        raise JobError("job_duplicate", file=name, title=twin.title)
    ad = read_job(text, name, vocabulary, known_cities)
    if not says_anything(ad):
        raise JobError("job_says_nothing", file=name)
    return ad


def save_job(ad: JobAd, origin: str, shelf: JobShelf, now: datetime.datetime | None = None) -> JobAd:
    """Writes the ad into the shelf's folder, with its origin and the time; the saved file becomes its source."""
    from app.core.atomic import atomic_write
    from app.core.paths import ensure

    twin = next((saved for saved in shelf.ads if _same_ad(saved.text, ad.text)), None)
    if twin is not None:  # saved meanwhile (two copies of one ad added together)
        raise JobError("job_duplicate", file=ad.source, title=twin.title)
    added = (now or datetime.datetime.now()).isoformat(timespec="seconds")
    target = _free_name(shelf.folder, ad.title)
    data = {"format": FORMAT, "version": VERSION, "origin": origin, "added": added, "city": ad.city, "text": ad.text}
    try:
        ensure(shelf.folder)
        atomic_write(target, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    except OSError as error:
        raise JobError("job_not_saved", file=ad.source, reason=error.strerror or str(error)) from error
    ad.source = ad.profile.source = str(target)
    ad.origin, ad.added = origin, added
    shelf.ads.append(ad)
    return ad


def remove_job(ad: JobAd, shelf: JobShelf) -> None:
    """Deletes the saved ad; one removed already (a list not yet refreshed) is no error."""
    if not any(saved is ad for saved in shelf.ads):  # the ad itself: comparing two ads field by field is slow
        return
    try:
        Path(ad.source).unlink(missing_ok=True)
    except OSError as error:
        raise JobError("job_not_removed", title=ad.title, reason=error.strerror or str(error)) from error
    shelf.ads[:] = [saved for saved in shelf.ads if saved is not ad]


def normalised_text(text: str) -> str:
    """A one-line classified ad gets a title line of its own (its first clause): the reader takes the first line
    for the title, and what a title says is no evidence."""
    text = text.strip("\n")
    first = text.split("\n", 1)[0].strip()
    clause = re.split(r",\s|:\s|(?<=[a-zäöüß]{4})[.!?]\s", first, maxsplit=1)[0].strip()
    content = "€" in first or first.count(", ") >= 2 or bool(re.search(r"[a-zäöüß]{4}[.!]\s", first))
    if clause != first and (len(first) > LONG_FIRST_LINE or len(first) > LONG_FIRST_LINE // 2 and content):
        return f"{clause[:LONG_FIRST_LINE]}\n{text}"
    return text


def _as_text(name: str, data: bytes | str) -> str:
    if isinstance(data, str):
        text = data
    else:
        if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise JobError("article_binary", file=name)
        text = decode(data)
    if len(text) > MAX_AD_CHARACTERS:
        raise JobError("job_too_large", file=name, size=len(text) // 1000, limit=MAX_AD_CHARACTERS // 1000)
    if not text.strip():
        raise JobError("article_empty", file=name)
    return normalised_text(text)


def _read_saved(path: Path, vocabulary: Vocabulary, known_cities: list[str], cache: ArticleCache | None) -> JobAd:
    try:
        data = json.loads(read_regular_file(path, MAX_AD_CHARACTERS * 8))
    except (OSError, ValueError) as error:
        raise JobError("job_damaged", file=path.name) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION \
            or not isinstance(data.get("text"), str) or not data["text"].strip() \
            or len(data["text"]) > MAX_AD_CHARACTERS:  # edited by hand, or by a later CityFit
        raise JobError("job_damaged", file=path.name)
    ad = read_job(data["text"], str(path), vocabulary, known_cities, cache)
    city = data.get("city")
    ad.city = city if isinstance(city, str) and city.strip() else ad.city
    ad.origin, ad.added = str(data.get("origin", "")), str(data.get("added", ""))
    return ad


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_ad(saved: str, offered: str) -> bool:
    """The same ad, whitespace aside, or nearly: a saved page keeps a button's words ("Jetzt bewerben") that the
    copied text lacks."""
    one, other = _key(saved), _key(offered)
    if one == other:
        return True
    from rapidfuzz import fuzz  # only when another ad is offered

    return min(len(one), len(other)) >= SAME_AD_LENGTH and fuzz.ratio(one, other) >= SAME_AD_RATIO


def _free_name(folder: Path, title: str) -> Path:
    stem = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60] or "stelle"
    candidate, number = folder / f"{stem}.json", 2
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}.json", number + 1
    return candidate

