"""Pausing Python's cyclic garbage collector around work that makes many objects and
no garbage.

Each batch of new container objects sets off a collection that scans every object the
process holds; while a big structure is being built (a tagger's model, the YAML events
of a 100,000-word draft), the collections find nothing and their cost grows with the
structure: loading both tagger models spent a third of its time in them, and writing a
long draft grew faster than its length (0.3 s at 25,000 words, 1.7 s at 100,000).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block, then as before (a collector that
    was off stays off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
