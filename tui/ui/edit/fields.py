"""A record's fields as a form shows them, and the form's input as the file's values.

Pure of Textual, so the conversions are tested without a screen. A field of kind
``word`` or a reference is a picker (the form reads the choice directly); the rest are
text boxes whose text is read back here: lists one item per line, numbers checked,
a claim's figures one per line in the words the exports use (:mod:`tui.edit.figurelines`),
other mappings (an excerpt with context) as JSON. An actor's aliases are one name per
line, a loaded label marked " (loaded)"; what else an alias holds (its paragraph, its
note) stays with its name, so editing the names never drops it. Only fields whose value differs
from the record's are saved, so an untouched field's lines never change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from tui.edit.figurelines import EXAMPLE, FigureLineProblem, figure_lines, figures_from_lines
from tui.edit.values import FieldSpec
from tui.errors import BriefingError
from tui.text import one_line

__all__ = [
    "LOADED_MARK",
    "LONG_TEXT",
    "FormProblem",
    "as_text",
    "changed_values",
    "from_text",
    "hint",
    "is_picker",
    "one_item_a_line",
    "same",
]

LONG_TEXT = frozenset(
    {"statement", "note", "verdict", "summary", "text", "translation", "description", "excerpt"}
)
"""Text fields given a text area (several lines) rather than a one-line input."""


LOADED_MARK = " (loaded)"
"""After an alias's name in the form: the outlet's own evaluative label (``loaded: true``)."""


class FormProblem(BriefingError):
    """What the user typed in a field cannot be that field's value."""


def hint(spec: FieldSpec) -> str:
    """How to type the field, shown beside its name ("" when a text box says enough)."""
    if _is_aliases(spec):
        return "one name per line; (loaded) after the outlet's evaluative label"
    if spec.kind == "text-list":
        return "one per line"
    if _is_figures(spec):
        return f"one per line, as in: {EXAMPLE}; up to 60 percent"
    if spec.kind == "json":
        return "JSON"
    if spec.date:
        return "YYYY, YYYY-MM or YYYY-MM-DD"
    return ""


def is_picker(spec: FieldSpec) -> bool:
    """Whether the field is chosen from a list rather than typed."""
    return bool(spec.choices) or spec.kind in ("ref", "ref-list", "bool")


def _is_aliases(spec: FieldSpec) -> bool:
    return spec.key == "aliases" and spec.kind == "text-list"


def _alias_line(entry: Any) -> str:
    if isinstance(entry, Mapping):
        name = one_line(str(entry.get("name", "")))
        return name + LOADED_MARK if entry.get("loaded") is True else name
    return one_line(str(entry))


def _alias_name(entry: Any) -> str:
    return str(entry.get("name", "")) if isinstance(entry, Mapping) else str(entry)


def _aliases_from_lines(text: str, original: Any) -> list[Any]:
    """The alias list the lines give. A line naming an alias the record had keeps that
    alias's other keys (paragraph, note) and its written form; only "loaded" follows
    the line's mark. A new name is plain text, or a mapping when marked loaded."""
    unused = list(original) if isinstance(original, list) else []
    out: list[Any] = []
    for raw in text.splitlines():
        line = raw.strip()
        loaded = line.endswith(LOADED_MARK.strip()) and line != LOADED_MARK.strip()
        name = line[: -len(LOADED_MARK.strip())].strip() if loaded else line
        if not name:
            continue
        match = next((e for e in unused if _alias_name(e).strip() == name), None)
        if match is not None:
            unused.remove(match)
        out.append(_alias_entry(name, loaded, match))
    return out


def _alias_entry(name: str, loaded: bool, before: Any) -> Any:
    if isinstance(before, Mapping):
        entry = dict(before)
        if loaded:
            entry["loaded"] = True
        elif entry.get("loaded") is True:
            entry.pop("loaded")
        return entry
    if before is not None and not loaded:
        return before
    return {"name": name, "loaded": True} if loaded else name


def _is_figures(spec: FieldSpec) -> bool:
    return spec.key == "figures" and spec.kind == "json"


def one_item_a_line(spec: FieldSpec) -> bool:
    """A field whose text box holds one item a line (a claim's figures, a list of words):
    a line is a whole item, so its keys act on lines, not on wrapped screen rows."""
    return _is_figures(spec) or spec.kind == "text-list"


def _is_json(spec: FieldSpec, value: Any) -> bool:
    if _is_figures(spec):  # JSON only for figures a line cannot say
        return value is not None and figure_lines(value) is None
    if spec.kind == "json":
        return True
    if spec.kind == "excerpt":
        return isinstance(value, Mapping)
    if spec.kind == "text-list":
        return isinstance(value, list) and any(not isinstance(v, str) for v in value)
    return False


def as_text(spec: FieldSpec, value: Any) -> str:
    """The text a text box shows for ``value`` (the file's value of the field)."""
    if value is None:
        return ""
    if _is_aliases(spec) and isinstance(value, list):
        return "\n".join(_alias_line(entry) for entry in value)
    if _is_figures(spec) and (lines := figure_lines(value)) is not None:
        return lines
    if _is_json(spec, value):
        return json.dumps(value, ensure_ascii=False, indent=1)
    if spec.kind == "text-list" and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


_JSON_PROBLEMS = {
    "Expecting value": "a value is missing, or a text is not in double quotes",
    "Expecting property name enclosed in double quotes": "a key must be in double quotes",
    "Expecting ',' delimiter": "a comma is missing between two entries",
    "Expecting ':' delimiter": "a colon is missing after a key",
    "Extra data": "something follows the end of the list",
    "Unterminated string starting at": "a text is not closed with a double quote",
    "Invalid control character at": "a text holds a line break; write it on one line",
}
"""The JSON reader's messages in the words a reader of the form uses."""


_JSON_EXAMPLES = {
    "figures": '[{"low": 7, "high": 10, "unit": "divisions"}]',
    "excerpt": '{"exact": "the words", "prefix": "before them"}',
}
"""How a field typed as JSON looks, for the problem that says it does not."""


def _plain_json_problem(key: str, message: str) -> str:
    """What is wrong with typed JSON, plainly, and how the field should look."""
    plain = _JSON_PROBLEMS.get(message, message[:1].lower() + message[1:])
    example = _JSON_EXAMPLES.get(key)
    return f"{plain} (written like {example})" if example else plain


_DANGLING = re.compile(r"(?:^|(?<=\s))[\u200d\ufe00-\ufe0f]+|\u200d+(?=\s|$)", re.MULTILINE)
"""A ZERO WIDTH JOINER with nothing to join on one side, or a variation selector with
nothing before it to select: what one Backspace leaves of "👩🏽‍🔬" (it takes the 🔬 only).
Invisible on screen, it would be saved into the name and never matched by a search."""


_MAY_DANGLE = re.compile("[\u200d\ufe00-\ufe0f]")


def without_dangling_joiners(text: str) -> str:
    """``text`` without joiners and variation selectors left dangling by an edit."""
    return _DANGLING.sub("", text) if _MAY_DANGLE.search(text) else text


def from_text(
    spec: FieldSpec, text: str, original: Any = None, *, language: str | None = None
) -> Any:
    """The value ``text`` (what the user typed) gives the field; None removes it. Text
    left as the form showed it gives back the record's own value, whatever it holds
    (leading spaces, a final newline), so an untouched field is never rewritten.
    ``language`` is the briefing's: it says how a figure's "20.000" reads."""
    if original is not None and text == as_text(spec, original):
        return original
    text = without_dangling_joiners(text)
    if not text.strip():
        return [] if spec.is_list else None
    if _is_aliases(spec):
        return _aliases_from_lines(text, original)
    if _is_figures(spec) and not _is_json(spec, original) and text.lstrip()[:1] != "[":
        try:
            return figures_from_lines(text, original, language=language)
        except FigureLineProblem as problem:
            raise FormProblem(f"{spec.key}: {problem}") from None
    if _is_json(spec, original) or (spec.kind in ("json", "excerpt") and text.lstrip()[:1] in "[{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise FormProblem(
                f"{spec.key}, line {error.lineno} column {error.colno}:"
                f" {_plain_json_problem(spec.key, error.msg)}"
            ) from None
    if spec.kind == "text-list":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if spec.kind == "whole":
        try:
            return int(text.strip())
        except ValueError:
            raise FormProblem(f"{spec.key}: {one_line(text)!r} is not a whole number") from None
    if spec.kind == "number":
        try:
            return float(text.strip())
        except ValueError:
            raise FormProblem(f"{spec.key}: {one_line(text)!r} is not a number") from None
    if spec.key in LONG_TEXT or spec.kind == "excerpt":
        return text.rstrip("\n") if "\n" not in text.rstrip("\n") else text
    return text.strip()


def same(old: Any, new: Any) -> bool:
    """Whether two field values are the same for saving (absent, None and [] alike)."""
    empty_old = old is None or old == [] or old == {}
    empty_new = new is None or new == [] or new == {}
    if empty_old or empty_new:
        return empty_old and empty_new
    return bool(old == new) and type(old) is type(new)


def changed_values(record: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``values`` that differ from ``record`` (what a save should set)."""
    return {key: value for key, value in values.items() if not same(record.get(key), value)}
