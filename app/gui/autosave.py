"""Unsaved edits kept in the state folder, so a crash loses at most a few seconds of typing.

Each running CityFit writes its own file and holds a lock beside it. A file whose lock nobody holds
belongs to a session that ended without cleaning up (a crash, kill -9, power loss): that one is offered
for recovery at the next start.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from app.core.atomic import atomic_write
from app.core.candidate import CandidateProfile
from app.core.paths import ensure, folders
from app.core.profile_file import ProfileError, parse_profile


@dataclass
class Recovered:
    profile: CandidateProfile
    path: Path | None  # the file the edits belong to, None for a profile never saved
    autosave: Path


class Autosave:
    def __init__(self):
        self.folder = ensure(folders().state / "autosave")
        self.file = self.folder / f"{os.getpid()}.json"
        self._lock = QLockFile(str(self.file.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never age
        self._lock.tryLock(0)

    def write(self, profile: CandidateProfile, path: Path | None) -> None:
        document = {"path": str(path) if path else None, "profile": profile.to_dict()}
        atomic_write(self.file, json.dumps(document, ensure_ascii=False).encode("utf-8"))

    def clear(self) -> None:
        self.file.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean exit: nothing to recover."""
        self.clear()
        self._lock.unlock()

    def orphans(self) -> list[Recovered]:
        """Edits of earlier sessions that ended without saving or discarding them."""
        found = []
        for candidate in sorted(self.folder.glob("*.json")):
            if candidate == self.file:
                continue
            lock = QLockFile(str(candidate.with_suffix(".lock")))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # another CityFit window is running and owns it
            lock.unlock()
            try:
                document = json.loads(candidate.read_text(encoding="utf-8"))
                profile = parse_profile(json.dumps(document["profile"]).encode(), candidate.name)
                path = Path(document["path"]) if document.get("path") else None
            except (OSError, ValueError, KeyError, TypeError, ProfileError):
                candidate.unlink(missing_ok=True)  # a damaged autosave is worth nothing to anyone
                continue
            found.append(Recovered(profile, path, candidate))
        return found

    @staticmethod
    def forget(recovered: Recovered) -> None:
        recovered.autosave.unlink(missing_ok=True)
        recovered.autosave.with_suffix(".lock").unlink(missing_ok=True)
