"""Attribution on real copy: the classes of miss a new user's drafts showed (a German
object fronted before the verb, a quotation framed by a verb that is not one of saying, a
source phrase after a quotation, a relative clause between a speaker and the verb, the
opening of a speech), two or more sentences each, German and English where both apply.

Texts are short and written for these tests (public figures by name, events invented).
"""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting as _claim
from draft_helpers import draft as _draft
from draft_helpers import source_name

from tui.draft.quotes import find_quotes
from tui.model import Briefing


def _speakers(briefing: Briefing) -> list[str]:
    names = {a.id: a.name for a in briefing.actors}
    return [names[q.speaker] for q in briefing.quotes]


# --- German V2 order: a dative object before the verb, the subject after it -----------


@pytest.mark.parametrize(
    ("text", "start", "by"),
    [
        (
            "Der SPD warf Friedrich Merz vor, sie blockiere jede Reform der Rente.",
            "Der SPD",
            "Friedrich Merz",
        ),
        (
            "Dem Ministerium hielt Ricarda Lang vor, es habe die Warnungen ignoriert.",
            "Dem Ministerium",
            "Ricarda Lang",
        ),
        (
            "CSU-Chef Markus Söder kam am Abend nach Berlin. "
            "Der Bundesregierung warf Söder Untätigkeit bei den Mieten vor.",
            "Der Bundesregierung",
            "Markus Söder",
        ),
    ],
)
def test_a_fronted_dative_is_not_the_speaker(text: str, start: str, by: str) -> None:
    draft = _draft(text, "de")
    assert source_name(draft, _claim(draft, start)) == by


@pytest.mark.parametrize(
    ("text", "start", "by"),
    [
        (
            "Der Städtetag warf Christian Lindner vor, die Kommunen allein zu lassen.",
            "Der Städtetag",
            "Städtetag",
        ),
        (
            "Die Gewerkschaft Verdi warf Olaf Scholz vor, die Pflege zu vergessen.",
            "Die Gewerkschaft",
            "Verdi",
        ),
    ],
)
def test_a_masculine_or_nominative_subject_before_the_verb_still_speaks(
    text: str, start: str, by: str
) -> None:
    draft = _draft(text, "de")
    assert (source_name(draft, _claim(draft, start)) or "").endswith(by)


def test_a_fronted_dative_with_a_pronoun_after_the_verb_is_the_person_named_before() -> None:
    draft = _draft(
        "Bundesministerin Nancy Faeser sprach am Morgen im Bundestag. "
        "Der Opposition warf sie vor, die Sicherheitslage schlechtzureden.",
        "de",
    )
    assert source_name(draft, _claim(draft, "Der Opposition")) == "Nancy Faeser"


# --- a quotation framed by any verb: the pronoun or person after it speaks ------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Wirtschaftsministerin Katherina Reiche trat vor die Presse. "
            "„Wir haben keine Zeit mehr zu verlieren“, eröffnete sie den Termin.",
            "de",
            "Katherina Reiche",
        ),
        (
            "Gewerkschaftschef Frank Werneke stand auf der Bühne. "
            "„Diese Tarifrunde wird hart für alle Seiten“, rief er in die Menge.",
            "de",
            "Frank Werneke",
        ),
        (
            "Health secretary Wes Streeting arrived late at the hospital. "
            '"We cannot keep patients waiting like this," he began.',
            "en",
            "Wes Streeting",
        ),
        (
            "Chancellor Rachel Reeves faced the committee on Tuesday. "
            '"Growth is the only way to fund our services," she went on.',
            "en",
            "Rachel Reeves",
        ),
    ],
)
def test_a_short_framing_clause_after_a_quotation_names_its_speaker(
    text: str, language: str, speaker: str
) -> None:
    assert _speakers(_draft(text, language)) == [speaker]


# --- a source phrase after a quotation ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            '"Demand for loans will fall sharply next year," according to Goldman Sachs.',
            "en",
            "Goldman Sachs",
        ),
        (
            '"Investors should expect a weaker dollar in the spring," according to the '
            "Morgan Stanley report.",
            "en",
            "Morgan Stanley",
        ),
        (
            "„Die Preise werden im Herbst wieder steigen“, laut dem Ifo-Institut.",
            "de",
            "Ifo-Institut",
        ),
    ],
)
def test_a_source_phrase_after_a_quotation_names_its_speaker(
    text: str, language: str, speaker: str
) -> None:
    assert _speakers(_draft(text, language))[0].endswith(speaker)


# --- a relative clause between the speaker and the verb -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "start", "by"),
    [
        (
            "Goldman Sachs, which advises several bidders for Thames Water, said it had "
            "no part in the talks.",
            "en",
            "Goldman Sachs",
            "Goldman Sachs",
        ),
        (
            "The Bank of England, which warned Barclays about its lending last year, said "
            "the rules would stay.",
            "en",
            "The Bank",
            "Bank of England",
        ),
        (
            "Die Deutsche Bank, die der Commerzbank eine Fusion empfahl, erklärte, sie "
            "führe keine Gespräche.",
            "de",
            "Die Deutsche Bank",
            "Deutsche Bank",
        ),
    ],
)
def test_a_verb_inside_a_relative_clause_is_not_the_main_one(
    text: str, language: str, start: str, by: str
) -> None:
    draft = _draft(text, language)
    assert source_name(draft, _claim(draft, start)) == by


# --- opening or giving a speech is speaking -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "start", "by"),
    [
        (
            "Fraktionschef Jens Spahn begann seine Rede mit einem Dank an die Helfer.",
            "de",
            "Fraktionschef",
            "Jens Spahn",
        ),
        (
            "Ministerpräsident Hendrik Wüst ging in der Debatte auf die Lage der Kliniken ein.",
            "de",
            "Ministerpräsident",
            "Hendrik Wüst",
        ),
        (
            "Prime minister Keir Starmer opened his speech with a tribute to the nurses.",
            "en",
            "Prime minister",
            "Keir Starmer",
        ),
    ],
)
def test_opening_a_speech_is_speaking(text: str, language: str, start: str, by: str) -> None:
    draft = _draft(text, language)
    assert source_name(draft, _claim(draft, start)) == by


def test_reported_speech_after_opening_a_speech_goes_to_the_new_speaker() -> None:
    draft = _draft(
        "Oppositionsführer Friedrich Merz sagte, der Haushalt sei unseriös. "
        "Grünen-Chefin Franziska Brantner begann ihre Rede mit einem Blick auf die Schulden. "
        "Die Lage sei aber beherrschbar.",
        "de",
    )
    assert source_name(draft, _claim(draft, "Die Lage")) == "Franziska Brantner"


# --- a quotation that runs on into the next paragraph ---------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Councillor Amy Ross said at the hearing: “The bridge has been unsafe for years and "
        "nobody wanted to pay for it.",
        "“We will keep the library open as long as the volunteers stay with us.",
        "Die Landrätin sagte: „Wir werden die Klinik nicht schließen, solange die Ärzte bleiben.",
        "»Ich habe diese Entscheidung lange vor mir hergeschoben und bereue sie nicht.",
    ],
)
def test_a_quotation_not_closed_in_its_paragraph_runs_to_its_end(paragraph: str) -> None:
    quotes = [span for span in find_quotes(paragraph) if span.direct]
    assert len(quotes) == 1
    assert quotes[0].open_end
    assert quotes[0].end == len(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Er nannte das „Deutschlandticket“ einen Erfolg und sprach von „großem Zuspruch“.",
        'The so-called "green levy" was dropped, the minister said.',
        "Die Partei hält am Ziel fest“, hieß es aus der Fraktion.",
    ],
)
def test_closed_quotations_and_stray_closing_marks_do_not_run_on(paragraph: str) -> None:
    assert not any(span.open_end for span in find_quotes(paragraph))


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Councillor Amy Ross said at the hearing: “The bridge has been unsafe for years "
            "and nobody wanted to pay for it.\n\n“Now we pay twice.”",
            "en",
            "Amy Ross",
        ),
        (
            "Landrätin Sabine Pohl sagte im Kreistag: „Wir werden die Klinik nicht schließen, "
            "solange die Ärzte bleiben.\n\n„Das habe ich versprochen.“",
            "de",
            "Sabine Pohl",
        ),
    ],
)
def test_the_speaker_of_a_quotation_that_runs_on_is_named_before_it(
    text: str, language: str, speaker: str
) -> None:
    assert _speakers(_draft(text, language))[0] == speaker


# --- a person named by age alone points back like a pronoun ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Katharina Schmid gewann das Springen in Oberstdorf. "
            "„Ich habe heute einfach alles richtig gemacht“, sagte die 28-Jährige.",
            "de",
            "Katharina Schmid",
        ),
        (
            "Tennis player Emma Raducanu reached the final in Tokyo. "
            '"I felt calm from the first point to the last," said the 22-year-old.',
            "en",
            "Emma Raducanu",
        ),
        (
            "Konstanze Klosterhalfen siegte beim Marathon in Berlin. "
            "„Das Rennen war härter als erwartet“, meinte die erst 29-Jährige.",
            "de",
            "Konstanze Klosterhalfen",
        ),
    ],
)
def test_a_person_named_by_age_is_the_person_named_before(
    text: str, language: str, speaker: str
) -> None:
    assert _speakers(_draft(text, language)) == [speaker]


# --- a framing verb with an adverb or a title before the speaker ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Die Reform kommt viel zu spät für die Beschäftigten“, befand auch "
            "Linken-Chefin Ines Schwerdtner.",
            "Ines Schwerdtner",
        ),
        (
            "„Die Zinsen werden bis zum Sommer nicht sinken“, prognostizierte "
            "Volkswirtin Veronika Grimm.",
            "Veronika Grimm",
        ),
    ],
)
def test_a_framing_verb_before_a_title_and_name_names_the_speaker(text: str, speaker: str) -> None:
    speakers = _speakers(_draft(text, "de"))
    assert len(speakers) == 1
    assert speakers[0].endswith(speaker)  # the actor finder may keep the title in the name


# --- short quotations in English marks after a verb of saying -------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Chief executive Sarah Ortiz said the loss of the order was "painful but fair".',
            "Sarah Ortiz",
        ),
        (
            "Coach Eddie Howe said his players had “fought for every ball” in the second half.",
            "Eddie Howe",
        ),
        (
            'Planning officers said the new road would have a "minor effect" on traffic.',
            "Unnamed Planning officers",  # a plural of an office: an unnamed group
        ),
    ],
)
def test_a_short_english_quotation_after_a_verb_of_saying_is_a_quote(
    text: str, speaker: str
) -> None:
    assert _speakers(_draft(text, "en")) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Residents called the new tower "the concrete wall" in their letter.',
        'Critics have dubbed the scheme "bridge to nowhere" since May.',
        'The "green levy" will be dropped next year.',
    ],
)
def test_a_short_english_label_after_a_verb_of_naming_stays_a_term(text: str) -> None:
    assert not any(span.direct for span in find_quotes(text))


# --- an English subject that points back: the actor after the verb is an object -------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The company said it expected its U.S. sales to grow this year.", "The company"),
        ("Their union said the talks with Germany had broken down.", "Their union"),
    ],
)
def test_an_object_after_the_verb_is_not_the_speaker(text: str, start: str) -> None:
    draft = _draft(text, "en")
    assert source_name(draft, _claim(draft, start)) not in ("United States", "Germany")


# --- an unnamed source after "according to" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "by"),
    [
        (
            "Both sides will meet again on Friday, according to a state mediator.",
            "Both sides",
            "state mediator",
        ),
        (
            "The plant will close before Christmas, according to two senior engineers.",
            "The plant",
            "senior engineers",
        ),
    ],
)
def test_an_unnamed_source_after_according_to_is_the_source(text: str, start: str, by: str) -> None:
    draft = _draft(text, "en")
    assert by in (source_name(draft, _claim(draft, start)) or "")


def test_according_to_a_report_is_no_person() -> None:
    draft = _draft("Prices will rise again in May, according to a report.", "en")
    assert source_name(draft, _claim(draft, "Prices")) is None


# --- a short quotation inside German reported speech (Konjunktiv I) -------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Die Koalition arbeite seit Monaten "ausgesprochen geräuschlos", und das zahle sich aus.',
        "Der Haushalt sei eine „schwere Hypothek“ für die kommenden Jahre.",
        "Die Reform bringe den Kommunen „kaum Entlastung“, weil die Kosten stiegen.",
    ],
)
def test_a_short_quotation_in_reported_speech_is_a_quote(paragraph: str) -> None:
    assert any(span.direct for span in find_quotes(paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Das gehe aus einem Papier hervor, das der „Süddeutschen Zeitung“ vorliege.",
        "Die Gruppe „Letzte Generation“ habe den Protest beendet.",
        "Der Verein plant ein „offenes Haus“ im Sommer.",
    ],
)
def test_a_name_or_a_term_outside_reported_speech_is_no_quote(paragraph: str) -> None:
    assert not any(span.direct for span in find_quotes(paragraph))


def test_a_short_quotation_in_reported_speech_goes_to_the_speaker_before() -> None:
    draft = _draft(
        "„Wir haben in diesem Jahr geliefert“, sagte Ministerpräsident Boris Rhein. Die Regierung arbeite "
        "„ausgesprochen solide“, auch wenn die Lage schwierig sei.",
        "de",
    )
    assert _speakers(draft) == ["Boris Rhein", "Boris Rhein"]


# --- a body, a role and a name: the person is the head and speaks ---------------------


@pytest.mark.parametrize(
    ("text", "language", "start", "by"),
    [
        (
            "Barclays analyst Tom Hughes cut his target for the shares, saying demand "
            "would stay weak.",
            "en",
            "Barclays",
            "Tom Hughes",
        ),
        (
            "Nvidia spokesman Ken Brown dismissed the report as speculation.",
            "en",
            "Nvidia",
            "Ken Brown",
        ),
        (
            "Siemens-Sprecher Markus Lenz hat die Pläne am Montag bestätigt.",
            "de",
            "Siemens",
            "Markus Lenz",
        ),
    ],
)
def test_a_role_between_a_body_and_a_name_makes_the_person_the_source(
    text: str, language: str, start: str, by: str
) -> None:
    draft = _draft(text, language)
    assert source_name(draft, _claim(draft, start)) == by
