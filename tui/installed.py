"""Where briefing's own installed files are, so that a user's work is never written there.

An installed wheel carries the example briefings inside the package (``tui/_bundled``),
and a plain ``briefing`` opens them. Anything written there, a verdict, an export, a new
draft, would live in the virtual environment and vanish with the next reinstall, so
saves refuse those files and the dialogs suggest the working folder instead. A clone's
``briefings/`` folder is the project's own and stays writable.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["INSTALLED_EXAMPLES", "example_refusal", "inside_installed_examples", "work_folder"]

INSTALLED_EXAMPLES = Path(__file__).resolve().parent / "_bundled"
"""The examples as a wheel installs them (absent in a clone)."""


def inside_installed_examples(path: Path) -> bool:
    """Whether ``path`` (a file or folder, links followed) is inside the installed examples."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return False
    return real == INSTALLED_EXAMPLES or INSTALLED_EXAMPLES in real.parents


def work_folder(folder: Path) -> Path:
    """Where to write what is made from a briefing in ``folder``: that folder, or the
    working folder when it is the installed examples'."""
    return Path.cwd() if inside_installed_examples(folder) else folder


def example_refusal(name: str) -> str:
    """Why a save of the installed example ``name`` (already shown safely) is refused."""
    return (
        f"{name} is an example installed with briefing, inside its package, where a"
        " reinstall would replace it; nothing was written. Copy it to a folder of your own"
        " and open it there: mkdir -p ~/briefings && cp"
        f" {name} ~/briefings/ && briefing ~/briefings"
    )
