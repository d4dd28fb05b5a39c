"""What a byline says about the article: who wrote it, for which outlet, and when.

"By Mara Lindqvist, Harbour Gazette, 3 December 2026" or "Von Lena Krüger | Nordkurier |
02.12.2026" names the writers, often the outlet and the day of publication. A draft
that keeps them gives the article source its author, outlet and date, and the briefing
its ``published``: without them an export names the article by its id and a STIX
export has no date to give. An outlet is taken only when its name looks like one (it
ends like a paper's name, or is a web address): "By Jane Doe, Brussels" names a place,
and "By Jane Doe, Political Editor" a job, neither of which is an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tui.dates import MONTHS
from tui.draft.outletnames import COMPOUND_HEADS_DE, NAME_HEADS, WEB_ENDINGS

__all__ = ["Byline", "date_in_lead", "read_byline"]


@dataclass(frozen=True)
class Byline:
    """The writers, outlet and day a byline names (each may be missing)."""

    authors: tuple[str, ...]
    outlet: str | None
    published: str | None
    """``YYYY-MM-DD``, or ``YYYY-MM`` when the byline gives no day."""


_NAME = r"[A-ZÄÖÜ][\w'\u2019.-]+(?:\s+(?:(?:von|van|de|der|den|al)\s+)?[A-ZÄÖÜ][\w'\u2019-]+){1,3}"
_LEAD = re.compile(r"\A\s*(?:By|BY|Von|VON)\s+(?P<names>.+?)\s*\Z")
_SPLIT = re.compile(r"\s*(?:,|\||\s[-\N{EN DASH}\N{EM DASH}])\s*")
_AND = re.compile(r"\s+(?:and|und|&)\s+")
_US_DATE = re.compile(r"\b([A-Z][a-z]{2,8}\.?\s+\d{1,2}),\s+(\d{4})\b")
_WHERE = re.compile(r"\s+(?:in|aus)\s+[A-ZÄÖÜ][\w-]+\Z")
_PERSON = re.compile(r"\A" + _NAME + r"\Z")
_BYLINE_HEADS = (
    NAME_HEADS + "|Ledger|Standard|Globe|Star|Record|Register|Bulletin|Review|Advertiser"
    "|Argus|Guardian|Independent|Leader|Mail|Citizen|Enquirer|Gleaner|Monitor|Sun|Press"
    "|Voice|Beacon|Clarion|Courant|Messenger|Statesman|Post-Gazette"
)
"""How a paper's name ends, in a byline: the lists the actor finder shares and the other
common heads of an English paper's name ("The Northern Ledger", "The Evening Standard").
A byline's place after the writer makes a name there a paper, so this longer list is safe
here and nowhere else."""
_OUTLET = re.compile(
    r"\A(?:The\s+|Die\s+|Der\s+|Das\s+)?(?:[A-ZÄÖÜ][\w'\u2019&.]*(?:\s+|-)){0,4}(?:"
    + _BYLINE_HEADS
    + r")\Z|\A(?:Die\s+|Der\s+|Das\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}(?=[A-ZÄÖÜ])\w*(?i:"
    + COMPOUND_HEADS_DE
    + r")(?:\s+[A-ZÄÖÜ][\w-]*)?\Z|\A[\w.-]+\.(?:"
    + WEB_ENDINGS
    + r")\Z"
)
"""A part of a byline that names an outlet: a paper's name by how it ends, a German
compound paper with its edition after it ("Weserkurier Nord", "Abendblatt Harburg"), or a
web address."""
_JOB = re.compile(
    r"\b(?:Editor|Correspondent|Reporter|Writer|Staff|Columnist|Redakteur\w*"
    r"|Korrespondent\w*|Reporterin|Autor\w*)\Z"
)

_GERMAN_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
_MONTH = {
    name.casefold(): n for names in (MONTHS, _GERMAN_MONTHS) for n, name in enumerate(names, 1)
}
_MONTH |= {name[:3].casefold(): n for n, name in enumerate(MONTHS, 1)}
_MONTH["jänner"] = 1
_MONTH_WORD = r"(?P<month>[A-Za-zÄäÖöÜü]{3,9})\.?"
_DATES = (
    re.compile(r"\A(?P<day>\d{1,2})\.?\s+" + _MONTH_WORD + r"\s+(?P<year>\d{4})\Z"),
    re.compile(r"\A" + _MONTH_WORD + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\Z"),
    re.compile(r"\A(?P<day>\d{1,2})\.(?P<num>\d{1,2})\.(?P<year>\d{4})\Z"),
    re.compile(r"\A(?P<year>\d{4})-(?P<num>\d{2})-(?P<day>\d{2})\Z"),
    re.compile(r"\A" + _MONTH_WORD + r"\s+(?P<year>\d{4})\Z"),
)
_UPDATED = re.compile(r"\A(?:updated|published|veröffentlicht|aktualisiert|stand)\s*:?\s*", re.I)


def _date(part: str) -> str | None:
    """``part`` as ``YYYY-MM-DD`` (or ``YYYY-MM``) if it is a date and nothing else."""
    part = _UPDATED.sub("", part.strip())
    for pattern in _DATES:
        found = pattern.match(part)
        if found is None:
            continue
        groups = found.groupdict()
        if groups.get("num"):
            month = int(groups["num"])
        else:
            month = _MONTH.get(groups["month"].casefold(), 0)
        day = int(groups["day"]) if groups.get("day") else None
        try:  # an impossible day ("31 February") is no date: the draft must load
            date(int(groups["year"]), month, day or 1)
        except ValueError:
            return None
        year = groups["year"]
        return f"{year}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return None


_WEEKDAY = (
    r"(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:(?:den|dem)\s+)?"
)
_WEEKDAY_NUMBER = {
    name: number % 7
    for number, names in enumerate(
        (
            "Montag Monday",
            "Dienstag Tuesday",
            "Mittwoch Wednesday",
            "Donnerstag Thursday",
            "Freitag Friday",
            "Samstag Sonnabend Saturday",
            "Sonntag Sunday",
        )
    )
    for name in names.split()
}
"""Each weekday's name and its number as :meth:`datetime.date.weekday` gives it."""
_DATE_IN_TEXT = re.compile(
    r"\b" + _WEEKDAY + r"(?:(?P<day>\d{1,2})\.?\s+" + _MONTH_WORD + r"\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<month2>[A-Z][a-z]{2,8})\.?\s+(?P<day2>\d{1,2}),?\s+(?P<year2>(?:19|20)\d\d))(?!\d)"
)
"""A whole date with its weekday written out in running text ("am Dienstag, 3. Dezember
2026", "on Thursday, December 3, 2026"): news names the day it reports on so; a bare
date ("opened on 4 May 1998") may be any day the story looks back or ahead to."""


def date_in_lead(paragraphs: Sequence[str]) -> str | None:
    """The article's date as its opening paragraphs give it, ``YYYY-MM-DD``: the one whole
    date with its weekday (day, month and year, on that weekday) they write out, when
    they write exactly one; None when they give none or several (a lead that names two
    says nothing of which is the article's)."""
    found: set[str] = set()
    for text in paragraphs:
        for match in _DATE_IN_TEXT.finditer(text):
            if match.group("day") is not None:
                part = f"{match.group('day')} {match.group('month')} {match.group('year')}"
            else:
                part = f"{match.group('month2')} {match.group('day2')}, {match.group('year2')}"
            day = _date(part)
            if day is not None and len(day) == 10 and _on_its_weekday(day, match["weekday"]):
                found.add(day)
    return found.pop() if len(found) == 1 else None


def _on_its_weekday(day: str, weekday: str) -> bool:
    """Whether ``day`` (``YYYY-MM-DD``) falls on the weekday named with it: a lead whose
    weekday and date disagree ("Dienstag, 3. Dezember 2026", a Thursday) gives no date,
    since either may be the slip."""
    return date.fromisoformat(day).weekday() == _WEEKDAY_NUMBER[weekday]


def read_byline(line: str) -> Byline | None:
    """The byline ``line`` ("By …" / "Von …"), read; None when it is no byline or names
    no person first."""
    lead = _LEAD.match(line)
    if lead is None:
        return None
    names = _US_DATE.sub(r"\1 \2", lead.group("names"))  # "Dec. 3, 2026" is one part
    first, *rest = _SPLIT.split(names)
    first = _WHERE.sub("", first)  # "By Jane Doe in Brussels": the writer, not the place
    authors = tuple(name.strip() for name in _AND.split(first))
    if not authors or not all(_PERSON.match(name) for name in authors):
        return None
    outlet = published = None
    for part in rest:
        day = _date(part)
        if day is not None:
            published = published or day
        elif outlet is None and _OUTLET.match(part) and not _JOB.search(part):
            outlet = part
    return Byline(authors, outlet, published)
