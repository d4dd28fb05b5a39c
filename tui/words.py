"""Words the app, the command line and the exports share, so that they say things alike.

Starts with counting: "1 quote", "2 quotes", never "1 quotes" or "quote(s)".
"""

from __future__ import annotations

__all__ = ["count"]

_IRREGULAR = {
    "entry": "entries",
    "timeline entry": "timeline entries",
    "briefing file": "briefing files",
    "analysis": "analyses",
}


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless ``number`` is one."""
    if number == 1:
        return f"1 {noun}"
    return f"{number:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"
