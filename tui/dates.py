"""Dates as people read them: the one wording the app and the exports share."""

from __future__ import annotations

__all__ = ["MONTHS", "human_date"]

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def human_date(value: str) -> str | None:
    """``2024-06-19`` as "19 June 2024", ``2024-06`` as "June 2024", ``1961`` as itself.

    None when ``value`` is not a YYYY, YYYY-MM or YYYY-MM-DD date (callers decide how to
    show such text: fetched pages carry dates of any shape).
    """
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
