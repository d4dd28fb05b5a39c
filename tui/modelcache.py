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
MAC) is deleted and the file parsed, with every check, instead. The MAC costs a few
milliseconds for a 10,000-claim briefing, against the ~0.4 s of validating its JSON.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import stat
from pathlib import Path

from pydantic import ValidationError

from tui import __version__
from tui.atomic import create_temp, prune_stale_temps, write_atomic
from tui.config import cache_dir
from tui.model import Briefing

__all__ = ["KEY_NAME", "MAX_ENTRIES", "MIN_BYTES", "ModelCache"]

MIN_BYTES = 256 * 1024
MAX_ENTRIES = 32
KEY_NAME = "mac.key"
"""The cache folder's secret: 32 random bytes, readable by its owner only."""
_KEY_BYTES = 32

# An entry is JSON: {"mac":"<64 hex digits>","briefing":<the briefing>}. The fixed-size
# head lets the MAC be checked on the bytes as stored, before any parsing.
_HEAD = b'{"mac":"'
_MIDDLE = b'","briefing":'
_MAC_END = len(_HEAD) + 64
_BODY_START = _MAC_END + len(_MIDDLE)


def _mac(secret: bytes, name: str, body: bytes) -> bytes:
    """The hex MAC binding ``body`` to the file whose content hash is ``name``."""
    context = f"briefing-model-cache\0{__version__}\0{name}\0".encode()
    signer = hmac.new(secret, context, hashlib.sha256)
    signer.update(body)
    return signer.hexdigest().encode("ascii")


class ModelCache:
    """A folder of ``<sha256>.json`` files, pruned to the :data:`MAX_ENTRIES` newest."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir() / "models"
        self._secret: bytes | None = None

    @staticmethod
    def key(raw: bytes) -> str:
        return hashlib.sha256(raw).hexdigest()

    def get(self, raw: bytes) -> Briefing | None:
        """The briefing parsed from exactly these bytes before, or None.

        An entry that does not verify or validate is deleted: the caller parses the file.
        """
        if len(raw) < MIN_BYTES:
            return None
        name = self.key(raw)
        path = self.folder / f"{name}.json"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        secret = self._read_secret()
        body = None if secret is None else _verified_body(data, secret, name)
        briefing = None
        if body is not None:
            with contextlib.suppress(ValidationError):
                briefing = Briefing.model_validate_json(body)
        if briefing is None:
            with contextlib.suppress(OSError):
                path.unlink()  # not ours, or damaged: forget it, the YAML will be read
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return briefing

    def put(self, raw: bytes, briefing: Briefing) -> str | None:
        """Remember ``briefing`` for these bytes; the reason when it could not be saved."""
        if len(raw) < MIN_BYTES:
            return None

        name = self.key(raw)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            secret = self._read_secret() or self._new_secret()
            body = briefing.model_dump_json(by_alias=True, exclude_defaults=True).encode()
            entry = b"".join((_HEAD, _mac(secret, name, body), _MIDDLE, body, b"}"))
            write_atomic(self.folder / f"{name}.json", entry, replace=True)
        except OSError as error:
            return f"cannot save the parsed-briefing cache: {error.strerror or error}"
        self._prune()
        return None

    # -- the key ---------------------------------------------------------------------------

    def _read_secret(self) -> bytes | None:
        """The folder's key, when it exists and only its owner (us) can read or change it.

        A key others could read would let them forge entries; one that is not ours or not
        a plain file is not trusted either (and replaced by the next :meth:`put`).
        """
        if self._secret is not None:
            return self._secret
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            handle = os.open(self.folder / KEY_NAME, flags)
        except OSError:
            return None
        with os.fdopen(handle, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077:
                return None
            if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
                return None
            secret = stream.read(_KEY_BYTES + 1)
        if len(secret) != _KEY_BYTES:
            return None
        self._secret = secret
        return secret

    def _new_secret(self) -> bytes:
        """Make the folder's key (mode 0600), or adopt one another process just made.

        A missing key is linked into place (never clobbering a concurrent one); an
        untrusted one is replaced, which invalidates every entry made under it.
        """
        secret = os.urandom(_KEY_BYTES)
        target = self.folder / KEY_NAME
        handle, temporary = create_temp(self.folder, KEY_NAME)
        try:
            with os.fdopen(handle, "wb") as stream:  # created 0600
                stream.write(secret)
                stream.flush()
                os.fsync(stream.fileno())
            try:
                os.link(temporary, target)
            except FileExistsError:
                theirs = self._read_secret()
                if theirs is not None:
                    return theirs
                os.replace(temporary, target)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        self._secret = secret
        return secret

    # -- pruning ---------------------------------------------------------------------------

    def _prune(self) -> None:
        """Keep the :data:`MAX_ENTRIES` most recently used entries, and remove what killed
        writes left behind (see :func:`tui.atomic.prune_stale_temps`). Never fails the
        write."""
        prune_stale_temps(self.folder)
        entries: list[tuple[int, Path]] = []
        for path in self.folder.glob("*.json"):
            with contextlib.suppress(OSError):
                entries.append((path.stat().st_mtime_ns, path))
        entries.sort()
        for _, stale in entries[:-MAX_ENTRIES]:
            with contextlib.suppress(OSError):
                stale.unlink()


def _verified_body(data: bytes, secret: bytes, name: str) -> bytes | None:
    """The briefing JSON of an entry whose MAC checks out for ``name``; else None."""
    if (
        len(data) <= _BODY_START
        or not data.startswith(_HEAD)
        or data[_MAC_END:_BODY_START] != _MIDDLE
        or not data.endswith(b"}")
    ):
        return None
    body = data[_BODY_START:-1]
    if not hmac.compare_digest(data[len(_HEAD) : _MAC_END], _mac(secret, name, body)):
        return None
    return body
