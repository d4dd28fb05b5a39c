"""A briefing as JSON: the whole briefing, with the YAML file's own field names.

The output is a briefing file in its own right. It states the format version (``format``),
validates against ``schema/briefing.schema.json``, and loads back (JSON is YAML) into an
equal model. Values equal to their defaults are left out, as a person writing the YAML
would leave them out, so the file is minimal but complete.

It ends with ``profile``, the sourcing profile (:func:`tui.profile.sourcing_profile`,
with the quote checks when fetched data is given), for tools that want the figures
without computing them. It is derived from the rest, so the loader drops it on reading.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

from tui.export.fetched import Fetched, quote_results
from tui.model import FORMAT_VERSION, Briefing
from tui.text import json_text

__all__ = ["briefing_data", "briefing_json", "dumps", "profile_data"]


def _tidy(value: Any) -> Any:
    """Whole-number floats as integers (``7`` not ``7.0``); refuse what JSON cannot hold."""
    from tui.export import ExportError

    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"{value!r} is not a finite number; JSON cannot hold it")
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {key: _tidy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_tidy(item) for item in value]
    return value


def dumps(data: Any) -> str:
    """``data`` as indented JSON text that YAML readers accept too, newline at the end."""
    return json_text(data, indent=2) + "\n"


def briefing_data(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain data with its file's key names, defaults left out."""
    data: dict[str, Any] = {"format": FORMAT_VERSION}
    data.update(_tidy(briefing.model_dump(mode="python", by_alias=True, exclude_defaults=True)))
    return data


def profile_data(briefing: Briefing, fetched: Fetched | None = None) -> dict[str, Any]:
    """The sourcing profile as plain data, with the quote checks ``fetched`` yields."""
    from tui.export import ExportError
    from tui.profile import ProfileError, sourcing_profile

    checks = quote_results(fetched) if fetched else None
    try:
        profile = sourcing_profile(briefing, checks)
    except ProfileError as error:
        raise ExportError(f"cannot profile the briefing: {error}") from None
    data: dict[str, Any] = _tidy(profile.to_dict())
    return data


def briefing_json(briefing: Briefing, fetched: Fetched | None = None) -> str:
    """The briefing as JSON text; see the module docstring for what it promises."""
    data = briefing_data(briefing)
    data["profile"] = profile_data(briefing, fetched)
    return dumps(data)
