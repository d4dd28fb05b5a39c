"""Opening a link in the user's browser, or saying plainly why it cannot be done here.

Over SSH there is no browser to open, and Python's :mod:`webbrowser` would either fail
quietly or start a text browser (lynx, w3m) inside the very terminal the app is drawing
in. So the app asks :func:`choose_opener` first and opens only with a graphical browser,
the user's own command (``BRIEFING_OPENER``, e.g. ``BRIEFING_OPENER="firefox --new-tab"``)
or ``$BROWSER``; otherwise it tells the user to copy the link (``y``) instead.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import webbrowser
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Opener", "choose_opener", "open_with"]

OPENER_VARIABLE = "BRIEFING_OPENER"


@dataclass(frozen=True)
class Opener:
    """How a link will be opened: a command of the user's, the browser module, or not."""

    command: tuple[str, ...] | None = None
    """The user's opener command; the URL is added as its last argument."""
    browser: bool = False
    """Open through :mod:`webbrowser` (a graphical browser was found)."""
    why_not: str | None = None
    """Why no link can be opened here, when neither of the above."""


def _graphical(env: Mapping[str, str]) -> bool:
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def choose_opener(env: Mapping[str, str] | None = None) -> Opener:
    """How a link can be opened in this session (``env``: default the process's)."""
    env = os.environ if env is None else env
    command = env.get(OPENER_VARIABLE, "").strip()
    if command:
        try:
            return Opener(command=tuple(shlex.split(command)))
        except ValueError as error:
            return Opener(why_not=f"{OPENER_VARIABLE} cannot be read ({error})")
    if not env.get("BROWSER") and not _graphical(env):
        return Opener(why_not="no browser can be opened here (no graphical session, e.g. SSH)")
    try:
        found = webbrowser.get()
    except webbrowser.Error:
        return Opener(why_not="no browser was found")
    chosen_by_user = bool(env.get("BROWSER"))
    if (
        not chosen_by_user
        and isinstance(found, webbrowser.GenericBrowser)
        and not isinstance(found, webbrowser.BackgroundBrowser)
    ):
        # A text browser runs in the foreground, in this terminal, over the app.
        return Opener(why_not=f"only a text browser ({found.name}) is here")
    return Opener(browser=True)


def open_with(opener: Opener, url: str) -> str | None:
    """Open ``url`` as ``opener`` says; the reason when it could not be opened."""
    if opener.why_not is not None:
        return opener.why_not
    if opener.command is not None:
        try:
            subprocess.Popen(
                [*opener.command, url],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as error:
            return f"{OPENER_VARIABLE} could not be run ({error.strerror or error})"
        return None
    try:
        opened = webbrowser.open(url, new=2)
    except webbrowser.Error as error:
        return f"the browser could not be started ({error})"
    return None if opened else "the browser could not be started"
