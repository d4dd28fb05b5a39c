"""How far two people who annotate the same texts agree: the ceiling of the drafting scores.

Usage:
    python benchmarks/agreement.py [--sentences] [--details]
    python benchmarks/agreement.py TEXTS ANNOTATIONS [ANNOTATIONS ...] [--sentences] [--details]
    python benchmarks/agreement.py --help

The drafting scores (``benchmarks/drafting.py``) compare a draft with one person's gold
annotation. Where two people following the same written conventions (the corpus README)
disagree, no drafter can score better than they agree, so this script measures that:
each annotation is turned into a briefing as a draft would be, and scored against the
other annotation by the drafting benchmark's own ``score_text``. Every line therefore
means what it means in the drafting table, and the two tables can be read side by side.

With no argument, every corpus set that has second annotations under
``tests/data/drafting/agreement/SET/NAME/`` is measured: the set's own gold (``gold``)
against each second annotation, the second annotations against each other, and the
drafter against each of them. With TEXTS (a folder of ``NAME.txt``, with their
``NAME.yaml`` gold beside them if they have one) and one or more folders of ``NAME.yaml``
annotations of the same texts, the same is done for those folders: this is how sets kept
outside the project are measured.

In a column "B vs A" the annotation A is the reference and B is scored like a draft.
Swapping the two swaps recall and precision (and cues found and false); kinds,
speakers and ``attributed_to`` are counted over A's items. Turning an annotation into a
draft:

- each claim's excerpt is the part of its sentence (split as the drafter splits them)
  that holds its ``at`` words: a sentence holding several of its claims is cut between
  them, at the last comma, semicolon or dash between two ``at`` words (else halfway);
- each quote's text is the quotation its ``at`` words lie in (between matching quote
  marks in one paragraph), else the sentence;
- its media actors are cited sources, as a draft cites the outlets it recognises.

With ``--sentences`` the claims of one sentence become one claim of the whole sentence,
with the first one's kind and ``by`` and every one's hedge cues: the score a drafter
that writes one claim per sentence, as ``briefing new`` does, would get if it agreed
with B in everything. ``--details`` lists every disagreement after the tables.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from drafting import (  # noqa: E402
    CORPUS,
    GoldText,
    Tally,
    draft_of,
    load_set,
    load_texts,
    score_text,
    table,
)

from tui.draft.quotes import find_quotes  # noqa: E402
from tui.draft.sentences import split_sentences  # noqa: E402
from tui.model import Briefing  # noqa: E402
from tui.text import one_line  # noqa: E402

AGREEMENT = CORPUS / "agreement"
DRAFT = "draft"
GOLD = "gold"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CUT_MARKS = re.compile(r",\s|;\s|\s[\u2013\u2014-]\s")
"""A comma, semicolon or dash (en, em or hyphen between spaces) that may end a clause."""


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each paragraph with its offset in the text."""
    found: list[tuple[int, str]] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        found.append((start, text[start : brk.start()]))
        start = brk.end()
    found.append((start, text[start:]))
    return [(offset, para) for offset, para in found if para.strip()]


def _sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Every sentence's start and end in the whole text."""
    spans: list[tuple[int, int]] = []
    for offset, para in _paragraphs(text):
        spans += [(offset + s.start, offset + s.end) for s in split_sentences(para, language)]
    return spans


def _cut(text: str, end_of_first: int, start_of_next: int) -> int:
    """Where a sentence is cut between two claims' ``at`` words."""
    if start_of_next <= end_of_first:
        return start_of_next
    gap = text[end_of_first:start_of_next]
    marks = list(_CUT_MARKS.finditer(gap))
    if marks:
        return end_of_first + marks[-1].end()
    middle = end_of_first + len(gap) // 2
    space = text.rfind(" ", end_of_first, middle + 1)
    return space + 1 if space >= end_of_first else middle


def _claim_pieces(gold: GoldText, *, sentences: bool = False) -> list[tuple[dict[str, Any], str]]:
    """Each claim of ``gold`` with the excerpt a draft of it would have. With
    ``sentences``, the claims of one sentence become one claim of the whole sentence
    (the first one's kind and ``by``, every one's hedge cues), as a drafter that writes a
    claim per sentence would have them."""
    located = sorted(
        ((gold.text.find(c["at"]), c) for c in gold.claims if gold.text.find(c["at"]) >= 0),
        key=lambda pair: pair[0],
    )
    pieces: list[tuple[dict[str, Any], str]] = []
    for start, end in _sentences(gold.text, gold.language):
        inside = [(at, c) for at, c in located if start <= at < end]
        if not inside:
            continue
        last = max(end, *(at + len(c["at"]) for at, c in inside))
        if sentences:
            first = dict(inside[0][1])
            first["hedges"] = [h for _, c in inside for h in c.get("hedges") or ()]
            pieces.append((first, gold.text[start:last].strip()))
            continue
        bounds = [start]
        for (at, claim), (next_at, _) in itertools.pairwise(inside):
            bounds.append(_cut(gold.text, at + len(claim["at"]), next_at))
        bounds.append(last)
        for i, (_, claim) in enumerate(inside):
            pieces.append((claim, gold.text[bounds[i] : bounds[i + 1]].strip()))
    return pieces


def _quotation(gold: GoldText, at: str) -> str:
    """The quotation ``at`` lies in (the drafter's quotation finder), or its sentence when
    no quote marks hold it."""
    where = gold.text.find(at)
    for offset, para in _paragraphs(gold.text):
        for span in find_quotes(para):
            if offset + span.start <= where < offset + span.end:
                return span.text
    for start, end in _sentences(gold.text, gold.language):
        if start <= where < end:
            return gold.text[start:end]
    return at


def as_briefing(gold: GoldText, *, sentences: bool = False) -> Briefing:
    """An annotation turned into the briefing a drafter that agreed with it would write
    (one claim per sentence with ``sentences``)."""
    ids = {actor.name: f"a{i}" for i, actor in enumerate(gold.actors, start=1)}
    sources: list[dict[str, Any]] = [{"id": "article", "kind": "article"}]
    sources += [
        {"id": f"s{i}", "kind": "other", "outlet": actor.name, "cited_in": "article"}
        for i, actor in enumerate(gold.actors, start=1)
        if actor.kind == "media"
    ]
    claims: list[dict[str, Any]] = []
    for i, (claim, piece) in enumerate(_claim_pieces(gold, sentences=sentences), start=1):
        claims.append(
            {
                "id": f"c{i}",
                "statement": piece,
                "kind": claim["kind"],
                "excerpt": {"exact": piece},
                "hedges": [str(h) for h in claim.get("hedges") or ()],
                "attributed_to": ids.get(claim.get("by") or ""),
                "sources": ["article"],
            }
        )
    figures = [
        {
            "value": f.get("value"),
            "low": f.get("low"),
            "high": f.get("high"),
            "unit": str(f["unit"][0] if isinstance(f["unit"], list) else f["unit"]),
        }
        for f in gold.figures
    ]
    if figures:
        if not claims:
            claims.append({"id": "c0", "statement": "figures", "kind": "reported"})
        claims[0]["figures"] = figures
    quotes = [
        {
            "id": f"q{i}",
            "speaker": ids[quote["speaker"]],
            "text": _quotation(gold, quote["at"]),
        }
        for i, quote in enumerate(gold.quotes, start=1)
        if quote["speaker"] in ids
    ]
    return Briefing.model_validate(
        {
            "format": 1,
            "id": "annotation",
            "title": gold.name,
            "actors": [
                {
                    "id": ids[actor.name],
                    "name": actor.name,
                    "kind": actor.kind,
                    "aliases": list(actor.aliases),
                }
                for actor in gold.actors
            ],
            "claims": claims,
            "quotes": quotes,
            "sources": sources,
        }
    )


def agreement(
    annotations: Mapping[str, Sequence[GoldText]],
    *,
    with_draft: bool = True,
    sentences: bool = False,
) -> dict[str, Tally]:
    """One tally per ordered pair "B vs A" (A the reference), and per "draft vs A"."""
    names = list(annotations)
    tallies: dict[str, Tally] = {}
    for i, reference in enumerate(names):
        for other in names[i + 1 :]:
            tally = tallies.setdefault(f"{other} vs {reference}", Tally())
            for ref, oth in zip(annotations[reference], annotations[other], strict=True):
                score_text(ref, as_briefing(oth, sentences=sentences), tally)
    if with_draft:
        first = annotations[names[0]]
        drafts = {text.name: draft_of(text) for text in first}
        for reference in names:
            tally = tallies.setdefault(f"{DRAFT} vs {reference}", Tally())
            for ref in annotations[reference]:
                score_text(ref, drafts[ref.name], tally)
    return tallies


def corpus_annotations(which: str) -> dict[str, list[GoldText]]:
    """A corpus set's own gold and every second annotation of it, by name."""
    found: dict[str, list[GoldText]] = {GOLD: load_set(which)}
    for folder in sorted(p for p in (AGREEMENT / which).iterdir() if p.is_dir()):
        found[folder.name] = load_texts(CORPUS / which, folder, prefix=which)
    return found


def folder_annotations(texts: Path, folders: Sequence[Path]) -> dict[str, list[GoldText]]:
    """The annotations of a folder of texts kept anywhere: its own gold, then each folder."""
    found: dict[str, list[GoldText]] = {}
    if all(p.with_suffix(".yaml").exists() for p in texts.glob("*.txt")):
        found[GOLD] = load_texts(texts, texts, prefix=texts.name)
    for folder in folders:
        found[_label(folder, taken={*found, texts.name})] = load_texts(
            texts, folder, prefix=texts.name
        )
    return found


def _label(folder: Path, taken: set[str]) -> str:
    """The folder's name, with as many parent folders as it takes to be told apart
    (``a5/I`` beside ``a6/I``)."""
    parts = folder.resolve().parts
    for depth in range(1, len(parts) + 1):
        label = "/".join(parts[-depth:])
        if label not in taken:
            return label
    return str(folder)


_OPTIONS = ("--details", "--sentences")


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    unknown = [a for a in argv if a.startswith("-") and a not in _OPTIONS]
    if unknown:
        print(f"unknown option {unknown[0]!r}; see --help", file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv if a not in _OPTIONS]
    if paths:
        if len(paths) < 2 or not all(p.is_dir() for p in paths):
            print(
                "give a folder of texts and one or more folders of annotations; see --help",
                file=sys.stderr,
            )
            return 2
        groups = {paths[0].name: folder_annotations(paths[0], paths[1:])}
    elif AGREEMENT.is_dir():
        sets = sorted(p.name for p in AGREEMENT.iterdir() if p.is_dir())
        groups = {which: corpus_annotations(which) for which in sets}
    else:
        print(f"no second annotations in {AGREEMENT}", file=sys.stderr)
        return 2
    for which, found in groups.items():
        tallies = agreement(found, sentences="--sentences" in argv)
        listed = ", ".join(f"{n} ({len(t)} texts)" for n, t in found.items())
        print(one_line(f"## {which}: {listed}"))  # folder names are data
        print(table(tallies, timing=False))
        if "--details" in argv:
            for name, tally in tallies.items():
                print(f"\n### {one_line(name)}")
                print("\n".join(one_line(miss) for miss in tally.misses))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
