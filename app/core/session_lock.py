"""A lock the operating system releases when its process ends, however it ends.

The lock lives in the kernel, not in the file's content: an empty or garbled lock file (what a power loss
leaves), a reused process id (a restart in a container with its own process ids) or a crashed owner can never
make a lock look held. Nothing needs to be flushed to disk for it to be right.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":  # not os.name: mypy then checks only the branch of the platform it checks for
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


class SessionLock:
    """Held from acquire() until release() or the end of the process."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._descriptor: int | None = None

    def acquire(self) -> bool:
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        if not _try_lock(descriptor):
            os.close(descriptor)
            return False
        self._descriptor = descriptor
        return True

    def release(self, remove: bool = False) -> None:
        """remove: the lock file goes too (while still held, so nobody takes a lock on a file being deleted)."""
        if self._descriptor is None:
            return
        if remove:
            try:
                self.path.unlink()
            except OSError:
                pass
        os.close(self._descriptor)  # closing releases the lock
        self._descriptor = None
