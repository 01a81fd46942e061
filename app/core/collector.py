"""Python's cycle collector and the city library: a thousand cities are a few hundred thousand objects that
contain no cycles and live as long as the program, so the collector has nothing to find among them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausing = 0  # how many threads are inside paused(): the collector runs again when the last one leaves
_was_enabled = True


@contextmanager
def paused() -> Iterator[None]:
    """No collections while cities are built (each would walk everything built so far: ~13 ms per 1,000).
    Threads may overlap (a ranking while a report is written): the first in pauses, the last out resumes."""
    global _pausing, _was_enabled
    with _lock:
        if _pausing == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _lock:
            _pausing -= 1
            if _pausing == 0 and _was_enabled:
                gc.enable()


def spare_cities() -> None:
    """Move everything alive now, the loaded cities above all, out of the collector's way for good; or each
    full collection walks every fact again and the window stalls (~80 ms with 10,000 cities)."""
    gc.freeze()
