"""The one way CityFit writes a file: all of the new content or none of it."""

from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, then os.replace; the temporary file goes on error."""
    path = Path(path)
    _remove_leftovers(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(path.parent)


def _remove_leftovers(path: Path) -> None:
    """Temporary files a killed earlier save left behind (never the target itself)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            leftover.unlink()
        except OSError:
            pass


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
