"""The Textual app: opens on a library folder or a single briefing file.

App-wide concerns live here: the keymap from the user's keymap.toml (every binding has an
id), the theme kept between runs, help, and the command palette's briefing search.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType

from tui.config import load_state, save_state
from tui.text import one_line, visible
from tui.ui.focus import KeysFollowFocus, bound_in_order

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.content import Content
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

__all__ = ["BriefingApp"]

STYLES = Path(__file__).parent / "styles"


def _briefing_search() -> type[Provider]:
    """The palette's briefing search, imported when the palette first opens."""
    from tui.ui.palette import BriefingSearch

    return BriefingSearch


def _library_search() -> type[Provider]:
    """The palette's search of the library's index, imported when the palette first opens."""
    from tui.ui.librarypalette import LibraryPaletteSearch

    return LibraryPaletteSearch


_JUDGEMENTS = (
    ("status", "s", "verdict", "; on a source, its reliability grade"),
    ("likelihood", "p", "probability", ""),
    ("credibility", "i", "grade", ""),
    ("kind", "n", "claim type", ": reported, speculation, opinion …"),
)
"""The quick keys (:data:`tui.ui.quickkeys.QUICK_KEYS`) as the palette offers them, each
with the word an analyst may search for it by (the palette matches titles)."""


class BriefingApp(App[None]):
    """A keyboard-first briefing desk."""

    TITLE = "briefing"
    CSS_PATH = STYLES / "app.tcss"
    COMMANDS = App.COMMANDS | {_briefing_search, _library_search}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,ctrl+q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("colon,ctrl+p", "command_palette", "Search", show=False, id="app.palette"),
        # As in every terminal program: ctrl+z suspends, the shell's fg resumes.
        Binding("ctrl+z", "suspend_process", "Suspend", show=False, id="app.suspend"),
    ]

    def __init__(self, target: Path, paths: list[Path] | None = None) -> None:
        super().__init__()
        self.target = target
        self.paths = paths
        """Several paths given at once: a library of just those (``target`` is the first)."""
        self.keymap_problems: list[str] = []
        self.unexpected_error: BaseException | None = None
        """The first exception that escaped into Textual; the command reports it on exit."""
        self.unexpected_report: str | None = None
        self._until_first_paint: list[Callable[[], object]] | None = []
        self._keys = KeysFollowFocus()
        self._quitting = False
        """Quit was asked for while a save was under way: the app exits once it is done."""

    async def on_event(self, event: events.Event) -> None:
        """Note where each key from the terminal goes first, and run a text field's own
        keys (Tab, Enter, ctrl+a) in their place among the keys typed around them (see
        :mod:`tui.ui.focus`)."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            if await bound_in_order(event, self):
                return
            self._keys.sent(event, self.focused)
        await super().on_event(event)

    async def _on_key(self, event: events.Key) -> None:
        """A key back from a widget that lost the focus to a text field is typed there.

        Textual calls this before ``App._on_key`` (handlers run down the class's MRO), so
        preventing the default is what keeps the key from also reaching the bindings.
        """
        if self._keys.redirect(event, self.focused, self.screen):
            event.stop()
            event.prevent_default()

    @property
    def library_folder(self) -> Path | None:
        """The library the app was opened on (None for a single file)."""
        if self.paths:
            return _common_folder(self.paths)
        return self.target if self.target.is_dir() else None

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the first screen has really been drawn.

        Work that can wait (hidden tabs, reading the file) must not hold up the first
        frame. ``call_after_refresh`` alone is not enough at start-up: while the app mounts
        (in a batch that draws nothing), Textual runs such callbacks at once. The ``Ready``
        event ends that batch, so callbacks queued until then run after the first frame.
        """
        if self._until_first_paint is None:
            self.call_after_refresh(callback)
        else:
            self._until_first_paint.append(callback)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast, from any screen or widget, passes here: its text is data.

        Messages are built from file names, URLs, page and briefing text, so each is made
        visible (no terminal control reaches the screen) and never read as markup,
        whatever the caller asked for.
        """
        super().notify(
            visible(message),
            title=one_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def format_title(self, title: str, sub_title: str) -> Content:
        """Every header's title and sub-title, made visible on one line whatever set them.

        Shown whole, emoji sequences and all: a title is read, and nothing follows it on
        its line that has to line up (where tmux draws ``❤️`` a cell narrower than Rich
        counts, the line's blank end is that much shorter)."""
        return super().format_title(one_line(title), one_line(sub_title))

    def on_ready(self) -> None:
        waiting, self._until_first_paint = self._until_first_paint or [], None
        for callback in waiting:
            self.call_after_refresh(callback)

    def on_mount(self) -> None:
        # Everything imported and built so far lives as long as the app: moved out of the
        # collector's sight, so that a full collection (set off by the 10,000 rows a
        # library lists, say) does not walk Textual's and our modules' objects each time.
        gc.freeze()
        saved_theme = load_state().get("theme")
        if isinstance(saved_theme, str) and saved_theme in self.available_themes:
            self.theme = saved_theme
        self._apply_keymap()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.screen_change_signal.subscribe(self, self._toasts_on_top_only)
        if self.paths:
            from tui.ui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen(_common_folder(self.paths), self.paths))
        elif self.target.is_dir():
            from tui.ui.screens.library import LibraryScreen

            self.push_screen(LibraryScreen(self.target))
        else:
            from tui.ui.screens.briefing import BriefingScreen

            self.push_screen(BriefingScreen(self.target))
        if self.keymap_problems:
            # One notice, not one per problem: five of them would cover half the screen.
            first = self.keymap_problems[0]
            more = len(self.keymap_problems) - 1
            also = f"\n(and {more} more: briefing config --check-keys lists them)" if more else ""
            self.notify(first + also, title="keymap.toml", severity="warning", timeout=10)

    def _apply_keymap(self) -> None:
        from tui.ui.keys import load_keymap

        def known_ids() -> set[str]:
            from tui.ui.keys import all_binding_ids

            return all_binding_ids()

        result = load_keymap(known_ids)
        self.keymap_problems = result.problems
        keymap = dict(result.keymap)
        self._pin_reserved_keys(keymap)
        if keymap:
            self.set_keymap(keymap)

    def _pin_reserved_keys(self, keymap: dict[str, str]) -> None:
        """Bind quit and the palette on the app itself, their reserved keys with priority.

        App bindings are out of reach under a modal screen (the problems dialog), so
        without priority ctrl+q did nothing there; and a binding rebound through
        Textual's keymap loses its priority. So these two ids are bound here, with the
        keys from the checked keymap (which always hold the reserved key), and taken out
        of the keymap handed to Textual.
        """
        from tui.ui.keys import RESERVED_KEYS

        table = self._bindings.key_to_bindings
        for reserved_key, binding_id in RESERVED_KEYS.items():
            mine = [(key, b) for key, group in table.items() for b in group if b.id == binding_id]
            if not mine:
                continue
            wanted = keymap.pop(binding_id, None)
            declared = next(
                (b.key for b in self.BINDINGS if isinstance(b, Binding) and b.id == binding_id),
                "",
            )
            chosen = (wanted or declared).split(",")
            keys = [key.strip() for key in chosen if key.strip()] or [key for key, _ in mine]
            template = mine[0][1]
            pinned = {
                key: replace(template.with_key(key), priority=key == reserved_key) for key in keys
            }
            # Rebuilt in place and in order: the key bar shows an action by its first key
            # in this order, so the pinned keys stand together in their declared order
            # (``q`` before ``ctrl+q``, as the README and help say), where the first stood.
            kept = {key: [b for b in group if b.id != binding_id] for key, group in table.items()}
            rebuilt: dict[str, list[Binding]] = {}
            for key in [*table, *pinned]:
                if key in pinned:
                    for own_key, binding in pinned.items():
                        rebuilt[own_key] = [*kept.get(own_key, []), binding]
                    pinned = {}
                elif kept.get(key) and key not in rebuilt:
                    rebuilt[key] = kept[key]
            table.clear()
            table.update(rebuilt)

    def _toasts_on_top_only(self, _screen: Screen[object]) -> None:
        """Toasts show on the top screen only. Textual gives each screen its own toast rack
        and refreshes only the top one's, so a screen under a dialog or a form kept its
        toast in sight through the backdrop and one key's toast stood twice. The rack of
        a screen that comes back on top shows again when Textual refreshes it. (Marking
        the screens below with a class would restyle each on every dialog.)"""
        for below in self.screen_stack[:-1]:
            for rack in below.query("ToastRack"):
                rack.display = False

    def _remember_theme(self, theme: object) -> None:
        problem = save_state(theme=self.theme)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette offers the app's own actions beside Textual's (theme, quit, keys)."""
        yield from super().get_system_commands(screen)
        from tui.ui.screens.briefing import BriefingScreen

        if isinstance(screen, BriefingScreen) and screen.briefing is not None:
            yield SystemCommand("Export", "Export this briefing to a file", screen.action_export)
            yield SystemCommand(
                "Fetch all sources",
                "Fetch every linked source and check the quotes",
                screen.action_fetch_all,
            )
            yield SystemCommand("Brief me", "Step through the briefing", screen.action_brief_me)
            yield SystemCommand("Reload", "Read the file again", screen.action_reload)
            yield SystemCommand("Clear filter", "Show every claim", screen.clear_filter)
            yield SystemCommand("Edit", "Edit the selected record (E)", screen.action_edit_record)
            yield SystemCommand("Add", "Add a record to this section (a)", screen.action_add_record)
            yield SystemCommand(
                "Delete", "Delete the selected record (d)", screen.action_delete_record
            )
            yield SystemCommand(
                "Merge actor",
                "Merge another actor into the one selected on the Actors list (M)",
                screen.action_merge_actor,
            )
            # the one-key judgements, findable by the words an analyst searches with
            for what, letter, called, also in _JUDGEMENTS:
                yield SystemCommand(
                    f"{what.capitalize()} ({called}): next value",
                    f"Step the selected record's {what} on ({letter}; {letter.upper()} steps"
                    f" back){also}",
                    partial(screen.action_quick, what, 1),
                )
            yield SystemCommand("Undo", "Undo the last saved change (u)", screen.action_undo)
            yield SystemCommand("Redo", "Redo the change undone (ctrl+r)", screen.action_redo)
            yield SystemCommand(
                "Review drafts", "Step through the items marked Draft: (v)", screen.action_review
            )
        if isinstance(screen, BriefingScreen):
            yield SystemCommand(
                "Open in editor",
                "Suspend and open $VISUAL/$EDITOR at this record (f4)",
                screen.action_open_editor,
            )

    def _handle_exception(self, error: Exception) -> None:
        """Keep the first unexpected error and its traceback, then let Textual stop the app.

        Textual sets ``return_code`` to 1 but ``run()`` returns None, so without this the
        command could not tell a crash from a quit. The traceback is formatted now, while
        its frames are still there, for the report file ``briefing`` writes on exit.
        """
        from tui.crash import traceback_text

        if self.unexpected_error is None:
            self.unexpected_error = error
            self.unexpected_report = traceback_text(error)
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        """Textual's traceback panel, unless the error is kept for a report file instead."""
        if self.unexpected_error is None:
            super()._print_error_renderables()
        else:
            self._exit_renderables.clear()

    async def action_quit(self) -> None:
        """Quit once the saves asked for are written: a save of a large file takes
        seconds, and quitting meanwhile left a blank terminal until it was done."""
        if not self._saves_under_way():
            self.exit()
            return
        if self._quitting:
            return
        self._quitting = True
        self.notify(
            "Quitting once the save under way is written (a large file takes a while)",
            title="Saving",
            timeout=120,
        )
        self.set_interval(0.1, self._quit_when_saved)

    def _saves_under_way(self) -> bool:
        return any(getattr(getattr(s, "editing", None), "busy", False) for s in self.screen_stack)

    def _quit_when_saved(self) -> None:
        if not self._saves_under_way():
            self.exit()

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen, help_rows, place_name

        if isinstance(self.screen, HelpScreen):
            return
        where = place_name(self.screen)
        self.push_screen(HelpScreen(help_rows(self.screen), where))


def _common_folder(paths: list[Path]) -> Path:
    """The folder holding all of ``paths`` (the library's title and index key)."""
    folders = [str((p if p.is_dir() else p.parent).absolute()) for p in paths]
    return Path(os.path.commonpath(folders))
