"""Measure `briefing new` against the hand-built seed briefing.

Usage: python benchmarks/drafting.py ARTICLE [BRIEFING]

Drafts ARTICLE (default comparison: briefings/anti-nato-2024-07.yaml) and prints:
recall of the hand-built claims (a claim counts when a draft claim in the same paragraph
holds at least 80 % of its excerpt's words), recall of actors (a draft actor whose name
or alias equals, or is a whole word of, the seed actor's name or aliases), recall of
direct quotes (80 % of the words, and the same speaker), recall of hedge cues (each
recorded hedge among the matched draft claim's cues) and the precision of suggested
kinds over the matched claims. Actors the article never names (outlet, column author)
are reported separately.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = "anti-nato-2024-07.yaml"
sys.path.insert(0, str(ROOT))

from tui.draft.build import draft_briefing  # noqa: E402
from tui.draft.source import read_source  # noqa: E402
from tui.loader import BriefingError, load_briefing  # noqa: E402
from tui.model import Actor, Briefing, Claim  # noqa: E402


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _covers(long: str, short: str) -> float:
    have = _words(long)
    want = _words(short)
    if not want:
        return 0.0
    return sum(1 for w in want if w in have) / len(want)


def _excerpt(claim: Claim) -> str:
    return claim.excerpt.exact if claim.excerpt else ""


def _names(actor: Actor) -> set[str]:
    return {actor.name.casefold(), *(a.name.casefold() for a in actor.aliases)}


def _same_actor(draft: Actor, seed: Actor) -> bool:
    mine, theirs = _names(draft), _names(seed)
    if mine & theirs:
        return True
    return any(
        re.search(rf"(?<!\w){re.escape(m)}(?!\w)", t) for m in mine for t in theirs if len(m) >= 3
    )


def _match_claims(draft: Briefing, seed: Briefing) -> dict[str, Claim]:
    matched: dict[str, Claim] = {}
    for want in seed.claims:
        best = max(
            (c for c in draft.claims if c.paragraph == want.paragraph),
            key=lambda c: _covers(_excerpt(c), _excerpt(want)),
            default=None,
        )
        if best is not None and _covers(_excerpt(best), _excerpt(want)) >= 0.8:
            matched[want.id] = best
    return matched


def _in_text(actor: Actor, text: str) -> bool:
    return any(
        name.casefold() in text.casefold()
        for name in [actor.name, *(a.name for a in actor.aliases)]
    )


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    article_path = argv[1]
    seed_path = argv[2] if len(argv) == 3 else str(ROOT / "briefings" / SEED)
    try:
        article = read_source(article_path)
        draft = draft_briefing(article, language="auto")
        seed = load_briefing(Path(seed_path))
    except BriefingError as error:
        print(f"drafting.py: {error}", file=sys.stderr)
        return 1

    matched = _match_claims(draft, seed)
    one_to_one = len({c.id for c in matched.values()})
    share = len(matched) / len(seed.claims)
    print(
        f"claims:  {len(matched)}/{len(seed.claims)} recalled ({share:.0%});"
        f" {one_to_one} distinct draft claims cover them; draft has {len(draft.claims)} claims"
    )

    named = [a for a in seed.actors if _in_text(a, article.text)]
    found = [a for a in seed.actors if any(_same_actor(d, a) for d in draft.actors)]
    found_named = [a for a in named if a in found]
    print(
        f"actors:  {len(found)}/{len(seed.actors)} recalled ({len(found) / len(seed.actors):.0%});"
        f" of those the article names: {len(found_named)}/{len(named)}"
        f" ({len(found_named) / len(named):.0%}); draft has {len(draft.actors)} actors"
    )
    missing = [a.id for a in seed.actors if a not in found]
    print(f"         missed: {', '.join(missing) or '-'}")

    direct = [q for q in seed.quotes if q.kind.value == "direct"]
    seed_actors = {a.id: a for a in seed.actors}
    draft_actors = {a.id: a for a in draft.actors}
    hits = 0
    for quote in direct:
        for drafted in draft.quotes:
            same_words = _covers(drafted.text, quote.text) >= 0.8
            speaker = draft_actors.get(drafted.speaker)
            if same_words and speaker and _same_actor(speaker, seed_actors[quote.speaker]):
                hits += 1
                break
    share = hits / max(1, len(direct))
    print(
        f"quotes:  {hits}/{len(direct)} direct quotes with speaker ({share:.0%});"
        f" draft has {len(draft.quotes)} quotes"
    )

    wanted = found_hedges = 0
    missed_hedges: list[str] = []
    for want in seed.claims:
        got = matched.get(want.id)
        for hedge in want.hedges:
            wanted += 1
            if got and any(set(_words(hedge)) <= set(_words(h)) for h in got.hedges):
                found_hedges += 1
            else:
                missed_hedges.append(f"{want.id} {hedge}")
    share = found_hedges / max(1, wanted)
    print(f"hedges:  {found_hedges}/{wanted} recorded hedge cues found ({share:.0%})")
    print(f"         missed: {', '.join(missed_hedges) or '-'}")

    right = [w for w in seed.claims if w.id in matched and matched[w.id].kind == w.kind]
    share = len(right) / max(1, len(matched))
    print(f"kinds:   {len(right)}/{len(matched)} suggested kinds right ({share:.0%})")
    for want in seed.claims:
        got = matched.get(want.id)
        if got and got.kind != want.kind:
            print(f"         {want.id}: seed {want.kind.value}, draft {got.kind.value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
