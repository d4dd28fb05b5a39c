"""Anchors, cross-references and hedge marks in the export document, for both outputs.

The Markdown and HTML exports are one document (:mod:`tui.export.markdown`). Where it
names a claim, an actor, a quote, a source or a note, or marks a hedge word, it writes a
*marker*: a few characters between STX (U+0002) and ETX (U+0003). No text from a
briefing or a page can hold those characters by the time it reaches the document
(:func:`tui.text.visible` shows every control character as a stand-in), so a marker can
never be forged by data. :func:`to_markdown` turns the markers into plain Markdown (the
label of a reference, ``**bold**`` for a hedge); :func:`to_html` turns them, after cmark
has rendered the document, into ``id`` attributes, ``<a href="#...">`` links and
``<mark>`` elements. A reference whose anchor the page does not hold is left as text, so
every link of the page resolves.

Anchor names: a claim's is its id (``#c14``), as analysts cite claims; actors, quotes,
sources and notes get a prefix (``#actor-putin``, ``#quote-q1``, ``#source-article``,
``#note-n1``), since ids are unique only per kind. Ids are slugs, so every name is safe
in an attribute and a URL; when two names would clash, the later one gets ``-2``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from tui.model import Briefing

__all__ = [
    "anchor",
    "anchor_names",
    "hedge_spans",
    "mark",
    "ref",
    "to_html",
    "to_markdown",
]

_A, _Z = "\x02", "\x03"
_REF_CLOSE = f"{_A}/r{_Z}"
_MARKUP_ONLY = re.compile(f"{_A}(?:a:[^{_Z}]*|r:[^{_Z}]*|/r){_Z}")
_MARK_OPEN, _MARK_CLOSE = f"{_A}m{_Z}", f"{_A}/m{_Z}"

PREFIXES = {"claim": "", "actor": "actor-", "quote": "quote-", "source": "source-", "note": "note-"}
"""The prefix of each kind's anchor names."""

_cache: tuple[Briefing, dict[tuple[str, str], str]] | None = None


def anchor_names(briefing: Briefing) -> dict[tuple[str, str], str]:
    """``(kind, id)`` -> anchor name for every claim, actor, quote, source and note."""
    global _cache
    if _cache is not None and _cache[0] is briefing:
        return _cache[1]
    names: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    groups: list[tuple[str, Iterable[str]]] = [
        ("claim", (c.id for c in briefing.claims)),
        ("actor", (a.id for a in briefing.actors)),
        ("quote", (q.id for q in briefing.quotes)),
        ("source", (s.id for s in briefing.sources)),
        ("note", (n.id for n in briefing.notes)),
    ]
    for kind, ids in groups:
        for record in ids:
            name = base = PREFIXES[kind] + record
            number = 1
            while name in taken:
                number += 1
                name = f"{base}-{number}"
            taken.add(name)
            names[(kind, record)] = name
    _cache = (briefing, names)
    return names


def anchor(briefing: Briefing, kind: str, record: str) -> str:
    """The marker that puts the anchor of ``record`` where it stands ('' if unknown)."""
    name = anchor_names(briefing).get((kind, record))
    return f"{_A}a:{name}{_Z}" if name else ""


def ref(briefing: Briefing, kind: str, record: str, label: str) -> str:
    """``label`` (Markdown already) as a reference to ``record``'s anchor."""
    name = anchor_names(briefing).get((kind, record))
    return f"{_A}r:{name}{_Z}{label}{_A}/r{_Z}" if name else label


def mark(text: str) -> str:
    """``text`` (Markdown already) marked as a hedge."""
    return f"{_MARK_OPEN}{text}{_MARK_CLOSE}"


@functools.lru_cache(maxsize=1024)
def _hedge_patterns(hedge: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of a hedge's parts (briefings repeat a few hedges many times)."""
    parts = (part.strip() for part in hedge.split("..."))
    return tuple(
        re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)", re.IGNORECASE)
        for part in parts
        if part
    )


def hedge_spans(text: str, hedges: Iterable[str]) -> list[tuple[int, int]]:
    """Where the hedge words stand in ``text``, as the app finds them: each part of a
    hedge (``würde ... vermutlich`` has two) as a whole word, ignoring case; overlapping
    spans merged, in order."""
    spans: list[tuple[int, int]] = []
    for hedge in hedges:
        for pattern in _hedge_patterns(hedge):
            spans.extend(match.span() for match in pattern.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def to_markdown(document: str) -> str:
    """The document as plain Markdown: anchors dropped, references as their labels,
    hedges in bold."""
    if _A not in document:
        return document
    document = _MARKUP_ONLY.sub("", document)  # one pass: a reference keeps its label
    return document.replace(_MARK_OPEN, "**").replace(_MARK_CLOSE, "**")


_OPENING_TAGS = ("<li>", "<td>", "<p>", "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>")
"""Elements an anchor at their very start gives its id to."""


def to_html(body: str) -> str:
    """The markers of a rendered document as HTML: ids on the element an anchor opens
    (a ``<span id>`` elsewhere), links to anchors the page holds, ``<mark>`` for hedges.

    Done by splitting at the markers rather than by regular-expression substitution:
    a large briefing has a hundred thousand references, and Python 3.11 expands each
    substitution template in Python. Names are slugs (ids the model checked, a prefix, a
    number), so nothing in them needs escaping.
    """
    if _A not in body:
        return body
    pieces = body.split(f"{_A}a:")
    out = [pieces[0]]
    present: set[str] = set()
    for piece in pieces[1:]:
        name, _, rest = piece.partition(_Z)
        present.add(name)
        before = out[-1]
        if before.endswith(_OPENING_TAGS):
            start = before.rfind("<")
            out[-1] = f'{before[:start]}<{before[start + 1 : -1]} id="{name}">'
        else:
            out.append(f'<span id="{name}"></span>')
        out.append(rest)
    body = "".join(out)
    pieces = body.split(f"{_A}r:")
    out = [pieces[0]]
    for piece in pieces[1:]:
        name, _, rest = piece.partition(_Z)
        if name in present:
            out.append(f'<a href="#{name}">{rest}')
        else:  # a document without some section: its records cannot be linked to
            label, _, after = rest.partition(_REF_CLOSE)
            out.append(f"{label}{after}")
        out.append("")
    body = "".join(out).replace(_REF_CLOSE, "</a>")
    return body.replace(_MARK_OPEN, '<mark class="hedge">').replace(_MARK_CLOSE, "</mark>")
