"""Why a source could not be fetched: one small exception hierarchy, one message each.

The engine turns these into the ``error`` text of a result; none of them ever escapes
``fetch_sources``. Only :class:`Transient` failures are retried.
"""

from __future__ import annotations

from tui.errors import BriefingError

__all__ = [
    "BodyTooLarge",
    "FetchFailure",
    "HostNotFound",
    "Refused",
    "Transient",
]


class FetchFailure(BriefingError):
    """A source could not be fetched; ``str(error)`` is the message shown to the user."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Refused(FetchFailure):
    """The URL (or a redirect, or the address it resolves to) is not allowed."""


class HostNotFound(FetchFailure):
    """The host name does not resolve; retrying will not help."""


class BodyTooLarge(FetchFailure):
    """The body passed the byte cap (on the wire or decoded) and was cut off."""


class Transient(FetchFailure):
    """A failure worth retrying: connection errors, 429, 502, 503, 504."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after
