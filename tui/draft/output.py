"""The draft as YAML text: the schema comment first, then the briefing, fields in the
format's order, defaults left out so the file reads like a hand-written one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from tui.model import Briefing

__all__ = ["CONVENTIONAL", "SCHEMA_NAME", "dump_briefing", "schema_near", "schema_reference"]


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents lists under their key, as the seed briefings do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


SCHEMA_NAME = "briefing.schema.json"
CONVENTIONAL = "../schema/briefing.schema.json"
"""Where the schema is from a briefing in the project's ``briefings/`` folder."""


def schema_near(folder: Path) -> Path | None:
    """The schema file nearest ``folder``: ``briefing.schema.json`` or
    ``schema/briefing.schema.json`` in it or a folder above it."""
    for place in (folder, *folder.parents):
        for candidate in (place / SCHEMA_NAME, place / "schema" / SCHEMA_NAME):
            if candidate.is_file():
                return candidate
    return None


def schema_reference(output: Path | None) -> str:
    """The schema as a path relative to ``output``'s folder, never an absolute one: a
    draft is shared, and an absolute ``file://`` path breaks on the next machine.

    The nearest schema file found from the output's folder upwards (the project's
    ``schema/briefing.schema.json`` for a draft inside the project); with none, the
    file name beside the draft (``briefing schema --output`` writes it there); for
    standard output, the project's convention for its ``briefings/`` folder.
    """
    if output is None:
        return CONVENTIONAL
    folder = output.resolve().parent
    found = schema_near(folder)
    if found is None:
        return SCHEMA_NAME
    return Path(os.path.relpath(found, folder)).as_posix()


def _clean(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def dump_briefing(briefing: Briefing, output: Path | None) -> str:
    """YAML text of ``briefing``, first line the yaml-language-server schema comment."""
    data = briefing.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data = {"id": data.pop("id"), **data}
    for claim in data.get("claims", []):
        excerpt = claim.get("excerpt")
        if isinstance(excerpt, dict) and set(excerpt) == {"exact"}:
            claim["excerpt"] = excerpt["exact"]
    body = yaml.dump(
        _clean(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000
    )
    return f"# yaml-language-server: $schema={schema_reference(output)}\n{body}"
