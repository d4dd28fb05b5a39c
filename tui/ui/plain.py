"""Rich renderables to plain text, for the clipboard and for tests."""

from __future__ import annotations

import io

from rich.console import Console, RenderableType

__all__ = ["plain_text"]


def plain_text(renderable: RenderableType, width: int = 100) -> str:
    """What ``renderable`` shows, without colours or styles, lines stripped at the end."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, legacy_windows=False)
    console.print(renderable)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip() + "\n"
