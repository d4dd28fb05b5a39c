"""Drafting an article in a child process, for the library's "draft an article" (``n``).

The app never drafts in its own process: a page is read through lxml (a C extension), and
a draft keeps a core busy for a second or more. A child running ``briefing new SOURCE
--output FOLDER --json`` keeps the interface answering keys meanwhile, and a crash in it
costs that draft, never the app or what is open in it. The child is the command a user
runs, so the app's draft is the command's draft: the same checks of the source and the
folder, the same free id beside the library's briefings, the same atomic write that never
replaces a briefing. What it wrote, or why it wrote nothing, comes back as the JSON
line ``--json`` prints for the article; how far it is, as the JSON lines ``--progress
json`` writes on stderr, read as they come (a long article takes tens of seconds). Only
well-formed lines are believed and every line is bounded: a child that crashes or prints
garbage costs the draft, never the dialog.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from tui.text import shown_path

__all__ = [
    "DraftFailed",
    "DraftProgress",
    "Drafted",
    "chosen_source",
    "draft_command",
    "draft_in_child",
]

_PREFIX = "briefing: "
_SAID_AT_MOST = 4_000
"""Characters of the command's messages kept for the user: a message, never a flood."""
_LINE_AT_MOST = 65_536
"""Bytes of one line of the child's stderr kept; the rest of a longer line is dropped."""
_STAGES = ("reading", "drafting", "writing")


@dataclass(frozen=True)
class Drafted:
    """The draft the child wrote."""

    path: Path
    title: str
    claims: int
    actors: int
    quotes: int


@dataclass(frozen=True)
class DraftProgress:
    """How far the child is: ``stage`` is reading, drafting or writing; while drafting,
    ``done`` of ``total`` paragraphs are drafted."""

    stage: str
    done: int = 0
    total: int = 0

    @property
    def per_cent(self) -> int:
        """The paragraphs drafted, in whole per cent of the article's."""
        return self.done * 100 // self.total if self.total > 0 else 0


class DraftFailed(Exception):
    """No draft was written; the message says why, in the command's words."""


def chosen_source(typed: str, here: Path) -> tuple[str | None, str | None]:
    """The article a user typed, as the child is to read it, or why it cannot be.

    An http(s) address is passed on as typed; a file name may start with ``~`` or
    ``~user`` (a home folder, as a shell reads it; an unknown user is said, not raised)
    and is taken from ``here`` (the folder the app was started in) when it is not
    absolute. Standard input is the app's terminal, so ``-`` is refused.
    """
    text = typed.strip()
    if not text:
        return None, "Give a file or an http(s) address."
    if re.match(r"(?i)https?://\S", text):
        return text, None
    if text == "-":
        return None, "Standard input is this terminal here: give a file."
    expanded = os.path.expanduser(text)  # Path.expanduser raises for an unknown user
    if expanded.startswith("~"):
        user = text[1:].partition("/")[0]
        return None, f"{shown_path(text)}: no home folder of a user {shown_path(user)!r} here"
    path = Path(expanded)
    if not path.is_absolute():
        path = here / path
    if path.is_dir():
        return None, f"{shown_path(path)} is a folder: give an article file."
    if not path.exists():
        hint = " (for a web page, give its whole address: https://…)" if "/" in text else ""
        return None, f"{shown_path(path)}: no such file{hint}"
    return os.fspath(path), None


def draft_command(source: str, folder: Path) -> list[str]:
    """The command the child runs: this interpreter, this package, ``--json`` and
    ``--progress json``. ``-P`` keeps the current folder off the child's import path: a
    folder named ``tui`` where the app was started must never be run in its place."""
    command = [sys.executable, "-P", "-m", "tui", "new", source]
    return [*command, "--output", os.fspath(folder), "--json", "--progress", "json"]


async def draft_in_child(
    source: str, folder: Path, progress: Callable[[DraftProgress], None] | None = None
) -> Drafted:
    """Draft the article at ``source`` (a file or an http(s) address) into ``folder``;
    ``progress`` is called with each step the child tells.

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
    assert process.stdout is not None and process.stderr is not None
    messages: list[str] = []
    try:
        out, _ = await asyncio.gather(
            process.stdout.read(),
            _read_stderr(process.stderr, messages, progress),
        )
        await process.wait()
    except asyncio.CancelledError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        with contextlib.suppress(Exception):
            await asyncio.shield(process.wait())
        raise
    said = "; ".join(messages)[:_SAID_AT_MOST]
    drafted, why = _told(out)
    if drafted is not None and process.returncode == 0:
        return drafted
    if process.returncode is not None and process.returncode < 0:
        name = _signal_name(-process.returncode)
        raise DraftFailed(f"the drafting stopped ({name}); nothing was written")
    raise DraftFailed(why or said or f"the drafting ended with status {process.returncode}")


async def _read_stderr(
    stream: asyncio.StreamReader,
    messages: list[str],
    progress: Callable[[DraftProgress], None] | None,
) -> None:
    """Read the child's stderr to its end: each progress line to ``progress``, each other
    line (the command's messages, without its name) to ``messages``, while they hold
    fewer than :data:`_SAID_AT_MOST` characters. A line is cut at :data:`_LINE_AT_MOST`
    bytes, so no flood of output without a newline can fill the app's memory."""
    kept = 0
    async for line in _lines(stream):
        step = _progress_line(line)
        if step is not None:
            if progress is not None:
                progress(step)
            continue
        message = line.removeprefix(_PREFIX).strip()
        if message and kept < _SAID_AT_MOST:
            messages.append(message)
            kept += len(message)


async def _lines(stream: asyncio.StreamReader) -> AsyncIterator[str]:
    """The lines of ``stream`` as text, each cut at :data:`_LINE_AT_MOST` bytes."""
    pending = b""
    dropping = False
    while chunk := await stream.read(_LINE_AT_MOST):
        pending += chunk
        *whole, pending = pending.split(b"\n")
        for line in whole:
            if not dropping:
                yield line.decode("utf-8", "replace")
            dropping = False
        if len(pending) > _LINE_AT_MOST:  # a line with no end in sight: keep its start
            if not dropping:
                yield pending[:_LINE_AT_MOST].decode("utf-8", "replace")
            pending, dropping = b"", True
    if pending and not dropping:
        yield pending.decode("utf-8", "replace")


def _progress_line(line: str) -> DraftProgress | None:
    """The step a line of ``--progress json`` tells; None for any other line."""
    if not line.startswith("{"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or record.get("stage") not in _STAGES:
        return None
    done, total = record.get("done", 0), record.get("total", 0)
    if not (isinstance(done, int) and isinstance(total, int)) or not 0 <= done <= total:
        done = total = 0
    return DraftProgress(str(record["stage"]), done, total)


def _told(out: bytes) -> tuple[Drafted | None, str | None]:
    """The draft the child's last JSON line names, or why it wrote none (``{"source":
    …, "error": …}``); (None, None) when neither is there."""
    for line in reversed(out.decode("utf-8", "replace").splitlines()):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict):
            continue
        if isinstance(record.get("error"), str):
            return None, str(record["error"])[:_SAID_AT_MOST]
        try:
            drafted = Drafted(
                path=Path(str(record["path"])),
                title=str(record["title"]),
                claims=int(record["claims"]),
                actors=int(record["actors"]),
                quotes=int(record["quotes"]),
            )
        except (ValueError, TypeError, KeyError):
            continue
        return drafted, None
    return None, None


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
