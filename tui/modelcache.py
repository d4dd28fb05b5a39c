"""Parsed briefings kept by content hash, so re-opening an unchanged file is quick.

The cache holds each validated briefing as compact JSON, named by the SHA-256 of the file's
bytes: any change to the file gives another name, so a stale entry can never be served.
Only files larger than :data:`MIN_BYTES` are cached: small ones parse faster than a lookup.

An entry is served only if this cache wrote it for exactly these bytes. Validating the
JSON again is not enough: an edited entry can be schema-valid and still differ from the
file (shown as if it were the file), and the reference checks of the loader are not
repeated on a hit (too slow), so a schema-valid entry with a dangling reference would make
a good file "could not be loaded" for as long as it stays. Each entry therefore carries an
HMAC-SHA256, under a random key kept in the cache folder (``mac.key``, mode 0600), of the
file's content hash, this version of briefing and the stored JSON; an entry that does not
verify (edited, copied from another file's entry, written by another version, or without a
MAC) is deleted and the file parsed, with every check, instead (see
:mod:`tui.signedstore`). The MAC costs a few milliseconds for a 10,000-claim briefing,
against the ~0.4 s of validating its JSON.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from pydantic import ValidationError

from tui.config import cache_dir
from tui.model import Briefing
from tui.signedstore import KEY_NAME, SignedStore, content_key

__all__ = ["KEY_NAME", "MAX_ENTRIES", "MIN_BYTES", "ModelCache"]

MIN_BYTES = 256 * 1024
MAX_ENTRIES = 32
PURPOSE = "briefing-model-cache"


class ModelCache:
    """A folder of ``<sha256>.json`` files, pruned to the :data:`MAX_ENTRIES` newest."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir() / "models"
        self._store = SignedStore(self.folder, PURPOSE, keep=MAX_ENTRIES)

    @staticmethod
    def key(raw: bytes) -> str:
        return content_key(raw)

    def get(self, raw: bytes) -> Briefing | None:
        """The briefing parsed from exactly these bytes before, or None.

        An entry that does not verify or validate is deleted: the caller parses the file.
        """
        if len(raw) < MIN_BYTES:
            return None
        name = self.key(raw)
        body = self._store.get(name)
        if body is None:
            return None
        with contextlib.suppress(ValidationError):
            return Briefing.model_validate_json(body)
        self._store.forget(name)  # signed but no longer a valid briefing: read the YAML
        return None

    def put(self, raw: bytes, briefing: Briefing) -> str | None:
        """Remember ``briefing`` for these bytes; the reason when it could not be saved."""
        if len(raw) < MIN_BYTES:
            return None
        body = briefing.model_dump_json(by_alias=True, exclude_defaults=True).encode()
        self._store.keep = MAX_ENTRIES  # read at call time, so a test can lower it
        try:
            self._store.put(self.key(raw), body)
        except OSError as error:
            return f"cannot save the parsed-briefing cache: {error.strerror or error}"
        return None
