"""What fetching one source produced: the record the command prints and the app shows.

Plain dataclasses (no pydantic, no httpx) so reading cached results stays cheap.
``FetchResult.to_json`` yields exactly the keys ``briefing fetch --json`` documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tui.fetch.content import file_kind, media_type, reads_as_text

__all__ = ["JSON_KEYS", "FetchResult", "QuoteCheck", "QuoteResult", "duration_words"]

QuoteResult = Literal["found", "similar", "differs", "missing"]
"""``differs``: nearly the same words, but a number, a negation or a name is not the same.

Listed in no order of rank: how several sources' results for one excerpt combine is the
caller's choice (a ``differs`` is a warning that should not be outranked by ``similar``).
"""

JSON_KEYS = (
    "id",
    "url",
    "ok",
    "status",
    "final_url",
    "title",
    "site_name",
    "author",
    "published",
    "description",
    "language",
    "content_type",
    "bytes",
    "elapsed_ms",
    "from_cache",
    "error",
    "quote_checks",
)


def duration_words(ms: int) -> str:
    """Milliseconds as a reader takes them in: "85 ms" under a second, "1.2 s" under ten,
    whole seconds beyond (a tenth means nothing to someone waiting on a slow site)."""
    if ms < 1000:
        return f"{ms} ms"
    if ms < 10_000:
        return f"{ms / 1000:.1f} s"
    return f"{round(ms / 1000)} s"


@dataclass(frozen=True)
class QuoteCheck:
    """Whether one claim excerpt or quote appears in a fetched text."""

    kind: Literal["claim", "quote"]
    id: str
    """The claim's or quote's id."""
    result: QuoteResult
    score: float
    """100 for found; the fuzzy score for similar and differs; the best score for missing."""
    passage: str | None = None
    """For similar and differs: the passage of the page that matched best, as the page has
    it (raw page text: pass it through :func:`tui.text.visible` or ``one_line`` to show it).
    For missing, the closest passage when it is the same sentence with other words."""
    difference: str | None = None
    """For differs: what is not the same, e.g. ``20.000 → 10.000`` or ``negation "nicht"
    missing on the page``; several separated by ``; ``. For similar (and a missing one
    with a passage): the other words that are not the same, ``words "week" → "day"``.
    One line, already made safe with :func:`tui.text.one_line`."""

    def to_json(self) -> dict[str, Any]:
        """The record in ``quote_checks``; ``difference`` only when there is one.

        Only added then, so found records, and the others with nothing to name, keep
        exactly the keys readers of ``briefing fetch --json`` already know.
        """
        values: dict[str, Any] = {
            "kind": self.kind,
            "id": self.id,
            "result": self.result,
            "score": round(self.score, 1),
            "passage": self.passage,
        }
        if self.difference is not None:
            values["difference"] = self.difference
        return values


@dataclass
class FetchResult:
    """One source after a fetch (or a cache read).

    ``ok`` is True when the page was fetched (or read from the cache), False when
    fetching failed (``error`` says why) and None when the source has no URL and was
    skipped: the format allows sources known only by name, so they are not failures.
    """

    id: str
    url: str | None
    ok: bool | None = False
    status: int | None = None
    final_url: str | None = None
    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    published: str | None = None
    description: str | None = None
    language: str | None = None
    content_type: str | None = None
    bytes: int | None = None
    elapsed_ms: int | None = None
    from_cache: bool = False
    error: str | None = None
    quote_checks: list[QuoteCheck] = field(default_factory=list)
    text: str | None = None
    """Main text of the page (not in the JSON: it can be long)."""
    fetched_at: float | None = None
    """Unix time the page was last fetched or revalidated."""
    revalidated: bool = False
    """True when the server answered 304 Not Modified to a conditional request."""

    @property
    def skipped(self) -> bool:
        return self.ok is None

    @property
    def unread(self) -> str | None:
        """Why nothing was checked against a page that was fetched, or None: a PDF or
        another file whose text is not read, or a page with no text to read. Said
        wherever the source is, so "ok 200" is never taken for "checked"."""
        reason = self.unread_reason
        if reason is None:
            return None
        return f"{reason}, so no excerpt or quote is checked against it"

    @property
    def unread_reason(self) -> str | None:
        """:attr:`unread` without its consequence, for a table's cell: "a PDF: its text
        is not read" names the file as ``briefing new`` does ("application/pdf" did not)."""
        if self.ok is not True or self.text:
            return None
        media = media_type(self.content_type)
        if reads_as_text(media):
            return "no text could be read from it"
        return f"{file_kind(media)[1]}: its text is not read"

    @property
    def unread_label(self) -> str | None:
        """:attr:`unread` in a list's narrow column: "PDF not read", "image not read",
        "text not read" for a page with no text; None when there is nothing to say."""
        if self.ok is not True or self.text:
            return None
        media = media_type(self.content_type)
        return "text not read" if reads_as_text(media) else f"{file_kind(media)[0]} not read"

    @property
    def took(self) -> str | None:
        """How long the request took, in words ("85 ms", "1.2 s", "21 s"); None when
        nothing was asked of the network for it (skipped, offline)."""
        if self.elapsed_ms is None:
            return None
        return duration_words(self.elapsed_ms)

    @property
    def failed(self) -> bool:
        return self.ok is False

    def to_json(self) -> dict[str, Any]:
        """The documented JSON Lines record: exactly :data:`JSON_KEYS`, in that order."""
        values = {key: getattr(self, key) for key in JSON_KEYS if key != "quote_checks"}
        values["quote_checks"] = [check.to_json() for check in self.quote_checks]
        return {key: values[key] for key in JSON_KEYS}
