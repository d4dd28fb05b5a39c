"""A claim's figures as lines of words, the way every export says them, and back.

A form that asks an analyst for ``[{"low": 7, "high": 10, "unit": "divisions"}]`` asks
for brackets, quotes and key names nobody reads a figure by. Here each figure is the
phrase of :func:`tui.words.figure_text` on a line of its own (``about 7-10 divisions``
with an en dash, ``up to 60 percent``, ``9 brigades (derived by the analyst: 3 x 3)``),
and a line typed in those words is a figure again. A line left as it was shown gives
back that figure's own mapping, key for key, so editing one figure never rewrites
another; figures a line cannot say (a line break inside, a key the format does not know)
keep the JSON form.
Pure of Textual, like the rest of :mod:`tui.edit`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from tui.model import Figure, FigureBound
from tui.text import one_line
from tui.words import figure_text

__all__ = ["EXAMPLE", "FigureLineProblem", "figure_lines", "figures_from_lines"]

EXAMPLE = "about 7\N{EN DASH}10 divisions"
"""How a figure's line looks, for the form's hint and its problems."""

_NUMBER = r"[-\N{MINUS SIGN}]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_BOUNDS = "|".join(re.escape(b.value) for b in FigureBound)
_DASH = r"[-\N{EN DASH}\N{EM DASH}]"
_LINE = re.compile(
    rf"(?P<about>about\s+)?(?:(?P<bound>{_BOUNDS})\s+)?(?P<about_after>about\s+)?"
    rf"(?P<low>{_NUMBER}|\?)(?:\s*(?:{_DASH}|\s+to\s+)\s*(?P<high>{_NUMBER}|\?))?"
    r"(?:\s+|(?=%))(?P<unit>\S.*)",
    re.IGNORECASE,
)
_DERIVED = re.compile(
    r"\s*\(derived by the analyst(?::\s*(?P<basis>.*))?\)\s*$", re.IGNORECASE | re.DOTALL
)
_KEYS = frozenset(Figure.model_fields)


class FigureLineProblem(ValueError):
    """A line that is no figure, with its number counted from 1 as a reader counts."""

    def __init__(self, number: int, message: str) -> None:
        super().__init__(f"figure {number}: {message}")
        self.number = number


def _line(figure: Any) -> str | None:
    """The line of one figure, or None when a line would lose part of it."""
    if not isinstance(figure, Mapping) or not set(map(str, figure)) <= _KEYS:
        return None
    try:
        model = Figure.model_validate(figure)
    except ValidationError:
        return None
    line = figure_text(model)
    return None if "\n" in line or "\r" in line else line


def figure_lines(figures: Any) -> str | None:
    """The figures one per line, or None when a line could not say one of them."""
    if not isinstance(figures, list):
        return None
    lines = [_line(figure) for figure in figures]
    if any(line is None for line in lines):
        return None
    return "\n".join(line for line in lines if line is not None)


def _number(text: str) -> float | int | None:
    if text == "?":
        return None
    plain = text.replace(",", "").replace("\N{MINUS SIGN}", "-")
    return float(plain) if "." in plain else int(plain)


def _figure(number: int, line: str) -> dict[str, Any]:
    """The mapping a typed line stands for, in the format's key order."""
    basis: str | None = None
    derived = _DERIVED.search(line)
    if derived is not None:
        basis = (derived.group("basis") or "").strip() or None
        line = line[: derived.start()].rstrip()
    match = _LINE.fullmatch(line)
    if match is None:
        start = re.match(rf"(?:about\s+)?(?:(?:{_BOUNDS})\s+)?(?:about\s+)?{_NUMBER}", line, re.I)
        problem = (
            "needs a unit after the number (what is counted)"
            if start is not None and not line[start.end() :].strip()
            else "must start with a number"
        )
        raise FigureLineProblem(number, f"{one_line(line)!r} {problem}, as in {EXAMPLE!r}")
    figure: dict[str, Any] = {}
    if match.group("high") is None:
        figure["value"] = _number(match.group("low"))
    else:
        figure["low"], figure["high"] = _number(match.group("low")), _number(match.group("high"))
        low, high = figure["low"], figure["high"]
        if low is not None and high is not None and low > high:
            raise FigureLineProblem(
                number, f"{one_line(line)!r}: the first number is above the second"
            )
    figure["unit"] = match.group("unit").strip()
    bound = match.group("bound")
    if match.group("about") or match.group("about_after") or bound:
        figure["approximate"] = True  # a bound is approximate, as the format says
    if bound:
        figure["bound"] = bound.casefold()
    if derived is not None:
        figure["derived"] = True
        if basis:
            figure["basis"] = basis
    try:
        Figure.model_validate(figure)
    except ValidationError as error:
        first = error.errors()[0]
        raise FigureLineProblem(number, f"{one_line(line)!r}: {first['msg']}") from None
    return figure


def figures_from_lines(text: str, original: Any = None) -> list[Any]:
    """The figures the lines give. A line that says one of ``original``'s figures as it
    was shown gives back that figure's own mapping; blank lines are skipped."""
    unused = list(original) if isinstance(original, list) else []
    figures: list[Any] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        kept = next((f for f in unused if _line(f) == line), None)
        if kept is not None:
            unused.remove(kept)
            figures.append(kept)
        else:
            figures.append(_figure(len(figures) + 1, line))
    return figures
