"""One actor across the library: who is taken for the same actor, what is counted when the
list is cut, and what the screen says. Real files in a folder, the real index, the real app."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.index import LibraryIndex
from tui.index.actors import across, names_agree
from tui.ui.app import BriefingApp
from tui.ui.screens.actor import ActorScreen

from pages import LibraryPage, settle


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def briefing(
    slug: str,
    published: str,
    actors: list[tuple[str, str, str | None, list[str]]],
    claims: list[list[str]],
    quotes: tuple[tuple[str, list[str]], ...] = (),
) -> str:
    """A briefing with these actors (id, name, wikidata, aliases), one claim per list of
    actor ids, and quotes (speaker, about)."""
    lines = [
        f"id: {slug}",
        f"title: Briefing {slug}",
        f"published: {published}",
        "sources:",
        "  - {id: wire, outlet: Example Wire}",
        "actors:",
    ]
    for actor_id, name, wikidata, aliases in actors:
        lines.append(f"  - id: {actor_id}")
        lines.append(f"    name: {name}")
        if wikidata:
            lines.append(f"    wikidata: {wikidata}")
        if aliases:
            lines.append(f"    aliases: [{', '.join(aliases)}]")
    lines.append("claims:")
    for number, involved in enumerate(claims, start=1):
        lines += [
            f"  - id: c{number}",
            f"    statement: Claim {number} of {slug}.",
            "    kind: reported",
            f"    actors: [{', '.join(involved)}]",
            "    sources: [wire]",
        ]
    if quotes:
        lines.append("quotes:")
        for number, (speaker, about) in enumerate(quotes, start=1):
            lines += [
                f"  - id: q{number}",
                f"    speaker: {speaker}",
                f"    text: Words number {number} in {slug}.",
                f"    about: [{', '.join(about)}]",
            ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Files that reuse ids for other people, and name one person in several ways."""
    folder = tmp_path / "library"
    folder.mkdir()
    files = {
        # p4 is one person in two files and someone else in a third.
        "a.yaml": briefing(
            "a", "2024-01-10", [("p4", "Wladimir Putin", None, ["Kremlin chief"])], [["p4"]]
        ),
        "b.yaml": briefing("b", "2024-02-10", [("p4", "Olena Kowalenko", None, [])], [["p4"]]),
        "c.yaml": briefing(
            "c", "2024-03-10", [("p4", "Wladimir Putin", None, [])], [["p4"], ["p4"]]
        ),
        # Named by a title, with the name as an alias.
        "n.yaml": briefing(
            "n", "2022-05-10", [("p4", "Russian president", None, ["Wladimir Putin"])], [["p4"]]
        ),
        # putin: spelt three ways, and once someone else entirely.
        "d.yaml": briefing(
            "d",
            "2024-04-10",
            [("putin", "Vladimir Putin", None, []), ("kim", "Kim Jong Un", None, [])],
            [["putin"], ["kim"]],
            (("putin", ["kim"]),),
        ),
        "e.yaml": briefing("e", "2024-05-10", [("putin", "Putin", None, [])], [["putin"]]),
        "f.yaml": briefing("f", "2024-06-10", [("putin", "Wladimir Putin", None, [])], [["putin"]]),
        "g.yaml": briefing("g", "2024-07-10", [("putin", "Anna Schmidt", None, [])], [["putin"]]),
        # Tagged once as putin, and under another id elsewhere: the tag is followed.
        "h.yaml": briefing(
            "h", "2024-08-10", [("putin", "Vladimir Putin", "Q7747", [])], [["putin"]]
        ),
        "i.yaml": briefing(
            "i",
            "2024-09-10",
            [("vladimir-putin", "V. V. Putin", "Q7747", [])],
            [["vladimir-putin"]],
        ),
        # Same id and surname, other people.
        "j.yaml": briefing(
            "j", "2024-10-10", [("mueller", "Anna Müller", None, [])], [["mueller"]]
        ),
        "k.yaml": briefing(
            "k", "2024-11-10", [("mueller", "Hans Mueller", None, [])], [["mueller"]]
        ),
        "l.yaml": briefing("l", "2024-12-10", [("mueller", "Müller", None, [])], [["mueller"]]),
        # A file names the person twice (two ids, one Wikidata id): each record once.
        "m.yaml": briefing(
            "m",
            "2023-01-10",
            [("putin", "Putin", "Q7747", []), ("vvp", "Vladimir V. Putin", "Q7747", [])],
            [["putin", "vvp"], ["vvp"]],
        ),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def index(library: Path, tmp_path: Path) -> LibraryIndex:
    opened = LibraryIndex(library, folder=tmp_path / "index")
    report = opened.update()
    assert report.problems == []
    return opened


def briefings_of(index: LibraryIndex, actor: str, name: str, **kw: object) -> list[str | None]:
    found = across(index.store, index.library, actor, name=name, **kw)  # type: ignore[arg-type]
    return [a.briefing for a in found.appearances]


def test_names_agree_as_a_newsroom_reads_them() -> None:
    same = [
        ("Wladimir Putin", "Vladimir Putin"),
        ("Putin", "Wladimir Putin"),
        ("V. Putin", "Vladimir Putin"),
        ("Kim", "Kim Jong-un"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Jürgen Weiß", "JUERGEN WEISS"),
        ("Sergej Lawrow", "Sergei Lawrow"),
    ]
    for one, other in same:
        assert names_agree(one, other), (one, other)
        assert names_agree(other, one), (other, one)
    different = [
        ("Olena Kowalenko", "Wladimir Putin"),
        ("Anna Müller", "Hans Müller"),
        ("Anna Schäfer", "Hanna Schäfer"),
        ("Li Wei", "Li Qiang"),
    ]
    for one, other in different:
        assert not names_agree(one, other), (one, other)
        assert not names_agree(other, one), (other, one)
    assert names_agree("Xi", "Xi Jinping")
    # An alias counts as a whole name, never word by word.
    assert names_agree("Kremlin chief", "Wladimir Putin", (), ("Kremlin chief",))
    assert names_agree("Wladimir Putin", "Kremlin chief", ("Kremlin chief",), ())
    assert not names_agree("Kremlin", "Wladimir Putin", (), ("Kremlin chief",))


def test_the_same_id_with_another_name_is_another_person(index: LibraryIndex) -> None:
    assert briefings_of(index, "p4", "Wladimir Putin") == ["c", "c", "a", "n"]
    assert briefings_of(index, "p4", "Olena Kowalenko") == ["b"]


def test_a_name_that_is_the_others_alias_meets_it_from_either_side(index: LibraryIndex) -> None:
    assert briefings_of(index, "p4", "Russian president") == ["c", "c", "a", "n"]
    # Matching is not chained: "Kremlin chief" is only a.yaml's alias for its p4.
    assert briefings_of(index, "p4", "Kremlin chief") == ["a"]


def test_one_person_spelt_several_ways_meets_and_a_tag_is_followed(index: LibraryIndex) -> None:
    found = across(index.store, index.library, "putin", name="Vladimir Putin")
    seen = [(a.briefing, a.actor, a.actor_name, a.kind, a.id) for a in found.appearances]
    assert seen == [
        ("i", "vladimir-putin", "V. V. Putin", "claim", "c1"),
        ("h", "putin", "Vladimir Putin", "claim", "c1"),
        ("f", "putin", "Wladimir Putin", "claim", "c1"),
        ("e", "putin", "Putin", "claim", "c1"),
        ("d", "putin", "Vladimir Putin", "claim", "c1"),
        ("d", "putin", "Vladimir Putin", "quote", "q1"),
        # m.yaml names him twice; the first claim involves both ids and is listed once.
        ("m", "putin", "Putin", "claim", "c1"),
        ("m", "vvp", "Vladimir V. Putin", "claim", "c2"),
    ]
    assert (found.total, found.briefings) == (8, 6)
    # "putin" named Anna Schmidt is someone else.
    assert briefings_of(index, "putin", "Anna Schmidt") == ["g"]


def test_a_shared_surname_is_not_enough_when_first_names_differ(index: LibraryIndex) -> None:
    assert briefings_of(index, "mueller", "Anna Müller") == ["l", "j"]
    assert briefings_of(index, "mueller", "Hans Mueller") == ["l", "k"]


def test_the_file_in_hand_decides_the_wikidata_id_and_aliases(index: LibraryIndex) -> None:
    found = across(index.store, index.library, "p4", path=index.library / "a.yaml")
    assert [a.briefing for a in found.appearances] == ["c", "c", "a", "n"]
    tagged = across(index.store, index.library, "putin", path=index.library / "h.yaml")
    assert [a.briefing for a in tagged.appearances] == ["i", "h", "f", "e", "d", "d", "m", "m"]


def test_a_cut_list_keeps_the_newest_and_counts_the_rest(index: LibraryIndex) -> None:
    whole = across(index.store, index.library, "putin", name="Putin")
    assert not whole.cut
    for limit in range(1, whole.total + 1):
        cut = across(index.store, index.library, "putin", name="Putin", limit=limit)
        assert cut.appearances == whole.appearances[:limit]
        assert (cut.total, cut.briefings) == (whole.total, whole.briefings)
        assert cut.cut == (limit < whole.total)


def test_an_unknown_actor_finds_nothing(index: LibraryIndex) -> None:
    found = across(index.store, index.library, "nobody", name="Nobody")
    assert (found.appearances, found.total, found.briefings, found.cut) == ([], 0, 0, False)


async def test_the_screen_says_when_the_list_is_cut(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())

        def status() -> str:
            return str(pilot.app.screen.query_one("#actor-status").render())

        screen = ActorScreen(library, "putin", "Vladimir Putin", limit=3)
        await pilot.app.push_screen(screen)
        await page.until(lambda: bool(screen.appearances))
        await settle(pilot)
        assert status() == "The newest 3 of 8 records in 6 briefings · Enter opens"
        assert [a.briefing for a in screen.appearances] == ["i", "h", "f"]
        await pilot.press("escape")

        whole = ActorScreen(library, "p4", "Wladimir Putin")
        await pilot.app.push_screen(whole)
        await page.until(lambda: bool(whole.appearances))
        await settle(pilot)
        assert status() == "4 records in 3 briefings, newest first · Enter opens"
        await pilot.press("escape")

        nobody = ActorScreen(library, "nobody", "Nobody")
        await pilot.app.push_screen(nobody)
        await page.until(lambda: "involves" in status())
        assert status() == "No claim, quote or note in the library involves this actor"


def test_a_long_name_cut_short_by_a_list_stands_for_the_whole(tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    long_name = "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung"
    (folder / "x.yaml").write_text(
        briefing("x", "2024-01-01", [("bmz", long_name, None, [])], [["bmz"]]), encoding="utf-8"
    )
    (folder / "y.yaml").write_text(
        briefing("y", "2024-02-01", [("bmz", "Bundesbank", None, [])], [["bmz"]]), encoding="utf-8"
    )
    with LibraryIndex(folder, folder=tmp_path / "index") as index:
        index.update()
        assert briefings_of(index, "bmz", long_name[:40]) == ["x"]
        assert briefings_of(index, "bmz", long_name) == ["x"]
