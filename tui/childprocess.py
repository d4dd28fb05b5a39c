"""Starting multiprocessing's helper processes from inside the app, and keeping workers
off its terminal.

multiprocessing hands ``sys.stderr.fileno()`` to the helper processes it starts once per
process (the resource tracker, the fork server). Inside the app, Textual replaces
``sys.stderr`` with a print capture whose ``fileno()`` is -1, and starting a process then
fails ("bad value(s) in fds_to_keep"): the first pool of workers failed every page, or
took the app down while it read a large library. :func:`start_with_stderr` runs such a
start with the process's own standard error standing in. Workers share the terminal the
app draws on: :func:`quiet_worker` sends what they would print to /dev/null.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

__all__ = ["quiet_worker", "start_with_stderr"]


def start_with_stderr(start: Callable[[], object]) -> None:
    """Call ``start`` with a ``sys.stderr`` that has a file descriptor.

    When the current one has none, the process's own (``sys.__stderr__``, else
    /dev/null) stands in for the call. ``sys.stderr`` belongs to the whole process, so a
    line another thread prints in that instant goes there; nothing of the app prints at
    such a time. The helper started is started once per process: later calls are cheap.
    """
    captured = sys.stderr
    try:
        usable = captured is not None and captured.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        start()
        return
    stand_in = sys.__stderr__
    opened = None
    if stand_in is None:
        opened = stand_in = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        sys.stderr = stand_in
        start()
    finally:
        sys.stderr = captured
        if opened is not None:
            opened.close()


def quiet_worker() -> None:
    """In a worker process: stdout and stderr to /dev/null, Ctrl-C left to the parent.

    The app draws on the terminal the worker shares, and neither glibc's "double free"
    report nor a Python traceback may land on it (the parent reports what failed).
    SIGINT reaches the whole process group; it is the parent that decides what to stop.
    Never raises: a failed initializer breaks the whole pool.
    """
    os.environ["LIBC_FATAL_STDERR_"] = "1"  # glibc: report to stderr, not to /dev/tty
    with contextlib.suppress(OSError):
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        os.close(quiet)
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
