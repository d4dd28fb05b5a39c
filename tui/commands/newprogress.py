"""How far ``briefing new`` is with an article: for a person on a terminal, in a log, or
for a program (``--progress json``: the app's drafting child).

A 100,000-word article takes tens of seconds to draft and seconds more to write out, and
without a sign of life it looks hung. Drafting calls :meth:`Progress.paragraphs` after
each paragraph; what is shown changes only at a new whole per cent (a log: a new tenth),
so telling costs a comparison per paragraph and at most a hundred lines per article,
whatever its length.
"""

from __future__ import annotations

import sys
from typing import TextIO

from tui.text import json_text, shown_path

__all__ = ["PROGRESS_CHOICES", "STAGES", "Progress", "progress_for"]

PROGRESS_CHOICES = ("auto", "json", "none")
"""``--progress``: a line on a terminal, every tenth in a log (auto); JSON lines; none."""
STAGES = ("reading", "drafting", "writing")
"""The stages of one article, in order, as ``--progress json`` names them."""
LONG_FROM = 50
"""Paragraphs from which a person is shown the drafting's progress (a short article is
drafted in well under a second: a line for it would only flicker)."""


class Progress:
    """Tells nothing (``--progress none``); the others tell by overriding these."""

    def article(self, number: int, total: int, source: str) -> None:
        """Article ``number`` (from 0) of ``total``, read from ``source``, is begun."""

    def stage(self, stage: str) -> None:
        """The article is now at ``stage`` (one of :data:`STAGES`)."""

    def paragraphs(self, done: int, total: int) -> None:
        """``done`` of the article's ``total`` paragraphs are drafted (called by the
        drafter before each paragraph: keep it cheap)."""

    def interrupt(self) -> None:
        """A message is to be said: it goes on a line of its own (progress goes on after)."""

    def done(self) -> None:
        """The article is written, or failed: a message may follow on a line of its own."""


class _Counted(Progress):
    """Keeps the step last told (a per cent, or a tenth), so a paragraph that does not
    change it costs one division and one comparison."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.told = -1
        self.long = False

    def paragraphs(self, done: int, total: int) -> None:
        step = done * self.steps // total if total else self.steps
        if step != self.told:
            self.told = step
            self.tell(done, total, step)

    def tell(self, done: int, total: int, step: int) -> None:
        """Tell a new step of the drafting."""

    def stage(self, stage: str) -> None:
        self.told = -1


class _JsonProgress(_Counted):
    """One JSON object a line on ``stream`` (stderr) for a program: ``{"stage":
    "reading", "source": …, "article": 1, "articles": 3}``, ``{"stage": "drafting",
    "done": 190, "total": 1901}`` at each whole per cent, ``{"stage": "writing"}``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(100)
        self.stream = stream
        self.source = ""
        self.number = 0
        self.total = 1

    def _line(self, record: dict[str, object]) -> None:
        self.stream.write(json_text(record) + "\n")
        self.stream.flush()

    def article(self, number: int, total: int, source: str) -> None:
        self.source, self.number, self.total = source, number, total

    def stage(self, stage: str) -> None:
        super().stage(stage)
        if stage == "reading":
            self._line(
                {
                    "stage": stage,
                    "source": self.source,
                    "article": self.number + 1,
                    "articles": self.total,
                }
            )
        elif stage == "writing":
            self._line({"stage": stage})

    def tell(self, done: int, total: int, step: int) -> None:
        self._line({"stage": "drafting", "done": done, "total": total})


class _TerminalProgress(_Counted):
    """One line on a terminal, rewritten in place at each whole per cent of a long
    article's paragraphs, then while its draft is written; which article of several is
    begun, on a line of its own."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(100)
        self.stream = stream
        self.width = 0
        """Characters of the line shown now (0: none), to be overwritten in place."""

    def _show(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def article(self, number: int, total: int, source: str) -> None:
        self.long = False
        if total > 1:
            print(f"drafting {number + 1:,} of {total:,}: {shown_path(source)}", file=self.stream)

    def tell(self, done: int, total: int, step: int) -> None:
        if total >= LONG_FROM:
            self.long = True
            self._show(f"drafting: paragraph {done + 1:,} of {total:,} ({step} %)")

    def stage(self, stage: str) -> None:
        super().stage(stage)
        if stage == "writing" and self.long:
            self._show("drafting: every paragraph drafted; writing the draft…")

    def interrupt(self) -> None:
        if self.width:
            self.stream.write("\n")
            self.stream.flush()
            self.width = 0

    def done(self) -> None:
        self.interrupt()
        self.long = False


class _LogProgress(_Counted):
    """Whole lines in a log (stderr is no terminal): a long article's drafting at each
    tenth of its paragraphs and its writing, never more than a dozen lines an article."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(10)
        self.stream = stream
        self.source = ""

    def article(self, number: int, total: int, source: str) -> None:
        self.source = shown_path(source)
        self.long = False

    def tell(self, done: int, total: int, step: int) -> None:
        if total >= LONG_FROM:
            self.long = True
            print(
                f"drafting {self.source}: {step * 10} % ({done:,} of {total:,} paragraphs)",
                file=self.stream,
                flush=True,
            )

    def stage(self, stage: str) -> None:
        super().stage(stage)
        if stage == "writing" and self.long:
            print(f"drafting {self.source}: writing the draft", file=self.stream, flush=True)


def progress_for(choice: str, stream: TextIO | None = None) -> Progress:
    """The progress ``--progress CHOICE`` asks for, told on ``stream`` (stderr)."""
    stream = stream or sys.stderr
    if choice == "none":
        return Progress()
    if choice == "json":
        return _JsonProgress(stream)
    if stream.isatty():
        return _TerminalProgress(stream)
    return _LogProgress(stream)
