"""Briefing files to models: safe, bounded, and every problem with file, line and column.

The fast path reads the YAML without recording positions and validates it; only when
something is wrong is the text read a second time with positions on, so a valid file pays
nothing for error reporting and an invalid one gets every problem pointed at its line.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import types
import typing
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from tui.articlecheck import FORMATS
from tui.boundedread import ReadRefused, read_regular
from tui.errors import BriefingError, LoadError, Problem
from tui.model import Briefing
from tui.references import check_references
from tui.words import CREDIBILITY_WORDS
from tui.yamlread import Path, Positions, read_yaml

if TYPE_CHECKING:
    from tui.modelcache import ModelCache

__all__ = [
    "DEFAULT_MAX_BYTES",
    "BriefingError",
    "LoadError",
    "Problem",
    "load_briefing",
    "load_read",
    "parse_briefing",
    "read_bounded",
]

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Files larger than this are refused before parsing; BRIEFING_MAX_BYTES overrides it."""

_BOM = "\ufeff"


def max_bytes_from_env() -> int:
    """The size cap, from BRIEFING_MAX_BYTES when set to a positive whole number."""
    raw = os.environ.get("BRIEFING_MAX_BYTES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BYTES


def load_briefing(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    use_libyaml: bool | None = None,
    cache: ModelCache | None = None,
) -> Briefing:
    """Read and validate one briefing file; raise :class:`LoadError` listing every problem.

    With a ``cache``, a file whose exact bytes were parsed before is served from it, and a
    newly parsed one is added (a failure to save is not an error: the briefing loaded).
    """
    name = os.fspath(path)
    return load_read(read_bounded(name, max_bytes), name, use_libyaml=use_libyaml, cache=cache)


def load_read(
    raw: bytes, name: str, *, use_libyaml: bool | None = None, cache: ModelCache | None = None
) -> Briefing:
    """:func:`load_briefing` for bytes already read (with :func:`read_bounded`) from the
    file ``name``: for a caller that also needs those exact bytes (their content hash)."""
    if cache is not None:
        cached = cache.get(raw)
        if cached is not None:
            return cached
    briefing = parse_briefing(raw, name, use_libyaml=use_libyaml)
    if cache is not None:
        cache.put(raw, briefing)
    return briefing


def read_bounded(name: str, max_bytes: int | None = None) -> bytes:
    """The file's bytes, refused with a LoadError when above the size cap or unreadable.

    The file is opened with ``O_NONBLOCK`` and checked with ``fstat`` before a byte is
    read: a FIFO, a terminal or a device named as a briefing would otherwise block the
    reader for ever (the app then hangs on "loading" and cannot even be quit). The size
    from ``stat`` only refuses early; the read itself stops at ``limit + 1`` bytes, since
    a file can grow, or lie about its size, between the check and the read.
    """
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    try:
        return read_regular(name, limit)
    except ReadRefused as refused:
        message = {
            "missing": "no such file",
            "folder": _NOT_A_FILE,
            "special": f"is {refused.kind}, not a regular file; not read",
            "too_big": _too_big(refused.size, limit),
            "bad_name": "no such file (the name holds a NUL byte)",
        }.get(refused.why) or f"cannot read: {refused.reason}"
        raise LoadError([Problem(name, None, None, message)]) from None


_NOT_A_FILE = "is a folder, not a briefing file"


def _too_big(size: int, limit: int) -> str:
    return (
        f"file is {size / 1048576:.1f} MiB, above the {limit / 1048576:g} MiB limit"
        " (raise it with BRIEFING_MAX_BYTES)"
    )


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text without a byte-order mark, or a LoadError pointing at the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        advice = "save the file as UTF-8"
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # the byte-order mark of UTF-16
            typed = shlex.quote(name) if name.isprintable() else "FILE"  # a runnable line
            advice = (
                "it is UTF-16 text: save it as UTF-8, e.g."
                f" iconv -f utf-16 -t utf-8 {typed} > briefing-utf8.yaml"
            )
        raise LoadError(
            [
                Problem(
                    name,
                    line,
                    column,
                    f"not UTF-8 text: byte 0x{raw[error.start]:02X} cannot be decoded ({advice})",
                )
            ]
        ) from None
    return text.removeprefix(_BOM)


def parse_briefing(
    raw: bytes | str, name: str = "<briefing>", *, use_libyaml: bool | None = None
) -> Briefing:
    """Validate briefing text (bytes are decoded as UTF-8); raise LoadError on any problem."""
    if isinstance(raw, bytes):
        try:
            text = decode(raw, name)
        except LoadError:
            _refuse_binary(raw, name)
            raise
    else:
        text = raw.removeprefix(_BOM)
    result = read_yaml(text, use_libyaml=use_libyaml)
    if result.problems or isinstance(result.data, str):
        _refuse_article(text, name)  # only when it failed: a valid file pays nothing
    if result.problems:
        raise LoadError(_explain(text, name, use_libyaml))
    if not isinstance(result.data, dict):
        raise LoadError([_top_level_problem(name, result.data)])
    try:
        briefing = Briefing.model_validate(result.data)
    except ValidationError:
        raise LoadError(_explain(text, name, use_libyaml)) from None
    if check_references(result.data):
        raise LoadError(_explain(text, name, use_libyaml))
    return briefing


# --- a file that is no briefing at all: an article, a web page, a PDF -------------------

_ARTICLE_ENDINGS = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
"""Endings of the files ``briefing new`` drafts from: with no ``id:`` line, an article."""
_KEY_LINE = re.compile(r"""^[ \t]*["']?([A-Za-z_]+)["']?[ \t]*:(?=[ \t]|$)""", re.MULTILINE)
"""A line that starts a YAML key, as a briefing's keys are written (indented too)."""
_SNIFF_CHARS = 65_536
"""How much of the text is looked through for key lines: a briefing's come first."""


def _refuse_binary(raw: bytes, name: str) -> None:
    """Raise the LoadError that says what the file is when it is a document or image (a
    PDF, a Word file, a picture): "not UTF-8 text: byte 0xE2" at line 2 told the user of a
    PDF opened by mistake nothing about what to do."""
    kind = next((kind for magic, kind in FORMATS if raw.startswith(magic)), None)
    if kind is None:
        return
    message = (
        f"not a briefing: this is {kind} (a binary file), not the YAML text of a briefing;"
        " to draft a briefing from the article in it, save its text as a .txt, .md or"
        " .html file and run: briefing new ARTICLE.txt"
    )
    raise LoadError([Problem(name, None, None, message)])


def _refuse_article(text: str, name: str) -> None:
    """Raise the LoadError that says the file is no briefing, and names the command that
    drafts one, when it is an article (prose, Markdown, a web page): the usual first try
    ``briefing article.txt`` got a YAML syntax error at line 3 and no hint.

    Only a file with an article's ending (``.txt``, ``.md``, ``.html`` …) is judged, and
    only when no line starts the ``id`` key: a briefing with a real YAML mistake, and
    any ``.yaml`` file, keeps its message at the line and column of the mistake.
    """
    ending = os.path.splitext(name)[1].lower()
    if ending not in _ARTICLE_ENDINGS:
        return
    head = text[:_SNIFF_CHARS]
    lines = [line for line in head.splitlines() if line.strip()]
    if not lines or all(line.lstrip().startswith("#") for line in lines):
        return  # empty, or only comments: said as such
    if "briefing.schema.json" in lines[0] or head.lstrip().startswith("{"):
        return  # a briefing (or its JSON) under another ending
    if any(match.group(1) == "id" for match in _KEY_LINE.finditer(head)):
        return
    typed = shlex.quote(name) if name.isprintable() else "FILE"  # a line to run as it is
    message = (
        f"not a briefing: this reads as {_reads_as(head, ending)}, not as a briefing's"
        f" YAML (which starts with id: and title:); to draft a briefing from it, run:"
        f" briefing new {typed}"
    )
    raise LoadError([Problem(name, None, None, message)])


def _reads_as(head: str, ending: str) -> str:
    """What an article file is, in words: a web page, Markdown, or plain text."""
    if ending in (".html", ".htm", ".xhtml") or head.lstrip().startswith("<"):
        return "a web page (HTML)"
    if ending in (".md", ".markdown"):
        return "an article in Markdown"
    return "an article (plain text)"


def _top_level_problem(name: str, data: Any) -> Problem:
    if data is None:
        return Problem(name, None, None, "the file is empty: it holds no YAML data")
    return Problem(
        name,
        1,
        1,
        f"a briefing must be a mapping of keys (id, title, sources, ...), found {_kind(data)}",
    )


def _explain(text: str, name: str, use_libyaml: bool | None) -> list[Problem]:
    """Read again with positions, and collect every problem there is, each at its place."""
    result = read_yaml(text, record_positions=True, use_libyaml=use_libyaml)
    problems = [Problem(name, p.line, p.column, p.message) for p in result.problems]
    if result.data is None:
        return problems
    if not isinstance(result.data, dict):
        return [*problems, _top_level_problem(name, result.data)]
    positions = result.positions or Positions()
    try:
        Briefing.model_validate(result.data)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            problems.append(_from_pydantic(detail, result.data, positions, name))
    for ref in check_references(result.data):
        line, column = positions.of_value(ref.path) or (None, None)
        message = ".".join(str(step) for step in ref.path) + ": " + ref.message
        if ref.related is not None:
            other = positions.of_value(ref.related)
            if other is not None:
                message += f" (first at line {other[0]})"
        problems.append(Problem(name, line, column, message))
    return problems


# --- turning pydantic's errors into messages a briefing author can act on -------------------


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _data_path(data: Any, loc: Sequence[str | int]) -> tuple[Path, list[str | int]]:
    """Split pydantic's ``loc`` into the part that exists in the data and what is left.

    ``loc`` can hold names that are not in the document (a union member's tag, a key that
    is missing); the walk keeps only steps the data really has.
    """
    path: list[str | int] = []
    rest: list[str | int] = []
    node = data
    for step in loc:
        in_map = isinstance(node, dict) and isinstance(step, str) and step in node
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if in_map or in_list:
            path.append(step)
            node = node[step]
        else:
            rest.append(step)
    return tuple(path), rest


def _model_at(loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc`` (for did-you-mean hints)."""
    model: type[BaseModel] | None = Briefing
    for step in loc:
        if model is None:
            return None
        if isinstance(step, int):
            continue
        field = _field_by_key(model, step)
        if field is None:
            continue  # a union tag or similar: stay on this model
        model = _inner_model(field.annotation)
    return model


def _field_by_key(model: type[BaseModel], key: str) -> Any:
    for name, field in model.model_fields.items():
        if (field.alias or name) == key:
            return field
    return None


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None:
        return None
    args: Iterable[Any] = typing.get_args(annotation)
    if origin is typing.Annotated:
        args = args[:1]  # type: ignore[index]
    elif origin not in (list, typing.Union, types.UnionType):
        return None
    for arg in args:
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _keys_of(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [field.alias or name for name, field in model.model_fields.items()]


_SYNONYMS: dict[str, str] = {
    # status
    **dict.fromkeys(("verified", "confirmed", "true", "correct", "accurate"), "supported"),
    **dict.fromkeys(("false", "debunked", "wrong", "untrue", "incorrect", "fake"), "refuted"),
    **dict.fromkeys(("contested", "controversial", "doubtful"), "disputed"),
    **dict.fromkeys(("unconfirmed", "unknown", "open", "unchecked", "pending"), "unverified"),
    # kind
    **dict.fromkeys(("rumour", "rumor", "speculative", "conjecture", "guess"), "speculation"),
    **dict.fromkeys(("fact", "factual", "report", "news"), "reported"),
    **dict.fromkeys(("comment", "commentary", "view", "assessment", "analysis"), "opinion"),
    **dict.fromkeys(("history", "past"), "historical"),
    **dict.fromkeys(("prediction", "projection", "outlook"), "forecast"),
    **dict.fromkeys(("context",), "background"),
    # likelihood and confidence
    **dict.fromkeys(("probable", "probably"), "likely"),
    **dict.fromkeys(("improbable",), "unlikely"),
    **dict.fromkeys(("certain", "near-certain"), "almost-certain"),
    **dict.fromkeys(("impossible",), "almost-no-chance"),
    **dict.fromkeys(("even", "50-50", "toss-up", "even-chance"), "roughly-even-chance"),
    **dict.fromkeys(("medium", "mid", "average"), "moderate"),
}
"""Words people write for a vocabulary's own word: suggested by meaning, not spelling."""

_NEGATIONS = ("un", "in", "non", "not-", "not ", "dis", "ir", "im")


def _negates(one: str, other: str) -> bool:
    """Whether one word is (nearly) the other with a negating prefix: "unverified" for
    "verified", or for the typo "verifed"."""
    for a, b in ((one, other), (other, one)):
        for prefix in _NEGATIONS:
            if a.startswith(prefix) and len(a) > len(prefix):
                rest = a[len(prefix) :]
                if difflib.SequenceMatcher(None, rest, b).ratio() >= 0.8:
                    return True
    return False


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A suggestion for ``word``: a synonym's word first, else the closest spelling, never
    the word's opposite (a did-you-mean of 'unverified' for 'verified' would invert it)."""
    options = list(choices)
    folded = word.strip().casefold().replace("_", "-")
    meant = _SYNONYMS.get(folded) or _SYNONYMS.get(folded.replace("-", " "))
    if meant in options:
        return f" (did you mean {meant!r}?)"
    close = difflib.get_close_matches(word, options, n=3, cutoff=0.6)
    close = [c for c in close if not _negates(c.casefold(), folded)]
    return f" (did you mean {close[0]!r}?)" if close else ""


def _from_pydantic(detail: Any, data: Any, positions: Positions, name: str) -> Problem:
    loc: tuple[str | int, ...] = tuple(detail["loc"])
    kind: str = detail["type"]
    value = detail.get("input")
    path, rest = _data_path(data, loc)
    where = positions.of_value(path)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        model = _model_at(loc[:-1])
        keys = _keys_of(model)
        hint = _did_you_mean(key, keys)
        allowed = f"; allowed here: {', '.join(keys)}" if keys and not hint else ""
        message = f"unknown key {key!r}{hint}{allowed}"
        where = positions.of_key(path)
    elif kind == "missing":
        key = str(rest[-1]) if rest else str(loc[-1])
        message = f"missing required key {key!r}"
    elif kind in ("enum", "literal_error"):
        expected = detail.get("ctx", {}).get("expected", "")
        choices = [c.strip().strip("'\"") for c in expected.replace(" or ", ",").split(",")]
        choices = [c for c in choices if c]
        field = str(loc[-1]) if isinstance(loc[-1], str) else str(loc[-2])
        hint = _did_you_mean(str(value), choices) if isinstance(value, str) else ""
        message = (
            f"{value!r} is not an allowed {field}{hint}; expected one of: {', '.join(choices)}"
        )
    elif kind == "string_type":
        message = f"expected text, found {_kind(value)}"
        if isinstance(value, int | float) and not isinstance(value, bool):
            message += f" (put it in quotes: '{value}')"
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        message = f"expected a whole number, found {_kind(value)}"
        if loc and loc[-1] == "credibility":
            scale = ", ".join(f"{n} {w}" for n, w in CREDIBILITY_WORDS.items())
            message += f" (credibility is the Admiralty scale: {scale})"
    elif kind in ("float_type", "float_parsing"):
        message = f"expected a number, found {_kind(value)}"
    elif kind in ("bool_type", "bool_parsing"):
        message = f"expected true or false, found {_kind(value)}"
    elif kind == "list_type":
        message = f"expected a list, found {_kind(value)}"
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            message += f" (write it as a list, even of one: [{value}])"
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        message = f"expected a mapping, found {_kind(value)}"
    elif kind == "string_too_short":
        message = "must not be empty"
    else:
        message = str(detail["msg"])
    field_name = ".".join(str(step) for step in path) or "(top level)"
    line, column = where or (None, None)
    return Problem(name, line, column, f"{field_name}: {message}")
