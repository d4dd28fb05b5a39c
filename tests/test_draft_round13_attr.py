"""Round thirteen, speakers, attribution, actors and media: classes found on real copy
with many speakers and in a new user's own articles (an unnamed person by trade after a
quotation, a quotation with no cue inside a sentence that has a source, countries named
only as a compound's part or a ranking's field, route ends, waterways and US states that
are no one's name, a body named in the genitive, an acronym prefix, a government that is
no alias of a union, a pair of bodies, outlets after "reported by" or a colon)."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.model import Briefing


def speaker_of(briefing: Briefing, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    names = {a.id: a.name for a in briefing.actors}
    quote = next(q for q in briefing.quotes if words in q.text)
    return names.get(quote.speaker)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "language"),
    [
        (
            "Die Halle war voll. «Das war ein starker Abend», meinte ein Fachmann.",
            "starker Abend",
            "Fachmann",
            "de",
        ),
        (
            "Der Chor sang lange. «Das war sehr bewegend für alle», kommentierte eine Fachfrau.",
            "sehr bewegend",
            "Fachfrau",
            "de",
        ),
        (
            "Das Werk steht still. „Wir warten seit Wochen“, sagte ein Schichtleiter in"
            " Kassel, der seinen Namen nicht nennen wollte.",
            "seit Wochen",
            "Schichtleiter",
            "de",
        ),
        (
            'Lena Vogt runs the depot. "We are coping," she said. "Nobody tells us anything,"'
            " one forklift driver said outside the warehouse.",
            "Nobody tells",
            "forklift driver",
            "en",
        ),
    ],
)
def test_an_unnamed_person_by_trade_after_a_quotation_speaks_it(
    text: str, words: str, speaker: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert speaker_of(briefing, words) == speaker
    assert actor_kinds(briefing)[speaker] == "person"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Der Verwalter Hans Kolb prüft die Bücher. Er sprach von einem „ungewöhnlich"
            " langen Verfahren“.",
            "langen Verfahren",
            "Hans Kolb",
        ),
        (
            "Die Trainerin Petra Lind war unzufrieden. Klar sei aber, dass die Mannschaft"
            " die Partie „in der ersten Hälfte verschenkt“ habe.",
            "ersten Hälfte",
            "Petra Lind",
        ),
    ],
)
def test_a_quotation_with_no_cue_takes_the_sentences_source(
    text: str, words: str, speaker: str
) -> None:
    briefing = draft(text, language="de")
    assert speaker_of(briefing, words) == speaker
    assert "Unknown speaker" not in actor_kinds(briefing)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Die Ministerin steht wegen ihres Spanien-Urlaubs in der Kritik.", "de", "Spain"),
        ("Der Polen-Besuch des Chors wurde verschoben.", "de", "Poland"),
        ("The Japan-based firm said profits rose by a tenth.", "en", "Japan"),
        ("The group that runs Norway's busiest airport said it would hire staff.", "en", "Norway"),
        ("She praised Ireland's most popular folk festival.", "en", "Ireland"),
        ("The Scottish author Jane Roe is this year's guest director.", "en", "Scotland"),
    ],
)
def test_a_country_named_only_as_a_compounds_part_or_ranking_field_is_no_actor(
    text: str, language: str, state: str
) -> None:
    assert state not in actor_kinds(draft(text, language=language))


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Die US-Regierung wies die Vorwürfe zurück.", "de", "United States"),
        ("Norway's government said it would not sign.", "en", "Norway"),
        ("The Scottish government said it would appeal.", "en", "Scotland"),
    ],
)
def test_a_country_that_governs_stays_a_state(text: str, language: str, state: str) -> None:
    assert actor_kinds(draft(text, language=language))[state] == "state"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The line will send some Asia-Africa sailings through Valencia.", "en"),
        ("Die Reederei bedient den Asien-Europa-Verkehr seit Jahren.", "de"),
    ],
)
def test_two_regions_joined_by_a_hyphen_are_no_actors(text: str, language: str) -> None:
    kinds = actor_kinds(draft(text, language=language))
    assert not {"Asia", "Africa", "Europe"} & set(kinds)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plan includes deepening the Oude Maasgeul to a depth of 14 m.", "Oude Maasgeul"),
        ("A bridge in a North Yorkshire village was closed on Friday.", "North Yorkshire"),
        ("The sheriff of Albany, New York, asked drivers to stay home.", "New York"),
        ("Police in Charlotte, North Carolina, closed the road.", "North Carolina"),
    ],
)
def test_a_waterway_region_or_state_of_a_union_is_no_person(text: str, name: str) -> None:
    assert actor_kinds(draft(text, language="en")).get(name) != "person"


def test_a_person_in_apposition_after_a_place_stays_a_person() -> None:
    briefing = draft("The chief of Springfield, Anna Berg, said the bridge was safe.", "en")
    assert actor_kinds(briefing)["Anna Berg"] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Sprecher des Verkehrsministeriums wies das zurück.", "Verkehrsministerium"),
        ("Nach Angaben des Landesamtes stieg die Zahl der Fälle.", "Landesamt"),
    ],
)
def test_a_body_named_in_the_genitive_takes_its_nominative_name(text: str, name: str) -> None:
    kinds = actor_kinds(draft(text, language="de"))
    assert kinds[name] == "organisation"
    assert name + "s" not in kinds and name + "es" not in kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Gewerkschaft IG Bau kritisierte die Pläne scharf.", "Gewerkschaft IG Bau"),
        ("Die Gewerkschaft IG Metall beklagte die Kürzungen.", "Gewerkschaft IG Metall"),
    ],
)
def test_a_two_letter_prefix_keeps_the_branch_after_it(text: str, name: str) -> None:
    briefing = draft(text, language="de")
    assert source_name(briefing, briefing.claims[0]) == name


def test_a_government_is_no_alias_of_the_union_named_before() -> None:
    briefing = draft(
        "Die Gewerkschaft IG Bau beklagte, die Landesregierung habe zu spät gehandelt."
        " Das Institut rechnet mit 5.000 verlorenen Stellen. Die Landesregierung hält"
        " diese Zahl für zu hoch.",
        language="de",
    )
    union = next(a for a in briefing.actors if a.name == "Gewerkschaft IG Bau")
    assert "Landesregierung" not in [alias.name for alias in union.aliases]
    claim = claim_starting(briefing, "Die Landesregierung hält")
    assert source_name(briefing, claim) == "Landesregierung"


@pytest.mark.parametrize(
    ("text", "start", "role", "language"),
    [
        (
            "Eine Sprecherin des Umweltministeriums in Kiel sagte, das Land prüfe neue Deiche.",
            "Eine Sprecherin",
            "Sprecherin des Umweltministeriums",
            "de",
        ),
        (
            "Die Busse fallen aus, wie beide Gewerkschaften am Montag in Berlin mitteilten.",
            "Die Busse",
            "beide Gewerkschaften",
            "de",
        ),
        (
            "The ferries will stop, both unions said in London on Monday.",
            "The ferries",
            "both unions",
            "en",
        ),
    ],
)
def test_the_speaker_before_a_place_is_the_source_not_the_place(
    text: str, start: str, role: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == role


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "In her statement, reported by Kentwick Live, the mayor said the road was shut.",
            "Kentwick Live",
        ),
        ("The crash was first reported by Coast Bulletin on Monday.", "Coast Bulletin"),
        (
            'One walker, Alex Eve, told Radio Kentwick North: "Nature matters more."',
            "Radio Kentwick North",
        ),
    ],
)
def test_an_outlet_named_by_reporting_or_by_a_colon_before_a_quotation(
    text: str, outlet: str
) -> None:
    briefing = draft(text, language="en")
    assert actor_kinds(briefing)[outlet] == "media"
    assert outlet in {s.outlet for s in briefing.sources}
