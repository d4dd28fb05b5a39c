"""A small modal question: a few lines of explanation and a list of answers.

Used wherever the desk must ask before acting: deleting a record others refer to,
a save refused because the file changed on disk, which note to edit, which actor to
merge. Enter picks the highlighted answer; Esc answers None (cancel).

A long list of answers (the actors to merge) takes ``searchable``: a search line above
the list, focused, narrows it as one types (part of a label or an id, as the form's
pickers do); Up and Down move through the matches and Enter picks the highlighted one.
Answers given as ``fixed`` (Cancel) stay under the matches whatever is typed.

The answers are never pushed out of sight: long details (two clashing fields, each with
both values) scroll in their own box, sized so that every answer still shows in a small
terminal (80x24), and a list too long for the dialog follows its highlight.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.text import one_line, visible
from tui.ui.typedmarks import MarkInput

__all__ = ["ChoiceDialog"]


class ChoiceDialog(ModalScreen[str | None]):
    """Ask ``question`` (with ``details`` below it); answer one of ``answers`` (value,
    label), or None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+w", "cancel", "Cancel", id="dialog.cancel"),
        # from the search line, the arrows move through the answers it leaves
        Binding("down,alt+j", "move(1)", "Next answer", show=False, id="dialog.next"),
        Binding("up,alt+k", "move(-1)", "Previous answer", show=False, id="dialog.previous"),
        # the details (a difference on disk) scroll from the answers: Tab never leaves them
        Binding(
            "ctrl+down,alt+pagedown",
            "scroll_details(1)",
            "Scroll details",
            id="dialog.details_down",
        ),
        Binding(
            "ctrl+up,alt+pageup",
            "scroll_details(-1)",
            "Scroll back",
            show=False,
            id="dialog.details_up",
        ),
    ]

    DEFAULT_CSS = """
    ChoiceDialog {
        align: center middle;
    }
    """

    def __init__(
        self,
        question: str,
        details: Sequence[str],
        answers: Sequence[tuple[str, str]],
        *,
        searchable: bool = False,
        fixed: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__()
        self.question = question
        self.details = list(details)
        self.answers = list(answers)
        self.searchable = searchable
        self.fixed = list(fixed)
        self._answered = False

    def answer(self, value: str | None) -> None:
        """Close with ``value``, once: a second Enter that arrives before the dialog is
        gone (keys typed ahead, a repeating key) would otherwise pop the screen below it
        (the next dialog, or the review) without its answer ever being given."""
        if self._answered:
            return
        self._answered = True
        self.dismiss(value)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(one_line(self.question), style="bold"), id="dialog-question")
            if self.details:
                # not focusable: Tab from the answers stayed here, where the arrows and
                # Enter did nothing (the answers' own keys scroll it: the text is short)
                with VerticalScroll(id="dialog-details-box", can_focus=False):
                    yield Static(
                        Text("\n".join(one_line(line) for line in self.details)),
                        id="dialog-details",
                    )
            if self.searchable:
                yield MarkInput(placeholder="type to search…", compact=True, id="dialog-search")
            # answers name records: data, never markup
            yield OptionList(*self._options(""), id="dialog-answers", markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "scroll_details":  # shown only when there are details to scroll
            found = self.query("#dialog-details-box")
            return bool(found) and found.first().max_scroll_y > 0
        return True

    def action_scroll_details(self, step: int) -> None:
        box = self.query_one("#dialog-details-box", VerticalScroll)
        box.scroll_relative(y=step * max(1, box.size.height - 1), animate=False)

    def _options(self, query: str) -> list[Option]:
        """The answers whose label or value holds ``query`` (any case), then the fixed."""
        wanted = query.strip().casefold()
        matching = [
            (value, label)
            for value, label in self.answers
            if not wanted or wanted in visible(label).casefold() or wanted in value.casefold()
        ]
        return [Option(one_line(label), id=value) for value, label in [*matching, *self.fixed]]

    def on_mount(self) -> None:
        if self.searchable:
            self.query_one("#dialog-search", Input).focus()
            self.query_one(OptionList).highlighted = 0
        else:
            self.query_one(OptionList).focus()
        box = self.query("#dialog-details-box")
        if box:
            box.first().styles.height = "auto"
            self.call_after_refresh(self._fit_details)

    def on_resize(self) -> None:
        if self.query("#dialog-details-box"):
            self.call_after_refresh(self._fit_details)

    def _fit_details(self) -> None:
        """Give the details what the dialog has left once the question and every answer
        are placed: at 80x24 two clashing fields' values would otherwise push "Edit" and
        "Cancel" below the dialog's edge, where the highlight moves unseen."""
        dialog = self.query_one("#dialog", Vertical)
        box = self.query_one("#dialog-details-box", VerticalScroll)
        limit = dialog.styles.max_height
        room = int(limit.resolve(self.size, self.size)) if limit is not None else self.size.height
        room -= dialog.styles.gutter.height  # the border and padding
        for child in dialog.children:
            if child is not box:
                room -= child.outer_size.height
        room -= box.styles.margin.height
        box.styles.max_height = max(2, room)
        self.call_after_refresh(self.refresh_bindings)  # whether the details scroll now

    @on(Input.Changed, "#dialog-search")
    def _search(self, event: Input.Changed) -> None:
        event.stop()
        answers = self.query_one(OptionList)
        answers.clear_options()
        answers.add_options(self._options(event.value))
        if answers.option_count:
            answers.highlighted = 0  # Enter picks the first match at once

    @on(Input.Submitted, "#dialog-search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        answers = self.query_one(OptionList)
        if answers.highlighted is not None:
            self.answer(answers.get_option_at_index(answers.highlighted).id)

    def action_move(self, step: int) -> None:
        answers = self.query_one(OptionList)
        if not answers.option_count:
            return
        now = answers.highlighted if answers.highlighted is not None else -step
        answers.highlighted = max(0, min(answers.option_count - 1, now + step))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.answer(event.option.id)

    def action_cancel(self) -> None:
        self.answer(None)
