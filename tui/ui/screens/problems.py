"""A dialog listing why a briefing could not be (re)loaded."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.text import shown_path, visible

__all__ = ["ProblemsScreen"]


class ProblemsScreen(ModalScreen[str | None]):
    """Every problem, one per line; the last good version stays on screen behind it.
    F4 closes it with "editor": the briefing screen opens the file at the problem."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "dismiss", "Close", id="problems.close"),
        Binding("f4,alt+e", "editor", "Open in editor", id="problems.editor"),
    ]

    def __init__(self, path: Path, problems: list[str], *, keeping_previous: bool) -> None:
        super().__init__()
        self.path = path
        self.problems = problems
        self.keeping_previous = keeping_previous

    def compose(self) -> ComposeResult:
        heading = Text(f"{shown_path(self.path.name)} could not be loaded", style="bold")
        if self.keeping_previous:
            heading.append("\nThe last good version stays on screen.", style="italic")
        body = Text("\n".join(visible(p, keep_newlines=False) for p in self.problems))
        with Vertical(id="problems-dialog"):
            yield Static(heading, markup=False)
            with VerticalScroll():
                yield Static(body, markup=False, id="problems-list")
            yield Static(
                Text(
                    "F4 opens the file in your editor at the problem (r reads it again"
                    " after); Esc or Enter closes",
                    style="dim",
                ),
                markup=False,
                id="problems-keys",
            )

    async def action_dismiss(self, result: str | None = None) -> None:
        self.dismiss(result)

    def action_editor(self) -> None:
        """Close, and have the editor opened at the first problem."""
        self.dismiss("editor")
