"""Python's cycle collector and the city library: a thousand cities are a few hundred thousand objects that
contain no cycles and live as long as the program, so the collector has nothing to find among them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collections while cities are built (each would walk everything built so far: ~13 ms per 1,000)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def spare_cities() -> None:
    """Move everything alive now, the loaded cities above all, out of the collector's way for good; or each
    full collection walks every fact again and the window stalls (~80 ms with 10,000 cities)."""
    gc.freeze()
