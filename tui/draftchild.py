"""Drafting an article in a child process, for the library's "draft an article" (``n``).

The app never drafts in its own process: a page is read through lxml (a C extension), and
a draft keeps a core busy for a second or more. A child running ``briefing new SOURCE
--output FOLDER --json`` keeps the interface answering keys meanwhile, and a crash in it
costs that draft, never the app or what is open in it. The child is the command a user
runs, so the app's draft is the command's draft: the same checks of the source and the
folder, the same free id beside the library's briefings, the same atomic write that never
replaces a briefing. What it wrote comes back as the JSON line ``--json`` prints; what
went wrong, as the command's own message.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from tui.text import shown_path

__all__ = ["DraftFailed", "Drafted", "chosen_source", "draft_command", "draft_in_child"]

_PREFIX = "briefing: "
_SAID_AT_MOST = 4_000
"""Characters of the command's messages kept for the user: a message, never a flood."""


@dataclass(frozen=True)
class Drafted:
    """The draft the child wrote."""

    path: Path
    title: str
    claims: int
    actors: int
    quotes: int


class DraftFailed(Exception):
    """No draft was written; the message says why, in the command's words."""


def chosen_source(typed: str, here: Path) -> tuple[str | None, str | None]:
    """The article a user typed, as the child is to read it, or why it cannot be.

    An http(s) address is passed on as typed; a file name may start with ``~`` and is
    taken from ``here`` (the folder the app was started in) when it is not absolute.
    Standard input is the app's terminal, so ``-`` is refused.
    """
    text = typed.strip()
    if not text:
        return None, "Give a file or an http(s) address."
    if re.match(r"(?i)https?://\S", text):
        return text, None
    if text == "-":
        return None, "Standard input is this terminal here: give a file."
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = here / path
    if path.is_dir():
        return None, f"{shown_path(path)} is a folder: give an article file."
    if not path.exists():
        hint = " (for a web page, give its whole address: https://…)" if "/" in text else ""
        return None, f"{shown_path(path)}: no such file{hint}"
    return os.fspath(path), None


def draft_command(source: str, folder: Path) -> list[str]:
    """The command the child runs: this interpreter, this package, ``--json``. ``-P``
    keeps the current folder off the child's import path: a folder named ``tui`` where
    the app was started must never be run in its place."""
    command = [sys.executable, "-P", "-m", "tui", "new", source]
    return [*command, "--output", os.fspath(folder), "--json"]


async def draft_in_child(source: str, folder: Path) -> Drafted:
    """Draft the article at ``source`` (a file or an http(s) address) into ``folder``.

    Raises :class:`DraftFailed` with the command's message when it wrote nothing. When
    the awaiting task is cancelled, the child is killed and nothing is left behind (the
    command writes through a temporary file and a rename).
    """
    try:
        process = await asyncio.create_subprocess_exec(
            *draft_command(source, folder),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
    except OSError as error:
        raise DraftFailed(f"cannot start the drafting: {error.strerror or error}") from error
    try:
        out, err = await process.communicate()
    except asyncio.CancelledError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        with contextlib.suppress(Exception):
            await asyncio.shield(process.wait())
        raise
    said = _messages(err)
    drafted = _drafted(out)
    if drafted is not None and process.returncode == 0:
        return drafted
    if process.returncode is not None and process.returncode < 0:
        name = _signal_name(-process.returncode)
        raise DraftFailed(f"the drafting stopped ({name}); nothing was written")
    raise DraftFailed(said or f"the drafting ended with status {process.returncode}")


def _drafted(out: bytes) -> Drafted | None:
    """The draft named by the last JSON line of the child's output, if any."""
    for line in reversed(out.decode("utf-8", "replace").splitlines()):
        try:
            record = json.loads(line)
            return Drafted(
                path=Path(str(record["path"])),
                title=str(record["title"]),
                claims=int(record["claims"]),
                actors=int(record["actors"]),
                quotes=int(record["quotes"]),
            )
        except (ValueError, TypeError, KeyError):
            continue
    return None


def _messages(err: bytes) -> str:
    """The command's problems without its program name, in order (with ``--json`` it
    writes no notes for the shell)."""
    lines = [
        line.removeprefix(_PREFIX).strip() for line in err.decode("utf-8", "replace").splitlines()
    ]
    return "; ".join(line for line in lines if line)[:_SAID_AT_MOST]


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
