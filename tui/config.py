"""Where briefing keeps its settings and caches, and reading the user's keymap.

Two files in the user's config folder (platformdirs; ``BRIEFING_CONFIG_DIR`` overrides):
``keymap.toml``, written by the user and only ever read, and ``state.json``, written by
the app (the chosen theme), so saving a preference never touches what the user wrote.
Caches live in the user's cache folder (``BRIEFING_CACHE_DIR`` overrides).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "KeymapResult",
    "cache_dir",
    "config_dir",
    "load_keymap",
    "load_state",
    "save_state",
]

APP_NAME = "briefing"


def config_dir() -> Path:
    """The user's config folder for briefing."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder for briefing."""
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


@dataclass
class KeymapResult:
    """Binding id -> keys from ``keymap.toml``, and what was wrong with the file, if anything."""

    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    path: Path | None = None


def load_keymap(known_ids: Callable[[], set[str]], path: Path | None = None) -> KeymapResult:
    """Read ``[keymap]`` from keymap.toml: ``binding-id = "key1,key2"``.

    A missing file is no problem; a broken one is reported (with the parser's line and
    column) and ignored, never a crash. Each entry is checked before it is used: an
    unknown id, a key Textual cannot produce (``ctrl-q``, ``,``) or a key reserved for
    quitting is reported once, with the file, the line and a did-you-mean, and the entry
    is skipped so its default keys stay. Two ids on one key in one place are reported.
    Quit keeps ``ctrl+q`` and the palette ``ctrl+p`` whatever the file says.
    """
    from tui.text import shown_path

    path = path or config_dir() / "keymap.toml"
    result = KeymapResult(path=path)
    shown = shown_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return result
    except OSError as error:
        result.problems.append(f"{shown}: cannot read: {error.strerror or error}")
        return result
    import tomllib

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        result.problems.append(f"{shown}: {error}")
        return result
    known = known_ids()  # imports every screen: only worth it when there is a keymap
    table: Any = data.get("keymap", {})
    if not isinstance(table, dict):
        result.problems.append(f'{shown}: [keymap] must be a table of binding-id = "keys"')
        return result
    from tui.keys import RESERVED_KEYS, check_keys, conflicts, reserved_problem

    def where(binding_id: str) -> str:
        line = _line_of(text, binding_id)
        return f"{shown}:{line}" if line else shown

    for binding_id, keys in table.items():
        if binding_id not in known:
            import difflib

            close = difflib.get_close_matches(binding_id, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            result.problems.append(f"{where(binding_id)}: unknown binding id {binding_id!r}{hint}")
            continue
        if not isinstance(keys, str) or not keys.strip():
            result.problems.append(
                f'{where(binding_id)}: {binding_id}: keys must be text such as "j,down"'
            )
            continue
        valid, problems = check_keys(keys)
        reserved = reserved_problem(binding_id, valid)
        if reserved:
            problems.append(reserved)
        if problems:
            for problem in problems:
                result.problems.append(
                    f"{where(binding_id)}: {binding_id}: {problem}; its default keys stay"
                )
            continue
        for key, owner in RESERVED_KEYS.items():
            if owner == binding_id and key not in valid:
                valid.append(key)  # quit and the palette always keep their key
        result.keymap[binding_id] = ",".join(valid)
    for owner, key, ids in conflicts(result.keymap):
        lines = sorted({_line_of(text, i) or 0 for i in ids if i in result.keymap} - {0})
        at = f"{shown}:{lines[0]}" if lines else shown
        result.problems.append(
            f"{at}: {key!r} is bound to both {' and '.join(ids)} in {owner}; only one can work"
        )
    return result


def _line_of(text: str, binding_id: str) -> int | None:
    """The line of keymap.toml that sets ``binding_id``, for messages (None if not found)."""
    import re

    pattern = re.compile(rf"""^\s*(["']?){re.escape(binding_id)}\1\s*=""", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def load_state() -> dict[str, Any]:
    """The app's saved state (the theme); empty when missing or unreadable."""
    try:
        data = json.loads((config_dir() / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(**changes: Any) -> str | None:
    """Merge ``changes`` into state.json, written atomically; the reason when it failed.

    A read-only config folder must not stop the app, so failure is returned for the
    caller to show, not raised.
    """
    from tui.atomic import write_atomic

    state = load_state()
    state.update(changes)
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "state.json", json.dumps(state, indent=2) + "\n", replace=True)
    except OSError as error:
        return f"cannot save settings in {folder}: {error.strerror or error}"
    return None
