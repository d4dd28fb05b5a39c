"""Writing files so that nothing the user had is ever lost or left half-written.

Every file the project writes (exports, drafts, the schema, caches, state) goes through
:func:`write_atomic`, which

- writes a temporary file beside the target and renames it into place, so a crash or a
  full disk leaves the old file or the new one, never a mix;
- replaces an existing file only when asked, and never one it must not: the file the
  output was made from, or a briefing (see :func:`refuse_protected`), whatever the flags;
- gives a new file the mode the user's umask asks for (a colleague in the same group can
  read an export, as with every other tool) and keeps the mode (and, where allowed, the
  owner) of a file it replaces;
- writes *through* a symbolic link: the file the link points to is replaced, the link
  stays a link (the way editors save, so a briefing folder of symlinks keeps working);
- holds a lock on its temporary file while it writes, so the next write into the same
  folder can tell an orphan (left by a killed process) from a write in progress and
  delete the orphans (:func:`prune_stale_temps`).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import time
from collections.abc import Iterable
from pathlib import Path

from tui.text import shown_path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "TEMP_MARK",
    "FileExistsRefusal",
    "ProtectedFileRefusal",
    "create_temp",
    "is_read_only",
    "looks_like_briefing",
    "prune_stale_temps",
    "refuse_protected",
    "write_atomic",
]

TEMP_MARK = ".briefing-tmp-"
"""Part of every temporary file name we create: ``.{name}.briefing-tmp-XXXXXXXX``."""

_OUR_TEMP = re.compile(r"^\..+\.briefing-tmp-[A-Za-z0-9_]+$")
_GRACE_SECONDS = 5.0
"""A temporary file younger than this is left alone even when unlocked: its writer may
not have locked it yet."""
_READ_BYTES = 16 * 1024 * 1024
"""How much of a file is read to tell whether it is a briefing: the loader's default cap,
so every briefing the app opens without BRIEFING_MAX_BYTES is read whole."""
_SNIFF_BYTES = 65536
_MAX_DEPTH = 64
"""Deepest nesting walked, as the loader allows (a briefing needs five levels)."""
_KEY_LINE = re.compile(r"""^["']?(id|title)["']?[ \t]*:""", re.MULTILINE)
"""A line that starts a top-level key: the last resort, for YAML broken before the keys."""
_NOT_YAML_TEXT = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
"""What YAML refuses in a stream (YAML 1.2, 5.1): the reader would stop at the first."""
_BRIEFING_KEYS = frozenset({"id", "title"})
_EXPORT_KEY = "profile"
"""The key only a JSON export has at its top (the loader drops it): such a file is derived."""


class FileExistsRefusal(FileExistsError):
    """The target exists and replacing it was not asked for."""


class ProtectedFileRefusal(PermissionError):
    """The target is a file that must never be written over: the input, or a briefing."""


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def looks_like_briefing(path: Path) -> bool:
    """Whether the existing file at ``path`` holds a briefing (by its content, not name).

    The loader reads YAML, so this reads YAML too: a byte-order mark, CRLF, flow (JSON)
    style, quoted or explicit keys, an indented mapping or a long summary before the id
    are all briefings. A briefing is a top-level mapping with the keys ``id`` and
    ``title``, or a file naming the briefing schema on its first line. The walk is
    bounded (the first 16 MiB, 64 levels, aliases never expanded) and stops as soon as
    it can tell. A file whose YAML breaks before both keys are read is judged by its
    lines, so a half-edited briefing is still protected. JSON exports (a flow mapping
    with the export's ``profile`` key) are derived files that a new export may replace.
    """
    try:
        with path.open("rb") as stream:  # a regular file: refuse_protected checked
            raw = stream.read(_READ_BYTES)
    except OSError:
        return False
    text = _as_text(raw)
    if "briefing.schema.json" in text.split("\n", 1)[0]:
        return True
    verdict = _json_verdict(text)
    if verdict is None:
        verdict = _yaml_verdict(text)
    if verdict is None:  # the YAML broke before it could tell
        keys = {m.group(1) for m in _KEY_LINE.finditer(text, 0, _SNIFF_BYTES)}
        verdict = keys >= _BRIEFING_KEYS
    return verdict


def _as_text(raw: bytes) -> str:
    """The file's text as the YAML reader can take it: decoded (UTF-16 when it starts
    with that byte-order mark: such a briefing is still its author's), without a
    byte-order mark, bytes that are no UTF-8 and characters YAML refuses replaced, so
    one stray byte cannot hide the keys around it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    return _NOT_YAML_TEXT.sub("\ufffd", text.removeprefix("\ufeff"))


def _briefing_keys(keys: set[str], *, flow: bool) -> bool:
    """Whether these top-level keys make a briefing: ``id`` and ``title``, and, in flow
    style, no ``profile`` (that is a JSON export, which ``--force`` may refresh)."""
    return keys >= _BRIEFING_KEYS and not (flow and _EXPORT_KEY in keys)


def _json_verdict(text: str) -> bool | None:
    """The verdict for a file that is JSON (as exports are), read at C speed; None when it
    is not JSON. A JSON export of 10,000 claims takes the YAML walk a third of a second,
    and the check runs twice per export."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    return _briefing_keys({key for key in data if isinstance(key, str)}, flow=True)


def _yaml_verdict(text: str) -> bool | None:
    """Walk the first YAML document's events for its top-level keys; True or False as
    soon as they tell, None when the YAML breaks (or nests too deep) first.

    Events, not a loader: nothing is constructed, an alias is one event whatever it
    names, and the walk stops at the answer. A flow mapping is walked to its end to see
    whether it is a JSON export; when it cannot be, ``id`` and ``title`` decide.
    """
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    keys: set[str] = set()
    depth = 0
    expect_key = False
    flow = False
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.StreamEndEvent | yaml.DocumentEndEvent):
                return False  # no document, or one with no mapping at its top
            if isinstance(event, yaml.StreamStartEvent | yaml.DocumentStartEvent):
                continue
            if depth == 0:
                if not isinstance(event, yaml.MappingStartEvent):
                    return False  # a list or a single value
                depth, expect_key, flow = 1, True, bool(event.flow_style)
                continue
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
                if depth == 0:
                    return _briefing_keys(keys, flow=flow)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > _MAX_DEPTH:
                    return None
                continue  # a key or value that ends with its end event
            elif depth == 1 and expect_key and isinstance(event, yaml.ScalarEvent):
                keys.add(event.value)
            if depth == 1:
                expect_key = not expect_key
                if not flow and keys >= _BRIEFING_KEYS:
                    return True  # block style is never a JSON export: no need to go on
    except yaml.YAMLError:
        if keys >= _BRIEFING_KEYS:
            return True  # broken or cut off after both keys: a briefing, not an export
        return None
    finally:
        loader.dispose()


def refuse_protected(
    target: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Raise :class:`ProtectedFileRefusal` when writing ``target`` would destroy a briefing.

    ``target`` may not be any of ``inputs`` (compared by device and inode, so another
    name, a hard link or a symlink to the input is caught too), nor an existing briefing
    file. No flag overrides this: an export or a draft never replaces a briefing.
    """
    path = Path(target)
    try:
        target_stat = path.stat()
    except OSError:
        return  # nothing there (or unreachable): nothing to protect
    for source in inputs:
        try:
            source_stat = Path(source).stat()
        except OSError:
            continue
        if _same_file(target_stat, source_stat):
            raise ProtectedFileRefusal(
                f"{shown_path(path)} is the file being read; refusing to write over it"
                " whatever the flags (choose another output name)"
            )
    if stat.S_ISREG(target_stat.st_mode) and looks_like_briefing(path):
        raise ProtectedFileRefusal(
            f"{shown_path(path)} is a briefing file; refusing to write over it whatever the"
            " flags (choose another name, or delete it yourself first)"
        )


def is_read_only(path: Path, status: os.stat_result | None = None) -> bool:
    """Whether the user locked ``path`` against changes: no write bit at all in its mode
    (``chmod a-w``), or none this process holds. A save replaces a file by renaming a new
    one over it, which only the folder's permissions govern, so without this check a file
    somebody made read-only would be replaced (and given its mode back) without a word;
    the mode bits are read too because ``os.access`` grants the superuser everything."""
    try:
        mode = (status or path.stat()).st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: the classic read-and-restore
    os.umask(mask)
    return mask


def _lock(fd: int, *, wait: bool) -> bool:
    if fcntl is None:  # pragma: no cover - not on POSIX
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def prune_stale_temps(folder: str | os.PathLike[str]) -> int:
    """Delete temporary files of our naming in ``folder`` that no live writer holds.

    A write killed between creating its temporary file and renaming it leaves the file
    behind; nothing else would ever remove it. A writer holds an exclusive lock on its
    temporary file until it is done, and the lock dies with the process, so an unlocked
    temporary file older than a few seconds is an orphan. Returns how many were removed.
    """
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    now = time.time()
    for name in names:
        if not _OUR_TEMP.match(name):
            continue
        candidate = os.path.join(folder, name)
        try:
            fd = os.open(candidate, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < _GRACE_SECONDS:
                continue
            if _lock(fd, wait=False):
                with contextlib.suppress(OSError):
                    os.unlink(candidate)
                    removed += 1
        finally:
            os.close(fd)
    return removed


def create_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new, locked, private (0600) temporary file of our naming beside ``name``.

    The lock is held while the returned descriptor is open, which is what tells
    :func:`prune_stale_temps` that the file is not an orphan.
    """
    for _ in range(100):
        # os.urandom rather than secrets: the same bytes, without importing secrets (and
        # hmac, hashlib, random) on the start-up path of every command.
        temporary = os.path.join(folder, f".{name}{TEMP_MARK}{os.urandom(4).hex()}")
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except FileExistsError:
            continue
        _lock(handle, wait=True)
        return handle, temporary
    raise FileExistsError(f"no free temporary name in {shown_path(folder)}")


def _real_target(target: Path) -> Path:
    """The file a write to ``target`` should replace: through symlinks, to their end."""
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def write_atomic(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    replace: bool = False,
    protect: Iterable[str | os.PathLike[str]] | None = None,
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    An existing file is only replaced when ``replace`` is true. With ``protect`` (the
    files the output was made from), the write is refused when the target is one of them
    or is a briefing, whatever ``replace`` says (see :func:`refuse_protected`); caches
    and state files pass ``None``. Returns the path written (the link's target when
    ``path`` is a symbolic link).
    """
    target = Path(path)
    if protect is not None:
        refuse_protected(target, protect)
    if target.exists() and not replace:
        raise FileExistsRefusal(f"{shown_path(target)} exists; not replacing it")
    real = _real_target(target)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = real.parent if str(real.parent) else Path(".")
    try:
        existing: os.stat_result | None = real.stat()
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise IsADirectoryError(
            f"{shown_path(target)} is not a regular file; give the name of a file"
        )
    if existing is not None and is_read_only(real, existing):
        raise PermissionError(errno.EACCES, "Permission denied: the file is read-only", str(real))
    prune_stale_temps(folder)
    handle, temporary = create_temp(folder, real.name)
    try:
        if existing is not None:
            os.fchmod(handle, stat.S_IMODE(existing.st_mode))
            with contextlib.suppress(OSError):
                os.fchown(handle, existing.st_uid, existing.st_gid)
        else:
            os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "wb", closefd=False) as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, real)
        else:
            # link() fails if the target appeared meanwhile: never clobber a file.
            os.link(temporary, real)
            os.unlink(temporary)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    finally:
        os.close(handle)
    return real
