"""The form that edits or adds one record: a row per field, in the format's order.

Closed vocabularies are pickers, references are pickers with type-to-search (one) or a
list to tick (several), free text is an input or a text area, mappings are JSON. The
form does not save: it hands the changed values to ``submit`` (the briefing screen's
save, run in a worker) and stays open until told the outcome, so a refused save shows
the loader's messages above the user's own input, which is kept as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Select, Static, TextArea

from tui.edit.values import FieldSpec, item_problems
from tui.text import one_line, visible
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.fields import (
    LONG_TEXT,
    FormProblem,
    as_text,
    changed_values,
    from_text,
    hint,
)
from tui.ui.edit.refpicker import RefPicker
from tui.ui.typedmarks import MarkArea, MarkInput
from tui.words import credibility_text

__all__ = ["RecordForm", "form_fields"]

_HIDDEN_BRIEFING_FIELDS = frozenset(
    {"format", "actors", "relations", "claims", "quotes", "sources", "timeline", "notes"}
)


def form_fields(section: str) -> list[FieldSpec]:
    """The fields a form shows for ``section`` ("" is the briefing: its own fields, not
    its lists of records)."""
    from tui.edit.values import field_specs

    specs = field_specs(section)
    if section == "":
        specs = [s for s in specs if s.key not in _HIDDEN_BRIEFING_FIELDS]
    return specs


Choices = Mapping[str, Sequence[tuple[str, str]]]
"""For each target section (actors, sources, claims): (label, id) of every record."""


PICKER_ROWS = 8
"""The rows a picker's list shows at most (``max-height`` in ``app.tcss``)."""
MIN_PICKER_ROWS = 3
"""Fewer rows than this and a list is no use: it may then stand over the form's keys."""


class FieldArea(MarkArea):
    """A form's several-line text box: ``ctrl+a`` selects all, as in a desktop editor,
    since replacing a drafted statement whole is the common edit.

    Long lines wrap, but Home, End, their Shift selections and the line deletions act on
    the whole line of text, never on one wrapped screen row: End then appends to a
    statement, where it used to stop mid-sentence at the row's end. ``ctrl+home`` and
    ``ctrl+end`` go to the start and the end of the whole text. (In a field of one item a
    line, a claim's figures, replacing a figure so never cuts into another part of it; no
    wrapping, with a sideways scroll, would hide the end of a derived figure's basis.)"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+a,f7", "select_all", "Select all", show=False, id="form.area_select_all"),
        Binding("ctrl+home,alt+home", "text_start", "Text start", show=False, id="form.text_start"),
        Binding("ctrl+end,alt+end", "text_end", "Text end", show=False, id="form.text_end"),
    ]

    KEYS_HINT = "end: end of line, ctrl+end: end of text"
    """Said beside the field's name while it has the focus: a wrapped text gives no sign
    which keys reach its end."""

    def get_cursor_line_start_location(self, smart_home: bool = False) -> tuple[int, int]:
        """The start of the cursor's line of text (with ``smart_home``, its first
        non-blank character, then column 0)."""
        row, column = self.cursor_location
        if smart_home:
            line = self.document.get_line(row)
            first = len(line) - len(line.lstrip())
            return (row, first if column != first else 0)
        return (row, 0)

    def get_cursor_line_end_location(self) -> tuple[int, int]:
        """The end of the cursor's line of text."""
        row, _ = self.cursor_location
        return (row, len(self.document.get_line(row)))

    def action_text_start(self) -> None:
        """To the start of the whole text."""
        self.move_cursor((0, 0))

    def action_text_end(self) -> None:
        """To the end of the whole text."""
        self.move_cursor(self.document.end)


class FieldInput(MarkInput):
    """A form's one-line text box: ``ctrl+a`` selects all, as in :class:`FieldArea`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+a,ctrl+shift+a", "select_all", "Select all", show=False, id="form.line_select_all"
        ),
    ]


class RecordForm(ModalScreen[str | None]):
    """Edit ``record`` of ``section`` (or a new one when ``adding``).

    ``submit(values, form)`` is called with the fields that changed; the caller saves
    and then calls :meth:`saved` (the form closes with the save's label) or
    :meth:`refused` (the form stays, showing why).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s,f10", "save", "Save", id="form.save", priority=True),
        Binding("escape,ctrl+w", "cancel", "Cancel", id="form.cancel"),
        # a claim's note is many fields down: Tab is no way to reach it
        Binding("f2,alt+g", "go_to_field", "Go to field", id="form.go_to_field"),
    ]

    DEFAULT_CSS = """
    RecordForm {
        align: center middle;
    }
    """

    def __init__(
        self,
        title: str,
        section: str,
        record: Mapping[str, Any],
        choices: Choices,
        submit: Callable[[dict[str, Any], RecordForm], None],
        *,
        adding: bool = False,
        language: str | None = None,
        focus: str | None = None,
        notice: str | None = None,
    ) -> None:
        super().__init__()
        self.focus_first = focus
        """The field the cursor starts in (the review's: the one the analyst edits
        first); the form's first field when None or not in this form."""
        self.notice = notice
        """A line under the title on what saving does here (the review keeps advice)."""
        self.refusal: list[str] = []
        """The lines of the last refusal still shown (see :meth:`_field_edited`)."""
        self.language = language
        """The briefing's language: a figure's "20.000" is twenty thousand in German."""
        self.form_title = title
        self.section = section
        self.record = dict(record)
        self.choices = choices
        self.submit = submit
        self.adding = adding
        self.specs = [s for s in form_fields(section) if not (adding and s.key == "id")]
        self.saving = False

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Static(Text(one_line(self.form_title), style="bold"), id="form-title")
            if self.notice:
                yield Static(Text(self.notice, style="italic"), id="form-notice", markup=False)
            yield Static("", id="form-problems", markup=False)
            with VerticalScroll(id="form-fields"):
                for spec in self.specs:
                    yield Label(self._label(spec), classes="form-label", id=f"label-{spec.key}")
                    yield self._widget(spec)
            yield Static(
                Text.assemble(
                    ("ctrl+s", "bold"),
                    " save  ",
                    ("esc", "bold"),
                    " cancel  ",
                    ("tab", "bold"),
                    " next field  ",
                    ("f2", "bold"),
                    " go to field  * required",
                ),
                id="form-keys",
            )

    def _label(self, spec: FieldSpec, *, keys: str = "") -> Text:
        """The field's name, * when required, how to type it and, while a text box has
        the focus, the keys that reach its ends."""
        required = " *" if spec.required else ""
        label = Text(f"{spec.key}{required}")
        for how in (hint(spec), keys):
            if how:
                label.append(f"  {how}", style="dim")
        return label

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A text box taking the focus names its End and ctrl+End beside its name."""
        self._say_keys(event.widget, FieldArea.KEYS_HINT)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """... and stops naming them when the focus leaves it."""
        self._say_keys(event.widget, "")

    def _say_keys(self, widget: Widget, keys: str) -> None:
        if not isinstance(widget, FieldArea) or not widget.id:
            return
        key = widget.id.removeprefix("field-")
        spec = next((s for s in self.specs if s.key == key), None)
        labels = self.query(f"#label-{key}").results(Label)
        for label in labels:
            if spec is not None:
                label.update(self._label(spec, keys=keys))

    def on_mount(self) -> None:
        # toasts of earlier actions ("Undone …", "Nothing to undo") would stand over the
        # form's lower right, its pickers among it: what they said is done with; a
        # warning (two records still disagree, a save refused) stays to be read
        if all(n.severity == "information" for n in self.app._notifications):
            self.app.clear_notifications()
        self.query_one("#form-problems").display = False
        wanted = self.query(f"#field-{self.focus_first}") if self.focus_first else None
        first = self.query("#form-fields > Input, #form-fields > TextArea, #form-fields > Select")
        if wanted:
            _focus_within(wanted.first())
        elif first:
            first.first().focus()
        for picker in self.query("#form-fields Select").results(Select):
            self.watch(picker, "expanded", partial(self._room_for_list, picker), init=False)

    def _room_for_list(self, picker: Select[str], expanded: bool) -> None:
        """A picker's list opens under its field, over the form: when the field stands on
        the form's last rows, the fields scroll up to make room for the list, and what
        they cannot make room for the list gives up (it scrolls), so it never draws past
        the form's frame. (Textual keeps an overlay inside the screen, not a frame.)"""
        if not expanded:
            return
        fields = self.query_one("#form-fields", VerticalScroll)
        listing = picker.query_one(OptionList)
        wanted = min(PICKER_ROWS, listing.option_count)
        below = fields.region.bottom - picker.region.bottom
        if below < wanted:
            step = min(wanted - below, max(0, round(fields.max_scroll_y - fields.scroll_y)))
            if step:
                fields.scroll_to(y=fields.scroll_y + step, animate=False, immediate=True)
            below += step
        listing.styles.max_height = max(below, MIN_PICKER_ROWS) if below < wanted else None

    def action_go_to_field(self) -> None:
        """Choose a field by name (the list is searched as it is typed) and go to it."""

        def chosen(key: str | None) -> None:
            if key is not None:
                widget = self.query_one(f"#field-{key}")
                _focus_within(widget)
                widget.scroll_visible(animate=False)

        self.app.push_screen(
            ChoiceDialog(
                "Go to which field?",
                [],
                [(spec.key, spec.key) for spec in self.specs],
                searchable=True,
            ),
            chosen,
        )

    def _widget(self, spec: FieldSpec) -> Widget:
        value = self.record.get(spec.key)
        wid = f"field-{spec.key}"
        if spec.kind == "ref-list":
            options = list(self.choices.get(spec.target or "", ()))
            known = {ident for _, ident in options}
            options += [(ident, ident) for ident in value or [] if ident not in known]
            return RefPicker(options, [str(v) for v in value or []], id=wid)
        if spec.kind == "ref":
            options = list(self.choices.get(spec.target or "", ()))
            if isinstance(value, str) and value not in {i for _, i in options}:
                options.append((value, value))
            return self._select(spec, [(visible(label), i) for label, i in options], value)
        if spec.choices:
            labels = (
                [(f"{c} {credibility_text(int(c))}", c) for c in spec.choices]
                if spec.key == "credibility"
                else [(c, c) for c in spec.choices]
            )
            shown = None if value is None else str(getattr(value, "value", value))
            return self._select(spec, labels, shown)
        if spec.kind == "bool":
            shown = None if value is None else ("true" if value else "false")
            return self._select(spec, [("yes", "true"), ("no", "false")], shown)
        text = as_text(spec, value)
        if spec.key in LONG_TEXT or spec.kind in ("json", "text-list") or "\n" in text:
            area = FieldArea(text, id=wid, soft_wrap=True, tab_behavior="focus", compact=True)
            area.show_line_numbers = False
            return area
        return FieldInput(text, id=wid, compact=True)

    def _select(self, spec: FieldSpec, options: list[tuple[str, str]], value: Any) -> Select[str]:
        legal = value is not None and value in {v for _, v in options}
        return Select(
            [(Text(label), v) for label, v in options],  # labels name records: never markup
            prompt="(none)" if not spec.required else "choose…",
            allow_blank=True,
            value=value if legal else Select.NULL,
            type_to_search=True,
            id=f"field-{spec.key}",
            compact=True,
        )

    # --- reading the input -----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field's value as typed or chosen; FormProblem when one cannot be read."""
        out: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.query_one(f"#field-{spec.key}")
            original = self.record.get(spec.key)
            if isinstance(widget, RefPicker):
                out[spec.key] = list(widget.value)
            elif isinstance(widget, Select):
                chosen = widget.value
                if chosen is Select.NULL:
                    out[spec.key] = None
                elif spec.kind == "bool":
                    out[spec.key] = chosen == "true"
                elif spec.kind == "whole":
                    out[spec.key] = int(str(chosen))
                else:
                    out[spec.key] = chosen
            elif isinstance(widget, TextArea):
                out[spec.key] = from_text(spec, widget.text, original, language=self.language)
                if spec.kind == "json":  # said in plain words before the loader sees it
                    problems = item_problems(self.section, spec.key, out[spec.key])
                    if problems:
                        raise FormProblem("\n".join(problems))
            elif isinstance(widget, Input):
                out[spec.key] = from_text(spec, widget.value, original, language=self.language)
        return out

    def changes(self) -> dict[str, Any]:
        """The fields to save: those that differ from the record."""
        values = self.values()
        if self.adding:
            return {k: v for k, v in values.items() if v is not None and v != []}
        return changed_values(self.record, values)

    # --- saving ----------------------------------------------------------------------------

    def action_save(self) -> None:
        if self.saving:
            return
        try:
            changes = self.changes()
        except FormProblem as problem:
            self.refused(str(problem).splitlines())
            return
        if not changes:
            self.dismiss(None)
            self.app.notify("Nothing changed")
            return
        self.saving = True
        self._say("Saving…", "dim")
        self.submit(changes, self)

    def saved(self, label: str) -> None:
        """The save went through: close with its label."""
        self.saving = False
        self.dismiss(label)

    def refused(self, lines: Sequence[str]) -> None:
        """The save was refused: say why, keep everything the user typed."""
        self.saving = False
        self.refusal = [one_line(line) for line in lines]
        self._say("Not saved:\n" + "\n".join(self.refusal), "bold")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._field_edited(event.input)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._field_edited(event.text_area)

    def on_select_changed(self, event: Select.Changed) -> None:
        self._field_edited(event.select)

    def _field_edited(self, widget: Widget) -> None:
        """A field was edited after a refusal: the banner's lines about that field go
        (it is being fixed; an id refused and then retyped no longer says "Not saved"
        over the form), and the banner with them once none is left. Lines that name no
        field of the form stay until the next save."""
        if not self.refusal or self.saving:
            return
        field = next(
            (a for a in widget.ancestors_with_self if (a.id or "").startswith("field-")), None
        )
        if field is None or field.id is None:
            return
        key = field.id.removeprefix("field-")
        left = [line for line in self.refusal if _named_field(line) != key]
        if left == self.refusal:
            return
        self.refusal = left
        if left:
            self._say("Not saved:\n" + "\n".join(left), "bold")
        else:
            self.query_one("#form-problems").display = False

    def _say(self, message: str, style: str) -> None:
        problems = self.query_one("#form-problems", Static)
        problems.update(Text(message, style=style))
        problems.display = True

    def action_cancel(self) -> None:
        """Close without saving; when something was typed, ask first, so a stray Esc
        never throws away an edit."""
        if self.saving:
            return
        if not self._edited():
            self.dismiss(None)
            return

        def answered(answer: str | None) -> None:
            if answer == "discard":
                self.dismiss(None)

        answers = [("keep", "Keep editing"), ("discard", "Discard the changes")]
        question = ChoiceDialog("Discard what you typed?", [self.form_title], answers)
        self.app.push_screen(question, answered)

    def _edited(self) -> bool:
        try:
            return bool(self.changes())
        except FormProblem:
            return True  # something unreadable was typed: that is an edit too


def _named_field(line: str) -> str | None:
    """The field a refusal's line is about: the last part of the path it starts with
    ("claims.0.id: …" and "id: …" are about ``id``; "figures, line 2 column 3: …" about
    ``figures``; "claims.25: kind is required …" about ``kind``); None when it names none."""
    head, colon, rest = line.partition(":")
    if not colon:
        return None
    path = head.split(",")[0].strip()
    last = path.rsplit(".", 1)[-1]
    if last and not last.isdigit() and " " not in last:
        return last
    required = rest.strip().split(" is required", 1)
    return required[0] if len(required) == 2 and " " not in required[0] else None


def _focus_within(field: Widget) -> None:
    """Focus ``field``, or its first part that takes the keys when the field is a group
    (a list of records is a search line and its tick list): focusing the group itself
    does nothing, and the keys went on to the field focused before, often the id."""
    if field.focusable:
        field.focus()
        return
    for part in field.query("*"):
        if part.focusable:
            part.focus()
            return
