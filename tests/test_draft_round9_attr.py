"""Round nine, attribution: an outlet a speaker talked to is a cited source of the claim,
and an office named alone is the person the text named holding it."""

from __future__ import annotations

import pytest
from draft_helpers import draft, source_name

from tui.model import Briefing, Claim


def _only_claim(briefing: Briefing, start: str) -> Claim:
    return next(c for c in briefing.claims if c.statement.startswith(start))


def _outlet_ids(briefing: Briefing) -> dict[str, str]:
    """Each media actor's name and id."""
    return {a.name: a.id for a in briefing.actors if a.kind.value == "media"}


@pytest.mark.parametrize(
    ("text", "start", "speaker", "outlet"),
    [
        (
            "The harbour master, Owen Pryce, told Reuters the quay would reopen in June.",
            "The harbour",
            "Owen Pryce",
            "Reuters",
        ),
        (
            "Die Fähre fahre ab Mai wieder, sagte Reederin Lotte Brandt der „Ostseewelle“.",
            "Die Fähre",
            "Lotte Brandt",
            "Ostseewelle",
        ),
        (
            "Der Tarif steige um zwei Prozent, sagte Kämmerer Udo Pohl der \N{SINGLE LOW-9 QUOTATION MARK}Zeit\N{LEFT SINGLE QUOTATION MARK}.",
            "Der Tarif",
            "Udo Pohl",
            "Zeit",
        ),
        (
            "Im Gespräch mit der „Moorbote“ kündigte Landrätin Mia Sell neue Busse an.",
            "Im Gespräch",
            "Mia Sell",
            "Moorbote",
        ),
        (
            "In an interview with the Valley Courier, Nora Quist said the mill would close.",
            "In an interview",
            "Nora Quist",
            "Valley Courier",
        ),
    ],
)
def test_an_outlet_spoken_to_is_a_cited_source_of_the_claim(
    text: str, start: str, speaker: str, outlet: str
) -> None:
    briefing = draft(text)
    claim = _only_claim(briefing, start)
    assert source_name(briefing, claim) == speaker
    outlets = _outlet_ids(briefing)
    assert outlet in outlets
    assert outlets[outlet] in claim.sources
    assert outlets[outlet] in {s.id for s in briefing.sources}


@pytest.mark.parametrize(
    "text",
    [
        "Tilda Marr, a former presenter at the BBC, said the plan was poor.",
        "Der frühere ZDF-Moderator Jens Ahle sagte, der Plan sei schlecht.",
    ],
)
def test_an_outlet_someone_worked_for_is_no_source_of_the_claim(text: str) -> None:
    briefing = draft(text)
    claim = briefing.claims[0]
    assert claim.sources == ["article"]


@pytest.mark.parametrize(
    ("text", "start", "holder", "office"),
    [
        (
            "Mayor Ruth Calder opened the footbridge on Monday. The mayor said it had cost"
            " $2 million.",
            "The mayor said",
            "Ruth Calder",
            "mayor",
        ),
        (
            "Ivo Brandl, the club's chairman, spoke first. The chairman said the stand"
            " would be rebuilt.",
            "The chairman said",
            "Ivo Brandl",
            "chairman",
        ),
        (
            "Die Bürgermeisterin von Aulheim, Greta Fohr, eröffnete die Halle. Die"
            " Bürgermeisterin sagte, der Bau habe drei Millionen Euro gekostet.",
            "Die Bürgermeisterin sagte",
            "Greta Fohr",
            "Bürgermeisterin",
        ),
        (
            "Landrat Kurt Wenz besuchte die Schule. Der Landrat sagte, die Sanierung beginne"
            " im Herbst.",
            "Der Landrat sagte",
            "Kurt Wenz",
            "Landrat",
        ),
    ],
)
def test_an_office_named_alone_is_its_named_holder(
    text: str, start: str, holder: str, office: str
) -> None:
    briefing = draft(text)
    assert source_name(briefing, _only_claim(briefing, start)) == holder
    assert [a.name for a in briefing.actors if a.kind.value == "person"] == [holder]
    assert not any(a.name.casefold() == office.casefold() for a in briefing.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the ring road would close for a week.",
        "Der Landrat sagte, die Brücke bleibe bis Mai gesperrt.",
    ],
)
def test_an_office_nobody_is_named_for_stays_the_speaker(text: str) -> None:
    briefing = draft(text)
    claim = briefing.claims[0]
    name = source_name(briefing, claim)
    assert name is not None and name.casefold() in ("mayor", "landrat")


def _speakers(briefing: Briefing) -> list[str]:
    names = {a.id: a.name for a in briefing.actors}
    return [names[q.speaker] for q in briefing.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mara Voss has run the mill since 2009.\n\nAsked whether jobs were at risk, she"
            ' paused. "Some, maybe, and I will not hide that from anyone."',
            "Mara Voss",
        ),
        (
            "Jens Ohm leitet die Mühle seit zwanzig Jahren.\n\nAuf die Frage nach den Stellen"
            " zögerte er lange. „Einige vielleicht, das sage ich ganz offen.“",
            "Jens Ohm",
        ),
    ],
)
def test_a_quotation_after_a_pronoun_is_the_person_named_last(text: str, speaker: str) -> None:
    briefing = draft(text)
    assert _speakers(briefing) == [speaker]
    assert not any(a.name == "Unknown speaker" for a in briefing.actors)


def test_a_quotation_after_a_sentence_with_nobody_in_it_stays_unknown() -> None:
    briefing = draft(
        'Tom Ried runs the mill.\n\nThe plant was built in 1990. "It was a very good time then."'
    )
    assert _speakers(briefing) == ["Unknown speaker"]


@pytest.mark.parametrize(
    ("text", "start", "role"),
    [
        (
            "The new bypass will cost more than planned, one critic said on Tuesday.",
            "The new bypass",
            "critic",
        ),
        (
            "Die Schule sei viel zu klein für so viele Kinder, sagte eine Lehrerin.",
            "Die Schule",
            "Lehrerin",
        ),
        (
            "The bus had been late every day this month, a passenger said.",
            "The bus",
            "passenger",
        ),
    ],
)
def test_an_unnamed_person_by_what_they_are_is_the_speaker(
    text: str, start: str, role: str
) -> None:
    briefing = draft(text)
    assert source_name(briefing, _only_claim(briefing, start)) == role
    assert {a.kind.value for a in briefing.actors} == {"person"}


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        (
            "The insurer is close to a sale, according to people familiar with the plans."
            " A deal could be signed in May, the people said.",
            "A deal could",
            "people familiar with the plans",
        ),
        (
            "Two officials close to the talks said the border would reopen. The road will be"
            " cleared first, the officials said.",
            "The road will",
            "officials close to the talks",
        ),
        (
            "Experten warnen vor einem heißen Sommer. Die Pegel würden weiter sinken, sagten"
            " die Experten.",
            "Die Pegel",
            "Experten",
        ),
    ],
)
def test_a_group_named_again_with_the_article_is_the_same_group(
    text: str, start: str, group: str
) -> None:
    briefing = draft(text)
    name = source_name(briefing, _only_claim(briefing, start))
    assert name is not None and name.endswith(group)
    assert [a.kind.value for a in briefing.actors] == ["group"]


def test_a_council_after_council_members_is_a_council_not_the_members() -> None:
    briefing = draft(
        "Some council members objected to the bus lane. The council said the lane would"
        " stay until June."
    )
    name = source_name(briefing, _only_claim(briefing, "The council said"))
    assert name is None or "members" not in name


@pytest.mark.parametrize(
    ("text", "start", "speaker", "outlet"),
    [
        (
            "Gegenüber der „Heide-Zeitung“ erklärte die Polizei, niemand sei verletzt worden.",
            "Gegenüber der",
            "Polizei",
            "Heide-Zeitung",
        ),
        (
            "Lea Brandt leitet das Bauamt seit Jahren. Das sagte sie dem „Lahn-Echo“ am Montag.",
            "Das sagte sie",
            "Lea Brandt",
            "Lahn-Echo",
        ),
    ],
)
def test_the_outlet_spoken_to_is_not_the_speaker(
    text: str, start: str, speaker: str, outlet: str
) -> None:
    briefing = draft(text)
    claim = _only_claim(briefing, start)
    assert source_name(briefing, claim) == speaker
    assert _outlet_ids(briefing)[outlet] in claim.sources
    assert {a.kind.value for a in briefing.actors} <= {"person", "organisation", "media"}


def test_an_outlet_named_right_after_the_verb_is_the_reporter() -> None:
    briefing = draft("Das Freibad bleibt im Sommer zu. Das bestätigte der „Kreiskurier“ am Montag.")
    assert source_name(briefing, _only_claim(briefing, "Das bestätigte")) == "Kreiskurier"


@pytest.mark.parametrize(
    ("text", "name", "inflected"),
    [
        (
            "Einem Bericht der „Märkischen Rundschau“ zufolge fehlt der Stadt Geld.",
            "Märkische Rundschau",
            "Märkischen Rundschau",
        ),
        (
            "Im Gespräch mit der „Augsburger Allgemeinen“ kündigte Landrat Paul Ried Busse an.",
            "Augsburger Allgemeine",
            "Augsburger Allgemeinen",
        ),
        (
            "Das sagte die Ministerin Eva Lorenz den „Stuttgarter Nachrichten“ am Freitag.",
            "Stuttgarter Nachrichten",
            None,
        ),
    ],
)
def test_an_outlet_after_der_or_dem_is_named_as_after_die(
    text: str, name: str, inflected: str | None
) -> None:
    briefing = draft(text)
    outlet = next(a for a in briefing.actors if a.kind.value == "media")
    assert outlet.name == name
    if inflected is not None:
        assert inflected in {x.name for x in outlet.aliases}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Mr Lowe did not reply. His station, Harbour FM, said it would review the tape.",
            "Harbour FM",
        ),
        ("Her paper, the Valley Gazette, said the column would return in May.", "Valley Gazette"),
        ("Moor Radio said the presenter had left the station in March.", "Moor Radio"),
        ("Die Lokalzeitung, der „Kreisbote“, hatte zuerst über den Fall berichtet.", "Kreisbote"),
    ],
)
def test_an_outlet_by_its_kind_in_an_apposition_or_a_station_name(text: str, outlet: str) -> None:
    briefing = draft(text)
    assert outlet in _outlet_ids(briefing)
    assert not any(a.name == outlet and a.kind.value != "media" for a in briefing.actors)
    assert _outlet_ids(briefing)[outlet] in {s.id for s in briefing.sources}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Analyst Tim Berg von der Nordbank hält die Prognose für viel zu hoch.", "Tim Berg"),
        ("Dr Ana Silva of Leeds University called the results striking.", "Ana Silva"),
        (
            "Professor Ivo Lind of Aarhus University, who did not take part in the trial,"
            " called the findings modest.",
            "Ivo Lind",
        ),
        (
            "Ökonomin Rita Hahn vom Institut Kieler Konjunktur warnt vor zu viel Optimismus.",
            "Rita Hahn",
        ),
    ],
)
def test_a_person_before_the_body_they_work_for_is_the_speaker(text: str, person: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, briefing.claims[0]) == person


def test_a_body_named_alone_before_its_verb_stays_the_speaker() -> None:
    briefing = draft("The board of Lund University called the plan careful but small.")
    name = source_name(briefing, briefing.claims[0])
    assert name is None or "Lund" in name


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Film Gazette had tipped the Danish comedy as the winner.", "Film Gazette"),
        ("Bookmakers tipped the grey mare to win the race on Saturday.", "Bookmakers"),
    ],
)
def test_tipping_a_favourite_rests_on_the_tipster(text: str, source: str) -> None:
    briefing = draft(text)
    name = source_name(briefing, briefing.claims[0])
    assert name is not None and name.endswith(source)


def test_a_thing_that_tipped_over_is_no_source() -> None:
    briefing = draft("The lorry tipped over on the ring road near the old bridge.")
    assert briefing.claims[0].attributed_to is None


@pytest.mark.parametrize(
    ("text", "start", "owner"),
    [
        (
            "The hospital was rated good, according to a CQC report published on"
            " Monday.\n\nNurses praised the new ward. Waiting times fell by a third in a year,"
            " the report says.",
            "Waiting times",
            "CQC",
        ),
        (
            "Laut einer Studie des Umweltbundesamts ist die Luft sauberer geworden.\n\nDie"
            " Bürger in Halle freuen sich. Der Stickstoff sank um 12 Prozent, heißt es in der"
            " Studie.",
            "Der Stickstoff",
            "Umweltbundesamt",
        ),
    ],
)
def test_the_report_named_again_rests_on_its_owner(text: str, start: str, owner: str) -> None:
    briefing = draft(text)
    name = source_name(briefing, _only_claim(briefing, start))
    assert name is not None and owner in name


def test_the_report_with_no_owner_named_goes_on_as_before() -> None:
    briefing = draft(
        "Mia Falk said the ward would reopen. Waiting times fell by a third, the report says."
    )
    assert source_name(briefing, _only_claim(briefing, "Waiting")) in (None, "Mia Falk")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "The prize went to a film by the Chilean director Ana Vidal.\n\nVidal stayed at"
            ' home. The actor Tomas Reyes read out a short message from the director: "This'
            ' prize belongs to every crew member."',
            "Ana Vidal",
        ),
        (
            "Der Preis ging an die Autorin Lena Kurz. Der Verleger Max Ott verlas eine"
            " Botschaft von Lena Kurz: „Ich danke allen, die an das Buch geglaubt haben.“",
            "Lena Kurz",
        ),
    ],
)
def test_a_quoted_message_is_its_senders(text: str, sender: str) -> None:
    assert _speakers(draft(text)) == [sender]


def test_the_reader_of_an_unsigned_statement_stays_the_speaker() -> None:
    briefing = draft(
        'The actor Tomas Reyes read out a short statement: "We are grateful to every'
        ' member of the crew."'
    )
    assert _speakers(briefing) == ["Tomas Reyes"]


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "The Bank of Korea raised its key rate on Thursday. It signalled that more"
            " increases were possible.",
            "It signalled",
            "Bank of Korea",
        ),
        (
            "Halvex Foods cut 300 jobs in Leeds. Demand had fallen sharply, it said.",
            "Demand had",
            "Halvex Foods",
        ),
    ],
)
def test_it_said_is_the_body_named_last(text: str, start: str, body: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, _only_claim(briefing, start)) == body


def test_it_is_said_names_no_body() -> None:
    briefing = draft("Halvex Foods cut 300 jobs. It is said that more cuts will follow in May.")
    assert _only_claim(briefing, "It is said").attributed_to is None
