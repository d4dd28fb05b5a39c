"""The draft as YAML text: the schema comment first, then the briefing, fields in the
format's order, defaults left out so the file reads like a hand-written one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from tui.model import Briefing

__all__ = ["SCHEMA_FILE", "dump_briefing", "schema_reference"]

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema" / "briefing.schema.json"


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents lists under their key, as the seed briefings do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def schema_reference(output: Path | None) -> str:
    """Where the schema is, relative to ``output``'s folder when that can be said."""
    if not SCHEMA_FILE.exists():
        return "https://json-schema.org/draft/2020-12/schema"
    if output is None:
        return SCHEMA_FILE.as_uri()
    folder = output.resolve().parent
    if not folder.is_relative_to(SCHEMA_FILE.parents[1]):
        return SCHEMA_FILE.as_uri()  # outside the project: a relative path would mislead
    return Path(os.path.relpath(SCHEMA_FILE, folder)).as_posix()


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
