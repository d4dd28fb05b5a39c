"""Round 16 review findings, through the real app on real files: the review's "reload
and apply again" after a change on disk, a quote whose speaker disagrees with its claim,
deleting a drafted media actor and its source, and the library's new-draft check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_desk import answer, opened, settle
from textual.widgets import Input, Select, Static

from tui.cli import main
from tui.edit.document import Document
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm
from tui.ui.screens.draft import DraftScreen
from tui.ui.screens.review import ReviewScreen

from pages import BriefingPage, on_top

# A small draft of my own, shaped as ``briefing new`` writes one.
DRAFT = """\
id: ferry-timetable
title: Ferry timetable
language: en
actors:
  - id: mira-holt
    name: Mira Holt
    kind: person
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
claims:
  - id: c01
    statement: The ferry will run every hour from May.
    kind: reported
    excerpt: The ferry will run every hour from May.
    paragraph: 1
    sources: [article]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge.'
  - id: c02
    statement: The harbour board approved the new timetable.
    kind: reported
    excerpt: The harbour board approved the new timetable.
    paragraph: 2
    sources: [article]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge.'
  - id: c03
    statement: Tickets will cost a little more.
    kind: reported
    excerpt: Tickets will cost a little more.
    paragraph: 3
    sources: [article]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge.'
sources:
  - id: article
    kind: article
    description: The article this briefing was drafted from (ferry.txt).
"""


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def _claim(path: Path, ident: str) -> dict[str, object]:
    data = Document.from_bytes(path.read_bytes(), path.name).data
    return next(c for c in data["claims"] if c["id"] == ident)


async def test_review_reload_after_showing_the_difference_accepts_the_item(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ferry.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _review_at_c01(pilot)
        # a colleague rewrites c01's statement on disk
        _rewrite_on_disk(
            path, "statement: The ferry will run every hour", "statement: Hourly ferries"
        )
        await pilot.press("a")
        dialog = await on_top(pilot, ChoiceDialog)
        assert "c01" in dialog.question  # the dialog names its record, the review moved on
        await answer(pilot, "diff")
        shown = await on_top(pilot, ChoiceDialog)
        assert any("Hourly ferries" in line for line in shown.details)
        await answer(pilot, "reload")
        await _until_accepted(pilot, path, "c01")
        assert not isinstance(app.screen, ChoiceDialog)
        claim = _claim(path, "c01")
        assert claim["statement"].startswith("Hourly ferries")  # the colleague's edit kept
        assert "Draft:" not in str(claim.get("note"))  # and accepted
        assert [i.address for i in review.items if i.address.startswith("claims")] == [
            "claims:c02",
            "claims:c03",
        ]
        assert any("Accepted claim c01" in n.message for n in app._notifications)


def _rewrite_on_disk(path: Path, old: str, new: str) -> None:
    """A colleague's edit of the file while the app has it open."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _colleague_rewrites_c03(path: Path) -> None:
    """Another field of another record changed on disk while the review is open."""
    _rewrite_on_disk(path, "Tickets will cost a little more.\n    kind", "Fares rise.\n    kind")


async def _until_accepted(pilot, path: Path, ident: str) -> None:
    """Let the app work until the claim's draft note is gone from the file (or give up
    after 50 rounds: the assertion after says what was missed)."""
    for _ in range(50):
        await settle(pilot)
        if "Draft:" not in str(_claim(path, ident).get("note")):
            return


async def _review_at_c01(pilot) -> ReviewScreen:
    await opened(pilot)
    await pilot.press("v")
    review = await on_top(pilot, ReviewScreen)
    await pilot.press("j")
    assert review.current is not None and review.current.address == "claims:c01"
    return review


async def test_review_accept_cancelled_after_a_disk_change_says_so_and_a_asks_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ferry.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _review_at_c01(pilot)
        _colleague_rewrites_c03(path)
        await pilot.press("a")
        await on_top(pilot, ChoiceDialog)
        await answer(pilot, "cancel")
        said = [n.message for n in app._notifications if n.title == "Not saved"]
        assert said and said[-1].startswith("Accept claim c01: the file changed on disk")
        assert "nothing was written" in said[-1]
        # the review is back on c01 (it had moved on), and a asks again about it
        assert review.current is not None and review.current.address == "claims:c01"
        await pilot.press("a")
        dialog = await on_top(pilot, ChoiceDialog)
        assert dialog.question.startswith("Accept claim c01")
        await answer(pilot, "reload")
        await _until_accepted(pilot, path, "c01")
        assert "Draft:" not in str(_claim(path, "c01").get("note"))
        assert _claim(path, "c03")["statement"] == "Fares rise."


async def test_a_dialog_answered_twice_closes_itself_only(tmp_path: Path) -> None:
    path = tmp_path / "ferry.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _review_at_c01(pilot)
        _colleague_rewrites_c03(path)
        await pilot.press("a")
        dialog = await on_top(pilot, ChoiceDialog)
        # two keys typed ahead: the second reaches the dialog before it is gone
        dialog.action_cancel()
        dialog.action_cancel()
        await settle(pilot)
        assert app.screen is review  # the review stays open under the closed dialog
        assert len([n for n in app._notifications if n.title == "Not saved"]) == 1


# --- R4: a quote's speaker that is not the attributed_to of the claim it backs ---------------

HARBOUR = """\
id: harbour-dues
title: Harbour dues
language: en
actors:
  - id: lena-fisk
    name: Lena Fisk
    kind: person
    role: harbour master
  - id: omar-tal
    name: Omar Tal
    kind: person
    role: head of the fishers' union
claims:
  - id: c01
    statement: The harbour will not raise its dues this year.
    kind: reported
    attributed_to: lena-fisk
    sources: [article]
  - id: c02
    statement: The dues already drive small boats away.
    kind: opinion
    attributed_to: lena-fisk
    sources: [article]
quotes:
  - id: q01
    speaker: lena-fisk
    text: We will keep the dues where they are.
    claims: [c01]
  - id: q02
    speaker: lena-fisk
    text: Small boats cannot pay this any more.
    claims: [c02]
sources:
  - id: article
    kind: article
"""


def test_validate_warns_of_a_quote_whose_speaker_is_not_its_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "harbour.yaml"
    path.write_text(
        HARBOUR.replace(
            "    attributed_to: lena-fisk\n    sources: [article]\nquotes",
            "    attributed_to: omar-tal\n    sources: [article]\nquotes",
        ),
        encoding="utf-8",
    )
    assert "attributed_to: omar-tal" in path.read_text(encoding="utf-8")
    assert main(["validate", str(path)]) == 0  # a warning leaves the file valid
    out, err = capsys.readouterr()
    speakers = [n for n, t in enumerate(HARBOUR.splitlines(), 1) if t.startswith("    speaker:")]
    line = speakers[1]  # q02's
    assert err.splitlines() == [
        f"{path}:{line}:14: warning: quote q02 backs claim c02, but its speaker is Lena Fisk"
        " (lena-fisk) while the claim is attributed to Omar Tal (omar-tal); one of the two"
        " is likely wrong"
    ]
    assert out.startswith(f"{path}: ok (2 actors, 2 claims, 2 quotes, 1 source; 1 warning)")
    # agreeing speakers: no warning
    path.write_text(HARBOUR, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "warning" not in out + err


async def _set_in_form(pilot, screen, ref: Ref, field: str, value: str) -> ChoiceDialog:
    """Open the record's form, set ``field`` to ``value``, save: the dialog it asks."""
    screen.jump(ref)
    await settle(pilot)
    await pilot.press("E")
    form = await on_top(pilot, RecordForm)
    form.query_one(f"#field-{field}", Select).value = value
    await pilot.press("ctrl+s")
    return await on_top(pilot, ChoiceDialog)


async def _until_written(pilot, path: Path, done: Callable[[str], bool]) -> None:
    """Let the app work until the file's text satisfies ``done`` (or 50 rounds pass)."""
    for _ in range(50):
        await settle(pilot)
        if done(path.read_text("utf-8")):
            return


async def test_changing_a_claims_attribution_offers_the_quote_and_the_detail_warns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "harbour.yaml"
    path.write_text(HARBOUR, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        for claim, answer_given in (("c02", "keep"), ("c01", "change")):
            ref = Ref("claims", claim)
            dialog = await _set_in_form(pilot, screen, ref, "attributed_to", "omar-tal")
            quote = "q02" if claim == "c02" else "q01"
            assert dialog.question == f"Quote {quote} backing claim {claim} still names Lena Fisk"
            await answer(pilot, answer_given)
            changed = answer_given == "change"
            await _until_written(
                pilot, path, lambda t, c=changed: not c or "speaker: omar-tal" in t
            )
        page = BriefingPage(pilot, screen)
        screen.jump(Ref("claims", "c02"))
        await settle(pilot)
        kept = " ".join(page.detail("claims").split())
        assert "⚠ Quote q02 backs claim c02, but its speaker is Lena Fisk (lena-fisk)" in kept
        screen.jump(Ref("claims", "c01"))
        await settle(pilot)
        assert "⚠" not in page.detail("claims")
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Quote q02 still names Lena Fisk as speaker") for m in said)
    briefing = Document.from_bytes(path.read_bytes(), path.name).briefing
    assert [(q.id, q.speaker) for q in briefing.quotes] == [
        ("q01", "omar-tal"),  # changed with its claim
        ("q02", "lena-fisk"),  # kept, as chosen
    ]
    assert [c.attributed_to for c in briefing.claims] == ["omar-tal", "omar-tal"]


async def test_changing_a_quotes_speaker_offers_its_claim_and_the_detail_warns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "harbour.yaml"
    path.write_text(HARBOUR, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        for quote, answer_given in (("q02", "keep"), ("q01", "change")):
            dialog = await _set_in_form(pilot, screen, Ref("quotes", quote), "speaker", "omar-tal")
            claim = "c02" if quote == "q02" else "c01"
            assert dialog.question == (
                f"Claim {claim} backed by quote {quote} is still attributed to Lena Fisk"
            )
            await answer(pilot, answer_given)
            changed = answer_given == "change"
            await _until_written(
                pilot, path, lambda t, c=changed: not c or t.count("attributed_to: omar-tal") == 1
            )
        page = BriefingPage(pilot, screen)
        screen.jump(Ref("quotes", "q02"))
        await settle(pilot)
        kept = " ".join(page.detail("quotes").split())
        assert "⚠ Quote q02 backs claim c02, but its speaker is Omar Tal (omar-tal)" in kept
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Claim c02 is still attributed to Lena Fisk") for m in said)
    briefing = Document.from_bytes(path.read_bytes(), path.name).briefing
    assert [c.attributed_to for c in briefing.claims] == ["omar-tal", "lena-fisk"]
    assert [q.speaker for q in briefing.quotes] == ["omar-tal", "omar-tal"]


# --- B3: the library's new-draft dialog checks every article ---------------------------------


async def test_a_quotes_role_follows_its_new_speaker_or_goes(tmp_path: Path) -> None:
    """A quote's role is its speaker's office: changed with the speaker from the claim's
    side, it becomes the new speaker's role, or goes when that actor has none."""
    path = tmp_path / "harbour.yaml"
    with_roles = HARBOUR.replace(
        "    speaker: lena-fisk\n    text: We",
        "    speaker: lena-fisk\n    role: harbour master\n    text: We",
    ).replace(
        "    speaker: lena-fisk\n    text: Small",
        "    speaker: lena-fisk\n    role: harbour master\n    text: Small",
    )
    text = with_roles.replace("    role: head of the fishers' union\n", "", 1)
    text = text.replace(
        "claims:\n",
        "  - id: ida-ray\n    name: Ida Ray\n    kind: person\n    role: ferry captain\nclaims:\n",
        1,
    )
    assert text.count("role: harbour master") == 3
    path.write_text(text, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        for claim, actor, label in (
            ("c01", "ida-ray", "Change the speaker of q01 to Ida Ray too, role ferry captain"),
            ("c02", "omar-tal", "Change the speaker of q02 to Omar Tal too, without the old role"),
        ):
            dialog = await _set_in_form(pilot, screen, Ref("claims", claim), "attributed_to", actor)
            assert dict(dialog.answers)["change"] == label
            await answer(pilot, "change")
            await _until_written(pilot, path, lambda t, a=actor: f"speaker: {a}" in t)
    briefing = Document.from_bytes(path.read_bytes(), path.name).briefing
    assert [(q.speaker, q.role) for q in briefing.quotes] == [
        ("ida-ray", "ferry captain"),
        ("omar-tal", None),
    ]


async def test_the_new_draft_dialog_lists_every_articles_problem_one_a_line(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "old.txt").write_bytes("Die Straße bleibt gesperrt.\n".encode("latin-1"))
    (bad / "scan.txt").write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    (bad / "folder").mkdir()
    (bad / "good.txt").write_text("Ferry news\n\nThe ferry runs hourly.\n", encoding="utf-8")
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        dialog = await on_top(pilot, DraftScreen)
        typed = "empty.txt folder old.txt good.txt scan.txt missing.txt"
        dialog.query_one("#draft-source", Input).value = " ".join(
            str(bad / name) for name in typed.split()
        )
        await pilot.press("enter")
        await settle(pilot)
        said = str(dialog.query_one("#draft-message", Static).render()).splitlines()
        # every file there: the drafting itself says what it could not draft, one a line
        dialog.query_one("#draft-source", Input).value = f"{bad}/empty.txt {bad}/old.txt"
        await pilot.press("enter")
        for _ in range(600):
            await settle(pilot)
            told = str(dialog.query_one("#draft-message", Static).render())
            if told.startswith("No draft"):
                break
            await pilot.pause(0.05)
    assert said == [
        f"{bad}/empty.txt: the file is empty; there is no article to draft from",
        f"{bad}/folder is a folder: give an article file.",
        f"{bad}/old.txt:1:9: not UTF-8 text (byte 0xdf); save the article as UTF-8 and try again"
        f" (it reads as Windows-1252/Latin-1: iconv -f cp1252 -t utf-8 {bad}/old.txt"
        " > article-utf8.txt)",
        f"{bad}/scan.txt: looks like a PDF document (a binary file), not text; save the"
        " article's text (or its web page) as a .txt, .md or .html file and draft from that",
        f"{bad}/missing.txt: no such file (for a web page, give its whole address: https://…)",
    ]
    assert told.splitlines() == ["No draft:", said[0], said[2]]
    assert list(library.iterdir()) == []  # nothing drafted while any article has a problem


async def test_many_problems_scroll_and_the_buttons_stay_on_an_80x24_screen(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    async with BriefingApp(library).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        dialog = await on_top(pilot, DraftScreen)
        names = " ".join(str(tmp_path / f"missing-article-number-{n}.txt") for n in range(8))
        dialog.query_one("#draft-source", Input).value = names
        await pilot.press("enter")
        await settle(pilot)
        told = str(dialog.query_one("#draft-message", Static).render()).splitlines()
        assert len(told) == 8  # every problem said
        for button in ("#draft-go", "#draft-cancel"):
            region = dialog.query_one(button).region
            assert region.bottom <= 24 and region.height > 0, (button, region)


# --- R8: deleting a drafted media actor names the source made with it -----------------------

OUTLET = """\
id: pier-fire
title: Pier fire
language: en
actors:
  - id: harbour-herald
    name: Harbour Herald
    kind: media
    note: 'Draft: found in paragraph 2; check the name, kind and merges.'
  - id: ada-quist
    name: Ada Quist
    kind: person
claims:
  - id: c01
    statement: The pier burned for two hours.
    kind: reported
    actors: [harbour-herald]
    sources: [article, harbour-herald]
sources:
  - id: article
    kind: article
  - id: harbour-herald
    outlet: Harbour Herald
    cited_in: article
    description: 'Draft: named by the article (paragraph 2); find the piece it cites.'
"""


@pytest.mark.parametrize("chosen", ["cascade", "cascade+sources"])
async def test_deleting_a_media_actor_names_its_source_and_keeps_it_unless_chosen(
    tmp_path: Path, chosen: str
) -> None:
    path = tmp_path / "pier.yaml"
    path.write_text(OUTLET, encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("actors", "harbour-herald"))
        await settle(pilot)
        await pilot.press("d")
        dialog = await on_top(pilot, ChoiceDialog)
        assert dialog.details[-1] == (
            "The source harbour-herald (Harbour Herald) came with it; kept unless you choose below."
        )
        assert [value for value, _ in dialog.answers] == ["cancel", "cascade", "cascade+sources"]
        assert (
            dialog.answers[-1][1]
            == "Delete it and remove this reference, and delete the source too"
        )
        await answer(pilot, chosen)
        for _ in range(50):
            await settle(pilot)
            text = path.read_text(encoding="utf-8")
            actor_gone = "- id: harbour-herald\n    name" not in text
            if actor_gone and (chosen == "cascade" or "outlet: Harbour Herald" not in text):
                break
        # a person has no source made with it: nothing more is asked
        screen.jump(Ref("actors", "ada-quist"))
        await settle(pilot)
        await pilot.press("d")
        dialog = await on_top(pilot, ChoiceDialog)
        assert [value for value, _ in dialog.answers] == ["cancel", "delete"]
        await answer(pilot, "cancel")
    briefing = Document.from_bytes(path.read_bytes(), path.name).briefing
    assert [a.id for a in briefing.actors] == ["ada-quist"]
    if chosen == "cascade":
        assert [s.id for s in briefing.sources] == ["article", "harbour-herald"]
        assert briefing.claims[0].sources == ["article", "harbour-herald"]
    else:
        assert [s.id for s in briefing.sources] == ["article"]
        assert briefing.claims[0].sources == ["article"]
