"""Back and forward through visited places, like a browser. Pure data: no Textual."""

from __future__ import annotations

from collections import deque
from typing import Generic, TypeVar

__all__ = ["History"]

T = TypeVar("T")


class History(Generic[T]):
    """A current place with bounded stacks of places behind and ahead of it.

    Visiting a new place clears the forward stack, as browsers do; the oldest places fall
    off the back once ``limit`` is reached, so a long session cannot grow without bound.
    """

    def __init__(self, limit: int = 200) -> None:
        self._back: deque[T] = deque(maxlen=limit)
        self._forward: deque[T] = deque(maxlen=limit)
        self.current: T | None = None

    def visit(self, place: T) -> None:
        """Go to ``place``; visiting the current place again changes nothing."""
        if place == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
        self.current = place
        self._forward.clear()

    def back(self) -> T | None:
        """Step back; None (and no change) when there is nothing behind."""
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> T | None:
        """Step forward again; None when nothing is ahead."""
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)
