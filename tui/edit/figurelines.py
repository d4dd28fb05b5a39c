"""A claim's figures as lines of words, the way every export says them, and back.

A form that asks an analyst for ``[{"low": 7, "high": 10, "unit": "divisions"}]`` asks
for brackets, quotes and key names nobody reads a figure by. Here each figure is the
phrase of :func:`tui.words.figure_text` on a line of its own (``about 7-10 divisions``
with an en dash, ``up to 60 percent``, ``9 brigades (derived by the analyst: 3 x 3)``),
and a line typed in those words is a figure again. A line left as it was shown gives
back that figure's own mapping, key for key, so editing one figure never rewrites
another; figures a line cannot say (a line break inside, a key the format does not know)
keep the JSON form. A line is read in English words or the German ones a text quotes
("rund", "bis zu", "mehr als", "7 bis 10"), with scale words and currency signs; a line
that could be read two ways ("0,7", "3 x 3 brigades") is refused with the way to write
it, never guessed. A point between groups of exactly three digits ("20.000") is a
thousands point in a briefing whose language is German, as German text writes it (and
as the drafter reads it there); in any other briefing it could be a decimal point, so the
line is refused with the way to write it.
Pure of Textual, like the rest of :mod:`tui.edit`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from tui.currencies import ISO_CURRENCIES
from tui.draft.figures import APPROXIMATE_WORDS, BOUND_PHRASES, span_factor
from tui.model import Figure, FigureBound
from tui.text import one_line
from tui.words import figure_text

__all__ = ["EXAMPLE", "FigureLineProblem", "figure_lines", "figures_from_lines"]

EXAMPLE = "about 7\N{EN DASH}10 divisions"
"""How a figure's line looks, for the form's hint and its problems."""

_NUMBER = r"[-\N{MINUS SIGN}]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DASH = r"[-\N{EN DASH}\N{EM DASH}]"
_APPROXIMATE = "|".join(
    [r"ca\.", *(re.escape(word) for word in sorted(APPROXIMATE_WORDS, key=len, reverse=True))]
)
"""Words that make a figure approximate: the drafter's, English and German ("about",
"rund", "ca.")."""
_BOUND_WORDS = {**{b.value: b.value for b in FigureBound}, **BOUND_PHRASES}
"""A bound as typed, in English or German (the drafter's words), and the format's word."""
_BOUNDS = "|".join(re.escape(b) for b in sorted(_BOUND_WORDS, key=len, reverse=True))
_LEAD = (
    rf"(?:(?P<about>(?:{_APPROXIMATE})\s+))?(?:(?P<bound>{_BOUNDS})\s+)?"
    rf"(?:(?P<about_after>(?:{_APPROXIMATE})\s+))?(?P<between>(?:between|zwischen)\s+)?"
)
_AMOUNT = (
    rf"(?P<low>{_NUMBER}|\?)(?:(?:\s*{_DASH}\s*|\s+(?P<joint>to|bis|and|und)\s+)"
    rf"(?P<high>{_NUMBER}|\?))?"
)
_LINE = re.compile(rf"{_LEAD}{_AMOUNT}(?:\s+|(?=%))(?P<unit>\S.*)", re.IGNORECASE)
_GLUED = re.compile(rf"{_LEAD}{_AMOUNT}[^\W\d_]", re.IGNORECASE)
"""A unit written onto the number ("5m", "12kg"): it needs a space, as "5 m" is metres."""
_ONLY_AMOUNT = re.compile(rf"{_LEAD}{_AMOUNT}\s*", re.IGNORECASE)
_POINT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])(?!\.\d)")
"""German thousands ("20.000", "3.000.000"): outside a German briefing a point here could
be a decimal point."""
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d])")
"""A decimal comma ("0,7", "1,25"): the form writes decimals with a point."""
_SCALES = {
    "thousand": 1e3,
    "tausend": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "billionen": 1e12,
}
"""A scale word after the number ("5 million euros", "3 Mrd. Euro", "5 bn dollars"): the
figure is the whole amount, as every export writes it (5,000,000 euros). Abbreviations
of two letters or more only: a single "m" or "k" is a unit ("5 m" is five metres)."""
_ATTACHED_SCALE = re.compile(rf"(?P<number>{_NUMBER})(?P<scale>bn|bln|mln|mn|tn)\b", re.IGNORECASE)
"""A scale written onto the number ("2.5bn euros", "€40mn"): read as if set apart."""
_ATTACHED_MONEY_SCALE = re.compile(rf"(?<![\w.])(?P<number>{_NUMBER})(?P<scale>[mMkK])\b")
"""After a currency sign only, "m" and "k" written onto the number ("€2.5m", "$300k")."""
_CURRENCIES = {"$": "dollars", "\N{EURO SIGN}": "euros", "\N{POUND SIGN}": "pounds"}
"""A currency sign before the number ("$5 billion"): the unit the drafter writes."""
_CURRENCY_SIGN = re.compile(f"[{re.escape(''.join(_CURRENCIES))}]" + r"(?=\s*\d)")
_CURRENCY_CODE = re.compile(r"(?<![^\W\d_])(?P<code>[A-Z]{3})\s+(?=\d)")
_UNIT_AFTER = re.compile(
    r"\d(?:\s+(?:" + "|".join(map(re.escape, _SCALES)) + r"))?\s+\S", re.IGNORECASE
)
"""A word after the number (and its scale word): with none, a currency sign is the unit."""
_SPAN_IN_UNIT = re.compile(
    r"(?P<larger>[^\W\d_]+)\s+(?:and|und)\s+(?P<count>\d+)\s+(?P<smaller>[^\W\d_]+)",
    re.IGNORECASE,
)
"""The rest of a span told in two units after its first number ("Jahr und 5 Monate")."""
_NUMBER_IN_UNIT = re.compile(r"(?:\S*\d|\S+\s+\S*\d)")
"""A digit in the unit's first two words ("bis 10 Divisionen", "x 3 brigades"): a
second number the line does not say how to read."""
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


def _scaled(value: float | int | None, scale: float) -> float | int | None:
    """``value`` times a scale word's factor, whole when it comes out whole (reckoned in
    decimals, so "4.1bn" is 4,100,000,000, not 4,099,999,999.9999995)."""
    if value is None or scale == 1.0:
        return value
    exact = Decimal(repr(value)) * Decimal(repr(scale))
    product = int(exact) if exact == exact.to_integral_value() else float(exact)
    return int(product) if float(product).is_integer() else product


def _money_scale_apart(found: re.Match[str]) -> str:
    """ "2.5m" after a currency sign as "2.5 million", "300k" as "300 thousand"."""
    scale = "million" if found.group("scale") in "mM" else "thousand"
    return f"{found.group('number')} {scale}"


def _german(language: str | None) -> bool:
    """Whether a briefing's language (BCP 47: "de", "de-CH") is German."""
    return bool(language) and str(language).split("-")[0].casefold() == "de"


def _figure(number: int, line: str, language: str | None = None) -> dict[str, Any]:
    """The mapping a typed line stands for, in the format's key order; ``language`` is the
    briefing's, which says how a point between groups of three digits reads."""
    basis: str | None = None
    derived = _DERIVED.search(line)
    if derived is not None:
        basis = (derived.group("basis") or "").strip() or None
        line = line[: derived.start()].rstrip()
    shown = one_line(line)
    thousands = _POINT_THOUSANDS.search(line)
    if thousands is not None and _german(language):
        line = _POINT_THOUSANDS.sub(lambda found: found.group().replace(".", ""), line)
    elif thousands is not None:
        plain = thousands.group().replace(".", "")
        raise FigureLineProblem(
            number,
            f"{shown!r}: write {thousands.group()!r} as {plain} or with commas"
            f" ({int(plain):,}); a point is a decimal point (it separates thousands only"
            " in a briefing whose language is German)",
        )
    comma = _DECIMAL_COMMA.search(line)
    if comma is not None:
        raise FigureLineProblem(
            number,
            f"{shown!r}: write {comma.group()!r} with a decimal point"
            f" ({comma.group().replace(',', '.')})",
        )
    currency = None
    line = _ATTACHED_SCALE.sub(r"\g<number> \g<scale>", line)  # "2.5bn euros": "2.5 bn euros"
    sign = _CURRENCY_SIGN.search(line)
    code = _CURRENCY_CODE.search(line)
    if sign is None and code is not None and code.group("code") in ISO_CURRENCIES:
        sign = code  # "NOK 9.3bn", "about SEK 40m": the code stands where a sign would
    if sign is not None:  # "$5 billion", "up to €40 million"
        currency = _CURRENCIES.get(sign.group(), sign.group().strip())
        line = (line[: sign.start()] + line[sign.end() :]).strip()
        # "€2.5m", "$300k": after a currency sign a letter is a scale, not a unit
        line = _ATTACHED_MONEY_SCALE.sub(_money_scale_apart, line)
        if not _UNIT_AFTER.search(line):
            line = f"{line} {currency}"
            currency = None
    match = _LINE.fullmatch(line)
    if match is None:
        problem = (
            "needs a unit after the number (what is counted)"
            if _ONLY_AMOUNT.fullmatch(line)
            else "needs a space between the number and its unit (write '5 m', '2.5 bn euros')"
            if _GLUED.match(line)
            else "must start with a number (after 'about', 'up to' or the like)"
        )
        raise FigureLineProblem(number, f"{shown!r} {problem}, as in {EXAMPLE!r}")
    joint = (match.group("joint") or "").casefold()
    if (joint in ("and", "und")) != bool(match.group("between")):
        raise FigureLineProblem(
            number, f"{shown!r}: write a range as {EXAMPLE!r} or 'between 7 and 10 divisions'"
        )
    unit = match.group("unit").strip()
    scale = 1.0
    first, _, rest = unit.partition(" ")
    if first.casefold() in _SCALES:
        scale, unit = _SCALES[first.casefold()], rest.strip()
    if currency is not None:
        unit = f"{currency} {unit}".strip()
    if not unit:
        raise FigureLineProblem(
            number, f"{shown!r} needs a unit after the number (what is counted), as in {EXAMPLE!r}"
        )
    spanned = _spanned(number, shown, match.group("low"), unit) if not match.group("high") else None
    if spanned is not None:
        low, unit = spanned  # "1 Jahr und 5 Monate": 17 Monate, as the drafter reads it
    elif _NUMBER_IN_UNIT.match(unit) or _SPAN_IN_UNIT.fullmatch(unit):
        raise FigureLineProblem(
            number,
            f"{shown!r}: a second number follows the first; write a range as"
            f" {EXAMPLE!r}, and each figure on a line of its own",
        )
    figure: dict[str, Any] = {}
    if match.group("high") is None:
        if match.group("low") == "?":
            raise FigureLineProblem(number, f"{shown!r}: '?' stands only for an end of a range")
        figure["value"] = spanned[0] if spanned else _scaled(_number(match.group("low")), scale)
    else:
        figure["low"] = _scaled(_number(match.group("low")), scale)
        figure["high"] = _scaled(_number(match.group("high")), scale)
        low, high = figure["low"], figure["high"]
        if low is not None and high is not None and low > high:
            raise FigureLineProblem(number, f"{shown!r}: the first number is above the second")
    figure["unit"] = unit
    bound = match.group("bound")
    if match.group("about") or match.group("about_after") or bound:
        figure["approximate"] = True  # a bound is approximate, as the format says
    if bound:
        figure["bound"] = _BOUND_WORDS[bound.casefold()]
    if derived is not None:
        figure["derived"] = True
        if basis:
            figure["basis"] = basis
    try:
        Figure.model_validate(figure)
    except ValidationError as error:
        first = error.errors()[0]
        raise FigureLineProblem(number, f"{shown!r}: {first['msg']}") from None
    return figure


def _spanned(number: int, shown: str, first: str, unit: str) -> tuple[int, str] | None:
    """A span told in two units ("1 Jahr und 5 Monate", "2 hours and 20 minutes") as one
    whole count of the smaller unit and that unit (17, "Monate"); None when ``unit`` is no
    such rest. Refused when the parts are no whole numbers or the second is a whole
    larger unit or more ("1 year and 14 months")."""
    span = _SPAN_IN_UNIT.fullmatch(unit)
    factor = None if span is None else span_factor(span.group("larger"), span.group("smaller"))
    if span is None or factor is None:
        return None
    value, part = _number(first), _number(span.group("count"))
    if value is None or part is None or value != int(value) or part >= factor:
        raise FigureLineProblem(
            number,
            f"{shown!r}: a span in two units takes whole numbers, the second less than one"
            " of the first unit, as in '1 year and 5 months'",
        )
    return int(value) * factor + int(part), span.group("smaller")


def figures_from_lines(
    text: str, original: Any = None, *, language: str | None = None
) -> list[Any]:
    """The figures the lines give. A line that says one of ``original``'s figures as it
    was shown gives back that figure's own mapping; blank lines are skipped. ``language``
    is the briefing's: in German "20.000" is twenty thousand."""
    unused = [(f, _line(f)) for f in original] if isinstance(original, list) else []
    figures: list[Any] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        kept = next((pair for pair in unused if pair[1] == line), None)
        if kept is not None:
            unused.remove(kept)
            figures.append(kept[0])
        else:
            figures.append(_figure(len(figures) + 1, line, language))
    return figures
