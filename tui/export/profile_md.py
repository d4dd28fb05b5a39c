"""The sourcing profile as a section of the Markdown summary (and so of the HTML page).

It follows the bottom line because it answers a reader's next question: what does the
story rest on? The figures are those of :func:`tui.profile.sourcing_profile`, the same as
``briefing profile`` prints, each followed by the ids of the claims behind it so a reader
can look them up below. Every piece of briefing text goes through :func:`md_text`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar

from tui.export.mdtext import ids, md_text, word
from tui.model import Briefing
from tui.profile import Chain, ProfileError, SourcingProfile, Tally, sourcing_profile
from tui.words import BASIS_WORDS, CHECK_WORDS, capitalised

__all__ = ["profile_lines", "profile_section"]


_CHECK_WORDS = CHECK_WORDS


def _label(value: str) -> str:
    """A vocabulary slug as a label: ``loaded-language`` -> ``Loaded language``."""
    text = word(value)
    return text[:1].upper() + text[1:]


_CLAIM_REFS: ContextVar[Callable[[Iterable[str]], str]] = ContextVar("claim_refs", default=ids)
"""How claim ids are written: plain, or as references to the claims (while
:func:`profile_section` writes the section of a briefing; a context variable, so exports
in several threads do not mix)."""
_SOURCE_NAMES: ContextVar[Callable[[str], str] | None] = ContextVar("source_names", default=None)
"""How a source id is written: by default as itself; in a section, by name with a reference."""


def _refs(claims: Iterable[str]) -> str:
    """Claim ids, each a reference to its claim where a briefing is being written."""
    return _CLAIM_REFS.get()(claims)


def _claim_ids(claims: tuple[str, ...]) -> str:
    """``claim c02`` or ``claims c02, c03``."""
    return ("claim " if len(claims) == 1 else "claims ") + _refs(claims)


def _tally(label: str, tally: Tally) -> str:
    """``- Label: 3 (c01, c02, c05)``, or ``- Label: 0``."""
    claims = f" ({_refs(tally.claims)})" if tally.claims else ""
    return f"- {label}: {tally.count}{claims}"


def _items(
    label: str,
    tally: Tally,
    names: Mapping[str, str] | None = None,
    render: Callable[[str], str] | None = None,
) -> str:
    """``- Label: 1 (zeit-column; claims c04, c14)``: what is counted, then its claims.

    ``names`` turns item ids (actor ids) into names where a name reads better; ``render``
    writes an item as Markdown itself (a source by name, with a reference).
    """
    if render is not None:
        shown = [render(item) for item in tally.items]
    else:
        shown = [md_text(names.get(item, item) if names else item) for item in tally.items]
    parts = []
    if shown:
        parts.append(("; " if render is not None else ", ").join(shown))
    if tally.claims:
        parts.append(_claim_ids(tally.claims))
    detail = f" ({'; '.join(parts)})" if parts else ""
    return f"- {label}: {tally.count}{detail}"


def _claims(profile: SourcingProfile) -> list[str]:
    lines = [f"### Claims by kind ({profile.claims.count})", ""]
    lines += [_tally(_label(kind), tally) for kind, tally in profile.by_kind.items()]
    lines += ["", f"### Claims by verdict ({profile.claims.count})", ""]
    lines += [_tally(_label(status), tally) for status, tally in profile.by_status.items()]
    return lines


def _hedging(profile: SourcingProfile) -> list[str]:
    share = round(profile.hedged_share * 100)
    hedged = f"- Hedged: {profile.hedged.count} of {profile.claims.count}, {share} %"
    if profile.hedged.claims:
        hedged += f" ({_refs(profile.hedged.claims)})"
    lines = ["### Hedging", "", hedged, "- Hedge cues by category, each occurrence counted:"]
    for category, cue in profile.cues.items():
        line = f"  - {_label(category)}: {cue.count}"
        if cue.words:
            words = ", ".join(
                f"“{md_text(text)}”" + (f" \N{MULTIPLICATION SIGN}{times}" if times > 1 else "")
                for text, times in cue.words
            )
            line += f" ({words}): {_refs(cue.claims)}"
        lines.append(line)
    return lines


def _word(profile: SourcingProfile) -> list[str]:
    lines = ["### On whose word", ""]
    for basis, resting in profile.word.items():
        lines.append(
            _tally(
                capitalised(BASIS_WORDS[basis]) if basis in BASIS_WORDS else _label(basis),
                resting.tally,
            )
        )
        voiced: set[str] = set()
        for voice in resting.voices:
            lines.append(f"  - {md_text(voice.name)}: {_refs(voice.claims)}")
            voiced.update(voice.claims)
        rest = [claim for claim in resting.tally.claims if claim not in voiced]
        if rest and resting.voices:
            lines.append(f"  - No one named: {_refs(rest)}")
    return lines


def _chains(profile: SourcingProfile) -> list[str]:
    lines = [
        "### Attribution chains",
        "",
        "Depth counts the hands a claim passed through after the article; depth 0 is the"
        " article's own voice.",
        "",
    ]
    # grouped once: a scan of every chain for each depth grows with depth x claims
    at_depth: dict[int, list[Chain]] = {}
    for chain in profile.second_hand:
        at_depth.setdefault(chain.depth, []).append(chain)
    for depth, tally in profile.depths.items():
        lines.append(_tally(f"Depth {depth}", tally))
        for chain in at_depth.get(depth, ()):
            lines.append(f"  - {_refs([chain.claim])}: {chain.path(md_text)}")
    return lines


def _sources(profile: SourcingProfile) -> list[str]:
    return [
        "### Sources and links",
        "",
        _tally("Claims with no source", profile.unsourced),
        _items("Sources with a link", profile.sources_with_url, render=_SOURCE_NAMES.get()),
        _items("Sources without a link", profile.sources_without_url, render=_SOURCE_NAMES.get()),
    ]


def _voices(profile: SourcingProfile, names: Mapping[str, str]) -> list[str]:
    return [
        "### Experts and quotes",
        "",
        _items("Named experts", profile.experts_named, names),
        _items("Unnamed experts", profile.experts_unnamed, names),
        _items("Direct quotes", profile.quotes_direct),
        _items("Indirect quotes", profile.quotes_indirect),
    ]


def _figures(profile: SourcingProfile) -> list[str]:
    lines = ["### Figures", ""]
    for label, tally, derived in (
        ("Stated in the article", profile.figures_stated, False),
        ("Derived by the analyst", profile.figures_derived, True),
    ):
        lines.append(_tally(label, tally))
        for figure in profile.figures:
            if figure.derived != derived:
                continue
            text = f"  - {md_text(figure.claim)}: {md_text(figure.text)}"
            if figure.basis:
                text += f"; worked out as: {md_text(figure.basis)}"
            lines.append(text)
    return lines


def _loaded(profile: SourcingProfile, names: Mapping[str, str]) -> list[str]:
    lines = [
        "### Loaded labels",
        "",
        _items("The outlet's evaluative labels", profile.loaded, names),
    ]
    for label in profile.loaded_labels:
        where = [f"paragraph {label.paragraph}"] if label.paragraph is not None else []
        if label.claims:
            where.append(_claim_ids(label.claims))
        text = f"  - “{md_text(label.label)}” for {md_text(label.actor_name)}"
        if where:
            text += f" ({'; '.join(where)})"
        lines.append(text)
    return lines


def _notes(profile: SourcingProfile) -> list[str]:
    lines = ["### Analyst notes by kind", ""]
    lines += [_items(_label(kind), tally) for kind, tally in profile.notes_by_kind.items()]
    return lines


def _checked(label: str, tally: Tally) -> str:
    """``- Found: 2 (c04, q01; claims c17)``: the excerpts and quotes checked, then the
    claims behind the quotes; a claim counted as its own excerpt is not named twice."""
    behind = tuple(c for c in tally.claims if c not in tally.items)
    parts = [p for p in (ids(tally.items), _claim_ids(behind) if behind else "") if p]
    return f"- {label}: {tally.count}" + (f" ({'; '.join(parts)})" if parts else "")


def _checks(profile: SourcingProfile) -> list[str]:
    if profile.checks is None:
        return []
    lines = ["### Excerpts and quotes checked against the fetched sources", ""]
    if not any(t.count for t in profile.checks.results.values()):
        unchecked = profile.checks.unchecked.count
        lines.append(
            f"- None checked yet: no page the {unchecked} excerpts and quotes cite is fetched"
        )
    else:
        for result, tally in profile.checks.results.items():
            lines.append(_checked(_CHECK_WORDS.get(result, _label(result)), tally))
        lines.append(_checked("Not checked", profile.checks.unchecked))
    if profile.checks.unknown:
        lines.append(
            f"- No longer in the briefing: {len(profile.checks.unknown)}"
            f" ({ids(profile.checks.unknown)})"
        )
    return lines


def profile_lines(profile: SourcingProfile, names: Mapping[str, str]) -> list[str]:
    """The section for ``profile``; ``names`` maps actor ids to names."""
    blocks = [
        [
            "## Sourcing profile",
            "",
            "What the article rests on, figure by figure; in parentheses, the claims behind each.",
        ],
        _claims(profile),
        _hedging(profile),
        _word(profile),
        _chains(profile),
        _sources(profile),
        _voices(profile, names),
        _figures(profile),
        _loaded(profile, names),
        _notes(profile),
        _checks(profile),
    ]
    lines: list[str] = []
    for block in blocks:
        if block:
            lines += ([""] if lines else []) + block
    return lines


def profile_section(briefing: Briefing, checks: Mapping[str, str] | None = None) -> list[str]:
    """The sourcing profile of ``briefing``; left out when there is nothing to profile.

    ``checks`` (claim or quote id -> found, similar, differs or missing) adds how the excerpts and
    quotes fared against the fetched sources. Raises :class:`tui.export.ExportError` when
    the model cannot be profiled (a citation cycle, which the loader never lets through).
    """
    if not (briefing.claims or briefing.quotes or briefing.sources or briefing.notes):
        return []
    try:
        profile = sourcing_profile(briefing, checks)
    except ProfileError as error:
        from tui.export import ExportError

        raise ExportError(f"cannot profile the briefing: {error}") from None
    from tui.export.markdown import Index, claim_refs

    index = Index(briefing)  # one lookup table, not a scan of the sources per name
    claims_token = _CLAIM_REFS.set(lambda claims: claim_refs(briefing, claims))
    sources_token = _SOURCE_NAMES.set(index.source_ref)
    try:
        return profile_lines(profile, {actor.id: actor.name for actor in briefing.actors})
    finally:
        _SOURCE_NAMES.reset(sources_token)
        _CLAIM_REFS.reset(claims_token)
