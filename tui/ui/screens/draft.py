"""``n`` in the library: draft a briefing from an article without leaving the app.

The dialog asks for the article (a file, or a page's http(s) address; several with spaces
between them), drafts it into the library's folder as ``briefing new`` does (in a child
process: :mod:`tui.draftchild`), and dismisses with the first draft written, which the
library then opens for review; a note lists the other drafts and names each article not
drafted with why. While the child works the dialog says how far it is (reading, the per
cent of paragraphs drafted, writing: a long article takes tens of seconds) and Escape
stops it, keeping the dialog (a second Escape closes it); a problem (no such file, a page
that cannot be fetched, a folder that cannot be written) with no draft at all is shown in
the dialog, which stays open with what was typed, so a typo is mended, not typed again.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tui.atomic import looks_like_briefing
from tui.draft.language import rules_warning
from tui.draftchild import (
    Drafted,
    DraftFailed,
    DraftProgress,
    Drafts,
    chosen_sources,
    drafts_in_child,
)
from tui.text import one_line, shown_path, visible
from tui.ui.typedmarks import MarkInput
from tui.ui.widgets.filenames import FileNameSuggester
from tui.words import count

__all__ = ["DraftScreen"]


class ArticleField(MarkInput):
    """The article's box: ``ctrl+a`` selects all, as in the export dialog and the forms,
    so a name typed after it replaces the one there instead of being glued to it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+a,ctrl+shift+a", "select_all", "Select all", show=False, id="draft.select_all"
        ),
    ]


class DraftScreen(ModalScreen[Drafted | None]):
    """Ask for an article and draft it into ``folder``; dismisses with the draft."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+g", "cancel", "Cancel", id="draft.cancel"),
    ]

    def __init__(self, folder: Path, shown: str, here: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        """Where the draft is written: the library's folder."""
        self.shown = shown
        """The folder as the library's title names it."""
        self.here = here or Path.cwd()
        """Where a file name typed without a folder is looked for."""
        self.drafting: list[str] | None = None
        """The articles being drafted, while the child runs."""

    def compose(self) -> ComposeResult:
        with Vertical(id="draft-dialog"):
            yield Static(Text("Draft a briefing from an article", style="bold"), markup=False)
            yield Static(
                Text(
                    f"The draft is written to {one_line(self.shown)} and opened,"
                    " ready for review (v). Several articles: spaces between them."
                ),
                markup=False,
            )
            yield Label("Article file (text, Markdown, HTML) or http(s) address")
            yield ArticleField(
                placeholder="article.txt or https://… (→ completes a file name)",
                suggester=FileNameSuggester(self.here),
                id="draft-source",
            )
            with VerticalScroll(id="draft-message-box"):  # many problems scroll, buttons stay
                yield Static("", id="draft-message", markup=False)
            with Horizontal(id="draft-buttons"):
                yield Button("Draft", variant="primary", id="draft-go")
                yield Button("Cancel", id="draft-cancel")

    def on_mount(self) -> None:
        self.query_one("#draft-source", Input).focus()

    def _say(self, message: str, *, error: bool) -> None:
        style = "bold red" if error else "italic"
        self.query_one("#draft-message", Static).update(Text(visible(message), style=style))

    @on(Input.Changed, "#draft-source")
    def _typed(self) -> None:
        if self.drafting is None:
            self._say("", error=False)  # what was said was about what was typed before

    @on(Button.Pressed, "#draft-go")
    @on(Input.Submitted, "#draft-source")
    def action_draft(self) -> None:
        if self.drafting is not None:
            return  # one draft at a time: the message says which
        typed = self.query_one("#draft-source", Input).value
        sources, problem = chosen_sources(typed, self.here)
        if sources is None:
            self._say(problem or "", error=True)
            return
        briefings = [said for source in sources if (said := self._briefing_said(source))]
        if briefings:  # the dialog stays, with what was typed, to take the briefing out
            self._say("\n".join([*briefings, "Nothing was drafted."]), error=True)
            return
        self.drafting = sources
        self.query_one("#draft-go", Button).disabled = True
        named = self._named(sources[0]) if len(sources) == 1 else f"{len(sources)} articles"
        self._say(f"Drafting {named}… (Escape stops it)", error=False)
        self._draft(sources)

    def _briefing_said(self, source: str) -> str | None:
        """Why the file at ``source`` is not drafted when it is a briefing, and how to open
        it instead; None for an article or an address. A briefing drafted as an article
        wrote a junk draft of its YAML keys into the library, where the user meant to
        open it."""
        path = Path(source)
        if "://" in source or not path.is_file() or not looks_like_briefing(path):
            return None
        shown = shown_path(path)
        if path.resolve().is_relative_to(self.folder.resolve()):
            where = "it is in this library: Escape, then open it from the list"
        else:  # no full stop after the command: it is copied as it stands
            where = f"to open it, run: briefing {shlex.quote(shown)}"
        return f"{shown} is a briefing, not an article; {where}"

    @work(exclusive=True, group="draft")
    async def _draft(self, sources: list[str]) -> None:
        """Run the child; when nothing was drafted the dialog stays open and says why."""
        try:
            drafts = await drafts_in_child(sources, self.folder, self._progressed)
        except DraftFailed as failure:
            self.drafting = None
            self.query_one("#draft-go", Button).disabled = False
            self._say(f"No draft: {one_line(str(failure))}", error=True)
            return
        self.drafting = None
        if not drafts.drafted:
            self.query_one("#draft-go", Button).disabled = False
            self._say(f"No draft:{self._failures(drafts)}", error=True)
            return
        self._tell_the_others(drafts)
        self.dismiss(drafts.drafted[0])

    @staticmethod
    def _failures(drafts: Drafts) -> str:
        """Each article not drafted, and why, one a line (joined by "; " into one
        paragraph they were hard to scan), after a space when there is one: the
        command's reasons name their files."""
        reasons = [one_line(why) for _, why in drafts.failed]
        return f" {reasons[0]}" if len(reasons) == 1 else "".join(f"\n{r}" for r in reasons)

    def _tell_the_others(self, drafts: Drafts) -> None:
        """The first draft is opened: say which others were written and which articles
        failed, and why, in a note that outlasts the dialog."""
        others = [shown_path(drafted.path.name) for drafted in drafts.drafted[1:]]
        # the command warns of each article in a language the rules do not cover on its
        # error stream, which the child's reader does not show: the first draft's warning
        # comes with its toast, the others' here
        warnings = [
            f"{shown_path(drafted.path.name)}: {warning}"
            for drafted in drafts.drafted[1:]
            if (warning := rules_warning(drafted.language)) is not None
        ]
        if others:
            self.app.notify(
                f"Also drafted into the library: {', '.join(others)}"
                + "".join(f". {warning}" for warning in warnings),
                title="Drafts",
                severity="warning" if warnings else "information",
                markup=False,
                timeout=20 if warnings else 10,
            )
        if drafts.failed:
            self.app.notify(
                f"Not drafted:{self._failures(drafts)}",
                title=f"{count(len(drafts.failed), 'article')} not drafted",
                severity="warning",
                markup=False,
                timeout=20,
            )

    def _progressed(self, step: DraftProgress) -> None:
        """Say how far the child is with the article being drafted (a step told after
        Escape stopped it is not said: the dialog says it stopped)."""
        if self.drafting is None:
            return
        said = self._stage_said(step.source or self.drafting[0], step)
        if step.articles > 1:
            said = f"Article {step.article:,} of {step.articles:,}: {said}"
        self._say(f"{said} (Escape stops it)", error=False)

    @classmethod
    def _stage_said(cls, source: str, step: DraftProgress) -> str:
        """A step of the drafting in words: reading, the paragraphs drafted, writing."""
        named = cls._named(source)
        if step.stage == "reading":
            return f"Reading {named}…"
        if step.stage == "writing":
            return f"Writing the draft of {named}…"
        drafted = f"{step.done:,} of {count(step.total, 'paragraph')}"
        return f"Drafting {named}: {drafted} ({step.per_cent} %)…"

    @staticmethod
    def _named(source: str) -> str:
        """The article as the message names it: an address as typed, a file by its path."""
        if "://" in source:
            return one_line(source)
        return shown_path(source)

    @on(Button.Pressed, "#draft-cancel")
    def action_cancel(self) -> None:
        """Stop a draft under way (it leaves no file; the dialog stays, with what was
        typed, to be mended or tried again); with none under way, close the dialog."""
        if self.drafting is not None:
            self.workers.cancel_group(self, "draft")
            self.query_one("#draft-go", Button).disabled = False
            stopped = "nothing was written" if len(self.drafting) == 1 else "no more drafts"
            self.drafting = None
            self._say(f"Stopped: {stopped}. Escape closes.", error=False)
            return
        self.dismiss(None)
