"""``?``: every key that works where you are, with its binding id for the keymap file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

__all__ = ["HelpRow", "HelpScreen", "help_rows"]


@dataclass(frozen=True)
class HelpRow:
    """One action: the keys that trigger it, what it does, and its id."""

    keys: str
    description: str
    binding_id: str
    where: str


def _key_names(app: App[object], keys: list[str]) -> str:
    shown = []
    for key in keys:
        try:
            shown.append(app.get_key_display(Binding(key, "")))
        except Exception:  # a key name Textual cannot display: show it as written
            shown.append(key)
    return ", ".join(dict.fromkeys(shown))


def help_rows(screen: Screen[object]) -> list[HelpRow]:
    """The bindings of the focused widget, the screen and the app, grouped by action."""
    grouped: dict[tuple[str, str], tuple[list[str], Binding, str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        where = type(active.node).__name__.removesuffix("Screen").removesuffix("App") or "App"
        group = grouped.setdefault((where, binding.action), ([], binding, where))
        group[0].append(key)
    rows = [
        HelpRow(
            _key_names(screen.app, keys),
            binding.description or binding.action.replace("_", " "),
            binding.id or "",
            where,
        )
        for keys, binding, where in grouped.values()
    ]
    return sorted(rows, key=lambda row: (row.where != "Briefing", row.where, row.description))


class HelpScreen(ModalScreen[None]):
    """A scrollable table of every binding; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, rows: list[HelpRow], where: str) -> None:
        super().__init__()
        self.rows = rows
        self.where = where

    def compose(self) -> ComposeResult:
        table = Table(expand=True, box=None, padding=(0, 1), show_edge=False)
        table.add_column("Keys", style="bold", no_wrap=True)
        table.add_column("Action")
        table.add_column("Where", style="dim")
        table.add_column("Binding id", style="dim", no_wrap=True)
        for row in self.rows:
            table.add_row(row.keys, row.description, row.where, row.binding_id)
        with Vertical(id="help-dialog"):
            yield Static(Text(f"Keys: {self.where}", style="bold"), markup=False)
            with VerticalScroll(id="help-scroll"):
                yield Static(table, markup=False)
            yield Static(
                Text(
                    "Change keys in keymap.toml in your config folder (briefing config shows"
                    ' where): [keymap] then binding-id = "key1,key2". Esc closes.',
                    style="dim",
                ),
                markup=False,
            )

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        if direction == "down":
            scroll.scroll_down()
        else:
            scroll.scroll_up()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
