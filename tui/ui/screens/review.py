"""Review mode: every item ``briefing new`` marked ``Draft:``, one at a time, in article
order, each shown in its paragraph, to accept, edit, reject or merge.

The screen reads the version being edited (plain data, as the write path sees it) and
decides nothing itself: every key is a save through the briefing screen's queue
(:class:`tui.ui.edit.editing.Editing`), and after each save the list of items still marked
is read again from the saved version. The progress line counts per section against the
items there were when the review began and the records already reviewed then ("Claims 2
of 6 reviewed"), so a review reopened goes on counting.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from tui.edit.figurelines import figure_lines
from tui.edit.operations import (
    DRAFT_MARK,
    AcceptDraft,
    DraftItem,
    draft_items,
    settled_counts,
)
from tui.text import one_line, visible
from tui.textsearch import cut_at_word
from tui.ui.edit.editing import NOUNS, QUICK_FIELDS, Job
from tui.ui.quickkeys import QUICK_KEYS, place_quick_toasts, quick_bindings
from tui.ui.widgets.keybar import KeyBar
from tui.words import count

if TYPE_CHECKING:
    from tui.edit.document import Document
    from tui.ui.screens.briefing import BriefingScreen

__all__ = ["ReviewScreen", "paragraph_text", "progress_line"]

_TITLES = {
    "actors": "Actors",
    "claims": "Claims",
    "quotes": "Quotes",
    "sources": "Sources",
    "relations": "Relations",
    "timeline": "Timeline entries",
    "notes": "Notes",
}


def progress_line(data: Mapping[str, Any], section: str) -> str:
    """ "Claims 2 of 6 reviewed · 5 of 12 items in all", counted in the file as it is now
    (:func:`settled_counts`): a record not marked ``Draft:`` is reviewed, whether in this
    review, an earlier one, or added by hand, so a reopened review goes on counting where
    the last one stopped; a record merged away or rejected is gone from both numbers
    (before, "Actors 7 of 21" still counted two actors the file no longer held)."""
    counts = settled_counts(data)
    done, total = counts.get(section, (0, 0))
    done_in_all = sum(d for d, _ in counts.values())
    total_in_all = sum(t for _, t in counts.values())
    title = _TITLES.get(section, section.capitalize())
    return f"{title} {done} of {total} reviewed · {done_in_all} of {total_in_all} items in all"


def _excerpt(record: Mapping[str, Any]) -> str | None:
    excerpt = record.get("excerpt")
    if isinstance(excerpt, Mapping):
        excerpt = excerpt.get("exact")
    if isinstance(excerpt, str):
        return excerpt
    text = record.get("text")
    return text if isinstance(text, str) and not text.startswith(DRAFT_MARK) else None


def paragraph_text(data: Mapping[str, Any], paragraph: int, mark: str | None) -> Text:
    """Paragraph ``paragraph`` as far as the briefing quotes it: the excerpts of its claims
    and quotes in file order, ``mark`` (an excerpt, or a name) highlighted."""
    parts: list[str] = []
    for section in ("claims", "quotes"):
        for record in data.get(section) or []:
            if isinstance(record, Mapping) and record.get("paragraph") == paragraph:
                excerpt = _excerpt(record)
                # a quotation usually stands inside a claim's sentence: shown there once
                if excerpt and not any(excerpt.strip() in part for part in parts):
                    parts.append(excerpt)
    text = Text()
    for excerpt in parts:
        shown = visible(excerpt.strip())
        if mark and shown == visible(mark.strip()):
            text.append(shown, style="reverse bold")
        else:
            piece = Text(shown)
            if mark:
                piece.highlight_words([visible(mark)], style="reverse bold", case_sensitive=False)
            text.append_text(piece)
        text.append(" ")
    return text


_QUICK_ACTION = re.compile(r"quick\('(\w+)', 1\)")
"""A judging key's forward action, naming what it steps."""


def _shown_forward(binding: Binding) -> Binding:
    """A judging key as the review's key bar shows it: the forward step by the field's
    name ("s Status"); the backward step (capital letter) stays off the bar."""
    found = _QUICK_ACTION.fullmatch(binding.action)
    if found is None:
        return binding
    return dataclasses.replace(binding, description=found.group(1).capitalize(), show=True)


class ReviewScreen(Screen[None]):
    """Step through the draft items of the briefing shown by ``owner``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter never accepts: a key pressed to "go on" must not confirm an unread item.
        Binding("a,alt+a", "accept", "Accept", id="review.accept"),
        Binding("e,E", "edit", "Edit", id="review.edit"),
        Binding("d,delete", "reject", "Reject", id="review.reject"),
        Binding("m,M", "merge", "Merge actor", id="review.merge"),
        Binding("j,right", "step(1)", "Next", id="review.next"),
        Binding("k,left", "step(-1)", "Previous", show=False, id="review.previous"),
        Binding("g,home", "go(0)", "First", show=False, id="review.first"),
        Binding("G,end", "go(-1)", "Last", show=False, id="review.last"),
        Binding("l,alt+l", "list_items", "List items", show=False, id="review.list"),
        Binding("u,alt+u", "undo", "Undo", id="review.undo"),
        Binding("ctrl+r,U", "redo", "Redo (undo an undo)", show=False, id="review.redo"),
        Binding("escape,ctrl+w", "close", "Done", id="review.close"),
        *(_shown_forward(binding) for binding in quick_bindings("review")),
    ]

    HINT_PRIORITY: ClassVar[tuple[str, ...]] = (
        "accept",
        *(f"quick('{what}', 1)" for what, _letter in QUICK_KEYS),
        "step(1)",
        "reject",
        "edit",
        "merge",
        "undo",
        "close",
    )
    """What an 80-column key bar keeps when not every hint fits: judging a claim and
    accepting it is the review's work, then moving on; the rest is on the line above."""

    SHORT_HINTS: ClassVar[dict[str, str]] = {
        "quick('likelihood', 1)": "Likely",
        "quick('credibility', 1)": "Cred",
        "merge": "Merge",
    }
    """Shorter labels the key bar takes when not every hint fits."""

    def __init__(self, owner: BriefingScreen, document: Document) -> None:
        super().__init__()
        self.owner = owner
        self.document = document
        self.begun = document
        """The version the review began on: its excerpts show a paragraph whole, also after
        a claim of it has been rejected (a briefing keeps no article text of its own)."""
        self.started = draft_items(document.data)
        self.items = list(self.started)
        self.position = 0
        self._accepting: dict[str, Job] = {}
        """Items whose accept is on its way to the file: a second quick ``a`` takes the
        next item instead of accepting one already accepted (keys outrun the save). An
        accept that ended unsaved (refused, cancelled) leaves it: ``a`` tries again."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-progress", markup=False)
        with VerticalScroll(id="review-body"):
            yield Static("", id="review-item", markup=False)
        yield Static("", id="review-keys", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Review"
        self.sub_title = self.owner.sub_title
        self.owner.editing.listeners.append(self.saved)
        self.draw()

    def on_unmount(self) -> None:
        if self.saved in self.owner.editing.listeners:
            self.owner.editing.listeners.remove(self.saved)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def current(self) -> DraftItem | None:
        return self.items[self.position] if self.items else None

    def saved(self, document: Document) -> None:
        """A save went through: read the items still marked, stay or move on. An item
        that is marked again (an undo of its accept or reject) is shown: that is where
        the change is."""
        address = self.current.address if self.current else None
        before = {item.address for item in self.items}
        self._accepting.clear()
        self.document = document
        self.items = draft_items(document.data)
        addresses = [item.address for item in self.items]
        back = [a for a in addresses if a not in before]
        if back:
            self.position = addresses.index(back[0])
        elif address in addresses:
            self.position = addresses.index(address)
        else:
            self.position = min(self.position, max(len(self.items) - 1, 0))
        self.draw()

    def hint_hidden(self, action: str) -> bool:
        """A judging key's hint shows only where it steps the field it names (``s``
        Status on a claim; on a source it steps the reliability, said on the line above)."""
        found = _QUICK_ACTION.fullmatch(action)
        if found is None:
            return False
        item = self.current
        section = item.ref.section if item is not None else ""
        return QUICK_FIELDS.get(found.group(1), {}).get(section) != found.group(1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that have nothing to act on: merging but on an actor, and the
        item keys once every item is reviewed."""
        item = self.current
        if action == "merge":
            return item is not None and item.ref.section == "actors"
        if action in ("accept", "edit", "reject", "step"):
            return item is not None
        return True

    def draw(self) -> None:
        self.refresh_bindings()
        progress = self.query_one("#review-progress", Static)
        body = self.query_one("#review-item", Static)
        item = self.current
        self.query_one("#review-keys", Static).update(
            self._keys_text(item.ref.section if item is not None else None)
        )
        if item is None:
            # counted as the header counted them: records merged away or rejected are gone
            counts = settled_counts(self.document.data).values()
            total = sum(t for _, t in counts)
            progress.update(
                Text(f"All draft items reviewed · {count(total, 'item')} in all", style="bold")
            )
            body.update(
                Text(
                    "Nothing in this briefing is marked Draft: any more.\n\n"
                    "Esc goes back to the briefing; u undoes the last change.",
                )
            )
            return
        progress.update(
            Text(
                f"{progress_line(self.document.data, item.ref.section)}"
                f" · item {self.position + 1} of {len(self.items)} left",
                style="bold",
            )
        )
        body.update(self._item_text(item))

    def _item_text(self, item: DraftItem) -> Text:
        data = self.document.data
        record = item.ref.record(data)
        section = item.ref.section
        text = Text()
        text.append(f"{_heading(item)}\n", style="bold")
        mark: str | None = _excerpt(record) if section in ("claims", "quotes") else None
        if section == "actors":
            mark = record.get("name") if isinstance(record.get("name"), str) else None
        if item.paragraph is not None:
            text.append(
                f"\nIn the article (paragraph {item.paragraph}, as far as the draft quotes it)\n",
                style="underline",
            )
            names = [mark] + [
                a.get("name") if isinstance(a, Mapping) else a for a in record.get("aliases") or []
            ]
            shown = paragraph_text(self.begun.data, item.paragraph, mark)
            if section == "actors":
                for name in names:
                    if isinstance(name, str):
                        shown.highlight_words([visible(name)], style="reverse bold")
            text.append_text(shown)
            text.append("\n")
        text.append("\nFields\n", style="underline")
        for key, value in record.items():
            if isinstance(value, str) and (key == "excerpt" or value.startswith(DRAFT_MARK)):
                continue  # the excerpt is in its paragraph above, the draft's advice below
            text.append(f"{key}: ", style="bold")
            figures = _figures_text(value) if key == "figures" else None
            text.append((figures or _value_text(value)) + "\n")
        advice = [
            value
            for value in (record.get("note"), record.get("description"), record.get("text"))
            if isinstance(value, str) and value.startswith(DRAFT_MARK)
        ]
        for line in advice:
            text.append("\n" + visible(line.strip()) + "\n", style="italic")
        return text

    @staticmethod
    def _keys_text(section: str | None) -> Text:
        """The review's keys for an item of ``section``, on a line of their own below the
        item, so a long item never scrolls them away."""
        if section is None:
            return Text("u undo · U redo · Esc done", style="dim")
        keys = (
            "a accept · e edit · d reject · j next · k previous · g/G first/last · l list"
            " · u undo · U redo · Esc done"
        )
        judging = _judging_keys(section)
        if judging:
            keys = f"{judging} · {keys}"
        if section == "actors":
            keys = "m merge another actor into this one · " + keys
        return Text(keys, style="dim")

    # --- keys ------------------------------------------------------------------------------

    def _submit(self, job: Job) -> None:
        self.owner.editing.submit(job)

    def action_accept(self) -> None:
        item = self.current
        if item is None:
            return
        for address, job in list(self._accepting.items()):
            if job.ended:  # refused or cancelled: nothing of it is on its way any more
                del self._accepting[address]
        if item.address in self._accepting:
            self.notify(
                f"{_heading(item)}: its accept is still being saved",
                severity="information",
                markup=False,
            )
            return
        job = Job("apply", AcceptDraft(item.address))
        job.not_made = lambda: self._show(item.address)
        self._accepting[item.address] = job
        self._submit(job)
        waiting = [n for n, i in enumerate(self.items) if i.address not in self._accepting]
        later = [n for n in waiting if n > self.position] or waiting
        if later:  # on to the next item now, as the save will show it anyway
            self.position = later[0]
            self.draw()

    def _show(self, address: str) -> None:
        """Show the item at ``address``, if it is still to review: the one chosen from
        the list, or one whose accept was not made (the key the message asks for then
        acts on it, not on the item the review moved on to)."""
        found = [n for n, item in enumerate(self.items) if item.address == address]
        if found:
            self.position = found[0]
            self.draw()

    def action_edit(self) -> None:
        item = self.current
        if item is None:
            return
        section, key = _place(item, self.document.data)
        # an edit is not an accept: the item stays marked, and stays the one shown
        self.owner.editing.open_form(section, key, keep_draft=True)

    def action_reject(self) -> None:
        item = self.current
        if item is None:
            return
        section, key = _place(item, self.document.data)
        self.owner.editing.delete(section, key)

    def action_list_items(self) -> None:
        """Every item still to review, searched as it is typed: the chosen one is shown."""
        from tui.ui.edit.dialogs import ChoiceDialog

        if not self.items:
            return
        answers = []
        for item in self.items:
            where = f" (paragraph {item.paragraph})" if item.paragraph is not None else ""
            name = _name(item)
            record = item.ref.record(self.document.data)
            gist = next(
                (
                    one_line(value)
                    for key in ("name", "statement", "text", "title", "outlet")
                    if isinstance(value := record.get(key), str)
                    and not value.startswith(DRAFT_MARK)
                ),
                "",
            )
            gist = cut_at_word(gist, 60)
            said = f": {gist}" if gist and gist != name else ""
            answers.append((item.address, f"{_heading(item)}{said}{where}"))

        def chosen(address: str | None) -> None:
            if address is not None:
                self._show(address)

        self.app.push_screen(
            ChoiceDialog(
                f"Go to which of the {len(self.items)} items still to review?",
                [],
                answers,
                searchable=True,
            ),
            chosen,
        )

    def action_merge(self) -> None:
        from tui.ui.edit.merge import ask_merge

        item = self.current
        if item is None or item.ref.section != "actors":
            self.notify("Merging is for actors: step to a draft actor", severity="information")
            return
        keep = str(item.ref.record(self.document.data).get("id"))
        ask_merge(self.app, self.document.data, keep, lambda m: self._submit(Job("apply", m)))

    def action_step(self, step: int) -> None:
        if self.items:
            self.position = (self.position + step) % len(self.items)
            self.draw()

    def action_go(self, position: int) -> None:
        """To the first item (0) or the last (-1) still to review."""
        if self.items:
            self.position = position % len(self.items)
            self.draw()

    def action_undo(self) -> None:
        self.owner.editing.undo()

    def action_redo(self) -> None:
        self.owner.editing.redo()

    def action_quick(self, what: str, step: int) -> None:
        item = self.current
        if item is None:
            return
        section, key = _place(item, self.document.data)
        field_key = QUICK_FIELDS.get(what, {}).get(section)
        # the model's value: a claim with no status line is unverified, not "nothing"
        current = self.owner.model_value(section, key, field_key) if field_key else None
        self.owner.editing.quick(what, step, section, key, current)

    def place_quick_toast(self, field_key: str) -> None:
        """A quick key changed ``field_key`` of the item shown: its toast stands at the
        top or the bottom, away from that field's line."""
        body = self.query_one("#review-item", Static).content_region
        item = self.current
        row = None
        if item is not None and body.width:
            lines = self._item_text(item).wrap(self.app.console, body.width)
            found = next(
                (n for n, line in enumerate(lines) if line.plain.startswith(f"{field_key}: ")),
                None,
            )
            if found is not None:
                row = body.y + found
        place_quick_toasts(self, row, left=False)

    def action_close(self) -> None:
        item = self.current
        self.app.pop_screen()
        if item is not None:
            from tui.links import Ref

            section, key = _place(item, self.document.data)
            ref = Ref(section, key)  # type: ignore[arg-type]
            if self.owner.shown is not None and self.owner.shown.index.exists(ref):
                self.owner.jump(ref)


def _judging_keys(section: str) -> str:
    """The quick keys that judge an item of ``section``, by the field each steps there
    ("s/S reliability · n/N kind" on a source): a key that works on the item is named
    on its line, or it is found only in help."""
    named = []
    for what, letter in QUICK_KEYS:
        field = QUICK_FIELDS.get(what, {}).get(section)
        if field is not None:
            named.append(f"{letter}/{letter.upper()} {field}")
    return " · ".join(named)


def _place(item: DraftItem, data: Mapping[str, Any]) -> tuple[str, str]:
    """(section, key) as the app names the item's record."""
    record = item.ref.record(data)
    ident = record.get("id")
    if isinstance(ident, str) and item.ref.section not in ("relations", "timeline"):
        return item.ref.section, ident
    return item.ref.section, str(item.ref.index)


def _value_text(value: Any) -> str:
    """A field's value as the file writes it (``true``, not Python's ``True``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_value_text(v)}" for k, v in value.items()) + "}"
    return one_line(str(value))


def _name(item: DraftItem) -> str:
    """An item's name as the review heads it: the label without its section's noun."""
    return one_line(item.label.split(" ", 1)[-1])


def _heading(item: DraftItem) -> str:
    """ "Actor Ben Ode", "Claim c04": the item's noun and name, as the review heads it and
    lists it."""
    return f"{NOUNS.get(item.ref.section, item.ref.section).capitalize()} {_name(item)}"


def _figures_text(value: Any) -> str | None:
    """Figures as a reader says them ("up to 60 percent; about 4 ports"), so the review
    shows what the export will say, not a raw mapping; None when they are not all of the
    format's shape (the raw value is shown then). The form's figure lines say them."""
    if not isinstance(value, list) or not value:
        return None
    lines = figure_lines(value)
    return one_line("; ".join(lines.splitlines())) if lines else None
