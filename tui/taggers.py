"""HanTa's German and English models, loaded once per process for every module using them.

Loading a model takes a fifth of a second and tens of megabytes; the hedge cues, the
figures and the noun tests of drafting each need the English one, so they share it
here. Imported only where a model is used: HanTa is never on the app's start-up path.

HanTa's module imports numpy for one scalar function, ``logaddexp``, and its model files
hold a few hundred numpy floats (scores in the model's word cache); importing numpy costs
about a tenth of a second, as much as drafting a short article. When numpy is not loaded
yet and HanTa uses nothing else of it, the module is imported with :func:`logaddexp`
below standing in for numpy's (see :func:`_hanta_module`) and the model is read by an
unpickler that turns those floats into Python floats of the same value and refuses any
other class (see :class:`_ModelUnpickler`). Anything unexpected loads the plain way.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import importlib.util
import math
import operator
import os
import pickle
import re
import struct
import sys
import types
from collections.abc import Callable
from typing import Any

from tui.collector import collector_paused

__all__ = ["english_tagger", "german_tagger", "logaddexp"]

_MODULE = "HanTa.HanoverTagger"
_NUMPY_USE = re.compile(r"\bnumpy\b|\bnp\.")
_EXPECTED_USE = "from numpy import logaddexp"
_LOG_2 = math.log(2.0)


def logaddexp(x: float, y: float) -> float:
    """``log(exp(x) + exp(y))`` computed as numpy's ``npy_logaddexp`` does, step for step
    (the same libm calls), so HanTa's scores come out bit for bit as with numpy."""
    if x == y:
        return x + _LOG_2  # also equal infinities, without a warning
    difference = x - y
    if difference > 0:
        return x + math.log1p(math.exp(-difference))
    if difference <= 0:
        return y + math.log1p(math.exp(difference))
    return difference  # a NaN


def _uses_numpy_for_logaddexp_only() -> bool:
    """Whether HanTa's module mentions numpy only in ``from numpy import logaddexp``: a
    later HanTa that uses more of it gets the real numpy."""
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or spec.origin is None:
        return False
    try:
        with open(spec.origin, encoding="utf-8") as handle:
            source = handle.read()
    except OSError:
        return False
    uses = [line.strip() for line in source.splitlines() if _NUMPY_USE.search(line)]
    return uses == [_EXPECTED_USE]


def _hanta_module() -> types.ModuleType:
    """HanTa's tagger module; imported with a stand-in for numpy when that is safe.

    The stand-in sits in ``sys.modules`` only while HanTa's module runs its imports
    (standard library only) and is removed at once, so numpy imported later by anything
    else is the real one. Once numpy is loaded it is simply used.
    """
    loaded = sys.modules.get(_MODULE)
    if loaded is not None:
        return loaded
    if "numpy" in sys.modules or not _uses_numpy_for_logaddexp_only():
        return importlib.import_module(_MODULE)
    stand_in = types.ModuleType("numpy")
    stand_in.logaddexp = logaddexp  # type: ignore[attr-defined]
    sys.modules["numpy"] = stand_in
    try:
        return importlib.import_module(_MODULE)
    finally:
        if sys.modules.get("numpy") is stand_in:
            del sys.modules["numpy"]


class _Dtype:
    """What a pickled ``numpy.dtype`` becomes: its type code and byte order only."""

    def __init__(self, code: str, *_: object) -> None:
        self.code = code
        self.order = "="

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.order = str(state[1]) if len(state) > 1 else "="


def _scalar(dtype: _Dtype, data: bytes) -> float:
    """A pickled numpy float64 as the Python float of the same bits; nothing else."""
    little = dtype.order == "<" or (dtype.order in "=|" and sys.byteorder == "little")
    if dtype.code != "f8" or len(data) != 8:
        raise pickle.UnpicklingError(f"not a float64: {dtype.code}")
    value: float = struct.unpack("<d" if little else ">d", data)[0]
    return value


class _ModelUnpickler(pickle.Unpickler):
    """Reads a HanTa model without numpy: its float64 scalars become floats, and any
    class other than those two is refused (the caller then loads the plain way)."""

    def find_class(self, module: str, name: str) -> Any:
        if module in ("numpy._core.multiarray", "numpy.core.multiarray") and name == "scalar":
            return _scalar
        if module == "numpy" and name == "dtype":
            return _Dtype
        raise pickle.UnpicklingError(f"unexpected class in a tagger model: {module}.{name}")


def _tagger(filename: str) -> Any:
    """HanTa's tagger for the model ``filename`` of its package, without numpy if
    possible: the module as :func:`_hanta_module` gives it, the model read by
    :class:`_ModelUnpickler`. ``HanoverTagger(filename)`` is the fallback. The class is
    :func:`_tagger_class`'s: HanTa's own, or the same with faster searches."""
    module = _hanta_module()
    tagger_class = _tagger_class(module)
    if "numpy" in sys.modules or not hasattr(module, "__file__"):
        return tagger_class(filename)
    path = os.path.join(os.path.dirname(str(module.__file__)), filename)
    try:
        with gzip.open(path, "rb") as handle:
            model = _ModelUnpickler(handle).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, struct.error):
        return tagger_class(filename)
    tagger = tagger_class(None, model=model)
    tagger.strict = False  # as HanoverTagger(filename) sets it for a model from a file
    return tagger


# --- the same searches, faster ----------------------------------------------------------

KNOWN_SOURCE = "09b640facdc398f88fcc12ede4dc2260cfe475a49af135dfe7f18bef7103e6b5"
"""SHA-256 of the HanTa module (1.2.1) whose searches :class:`_FastSearches` repeats.
Another version keeps its own class: what it computes may have changed."""

MEMO_SIZE = 65536
"""Words a tagger keeps the searches' results for: far more than a long article holds,
and bounded (emptied when full), so that a process drafting many articles keeps its
memory."""

_LOWER_BOUND = -1e6  # HanTa's floor for a path's log probability
_FEW_FOLLOWERS = 16
"""A state with more followers than this has the tags of a known piece looked up (see
:meth:`_FastSearches._fitting`); fewer are simply tried in turn."""
_Layout = tuple[dict[int, tuple[int, float]], list[tuple[int, int, float]]]
_Followers = tuple[list[tuple[int, float]], list[tuple[int, float]], _Layout | None]


def _tagger_class(module: types.ModuleType) -> Any:
    """HanTa's ``HanoverTagger``, or a subclass with :class:`_FastSearches`' methods
    when the module is the one they were written against (:data:`KNOWN_SOURCE`)."""
    base = module.HanoverTagger
    if _source_digest(module) != KNOWN_SOURCE:
        return base
    return _fast_class(base, module)


@functools.cache
def _fast_class(base: type, module: types.ModuleType) -> type:
    """The subclass of ``base`` with the faster searches, made once per class."""
    return type(
        "FastHanoverTagger",
        (_FastSearches, base),
        {"_logaddexp": staticmethod(module.logaddexp), "_module": module},
    )


def _source_digest(module: types.ModuleType) -> str:
    """SHA-256 of the module's source file, or "" when it cannot be read."""
    try:
        with open(str(module.__file__), "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except (OSError, TypeError):
        return ""


class _FastSearches:
    """HanTa's three costly methods, computing exactly what HanTa's compute, faster.

    A first draft of new German text spends about a third of its time in HanTa, and the
    German model's start part of its time in the reachability table:

    - ``reachable``: HanTa looks up each tag's predecessors by scanning every transition
      for every state found, with list membership (quadratic in the transitions); here a
      table of predecessors is built once and walked. The result is the same sets.
    - ``analyze_forward`` and ``analyze_viterbi``: the same loops in the same order with
      the same float sums, but a piece of the word no tag knows as a morpheme is tried
      only with the open tags, the only ones that may guess it (HanTa's ``lp_m_t`` gives
      every other tag minus infinity for it, a path HanTa then drops); nine in ten scores
      HanTa computes for a German word are such. Each word's result is kept (the rules
      ask for a word's tag, lemma and morphemes, in several modules), a fresh copy of the
      list handed out each time.
    """

    _logaddexp: Any
    _module: types.ModuleType
    LP_trans: dict[Any, dict[int, float]]
    LP_trans_nonfinal: dict[Any, list[tuple[int, float]]]
    LP_trans_final: dict[Any, list[tuple[int, float]]]
    LP_m_t: dict[int, dict[str, float]]
    LP_hapax_t: dict[int, float]
    LP_s_t: dict[int, dict[str, float]]
    int2tag: dict[int, str]
    reachability: dict[int, frozenset[int]]
    strict: bool
    lp_m_t: Callable[[str, int, int, bool], float]  # HanTa's, from the base class

    def reachable(self) -> None:
        """For each final tag, every state that can lead to it (HanTa's ``reachable``)."""
        before: dict[int, list[int]] = {}
        for (_, current), followers in self.LP_trans.items():
            for follower in followers:
                before.setdefault(follower, []).append(current)
        self.reachability = {}
        for tag in self.int2tag:
            if tag >= 0:
                continue
            found: set[int] = set()
            waiting = list(before.get(tag, ()))
            while waiting:
                state = waiting.pop()
                if state not in found:
                    found.add(state)
                    waiting.extend(before.get(state, ()))
            self.reachability[tag] = frozenset(found)

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        """HanTa's ``analyze_forward``, kept per word."""
        memo: dict[str, tuple[tuple[int, float], ...]] = self.__dict__.setdefault(
            "_forward_memo", {}
        )
        found = memo.get(word)
        if found is None:
            found = tuple(self._forward(word))
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[word] = found
        return list(found)

    def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """HanTa's ``analyze_viterbi``, kept per word and tag."""
        memo: dict[tuple[str, int], tuple[tuple[int, int], ...]] = self.__dict__.setdefault(
            "_viterbi_memo", {}
        )
        key = (word, targetpos)
        found = memo.get(key)
        if found is None:
            found = tuple(self._viterbi(word, targetpos))
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[key] = found
        return list(found)

    def _morphemes(self) -> frozenset[str]:
        """Every morpheme any tag of the model knows, gathered once."""
        known: frozenset[str] | None = self.__dict__.get("_known_morphemes")
        if known is None:
            known = frozenset().union(*self.LP_m_t.values())
            self.__dict__["_known_morphemes"] = known
        return known

    def _open_tags(self) -> frozenset[int]:
        """The tags for which HanTa's ``lp_m_t`` may guess a morpheme it does not know:
        those with hapax and suffix scores. Any other tag scores an unknown morpheme
        minus infinity."""
        found: frozenset[int] | None = self.__dict__.get("_guessing_tags")
        if found is None:
            found = frozenset(t for t in self.LP_hapax_t if t in self.LP_s_t)
            self.__dict__["_guessing_tags"] = found
        return found

    def _open(self, followup: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The tags of ``followup`` (in its order) that may guess a morpheme."""
        open_tags = self._open_tags()
        return [(t, p) for (t, p) in followup if t in open_tags]

    def _followers(self, state: tuple[int, int], targetpos: int | None) -> _Followers:
        """The tags that may follow ``state`` (those that can reach ``targetpos`` when
        one is given), the open ones among them, and their layout when there are many:
        kept per state, as the model's transitions are fixed."""
        memo: dict[tuple[tuple[int, int], int | None], _Followers] = self.__dict__.setdefault(
            "_followers_memo", {}
        )
        key = (state, targetpos)
        found = memo.get(key)
        if found is None:
            followup = self.LP_trans_nonfinal.get(state, [])
            if targetpos is not None:
                reachable_t = self.reachability.get(targetpos, frozenset())
                followup = [(t, p) for (t, p) in followup if t in reachable_t]
            layout = self._layout(followup) if len(followup) > _FEW_FOLLOWERS else None
            found = (followup, self._open(followup), layout)
            memo[key] = found
        return found

    def _knowing(self, segment: str) -> frozenset[int]:
        """The tags that know ``segment`` as a morpheme, kept per segment (a segment
        of a model's morphemes: bounded by the model)."""
        memo: dict[str, frozenset[int]] = self.__dict__.setdefault("_knowing_memo", {})
        found = memo.get(segment)
        if found is None:
            found = frozenset(t for t, known in self.LP_m_t.items() if segment in known)
            memo[segment] = found
        return found

    def _layout(self, followup: list[tuple[int, float]]) -> _Layout:
        """Where each closed tag of a long ``followup`` stands, and its open tags with
        their places: see :meth:`_fitting`."""
        open_tags = self._open_tags()
        closed = {t: (k, p) for k, (t, p) in enumerate(followup) if t not in open_tags}
        guessing = [(k, t, p) for k, (t, p) in enumerate(followup) if t in open_tags]
        return closed, guessing

    def _fitting(self, segment: str, layout: _Layout) -> list[tuple[int, float]]:
        """The tags of a followup that may score the known ``segment`` above minus
        infinity, in the followup's order: the closed tags that know it and every open
        tag. The start state has seventy-odd followers, and a piece a tag knows is known
        to one or two: looking the piece's tags up skips the others HanTa tries."""
        closed, guessing = layout
        picked = [(closed[t][0], t, closed[t][1]) for t in self._knowing(segment) if t in closed]
        if not picked:
            return [(t, p) for _, t, p in guessing]
        picked += guessing
        picked.sort()
        return [(t, p) for _, t, p in picked]

    @staticmethod
    def _pieces(
        word: str, i: int, known: frozenset[str]
    ) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """The pieces of ``word`` from ``i`` on, with their ends: those some tag knows as
        a morpheme, and the others that an open tag may guess (HanTa's ``lp_m_t`` guesses
        no piece of one or two letters in a word of four or more). Any other piece scores
        minus infinity with every tag. A cell of the search table is written from one end
        only, so trying the known pieces before the guessed ones writes every cell in the
        order HanTa writes it."""
        wlen = len(word)
        whole: list[tuple[int, str]] = []
        guessed: list[tuple[int, str]] = []
        for j in range(i + 1, wlen + 1):
            segment = word[i:j]
            if segment in known:
                whole.append((j, segment))
            elif wlen < 4 or j - i > 2:
                guessed.append((j, segment))
        return whole, guessed

    def _forward(self, word: str) -> list[tuple[int, float]]:
        """The tags of ``word`` with their log probabilities, best first: HanTa's
        forward (in fact Viterbi) search over the word's segmentations, step for step."""
        module = self._module
        wlen = len(word)
        strict = self.strict
        score = self.lp_m_t
        known = self._morphemes()
        open_tags = self._open_tags()
        scores = self.LP_m_t
        table: list[dict[tuple[int, int], float]] = [{(module.EMPTY, module.START): 0}]
        table += [{} for _ in range(wlen + 1)]
        for i in range(wlen + 1):
            row = table[i]
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWER_BOUND
            pieces = self._pieces(word, i, known) if row else ([], [])
            guessed: dict[tuple[int, int], float] = {}
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                followup, open_followers, layout = self._followers(state, None)
                previous = state[1]
                for j, segment in pieces[0]:  # morphemes some tag knows
                    cell = table[j]
                    tags = followup if layout is None else self._fitting(segment, layout)
                    for tag1, lpt in tags:
                        morpheme = scores[tag1].get(segment)
                        if morpheme is None:
                            if tag1 not in open_tags:
                                continue  # minus infinity: no path
                            morpheme = score(segment, tag1, wlen, strict)
                        lp1 = lp + lpt + morpheme
                        if lp1 > _LOWER_BOUND:
                            newstate = (previous, tag1)
                            old = cell.get(newstate)
                            if old is None or lp1 > old:
                                cell[newstate] = lp1
                guessing = [] if strict else open_followers
                for j, segment in pieces[1] if guessing else ():  # pieces only guesses fit
                    cell = table[j]
                    for tag1, lpt in guessing:
                        morpheme = guessed.get((j, tag1))
                        if morpheme is None:
                            morpheme = guessed[j, tag1] = score(segment, tag1, wlen, strict)
                        lp1 = lp + lpt + morpheme
                        if lp1 > _LOWER_BOUND:
                            newstate = (previous, tag1)
                            old = cell.get(newstate)
                            if old is None or lp1 > old:
                                cell[newstate] = lp1
        last = table[-1]
        final = self.LP_trans_final
        for state, lp in table[-2].items():
            for tag1, lpt in final.get(state, []):
                lp1 = lp + lpt
                if lp1 > _LOWER_BOUND:
                    newstate = (state[1], tag1)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = self._logaddexp(results[pos], lp) if pos in results else lp
        result_list = list(results.items())
        result_list.sort(key=operator.itemgetter(1), reverse=True)
        return result_list or [(module.UNKNOWN, 0)]

    def _viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """The best path of morpheme tags to ``targetpos`` with each morpheme's end:
        HanTa's ``analyze_viterbi``, step for step (strict first, then guessing)."""
        module = self._module
        wlen = len(word)
        score = self.lp_m_t
        known = self._morphemes()
        open_tags = self._open_tags()
        scores = self.LP_m_t
        start: tuple[int, int] = (module.EMPTY, module.START)
        table: list[dict[tuple[int, int], float]] = []
        backpointer: list[dict[tuple[int, int], tuple[tuple[int, int], int]]] = []
        for localstrict in (True, False):
            first: dict[tuple[int, int], float] = {start: 0}  # an int, as in HanTa
            table = [first] + [{} for _ in range(wlen + 1)]
            backpointer = [{} for _ in range(wlen + 2)]
            for i in range(wlen + 1):
                row = table[i]
                rowbound = (
                    sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWER_BOUND
                )
                pieces = self._pieces(word, i, known) if row else ([], [])
                guessed: dict[tuple[int, int], float] = {}
                for state, lp in row.items():
                    if lp < rowbound:
                        continue
                    followup, open_followers, layout = self._followers(state, targetpos)
                    previous = state[1]
                    for j, segment in pieces[0]:  # morphemes some tag knows
                        cell = table[j]
                        pointers = backpointer[j]
                        tags = followup if layout is None else self._fitting(segment, layout)
                        for tag1, lpt in tags:
                            morpheme = scores[tag1].get(segment)
                            if morpheme is None:
                                if tag1 not in open_tags:
                                    continue  # minus infinity: no path
                                morpheme = score(segment, tag1, wlen, localstrict)
                            lp1 = lp + lpt + morpheme
                            if lp1 > _LOWER_BOUND:
                                newstate = (previous, tag1)
                                old = cell.get(newstate)
                                if old is None or lp1 > old:
                                    cell[newstate] = lp1
                                    pointers[newstate] = (state, i)
                    guessing = [] if localstrict else open_followers
                    for j, segment in pieces[1] if guessing else ():  # pieces only guesses fit
                        cell = table[j]
                        pointers = backpointer[j]
                        for tag1, lpt in guessing:
                            morpheme = guessed.get((j, tag1))
                            if morpheme is None:
                                morpheme = guessed[j, tag1] = score(segment, tag1, wlen, False)
                            lp1 = lp + lpt + morpheme
                            if lp1 > _LOWER_BOUND:
                                newstate = (previous, tag1)
                                old = cell.get(newstate)
                                if old is None or lp1 > old:
                                    cell[newstate] = lp1
                                    pointers[newstate] = (state, i)
            for state, lp in table[-2].items():
                for tag1, lpt in self.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > _LOWER_BOUND:
                            newstate = (state[1], tag1)
                            if newstate not in table[-1] or lp1 > table[-1][newstate]:
                                table[-1][newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if len(table[-1]) > 0:
                break  # only with no path at all is the second, guessing run needed
        pmax = -math.inf
        beststate: tuple[int, int] = (module.EMPTY, module.EMPTY)
        for state, lp in table[-1].items():
            if lp > pmax:
                pmax = lp
                beststate = state
        i = len(backpointer) - 1
        if beststate == (module.EMPTY, module.EMPTY):
            states = [
                ((module.UNKNOWN, module.END_UNKNOWN), i),
                ((module.START, module.UNKNOWN), i - 1),
            ]
        else:
            states = [(beststate, i)]
            state = beststate
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], i) for (state, i) in states[::-1]]


def _loaded(filename: str) -> Any:
    """:func:`_tagger` for ``filename`` with the collector paused (see
    :func:`tui.collector.collector_paused`)."""
    with collector_paused():
        return _tagger(filename)


@functools.cache
def german_tagger() -> Any:
    """HanTa's German model (``morphmodel_ger.pgz``), shipped in the package."""
    return _loaded("morphmodel_ger.pgz")


@functools.cache
def english_tagger() -> Any:
    """HanTa's English model (``morphmodel_en.pgz``), shipped in the package."""
    return _loaded("morphmodel_en.pgz")
