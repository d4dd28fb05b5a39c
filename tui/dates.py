"""Dates as people read them: the one wording the app and the exports share."""

from __future__ import annotations

import re

__all__ = ["MONTHS", "human_date"]

MONTHS = (
    "January February March April May June July August September October November December"
).split()


_TIMESTAMP = re.compile(
    r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?\Z"
)
"""A publication instant as fetched pages give it: ``2024-06-19T10:15:00+02:00``."""


def human_date(value: str) -> str | None:
    """``2024-06-19`` as "19 June 2024", ``2024-06`` as "June 2024", ``1961`` as itself,
    and a page's timestamp ``2024-06-19T10:15:00+02:00`` as "19 June 2024, 10:15
    (UTC+02:00)" (the instant kept, in the page's own zone).

    None when ``value`` is none of these (callers decide how to show such text: fetched
    pages carry dates of any shape).
    """
    stamp = _TIMESTAMP.match(value)
    if stamp is not None:
        day = human_date(stamp.group(1))
        if day is None:
            return None
        zone = stamp.group(3)
        offset = "" if zone is None else " (UTC)" if zone == "Z" else f" (UTC{zone})"
        return f"{day}, {stamp.group(2)}{offset}"
    parts = value.split("-")
    if not parts or not all(part.isdigit() for part in parts) or len(parts[0]) != 4:
        return None
    if len(parts) == 1:
        return parts[0]
    month = int(parts[1])
    if not 1 <= month <= 12 or len(parts) > 3:
        return None
    if len(parts) == 2:
        return f"{MONTHS[month - 1]} {parts[0]}"
    return f"{int(parts[2])} {MONTHS[month - 1]} {parts[0]}"
