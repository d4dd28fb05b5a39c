"""Undo and redo across saves: each step keeps the file's text before and after.

Pure: no IO. The session writes what :meth:`EditHistory.undo` and :meth:`EditHistory.redo`
return, through the same checked save as any edit, so an undo is refused (and stays
undoable) when the file changed on disk meanwhile. After a reload (someone else changed
the file), the history stays: an undo is then made on the file as it is now with
:func:`merged`, which refuses when the other change touched the lines the step changed.
Texts rather than inverse operations: an inverse of "delete with its references" is a
long list of re-insertions that could go wrong; the text before is exact by construction.
The history is bounded in steps and in bytes, so a long session on a large file cannot
fill the memory; the oldest steps go first.
"""

from __future__ import annotations

import difflib
from collections import deque
from dataclasses import dataclass

__all__ = ["EditHistory", "Step", "merged"]


def _hunks(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """Where ``other`` differs from ``base``: (start, end) in ``base`` and the lines put
    there instead."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [
        (i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def merged(base: str, ours: str, theirs: str) -> str | None:
    """``ours`` with the change from ``base`` to ``theirs`` made on it too, line by line;
    None when the two changes touch the same or neighbouring lines (which one should win
    is the user's to say, so nothing is guessed).

    An undo after a reload: ``base`` is the text the step saved, ``theirs`` the text
    before it and ``ours`` the file as it is now, with someone else's change in it.
    """
    if ours in (base, theirs):  # no other change, or the other change was this very one
        return theirs
    lines = base.splitlines(keepends=True)
    mine = _hunks(lines, ours.splitlines(keepends=True))
    wanted = _hunks(lines, theirs.splitlines(keepends=True))
    for start, end, _ in wanted:
        for other_start, other_end, _ in mine:
            if start <= other_end and other_start <= end:  # overlapping or touching
                return None
    out: list[str] = []
    at = 0
    for start, end, replacement in sorted(mine + wanted, key=lambda hunk: (hunk[0], hunk[1])):
        out += lines[at:start]
        out += replacement
        at = end
    out += lines[at:]
    return "".join(out)


@dataclass(frozen=True)
class Step:
    """One saved change: what it did, and the file's text before and after."""

    label: str
    before: str
    after: str

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


class EditHistory:
    """A bounded undo stack with its redo stack; a new step clears what could be redone."""

    def __init__(self, *, max_steps: int = 200, max_chars: int = 64 * 1024 * 1024) -> None:
        self.max_steps = max_steps
        self.max_chars = max_chars
        self._done: deque[Step] = deque()
        self._undone: list[Step] = []
        self._chars = 0

    def push(self, step: Step) -> None:
        """Record a change just saved."""
        self._done.append(step)
        self._chars += step.size
        for dropped in self._undone:
            self._chars -= dropped.size
        self._undone.clear()
        while self._done and (len(self._done) > self.max_steps or self._chars > self.max_chars):
            self._chars -= self._done.popleft().size

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def peek_undo(self) -> Step | None:
        """The step an undo would revert (its label names it in the UI)."""
        return self._done[-1] if self._done else None

    def peek_redo(self) -> Step | None:
        return self._undone[-1] if self._undone else None

    def undo(self) -> Step:
        """Move the last step to the redo stack; the caller writes ``step.before``."""
        step = self._done.pop()
        self._undone.append(step)
        return step

    def redo(self) -> Step:
        """Move the last undone step back; the caller writes ``step.after``."""
        step = self._undone.pop()
        self._done.append(step)
        return step

    def cancel_undo(self) -> None:
        """The write of an undo failed: the step is still done."""
        self._done.append(self._undone.pop())

    def cancel_redo(self) -> None:
        """The write of a redo failed: the step is still undone."""
        self._undone.append(self._done.pop())

    def clear(self) -> None:
        """Forget everything."""
        self._done.clear()
        self._undone.clear()
        self._chars = 0

    def __len__(self) -> int:
        return len(self._done)
