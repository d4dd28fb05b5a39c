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
import importlib.util
import math
import os
import pickle
import re
import struct
import sys
import types
from typing import Any

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
    :class:`_ModelUnpickler`. ``HanoverTagger(filename)`` is the fallback."""
    module = _hanta_module()
    if "numpy" in sys.modules or not hasattr(module, "__file__"):
        return module.HanoverTagger(filename)
    path = os.path.join(os.path.dirname(str(module.__file__)), filename)
    try:
        with gzip.open(path, "rb") as handle:
            model = _ModelUnpickler(handle).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, struct.error):
        return module.HanoverTagger(filename)
    tagger = module.HanoverTagger(None, model=model)
    tagger.strict = False  # as HanoverTagger(filename) sets it for a model from a file
    return tagger


@functools.cache
def german_tagger() -> Any:
    """HanTa's German model (``morphmodel_ger.pgz``), shipped in the package."""
    return _tagger("morphmodel_ger.pgz")


@functools.cache
def english_tagger() -> Any:
    """HanTa's English model (``morphmodel_en.pgz``), shipped in the package."""
    return _tagger("morphmodel_en.pgz")
