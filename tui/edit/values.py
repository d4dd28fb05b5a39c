"""Field values typed on a command line, read as the field's type.

``status=supported`` is checked against the model's vocabulary (with a did-you-mean),
``credibility=2`` becomes a number, ``actors=russia,iran`` a list, ``added_context=yes``
a boolean, and ``note=`` (nothing after ``=``) removes the field. A list, or a field made
of mappings (figures, an excerpt with prefix and suffix), may be given as JSON:
``figures='[{"low": 7, "high": 10, "unit": "divisions"}]'``. Field names are the file's
keys (``from``, not ``from_``). Mistakes raise :class:`ValueProblem`, a usage error.
"""

from __future__ import annotations

import difflib
import enum
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from tui.errors import BriefingError
from tui.loader import _did_you_mean
from tui.model import PartialDate
from tui.text import one_line

__all__ = [
    "FieldSpec",
    "ValueProblem",
    "check_json_fields",
    "cycle",
    "field_names",
    "field_specs",
    "item_problems",
    "parse_assignment",
    "parse_value",
]

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


class ValueProblem(BriefingError):
    """A field or value the command line gave cannot be used (a usage error)."""


def field_names(model: type[BaseModel]) -> list[str]:
    """The keys a record of ``model`` may have, in the format's order."""
    return [info.alias or name for name, info in model.model_fields.items() if name != "profile"]


def _annotation(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if (info.alias or name) == key and name != "profile":
            return info.annotation
    known = field_names(model)
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise ValueProblem(
        f"{one_line(key)!r} is not a field of {_noun(model)}{hint}; fields: {', '.join(known)}"
    )


def _noun(model: type[BaseModel]) -> str:
    return "the briefing" if model.__name__ == "Briefing" else f"a {model.__name__.lower()}"


def _strip(annotation: Any) -> tuple[Any, bool]:
    """(the type inside Optional/Annotated, whether it is a list)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else str
        elif origin is list:
            inner, _ = _strip(typing.get_args(annotation)[0])
            return inner, True
        elif origin is typing.Literal:
            return type(typing.get_args(annotation)[0]), False
        else:
            return annotation, False


def _one(kind: Any, raw: str, key: str) -> Any:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        words = [str(member.value) for member in kind]
        if raw in words:
            return raw
        folded = {w.casefold(): w for w in words}
        if raw.casefold() in folded:
            return folded[raw.casefold()]
        hint = _did_you_mean(raw, words)
        raise ValueProblem(
            f"{key}: {one_line(raw)!r} is not an allowed {key}{hint}; expected one of:"
            f" {', '.join(words)}"
        )
    if kind is bool:
        word = raw.strip().casefold()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise ValueProblem(f"{key}: {one_line(raw)!r} is not true or false")
    if kind is int:
        try:
            return int(raw.strip())
        except ValueError:
            raise ValueProblem(f"{key}: {one_line(raw)!r} is not a whole number") from None
    if kind is float:
        try:
            return float(raw.strip())
        except ValueError:
            raise ValueProblem(f"{key}: {one_line(raw)!r} is not a number") from None
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _json(raw, key)
    return raw


def _json(raw: str, key: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueProblem(
            f"{key}: give this field as JSON ({error.msg} at character {error.pos + 1})"
        ) from None


def parse_value(model: type[BaseModel], key: str, raw: str) -> Any:
    """``raw`` (as typed) as the value of ``key``; None (remove the field) when empty."""
    kind, is_list = _strip(_annotation(model, key))
    if raw == "":
        return [] if is_list else None
    if is_list:
        if raw.lstrip().startswith("["):
            value = _json(raw, key)
            if not isinstance(value, list):
                raise ValueProblem(f"{key}: expected a JSON list")
            return value
        if isinstance(kind, type) and issubclass(kind, BaseModel) and key != "aliases":
            raise ValueProblem(f"{key}: give this list as JSON, e.g. {key}='[{{...}}]'")
        items = [part.strip() for part in raw.split(",")]
        return [_one(kind if key != "aliases" else str, item, key) for item in items if item]
    return _one(kind, raw, key)


def parse_assignment(model: type[BaseModel], text: str) -> tuple[str, Any]:
    """``FIELD=VALUE`` as (field, typed value)."""
    key, equals, raw = text.partition("=")
    if not equals or not key:
        raise ValueProblem(f"{one_line(text)!r} is not FIELD=VALUE (e.g. status=supported)")
    return key, parse_value(model, key, raw)


def check_json_fields(model: type[BaseModel], values: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values as given, after checking every field name exists; enum words checked."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        kind, is_list = _strip(_annotation(model, key))
        typed = isinstance(kind, type) and (issubclass(kind, enum.Enum) or kind is bool)
        if isinstance(value, str) and not is_list and typed:
            value = _one(kind, value, key)
        out[key] = value
    return out


def _is_date(annotation: Any, metadata: list[Any]) -> bool:
    """Whether a field holds a :data:`tui.model.PartialDate` (its validators, in the
    field's metadata or inside an optional's ``Annotated``)."""
    marks = set(map(id, typing.get_args(PartialDate)[1:]))
    found = list(metadata)
    for part in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(part) is typing.Annotated:
            found += typing.get_args(part)[1:]
    return any(id(item) in marks for item in found)


def _singular(key: str) -> str:
    """A list field's name for one of its items: ``figures`` -> ``figure``."""
    if key.endswith("ses"):
        return key[:-2]
    return key[:-1] if key.endswith("s") else key


def _shown_value(value: Any) -> str:
    """A typed value as the problem quotes it: text in quotes, else as JSON writes it."""
    if isinstance(value, str):
        return repr(one_line(value))
    return one_line(json.dumps(value, ensure_ascii=False))


def item_problems(section: str, key: str, value: Any) -> list[str]:
    """What is wrong with the items of a list field typed as JSON (``figures``), in plain
    words and counted from 1 as a reader counts: ``figure 2: 'low' must be a number, got
    'ten'``. Checks the shape a form can get wrong by typing (an item not an object, a
    key the format does not know, a number field given text, a required key missing);
    the loader checks the rest when the record is saved."""
    from tui.edit.operations import SECTION_MODELS

    model = SECTION_MODELS.get(section)
    if model is None or not isinstance(value, list):
        return []
    inner, is_list = _strip(_annotation(model, key))
    if not (is_list and isinstance(inner, type) and issubclass(inner, BaseModel)):
        return []
    noun = _singular(key)
    fields = {info.alias or name: info for name, info in inner.model_fields.items()}
    problems: list[str] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            problems.append(
                f'{noun} {number}: must be an object in braces, {{"key": value, ...}},'
                f" got {_shown_value(item)}"
            )
            continue
        for name, given in item.items():
            info = fields.get(str(name))
            if info is None:
                close = difflib.get_close_matches(str(name), list(fields), n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                problems.append(
                    f"{noun} {number}: {one_line(str(name))!r} is not a field of a {noun}{hint}"
                )
                continue
            kind, _ = _strip(info.annotation)
            number_field = kind in (int, float) and kind is not bool
            if (
                number_field
                and given is not None
                and (isinstance(given, bool) or not isinstance(given, int | float))
            ):
                problems.append(
                    f"{noun} {number}: {one_line(str(name))!r} must be a number,"
                    f" got {_shown_value(given)}"
                )
        for name, info in fields.items():
            if info.is_required() and name not in item:
                problems.append(f"{noun} {number}: {name!r} is missing")
    return problems


@dataclass(frozen=True)
class FieldSpec:
    """What a form needs to know about one field of a record.

    ``kind`` is one of ``text``, ``word`` (a closed vocabulary: ``choices`` in the
    format's order, for a picker or a quick key that cycles), ``number``, ``whole``
    (a whole number; ``choices`` lists the Admiralty credibility scale's 1-6 for
    ``credibility``), ``bool``, ``ref`` (an id of the ``target`` section: a picker with
    search), ``text-list``, ``ref-list`` or ``json`` (records inside: figures, an
    excerpt with context); ``excerpt`` is text, or a mapping with ``exact``, ``prefix``
    and ``suffix``. ``required`` fields cannot be removed.
    """

    key: str
    kind: str
    required: bool
    is_list: bool
    choices: tuple[str, ...] = ()
    target: str | None = None
    description: str = ""
    date: bool = False
    """A date of the format's shape: YYYY, YYYY-MM or YYYY-MM-DD."""


def field_specs(section: str) -> list[FieldSpec]:
    """The fields of a record of ``section`` ("" for the briefing), in the format's order."""
    from tui.edit.operations import SECTION_MODELS
    from tui.references import REFERENCE_FIELDS, SECTIONS

    targets = {noun: name for name, noun in SECTIONS.items()}
    model = SECTION_MODELS[section]
    specs: list[FieldSpec] = []
    for name, info in model.model_fields.items():
        if name == "profile":
            continue
        key = info.alias or name
        kind, is_list = _strip(info.annotation)
        target_noun = REFERENCE_FIELDS.get(section, {}).get(key)
        if key == "id":
            target_noun = None
        choices: tuple[str, ...] = ()
        if target_noun is not None:
            shape = "ref-list" if is_list else "ref"
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            shape, choices = "word", tuple(str(member.value) for member in kind)
        elif key == "excerpt":
            shape = "excerpt"
        elif isinstance(kind, type) and issubclass(kind, BaseModel) and key != "aliases":
            shape = "json"
        elif kind is bool:
            shape = "bool"
        elif kind is int:
            shape = "whole"
            if key == "credibility":
                choices = tuple(str(n) for n in range(1, 7))
        elif kind is float:
            shape = "number"
        else:
            shape = "text-list" if is_list else "text"
        specs.append(
            FieldSpec(
                key,
                shape,
                info.is_required(),
                is_list,
                choices,
                targets.get(target_noun) if target_noun else None,
                info.description or "",
                _is_date(info.annotation, info.metadata),
            )
        )
    return specs


NEUTRAL_START = {"likelihood": "roughly-even-chance", "credibility": "3"}
"""The middle of the scale of a claim's field that a quick key steps from when it is not
set: the first press is one step from it in the direction pressed (``p`` likely, ``P``
unlikely; ``i`` 4, ``I`` 2), so it never grades a claim "almost no chance" or "confirmed"
by accident, and the two keys never give the same value (the middle for both surprised a
new user). A source's reliability is not here: the analyst grades a source from the top
of the Admiralty scale down (``s`` gives A first) or from "cannot be judged" up (``S``
gives F), as a grade read in the direction pressed."""


def cycle(spec: FieldSpec, current: object, step: int = 1) -> str | int | None:
    """The next word of a closed vocabulary after ``current`` (a quick key's step); after
    the last comes nothing (None: the field is removed) for optional fields, then the
    first again. An unset likelihood or credibility steps from the middle of its scale
    (:data:`NEUTRAL_START`) in the direction of the step; any other unset field starts at
    the first word in that direction (an unset reliability: A forward, F back)."""
    if not spec.choices:
        raise ValueProblem(f"{spec.key} has no fixed list of values to step through")
    if current is None and spec.key in NEUTRAL_START:
        current = NEUTRAL_START[spec.key]  # then one step from it, below
    ring: list[str | None] = list(spec.choices)
    if not spec.required and spec.key not in ("status", "kind"):
        ring.append(None)
    text = None if current is None else str(getattr(current, "value", current))
    # an unset optional field stands at the ring's "none": one step on is the first
    # word, one step back the last (not "none" again, which would change nothing)
    position = ring.index(text) if text in ring else -1 if step > 0 else len(ring)
    chosen = ring[(position + step) % len(ring)]
    return int(chosen) if chosen is not None and spec.kind == "whole" else chosen
