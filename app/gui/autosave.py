"""Unsaved edits kept in the state folder, so a crash loses at most a few seconds of typing.

Each running CityFit writes its own file, named by a random session id (process ids repeat: after a reboot,
in a container), and holds an operating-system lock beside it. A file whose lock nobody holds belongs to a
session that ended without cleaning up (a crash, kill -9, power loss): it is offered for recovery, and stays
until the user restores or discards it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.core.atomic import atomic_write, remove_leftovers_in
from app.core.candidate import CandidateProfile
from app.core.log import note
from app.core.paths import ensure, folders
from app.core.profile_file import MAX_FILE_BYTES, ProfileError, profile_from_dict
from app.core.regular_file import NotRegularFile, read_regular_file
from app.core.session_lock import SessionLock


@dataclass
class Recovered:
    profile: CandidateProfile
    path: Path | None  # the file the edits belong to, None for a profile never saved
    autosave: Path
    saved_at: datetime
    claim: SessionLock = field(repr=False)  # held while this window decides, so no other window offers it too


class Autosave:
    def __init__(self):
        self.folder = folders().state / "autosave"
        session = os.urandom(8).hex()  # random, as secrets would give, without loading OpenSSL at start
        self.file = self.folder / f"{session}.json"
        self._lock = SessionLock(self.folder / f"{session}.lock")
        ensure(self.folder)  # logs, and moves aside what is in the way; unusable: the lock below fails
        remove_leftovers_in(self.folder)  # of sessions killed while writing their autosave
        self._written: bytes | None = None  # what the file holds now
        self.enabled = self._lock.acquire()
        if not self.enabled:
            note("autosave folder %s unusable: edits are not kept this session", self.folder)

    def write(self, profile: CandidateProfile, path: Path | None) -> None:
        if not self.enabled:
            return
        data = json.dumps({"path": str(path) if path else None, "profile": profile.to_dict()},
                          ensure_ascii=False).encode("utf-8")
        if data != self._written:  # the timer ticks every few seconds; the disk hears only of changes
            atomic_write(self.file, data)
            self._written = data

    def clear(self) -> None:
        self._written = None
        try:
            self.file.unlink(missing_ok=True)
        except OSError:
            pass  # no usable folder: there is nothing to clear

    def close(self) -> None:
        """A clean exit: nothing to recover."""
        self.clear()
        self._lock.release(remove=True)

    def orphans(self) -> list[Recovered]:
        """Edits of earlier sessions that ended without saving or discarding them, newest first."""
        try:
            entries = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        found = []
        for entry in entries:
            if entry == self.file:
                continue
            claim = SessionLock(entry.with_suffix(".lock"))
            if not claim.acquire():
                continue  # its window is still running, or another window is offering it right now
            recovered = self._read(entry, claim)
            if recovered is None:
                claim.release()
            else:
                found.append(recovered)
        return sorted(found, key=lambda item: item.saved_at, reverse=True)

    @staticmethod
    def _read(entry: Path, claim: SessionLock) -> Recovered | None:
        try:
            saved_at = datetime.fromtimestamp(entry.stat().st_mtime)
            document = json.loads(read_regular_file(entry, MAX_FILE_BYTES).decode("utf-8"))
            profile = profile_from_dict(document["profile"], entry.name)
            path = Path(document["path"]) if document.get("path") else None
        except (IsADirectoryError, NotRegularFile) as error:
            note("autosave entry %s is not a file (%s); left alone", entry, error)
            return None
        except (OSError, ValueError, KeyError, TypeError, ProfileError) as error:
            note("damaged autosave %s dropped: %s", entry, error)
            entry.unlink(missing_ok=True)  # a damaged autosave is worth nothing to anyone
            entry.with_suffix(".lock").unlink(missing_ok=True)
            return None
        return Recovered(profile, path, entry, saved_at, claim)

    @staticmethod
    def forget(recovered: Recovered) -> None:
        """The user restored or discarded these edits."""
        recovered.autosave.unlink(missing_ok=True)
        recovered.claim.release(remove=True)

    @staticmethod
    def keep(recovered: Recovered) -> None:
        """The user will decide later: the next start offers them again."""
        recovered.claim.release()
