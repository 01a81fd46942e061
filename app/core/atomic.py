"""The one way CityFit writes a file: all of the new content or none of it.

A save goes through a symbolic link to its target, keeps the file's permissions (a new file gets what the
umask allows, as any program's would) and, for a file with hard links, writes into that same file so every
link sees the new content. The temporary file has a short name, so any name the folder allows can be saved.
"""

from __future__ import annotations

import os
import stat
import time
import zlib
from pathlib import Path

LEFTOVER_AGE_S = 60  # a temporary file lives for milliseconds; one this old belongs to a killed save


def atomic_write(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, then os.replace; the temporary file goes on error."""
    target = Path(os.path.realpath(path))  # a link is followed, never replaced by a regular file
    existing = _status(target)
    _remove_leftovers(target)
    temporary = _temporary_name(target)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _mode(existing))
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)  # a full disk fails here, before the file itself is touched
            stream.flush()
            os.fsync(stream.fileno())
            _keep_owner_and_mode(stream.fileno(), existing)
        if existing is not None and existing.st_nlink > 1:
            _write_in_place(target, data)
            os.unlink(temporary)
        else:
            os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(target.parent)


def _status(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
    except FileNotFoundError:
        return None


def _temporary_name(target: Path) -> Path:
    """'.cf-1a2b3c4d-9f8e7d6c.tmp': tied to the target by a checksum of its name, 26 characters whatever its length."""
    return target.with_name(f"{_leftover_prefix(target)}{os.urandom(4).hex()}.tmp")


def _leftover_prefix(target: Path) -> str:
    return f".cf-{zlib.crc32(os.fsencode(target.name)):08x}-"


def _remove_leftovers(target: Path) -> None:
    """Temporary files a killed earlier save of this file left behind (never one another save is writing)."""
    _sweep(target.parent, _leftover_prefix(target))


def remove_leftovers_in(folder: Path) -> None:
    """Every killed save's temporary file in `folder`: for files nobody will save again (an old autosave)."""
    _sweep(folder, ".cf-")


def _sweep(folder: Path, prefix: str) -> None:
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime > LEFTOVER_AGE_S:
                os.unlink(entry.path)
        except OSError:
            pass


def _mode(existing: os.stat_result | None) -> int:
    """Permission bits for the new file: the old file's, or for a new file what the umask leaves of rw-rw-rw-."""
    return stat.S_IMODE(existing.st_mode) if existing is not None else 0o666


def _keep_owner_and_mode(descriptor: int, existing: os.stat_result | None) -> None:
    """os.open applied the umask; an existing file's own mode (and, when allowed, its owner) is restored."""
    if existing is None:
        return
    if hasattr(os, "fchown"):
        try:
            os.fchown(descriptor, existing.st_uid, existing.st_gid)
        except OSError:
            pass  # only root may give a file away; the file is then the writer's, as with any editor
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))


def _write_in_place(target: Path, data: bytes) -> None:
    """For a file with hard links: the complete new content is already safe on disk in the temporary file."""
    with open(target, "r+b") as stream:
        stream.write(data)
        stream.truncate()
        stream.flush()
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """Makes the rename itself durable; not every platform allows opening a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
