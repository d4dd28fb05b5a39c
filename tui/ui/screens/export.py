"""``e``: export the open briefing; say where it went, or why it could not be written.

The file is written through a temporary file and a rename (never half a file), an
existing file is replaced only when "replace" is ticked (never the briefing itself or
another briefing file, whatever is ticked), a file name whose ending names a format
chooses that format (as ``briefing export --output`` does), and any problem is shown in
the dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from tui.atomic import FileExistsRefusal, ProtectedFileRefusal, refuse_protected, write_atomic
from tui.export import (
    FORMAT_LABELS,
    SUFFIXES,
    ExportError,
    default_filename,
    endings_for,
    export_briefing,
    format_for_filename,
    format_problem,
)
from tui.export.claimreview import Review, review_problems
from tui.export.selection import Selection
from tui.installed import work_folder
from tui.model import Briefing
from tui.text import drawn_alike, has_control, one_line, shown_path, visible
from tui.ui.typedmarks import MarkInput
from tui.ui.widgets.ticks import TickBox
from tui.words import count

__all__ = ["ExportScreen"]

FIELD_NAMES = {
    "publisher": "the publisher field",
    "url": "the review URL field",
    "date": "the date field",
}
"""Where the dialog asks for each part of a review."""


class ExportField(MarkInput):
    """A one-line box of the dialog: ``ctrl+a`` selects all, as in the edit form, so a
    name typed after it replaces the suggested one instead of being glued before it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+a,ctrl+shift+a", "select_all", "Select all", show=False, id="export.select_all"
        ),
    ]


class ExportScreen(ModalScreen[Path | None]):
    """Choose a format and a file; dismisses with the written path."""

    DEFAULT_CSS = """
    #export-filter-words {
        height: auto;
        padding: 0 0 0 6;
        color: $text-muted;
    }
    """
    """The filter's words wrap under the box, in line with its label."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+g", "cancel", "Cancel", id="export.cancel"),
        Binding("ctrl+s,ctrl+enter", "export", "Export", id="export.write"),
    ]

    def __init__(
        self,
        briefing: Briefing,
        folder: Path,
        source: Path | None = None,
        selection: Selection | None = None,
    ) -> None:
        super().__init__()
        self.briefing = briefing
        self.folder = folder
        self.source = source
        """The briefing's own file: an export never writes over it."""
        self.selection = selection
        """The claims the claims list shows under its filter, offered as a filtered view."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="export-dialog"):
            yield Static(Text("Export this briefing", style="bold"), markup=False)
            yield Label("Format")
            yield Select(
                [(label, fmt) for fmt, label in FORMAT_LABELS.items()],
                value="markdown",
                allow_blank=False,
                id="export-format",
            )
            yield Label("File")
            yield ExportField(self._default_path("markdown"), id="export-path")
            if self.selection is not None:
                yield from self._filtered_choice(self.selection)
            with Vertical(id="export-review"):
                yield Label("ClaimReview needs who reviews, where and when")
                yield Static(
                    "A judged claim's note is published as its review's explanation.",
                    classes="export-hint",
                    markup=False,
                )
                yield ExportField(
                    placeholder="publisher (your organisation)", id="review-publisher"
                )
                yield ExportField(placeholder="review URL (https://…)", id="review-url")
                yield ExportField(placeholder="date of the review (YYYY-MM-DD)", id="review-date")
            yield TickBox("Replace the file if it exists", id="export-replace")
            yield Static("", id="export-message", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    @staticmethod
    def _filtered_choice(selection: Selection) -> ComposeResult:
        """The box that exports only the claims the filter shows, and under it the filter
        in words on lines of their own: a filter on an actor and typed words is longer
        than a dialog is wide, and a box's label is one line, cut at the dialog's edge."""
        shown = count(len(selection.claims), "claim")
        yield TickBox(Text(f"Only the {shown} the filter shows"), id="export-filtered")
        words = drawn_alike(one_line(selection.description))
        yield Static(  # a Text, never markup: the filter holds names and typed text
            Text(f"The filter: {words}"), id="export-filter-words", markup=False
        )

    def on_mount(self) -> None:
        self.query_one("#export-review").display = False
        # The file name, not the scrolling frame: Enter then exports what the dialog shows.
        self.query_one("#export-path", Input).focus()

    def _default_path(self, fmt: str) -> str:
        """The file suggested: next to the briefing. A folder whose name holds control
        characters is not put into the field (a text field shows what it holds, and
        those would act on the terminal): then the name alone, in the working folder."""
        name = default_filename(self.briefing, fmt)
        folder = work_folder(self.folder)  # never inside the installed examples
        if has_control(str(folder)):
            return name
        return str(folder / name)

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        self.query_one("#export-review").display = event.value == "claimreview"

        # Follow the format with the file name, unless the user typed a name of their own.
        if any(path.value == self._default_path(fmt) for fmt in SUFFIXES):
            path.value = self._default_path(str(event.value))
        self._say("", error=False)  # what was said was about the other format's file

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        self._say("", error=False)
        self._follow_ending(event.value)

    def _follow_ending(self, typed: str) -> None:
        """A file name whose ending names a format chooses that format, as the command
        line does (``report.html`` is HTML); a plain ``.json`` keeps a JSON format chosen
        (ClaimReview, STIX), and a name with no known ending changes nothing."""
        implied = format_for_filename(Path(typed.strip()).name)
        chosen = self.query_one("#export-format", Select)
        now = str(chosen.value)
        if implied is None or implied == now:
            return
        if implied == "json" and ".json" in endings_for(now):
            return
        chosen.value = implied

    def _say(self, message: str, *, error: bool) -> None:
        style = "bold red" if error else "italic"
        shown = self.query_one("#export-message", Static)
        shown.update(Text(visible(message), style=style))
        if message:  # on a short terminal the dialog scrolls: the message comes into view
            shown.scroll_visible(animate=False)

    @on(Button.Pressed, "#export-go")
    @on(Input.Submitted, "#export-path, #review-publisher, #review-url, #review-date")
    def action_export(self) -> None:
        fmt = str(self.query_one("#export-format", Select).value)
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._say("Give a file name.", error=True)
            return
        target = Path(raw).expanduser()
        chosen, problem = format_problem(fmt, target.name)
        if chosen is None:
            self._say(f"{shown_path(target)}: {problem}", error=True)
            return
        replace = self.query_one("#export-replace", Checkbox).value
        filtered = self.query("#export-filtered") and self.query_one("#export-filtered", Checkbox)
        selection = self.selection if filtered and filtered.value else None
        review = None
        if fmt == "claimreview":
            review = Review(
                publisher=self.query_one("#review-publisher", Input).value.strip() or None,
                url=self.query_one("#review-url", Input).value.strip() or None,
                date=self.query_one("#review-date", Input).value.strip() or None,
            )
            problems = review_problems(review, FIELD_NAMES)
            if problems:  # in the dialog's words, before any work
                self._say("A ClaimReview needs " + "; ".join(problems) + ".", error=True)
                return
        self._say(f"Writing {shown_path(target)}…", error=False)
        self.write(fmt, target, replace, selection, review)

    @work(thread=True, exclusive=True, group="export")
    def write(
        self,
        fmt: str,
        target: Path,
        replace: bool,
        selection: Selection | None = None,
        review: Review | None = None,
    ) -> None:
        """Render and write off the UI thread: a large briefing takes a moment."""
        protect = [self.source] if self.source is not None else []
        shown = shown_path(target)
        try:
            if target.is_dir():
                raise IsADirectoryError(f"{shown} is a folder; give a file name")
            refuse_protected(target, protect)  # before the work, not only before the write
            options: dict[str, Any] = {"selection": selection} if selection else {}
            if review is not None:
                options["review"] = review
            text = export_briefing(self.briefing, fmt, fetched=self._fetched(), **options)
            write_atomic(target, text, replace=replace, protect=protect)
        except FileExistsRefusal:
            self.app.call_from_thread(
                self._say, f"{shown} exists. Tick 'Replace' to overwrite it.", error=True
            )
        except ProtectedFileRefusal:
            self.app.call_from_thread(self._say, self._refusal_said(target), error=True)
        except (OSError, ExportError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.app.call_from_thread(self._say, f"Cannot write {shown}: {reason}", error=True)
        else:
            self.app.call_from_thread(self.dismiss, target)

    def _refusal_said(self, target: Path) -> str:
        """Why ``target`` is never written over, in the dialog's words: the writer's own
        ("whatever the flags") speak of the command line, and the dialog has no flags,
        only the Replace box."""
        shown = shown_path(target)
        if self.source is not None and _same_file(target, self.source):
            return (
                f"{shown} is the file being read (this briefing's own); refusing to write"
                " over it, even with 'Replace' ticked (choose another name)"
            )
        return (
            f"{shown} is a briefing file; refusing to write over it, even with 'Replace'"
            " ticked (choose another name, or delete it yourself first)"
        )

    def _fetched(self) -> dict[str, Any] | None:
        """What the fetch cache knows about the sources, for the export's Sources section;
        what went wrong reading it is told, and the export goes on."""
        from tui.export.fetched import fetched_for
        from tui.fetch import CacheError

        notes: list[str] = []
        try:
            found: dict[str, Any] | None = dict(fetched_for(self.briefing, notes=notes))
        except CacheError as error:
            notes.append(str(error))
            found = None  # an unreadable cache: export what the briefing itself holds
        for note in notes:
            self.app.call_from_thread(self.app.notify, note, severity="warning", timeout=10)
        return found

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def _same_file(one: Path, other: Path) -> bool:
    """Whether the two names lead to one file (another name or a link to it as well)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False
