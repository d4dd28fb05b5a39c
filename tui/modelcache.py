"""Parsed briefings kept by content hash, so re-opening an unchanged file is quick.

The cache holds each validated briefing as compact JSON, named by the SHA-256 of the file's
bytes: any change to the file gives another name, so a stale entry can never be served.
Reading an entry validates it again (pydantic's JSON validation, much faster than parsing
YAML), so a damaged or tampered cache file is dropped and the YAML read, never trusted.
Only files larger than :data:`MIN_BYTES` are cached: small ones parse faster than a lookup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from pydantic import ValidationError

from tui.config import cache_dir
from tui.model import Briefing

__all__ = ["MAX_ENTRIES", "MIN_BYTES", "ModelCache"]

MIN_BYTES = 256 * 1024
MAX_ENTRIES = 32


class ModelCache:
    """A folder of ``<sha256>.json`` files, pruned to the :data:`MAX_ENTRIES` newest."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir() / "models"

    @staticmethod
    def key(raw: bytes) -> str:
        return hashlib.sha256(raw).hexdigest()

    def get(self, raw: bytes) -> Briefing | None:
        """The briefing parsed from exactly these bytes before, or None."""
        if len(raw) < MIN_BYTES:
            return None
        path = self.folder / f"{self.key(raw)}.json"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            briefing = Briefing.model_validate_json(data)
        except ValidationError:
            with contextlib.suppress(OSError):
                path.unlink()  # damaged: forget it, the YAML will be read instead
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return briefing

    def put(self, raw: bytes, briefing: Briefing) -> str | None:
        """Remember ``briefing`` for these bytes; the reason when it could not be saved."""
        if len(raw) < MIN_BYTES:
            return None
        from tui.atomic import write_atomic

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            payload = briefing.model_dump_json(by_alias=True, exclude_defaults=True)
            write_atomic(self.folder / f"{self.key(raw)}.json", payload, replace=True)
            self._prune()
        except OSError as error:
            return f"cannot save the parsed-briefing cache: {error.strerror or error}"
        return None

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
        for stale in entries[:-MAX_ENTRIES]:
            with contextlib.suppress(OSError):
                stale.unlink()
