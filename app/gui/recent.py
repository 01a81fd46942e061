"""Recent files: newest first, no duplicates, capped, missing files dropped."""

from __future__ import annotations

from pathlib import Path

MAX_RECENT = 8


def add_recent(recent: list[str], path: Path) -> list[str]:
    entry = str(Path(path).resolve())
    return [entry] + [p for p in recent if p != entry][:MAX_RECENT - 1]


def existing_recent(recent: list[str]) -> list[str]:
    return [p for p in recent if Path(p).is_file()][:MAX_RECENT]
