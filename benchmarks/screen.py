"""Time to content: from launching a program in a real pseudo-terminal until given text
is on its screen.

This is what a user waits for. A figure taken inside the process (at the first frame the
app draws, or when its model is ready) misses the interpreter's start, the imports and
the frames drawn before the content arrives; this one starts the clock before ``exec``
and stops it when the bytes the program wrote to the terminal hold every wanted piece of
text. The program is a real ``briefing`` (or a bare Textual app started the same way),
drawing into a 120x40 terminal; escape sequences are removed from its output before the
text is looked for, so a phrase drawn in one style run is found however it is placed.

    python benchmarks/screen.py bare            # the bare app's own text, once
    python benchmarks/screen.py open PATH TEXT  # `briefing PATH` until TEXT shows
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

__all__ = ["BARE_APP", "BARE_TEXT", "time_to_text"]

BARE_TEXT = "bare app content"
BARE_APP = f"""
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static({BARE_TEXT!r})
        yield Footer()

Bare().run()
"""
"""The baseline: a bare Textual app (Header, Static, Footer) showing one line of text."""

_ESCAPES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, colours, modes
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: titles, clipboard
    rb"|\x1bP[^\x1b]*\x1b\\"  # DCS
    rb"|\x1b[@-Z\\-_]"  # two-byte escapes
    rb"|\x1b[()][0-9A-Za-z]"  # character sets
)


def _text_of(output: bytes) -> str:
    return _ESCAPES.sub(b"", output).decode("utf-8", "replace")


def time_to_text(
    argv: Sequence[str],
    wanted: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    size: tuple[int, int] = (120, 40),
    timeout: float = 120.0,
) -> float:
    """Seconds from starting ``argv`` in a pty of ``size`` (columns, rows) until every
    string of ``wanted`` has been written to the terminal; then the program is stopped.

    Raises ``TimeoutError`` (with the last text seen) when that does not happen in time.
    """
    master, slave = os.openpty()
    columns, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {**os.environ, **(env or {}), "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    full_env.pop("NO_COLOR", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=full_env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    output = bytearray()
    seen = ""
    try:
        while True:
            left = started + timeout - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"{argv!r}: {wanted!r} not on screen; last: {seen[-400:]!r}")
            ready, _, _ = select.select([master], [], [], min(left, 0.5))
            if not ready:
                if process.poll() is not None:
                    raise TimeoutError(f"{argv!r} exited {process.returncode}: {seen[-400:]!r}")
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # the program closed the terminal
                chunk = b""
            if not chunk:
                raise TimeoutError(f"{argv!r} closed the terminal: {seen[-400:]!r}")
            output += chunk
            seen = _text_of(bytes(output))
            if all(text in seen for text in wanted):
                return time.perf_counter() - started
    finally:
        _stop(process)
        os.close(master)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the program and everything it started (worker processes too)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def bare_app_argv() -> list[str]:
    return [sys.executable, "-c", BARE_APP]


def briefing_argv(path: Path) -> list[str]:
    """``briefing PATH`` as installed beside this interpreter (the console script)."""
    script = Path(sys.executable).with_name("briefing")
    return [str(script), str(path)] if script.exists() else [sys.executable, "-m", "tui", str(path)]


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        print(f"{time_to_text(bare_app_argv(), [BARE_TEXT]):.3f} s")
        return 0
    if len(argv) >= 3 and argv[0] == "open":
        print(f"{time_to_text(briefing_argv(Path(argv[1])), argv[2:]):.3f} s")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
