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
import shlex
import signal
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from pathlib import Path

from tui.articlecheck import article_problem
from tui.text import one_line, shown_path

__all__ = [
    "DraftFailed",
    "DraftProgress",
    "Drafted",
    "Drafts",
    "chosen_source",
    "chosen_sources",
    "draft_command",
    "draft_in_child",
    "drafts_in_child",
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
    language: str = ""
    """The article's language as the draft says (``ru``, ``de`` …)."""


@dataclass(frozen=True)
class Drafts:
    """What became of each article of a run: the drafts written, and the articles not
    drafted with why (each reason names its article, in the command's words)."""

    drafted: list[Drafted]
    failed: list[tuple[str, str]]


@dataclass(frozen=True)
class DraftProgress:
    """How far the child is: ``stage`` is reading, drafting or writing; while drafting,
    ``done`` of ``total`` paragraphs are drafted, of article ``article`` of ``articles``
    (read from ``source``)."""

    stage: str
    done: int = 0
    total: int = 0
    article: int = 1
    articles: int = 1
    source: str = ""

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
    if re.fullmatch(r"(?i)https?://\S+", text):
        return text, None  # an address holds no space: a line with one is several articles
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


def chosen_sources(typed: str, here: Path) -> tuple[list[str] | None, str | None]:
    """The articles a user typed, several separated by spaces as a shell separates them
    (a name with a space in quotes, or typed alone), or why they cannot be: every
    article's problem, one a line in the order typed. The check went on only to the
    first problem (a folder among four files hid the other three files' problems until
    it was mended), so once one article cannot be found, the others that can are read
    too and their problems (empty, not UTF-8, a PDF) are listed with it."""
    text = typed.strip()
    whole, problem = chosen_source(text, here)
    if whole is not None or not re.search(r"\s", text):
        return ([whole] if whole is not None else None), problem
    try:
        words = shlex.split(text)
    except ValueError:
        return None, "A quotation mark is not closed: a name with spaces goes in quotes."
    chosen = [chosen_source(word, here) for word in words]
    if all(source is not None for source, _ in chosen):
        return [source for source, _ in chosen if source is not None], None
    problems = [
        problem if source is None else article_problem(source) for source, problem in chosen
    ]
    return None, "\n".join(problem for problem in problems if problem)


def draft_command(source: str, folder: Path) -> list[str]:
    """The command the child runs for one article (see :func:`drafts_command`)."""
    return drafts_command([source], folder)


def drafts_command(sources: list[str], folder: Path) -> list[str]:
    """The command the child runs: this interpreter, this package, ``--json`` and
    ``--progress json``, the articles after ``--``. ``-P`` keeps the current folder off
    the child's import path: a folder named ``tui`` where the app was started must never
    be run in its place."""
    command = [sys.executable, "-P", "-m", "tui", "new", "--output", os.fspath(folder)]
    return [*command, "--json", "--progress", "json", "--", *sources]


async def draft_in_child(
    source: str, folder: Path, progress: Callable[[DraftProgress], None] | None = None
) -> Drafted:
    """Draft the article at ``source`` (a file or an http(s) address) into ``folder``;
    ``progress`` is called with each step the child tells.

    Raises :class:`DraftFailed` with the command's message when it wrote nothing (see
    :func:`drafts_in_child`).
    """
    drafts = await drafts_in_child([source], folder, progress)
    if drafts.drafted:
        return drafts.drafted[0]
    raise DraftFailed(drafts.failed[0][1])


async def drafts_in_child(
    sources: list[str], folder: Path, progress: Callable[[DraftProgress], None] | None = None
) -> Drafts:
    """Draft each article of ``sources`` into ``folder`` in one child; ``progress`` is
    called with each step the child tells.

    Raises :class:`DraftFailed` when the child stopped on a signal, or told of no article
    (the reason is then its messages). When the awaiting task is cancelled, the child is
    killed and nothing is left behind of the article under way (the command writes
    through a temporary file and a rename).
    """
    try:
        process = await asyncio.create_subprocess_exec(
            *drafts_command(sources, folder),
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
    if process.returncode is not None and process.returncode < 0:
        name = _signal_name(-process.returncode)
        raise DraftFailed(f"the drafting stopped ({name}); nothing more was written")
    drafts = _told(out)
    if not drafts.drafted and not drafts.failed:
        raise DraftFailed(said or f"the drafting ended with status {process.returncode}")
    return drafts


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
    article = DraftProgress("reading")
    async for line in _lines(stream):
        step = _progress_line(line)
        if step is not None:
            if step.stage == "reading":
                article = step  # which article: the steps after it are of that one
            else:
                step = replace(
                    step,
                    article=article.article,
                    articles=article.articles,
                    source=article.source,
                )
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
    number, articles = record.get("article", 1), record.get("articles", 1)
    if not (isinstance(number, int) and isinstance(articles, int)) or not (1 <= number <= articles):
        number = articles = 1
    source = record.get("source")
    return DraftProgress(
        str(record["stage"]),
        done,
        total,
        number,
        articles,
        one_line(source)[:_SAID_AT_MOST] if isinstance(source, str) else "",
    )


def _told(out: bytes) -> Drafts:
    """What the child's JSON lines tell of each article: a draft written, or why none
    was (``{"source": …, "error": …}``); lines of any other shape are passed over."""
    drafts = Drafts([], [])
    for line in out.decode("utf-8", "replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict):
            continue
        if isinstance(record.get("error"), str):
            source = str(record.get("source", ""))
            drafts.failed.append((source, str(record["error"])[:_SAID_AT_MOST]))
            continue
        try:
            drafted = Drafted(
                path=Path(str(record["path"])),
                title=str(record["title"]),
                claims=int(record["claims"]),
                actors=int(record["actors"]),
                quotes=int(record["quotes"]),
                language=str(record.get("language") or ""),
            )
        except (ValueError, TypeError, KeyError):
            continue
        drafts.drafted.append(drafted)
    return drafts


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
