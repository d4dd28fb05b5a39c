"""``?``: every key that works where you are, grouped by task, with its binding id.

Only keys the user can press here are listed (the focused view's, the screen's and the
app's, each with a binding id for keymap.toml); Textual's own internals without an id are
left out. ``/`` searches the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from tui.ui.focus import focus_now
from tui.ui.typedmarks import MarkInput

__all__ = ["TASKS", "HelpRow", "HelpScreen", "help_rows", "task_of"]


TASKS = ("Moving", "Reading", "Editing", "Checking", "Exporting and sharing", "The app")
"""The groups help lists keys in, in this order."""

_TASK_OF_ID: dict[str, str] = {
    "briefing.brief_me": "Reading",
    "briefing.toggle_translation": "Reading",
    "briefing.filter": "Reading",
    "briefing.clear_filter": "Reading",
    "app.palette": "Reading",
    # the library's: opening, finding and ordering the briefings is reading them; a
    # new draft is the desk's work (all were listed under "Moving")
    "library.open": "Reading",
    "library.search": "Reading",
    "library.sort": "Reading",
    "library.reverse": "Reading",
    "library.actor": "Reading",
    "library.clear": "Reading",
    "library.draft": "Editing",
    "briefing.fetch": "Checking",
    "briefing.fetch_all": "Checking",
    "briefing.open_url": "Checking",
    "briefing.reload": "Checking",
    "library.rescan": "Checking",
    "briefing.export": "Exporting and sharing",
    "briefing.copy": "Exporting and sharing",
    "briefing.copy_url": "Exporting and sharing",
    "export.write": "Exporting and sharing",
    "export.cancel": "Exporting and sharing",
    "app.quit": "The app",
    "app.help": "The app",
    "app.suspend": "The app",
    "help.close": "The app",
    "help.search": "The app",
    "problems.close": "The app",
}
"""Which task each binding serves; every other binding moves the reader around."""


_EDITING_SCOPES = ("edit.", "review.", "form.", "dialog.")
"""Binding ids of the analyst's desk (its keys, the review, the form and its dialogs)."""


_ALSO_CALLED = (
    ("status", "verdict judge"),
    ("likelihood", "judge probability"),
    ("credibility", "grade judge"),
    ("reliability", "grade judge"),
    ("kind", "judge"),
)
"""Words an analyst searches help by that the keys' own words do not hold, by a part of
the binding id: the README and the profile call a claim's status its verdict."""


def task_of(binding_id: str) -> str:
    """The group of :data:`TASKS` a binding is listed under."""
    if binding_id in _TASK_OF_ID:
        return _TASK_OF_ID[binding_id]
    if binding_id.startswith(_EDITING_SCOPES):
        return "Editing"
    return "Moving"


@dataclass(frozen=True)
class HelpRow:
    """One action: the keys that trigger it, what it does, and its id."""

    keys: str
    description: str
    binding_id: str
    where: str

    @property
    def task(self) -> str:
        return task_of(self.binding_id)

    def matches(self, words: str) -> bool:
        """Whether every word of ``words`` is in the keys, action, place or id, or is a
        word a reader uses for it (:data:`_ALSO_CALLED`: "verdict" finds the status)."""
        also = " ".join(words for part, words in _ALSO_CALLED if part in self.binding_id)
        haystack = f"{self.keys} {self.description} {self.where} {self.binding_id} {also}"
        return all(word in haystack.casefold() for word in words.casefold().split())


def _key_names(app: App[object], keys: list[str]) -> str:
    shown = []
    for key in keys:
        try:
            shown.append(app.get_key_display(Binding(key, "")))
        except Exception:  # a key name Textual cannot display: show it as written
            shown.append(key)
    return ", ".join(dict.fromkeys(shown))


PLACE_NAMES = {
    "Briefing": "Briefing",
    "BriefMe": "Brief me",
    "Library": "Library",
    "RecordList": "List",
    "DetailPane": "Detail pane",
    "Help": "Help",
    "Export": "Export",
    "Problems": "Problems",
}
"""What the reader calls each place a key works in (not the classes behind them)."""


def place_name(node: object) -> str:
    """The place a binding belongs to, in the reader's words."""
    if isinstance(node, App):
        return "App"
    name = type(node).__name__.removesuffix("Screen")
    return PLACE_NAMES.get(name, name)


def help_rows(screen: Screen[object]) -> list[HelpRow]:
    """The bindings of the focused widget, the screen and the app, grouped by action.

    Each row shows every key of its binding (also those another binding shadows here),
    as ``keymap.toml`` and ``briefing config --keys`` list them.
    """
    grouped: dict[tuple[str, str], tuple[list[str], Binding, str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        where = place_name(active.node)
        group = grouped.setdefault((where, binding.action), ([], binding, where))
        group[0].append(key)
    for keys, binding, _where in grouped.values():
        for key in binding.key.split(","):
            if key.strip() and key.strip() not in keys:
                keys.append(key.strip())
    rows = [
        HelpRow(
            _key_names(screen.app, keys),
            binding.description or binding.action.replace("_", " "),
            binding.id,
            where,
        )
        for keys, binding, where in grouped.values()
        if binding.id  # Textual's internals (no id) cannot be remapped: not listed
    ]
    order = {task: place for place, task in enumerate(TASKS)}
    return sorted(rows, key=lambda row: (order[row.task], row.where != "Briefing", row.where))


class HelpScreen(ModalScreen[None]):
    """A scrollable table of the keys by task; ``/`` or any letter searches it; Esc, ? or
    F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # no letters: a letter typed here starts the search with it, so "judge", "key"
        # or "quote" are searched as typed (j, k and q scrolled or closed the table, and
        # a fast "judge" came out "ujdge")
        Binding("escape,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("slash,ctrl+f", "search", "Search keys", id="help.search"),
        Binding("down,ctrl+down", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("up,ctrl+up", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, rows: list[HelpRow], where: str) -> None:
        super().__init__()
        self.rows = rows
        self.where = where
        self.shown = rows
        """The rows the search leaves on screen."""

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static(Text(f"Keys: {self.where}", style="bold"), markup=False)
            yield MarkInput(
                placeholder="/ search keys…", id="help-search", compact=True, select_on_focus=False
            )
            with VerticalScroll(id="help-scroll"):
                yield Static(self._table(self.rows), id="help-table", markup=False)
            yield Static(
                Text(
                    "Change keys in keymap.toml in your config folder (briefing config shows"
                    ' where): [keymap] then binding-id = "key1,key2". Esc closes.',
                    style="dim",
                ),
                markup=False,
            )

    def on_mount(self) -> None:
        focus_now(self.query_one("#help-scroll", VerticalScroll))

    @staticmethod
    def _table(rows: list[HelpRow]) -> Table | Text:
        if not rows:
            return Text("No key matches.", style="italic")
        # At 80 columns the action must stay readable: long key lists fold, the place
        # and the id give way first (the id is cut with an ellipsis, never wrapped).
        table = Table(expand=True, box=None, padding=(0, 1), show_edge=False)
        table.add_column("Keys", style="bold", overflow="fold", max_width=12)
        table.add_column("Action", ratio=1, min_width=14)
        table.add_column("Where", style="dim", max_width=9, overflow="ellipsis")
        table.add_column("Binding id", style="dim", no_wrap=True, overflow="ellipsis")
        task = None
        for row in rows:
            if row.task != task:
                task = row.task
                table.add_row(Text(task, style="bold underline"), "", "", "")
            table.add_row(row.keys, row.description, row.where, row.binding_id)
        return table

    def action_search(self) -> None:
        focus_now(self.query_one("#help-search", Input))

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the table starts the search with it: a reader looking for
        "undo" types it. Keys bound here (none is a letter unless a keymap makes one) keep
        their jobs. A letter that reaches the screen while the field has the focus was
        queued before it had (a burst such as ``?judge``): it is typed there too."""
        field = self.query_one("#help-search", Input)
        if not event.is_printable or not event.character:
            return
        if self.focused is not field and (
            not event.character.isalnum() or event.key in self.active_bindings
        ):
            return
        event.stop()
        event.prevent_default()
        if self.focused is field:
            field.insert_text_at_cursor(event.character)
            return
        field.value += event.character
        field.cursor_position = len(field.value)
        focus_now(field)

    @on(Input.Changed, "#help-search")
    def _search(self, event: Input.Changed) -> None:
        self.shown = [row for row in self.rows if row.matches(event.value)]
        self.query_one("#help-table", Static).update(self._table(self.shown))

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        if direction == "down":
            scroll.scroll_down()
        else:
            scroll.scroll_up()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
