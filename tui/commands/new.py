"""``briefing new SOURCE``: draft a briefing from an article file or URL, for review."""

from __future__ import annotations

import argparse
import glob
import os
import re
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.atomic import FileExistsRefusal, ProtectedFileRefusal, write_atomic
from tui.boundedread import ReadRefused, read_regular
from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, output_problem, say
from tui.commands.newprogress import PROGRESS_CHOICES, Progress, progress_for
from tui.text import json_text, shown_path, visible
from tui.words import draft_contents

if TYPE_CHECKING:
    from tui.model import Briefing

HELP = "draft a briefing from an article (text, Markdown or HTML file, http(s) URL, or -)"
DESCRIPTION = (
    "Read an article and write a draft briefing: numbered paragraphs, one candidate claim"
    " per statement with its excerpt, hedge cues, figures and a suggested kind, candidate"
    " actors, quotes with guessed speakers, and the article as the first source. Every"
    " generated item is marked 'Draft:' for review. An existing file is replaced only with"
    " --force; the output folder is checked before drafting (exit 2 on a problem with it)."
    " Exit 1 when an article cannot be read (not a regular file, over 20 MiB, not UTF-8)"
    " or holds no text; of several articles, the others are still drafted. Options go"
    " before '--': after it every word is a SOURCE, and one that is no file but reads as"
    " an option stops the run (exit 2). Ctrl-C stops it (exit 130), saying which drafts"
    " were written before (each is whole) or that nothing was."
)

_NAMES = {"de": "German", "en": "English"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        metavar="SOURCE",
        nargs="+",
        help="article file, http(s) URL, or - for standard input; several are drafted in one"
        " run, each to its own file (much faster than one run each)",
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en", "auto"),
        default="auto",
        help="language of the article (default: detect)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="where to write the draft: a file, '-' for stdout, or a folder to write"
        " TITLE-SLUG.yaml in (default: the current folder); with several SOURCEs, a folder",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object a line for each SOURCE, in the order given, instead of"
        " the line for people: for a draft written, its path, id, title, language and the"
        ' counts of claims, actors and quotes; for a SOURCE not drafted, {"source":'
        ' SOURCE, "error": why} (the problem is said on stderr too)',
    )
    parser.add_argument(
        "--progress",
        choices=PROGRESS_CHOICES,
        default="auto",
        help="how far drafting is, on stderr: a line kept up to date on a terminal and a"
        " line at each tenth in a log, for articles of 50 paragraphs or more (auto);"
        ' \'json\': one object a line for programs, {"stage": "reading"|"drafting"'
        "|\"writing\", ...}, drafting with 'done' and 'total' paragraphs at each per cent;"
        " 'none'",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing FILE; never a briefing (a draft never replaces one: delete"
        " it yourself first if you mean to)",
    )


def run(args: argparse.Namespace) -> int:
    sources = [str(source) for source in args.sources]
    output = getattr(args, "output", None)
    force = bool(getattr(args, "force", False))
    language = getattr(args, "lang", "auto") or "auto"
    as_json = bool(getattr(args, "json", False))
    if output == "-" and as_json:
        say("--json describes the files written; it does not go with --output -")
        return EXIT_USAGE
    misplaced = _options_as_sources(sources)
    if misplaced:
        for source in misplaced:
            say(
                f"no such file {visible(source, keep_newlines=False)!r} (options must come"
                " before --: after it, every word is an article's name); nothing drafted"
            )
        return EXIT_USAGE
    progress = progress_for(getattr(args, "progress", "auto") or "auto")
    told = _Told(as_json=as_json, progress=progress)
    if len(sources) > 1:
        return _run_several(sources, output, force=force, language=language, told=told)
    return _run_one(sources[0], output, force=force, language=language, told=told)


def _options_as_sources(sources: list[str]) -> list[str]:
    """The SOURCEs that are no file and read as options (``--output``, ``-o``): argparse
    takes every word after ``--`` as a SOURCE, so ``briefing new -- --output x a.txt``
    would draft a.txt into the current folder, not into x. Such a run is refused whole."""
    return [
        source
        for source in sources
        if source.startswith("-") and source != "-" and not os.path.lexists(source)
    ]


class _Told:
    """How the command tells what became of each SOURCE, and how far it is.

    For people: a line per draft written on stdout, each problem on stderr. With
    ``--json``: one JSON object per SOURCE on stdout, in the order given, whether it was
    written (:meth:`written`) or not (:meth:`failed`), so a program reading them knows
    which inputs failed and why; the problems are said on stderr as well.
    """

    def __init__(self, *, as_json: bool, progress: Progress) -> None:
        self.as_json = as_json
        self.progress = progress
        self.paths: list[Path] = []
        """The drafts written so far: what a run stopped by Ctrl-C names as done."""

    def written(self, source: str, target: Path, briefing: Briefing) -> None:
        """Say that ``source``'s draft was written to ``target``."""
        del source  # a written record names the draft; its place in the order, the SOURCE
        self.paths.append(target)
        if not self.as_json:
            contents = draft_contents(
                len(briefing.claims), len(briefing.actors), len(briefing.quotes)
            )
            print(f"{shown_path(target)}: {contents}; review every item marked 'Draft:'")
            return
        _json_line(
            {
                "path": os.fsdecode(target),
                "id": briefing.id,
                "title": briefing.title,
                "language": briefing.language,
                "claims": len(briefing.claims),
                "actors": len(briefing.actors),
                "quotes": len(briefing.quotes),
            }
        )

    def stopped(self, where: str) -> None:
        """Say, after Ctrl-C, where the run stopped and what it had written by then (a
        bare ``^C`` left the user to guess whether a half draft was left behind)."""
        self.progress.done()
        if not self.paths:
            say(f"stopped {where}; nothing was written")
            return
        names = ", ".join(shown_path(path) for path in self.paths[:5])
        if len(self.paths) > 5:
            names += f" and {len(self.paths) - 5:,} more"
        one = len(self.paths) == 1
        drafts = "the draft" if one else f"{len(self.paths):,} drafts"
        stay = "stays" if one else "stay"
        say(f"stopped {where}; {drafts} written before it {stay} whole: {names}")

    def failed(self, source: str, message: str) -> None:
        """Say that nothing was written for ``source``, and why (``message``)."""
        say(message)
        if self.as_json:
            _json_line({"source": source, "error": visible(message, keep_newlines=False)})


def _json_line(record: dict[str, object]) -> None:
    """``record`` as one JSON object on a line of its own, flushed at once (a program
    reading a run of several articles learns of each as it is done)."""
    sys.stdout.write(json_text(record) + "\n")
    sys.stdout.flush()


def _run_one(source: str, output: str | None, *, force: bool, language: str, told: _Told) -> int:
    """One article: to ``output`` (a file, a folder or ``-``) or TITLE-SLUG.yaml here."""
    from tui.draft.output import dump_briefing
    from tui.errors import BriefingError

    folder = _folder_of(output)
    not_a_folder = _named_folder_problem(output)
    if not_a_folder is not None:
        say(not_a_folder)
        return EXIT_USAGE
    if output != "-":
        # Drafting a long article takes a while: the output is checked first. Without a
        # file name, only the folder can be (the name comes from the draft's title).
        named_file = folder is None and output is not None
        target = Path(output) if named_file and output else (folder or Path(".")) / "draft.yaml"
        problem = output_problem(target, force=force, check_file=named_file)
        if problem is not None:
            say(problem)
            return EXIT_USAGE
    told.progress.article(0, 1, source)
    try:
        briefing = _draft(source, language, told.progress, named=False)
    except BriefingError as error:
        told.progress.done()
        told.failed(source, visible(str(error), keep_newlines=False))
        return EXIT_INVALID
    except KeyboardInterrupt:
        told.stopped(f"drafting {shown_path(source)}")
        raise  # the CLI's exit status for an interrupt, 130
    if output == "-":
        told.progress.stage("writing")
        text = dump_briefing(briefing, None)
        told.progress.done()
        sys.stdout.write(text)
        return EXIT_OK
    named = None if folder is not None or not output else Path(output)
    where = folder or (named.parent if named else Path("."))
    taken = _ids_beside(where, named)
    status = _write_draft(briefing, source, where, named, taken, force=force, told=told)
    if status == EXIT_OK and not told.as_json:
        _note_schema(where)
    return status


def _run_several(
    sources: list[str], output: str | None, *, force: bool, language: str, told: _Told
) -> int:
    """Every article of ``sources`` in one process, each to TITLE-SLUG.yaml in one folder.

    The models and word lists load once, so each further article costs only its own
    drafting. One that cannot be read or written is reported and the others go on; the
    exit status is then 1.
    """
    from tui.errors import BriefingError

    if output == "-":
        say("several SOURCEs cannot go to standard output; give --output FOLDER")
        return EXIT_USAGE
    folder = Path(".") if output is None else _folder_of(output)
    not_a_folder = _named_folder_problem(output)
    if not_a_folder is not None:
        say(not_a_folder)
        return EXIT_USAGE
    if folder is None:
        said_path = shown_path(output or "")
        kind = "a file" if Path(output or "").exists() else "no such folder"
        say(f"with several SOURCEs, --output names a folder: {said_path} is {kind}")
        return EXIT_USAGE
    if sources.count("-") > 1:
        say("standard input (-) can be read once only")
        return EXIT_USAGE
    problem = output_problem(folder / "draft.yaml", force=force, check_file=False)
    if problem is not None:
        say(problem)
        return EXIT_USAGE
    taken = _ids_beside(folder, None)
    failed = 0
    number = 0
    try:
        for number, source in enumerate(sources):
            told.progress.article(number, len(sources), source)
            try:
                briefing = _draft(source, language, told.progress, named=True)
            except BriefingError as error:
                told.progress.done()
                told.failed(source, visible(str(error), keep_newlines=False))
                failed += 1
                continue
            status = _write_draft(briefing, source, folder, None, taken, force=force, told=told)
            if status != EXIT_OK:
                failed += 1
    except KeyboardInterrupt:
        # what was written is whole (each draft is renamed into place): say how far
        told.stopped(
            f"at article {number + 1:,} of {len(sources):,} ({shown_path(sources[number])})"
        )
        raise
    if failed < len(sources) and not told.as_json:
        _note_schema(folder)
    if failed:
        say(f"{failed:,} of {len(sources):,} articles not drafted (see above)")
        return EXIT_INVALID
    return EXIT_OK


def _folder_of(output: str | None) -> Path | None:
    """``output`` when it names an existing folder; None for a file name, ``-`` or none."""
    if output is None or output == "-":
        return None
    path = Path(output)
    return path if path.is_dir() else None


def _named_folder_problem(output: str | None) -> str | None:
    """Why ``output`` cannot be the folder it names by ending in ``/``; None when it is
    one, or names no folder. ``-o drafts/`` for a folder not made yet wrote a file
    named ``drafts`` (with no .yaml ending, so no library listed it): it is refused,
    as every other output of the CLI to a missing folder is (``briefing export -o``,
    several SOURCEs), rather than created: a typo in a path must not make folders."""
    if output is None or not output.endswith(("/", os.sep)) or Path(output).is_dir():
        return None
    shown = shown_path(output)
    if Path(output).exists():
        return f"--output {shown} ends in / (a folder), but it is a file; nothing drafted"
    return (
        f"--output {shown} ends in / (a folder), but there is no such folder; create it"
        " first (mkdir), or give a file name; nothing drafted"
    )


def _draft(source: str, language: str, progress: Progress, *, named: bool) -> Briefing:
    """The draft of the article at ``source``; raises the reading or drafting error.

    With ``named``, a language warning names the article (one of several).
    """
    from tui.draft.build import draft_briefing
    from tui.draft.language import language_mismatch, language_name, rules_warning
    from tui.draft.source import read_source

    progress.stage("reading")
    _refuse_known_formats(source)
    _refuse_briefing(source)
    article = read_source(source)
    which = f"{shown_path(source)}: " if named else ""
    progress.stage("drafting")
    if language != "auto":
        other = language_mismatch(article.text, language)
        if other is not None:
            use = f"--lang {other} or --lang auto" if other in _NAMES else "--lang auto"
            say(
                f"warning: {which}--lang {language}, but the text reads as"
                f" {language_name(other)}: hedges and cues are looked up in the"
                f" {_NAMES[language]} word lists only (use {use})"
            )
    briefing = draft_briefing(article, language=language, progress=progress.paragraphs)
    warning = rules_warning(briefing.language or "")
    if warning is not None and language == "auto":  # a forced --lang was warned of above
        say(f"warning: {which}{warning}")
    return briefing


def _refuse_known_formats(source: str) -> None:
    """Raise a reading error naming the format when the file at ``source`` is a
    document or image no article can be read from (a PDF, a Word file, a picture)."""
    from tui.articlecheck import known_format_problem
    from tui.draft.source import SourceError

    problem = known_format_problem(source)
    if problem is not None:
        raise SourceError(problem)


def _refuse_briefing(source: str) -> None:
    """Raise a reading error naming the file when ``source`` is a briefing, not an
    article: drafting one read its YAML keys as prose and wrote a junk draft (the seed
    became 91 "claims" beside it), where the user meant to open it."""
    from tui.atomic import looks_like_briefing
    from tui.draft.source import SourceError

    if source == "-" or re.match(r"(?i)https?://", source):
        return
    path = Path(source)
    if not path.is_file():  # a folder, a pipe or nothing there: the reader says which
        return
    if looks_like_briefing(path):
        shown = shown_path(source)
        raise SourceError(
            f"{shown} is a briefing, not an article, so it is not drafted; to open it:"
            f" briefing {shlex.quote(shown)}"
        )


def _write_draft(
    briefing: Briefing,
    source: str,
    folder: Path,
    named: Path | None,
    taken: set[str],
    *,
    force: bool,
    told: _Told,
) -> int:
    """Write ``briefing`` to ``named``, or to ID.yaml in ``folder``; say what was written.

    Its id is made free of ``taken`` (the ids of the briefings in the folder), which then
    holds it, so drafts written in one run never share one either.
    """
    from tui.draft.output import dump_briefing

    wanted = briefing.id
    held = set(taken)
    if named is None:  # a file that is no briefing may hold the name: the id moves on too
        held.update(p.stem for p in folder.glob(f"{glob.escape(wanted)}*.y*ml"))
    if wanted in held:
        # A second draft of the same article (or one titled alike) must not make the
        # library hold one id twice; the file name follows the id when none was given.
        free = _free_id(wanted, held)
        said_why = "a briefing here" if wanted in taken else "a file here"
        told.progress.interrupt()
        say(f"note: {said_why} has the name {wanted!r} already; this draft is {free!r}")
        briefing = briefing.model_copy(update={"id": free})
    target = named if named is not None else folder / f"{briefing.id}.yaml"
    told.progress.stage("writing")
    text = dump_briefing(briefing, target)
    try:
        read_from = Path(source)
        protect = [read_from] if source != "-" and read_from.exists() else []
        write_atomic(target, text, replace=force, protect=protect)
    except ProtectedFileRefusal as refusal:
        told.progress.done()
        told.failed(source, str(refusal))
        return EXIT_USAGE
    except FileExistsRefusal:
        told.progress.done()
        told.failed(
            source,
            f"{shown_path(target)}: exists; not replacing it (choose another --output or --force)",
        )
        return EXIT_USAGE
    except OSError as error:
        told.progress.done()
        told.failed(source, f"{shown_path(target)}: cannot write ({error.strerror or error})")
        return EXIT_INVALID
    told.progress.done()
    taken.add(briefing.id)
    told.written(source, target, briefing)
    return EXIT_OK


def _note_schema(folder: Path) -> None:
    """Say how to get the schema that editors check drafts against, when none is near."""
    from tui.draft.output import SCHEMA_NAME, schema_near

    if schema_near(folder.resolve()) is None:
        say(
            f"note: no {SCHEMA_NAME} near {shown_path(folder)}; editors check drafts"
            f" against it once it is there: briefing schema --output"
            f" {shown_path(folder / SCHEMA_NAME)}"
        )


_ID_LINE = re.compile(rb"^id:[ \t]*['\"]?([^'\"\s#]+)", re.MULTILINE)


_DEPTH = 3
"""Levels of subfolders looked through for ids (a library by year and month is two)."""
_ENTRIES_AT_MOST = 50_000
"""Folder entries looked at for ids: drafting in a home folder must not read all of it."""


def _ids_beside(folder: Path, named: Path | None) -> set[str]:
    """The briefing ids of the YAML files in ``folder`` and its subfolders (a library is
    a tree), the file ``named`` left out; hidden folders (``.git``) are skipped, and the
    search stops :data:`_DEPTH` levels down or after :data:`_ENTRIES_AT_MOST` entries.

    Only the top of each file is read: a briefing's ``id`` is one of its first keys.
    """
    taken: set[str] = set()
    skip = named.resolve() if named is not None and named.exists() else None
    seen = 0
    top = len(Path(os.path.abspath(folder)).parts)
    for place, folders, names in os.walk(os.path.abspath(folder)):
        seen += len(folders) + len(names)
        if seen > _ENTRIES_AT_MOST:
            break
        deep = len(Path(place).parts) - top >= _DEPTH
        folders[:] = [] if deep else [name for name in folders if not name.startswith(".")]
        for name in names:
            path = Path(place) / name
            if path.suffix not in (".yaml", ".yml") or (skip and path.resolve() == skip):
                continue
            try:
                # without waiting, from a regular file only: opening a named pipe called
                # x.yaml waits for a writer, and held briefing new there for good
                head = read_regular(path, 4096, head=True)
            except ReadRefused:
                continue
            found = _ID_LINE.search(head)
            if found:
                taken.add(found.group(1).decode("utf-8", "replace"))
    return taken


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` with the first free ``-2``, ``-3`` … suffix."""
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"
