"""Page extraction in worker processes, so that a native crash costs one page and no more.

Why processes and not threads: lxml gives each thread a libxml2 name dictionary lazily,
and a thread whose first parse goes through a shared parser adopts that parser's
dictionary. ``lxml.html.document_fromstring``, trafilatura and htmldate all parse with
module-level parsers, so two extraction threads wrote one dictionary without a lock and
corrupted the heap ("double free or corruption", SIGSEGV) in about one run in four. A
pool of one thread would not do either: an extraction that ran out of time keeps running
in its abandoned thread while the next one starts. A worker process runs one extraction
at a time on its only thread, and when third-party C code crashes anyway, the worker
dies, not the app, and not its terminal (workers write nothing to it).

:class:`ExtractionPool` wraps :class:`concurrent.futures.ProcessPoolExecutor`:

- Started lazily, on the first call of :meth:`ExtractionPool.run` (a run served from the
  cache never starts a process), and started off the event loop: with the ``forkserver``
  method, starting the first worker waits for the fork server to import trafilatura.
- ``forkserver`` (or ``spawn`` where there is no fork server): never ``fork``, which
  would copy a threaded process with its locks held. The fork server imports trafilatura
  and warms it up once (:mod:`tui.fetch.warmup`), and every worker forked from it, for
  this run and the next, starts with all that done. Measured on a busy 2-core machine:
  about 1.1 s until the first worker of a process is ready, 0.03-0.1 s for the workers
  of each later run, and a round trip of a small call under 1 ms.
- The executor's workers are found in its private ``_processes`` map, the only way on
  Python 3.11 to learn how a worker ended or to stop one that is busy.
- When a worker dies, the executor fails every call in flight with
  :class:`~concurrent.futures.process.BrokenProcessPool` and kills the other workers. The
  pool then finds out which call each worker was running (a shared board each worker
  writes its current task on) and how each worker ended: the call whose worker died of
  a signal or an exit of its own raises :class:`WorkerCrashed`; calls that were only
  queued, or running in a worker the executor killed afterwards, run again once on a new
  pool.
- :meth:`ExtractionPool.close` drops queued calls and ends the workers; one still busy
  with an abandoned call (its page ran out of time, or the run was cancelled) is
  terminated rather than waited for.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

from tui.childprocess import quiet_worker, start_with_stderr
from tui.errors import BriefingError

__all__ = ["ExtractionPool", "WorkerCrashed", "crash_reason", "pool_size"]

_R = TypeVar("_R")

MAX_WORKERS = 4
"""Upper bound on worker processes, whatever the machine.

Each worker holds trafilatura and lxml (about 60 MB resident), and a run never has more
than ``concurrency`` pages waiting for extraction; past four workers the event loop that
feeds them is the limit, not extraction.
"""

PRELOAD = ("tui.fetch.engine", "tui.fetch.workers", "tui.fetch.warmup")
"""Modules a worker needs: imported once by the fork server, so that each worker forked
from it starts with trafilatura loaded and warmed up (see :mod:`tui.fetch.warmup`), and
again by each worker's initializer (free after the fork server; the work itself for a
``spawn`` worker)."""

THIRD_PARTY_PRELOAD = ("trafilatura", "lxml.html", "charset_normalizer")
"""What the fork server imports instead when the working folder holds another ``tui``
package (see :func:`_preload`): the libraries without the warm-up, which each worker's
initializer then does for itself."""


class WorkerCrashed(BriefingError):
    """The worker process running a call died; ``str(error)`` says how."""


def pool_size() -> int:
    """Workers for this machine: one per CPU this process may use, at most :data:`MAX_WORKERS`."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def crash_reason(exitcode: int | None) -> str | None:
    """Why a worker that ended with ``exitcode`` took its call with it, or None when the
    call was not at fault: still running (None), a clean exit (0), or killed by the pool
    itself with SIGTERM after another worker died."""
    if exitcode is None or exitcode == 0 or exitcode == -signal.SIGTERM:
        return None
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            return f"extraction crashed (signal {-exitcode})"
        return f"extraction crashed (signal {-exitcode}, {name})"
    return f"extraction crashed (its worker process exited with status {exitcode})"


def _preload() -> list[str]:
    """The modules for the fork server to import: :data:`PRELOAD`, unless the working
    folder would shadow this package there.

    Python 3.11 starts the fork server with ``python -c`` and ignores the ``sys.path``
    it is given, so the server looks in the working folder first; run from inside
    another checkout of briefing, it would import that checkout's ``tui`` and hand it
    to every worker. Then it preloads only the libraries; each worker, which does get
    this process's ``sys.path``, imports this package's modules itself.
    """
    here = Path(__file__).resolve().parent.parent
    try:
        there = Path.cwd() / "tui"
        shadowed = (there / "__init__.py").is_file() and there.resolve() != here
    except OSError:  # no working folder (deleted under us): nothing to shadow with
        shadowed = False
    return list(THIRD_PARTY_PRELOAD if shadowed else PRELOAD)


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Takes effect when this process first starts its fork server; harmless after.
        context.set_forkserver_preload(_preload())
        _ensure_fork_server()
        return context
    return multiprocessing.get_context("spawn")


def _ensure_fork_server() -> None:
    """Start the fork server once, with a standard error it can be handed (see
    :mod:`tui.childprocess`: inside the app, starting it failed every page)."""
    from multiprocessing import forkserver

    start_with_stderr(forkserver.ensure_running)


# --- in the worker process ------------------------------------------------------------

_board_tasks: Any = None
_board_slot = -1


def _start_worker(pids: Any, tasks: Any, joined: Any, preload: Iterable[str]) -> None:
    """Initializer of each worker: quiet, its place on the board claimed, warmed up.

    stdout and stderr go to /dev/null: the app draws on the terminal the worker shares,
    and neither glibc's "double free" report nor a Python traceback may land on it (the
    failed page carries the outcome). SIGINT is ignored: Ctrl-C reaches the whole process
    group, and it is the parent that decides what to stop. Nothing here may raise: the
    executor takes a failed initializer for a broken pool, and every page would fail
    with "extraction interrupted"; an import that fails here fails again, with its own
    message, in the call that needs it.
    """
    global _board_tasks, _board_slot
    quiet_worker()
    with joined.get_lock():
        slot = joined.value
        joined.value += 1
    if slot < len(pids):
        pids[slot] = os.getpid()
        _board_tasks, _board_slot = tasks, slot

    for name in preload:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _call(task: int, function: Callable[..., _R], args: tuple[Any, ...]) -> _R:
    """Run one call in a worker, with its task number on the board while it runs."""
    tasks = _board_tasks
    if tasks is not None:
        tasks[_board_slot] = task
    try:
        return function(*args)
    finally:
        if tasks is not None:
            tasks[_board_slot] = 0


def _ready() -> None:
    """The call that makes the executor start a worker (see :meth:`ExtractionPool._start`)."""


# --- in the parent ---------------------------------------------------------------------


@dataclass
class _Generation:
    """One executor and what is known about its workers; replaced when a worker dies."""

    executor: ProcessPoolExecutor
    processes: Mapping[int, BaseProcess]
    """The executor's own pid -> process map. Read only after its manager thread has
    ended (two threads polling one process can lose its exit status)."""
    pids: Any
    """Board: the pid of the worker in each slot."""
    tasks: Any
    """Board: the task each slot is running (0: none)."""
    running: set[Future[Any]] = field(default_factory=set)
    """Calls (warm-ups included) not finished yet: :func:`_stop` terminates the workers
    rather than wait for them when there are any."""
    verdicts: asyncio.Future[dict[int, str]] | None = None
    """Crash reason of each task whose worker died, once the executor broke."""

    def track(self, future: Future[Any]) -> None:
        self.running.add(future)
        future.add_done_callback(self.running.discard)


class ExtractionPool:
    """Worker processes for CPU-bound calls on untrusted input (see the module docstring).

    Use from one event loop; :meth:`close` it when done. ``function`` and its arguments
    are pickled: a module-level function and small, plain values.
    """

    def __init__(self, size: int | None = None) -> None:
        self.size = size if size is not None else pool_size()
        self._tasks = itertools.count(1)
        self._starting: asyncio.Future[_Generation] | None = None
        self._closed = False

    async def run(self, function: Callable[..., _R], *args: Any) -> _R:
        """``function(*args)`` in a worker process.

        Raises :class:`WorkerCrashed` when the worker running it died, or when the pool
        broke under it a second time; any exception of ``function`` comes back as is.
        Cancelling the awaiting task drops the call if it has not started yet.
        """
        second_chance = True
        while True:
            generation = await self._current()
            task = next(self._tasks)
            try:
                future = generation.executor.submit(_call, task, function, args)
            except BrokenProcessPool:  # broke before this call was even queued
                await self._bury(generation)
                continue
            generation.track(future)
            try:
                return await asyncio.wrap_future(future)
            except BrokenProcessPool:
                verdicts = await self._bury(generation)
            if task in verdicts:
                raise WorkerCrashed(verdicts[task])
            if not second_chance:
                raise WorkerCrashed(
                    "extraction interrupted twice: a worker process died each time while"
                    " this page waited"
                )
            second_chance = False

    async def close(self) -> None:
        """Drop queued calls and end every worker; waits (off the loop) until they are gone."""
        self._closed = True
        starting, self._starting = self._starting, None
        if starting is None:
            return
        with contextlib.suppress(Exception):
            generation = await asyncio.shield(starting)
            await asyncio.shield(asyncio.to_thread(_stop, generation))

    async def _current(self) -> _Generation:
        if self._closed:
            raise RuntimeError("the extraction pool is closed")
        if self._starting is None:
            self._starting = asyncio.ensure_future(asyncio.to_thread(self._start))
        # Shielded: one caller's cancellation must not cancel the start the others await.
        return await asyncio.shield(self._starting)

    def _start(self) -> _Generation:
        """A new executor with all its workers started (in a worker thread: see above)."""
        context = _context()
        pids = context.Array("q", self.size, lock=False)
        tasks = context.Array("q", self.size, lock=False)
        joined = context.Value("i", 0)
        executor = ProcessPoolExecutor(
            max_workers=self.size,
            mp_context=context,
            initializer=_start_worker,
            initargs=(pids, tasks, joined, PRELOAD),
        )
        # Private but stable since 3.9, and the only way to learn how a worker ended
        # (Python 3.14 adds terminate_workers(), still without exit codes).
        processes: Mapping[int, BaseProcess] = executor._processes
        # The executor starts a worker per call submitted while none is idle: one call
        # each starts them all now, here, rather than one by one on the event loop.
        generation = _Generation(executor, processes, pids, tasks)
        for _ in range(self.size):
            generation.track(executor.submit(_ready))
        return generation

    async def _bury(self, generation: _Generation) -> dict[int, str]:
        """After ``generation`` broke: the crash reason of each task whose worker died.

        The first caller does the post-mortem; the others await the same one. A later
        :meth:`run` starts a new executor.
        """
        if generation.verdicts is None:
            generation.verdicts = asyncio.ensure_future(asyncio.to_thread(_post_mortem, generation))
            if (
                self._starting is not None
                and self._starting.done()
                and not self._starting.cancelled()
                and self._starting.exception() is None
                and self._starting.result() is generation
            ):
                self._starting = None
        return await asyncio.shield(generation.verdicts)


def _post_mortem(generation: _Generation) -> dict[int, str]:
    """Which task each dead worker was running, and how the worker died (blocking)."""
    # Returns once the manager thread has killed and joined every worker of the pool.
    generation.executor.shutdown(wait=True, cancel_futures=True)
    verdicts: dict[int, str] = {}
    for slot in range(len(generation.pids)):
        pid, task = generation.pids[slot], generation.tasks[slot]
        process = generation.processes.get(pid) if pid else None
        if task and process is not None:
            reason = crash_reason(process.exitcode)
            if reason is not None:
                verdicts[task] = reason
    return verdicts


def _stop(generation: _Generation) -> None:
    """End ``generation``'s workers (blocking): at once if one is still busy, since its
    call has been abandoned; otherwise they finish and exit as asked."""
    if any(not future.done() for future in list(generation.running)):
        for process in list(generation.processes.values()):
            with contextlib.suppress(Exception):
                process.terminate()
    generation.executor.shutdown(wait=True, cancel_futures=True)
