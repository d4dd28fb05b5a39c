"""Round eighteen, actors: classes of actor misses read from the real sets R and S (a
body's initials with full stops or as an owner; a country's name inside "New …"; German
dative plurals and coordinated objects taken for a group; a group word inside a body's
name; a mixed-case dateline's place; a platform someone posts on as the outlet). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, draft

# --- initials with full stops, initials as an owner -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A caller tipped off the F.B.I. and the stolen van was found.", "F.B.I."),
        ("Tom Reed, an F.B.I. agent in the Boston office, said the case was open.", "F.B.I."),
        ("The C.I.A. declined to comment on the report.", "C.I.A."),
        ('"Cases are rising," said Dr. Mia Lund of the CDC\'s injury centre.', "CDC"),
        ("The NTSB's lead investigator said the brakes had failed.", "NTSB"),
    ],
)
def test_initials_with_full_stops_or_an_owners_s_name_a_body(text: str, name: str) -> None:
    assert actor_kinds(draft(text, "en")).get(name) == "organisation"


def test_initials_before_a_surname_are_no_body() -> None:
    kinds = actor_kinds(draft("The novel by P.D.Q. Hartley sold well, the publisher said.", "en"))
    assert "P.D.Q." not in kinds


# --- "New Jersey" is no Jersey ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The stolen lorry was found in central New Jersey, police said.",
        "Wildfires spread across New Mexico on Sunday, officials said.",
    ],
)
def test_a_country_name_after_new_is_another_place(text: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert "Jersey" not in kinds
    assert "Mexico" not in kinds
