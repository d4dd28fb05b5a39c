"""A library of briefings: finding the files a user names (:mod:`.scan`).

What the library screen lists about each file comes from the library's index
(:mod:`tui.index`), which also searches it.
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
