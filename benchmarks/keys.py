"""Key latency inside a running app: from a key reaching the app to the last frame it
causes, as the user waits for it.

Each key is posted to the app as the pilot posts it; every frame the app produces is
turned into terminal output (as a real driver would; the headless one skips that) and
timed. After each key the pilot waits until the app is idle, so frames are not shared
between keys; the latency of a key is the time to its last frame.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

__all__ = ["timed_keys"]


async def timed_keys(pilot: Any, keys: Sequence[str]) -> list[float]:
    """Seconds from posting each of ``keys`` to the last frame it caused (keys that
    caused no frame are left out)."""
    from textual import events
    from textual._compositor import CompositorUpdate

    app = pilot.app
    frames: list[float] = []
    display = app._display

    def timed_display(screen: object, renderable: object) -> None:
        display(screen, renderable)
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(app.console)
            frames.append(time.perf_counter())

    app._display = timed_display
    latencies: list[float] = []
    try:
        driver = app._driver
        assert driver is not None
        for key in keys:
            frames.clear()
            started = time.perf_counter()
            driver.send_message(events.Key(key, key))
            await pilot.pause()
            await pilot.pause(0.02)
            if frames:
                latencies.append(frames[-1] - started)
    finally:
        app._display = display
    return latencies
