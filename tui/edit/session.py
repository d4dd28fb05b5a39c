"""An editing session on one briefing file: apply, save, refuse, undo and redo.

Every change is saved at once (the app has no unsaved state to lose when the terminal or
the SSH connection goes). A save

- plans the operation on the version in memory and checks it (:class:`Document.apply`):
  an edit that would not load is refused with the loader's own messages;
- reads the file back first and compares its bytes (SHA-256) with the version this
  session loaded or last wrote: when another program changed it, the save is refused with
  :class:`FileChanged` and the UI can offer :meth:`EditSession.reload_and_apply`, which
  refuses with :class:`BothChanged` when a field the user set was also changed on disk
  (to other text): it never writes over someone else's change to the same field unasked;
- writes with :func:`tui.atomic.write_atomic` (temporary file, fsync, rename; mode and,
  where allowed, owner kept; a symlink is written through);
- records the step in the :class:`EditHistory`, so undo and redo work across saves.

A refusal changes nothing: neither the file, nor the session's document, nor the
history. The caller still holds the operation (and the user's input in it).
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from tui.atomic import FileExistsRefusal, is_read_only, write_atomic
from tui.boundedread import ReadRefused, read_regular
from tui.edit.document import Document, digest
from tui.edit.errors import EditError, FileChanged, FileGone, FileUnreadable, RecordGone
from tui.edit.history import EditHistory, Step, merged
from tui.edit.operations import (
    FieldClash,
    Operation,
    Plan,
    SetFields,
    field_clashes,
    find_record,
)
from tui.edit.references import record_label
from tui.installed import example_refusal, inside_installed_examples
from tui.loader import max_bytes_from_env, read_bounded
from tui.text import shown_path

__all__ = ["Applied", "BothChanged", "EditSession", "SaveFailed"]


class SaveFailed(EditError):
    """The file could not be written (a read-only folder, a full disk); it is unchanged."""


class BothChanged(EditError):
    """The file was reloaded, and a field the edit sets was changed there too: nothing was
    written. ``clashes`` name each field with both values; ``keep_theirs`` is the edit
    without those fields (what "keep the version on disk" saves)."""

    def __init__(self, path: str, clashes: list[FieldClash], keep_theirs: Operation) -> None:
        self.path = path
        self.clashes = clashes
        self.keep_theirs = keep_theirs
        fields = ", ".join(clash.named for clash in clashes)
        super().__init__(
            f"{shown_path(path)}: {fields} was also changed on disk since it was loaded;"
            " nothing was written (keep the version on disk, keep yours, or edit)"
        )


@dataclass(frozen=True)
class Applied:
    """What a saved change did: the new version, and the plan's summary. ``written`` is
    False when the file already said this: nothing was written, so no one is told
    "Saved" and the file keeps its bytes and its modification time."""

    document: Document
    plan: Plan | None
    label: str
    written: bool = True


class EditSession:
    """One file being edited; holds the version on disk and the undo history."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        document: Document,
        disk: bytes,
        history: EditHistory | None = None,
    ) -> None:
        self.path = Path(path)
        self.document = document
        self._disk_digest = digest(disk)
        self.history = history if history is not None else EditHistory()

    @classmethod
    def open(cls, path: str | os.PathLike[str], history: EditHistory | None = None) -> EditSession:
        """Load ``path`` with the project's loader; LoadError when it does not load.
        ``history`` carries on the undo history of an earlier session on the file (the
        app read it again): its steps are undone on the file as it is now."""
        name = os.fspath(path)
        raw = read_bounded(name)
        return cls(path, Document.from_bytes(raw, name), raw, history)

    # --- changes -------------------------------------------------------------------------

    def preview(self, operation: Operation) -> tuple[Document, Plan]:
        """The version ``operation`` would make, checked but not saved."""
        plan = operation.plan(self.document)
        return self.document.apply(plan.changes), plan

    def apply(self, operation: Operation) -> Applied:
        """Plan, check and save ``operation``; raises an EditError and changes nothing when
        refused."""
        new, plan = self.preview(operation)
        if new is self.document or new.text == self.document.text:
            return Applied(self.document, plan, plan.summary, written=False)
        before = self.document
        self._write(new)
        self.history.push(Step(plan.summary, before.text, new.text))
        return Applied(new, plan, plan.summary)

    def reload(self) -> Document:
        """Read the file again (after FileChanged). The history stays: an undo is made on
        the file as it is now, and refused where the other change touched its lines."""
        name = os.fspath(self.path)
        raw = read_bounded(name)
        self.document = Document.from_bytes(raw, name)
        self._disk_digest = digest(raw)
        return self.document

    def reload_and_apply(self, operation: Operation) -> Applied:
        """Reload the file as it is now and apply ``operation`` to that version.

        When the other change touched a field ``operation`` sets, to a value other than
        the user's, raises :class:`BothChanged` after the reload (nothing written): the
        user chooses, and the chosen edit is then applied to the version now held."""
        base = self.document
        self.reload()
        _refuse_gone_record(os.fspath(self.path), operation, base, self.document)
        clashes, keep_theirs = field_clashes(operation, base, self.document)
        if clashes:
            raise BothChanged(os.fspath(self.path), clashes, keep_theirs)
        return self.apply(operation)

    def known_conflict(self, operation: Operation) -> None:
        """After a save refused with FileChanged: when the change on disk removed the
        record ``operation`` sets, or set one of its fields to other text, reload and
        raise :class:`RecordGone` or :class:`BothChanged` (nothing written), so the user
        is shown what happened at once rather than asked to "reload and apply again"
        first. Otherwise the session is left as it was."""
        name = os.fspath(self.path)
        raw = read_bounded(name)
        now = Document.from_bytes(raw, name)
        base = self.document
        try:
            _refuse_gone_record(name, operation, base, now)
            clashes, keep_theirs = field_clashes(operation, base, now)
            if clashes:
                raise BothChanged(name, clashes, keep_theirs)
        except EditError:
            self.document, self._disk_digest = now, digest(raw)
            raise

    def write_back(self, operation: Operation) -> Applied:
        """The file was deleted on disk (:class:`FileGone`): write the version read, with
        ``operation`` made on it, as a new file at the same path (atomically; refused,
        nothing written, when a file has appeared there since)."""
        new, plan = self.preview(operation)
        payload = new.to_bytes()
        _refuse_installed_example(self.path)
        try:
            write_atomic(self.path, payload, replace=False)
        except FileExistsRefusal:
            raise FileChanged(
                os.fspath(self.path), "was written again on disk since it was deleted"
            ) from None
        except OSError as error:
            raise SaveFailed(_why_not_written(self.path, error)) from None
        if new is not self.document:
            self.history.push(Step(plan.summary, self.document.text, new.text))
        self._disk_digest = digest(payload)
        self.document = new
        return Applied(new, plan, plan.summary)

    def undo(self) -> Applied | None:
        """Revert the last saved change (written back through the checked save)."""
        if not self.history.can_undo:
            return None
        step = self.history.undo()
        try:
            new = self._version(self._made_on_now(step.after, step.before, f"undo {step.label}"))
            self._write(new)
        except BaseException:
            self.history.cancel_undo()
            raise
        return Applied(new, None, f"undid: {step.label}")

    def redo(self) -> Applied | None:
        """Make the last undone change again."""
        if not self.history.can_redo:
            return None
        step = self.history.redo()
        try:
            new = self._version(self._made_on_now(step.before, step.after, f"redo {step.label}"))
            self._write(new)
        except BaseException:
            self.history.cancel_redo()
            raise
        return Applied(new, None, f"redid: {step.label}")

    # --- the save --------------------------------------------------------------------------

    def _made_on_now(self, was: str, wanted: str, what: str) -> str:
        """The text that turns ``was`` into ``wanted`` on the version held now: ``wanted``
        itself, unless the file was reloaded with someone else's change since; then that
        change is kept and the step made beside it, or refused (nothing is written) when
        the two touch the same lines."""
        text = merged(was, self.document.text, wanted)
        if text is None:
            raise EditError(
                f"cannot {what}: the file was changed elsewhere since, in the lines this"
                " would change back; nothing was written (edit it by hand, or undo the other"
                " change first)"
            )
        return text

    def _version(self, text: str) -> Document:
        return Document.from_text(text, self.document.name, bom=self.document.bom)

    def check_disk(self) -> None:
        """Raise FileChanged or FileUnreadable unless the file is the version we hold."""
        name = os.fspath(self.path)
        try:
            raw = read_regular(name, max_bytes_from_env())
        except ReadRefused as refused:
            if refused.why == "missing":
                raise FileGone(name) from None
            if refused.why == "too_big":
                raise FileChanged(name, "grew past the size limit since it was loaded") from None
            reason = refused.reason or refused.why.replace("_", " ")
            raise FileUnreadable(name, f"cannot be read back before saving ({reason})") from None
        if digest(raw) != self._disk_digest:
            raise FileChanged(name)

    def _write(self, new: Document) -> None:
        self.check_disk()
        payload = new.to_bytes()
        _refuse_installed_example(self.path)
        try:
            write_atomic(self.path, payload, replace=True)
        except OSError as error:
            raise SaveFailed(_why_not_written(self.path, error)) from None
        self._disk_digest = digest(payload)
        self.document = new


def _refuse_gone_record(name: str, operation: Operation, base: Document, now: Document) -> None:
    """Raise :class:`RecordGone` when the record ``operation`` sets (found in ``base``,
    the version the form was opened on) is not in ``now``: planning it would only say
    "no record with id …", and might point at another record with a close id."""
    if not isinstance(operation, SetFields):
        return
    try:
        then = find_record(base.data, operation.address)
    except EditError:
        return  # not there before either: planning says so in its own words
    try:
        find_record(now.data, operation.address)
    except EditError:
        record = {**then.record(base.data), **operation.values}
        kept = {k: v for k, v in record.items() if v is not None and v != []}
        label = record_label(base.data, then.section, then.index)
        raise RecordGone(name, label, then.section, kept) from None


def _refuse_installed_example(path: Path) -> None:
    """Raise :class:`SaveFailed` for an example installed inside the package: a verdict
    written there would vanish with the next reinstall (see :mod:`tui.installed`)."""
    if inside_installed_examples(path):
        raise SaveFailed(example_refusal(shown_path(path)))


def _why_not_written(path: Path, error: OSError) -> str:
    """Why a save could not write ``path``, naming what is in the way: a save writes a
    new file beside the old one and renames it, so a folder that cannot be written stops
    it even when the file's own permissions allow writing (and ``ls -l`` of the file
    shows nothing wrong); a file locked against changes (immutable) stops the rename."""
    name = shown_path(path)  # a file name is data: shown safely in every message
    reason = error.strerror or str(error)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        real = path.resolve()
        folder = real.parent
        if not os.access(folder, os.W_OK):
            return (
                f"{name}: the folder {shown_path(folder)}{os.sep} cannot be written ({reason};"
                " a save writes a new file beside it and renames it); the file is unchanged"
            )
        if real.exists() and is_read_only(real):
            return (
                f"{name}: the file is read-only ({reason}); nothing was written (allow"
                " writing first, e.g. chmod u+w, to save)"
            )
    return f"{name}: could not be written ({reason}); the file is unchanged"
