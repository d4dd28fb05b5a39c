"""A cache folder whose entries only this user's briefing wrote, for exactly this content.

The parsed-model cache and the first-screen cache both keep, per briefing file, something
derived from its bytes and trusted when read back without the checks that made it. Each
entry is therefore signed: an HMAC-SHA256, under a random key kept in the folder
(``mac.key``, mode 0600, owned by the user), of the entry's purpose, this version of
briefing, the name (the content hash of the file it was made from) and the stored body.
An entry that does not verify (edited, copied from another file's entry, written by
another version or for another purpose, or unsigned) is deleted and never served.

Pure standard library: the first-screen cache is read before anything heavy is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import stat
from pathlib import Path

from tui import __version__
from tui.atomic import create_temp, prune_stale_temps, write_atomic

__all__ = ["KEY_NAME", "SignedStore", "content_key"]

KEY_NAME = "mac.key"
"""The folder's secret: 32 random bytes, readable by its owner only."""
_KEY_BYTES = 32

# An entry is JSON: {"mac":"<64 hex digits>","briefing":<the body>}. The fixed-size head
# lets the MAC be checked on the bytes as stored, before any parsing.
_HEAD = b'{"mac":"'
_MIDDLE = b'","briefing":'
_MAC_END = len(_HEAD) + 64
_BODY_START = _MAC_END + len(_MIDDLE)


def content_key(raw: bytes) -> str:
    """The name of the entries made from a file with these bytes: their SHA-256."""
    return hashlib.sha256(raw).hexdigest()


class SignedStore:
    """``<name>.json`` entries signed for one ``purpose``, pruned to the newest ``keep``."""

    def __init__(self, folder: Path, purpose: str, *, keep: int) -> None:
        self.folder = folder
        self.purpose = purpose
        self.keep = keep
        self._secret: bytes | None = None

    def get(self, name: str) -> bytes | None:
        """The body stored under ``name`` if this store signed it; an entry that does not
        verify is deleted. A hit is marked recently used."""
        path = self.folder / f"{name}.json"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        secret = self._read_secret()
        body = None if secret is None else self._verified_body(data, secret, name)
        if body is None:
            self.forget(name)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return body

    def forget(self, name: str) -> None:
        """Delete the entry under ``name`` (it did not verify, or its body was bad)."""
        with contextlib.suppress(OSError):
            (self.folder / f"{name}.json").unlink()

    def put(self, name: str, body: bytes) -> None:
        """Store ``body`` under ``name``, signed; raises ``OSError`` when it cannot."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        secret = self._read_secret() or self._new_secret()
        entry = b"".join((_HEAD, self._mac(secret, name, body), _MIDDLE, body, b"}"))
        write_atomic(self.folder / f"{name}.json", entry, replace=True)
        self._prune()

    def _mac(self, secret: bytes, name: str, body: bytes) -> bytes:
        """The hex MAC binding ``body`` to this purpose, version and file."""
        context = f"{self.purpose}\0{__version__}\0{name}\0".encode()
        signer = hmac.new(secret, context, hashlib.sha256)
        signer.update(body)
        return signer.hexdigest().encode("ascii")

    def _verified_body(self, data: bytes, secret: bytes, name: str) -> bytes | None:
        """The body of an entry whose MAC checks out for ``name``; else None."""
        if (
            len(data) <= _BODY_START
            or not data.startswith(_HEAD)
            or data[_MAC_END:_BODY_START] != _MIDDLE
            or not data.endswith(b"}")
        ):
            return None
        body = data[_BODY_START:-1]
        if not hmac.compare_digest(data[len(_HEAD) : _MAC_END], self._mac(secret, name, body)):
            return None
        return body

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
        """Keep the ``keep`` most recently used entries, and remove what killed writes left
        behind (see :func:`tui.atomic.prune_stale_temps`). Never fails the write."""
        prune_stale_temps(self.folder)
        entries: list[tuple[int, Path]] = []
        for path in self.folder.glob("*.json"):
            with contextlib.suppress(OSError):
                entries.append((path.stat().st_mtime_ns, path))
        entries.sort()
        for _, stale in entries[: -self.keep]:
            with contextlib.suppress(OSError):
                stale.unlink()
