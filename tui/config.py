"""Where briefing keeps its settings and caches, and the app's saved state.

Two files in the user's config folder (platformdirs; ``BRIEFING_CONFIG_DIR`` overrides):
``keymap.toml``, written by the user and only ever read, and ``state.json``, written by
the app (the chosen theme), so saving a preference never touches what the user wrote.
Caches live in the user's cache folder (``BRIEFING_CACHE_DIR`` overrides).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "config_dir", "keymap_path", "load_state", "save_state"]

APP_NAME = "briefing"


def config_dir() -> Path:
    """The user's config folder for briefing."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def keymap_path() -> Path:
    """The user's keymap.toml (read by :func:`tui.ui.keys.load_keymap`, never written)."""
    return config_dir() / "keymap.toml"


def cache_dir() -> Path:
    """The user's cache folder for briefing."""
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


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
