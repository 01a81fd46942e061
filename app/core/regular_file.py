"""The one way CityFit reads a file: only a regular one. A FIFO would block forever and /dev/zero never end, and
the size of either (0) says nothing, so the file is opened without waiting and checked before it is read."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFile(OSError):
    """A pipe, a socket or a device where a file was expected."""


class FileTooLarge(OSError):
    def __init__(self, path: Path, size: int):
        super().__init__(errno.EFBIG, os.strerror(errno.EFBIG), str(path))
        self.size = size


def read_regular_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of `path`; IsADirectoryError, NotRegularFile or FileTooLarge (over `limit` bytes) say why not."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except PermissionError:
        if os.path.isdir(path):  # Windows refuses to open a folder at all
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path)) from None
        raise
    with open(descriptor, "rb") as stream:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        if limit is not None and info.st_size > limit:
            raise FileTooLarge(path, info.st_size)
        data = stream.read() if limit is None else stream.read(limit + 1)
    if limit is not None and len(data) > limit:  # it grew while being read
        raise FileTooLarge(path, len(data))
    return data
