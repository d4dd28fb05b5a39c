"""Why an edit was refused: each a :class:`tui.errors.BriefingError` the UI can act on.

The hierarchy (under ``BriefingError``)::

    EditError              any refused edit; nothing was written
    ├── EditRefused        the result would not load: the loader's problems, located
    ├── RecordNotFound     no record answers to the id or address given
    ├── RecordInUse        a delete would leave references dangling (lists them)
    ├── UnfaithfulEdit     the text would not read back as the intended data
    ├── FileChanged        the file on disk is not the one loaded: reload and reapply
    │   └── FileGone       the file was deleted (or moved) on disk: write it back, or not
    ├── RecordGone         the record edited was removed (or its id changed) on disk
    └── FileUnreadable     the file cannot be read back before saving
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.errors import BriefingError, Problem
from tui.text import one_line, shown_path

if TYPE_CHECKING:
    from tui.edit.references import Referrer

__all__ = [
    "EditError",
    "EditRefused",
    "FileChanged",
    "FileGone",
    "FileUnreadable",
    "IdTaken",
    "RecordGone",
    "RecordInUse",
    "RecordNotFound",
    "UnfaithfulEdit",
]


class EditError(BriefingError):
    """An edit was refused; the file and the in-memory document are as they were."""


class EditRefused(EditError):
    """The edited briefing would not load; ``problems`` are the loader's, in the new text."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class IdTaken(EditError):
    """A record was given the id another record of its section already has.

    Said of the record being edited: the loader would report the duplicate at whichever of
    the two comes later in the file, which may be the one nobody touched.
    """


class RecordNotFound(EditError):
    """No record answers to the address given (an id, ``section:id`` or ``section.N``)."""


class RecordInUse(EditError):
    """Deleting the record would leave references to it; ``referrers`` says where."""

    def __init__(self, label: str, referrers: Sequence[Referrer]) -> None:
        self.referrers = list(referrers)
        where = "; ".join(r.describe() for r in self.referrers)
        super().__init__(
            f"{one_line(label)} is referred to by {len(self.referrers)}"
            f" place{'s' if len(self.referrers) != 1 else ''}: {where}"
            " (remove those references too, or keep the record)"
        )


class UnfaithfulEdit(EditError):
    """The patched text would read back differently from what was meant; never written."""


class FileChanged(EditError):
    """The file on disk changed since it was loaded: reload it and apply the edit again."""

    def __init__(
        self,
        path: str,
        why: str = "changed on disk since it was loaded",
        advice: str = "reload it and apply the edit again, or compare the two",
    ) -> None:
        self.path = path
        super().__init__(f"{shown_path(path)}: {why}; nothing was written ({advice})")


class FileUnreadable(EditError):
    """The file cannot be read back to check it before saving; nothing was written."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"{shown_path(path)}: {one_line(reason)}; nothing was written")


class FileGone(FileChanged):
    """The file was deleted (or moved away) on disk since it was loaded.

    Reloading cannot help (there is nothing to read), so the UI offers the one way on:
    write the version read, with the edit, back as a new file at the same path."""

    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            "was deleted or moved on disk since it was loaded",
            "write the briefing back as it was read, with your change, or cancel",
        )


class RecordGone(EditError):
    """The record being edited is no longer in the file on disk: someone removed it, or
    gave it another id, since the form was opened. Nothing was written; ``record`` is the
    record as it was read with the user's changes made (what "add it back" adds) and
    ``section`` its section."""

    def __init__(self, path: str, label: str, section: str, record: dict[str, object]) -> None:
        self.path = path
        self.label = label
        self.section = section
        self.record = record
        super().__init__(
            f"{one_line(label)} was removed from {shown_path(path)} on disk (or its id was"
            " changed) since the form was opened; nothing was written. Your text is still"
            " in the form: add it back as a new record, or copy it and cancel"
        )
