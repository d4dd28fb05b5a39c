"""A small library of briefings, in our own words, for the index and search tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

ACCESSION = """\
id: accession-talks
title: Ukraine and Moldova open EU accession talks
language: de
published: 2024-06-25
summary: The EU formally opens accession negotiations with two candidate countries.
tags: [eu-enlargement, ukraine]
actors:
  - {id: ukraine, name: Ukraine, kind: state, aliases: [Ukraine-Regierung]}
  - {id: eu, name: European Union, kind: organisation, aliases: [Brüssel]}
  - {id: mueller, name: Anna Müller, kind: person, role: Kommissionssprecherin, wikidata: Q111}
claims:
  - id: c1
    statement: The first intergovernmental conference on accession took place in Luxembourg.
    kind: reported
    excerpt: "Die EU-Beitrittsgespräche mit der Ukraine beginnen in Luxemburg"
    actors: [ukraine, eu]
    sources: [art]
  - id: c2
    statement: Talks could take a decade.
    kind: forecast
    excerpt: "Die Verhandlungen dürften zehn Jahre dauern"
    attributed_to: mueller
    status: disputed
    note: The spokeswoman gave no basis for the ten years.
    sources: [art]
quotes:
  - id: q1
    speaker: mueller
    text: "Wir öffnen heute ein neues Kapitel an der Straße nach Brüssel"
    translation: We open a new chapter today on the road to Brussels
    about: [ukraine]
sources:
  - {id: art, outlet: Beispielzeitung, title: Beitritt rückt näher, kind: article}
"""

SUMMIT = """\
id: summit-2024
title: A summit on bloc formation in Asia
language: en
published: 2024-07-10
summary: Leaders met to discuss security; observers warned of a new bloc formation.
actors:
  - {id: anna-mueller, name: Anna Mueller, kind: person, role: analyst, wikidata: Q111}
  - {id: mueller, name: Hans Mueller, kind: person, role: diplomat, wikidata: Q222}
  - {id: ukraine, name: Ukraine, kind: state}
claims:
  - id: c1
    statement: Observers see no formation of a bloc, only bilateral deals.
    kind: opinion
    attributed_to: anna-mueller
    actors: [ukraine]
  - id: c2
    statement: The summit ended without a joint statement.
    kind: reported
    actors: [mueller]
quotes:
  - id: q1
    speaker: mueller
    text: We do not seek a bloc formation of any kind
sources: []
"""

OLDER = """\
id: older-note
title: Background on Ukraine's candidate status
published: 2022-06
actors:
  - {id: ukraine, name: Ukraine, kind: state}
claims:
  - id: c1
    statement: Ukraine became a candidate country in June 2022.
    kind: historical
    actors: [ukraine]
sources: []
"""

BROKEN = """\
id: broken
title: A briefing with a typo
summray: misspelt key
sources: []
"""


def write_library(folder: Path, *, broken: bool = False) -> Path:
    """The three good briefings (and one that does not load) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "accession.yaml").write_text(ACCESSION, encoding="utf-8")
    (folder / "summit.yaml").write_text(SUMMIT, encoding="utf-8")
    sub = folder / "archive"
    sub.mkdir(exist_ok=True)
    (sub / "older.yaml").write_text(OLDER, encoding="utf-8")
    if broken:
        (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


def briefing_text(briefing_id: str, title: str, statement: str = "A plain statement.") -> str:
    """A small valid briefing with one claim."""
    return textwrap.dedent(
        f"""\
        id: {briefing_id}
        title: {title}
        claims:
          - {{id: c1, statement: {statement}, kind: reported}}
        sources: []
        """
    )
