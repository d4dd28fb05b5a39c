"""Classes of actor misses on real copy: title-case common words taken for people,
companies known by what only a company does, German-only aliases in English text,
shouted lead words, company names inside longer proper nouns and accented ids."""

from __future__ import annotations

import pytest

from tui.draft.gazetteer import _slug, gazetteer
from tui.draft.organisations import find_bodies
from tui.draft.people import find_people


def _people(sentence: str, language: str = "en") -> list[str]:
    taken = [(b.start, b.end) for b in find_bodies(sentence, language)]
    return [p.name for p in find_people(sentence, language, gazetteer(), taken)]


def _bodies(sentence: str, language: str = "en") -> list[str]:
    return [b.name for b in find_bodies(sentence, language) if b.kind == "organisation"]


def _known(sentence: str) -> list[str]:
    return [m.entry.id for m in gazetteer().find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Residents on Maple Crescent objected to the new fence.", "Maple Crescent"),
        ("The Harrowgate Academy will lose its playing field.", "Harrowgate Academy"),
        ("Tinned soups such as Hearty Harvest sold less this winter.", "Hearty Harvest"),
        ("Lawmakers also passed the Coastal Fisheries Bill on Tuesday.", "Coastal Fisheries Bill"),
        ("Seats were reserved for Scheduled Castes in the state.", "Scheduled Castes"),
    ],
)
def test_title_case_common_words_are_no_person(sentence: str, phrase: str) -> None:
    assert not any(name in phrase or phrase in name for name in _people(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Martha Stone said the talks would resume.", "Martha Stone"),
        ("Hope Hicks joined the campaign in spring.", "Hope Hicks"),
        ("Councillor Priya Wigmore said the plan was rushed.", "Priya Wigmore"),
    ],
)
def test_names_beside_a_noun_surname_stay_people(sentence: str, name: str) -> None:
    assert name in _people(sentence)


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Shares of Halvorsen Marine fell sharply on Tuesday.", "Halvorsen Marine"),
        ("SHARES in Brightwater Foods jumped after the results.", "Brightwater Foods"),
        ("The Denver-based Crestline Tooling will cut 300 jobs.", "Crestline Tooling"),
        ("Pemberton Garrick said it was not aware of any talks.", "Pemberton Garrick"),
        ("Pemberton Garrick, which advises pension funds, expects cuts.", "Pemberton Garrick"),
        ("Investors sold Lindqvist Optics's shares all week.", "Lindqvist Optics"),
        ("Her publisher, Harbour Lane Books, said she died on Sunday.", "Harbour Lane Books"),
        ("The chief of the National Grid, Ann Marsh, warned of cuts.", "National Grid"),
        ("Strata Homes submitted plans for 40 houses.", "Strata Homes"),
        ("Kestrel Foods Co raised its forecast.", "Kestrel Foods Co"),
    ],
)
def test_companies_by_what_only_a_company_does(sentence: str, company: str) -> None:
    assert company in _bodies(sentence)
    assert company not in _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Storms will last until Friday, which worries farmers.",
        "The strike ends on Monday, which suits the airline.",
    ],
)
def test_which_after_a_day_is_no_company(sentence: str) -> None:
    assert not any(name in ("Friday", "Monday") for name in _bodies(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "SHARES in Halvorsen Marine fell on Monday.",
        "PRICES rose again in March, the statistics office said.",
        "WARNING signs were ignored for years.",
    ],
)
def test_shouted_lead_words_are_no_acronym(sentence: str) -> None:
    first = sentence.split()[0]
    assert first not in _bodies(sentence)


def test_real_acronyms_in_english_stay() -> None:
    assert "PEPP" in _bodies("The PEPP programme will end in March.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Union leader Frank Werneke said the strike would go on.",
        "The Union minister said the bill would be passed by the house.",
    ],
)
def test_german_only_alias_is_silent_in_english(sentence: str) -> None:
    assert "cdu" not in _known(sentence)


def test_german_only_alias_speaks_in_german() -> None:
    assert "cdu" in _known("Die Union will die Steuer für das Jahr senken.")
    assert "cdu" in _known("Nach der Wahl hat die Union eine Mehrheit.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Exxon Valdez disaster still shapes the law.",
        "Visitors flocked to Shell Beach for the weekend.",
    ],
)
def test_company_inside_a_longer_proper_noun_is_not_the_company(sentence: str) -> None:
    assert not any(m.entry.company for m in gazetteer().find(sentence))


def test_company_before_a_lowercase_word_is_the_company() -> None:
    assert any(m.entry.company for m in gazetteer().find("Exxon said profits rose."))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Türkiye", "turkiye"),
        ("Côte d'Ivoire", "cote-d-ivoire"),
        ("Großbritannien", "grossbritannien"),
    ],
)
def test_gazetteer_ids_are_transliterated(name: str, slug: str) -> None:
    assert _slug(name) == slug


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. Geological Survey said the quake was shallow.",
        "Data from the British Geological Survey show the same.",
    ],
)
def test_survey_is_a_body(sentence: str) -> None:
    assert any(name.endswith("Geological Survey") for name in _bodies(sentence))
    assert not any("Survey" in name for name in _people(sentence))


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Der Präsident Mahmud al-Abbas sprach lange.", "de", "Mahmud al-Abbas"),
        ("Egypt's leader Abdel Fattah el-Sisi met the envoy.", "en", "Abdel Fattah el-Sisi"),
        ("Vom Diktator Omar al-Baschir war keine Rede mehr.", "de", "Omar al-Baschir"),
    ],
)
def test_a_particle_joined_to_the_surname_stays_in_the_name(
    sentence: str, language: str, name: str
) -> None:
    assert name in _people(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thomas Müllers Tor entschied das Spiel.", "Thomas Müller"),
        ("Nach Jenny Wolfs Sieg jubelte die Halle.", "Jenny Wolf"),
    ],
)
def test_a_german_genitive_name_ends_before_the_noun_it_owns(sentence: str, name: str) -> None:
    assert _people(sentence, "de") == [name]


def test_an_office_before_a_name_ending_in_s_is_no_genitive() -> None:
    assert "Jens Spahn" in _people("Gesundheitsminister Jens Spahn sagte das.", "de")


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("Ihre Erzrivalin Wang Beixing lief schneller.", "Wang Beixing", "Erzrivalin"),
        ("Die Titelverteidigerin Nina Kowalski gab auf.", "Nina Kowalski", "Titelverteidigerin"),
    ],
)
def test_a_german_label_before_a_name_is_its_role(sentence: str, name: str, label: str) -> None:
    found = find_people(sentence, "de", gazetteer())
    assert [(p.name, p.role) for p in found] == [(name, label)]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Parliament on Monday passed eight bills.", "Parliament"),
        ("The Senate on Tuesday rejected the budget.", "Senate"),
    ],
)
def test_a_day_after_a_body_is_no_part_of_its_name(sentence: str, body: str) -> None:
    assert _bodies(sentence) == [body]


@pytest.mark.parametrize(
    ("sentence", "journals"),
    [
        (
            "The study in Marine Ecology Letters is the first of its kind.",
            ["Marine Ecology Letters"],
        ),
        ("Papers published in Cell and Neuron were checked again.", ["Cell", "Neuron"]),
        ("A study published in the journal Plant Biology found more.", ["Plant Biology"]),
    ],
)
def test_journals_a_study_appeared_in_are_media(sentence: str, journals: list[str]) -> None:
    media = [b.name for b in find_bodies(sentence, "en") if b.kind == "media"]
    assert media == journals


def test_a_month_after_published_in_is_no_journal() -> None:
    assert not [b for b in find_bodies("The findings were published in March.", "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics questioned the Rapid Housing Review (RHR) of council estates.",
        "The Pandemic Emergency Purchase Programme (PEPP) will end soon.",
    ],
)
def test_an_acronym_for_a_programme_is_no_body(sentence: str) -> None:
    assert _bodies(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        ("Officials of the National Health Service (NHS) said so.", "NHS"),
        ("The European Central Bank (ECB) kept rates.", "ECB"),
    ],
)
def test_an_acronym_for_a_body_stays(sentence: str, acronym: str) -> None:
    assert acronym in _bodies(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seats in Assembly Constituencies of the region were reserved.",
        "Tenants of Council Houses on the estate complained.",
    ],
)
def test_a_plural_common_noun_ends_no_body(sentence: str) -> None:
    assert _bodies(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The house passed the National Anti-Doping bill.",
        "Delegates praised the Global Non-Proliferation effort.",
    ],
)
def test_a_prefixed_word_is_no_name(sentence: str) -> None:
    assert _people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The mayor told the Harbour Gazette the plan was dead.", "Harbour Gazette"),
        ("She told the Evening Courier in 2019 that she would stay.", "Evening Courier"),
    ],
)
def test_told_the_proper_name_is_an_outlet(sentence: str, outlet: str) -> None:
    media = [b.name for b in find_bodies(sentence, "en") if b.kind == "media"]
    assert media == [outlet]


@pytest.mark.parametrize(
    "sentence",
    ["He told the Senate Finance Committee it was over.", "She told the House on Monday."],
)
def test_told_the_body_is_no_outlet(sentence: str) -> None:
    assert not [b for b in find_bodies(sentence, "en") if b.kind == "media"]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        (
            "Das schreibt die Fachzeitschrift „Ocean Science & Policy“ heute.",
            "Ocean Science & Policy",
        ),
        ("Laut der Zeitung „Nordkurier“ wurde niemand verletzt.", "Nordkurier"),
    ],
)
def test_an_outlet_in_quotation_marks_after_its_kind(sentence: str, outlet: str) -> None:
    media = [b.name for b in find_bodies(sentence, "de") if b.kind == "media"]
    assert outlet in media


@pytest.mark.parametrize(
    "sentence",
    [
        "The warning was first reported by BBC Radio Kent on Friday.",
        "Listeners of Channel Radio Solent heard the news first.",
    ],
)
def test_broadcast_words_are_no_person(sentence: str) -> None:
    assert not any("Radio" in name for name in _people(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lessons from the Morning Glory spill were never learned.",
        "The Ocean Ranger sinking killed the whole crew.",
    ],
)
def test_a_name_before_a_disaster_is_no_person(sentence: str) -> None:
    assert _people(sentence) == []


def test_a_person_before_a_verb_stays() -> None:
    assert _people("Morgan Hale crashed the meeting on Friday.") == ["Morgan Hale"]


@pytest.mark.parametrize(
    "sentence",
    ["Es war ihr dritter Titel in der WM-Geschichte.", "Bei der EM in Prag lief sie allen davon."],
)
def test_a_championship_is_no_organisation(sentence: str) -> None:
    assert _bodies(sentence, "de") == []
