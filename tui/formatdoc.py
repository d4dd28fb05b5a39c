"""The field reference in ``docs/format.md``, generated from the model so it cannot drift.

``python -m tui.formatdoc docs/format.md`` rewrites the part of the file between the
``<!-- fields:start -->`` and ``<!-- fields:end -->`` markers; a test fails when the
committed text differs from what the model gives.
"""

from __future__ import annotations

import enum
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from tui import model

__all__ = ["RECORDS", "field_reference", "rewrite"]

START, END = "<!-- fields:start -->", "<!-- fields:end -->"

RECORDS: list[tuple[str, type[model.Record]]] = [
    ("Top level", model.Briefing),
    ("`actors[]`", model.Actor),
    ("`actors[].aliases[]`", model.Alias),
    ("`claims[]`", model.Claim),
    ("`claims[].excerpt`", model.Excerpt),
    ("`claims[].figures[]`", model.Figure),
    ("`quotes[]`", model.Quote),
    ("`relations[]`", model.Relation),
    ("`sources[]`", model.Source),
    ("`timeline[]`", model.TimelineEntry),
    ("`notes[]`", model.Note),
]

_SCALARS = {str: "text", int: "whole number", float: "number", bool: "true/false"}
_NAMED = {
    "_check_slug": "id",
    "_check_tag": "tag",
    "_check_url": "http(s) URL",
    "_check_language": "language tag",
    "_check_date": "date",
}


def _type_name(annotation: Any, metadata: list[Any]) -> str:
    for item in metadata:
        name = _NAMED.get(getattr(getattr(item, "func", None), "__name__", ""))
        if name:
            return name
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0], list(args[1:]))
    if origin in (typing.Union, types.UnionType):
        names = [_type_name(a, []) for a in args if a is not type(None)]
        return " or ".join(names)
    if origin is list:
        return f"list of {_type_name(args[0], [])}"
    if origin is typing.Literal:
        return " or ".join(str(a) for a in args)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "one of the values listed"
    if annotation in (model.Alias, model.Excerpt):
        return "text or mapping"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "mapping"
    return _SCALARS.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _enum_of(annotation: Any) -> type[enum.Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    for arg in typing.get_args(annotation):
        found = _enum_of(arg)
        if found is not None:
            return found
    return None


def _inner_title(annotation: Any) -> str | None:
    """The heading of the table that describes a list's items, if it has one."""
    if typing.get_origin(annotation) is not list:
        return None
    (item,) = typing.get_args(annotation)
    return next((title for title, record in RECORDS if record is item), None)


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        return "optional, default empty"
    if field.default is None:
        return "optional"
    value = field.default.value if isinstance(field.default, enum.Enum) else field.default
    return f"optional, default `{json.dumps(value)}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def field_reference() -> str:
    """Markdown tables, one per record, of every key with type, default, values, example."""
    out: list[str] = []
    for title, record in RECORDS:
        doc = (record.__doc__ or "").strip().splitlines()[0]
        out += [f"### {title}", "", doc, "", "| key | type | presence | meaning | example |"]
        out += ["|---|---|---|---|---|"]
        for name, field in record.model_fields.items():
            key = field.alias or name
            kind = _type_name(field.annotation, list(field.metadata))
            values = _enum_of(field.annotation)
            meaning = field.description or ""
            if values is not None:
                meaning += " Values: " + ", ".join(f"`{member.value}`" for member in values) + "."
            example = json.dumps(field.examples[0], ensure_ascii=False) if field.examples else ""
            inner = _inner_title(field.annotation)
            if inner:
                meaning += f" Each item: see {inner}."
            out.append(
                f"| `{key}` | {_cell(kind)} | {_default(field)} | {_cell(meaning)} |"
                f" {'`' + _cell(example) + '`' if example else ''} |"
            )
        out.append("")
    return "\n".join(out)


def rewrite(text: str) -> str:
    """``text`` with the generated reference put between the markers."""
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    if not rest:
        raise ValueError(f"markers {START} ... {END} not found")
    return f"{head}{START}\n{field_reference()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tui.formatdoc docs/format.md", file=sys.stderr)
        return 2
    path = Path(argv[0])
    path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
