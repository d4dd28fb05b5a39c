"""File names offered as the rest of what is typed, as a shell completes them (→ takes it).

Used where an article is asked for by its file (the library's "draft an article"). The
folder is listed off the UI thread and at most :data:`LOOKED_AT` of its entries are
looked at, so a huge or slow folder never holds the keys up. A name holding control
characters is never offered: a field shows what it holds, and those would act on the
terminal. Hidden names are offered only once a dot is typed. ``~`` and ``~user`` are
home folders, as a shell completes them: ``~`` takes its slash, ``~/…`` looks in the
home folder, ``~ro`` offers ``~root/``.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import re
from pathlib import Path

from textual.suggester import Suggester

from tui.text import has_control

__all__ = ["LOOKED_AT", "FileNameSuggester", "completion"]

LOOKED_AT = 5_000
"""Entries of one folder looked at for a completion."""
ARTICLE_ENDINGS = (".txt", ".md", ".markdown", ".html", ".htm")
"""Files offered before others: what an article is written in."""
_ADDRESS = re.compile(r"(?i)^[a-z][a-z0-9+.-]*:")


class FileNameSuggester(Suggester):
    """Offers the rest of a file or folder name for what is typed, from ``here`` when it
    is no absolute path; nothing for a web address."""

    def __init__(self, here: Path) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.here = here

    async def get_suggestion(self, value: str) -> str | None:
        return await asyncio.to_thread(completion, value, self.here)


def completion(typed: str, here: Path) -> str | None:
    """``typed`` with the rest of the first name in its folder that starts with its last
    part (an article's file before other files, folders with their slash), or None. When
    nothing starts with all that is typed and it holds a space, its last word is completed
    (several articles are typed with spaces between them)."""
    whole = _completion_of(typed, here)
    if whole is not None or not typed or typed[-1].isspace():
        return whole
    last = _LAST_WORD.search(typed)
    if last is None or last.start() == 0:
        return None  # no space outside a name: the whole was tried above
    name = re.sub(r"\\(.)", r"\1", last.group())  # "harbour\\ p" is "harbour p"
    rest = _completion_of(name, here)
    if rest is None:
        return None
    # among several articles a name's space would split it: escaped as a shell
    # completes it ("council\\ vote.txt"), what is typed stays the start of the line
    return typed + re.sub(r"""([\s"'\\])""", r"\\\1", rest[len(name) :])


_LAST_WORD = re.compile(r"(?:\\.|[^\s\\])+\Z")
"""The last name typed among several: to the end, past spaces escaped with a backslash."""


def _completion_of(typed: str, here: Path) -> str | None:
    """``typed`` as one name, completed as :func:`completion` says."""
    if not typed or _ADDRESS.match(typed) or has_control(typed):
        return None
    if typed.startswith("~") and "/" not in typed:
        return _home_of(typed)
    folder_part, _, start = typed.rpartition("/")
    if not start:
        return None  # a folder typed whole: nothing to complete yet
    folder = Path(os.path.expanduser(folder_part or ("/" if typed.startswith("/") else ".")))
    if not folder.is_absolute():
        folder = here / folder
    names: list[tuple[int, str]] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= LOOKED_AT:
                    break
                name = entry.name
                if not name.startswith(start) or has_control(name):
                    continue
                if name.startswith(".") and not start.startswith("."):
                    continue
                try:
                    is_folder = entry.is_dir()
                except OSError:
                    continue
                if name == start and not is_folder:
                    continue  # typed whole: nothing more to offer
                rank = 0 if name.lower().endswith(ARTICLE_ENDINGS) else 1 if is_folder else 2
                names.append((rank, name + ("/" if is_folder else "")))
    except OSError:
        return None
    if not names:
        return None
    best = min(names)[1]
    return typed + best[len(start) :]


def _home_of(typed: str) -> str | None:
    """``~`` or ``~us`` (no slash yet) completed as a shell does: ``~/`` when the home
    folder exists, else the first user name (of at most :data:`LOOKED_AT`) that starts
    with what follows the tilde, with its slash."""
    start = typed[1:]
    if not start:
        return "~/" if os.path.isdir(os.path.expanduser("~")) else None
    names = []
    try:
        for count, user in enumerate(pwd.getpwall()):
            if count >= LOOKED_AT:
                break
            if user.pw_name.startswith(start) and not has_control(user.pw_name):
                names.append(user.pw_name)
    except OSError:
        return None
    return f"~{min(names)}/" if names else None
