"""Reading article files: bytes to text, whatever the encoding, and finding them in folders."""

from __future__ import annotations

import codecs
import os
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from app.core.messages import UserError, say
from app.core.regular_file import FileTooLarge, NotRegularFile, read_regular_file
from app.core.text import unicode_text
from app.core.web_text import WallError, page_text

MAX_ARTICLE_BYTES = 2_000_000
MAX_PAGE_BYTES = 10_000_000  # a saved web page, scripts and styles included; its text is held to MAX_ARTICLE_BYTES


class ArticleError(UserError):
    """An article that cannot be used; the message names the file, says why, and what became of the file:
    "skipped" when the articles are read, "not_added" when the user adds one, None when nothing is left to say."""

    def __init__(self, key: str, outcome: str | None = "skipped", **params):
        super().__init__(key, **params)
        self.outcome = outcome

    def message(self, lang: str = "de") -> str:
        text = super().message(lang)
        return f"{text} {say(f'article_outcome_{self.outcome}', lang)}" if self.outcome else text

    def not_added(self) -> ArticleError:
        return ArticleError(self.key, "not_added", **self.params)


@dataclass(frozen=True)
class Article:
    path: Path
    text: str


def decode(data: bytes) -> str:
    """Text in composed form: "Französisch" from a Mac file spells its ö as o plus a combining mark."""
    return unicodedata.normalize("NFC", _decoded(data))


def _decoded(data: bytes) -> str:
    try:
        return unicode_text(data)
    except UnicodeDecodeError:  # an older Windows editor's file
        return data.decode("cp1252", errors="replace")


def read_article(path: Path) -> Article:
    return Article(path, read_article_data(path)[1])


def read_article_data(path: Path) -> tuple[bytes, str]:
    """The bytes to keep and the text of an article; ArticleError says why it is not one. A saved web page (see
    is_web_page) gives its visible text (web_text.page_text), and as bytes that text in UTF-8."""
    page = path.suffix.lower() in WEB_PAGE_SUFFIXES  # scripts and styles make a page larger than its text
    try:
        data = read_regular_file(path, MAX_PAGE_BYTES if page else MAX_ARTICLE_BYTES)
    except FileTooLarge as error:
        raise ArticleError("page_too_large" if page else "article_too_large", file=path.name,
                           megabytes=error.size // 1_000_000) from None
    except NotRegularFile:
        raise ArticleError("article_not_a_file", file=path.name) from None
    except OSError as error:
        raise ArticleError("article_unreadable", file=path.name, reason=error.strerror or str(error)) from error
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("article_binary", file=path.name)
    if is_web_page(path, data):
        try:
            text = page_text(decode_page(data), path.name)
        except WallError as wall:
            raise ArticleError(wall.key, **wall.params) from None
        data = text.encode("utf-8")  # the copy CityFit keeps is this plain text: quotes point into it
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleError("article_too_large", file=path.name, megabytes=len(data) // 1_000_000)
    else:
        text = decode(data)
    if not text.strip():
        raise ArticleError("article_empty", file=path.name)
    return data, text


WEB_PAGE_SUFFIXES = (".html", ".htm")
_PAGE_STARTS = ("<!doctype html", "<html")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def is_web_page(path: Path, data: bytes) -> bool:
    """A saved web page: by its suffix, or by how it starts ("<!DOCTYPE html", "<html", after a byte-order mark
    and white space), whatever it is called."""
    if path.suffix.lower() in WEB_PAGE_SUFFIXES:
        return True
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    start = data[:256].decode("utf-16" if utf16 else "latin-1", errors="ignore").removeprefix("\ufeff")
    if start.startswith("\u00ef\u00bb\u00bf"):  # the UTF-8 byte-order mark, read as Latin-1
        start = start[3:]
    return start.lstrip().lower().startswith(_PAGE_STARTS)


def decode_page(data: bytes) -> str:
    """A web page's text: by its byte-order mark, else by the charset its <meta> names, else as any article."""
    if not data.startswith(_BOMS):
        charset = declared_charset(data)
        if charset is not None:
            try:
                return unicodedata.normalize("NFC", data.decode(charset))
            except UnicodeDecodeError:
                pass  # the page is not what it says: read it as any article
    return decode(data)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page's <meta charset> or <meta http-equiv="Content-Type"> names in its first 4 KB, as Python
    knows it (a page that says "iso-8859-1" is read as Windows-1252, as browsers do); None when there is none."""
    finder = _CharsetFinder()
    finder.feed(data[:4096].decode("ascii", errors="replace"))
    if finder.charset is None:
        return None
    try:
        name = codecs.lookup(finder.charset.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


class _CharsetFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset is not None:
            return
        attributes = {name: value or "" for name, value in attrs}
        if attributes.get("charset"):
            self.charset = attributes["charset"]
        elif attributes.get("http-equiv", "").lower() == "content-type":
            _, found, charset = attributes.get("content", "").lower().partition("charset=")
            self.charset = charset.split(";")[0] if found else None


def article_files(folder: Path) -> list[tuple[Path, tuple[int, int]]]:
    """The .txt files of a folder by name, each with its size and modification time (one listing, no reads)."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.endswith(".txt") or entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    continue  # a pipe or device is listed: reading it says, as a warning, that it is no file
                info = entry.stat()
                found.append((entry.name, (info.st_size, info.st_mtime_ns)))
            except OSError:  # a symbolic-link loop, a vanished file: reading it says why, as a warning
                found.append((entry.name, (-1, -1)))
    found.sort()
    return [(folder / name, stamp) for name, stamp in found]
