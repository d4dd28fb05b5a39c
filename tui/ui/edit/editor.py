"""Handing a briefing to the user's own editor at a line, and back.

``$VISUAL`` then ``$EDITOR`` (then ``vi``), split as a shell would split it (``code
-w``), with ``+LINE`` before the file: the convention vi, vim, nano, emacs, micro, kak
and helix all read. The app suspends around it and reloads on return.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from pathlib import Path

__all__ = ["editor_command"]


def editor_command(path: Path, line: int, env: Mapping[str, str] | None = None) -> list[str]:
    """The command that opens ``path`` at ``line`` in the user's editor."""
    environ = os.environ if env is None else env
    chosen = environ.get("VISUAL") or environ.get("EDITOR") or "vi"
    try:
        words = shlex.split(chosen)
    except ValueError:
        words = [chosen]
    return [*(words or ["vi"]), f"+{max(line, 1)}", os.fspath(path)]
