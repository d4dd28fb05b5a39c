"""One file's editing session as the app uses it: opened on the first edit, one save at a
time, and the addresses the write path understands for what the app shows.

Pure of Textual: the screens run :meth:`Desk.run` in a thread worker (a save of a large
file takes seconds) and hand the result back to the UI thread.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.edit.errors import FileChanged

if TYPE_CHECKING:
    from tui.edit.document import Document
    from tui.edit.history import EditHistory
    from tui.edit.operations import Operation
    from tui.edit.session import Applied, EditSession

__all__ = ["POSITIONAL", "Desk", "address_of", "record_of"]

POSITIONAL = ("relations", "timeline")
"""Sections whose records have no id: the app's key is the position, ``relations.2``."""


def address_of(section: str, key: str | None) -> str:
    """The write path's address of the record the app shows as (``section``, ``key``)."""
    if section == "overview" or key is None or key == "":
        return "briefing"
    if section in POSITIONAL:
        return f"{section}.{key}"
    return f"{section}:{key}"


def record_of(data: dict[str, Any], section: str, key: str | None) -> dict[str, Any]:
    """The plain data of the record at (``section``, ``key``), as the file holds it."""
    from tui.edit.operations import find_record

    return find_record(data, address_of(section, key)).record(data)


class Desk:
    """The :class:`EditSession` of one file, opened lazily and used one save at a time.

    ``shown_digest`` is the SHA-256 of the bytes the screen shows: a session opened on
    different bytes (the file changed after it was read) is refused with FileChanged,
    so an edit is never made to a version the user has not seen.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown_digest: str | None = None
        self.shown_bytes: bytes | None = None
        """The bytes the screen shows: what a file changed on disk is compared with when
        no edit has opened the session yet (a refused one-key edit)."""
        self._session: EditSession | None = None
        self._history: EditHistory | None = None
        """The undo history, kept when the file is read again (each session takes it on)."""
        self._lock = threading.Lock()

    @property
    def session(self) -> EditSession | None:
        return self._session

    def forget(self) -> None:
        """The screen read the file again: the next edit opens a fresh session, which
        carries on the undo history (the README: it lasts while the app runs)."""
        with self._lock:
            if self._session is not None:
                self._history = self._session.history
            self._session = None

    def shown(self, raw: bytes) -> None:
        """The screen now shows these bytes."""
        self.shown_bytes = raw
        self.shown_digest = hashlib.sha256(raw).hexdigest()

    def _open(self) -> EditSession:
        from tui.edit.session import EditSession
        from tui.loader import read_bounded

        if self._session is None:
            raw = read_bounded(str(self.path))
            if self.shown_digest is not None and hashlib.sha256(raw).hexdigest() != (
                self.shown_digest
            ):
                raise FileChanged(str(self.path), "changed on disk since it was shown")
            self._session = EditSession.open(self.path, self._history)
        return self._session

    def document(self) -> Document:
        """The version edits apply to (opens the session; call from a worker)."""
        with self._lock:
            return self._open().document

    def run(self, job: Callable[[EditSession], Applied | None]) -> Applied | None:
        """Run ``job`` on the session, alone (the UI's saves never interleave)."""
        with self._lock:
            return job(self._open())

    def apply(self, operation: Operation, *, reload: bool = False) -> Applied | None:
        """Save ``operation``; with ``reload``, on the file as it is now on disk."""

        def job(session: EditSession) -> Applied | None:
            if reload:
                return session.reload_and_apply(operation)
            return session.apply(operation)

        if reload:
            with self._lock:
                if self._session is None:
                    from tui.edit.session import EditSession

                    self._session = EditSession.open(self.path, self._history)
                return job(self._session)
        return self.run(job)

    def known_conflict(self, operation: Operation) -> None:
        """Raise what the change on disk did to the edited record, when it is known now
        (:meth:`tui.edit.session.EditSession.known_conflict`); else nothing."""
        self.run(lambda session: session.known_conflict(operation))

    def write_back(self, operation: Operation) -> Applied | None:
        """Write the file deleted on disk back as read, with ``operation`` made on it."""
        return self.run(lambda session: session.write_back(operation))

    def undo(self) -> Applied | None:
        return self.run(lambda session: session.undo())

    def redo(self) -> Applied | None:
        return self.run(lambda session: session.redo())

    def saved(self, document: Document) -> None:
        """The screen shows the version just saved."""
        self.shown(document.to_bytes())
