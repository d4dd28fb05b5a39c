"""A small modal question: a few lines of explanation and a list of answers.

Used wherever the desk must ask before acting: deleting a record others refer to,
a save refused because the file changed on disk, which note to edit, which actor to
merge. Enter picks the highlighted answer; Esc answers None (cancel).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.text import one_line

__all__ = ["ChoiceDialog"]


class ChoiceDialog(ModalScreen[str | None]):
    """Ask ``question`` (with ``details`` below it); answer one of ``answers`` (value,
    label), or None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+w", "cancel", "Cancel", id="dialog.cancel"),
    ]

    DEFAULT_CSS = """
    ChoiceDialog {
        align: center middle;
    }
    """

    def __init__(
        self, question: str, details: Sequence[str], answers: Sequence[tuple[str, str]]
    ) -> None:
        super().__init__()
        self.question = question
        self.details = list(details)
        self.answers = list(answers)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(one_line(self.question), style="bold"), id="dialog-question")
            if self.details:
                yield Static(
                    Text("\n".join(one_line(line) for line in self.details)), id="dialog-details"
                )
            yield OptionList(
                *[Option(one_line(label), id=value) for value, label in self.answers],
                id="dialog-answers",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
