"""Making briefing text safe to show: data is never instructions to the terminal.

Briefings and fetched pages may hold ESC, BEL and other control characters. Printed raw
they could move the cursor, retitle the window or hide text, so every string shown is
passed through :func:`visible` first, which swaps control characters for visible stand-ins.
"""

from __future__ import annotations

import re

__all__ = ["visible"]

# C0 controls except tab and newline, DEL, C1 controls, and the bidi overrides/isolates
# that can make text display in an order other than the one stored.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with control characters shown as visible symbols instead of acted on."""
    shown = _CONTROL.sub(_stand_in, text)
    if not keep_newlines:
        shown = shown.replace("\n", " ").replace("\t", " ")
    return shown
