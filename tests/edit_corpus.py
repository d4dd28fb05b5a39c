"""Briefing files the edit tests work on: the seed, a draft, and files in unusual styles.

Written in the project's own words; each exercises a layout a save must keep: comments
everywhere, flow and block collections, indentless lists, anchors and aliases, every
quoting style, block scalars, Windows line endings and a byte-order mark.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"
PAGE = ROOT / "tests" / "fixtures" / "pages" / "harbour-gazette-treaty.html"

STYLES = """\
# yaml-language-server: $schema=../schema/briefing.schema.json
# A file in every style a hand-written briefing may use.

id: styles   # the id
title:   'Single  quoted: a title'
summary: "Double \\"quoted\\" with\\ta tab"
tags: [one, two]
sources:
  - {id: src-a, outlet: Outlet A,   kind: article}   # a flow record
  - id: src-b
    outlet: >-
      A folded outlet name that goes on
      over two lines
    kind: report

    # a comment between records
  - id: src-c
    title: &shared-title Shared title
    description: *shared-title
actors:
- id: a1            # an indentless list
  name: &name-one Anchor Name
  aliases: [One, 'Two', "Three"]
- id: a2
  name: Second
  role: "~"
  note: |
    literal
      block
claims:
    - id: c1
      statement: plain statement
      kind: reported
      sources:
        - src-a
      note:    plain note   # a comment after a note

    - id: c2
      statement: 'it''s quoted'
      kind: opinion
      attributed_to: a1
      actors: [a1, a2]
relations:
  - {from: a1, to: a2, kind: other}
  - from: a2
    to: a1
    label: "yes"
timeline:
  - date: 1961
    label: A year only
  - {date: 2024-06, label: 'A month: June'}
notes:
  - id: n1
    text: >
      A folded note
      with a final newline.
"""

MINIMAL_BLOCKS = """\
id: bare
title: Bare
sources:
  - id: only
claims:
  - id: x1
    statement: One
    kind: reported
"""


def corpus(tmp_path: Path) -> dict[str, Path]:
    """Real files in ``tmp_path``: name -> path."""
    from tui.draft.build import draft_briefing
    from tui.draft.output import dump_briefing
    from tui.draft.source import read_source

    files: dict[str, Path] = {}
    seed = tmp_path / "seed.yaml"
    seed.write_bytes(SEED.read_bytes())
    files["seed"] = seed
    styles = tmp_path / "styles.yaml"
    styles.write_text(STYLES, encoding="utf-8")
    files["styles"] = styles
    crlf = tmp_path / "crlf.yaml"
    crlf.write_bytes(STYLES.replace("\n", "\r\n").encode("utf-8"))
    files["crlf"] = crlf
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbf" + MINIMAL_BLOCKS.encode("utf-8"))
    files["bom"] = bom
    draft = tmp_path / "draft.yaml"
    article = read_source(str(PAGE))
    draft.write_text(dump_briefing(draft_briefing(article), draft), encoding="utf-8")
    files["draft"] = draft
    return files
