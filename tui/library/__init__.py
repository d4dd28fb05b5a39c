"""A library of briefings: finding the files (:mod:`.scan`) and listing them at once from
a cached table of contents (:mod:`.catalog`).

The names most callers need are re-exported here; :mod:`.catalog` is imported on its own
by the library screen's worker, as it reads the cache folder.
"""

from tui.library.scan import (
    BRIEFING_SUFFIXES,
    Scan,
    ScanProblem,
    bundled_briefings_dir,
    find_briefing_files,
    scan_briefing_files,
)

__all__ = [
    "BRIEFING_SUFFIXES",
    "Scan",
    "ScanProblem",
    "bundled_briefings_dir",
    "find_briefing_files",
    "scan_briefing_files",
]
