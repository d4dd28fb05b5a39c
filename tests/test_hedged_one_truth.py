"""The number of hedged claims is one figure: the sourcing profile, the overview's "at a
glance" line, the plain summary and the claims list's "~" marks all count it through
:attr:`tui.model.Claim.hedged`, with thousands separators where they are large."""

from __future__ import annotations

import re
from pathlib import Path

from tui.links import BriefingIndex
from tui.loader import load_briefing
from tui.model import Claim, ClaimKind
from tui.profile import sourcing_profile
from tui.summary import plain_summary
from tui.ui.sections.overview import profile_section, summary_detail

SEED = Path(__file__).resolve().parent.parent / "briefings" / "anti-nato-2024-07.yaml"


def test_the_profile_and_the_overview_count_the_same_hedged_claims() -> None:
    briefing = load_briefing(SEED)
    profile = sourcing_profile(briefing)
    overview = summary_detail(briefing, BriefingIndex(briefing)).text.plain
    shown = re.search(r"\((\d[\d,]*) hedged\)", overview)
    assert shown is not None
    assert int(shown.group(1).replace(",", "")) == profile.hedged.count
    assert profile.hedged.count == sum(1 for c in briefing.claims if c.hedged) > 0
    summary = plain_summary(briefing)
    assert f"({profile.hedged.count} hedged)" in summary


def test_large_counts_carry_separators_everywhere() -> None:
    seed = load_briefing(SEED)
    hedged = seed.claims[0].model_copy(update={"hedges": ["soll"], "kind": ClaimKind.SPECULATION})
    flat = seed.claims[0].model_copy(update={"hedges": []})
    claims: list[Claim] = [
        c.model_copy(update={"id": f"h{n}"}) for n in range(1200) for c in (hedged,)
    ] + [flat.model_copy(update={"id": f"f{n}"}) for n in range(300)]
    emptied = {"claims": claims, "quotes": [], "relations": [], "notes": [], "timeline": []}
    briefing = seed.model_copy(update=emptied)
    profile = sourcing_profile(briefing)
    text, _links = profile_section(profile)
    assert "1,200 of 1,500 claims" in text.plain
    assert "1,200 speculation" in text.plain
    overview = summary_detail(briefing, BriefingIndex(briefing)).text.plain
    assert "(1,200 hedged)" in overview
    assert "(1,200 hedged)" in plain_summary(briefing)
