"""Round twelve, attribution: classes a new user's review found on unread copy (an
unnamed single official who speaks from a capital, a body no list holds named in a source
phrase, another paper named with a capital "The" in an article whose own outlet ends in
the same word)."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name


@pytest.mark.parametrize(
    ("text", "start", "language", "role", "place"),
    [
        (
            "A senior official in Brussels, who asked not to be named, said the talks on"
            " fishing quotas had stalled.",
            "A senior official",
            "en",
            "senior official",
            "European Union",
        ),
        (
            "A diplomat in Berlin, who declined to be identified, said the ferry would"
            " leave on Friday.",
            "A diplomat",
            "en",
            "diplomat",
            None,
        ),
        (
            "A senior official in Moscow said the pipeline would reopen within a week.",
            "A senior official",
            "en",
            "senior official",
            "Russia",
        ),
        (
            "Ein hoher Beamter in Paris, der nicht namentlich genannt werden wollte, sagte,"
            " die Gespräche über den Hafen seien gescheitert.",
            "Ein hoher Beamter",
            "de",
            "hoher Beamter",
            "France",
        ),
    ],
)
def test_an_unnamed_official_in_a_capital_speaks_not_the_state(
    text: str, start: str, language: str, role: str, place: str | None
) -> None:
    briefing = draft(text, language=language)
    claim = claim_starting(briefing, start)
    assert source_name(briefing, claim) == role
    assert actor_kinds(briefing)[role] == "person"
    if place is not None:
        assert source_name(briefing, claim) != place


def test_officials_in_a_capital_stay_the_group_they_were() -> None:
    briefing = draft("Officials in Washington said the tariffs would stay in place.", "en")
    claim = claim_starting(briefing, "Officials")
    assert actor_kinds(briefing)[source_name(briefing, claim) or ""] == "group"


@pytest.mark.parametrize(
    ("text", "start", "language"),
    [
        ("Prices for butter rose by a fifth last year, according to Veltrana.", "Prices", "en"),
        (
            "According to Veltrana's survey, a third of the bakeries closed early.",
            "According",
            "en",
        ),
        ("Prices rose, per Veltrana, by a fifth over the winter.", "Prices", "en"),
        ("Nach Angaben von Veltrana stiegen die Preise für Butter um ein Fünftel.", "Nach", "de"),
        ("Der Umsatz brach im Winter um ein Drittel ein, Veltrana zufolge.", "Der Umsatz", "de"),
        ("Veltrana zufolge brach der Umsatz im Winter um ein Drittel ein.", "Veltrana", "de"),
    ],
)
def test_an_unlisted_name_in_a_source_phrase_is_the_source(
    text: str, start: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == "Veltrana"
    assert actor_kinds(briefing)["Veltrana"] == "organisation"


@pytest.mark.parametrize(
    ("text", "start", "language"),
    [
        ("According to Monday's figures, sales of bicycles fell by a third.", "According", "en"),
        ("Laut Polizei wurde bei dem Brand in der Lagerhalle niemand verletzt.", "Laut", "de"),
        ("Dem Bericht zufolge fiel der Umsatz der Bäckereien um ein Drittel.", "Dem", "de"),
    ],
)
def test_a_day_or_a_common_noun_after_a_source_phrase_is_no_unlisted_body(
    text: str, start: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) not in (
        "Monday",
        "Bericht",
    )
    assert "Monday" not in actor_kinds(briefing)


def _cited_outlets(text: str) -> list[str]:
    """The outlets the draft of ``text`` lists as sources it cites."""
    briefing = draft(text, language="en")
    return [s.outlet or "" for s in briefing.sources if s.id != "article"]


@pytest.mark.parametrize(
    ("outlet", "told", "cited"),
    [
        ("Financial Times", "told The Times", True),
        ("Evening Herald", "told The Herald", True),
        ("The Harbour Courier", "told the Courier", False),
        ("The Valley Gazette", "told the Gazette", False),
    ],
)
def test_another_paper_named_with_a_capital_the_is_no_short_name_of_the_publisher(
    outlet: str, told: str, cited: bool
) -> None:
    text = (
        f"By Anna Reed, {outlet}, 3 December 2026\n\n"
        "The ferry operator cut 300 jobs on Monday.\n\n"
        f"Its chief executive, Mark Dunmore, {told} that more cuts would follow."
    )
    paper = told.split()[-1]
    assert any(paper in name for name in _cited_outlets(text)) is cited


@pytest.mark.parametrize(
    ("text", "start", "language", "source"),
    [
        (
            "Kritik kommt aus der Landespolitik. Der Plan sei zu teuer.",
            "Kritik kommt",
            "de",
            "Landespolitik",
        ),
        (
            "Widerspruch kommt vor allem vom Bauernverband. Die Zäune seien zu niedrig.",
            "Widerspruch",
            "de",
            "Bauernverband",
        ),
        (
            "Criticism comes from Harwell Rowing Club, which says the new bridge blocks the river.",
            "Criticism",
            "en",
            "Harwell Rowing Club",
        ),
    ],
)
def test_criticism_coming_from_someone_in_the_present_names_the_critic(
    text: str, start: str, language: str, source: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == source


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Die Angeklagten haben aus Sicht der Richter Schuld am Unfall auf der Brücke.", "Die"),
        ("Der Vertrag war nach Auffassung der Richter von Anfang an nichtig.", "Der Vertrag"),
    ],
)
def test_judges_named_as_a_source_with_no_court_before_are_an_actor(text: str, start: str) -> None:
    briefing = draft(text, language="de")
    assert source_name(briefing, claim_starting(briefing, start)) == "Richter"


@pytest.mark.parametrize(
    ("text", "start", "language", "group"),
    [
        (
            "Passengers are angry about the lost bags. Many say the airline offered them far"
            " less than the rules allow.",
            "Many say",
            "en",
            "Unnamed Passengers",
        ),
        (
            "Tenants of the tower block wrote to the council. Some also argue the lifts were"
            " never repaired.",
            "Some also",
            "en",
            "Unnamed Tenants",
        ),
        (
            "Viele Mieter sind verärgert. Viele sagen, der Vermieter habe sie nicht informiert.",
            "Viele sagen",
            "de",
            "Unnamed Mieter",
        ),
    ],
)
def test_a_quantifier_that_speaks_is_the_group_named_last(
    text: str, start: str, language: str, group: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == group


@pytest.mark.parametrize(
    ("text", "start", "language", "group"),
    [
        (
            "The ministry met the unions on Friday. Hospital managers said they would study the"
            " offer, and several called for more time.",
            "Hospital managers",
            "en",
            "Hospital managers",
        ),
        (
            "Der Senat legte am Montag den Entwurf vor. Die Bezirksbürgermeister sagten, sie"
            " wollten ihn prüfen, und einige forderten mehr Zeit.",
            "Die Bezirksbürgermeister",
            "de",
            "Bezirksbürgermeister",
        ),
    ],
)
def test_a_quantifier_after_a_clause_of_its_sentence_leaves_that_clause_s_source(
    text: str, start: str, language: str, group: str
) -> None:
    # "…, and several called for …" are some of the clause's own subject; they had taken
    # the sentence away from it to a group named earlier in the article
    briefing = draft(text, language=language)
    assert group in source_name(briefing, claim_starting(briefing, start))


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Die Nachbarin lebt seit 40 Jahren in dem Haus. Sie sei jede Nacht vom Lärm"
            " geweckt worden, hatte sie den Richtern geschildert.",
            "Sie sei",
            "Nachbarin",
        ),
        (
            "Tom Berger führt den Hof seit 1990. Das Wasser sei schon im März knapp gewesen,"
            " hat er dem Sender erzählt.",
            "Das Wasser",
            "Tom Berger",
        ),
        (
            "Anna Kessler leitet die Schule seit zehn Jahren. Sie habe von dem Plan erst aus"
            " der Zeitung erfahren, hatte sie vor dem Ausschuss ausgesagt.",
            "Sie habe",
            "Anna Kessler",
        ),
    ],
)
def test_a_closing_perfect_of_saying_names_the_speaker(text: str, start: str, speaker: str) -> None:
    briefing = draft(text, language="de")
    assert source_name(briefing, claim_starting(briefing, start)) == speaker


def _speaker_of(text: str, words: str, language: str) -> str | None:
    """The name of the speaker of the quote holding ``words`` in the draft of ``text``."""
    briefing = draft(text, language=language)
    names = {a.id: a.name for a in briefing.actors}
    quote = next(q for q in briefing.quotes if words in q.text)
    return names.get(quote.speaker)


@pytest.mark.parametrize(
    ("text", "words", "language", "speaker"),
    [
        (
            "Gemeinderätin Lea Vogt warf dem Bürgermeister Untätigkeit vor. Sie habe nicht den"
            " Eindruck, dass die Gemeinde und der Landkreis Oberwald andere Flächen geprüft"
            " hätten: „Die Halle wird einfach an den Ortsrand gestellt.“",
            "Die Halle",
            "de",
            "Lea Vogt",
        ),
        (
            "Coach Dana Whitfield was furious after the match. She had no doubt that the league"
            ' and the Harbour Trust had made up their minds early: "Nobody listened to us at'
            ' all."',
            "Nobody listened",
            "en",
            "Dana Whitfield",
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_speaks_the_quote_after_its_colon(
    text: str, words: str, language: str, speaker: str
) -> None:
    assert _speaker_of(text, words, language) == speaker


@pytest.mark.parametrize(
    ("text", "start", "source", "wrong"),
    [
        (
            "Per Funk meldeten die Polizisten den Kollegen, dass im Wagen Waffen lagen.",
            "Per Funk",
            "Polizisten",
            "Per Funk",
        ),
        (
            "Per Telefon sagten die Betreiber, die Küche bleibe bis Montag geschlossen.",
            "Per Telefon",
            "Betreiber",
            "Per Telefon",
        ),
    ],
)
def test_a_preposition_opening_a_german_sentence_is_no_subject(
    text: str, start: str, source: str, wrong: str
) -> None:
    briefing = draft(text, language="de")
    assert source_name(briefing, claim_starting(briefing, start)) == source
    assert wrong not in actor_kinds(briefing)


def test_a_german_noun_after_per_in_a_short_sentence_is_no_source() -> None:
    briefing = draft("Vor 900 Gästen traf Lina Brandt zweimal per Kopfball.", language="de")
    assert "Kopfball" not in actor_kinds(briefing)


@pytest.mark.parametrize(
    "text",
    [
        "Three analysts said the shares had fallen too far. Two of the analysts and the"
        " shareholder also said an article published on Monday in the Herald newspaper could"
        " have hurt the shares.",
        "Three analysts said the shares had fallen too far. Some of the analysts and one"
        " trader said a column printed on Friday in the Courier may have hurt the price.",
    ],
)
def test_a_share_of_a_group_opening_the_clause_speaks_not_the_paper_after_the_verb(
    text: str,
) -> None:
    briefing = draft(text, language="en")
    claim = next(c for c in briefing.claims if "hurt the" in c.statement)
    assert source_name(briefing, claim) == "Unnamed analysts"


@pytest.mark.parametrize(
    "text",
    [
        "Die Schülerin Lena wurde tot aufgefunden. Das ging so weiter, bis der Anwalt von"
        " Lenas Vater eine Pause beantragte. Das Gutachten habe mit dem Fall nichts zu tun.",
        "Der Rentner Karl wohnt am Hafen. Die Sitzung lief lange, bis die Anwältin von Karls"
        " Tochter eine Vertagung verlangte. Die Frist sei viel zu kurz gewesen.",
    ],
)
def test_reported_speech_goes_on_with_a_role_whose_owner_is_the_person_named_inside_it(
    text: str,
) -> None:
    briefing = draft(text, language="de")
    claim = briefing.claims[-1]
    name = source_name(briefing, claim) or ""
    assert name.startswith(("Anwalt", "Anwältin"))


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Kritik kommt vom Landtagsabgeordneten Tim Heller von der Opposition. Das Land habe"
            " zu lange gewartet, sagte er dem Sender.",
            "Das Land",
            "Tim Heller",
        ),
        (
            "Unterstützung bekam die Bürgermeisterin vom Europaabgeordneten Ute Kramer. Der"
            " Hafen brauche das Geld, sagte sie.",
            "Der Hafen",
            "Ute Kramer",
        ),
    ],
)
def test_an_inflected_office_made_from_an_adjective_is_a_label_before_the_name(
    text: str, start: str, person: str
) -> None:
    briefing = draft(text, language="de")
    assert actor_kinds(briefing)[person] == "person"
    assert source_name(briefing, claim_starting(briefing, start)) == person


@pytest.mark.parametrize(
    ("text", "start", "language", "source"),
    [
        (
            "Der Vorschlag, die Gebühren zu erhöhen, stößt in der SPD-Fraktion auf Widerstand.",
            "Der Vorschlag",
            "de",
            "SPD",
        ),
        (
            "Der Plan des Bürgermeisters stieß beim Bauernverband auf Ablehnung.",
            "Der Plan",
            "de",
            "Bauernverband",
        ),
        (
            "The plan drew sharp criticism from the Harbour Trust, which called it rushed.",
            "The plan",
            "en",
            "Harbour Trust",
        ),
        (
            "The new timetable has met with opposition from commuters.",
            "The new timetable",
            "en",
            "commuters",
        ),
    ],
)
def test_whoever_a_plan_meets_resistance_from_holds_the_view(
    text: str, start: str, language: str, source: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == source


@pytest.mark.parametrize(
    ("text", "start", "language", "source"),
    [
        (
            "Police said about 3,000 people marched. The organisers put it at 7,000.",
            "The organisers",
            "en",
            "organisers",
        ),
        (
            "Die Stadt beziffert den Schaden auf rund zwei Millionen Euro.",
            "Die Stadt",
            "de",
            "Stadt",
        ),
        (
            "Ein Sprecher der Polizei wollte das zunächst nicht bestätigen.",
            "Ein Sprecher",
            "de",
            "Sprecher der Polizei",
        ),
    ],
)
def test_putting_a_number_on_it_or_declining_to_confirm_is_the_subject_s_word(
    text: str, start: str, language: str, source: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == source


def test_put_at_risk_is_no_estimate() -> None:
    briefing = draft("The old bridge was put at risk by the storm on Sunday.", language="en")
    assert source_name(briefing, claim_starting(briefing, "The old bridge")) is None


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Als die Richterin Anna Berg erklärte, wie schwierig die Beweisaufnahme gewesen sei,"
            " sprang ein Bruder des Opfers auf und schrie: Er habe alles gesehen.",
            "de",
            "Bruder des Opfers",
        ),
        (
            "When the mayor Tom Hale explained why the pool would close, a mother at the back"
            " stood up and shouted that the town had lied.",
            "en",
            "mother",
        ),
    ],
)
def test_a_verb_of_saying_in_a_leading_time_clause_gives_way_to_the_main_clause(
    text: str, language: str, speaker: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, briefing.claims[0]) == speaker
    assert actor_kinds(briefing)[speaker] == "person"


@pytest.mark.parametrize(
    ("text", "language", "kin"),
    [
        ("Der Vater, ein Kater aus einem Zoo in Tallinn, kam im Herbst nach Kiel.", "de", "Vater"),
        (
            "Mara Lind wrote poems. The daughter of a miner, she left school at 15.",
            "en",
            "daughter",
        ),
    ],
)
def test_kin_with_a_definite_article_is_no_new_speaker(text: str, language: str, kin: str) -> None:
    assert kin not in actor_kinds(draft(text, language=language))


def test_a_leading_time_clause_without_a_verb_of_saying_leaves_the_speaker_alone() -> None:
    briefing = draft(
        "Als die Sitzung begann, sagte die Bürgermeisterin Ina Roth, der Haushalt sei gedeckt.",
        language="de",
    )
    assert source_name(briefing, briefing.claims[0]) == "Ina Roth"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Universities UK, which represents 141 institutions, called the results a warning.",
            "Universities UK",
        ),
        (
            "Colleges UK, which represents 40 institutions, called the cuts a warning.",
            "Colleges UK",
        ),
    ],
)
def test_a_noun_and_a_country_name_an_english_body_that_speaks(text: str, body: str) -> None:
    briefing = draft(text, language="en")
    assert source_name(briefing, briefing.claims[0]) == body
    assert actor_kinds(briefing)[body] == "organisation"
    assert "United Kingdom" not in actor_kinds(briefing)


def test_a_direction_before_a_country_is_no_body() -> None:
    briefing = draft("Police in Northern Ireland said two men were arrested.", language="en")
    kinds = actor_kinds(briefing)
    assert not any(k == "organisation" and "Ireland" in name for name, k in kinds.items())


@pytest.mark.parametrize(
    ("text", "start", "language", "source"),
    [
        (
            "Bloomberg, the data and news giant, said its revenue fell by a tenth.\n\n"
            "The company warned that sales in Asia had not recovered.",
            "The company",
            "en",
            "Bloomberg",
        ),
        (
            "Siemens cut 300 jobs, Reuters reported. The company said more cuts would follow.",
            "The company",
            "en",
            "Siemens",
        ),
    ],
)
def test_the_company_is_a_news_business_that_spoke_for_itself_before_any_firm_was_named(
    text: str, start: str, language: str, source: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == source


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In jedem Kapitel gebe es einen Absatz unter der Überschrift: „Was wir noch alles"
            " vorhaben“.",
            "de",
        ),
        ('The report has a chapter under the heading "What we will do next year".', "en"),
        ("Die Kampagne läuft unter dem Motto „Wir lassen niemanden zurück“.", "de"),
    ],
)
def test_words_in_quotation_marks_after_a_title_noun_are_a_title_not_a_quote(
    text: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert briefing.quotes == []
    assert "Unknown speaker" not in actor_kinds(briefing)


def test_a_quotation_after_a_verb_of_saying_is_still_a_quote() -> None:
    briefing = draft("Die Ministerin sagte: „Wir lassen niemanden hier zurück.“", language="de")
    assert [q.text for q in briefing.quotes] == ["Wir lassen niemanden hier zurück."]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kioskbetreiber Anna Weber zeigte sich enttäuscht. „Wir haben neue Fenster eingebaut"
            " und die Musik leiser gestellt“, sagte sie der „Rundschau“.",
            "Anna Weber",
        ),
        (
            "Barbetreiber Luca Ferraro zeigte sich enttäuscht. „Wir haben alles versucht, was"
            " möglich war“, sagte er.",
            "Luca Ferraro",
        ),
    ],
)
def test_an_office_ending_like_a_business_before_a_first_name_and_surname_is_a_person_s(
    text: str, person: str
) -> None:
    briefing = draft(text, language="de")
    kinds = actor_kinds(briefing)
    assert kinds[person] == "person"
    assert not any(k == "organisation" for k in kinds.values())
    assert source_name(briefing, briefing.claims[-1]) == person


def test_a_body_named_with_its_town_stays_a_body() -> None:
    briefing = draft("Die Stadtwerke Hanau teilten mit, der Strom komme zurück.", language="de")
    assert actor_kinds(briefing)["Stadtwerke Hanau"] == "organisation"


@pytest.mark.parametrize(
    ("text", "group", "speaker"),
    [
        (
            'Local farmers have demanded a new fence with one farmer saying there should be "more'
            ' patrols" and "better lights" before summer.',
            "Unnamed Local farmers",
            "farmer",
        ),
        (
            'Parents have criticised the plan, with one mother saying it was "a slap in the face'
            ' for every family".',
            "Unnamed Parents",
            "mother",
        ),
    ],
)
def test_a_trailing_with_x_saying_clause_keeps_the_main_clause_on_its_subject(
    text: str, group: str, speaker: str
) -> None:
    briefing = draft(text, language="en")
    names = {a.id: a.name for a in briefing.actors}
    assert source_name(briefing, briefing.claims[0]) == group
    assert all(names[q.speaker] == speaker for q in briefing.quotes)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Energy bills rose by a fifth, according to Citizens Advice.", "Citizens Advice"),
        ("Energy bills rose by a fifth, according to Halvorsen & Dahl.", "Halvorsen & Dahl"),
    ],
)
def test_two_capitalised_words_after_an_english_source_phrase_are_a_name(
    text: str, body: str
) -> None:
    briefing = draft(text, language="en")
    assert source_name(briefing, briefing.claims[0]) == body


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        (
            "A US official, speaking on condition of anonymity, said the ship had left.",
            "en",
            "US official",
        ),
        (
            "An official at the ministry in Rome said the decree would be signed.",
            "en",
            "official",
        ),
        (
            "Ein EU-Diplomat sagte, die Gespräche seien ins Stocken geraten.",
            "de",
            "EU-Diplomat",
        ),
        (
            "Ein Nato-Beamter sagte, die Übung werde verlängert.",
            "de",
            "Nato-Beamter",
        ),
    ],
)
def test_an_unnamed_official_of_a_state_or_body_is_a_person_of_their_own(
    text: str, language: str, role: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, briefing.claims[0]) == role
    assert actor_kinds(briefing)[role] == "person"


@pytest.mark.parametrize(
    ("text", "start", "language", "speaker"),
    [
        (
            "Ingrid Haas, the port's director, spoke on Tuesday. According to her, volumes"
            " might recover by 2028.",
            "According to her",
            "en",
            "Ingrid Haas",
        ),
        (
            "Die Direktorin Ingrid Haas sprach am Dienstag. Laut ihr könnte sich der Umschlag"
            " bis 2028 erholen.",
            "Laut ihr",
            "de",
            "Ingrid Haas",
        ),
        (
            "Der Ökonom Thomas Reuter sprach am Montag in Essen. Ihm zufolge dürfte sich die"
            " Konjunktur im Herbst erholen.",
            "Ihm zufolge",
            "de",
            "Thomas Reuter",
        ),
    ],
)
def test_a_pronoun_in_a_source_phrase_is_the_one_named_before(
    text: str, start: str, language: str, speaker: str
) -> None:
    # "According to her" rested on no one, and "Ihm zufolge" made an organisation "Ihm"
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == speaker
