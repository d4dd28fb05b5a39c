"""HanTa's German and English models, loaded once per process for every module using them.

Loading a model takes a fifth of a second and tens of megabytes; the hedge cues, the
figures and the noun tests of drafting each need the English one, so they share it
here. Imported only where a model is used: HanTa is never on the app's start-up path.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["english_tagger", "german_tagger"]


@functools.cache
def german_tagger() -> Any:
    """HanTa's German model (``morphmodel_ger.pgz``), shipped in the package."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@functools.cache
def english_tagger() -> Any:
    """HanTa's English model (``morphmodel_en.pgz``), shipped in the package."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_en.pgz")
