"""Every binding id the app defines, and checking what keymap.toml asks for against them.

Textual takes any text as a key: ``ctrl-q`` or ``,`` in keymap.toml is accepted, matches no
key press, and silently takes the old keys away, which can leave no way to quit. So every
key string is checked here against the names Textual can produce, before it is applied:
an entry with a bad key is reported (with a did-you-mean) and skipped, keeping its
default keys. Two ids bound to one key where both are in force (the same screen, widget
or the app) are reported too, since Textual then drops one of them. ``ctrl+q`` (quit)
and ``ctrl+p`` (the command palette, which has a Quit command) are reserved: always
bound, whatever the keymap says, so quitting is always possible.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import pkgutil
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from tui.config import keymap_path
from tui.text import shown_path

if TYPE_CHECKING:
    from textual.dom import DOMNode

__all__ = [
    "MODIFIERS",
    "RESERVED_KEYS",
    "KeymapResult",
    "all_binding_ids",
    "all_bindings",
    "check_key",
    "check_keys",
    "conflicts",
    "default_keys",
    "key_names",
    "key_shown",
    "load_keymap",
]

MODIFIERS = ("alt", "ctrl", "hyper", "meta", "shift", "super")
"""Modifier names as Textual writes them, in the (alphabetical) order it joins them."""

RESERVED_KEYS: Mapping[str, str] = {"ctrl+q": "app.quit", "ctrl+p": "app.palette"}
"""Keys that always do one thing: no keymap can move them or take them for something else."""

_MODIFIER_ALIASES = {
    "control": "ctrl",
    "ctl": "ctrl",
    "c": "ctrl",
    "option": "alt",
    "opt": "alt",
    "m": "alt",
    "cmd": "super",
    "command": "super",
    "win": "super",
    "s": "shift",
}
_NAME_ALIASES = {
    "esc": "escape",
    "del": "delete",
    "ins": "insert",
    "pgup": "pageup",
    "pgdn": "pagedown",
    "page_up": "pageup",
    "page_down": "pagedown",
    "bs": "backspace",
    "spacebar": "space",
    "cr": "enter",
    "ret": "enter",
}


def _binding_owners() -> list[type[DOMNode]]:
    """Every class of the app's user interface that declares key bindings: the app, then
    the screens, then views and widgets, each group by name.

    Found by importing every module of :mod:`tui.ui`, so a new screen or view is covered
    without being listed anywhere (and this module needs to import none of them by name).
    """
    from textual.app import App
    from textual.dom import DOMNode
    from textual.screen import Screen

    import tui.ui

    for module in pkgutil.walk_packages(tui.ui.__path__, "tui.ui."):
        importlib.import_module(module.name)
    found: list[type[DOMNode]] = []
    pending: list[type[DOMNode]] = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("tui.ui.") and "BINDINGS" in cls.__dict__:
            found.append(cls)

    def order(cls: type[DOMNode]) -> tuple[int, str]:
        group = 0 if issubclass(cls, App) else 1 if issubclass(cls, Screen) else 2
        return group, cls.__name__

    return sorted(set(found), key=order)


def key_shown(node: DOMNode, binding_id: str) -> str | None:
    """The key that runs ``binding_id`` where ``node`` is, as the key bar writes it
    (keymap.toml applied: the first of its keys); None when no key in force runs it."""
    for active in node.screen.active_bindings.values():
        if active.binding.id == binding_id:
            return node.app.get_key_display(active.binding)
    return None


def binding_place(owner: type[DOMNode]) -> str:
    """Where ``owner``'s keys are looked up, for telling two bindings of one key apart: a
    section view's keys share their place with the screen that hosts the view
    (``KEY_PLACE``), as both are active together; every other class is its own place."""
    return str(getattr(owner, "KEY_PLACE", owner.__name__))


def all_bindings() -> Iterator[tuple[str, Binding]]:
    """(place, binding) for every binding with an id: app, screens, views and widgets."""
    for owner in _binding_owners():
        for binding in owner.__dict__["BINDINGS"]:
            if isinstance(binding, Binding) and binding.id:
                yield binding_place(owner), binding


def all_binding_ids() -> set[str]:
    return {binding.id for _, binding in all_bindings() if binding.id}


def default_keys() -> dict[str, str]:
    """Binding id -> its keys as the app defines them."""
    return {binding.id: binding.key for _, binding in all_bindings() if binding.id}


@functools.cache
def key_names() -> frozenset[str]:
    """Every key name (without modifiers) that Textual can report for a key press."""
    from textual.keys import Keys, _character_to_key

    names = {key.value.rpartition("+")[2] for key in Keys}
    names = {name for name in names if name.isalnum() or (len(name) > 1 and "-" not in name)}
    names -= {"<any>", "<ignore>", "<scroll-down>", "<scroll-up>"}
    names.update(f"f{number}" for number in range(1, 36))
    names.update(_character_to_key(chr(code)) for code in range(0x21, 0x7F))
    try:  # the kitty keyboard protocol's extra keys (caps_lock, menu, ...)
        from textual._keyboard_protocol import FUNCTIONAL_KEYS

        names.update(name for name in FUNCTIONAL_KEYS.values() if name.isidentifier())
    except ImportError:
        pass
    return frozenset(names)


def _is_name(name: str) -> bool:
    """Whether ``name`` is a key Textual can report (modifiers aside)."""
    if name in key_names():
        return True
    if len(name) == 1:
        return name.isalnum()  # letters and digits of any script are their own names
    from textual.keys import _character_to_key, key_to_character

    character = key_to_character(name)  # e.g. euro_sign: any other named character
    return character is not None and _character_to_key(character) == name


def _problem_in(key: str) -> str | None:
    """What is wrong with one key (such as ``ctrl+shift+left``), or None."""
    if key in RESERVED_KEYS or key.isspace():
        return None if key in RESERVED_KEYS else "a space: write it as 'space'"
    *modifiers, name = key.split("+")
    for modifier in modifiers:
        if modifier not in MODIFIERS:
            return f"{modifier!r} is not a modifier (use {', '.join(MODIFIERS)})"
    if len(set(modifiers)) != len(modifiers):
        return "a modifier is written twice"
    if modifiers != sorted(modifiers):
        return "Textual writes modifiers in the order " + "+".join(MODIFIERS)
    if not name:
        return "no key after the modifiers"
    if not _is_name(name):
        return f"{name!r} is not a key name Textual knows"
    return None


def _repaired(key: str) -> str | None:
    """A guess at what a bad key was meant to be, if the guess is a valid key."""
    from textual.keys import _character_to_key

    text = key.strip()
    if len(text) > 1:
        text = text.lower()
    tail: list[str] = []
    if len(text) > 1 and text[-1] in "+-" and text[-2] in "+-":  # ctrl++ or ctrl--
        tail = ["plus" if text[-1] == "+" else "minus"]
        text = text[:-2]
    *modifiers, name = [*re.split(r"[+-]", text), *tail] if text else tail or [""]
    modifiers = sorted({_MODIFIER_ALIASES.get(m, m) for m in modifiers})
    name = _NAME_ALIASES.get(name, name)
    if len(name) == 1 and not name.isalnum():
        name = _character_to_key(name)
    guess = "+".join([*modifiers, name])
    if _problem_in(guess) is None:
        return guess
    close = difflib.get_close_matches(name, sorted(key_names()), n=1, cutoff=0.75)
    if close:
        guess = "+".join([*modifiers, close[0]])
        if _problem_in(guess) is None:
            return guess
    return None


def check_key(key: str) -> str | None:
    """Why ``key`` (one key, maybe with modifiers) cannot be bound, with a did-you-mean."""
    problem = _problem_in(key)
    if problem is None:
        return None
    guess = _repaired(key)
    hint = f"; did you mean {guess!r}?" if guess and guess != key else ""
    return f"{key!r}: {problem}{hint}"


def check_keys(text: str) -> tuple[list[str], list[str]]:
    """Split a keymap value (``"j,down"``) into keys; (keys, problems with them).

    A lone printable character is taken as Textual takes it (``?`` is ``question_mark``);
    a comma cannot be one, since commas separate the keys: it is written ``comma``.
    """
    from textual.keys import _character_to_key

    if text.strip() == ",":
        return [], ["',' separates keys; the comma key is written 'comma'"]
    keys: list[str] = []
    problems: list[str] = []
    tokens = text.split(",")
    for index, raw in enumerate(tokens):
        key = raw.strip()
        if key.endswith("+") and index + 1 < len(tokens) and not tokens[index + 1].strip():
            tokens[index + 1] = "+"  # "ctrl+," meant the comma key: check it whole
            key += ","
        elif raw == "+" and index > 0 and tokens[index - 1].strip().endswith("+"):
            continue
        if not key:
            problems.append(
                "an empty key between commas (commas separate keys; the comma key is 'comma')"
            )
            continue
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        problem = check_key(key)
        if problem is None:
            if key not in keys:
                keys.append(key)
        elif problem not in problems:
            problems.append(problem)
    return keys, problems


def conflicts(keymap: Mapping[str, str]) -> list[tuple[str, str, list[str]]]:
    """(where, key, binding ids) for each key bound to two ids in one place.

    One place is one screen, one widget or the app: Textual looks a key up in each in
    turn, and of two bindings for one key in the same place only one can ever run.
    """
    from textual.keys import _normalize_key_list

    found: list[tuple[str, str, list[str]]] = []
    by_owner: dict[str, dict[str, list[str]]] = {}
    for owner, binding in all_bindings():
        assert binding.id is not None
        keys = _normalize_key_list(keymap.get(binding.id, binding.key))
        for key in keys.split(","):
            ids = by_owner.setdefault(owner, {}).setdefault(key.strip(), [])
            if binding.id not in ids:
                ids.append(binding.id)
    for owner, keys_to_ids in by_owner.items():
        for key, ids in keys_to_ids.items():
            if len(ids) > 1:
                found.append((owner, key, ids))
    return found


def reserved_problem(binding_id: str, keys: Iterable[str]) -> str | None:
    """Why ``keys`` cannot go to ``binding_id``: a reserved key belongs to another id."""
    for key in keys:
        owner = RESERVED_KEYS.get(key)
        if owner is not None and owner != binding_id:
            return f"{key} is kept for {owner} and cannot be bound to anything else"
    return None


# --- the user's keymap.toml ---------------------------------------------------------------


@dataclass
class KeymapResult:
    """Binding id -> keys from ``keymap.toml``, and what was wrong with the file, if anything."""

    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    path: Path | None = None


def load_keymap(known_ids: Callable[[], set[str]], path: Path | None = None) -> KeymapResult:
    """Read ``[keymap]`` from keymap.toml: ``binding-id = "key1,key2"``.

    A missing file is no problem; a broken one is reported (with the parser's line and
    column) and ignored, never a crash. Each entry is checked before it is used: an
    unknown id, a key Textual cannot produce (``ctrl-q``, ``,``) or a key reserved for
    quitting is reported once, with the file, the line and a did-you-mean, and the entry
    is skipped so its default keys stay. Two ids on one key in one place are reported.
    Quit keeps ``ctrl+q`` and the palette ``ctrl+p`` whatever the file says.
    """
    path = path or keymap_path()
    result = KeymapResult(path=path)
    shown = shown_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return result
    except OSError as error:
        result.problems.append(f"{shown}: cannot read: {error.strerror or error}")
        return result

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        result.problems.append(f"{shown}: {error}")
        return result
    known = known_ids()  # imports every screen: only worth it when there is a keymap
    table: Any = data.get("keymap", {})
    if not isinstance(table, dict):
        result.problems.append(f'{shown}: [keymap] must be a table of binding-id = "keys"')
        return result
    table = _flattened(table)

    def where(binding_id: str) -> str:
        line = _line_of(text, binding_id)
        return f"{shown}:{line}" if line else shown

    for binding_id, keys in table.items():
        if binding_id not in known:
            close = difflib.get_close_matches(binding_id, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            result.problems.append(f"{where(binding_id)}: unknown binding id {binding_id!r}{hint}")
            continue
        if not isinstance(keys, str) or not keys.strip():
            result.problems.append(
                f'{where(binding_id)}: {binding_id}: keys must be text such as "j,down"'
            )
            continue
        valid, problems = check_keys(keys)
        reserved = reserved_problem(binding_id, valid)
        if reserved:
            problems.append(reserved)
        if problems:
            for problem in problems:
                result.problems.append(
                    f"{where(binding_id)}: {binding_id}: {problem}; its default keys stay"
                )
            continue
        for key, owner in RESERVED_KEYS.items():
            if owner == binding_id and key not in valid:
                valid.append(key)  # quit and the palette always keep their key
        result.keymap[binding_id] = ",".join(valid)
    for owner, key, ids in conflicts(result.keymap):
        lines = sorted({_line_of(text, i) or 0 for i in ids if i in result.keymap} - {0})
        at = f"{shown}:{lines[0]}" if lines else shown
        result.problems.append(
            f"{at}: {key!r} is bound to both {' and '.join(ids)} in {owner}; only one can work"
        )
    return result


def _flattened(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"briefing": {"reload": "R"}}`` as ``{"briefing.reload": "R"}``.

    TOML reads an unquoted ``briefing.reload = "R"`` as a nested table; that is how most
    people write the line, and it means the binding id, so it is taken as written.
    """
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flattened(value, name + "."))
        else:
            flat[name] = value
    return flat


def _line_of(text: str, binding_id: str) -> int | None:
    """The line of keymap.toml that sets ``binding_id``, for messages (None if not found)."""
    pattern = re.compile(rf"""^\s*(["']?){re.escape(binding_id)}\1\s*=""", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None
