"""Merging two actors: which one goes, and a word first when their kinds differ.

One flow for the review (``m`` on a draft actor) and the Actors list (``M``): the same
:class:`tui.edit.operations.MergeActors`, submitted through the same edit path (saved
like any edit, undone with ``u``), so two actors accepted and only later seen to be one
can still be merged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from textual.app import App

from tui.edit.operations import MergeActors
from tui.text import one_line
from tui.ui.edit.dialogs import ChoiceDialog

__all__ = ["ask_merge", "kind_of"]


def kind_of(actor: Mapping[str, object]) -> str:
    """An actor's kind as the file gives it ("actor" when it gives none)."""
    kind = actor.get("kind")
    return one_line(str(kind)) if kind else "actor"


def _a(noun: str) -> str:
    """``noun`` with its indefinite article ("a person", "an organisation")."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def ask_merge(
    app: App[Any],
    data: Mapping[str, Any],
    keep: str,
    submit: Callable[[MergeActors], None],
) -> None:
    """Ask which actor of ``data`` (the document's) to merge into ``keep``; when their
    kinds differ, ask again before the references are rewritten; then ``submit`` the
    merge. Every way out without one says "Nothing merged"."""
    actors = {
        str(a.get("id")): a
        for a in data.get("actors") or []
        if isinstance(a, Mapping) and a.get("id") != keep
    }
    kept = next(
        (a for a in data.get("actors") or [] if isinstance(a, Mapping) and a.get("id") == keep),
        None,
    )
    if kept is None:
        app.notify(f"There is no actor {one_line(keep)} to merge into", severity="warning")
        return
    others = [
        (ident, f"{one_line(ident)}  {one_line(str(a.get('name')))} · {kind_of(a)}")
        for ident, a in actors.items()
    ]
    if not others:
        app.notify("There is no other actor to merge", severity="information")
        return

    def nothing_merged() -> None:
        app.notify("Nothing merged", severity="information")

    def chosen(other: str | None) -> None:
        if not other or other == "cancel":
            nothing_merged()  # a cancel chosen by Down+Enter must not pass for a merge
            return
        merge = MergeActors(keep=keep, other=other)
        mine, theirs = kind_of(kept), kind_of(actors[other])
        if mine == theirs:
            submit(merge)
            return
        # Two kinds are rarely one actor: a person and the party they lead, a state
        # and its government. Say so before the references are rewritten.
        app.push_screen(
            ChoiceDialog(
                f"{one_line(other)} is {_a(theirs)}, {one_line(keep)} {_a(mine)}",
                [
                    f"Merging makes every reference to {one_line(other)} name"
                    f" {one_line(keep)}, {_a(mine)}. Are they really the same actor?"
                ],
                # the cautious answer first, as the delete dialog's: Enter never merges
                [
                    ("cancel", "Cancel (keep them apart)"),
                    ("merge", f"Merge anyway (keep the kind {mine})"),
                ],
            ),
            lambda answer: submit(merge) if answer == "merge" else nothing_merged(),
        )

    app.push_screen(
        ChoiceDialog(
            f"Merge which actor into {one_line(keep)}?",
            ["Its references will name this actor; its names become aliases."],
            others,
            searchable=True,
            fixed=[("cancel", "Cancel")],
        ),
        chosen,
    )
