"""Reading article files: bytes to text, whatever the encoding, and finding them in folders."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.core.messages import UserError, say
from app.core.regular_file import FileTooLarge, NotRegularFile, read_regular_file
from app.core.text import unicode_text

MAX_ARTICLE_BYTES = 2_000_000


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
    """The raw bytes and the text of an article; ArticleError says why it is not one."""
    try:
        data = read_regular_file(path, MAX_ARTICLE_BYTES)
    except FileTooLarge as error:
        raise ArticleError("article_too_large", file=path.name, megabytes=error.size // 1_000_000) from None
    except NotRegularFile:
        raise ArticleError("article_not_a_file", file=path.name) from None
    except OSError as error:
        raise ArticleError("article_unreadable", file=path.name, reason=error.strerror or str(error)) from error
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("article_binary", file=path.name)
    text = decode(data)
    if not text.strip():
        raise ArticleError("article_empty", file=path.name)
    return data, text


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
