"""The published JSON Schema of the briefing format, generated from the model.

``schema/briefing.schema.json`` is this module's output, committed so editors can point
at it (``# yaml-language-server: $schema=...``); a test fails when the two disagree, and
``briefing schema --output schema/briefing.schema.json`` regenerates it.
"""

from __future__ import annotations

import json
from typing import Any

from tui.model import Briefing

__all__ = ["briefing_schema", "schema_text"]


def briefing_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a briefing file."""
    return Briefing.model_json_schema(by_alias=True)


def schema_text() -> str:
    """The schema as the committed file holds it: sorted, indented, newline at the end."""
    return json.dumps(briefing_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
