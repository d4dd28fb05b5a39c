"""When to try again, and how long to wait: transient failures only, bounded waits.

Connection errors and 429/502/503/504 are worth another attempt; every other 4xx means
the request itself is wrong and asking again would be impolite and pointless. Waits
double from a base with a little jitter (so many sources on one host do not retry in
lockstep), and a server's Retry-After is honoured up to a cap.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

__all__ = ["TRANSIENT_STATUSES", "backoff_delay", "parse_retry_after"]

TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, *, base: float, retry_after: float | None, cap: float) -> float:
    """Delay before retry number ``attempt`` (1-based)."""
    if retry_after is not None:
        return min(retry_after, cap)
    delay = base * (2 ** (attempt - 1))
    jittered: float = delay * random.uniform(0.8, 1.2)
    return min(cap, jittered)
