"""Every binding id the app defines, so the keymap file can be checked against them."""

from __future__ import annotations

from collections.abc import Iterator

from textual.binding import Binding

__all__ = ["all_binding_ids", "all_bindings"]


def all_bindings() -> Iterator[tuple[str, Binding]]:
    """(where, binding) for every binding with an id, app and screens and widgets."""
    from tui.app import BriefingApp
    from tui.screens.brief_me import BriefMeScreen
    from tui.screens.briefing import BriefingScreen
    from tui.screens.export import ExportScreen
    from tui.screens.help import HelpScreen
    from tui.screens.library import LibraryScreen
    from tui.screens.problems import ProblemsScreen
    from tui.widgets.detail import DetailPane
    from tui.widgets.records import RecordList

    for owner in (
        BriefingApp,
        LibraryScreen,
        BriefingScreen,
        BriefMeScreen,
        HelpScreen,
        ProblemsScreen,
        ExportScreen,
        RecordList,
        DetailPane,
    ):
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                yield owner.__name__, binding


def all_binding_ids() -> set[str]:
    return {binding.id for _, binding in all_bindings() if binding.id}
