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


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Die Insolvenzen stiegen um ein Zehntel, laut Kreditwacht. Im kommenden Jahr"
            " rechnet die Auskunftei mit weiteren 900 Fällen.",
            "Im kommenden Jahr",
            "Kreditwacht",
        ),
        (
            "Die Reederei Nordlicht meldete Verluste. Für den Herbst rechnet die Reederei"
            " mit einer Erholung.",
            "Für den Herbst",
            "Reederei Nordlicht",
        ),
    ],
)
def test_an_establishment_word_alone_points_back_at_the_firm(
    text: str, start: str, speaker: str
) -> None:
    briefing = draft(text, language="de")
    assert source_name(briefing, claim_starting(briefing, start)) == speaker
    assert "Auskunftei" not in actor_kinds(briefing)


def test_the_police_named_after_a_firm_stay_a_body_of_their_own() -> None:
    briefing = draft(
        "Die Insolvenzen stiegen, laut Kreditwacht. Die Polizei ermittelt wegen Betrugs.",
        language="de",
    )
    assert "Polizei" in actor_kinds(briefing)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Die Industrie- und Handelskammer warnte vor Folgen. IHK-Präsidentin Ute Berg"
            " sprach von einer Krise.",
            "Industrie- und Handelskammer",
            "IHK",
        ),
        (
            "Die Handwerks- und Gewerbekammer lud zur Tagung. Die HGK will mehr Geld.",
            "Handwerks- und Gewerbekammer",
            "HGK",
        ),
    ],
)
def test_a_pair_of_compounds_names_one_body_with_its_initials(
    text: str, name: str, acronym: str
) -> None:
    briefing = draft(text, language="de")
    body = next(a for a in briefing.actors if a.name == name)
    assert acronym in [alias.name for alias in body.aliases]
    assert acronym not in actor_kinds(briefing)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Verfahren gegen den Zulieferer Kronmetall-Süd läuft seit Mai.", "Kronmetall-Süd"),
        ("Der Modehändler Kornfeld schließt zehn Filialen.", "Kornfeld"),
    ],
)
def test_a_firm_named_after_its_kind_keeps_its_whole_name(text: str, name: str) -> None:
    assert actor_kinds(draft(text, language="de"))[name] == "organisation"


def test_a_compass_word_after_a_listed_company_names_another_firm() -> None:
    kinds = actor_kinds(draft("Gegen den Zulieferer Brenntag-Nord läuft ein Verfahren.", "de"))
    assert "Brenntag-Nord" in kinds
    assert "Brenntag" not in kinds


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Maersk said it would reroute ships. The crews blamed the fog; the port said the"
            ' delay was "regrettable but brief".',
            "The crews",
            "port",
        ),
        (
            "Siemens reported higher orders. The hospital said the new scanners had arrived.",
            "The hospital",
            "hospital",
        ),
    ],
)
def test_a_kind_that_is_no_business_does_not_point_at_a_listed_company(
    text: str, start: str, speaker: str
) -> None:
    briefing = draft(text, language="en")
    assert source_name(briefing, claim_starting(briefing, start)) == speaker


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Dockworkers fear that the new cranes will cost jobs.", "Dockworkers"),
        ("Shipbuilders said the order book was thin.", "Shipbuilders"),
    ],
)
def test_a_closed_compound_for_people_by_trade_is_an_unnamed_group(text: str, group: str) -> None:
    briefing = draft(text, language="en")
    actor = next(a for a in briefing.actors if group in a.name)
    assert actor.kind.value == "group"
    assert actor.anonymous


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Kritiker werfen der Regierung vor, die Hilfen zu spät zu zahlen.", "Kritiker"),
        ("Umweltverbände werfen dem Land Untätigkeit beim Moorschutz vor.", "Umweltverbände"),
    ],
)
def test_a_group_that_reproaches_someone_is_the_source(text: str, start: str) -> None:
    briefing = draft(text, language="de")
    assert start in (source_name(briefing, claim_starting(briefing, start)) or "")


@pytest.mark.parametrize(
    ("text", "start", "wrong"),
    [
        (
            "The group that runs Norway's busiest airport said it would hire staff.",
            "The group",
            "Norway",
        ),
        ("The man who shot Tom Berry said nothing in court.", "The man", "Tom Berry"),
    ],
)
def test_names_inside_an_opening_relative_clause_do_not_speak(
    text: str, start: str, wrong: str
) -> None:
    briefing = draft(text, language="en")
    assert source_name(briefing, claim_starting(briefing, start)) != wrong


@pytest.mark.parametrize(
    ("text", "person", "start"),
    [
        (
            "Die Ministerin Lena Spiegel (SPD) bat um Nachsicht. Spiegel sagte, sie bleibe im Amt.",
            "Lena Spiegel",
            "Spiegel sagte",
        ),
        (
            "Reporter Jane Reuters wrote the story. Reuters said she would stay on.",
            "Jane Reuters",
            "Reuters said",
        ),
    ],
)
def test_a_listed_outlet_after_a_given_name_is_a_persons_surname(
    text: str, person: str, start: str
) -> None:
    briefing = draft(text)
    assert actor_kinds(briefing)[person] == "person"
    assert source_name(briefing, claim_starting(briefing, start)) == person


def test_the_outlet_with_its_article_stays_the_outlet() -> None:
    briefing = draft(
        "Die Ministerin Lena Spiegel bat um Nachsicht. Wie der Spiegel berichtet, tritt"
        " sie dennoch zurück.",
        language="de",
    )
    claim = claim_starting(briefing, "Wie der Spiegel")
    assert source_name(briefing, claim) == "Der Spiegel"


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        (
            "Die Galerie ist nach Ansicht von Kunstkritikern das beste Haus des Jahres.",
            "Die Galerie",
            "Kunstkritiker",
        ),
        (
            "Der Deich ist nach Einschätzung von Fachleuten die schwächste Stelle der Küste.",
            "Der Deich",
            "Fachleute",
        ),
    ],
)
def test_a_plain_noun_right_after_a_german_source_phrase_is_the_source(
    text: str, start: str, group: str
) -> None:
    briefing = draft(text, language="de")
    assert group in (source_name(briefing, claim_starting(briefing, start)) or "")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Die Bäckerei ist pleite. Der Insolvenzverwalter sprach von einem „ungewöhnlich"
            " zähen Verfahren“.",
            "zähen Verfahren",
            "Insolvenzverwalter",
        ),
        (
            "Die Werft hat Schulden. Die Sachwalterin sprach von einer „sehr ernsten Lage“.",
            "ernsten Lage",
            "Sachwalterin",
        ),
    ],
)
def test_a_person_by_office_who_speaks_of_something_speaks_the_quotation(
    text: str, words: str, speaker: str
) -> None:
    briefing = draft(text, language="de")
    assert speaker_of(briefing, words) == speaker
    assert actor_kinds(briefing)[speaker] == "person"


def test_a_thing_that_speaks_for_something_is_no_speaker() -> None:
    briefing = draft("Vieles spricht dafür, dass die Halle im Mai schließt.", language="de")
    assert claim_starting(briefing, "Vieles").attributed_to is None


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        (
            "New simulations by Johns Hopkins researchers suggest the comet is older.",
            "New simulations",
            "Johns Hopkins researchers",
        ),
        (
            "New models by Kiel University scientists show the sea is rising faster.",
            "New models",
            "Kiel University scientists",
        ),
    ],
)
def test_a_group_owned_by_a_named_body_keeps_the_whole_name_and_owns_its_findings(
    text: str, start: str, group: str
) -> None:
    briefing = draft(text, language="en")
    assert group in (source_name(briefing, claim_starting(briefing, start)) or "")


@pytest.mark.parametrize(
    ("text", "start", "owner", "language"),
    [
        (
            "Die Galerie bekam in einer Umfrage der «Kunstzeitung» unter Fachleuten das meiste"
            " Lob.",
            "Die Galerie",
            "Kunstzeitung",
            "de",
        ),
        (
            "Die Stadt schnitt in einer Studie des Ifo-Instituts schlecht ab.",
            "Die Stadt",
            "Ifo-Institut",
            "de",
        ),
        (
            "The clinic came last in a survey by the Care Quality Commission.",
            "The clinic",
            "Care Quality Commission",
            "en",
        ),
    ],
)
def test_a_paper_named_with_its_owner_inside_the_sentence_is_its_source(
    text: str, start: str, owner: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == owner


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Im Rat kritisierte die Sprecherin Ina Roth den Landrat Uwe Brand scharf. Der"
            " sieht sich zu Unrecht angegriffen.",
            "Der sieht",
            "Uwe Brand",
        ),
        (
            "Die Bürgerinitiative lud Bürgermeisterin Eva Kurz ein. Die hält den Standort"
            " weiter für richtig.",
            "Die hält",
            "Eva Kurz",
        ),
    ],
)
def test_a_demonstrative_pronoun_opening_the_sentence_is_the_person_named_last(
    text: str, start: str, speaker: str
) -> None:
    briefing = draft(text, language="de")
    assert source_name(briefing, claim_starting(briefing, start)) == speaker


def test_an_article_before_an_adjective_is_no_pronoun() -> None:
    briefing = draft("Uwe Brand stellte den Plan vor. Der neue Plan gilt ab Mai.", "de")
    assert claim_starting(briefing, "Der neue Plan").attributed_to is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Local outlet Herald and Courant reported that the bridge had closed.",
            "Herald and Courant",
        ),
        ("The mayor spoke to reporters, as reported by Star and Ledger.", "Star and Ledger"),
    ],
)
def test_an_outlet_named_with_and_keeps_its_whole_name(text: str, outlet: str) -> None:
    assert actor_kinds(draft(text, language="en"))[outlet] == "media"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Acting Kentwick Police Chief Mark Dale vowed to find the driver.", "Kentwick Police"),
        ("Interim Harbour Board Chair Lisa Moor said the pier would reopen.", "Harbour Board"),
    ],
)
def test_a_qualifier_before_an_office_is_no_part_of_the_body(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text, language="en"))
    assert kinds.get(body) == "organisation"
    assert not any(name.startswith(("Acting", "Interim")) for name in kinds)


@pytest.mark.parametrize(
    ("text", "start", "owner"),
    [
        (
            "A tweet by the Kentwick Fire Service indicated that the blaze was under control.",
            "A tweet",
            "Kentwick Fire Service",
        ),
        (
            "Tweets from the Harbour Authority showed the pier was closed.",
            "Tweets",
            "Harbour Authority",
        ),
    ],
)
def test_a_tweet_with_its_owner_rests_on_the_owner(text: str, start: str, owner: str) -> None:
    briefing = draft(text, language="en")
    assert source_name(briefing, claim_starting(briefing, start)) == owner


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("The findings are set to publish in Physical Review D.", "Physical Review D"),
        ("The results will publish in Marine Letters next week.", "Marine Letters"),
    ],
)
def test_a_journal_a_study_is_to_publish_in_is_an_outlet(text: str, journal: str) -> None:
    assert actor_kinds(draft(text, language="en"))[journal] == "media"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Im Hafen sind die Beschäftigten seit Montag zum Streik aufgerufen.", "Beschäftigte"),
        ("Am Wochenende protestierten viele Anwohner gegen den Lärm.", "Anwohner"),
        (
            "Kunden, die ein Abo gebucht haben, können es bis Freitag kündigen.",
            "Kunden",
        ),
        ("Residents who live near the quarry say the dust is unbearable.", "Residents"),
    ],
)
def test_a_collective_after_its_verb_or_before_a_relative_clause_is_the_subject(
    text: str, group: str
) -> None:
    kinds = actor_kinds(draft(text))
    assert any(group in name and kind == "group" for name, kind in kinds.items()), kinds


def test_a_collective_named_in_passing_after_a_preposition_is_no_actor() -> None:
    kinds = actor_kinds(draft("Angebote für Kunden gibt es in diesem Jahr nicht.", "de"))
    assert not any("Kunden" in name for name in kinds)


def test_a_weak_plural_names_the_group_by_its_listed_form() -> None:
    kinds = actor_kinds(draft("Im Hafen sind die Beschäftigten zum Streik aufgerufen.", "de"))
    assert "Unnamed Beschäftigte" in kinds


def test_people_after_a_preposition_with_a_relative_clause_are_no_actor() -> None:
    kinds = actor_kinds(
        draft("We will find those involved, for people who act so are a danger.", "en")
    )
    assert not any("people" in name for name in kinds)


def test_a_closing_verb_with_its_own_subject_names_the_source_not_the_collective() -> None:
    briefing = draft(
        "Kunden, die ein Abo gebucht haben, könnten es bis Freitag kündigen, teilte die"
        " Firma Nordnetz mit.",
        language="de",
    )
    assert source_name(briefing, claim_starting(briefing, "Kunden")) != "Unnamed Kunden"
