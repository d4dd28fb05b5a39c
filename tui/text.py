"""Making briefing text safe to show: data is never instructions to the terminal.

Briefings and fetched pages may hold ESC, BEL and other control characters. Printed raw
they could move the cursor, retitle the window or hide text, so every string shown is
passed through :func:`visible` first, which swaps control characters for visible stand-ins.
"""

from __future__ import annotations

import re

__all__ = ["visible", "visible_in_html"]

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


def visible_in_html(markup: str) -> str:
    """HTML ``markup`` with every control character swapped for its stand-in.

    For text that has become HTML already: the stand-ins are escaped, since the one for
    a bidi control (``<U+202E>``) would otherwise read as a tag.
    """

    def escaped(match: re.Match[str]) -> str:
        return _stand_in(match).replace("<", "&lt;").replace(">", "&gt;")

    return _CONTROL.sub(escaped, markup)
