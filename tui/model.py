"""The briefing data model (format v1): what a briefing file may hold, and nothing else.

Pydantic models so the same classes validate files, publish the JSON Schema editors use,
and serialise exports. No IO and no Textual or HTTP imports here: the loader reads files,
the app and exporters read these objects. Cross-references between sections (an actor id
in a claim, a source id in a quote) are checked by :mod:`tui.references`, not here, so
that every broken reference can be reported at once with its own position.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlsplit, urlunsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_VERSION = 1
"""The format version this model reads and writes."""

# --- scalar types -------------------------------------------------------------------------

_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*\Z")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


def _check_slug(value: str) -> str:
    if len(value) > 80 or not _SLUG.match(value):
        raise PydanticCustomError(
            "slug",
            "'{value}' is not a valid id: use ASCII letters a-z (lowercase), digits and"
            " single '-' or '_' between them (at most 80 characters), e.g. 'north-korea'"
            " or 'c09'",
            {"value": value},
        )
    return value


_TAG_PART = frozenset({"Ll", "Lo", "Lm", "Mn", "Mc", "Nd"})
"""Unicode categories a tag's words are made of: lowercase letters, letters of scripts
with no case (Chinese, Arabic …), their marks, and digits; no capitals, no symbols."""
_TAG_SPLIT = re.compile(r"[-_]")


def _check_tag(value: str) -> str:
    """A tag as an id is, in any script: a Russian or Turkish desk tags in its language
    ('россия', 'türkiye'), where ids stay ASCII for addresses, anchors and file names."""
    words = _TAG_SPLIT.split(value)
    if len(value) > 80 or not all(
        word and all(unicodedata.category(c) in _TAG_PART for c in word) for word in words
    ):
        raise PydanticCustomError(
            "tag",
            "'{value}' is not a valid tag: use lowercase letters (of any script), digits"
            " and single '-' or '_' between them (at most 80 characters), e.g. 'nato',"
            " 'türkiye' or 'россия'",
            {"value": value},
        )
    return value


# What RFC 3986 allows in a URI unencoded: unreserved, gen-delims, sub-delims, and '%'
# (which must start a percent-escape). Anything else (controls, spaces, quotes, angle
# brackets, non-ASCII letters) is refused: a URL reaches toasts, the clipboard and the
# user's browser, and an ESC inside one must never get that far.
_URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _encoded_url(value: str) -> str:
    """``value`` percent-encoded as RFC 3986 wants it: a suggestion for the user."""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        netloc = parts.netloc
        if host and not host.isascii():
            netloc = netloc.replace(host, host.encode("idna").decode("ascii"))
    except (ValueError, UnicodeError):
        return quote(value, safe="/:?#[]@!$&'()*+,;=%~")
    safe = "/:?#[]@!$&'()*+,;=%~"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=safe),
            quote(parts.query, safe=safe),
            quote(parts.fragment, safe=safe),
        )
    )


def _check_url(value: str) -> str:
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        raise PydanticCustomError(
            "url_scheme",
            "'{value}' is not an http or https URL (only http:// and https:// links can be"
            " fetched)",
            {"value": value},
        )
    if any(ch.isspace() or not ch.isprintable() for ch in value):
        raise PydanticCustomError(
            "url_control",
            "this URL holds spaces or control characters, which a URL never does; write"
            " spaces as %20 and leave out anything invisible",
            {},
        )
    if _BAD_ESCAPE.search(value):
        raise PydanticCustomError(
            "url_escape",
            "'{value}' has a '%' that does not start a two-digit escape; write a literal % as %25",
            {"value": value},
        )
    if not _URL_CHARS.fullmatch(value):
        raise PydanticCustomError(
            "url_chars",
            "'{value}' holds characters a URL must percent-encode; write it as '{encoded}'",
            {"value": value, "encoded": _encoded_url(value)},
        )
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")[2]
    if not host:
        raise PydanticCustomError(
            "url_host", "'{value}' is not a complete URL (no host)", {"value": value}
        )
    return value


_WIKIDATA = re.compile(r"Q[1-9][0-9]{0,11}\Z")


def _check_wikidata(value: str) -> str:
    if not _WIKIDATA.match(value):
        raise PydanticCustomError(
            "wikidata",
            "'{value}' is not a Wikidata item id: write Q and its number, e.g. 'Q7747'",
            {"value": value},
        )
    return value


def _check_language(value: str) -> str:
    if not _LANGUAGE.match(value):
        raise PydanticCustomError(
            "language",
            "'{value}' is not a language tag; use a BCP 47 tag such as 'de', 'en' or 'pt-BR'",
            {"value": value},
        )
    return value


def _date_text(value: Any) -> Any:
    """YAML reads ``1961`` as a number; a year is a date here, so take it as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _check_date(value: str) -> str:
    match = _DATE.match(value)
    if not match:
        raise PydanticCustomError(
            "partial_date",
            "'{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-07)",
            {"value": value},
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        _dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise PydanticCustomError(
            "impossible_date", "'{value}' is not a date that exists", {"value": value}
        ) from None
    return value


Slug = Annotated[
    str,
    AfterValidator(_check_slug),
    WithJsonSchema({"type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$", "maxLength": 80}),
]
"""An id: lowercase ASCII letters a-z and digits joined by single '-' or '_' (it
becomes part of addresses, HTML anchors, file names and STIX ids)."""
_TAG_WORD = "[^\\s!-/:-@A-Z\\[-`{-~\\u00a0-\\u00bf]+"
Tag = Annotated[
    str,
    AfterValidator(_check_tag),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^{_TAG_WORD}([-_]{_TAG_WORD})*$",
            "maxLength": 80,
            "description": "Lowercase letters of any script and digits, joined by single"
            " '-' or '_' (the loader also refuses capitals and symbols beyond ASCII).",
        }
    ),
]
"""A tag: like an id, but its letters may be of any script ('türkiye', 'россия')."""
Url = Annotated[
    str,
    AfterValidator(_check_url),
    WithJsonSchema(
        {
            "type": "string",
            "format": "uri",
            "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+$",
        }
    ),
]
"""An http(s) URL; other schemes cannot be fetched and are refused."""
Language = Annotated[
    str,
    AfterValidator(_check_language),
    WithJsonSchema(
        {"type": "string", "pattern": "^" + _LANGUAGE.pattern.removesuffix("\\Z") + "$"}
    ),
]
"""A BCP 47 language tag such as ``de`` or ``en-GB``."""
WikidataId = Annotated[
    str,
    AfterValidator(_check_wikidata),
    WithJsonSchema({"type": "string", "pattern": "^Q[1-9][0-9]{0,11}$"}),
]
"""A Wikidata item id such as ``Q7747``: who an actor is, whatever id a briefing gives it."""
PartialDate = Annotated[
    str,
    BeforeValidator(_date_text),
    AfterValidator(_check_date),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ]
        }
    ),
]
"""A date as precise as known: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
Text = Annotated[str, Field(min_length=1)]
"""Text that must not be empty."""


# --- closed vocabularies ------------------------------------------------------------------


class ActorKind(StrEnum):
    """What sort of actor: a person, a state, an organisation, a media outlet..."""

    PERSON = "person"
    STATE = "state"
    ORGANISATION = "organisation"
    MEDIA = "media"
    GROUP = "group"
    OTHER = "other"


class ClaimKind(StrEnum):
    """How the article presents a statement."""

    REPORTED = "reported"
    SPECULATION = "speculation"
    OPINION = "opinion"
    HISTORICAL = "historical"
    FORECAST = "forecast"
    BACKGROUND = "background"


class ClaimStatus(StrEnum):
    """Where checking a claim stands."""

    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    DISPUTED = "disputed"
    REFUTED = "refuted"


class Likelihood(StrEnum):
    """ICD 203's words of estimative probability, with their ranges in percent."""

    ALMOST_NO_CHANCE = "almost-no-chance"  # 1-5
    VERY_UNLIKELY = "very-unlikely"  # 5-20
    UNLIKELY = "unlikely"  # 20-45
    ROUGHLY_EVEN_CHANCE = "roughly-even-chance"  # 45-55
    LIKELY = "likely"  # 55-80
    VERY_LIKELY = "very-likely"  # 80-95
    ALMOST_CERTAIN = "almost-certain"  # 95-99


class Confidence(StrEnum):
    """Analytic confidence, kept apart from likelihood as ICD 203 asks."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class Reliability(StrEnum):
    """Admiralty grading of a source: A (completely reliable) to E, F cannot be judged."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"


class QuoteKind(StrEnum):
    """Whether the speaker's words are given verbatim or paraphrased."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class SourceKind(StrEnum):
    """What a source is."""

    ARTICLE = "article"
    COLUMN = "column"
    INTERVIEW = "interview"
    REPORT = "report"
    OFFICIAL = "official"
    DOCUMENT = "document"
    REFERENCE = "reference"
    OTHER = "other"


class RelationKind(StrEnum):
    """How two actors are tied."""

    AGREEMENT = "agreement"
    ALLIANCE = "alliance"
    COOPERATION = "cooperation"
    SUPPLY = "supply"
    VISIT = "visit"
    LEADERSHIP = "leadership"
    MEMBERSHIP = "membership"
    NEGOTIATION = "negotiation"
    RIVALRY = "rivalry"
    CONFLICT = "conflict"
    OTHER = "other"


class NoteKind(StrEnum):
    """Why an analyst wrote a note."""

    CONTRADICTION = "contradiction"
    UNSOURCED = "unsourced"
    LOADED_LANGUAGE = "loaded-language"
    MISSING_CONTEXT = "missing-context"
    ERROR = "error"
    OTHER = "other"


class FigureBound(StrEnum):
    """How a figure given as a bound relates to its value, in the words a reader says:
    "up to 60 percent" is never more, "more than 24 sites" not 24 itself."""

    AT_LEAST = "at least"
    MORE_THAN = "more than"
    UP_TO = "up to"
    LESS_THAN = "less than"


# --- records ------------------------------------------------------------------------------


class Record(BaseModel):
    """Base of every mapping in a briefing: unknown keys are errors, never ignored."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_default=False)


class Alias(Record):
    """Another name for an actor, as some text uses it."""

    name: Text = Field(examples=["Russen-Herrscher"], description="The other name, as written.")
    loaded: bool = Field(
        examples=[True],
        default=False,
        description="True when it is the outlet's own evaluative label (e.g. 'Diktator'),"
        " not a neutral name.",
    )
    paragraph: int | None = Field(
        examples=[1], default=None, ge=1, description="Where the article uses it."
    )
    note: str | None = Field(
        examples=["The outlet's label for Putin."],
        default=None,
        description="Why the alias matters.",
    )


def _alias_from_text(value: Any) -> Any:
    return {"name": value} if isinstance(value, str) else value


def _also_plain_text(schema: dict[str, Any]) -> None:
    """Say in the JSON Schema that a record written as plain text is accepted too."""
    text = {"type": "string", "minLength": 1}
    target = schema.get("items", schema)
    if "anyOf" in target:
        target["anyOf"].insert(0, text)
    else:
        ref = dict(target)
        target.clear()
        target["anyOf"] = [text, ref]


AliasEntry = Annotated[Alias, BeforeValidator(_alias_from_text)]


class Actor(Record):
    """A person, state, organisation, group or outlet the story is about or relies on."""

    id: Slug = Field(examples=["north-korea"], description="Unique among actors.")
    name: Text = Field(examples=["North Korea"], description="Neutral name in English.")
    kind: ActorKind = Field(
        examples=["state"], default=ActorKind.OTHER, description="What sort of actor."
    )
    role: str | None = Field(
        examples=["President of Russia"],
        default=None,
        description="Office or function, e.g. 'President'.",
    )
    affiliation: Slug | None = Field(
        examples=["russia"],
        default=None,
        description="Id of the actor this one belongs to or acts for.",
    )
    aliases: list[AliasEntry] = Field(
        examples=[["Nordkorea", {"name": "Diktator", "loaded": True}]],
        default_factory=list,
        description="Other names used: text, or a mapping with 'name' and 'loaded'.",
        json_schema_extra=_also_plain_text,
    )
    anonymous: bool = Field(
        examples=[True], default=False, description="True for an unnamed speaker such as 'experts'."
    )
    threat_actor: bool = Field(
        examples=[True],
        default=False,
        description="True when the analyst judges this actor a threat actor (a STIX export"
        " then writes it as a threat-actor).",
    )
    description: str | None = Field(
        examples=["Security and defence expert, retired colonel."],
        default=None,
        description="Who this is, in a line.",
    )
    note: str | None = Field(
        examples=["Named only by role."], default=None, description="Analyst note."
    )
    wikidata: WikidataId | None = Field(
        examples=["Q7747"],
        default=None,
        description="Wikidata item id: matches the actor across briefings whose ids differ.",
    )


class Excerpt(Record):
    """A W3C Web Annotation text-quote selector: the exact words, with context to disambiguate."""

    exact: Text = Field(
        examples=["könnte Nordkorea sieben bis zehn Divisionen"],
        description="The words exactly as in the text.",
    )
    prefix: str | None = Field(
        examples=["Im Rahmen des Beistandspakts "],
        default=None,
        description="Text just before, to disambiguate.",
    )
    suffix: str | None = Field(
        examples=[" in die besetzten"],
        default=None,
        description="Text just after, to disambiguate.",
    )
    start: int | None = Field(
        examples=[812], default=None, ge=0, description="Character offset hint."
    )
    end: int | None = Field(examples=[855], default=None, ge=0, description="End offset hint.")

    @model_validator(mode="after")
    def _ordered(self) -> Excerpt:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise PydanticCustomError("excerpt_range", "end comes before start")
        return self


def _excerpt_from_text(value: Any) -> Any:
    return {"exact": value} if isinstance(value, str) else value


ExcerptField = Annotated[Excerpt, BeforeValidator(_excerpt_from_text)]


class Figure(Record):
    """A number the text states or implies: one value, or a range, with its unit."""

    value: float | None = Field(
        examples=[1961], default=None, allow_inf_nan=False, description="A single value."
    )
    low: float | None = Field(
        examples=[7], default=None, allow_inf_nan=False, description="Lower end of a range."
    )
    high: float | None = Field(
        examples=[10], default=None, allow_inf_nan=False, description="Upper end of a range."
    )
    unit: Text = Field(examples=["divisions"], description="What is counted, e.g. 'soldiers'.")
    approximate: bool = Field(
        examples=[True], default=False, description="Stated as 'about', 'rund', 'up to'."
    )
    bound: FigureBound | None = Field(
        examples=["up to"],
        default=None,
        description=(
            "A single value given as a bound: 'at least' (mindestens), 'more than' (mehr"
            " als, over), 'up to' (bis zu, höchstens, as many as), 'less than' (weniger"
            " als, under, fewer than)."
        ),
    )
    derived: bool = Field(
        examples=[True],
        default=False,
        description="Worked out by the analyst, not stated in the text.",
    )
    basis: str | None = Field(
        examples=["7-10 divisions x 10,000-30,000 soldiers"],
        default=None,
        description="How a derived figure was worked out.",
    )

    @model_validator(mode="after")
    def _one_shape(self) -> Figure:
        has_range = self.low is not None or self.high is not None
        if self.value is None and not has_range:
            raise PydanticCustomError("figure_shape", "a figure needs 'value', or 'low' and 'high'")
        if self.value is not None and has_range:
            raise PydanticCustomError(
                "figure_shape", "a figure has either 'value' or 'low'/'high', not both"
            )
        if has_range and (self.low is None or self.high is None):
            raise PydanticCustomError("figure_shape", "a range needs both 'low' and 'high'")
        if has_range and self.bound is not None:
            raise PydanticCustomError(
                "figure_shape", "'bound' goes with a single 'value', not with a range"
            )
        if self.low is not None and self.high is not None and self.low > self.high:
            raise PydanticCustomError(
                "figure_range",
                "'low' ({low}) is above 'high' ({high})",
                {"low": self.low, "high": self.high},
            )
        return self


class Claim(Record):
    """One statement the article makes, classified and located."""

    id: Slug = Field(examples=["c09"], description="Unique among claims.")
    statement: Text = Field(
        examples=["North Korea could send seven to ten divisions to occupied Ukrainian territory."],
        description="The claim in the analyst's own words (English).",
    )
    kind: ClaimKind = Field(examples=["speculation"], description="How the article presents it.")
    excerpt: ExcerptField | None = Field(
        examples=["könnte Nordkorea sieben bis zehn Divisionen"],
        default=None,
        description="The article's words, verbatim: text, or a mapping with 'exact'.",
        json_schema_extra=_also_plain_text,
    )
    paragraph: int | None = Field(
        examples=[4],
        default=None,
        ge=1,
        description="Body paragraph of the article (headings not counted).",
    )
    hedges: list[Text] = Field(
        examples=[["könnte"]],
        default_factory=list,
        description="Hedging or attribution words, as in the text.",
    )
    figures: list[Figure] = Field(
        examples=[[{"low": 7, "high": 10, "unit": "divisions"}]],
        default_factory=list,
        description="Numbers it carries.",
    )
    attributed_to: Slug | None = Field(
        examples=["zeit-experts"],
        default=None,
        description="Id of the actor on whose word it rests; absent: the article's own voice.",
    )
    actors: list[Slug] = Field(
        examples=[["north-korea", "ukraine"]],
        default_factory=list,
        description="Ids of actors involved.",
    )
    sources: list[Slug] = Field(
        examples=[["article"]], default_factory=list, description="Ids of sources that carry it."
    )
    likelihood: Likelihood | None = Field(
        examples=["roughly-even-chance"],
        default=None,
        description="ICD 203 estimative word, the analyst's judgement.",
    )
    confidence: Confidence | None = Field(
        examples=["low"], default=None, description="Analytic confidence in that judgement."
    )
    credibility: int | None = Field(
        examples=[3],
        default=None,
        ge=1,
        le=6,
        description="Admiralty credibility 1 (confirmed) to 6.",
    )
    status: ClaimStatus = Field(
        examples=["unverified"], default=ClaimStatus.UNVERIFIED, description="Checking status."
    )
    note: str | None = Field(
        examples=["No source is given for the figure."], default=None, description="Analyst note."
    )

    @property
    def hedged(self) -> bool:
        """Whether the claim counts as hedged: it records at least one hedge. The one test
        behind every "hedged" figure (the sourcing profile, the overview, the summary)."""
        return bool(self.hedges)


class Quote(Record):
    """Words of a speaker the article quotes, in the original language and in translation."""

    id: Slug = Field(examples=["q-richter"], description="Unique among quotes.")
    speaker: Slug = Field(examples=["richter"], description="Id of the actor quoted.")
    text: Text = Field(
        examples=["An einer neuen regionalen oder globalen Blockbildung ist es nicht interessiert"],
        description="The words in the original language, as in the article.",
    )
    translation: str | None = Field(
        examples=["It has no interest in forming a new regional or global bloc"],
        default=None,
        description="English translation.",
    )
    language: Language | None = Field(
        examples=["de"], default=None, description="Language of 'text'."
    )
    kind: QuoteKind = Field(
        examples=["direct"], default=QuoteKind.DIRECT, description="Verbatim or paraphrase."
    )
    role: str | None = Field(
        examples=["Sicherheits- und Verteidigungsexperte"],
        default=None,
        description="Speaker's role as the article gives it.",
    )
    outlet: Slug | None = Field(
        examples=["focus-richter"],
        default=None,
        description="Id of the source it first appeared in.",
    )
    paragraph: int | None = Field(
        examples=[6], default=None, ge=1, description="Body paragraph of the article."
    )
    about: list[Slug] = Field(
        examples=[["vietnam"]], default_factory=list, description="Ids of actors it is about."
    )
    claims: list[Slug] = Field(
        examples=[["c15"]], default_factory=list, description="Ids of claims it supports."
    )
    note: str | None = Field(
        examples=["Only part of the interview is quoted."],
        default=None,
        description="Analyst note.",
    )


class Relation(Record):
    """A tie between two actors, readable as 'from -> to: label, date'."""

    model_config = ConfigDict(populate_by_name=False)

    from_: Slug = Field(examples=["russia"], alias="from", description="Id of the first actor.")
    to: Slug = Field(examples=["north-korea"], description="Id of the second actor.")
    kind: RelationKind = Field(
        examples=["agreement"], default=RelationKind.OTHER, description="Sort of tie."
    )
    label: str | None = Field(
        examples=["strategic partnership agreement"],
        default=None,
        description="The tie in a few words.",
    )
    date: PartialDate | None = Field(
        examples=["2024-06"], default=None, description="When it began or happened."
    )
    until: PartialDate | None = Field(examples=["1996"], default=None, description="When it ended.")
    claims: list[Slug] = Field(
        examples=[["c07"]], default_factory=list, description="Ids of claims about it."
    )
    sources: list[Slug] = Field(
        examples=[["article"]], default_factory=list, description="Ids of sources for it."
    )
    added_context: bool = Field(
        examples=[True],
        default=False,
        description="True when the analyst added it; the article does not say it.",
    )
    note: str | None = Field(
        examples=["Signed during Putin's visit."], default=None, description="Analyst note."
    )


class Source(Record):
    """A text the briefing relies on: the article, what it cites, and context the analyst adds."""

    id: Slug = Field(examples=["focus-richter"], description="Unique among sources.")
    url: Url | None = Field(
        examples=["https://example.org/article"],
        default=None,
        description="Where it can be fetched; only when confirmed to exist.",
    )
    title: str | None = Field(
        examples=["Plant Putin die „Anti-Nato“?"], default=None, description="Its title."
    )
    outlet: str | None = Field(
        examples=["Focus Online"], default=None, description="Publisher or outlet name."
    )
    author: str | None = Field(examples=["Michael Thumann"], default=None, description="Author(s).")
    kind: SourceKind = Field(
        examples=["interview"], default=SourceKind.OTHER, description="What it is."
    )
    language: Language | None = Field(examples=["de"], default=None, description="Its language.")
    published: PartialDate | None = Field(
        examples=["2024-06"], default=None, description="Publication date."
    )
    description: str | None = Field(
        examples=["A column on Zeit Online, cited by the article."],
        default=None,
        description="What it is, when no URL.",
    )
    reliability: Reliability | None = Field(
        examples=["B"], default=None, description="Admiralty reliability A-F."
    )
    cited_in: Slug | None = Field(
        examples=["article"],
        default=None,
        description="Id of the source through which this one is known.",
    )
    added_context: bool = Field(
        examples=[True],
        default=False,
        description="True when the analyst added it; the article does not cite it.",
    )
    note: str | None = Field(
        examples=["Syndicated copy; the original was not found."],
        default=None,
        description="Analyst note.",
    )


class TimelineEntry(Record):
    """A dated event; entries the article does not state are marked as added context."""

    date: PartialDate = Field(examples=["1961-07-06"], description="When.")
    label: Text = Field(
        examples=["Soviet-North Korean treaty of mutual assistance signed"],
        description="What happened.",
    )
    actors: list[Slug] = Field(
        examples=[["soviet-union", "north-korea"]],
        default_factory=list,
        description="Ids of actors involved.",
    )
    claims: list[Slug] = Field(
        examples=[["c13"]], default_factory=list, description="Ids of related claims."
    )
    sources: list[Slug] = Field(
        examples=[["treaty-1961"]], default_factory=list, description="Ids of sources for it."
    )
    added_context: bool = Field(
        examples=[True],
        default=False,
        description="True when the analyst added it; the article does not say it.",
    )
    note: str | None = Field(
        examples=["The article gives only the year."], default=None, description="Analyst note."
    )


class Note(Record):
    """An analyst's remark: a contradiction, an unsourced claim, loaded wording."""

    id: Slug = Field(examples=["n1"], description="Unique among notes.")
    kind: NoteKind = Field(
        examples=["contradiction"], default=NoteKind.OTHER, description="Why it was written."
    )
    text: Text = Field(
        examples=["Paragraph 1 says the talks help Putin, then that his aim was to stop them."],
        description="The note.",
    )
    claims: list[Slug] = Field(
        examples=[["c01", "c02"]], default_factory=list, description="Ids of claims concerned."
    )
    actors: list[Slug] = Field(
        examples=[["putin"]], default_factory=list, description="Ids of actors concerned."
    )
    sources: list[Slug] = Field(
        examples=[["article"]], default_factory=list, description="Ids of sources concerned."
    )
    paragraph: int | None = Field(
        examples=[1], default=None, ge=1, description="Body paragraph concerned."
    )


class Briefing(Record):
    """A news article turned into its parts: actors, claims, quotes, relations and sources."""

    model_config = ConfigDict(
        title="Briefing",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
        },
    )

    format: Literal[1] = Field(
        examples=[1], default=1, description="Format version (this is version 1)."
    )
    id: Slug = Field(examples=["anti-nato-2024-07"], description="Unique in a library.")
    title: Text = Field(
        examples=['Putin\'s rumoured "Anti-NATO"'], description="Title of the briefing."
    )
    language: Language | None = Field(
        examples=["de"], default=None, description="Language of the article."
    )
    published: PartialDate | None = Field(
        examples=["2024-07"], default=None, description="When the article appeared."
    )
    summary: str | None = Field(
        examples=["A German outlet reports speculation that Putin plans an alliance against NATO."],
        default=None,
        description="Bottom line up front, 2-4 sentences.",
    )
    article: Slug | None = Field(
        examples=["article"],
        default=None,
        description="Id of the source that is the article briefed.",
    )
    tags: list[Tag] = Field(
        examples=[["russia", "alliances"]],
        default_factory=list,
        description="Topics, for finding it later.",
    )
    actors: list[Actor] = Field(
        default_factory=list, description="People, states, organisations, groups and outlets."
    )
    relations: list[Relation] = Field(default_factory=list, description="Ties between actors.")
    claims: list[Claim] = Field(
        default_factory=list, description="Statements the article makes, in article order."
    )
    quotes: list[Quote] = Field(
        default_factory=list, description="Words of speakers, original and translated."
    )
    sources: list[Source] = Field(description="What the briefing relies on; may be empty.")
    timeline: list[TimelineEntry] = Field(
        default_factory=list, description="Dated events, the article's and added context."
    )
    notes: list[Note] = Field(
        default_factory=list, description="Analyst notes on the article as a whole."
    )
    profile: dict[str, Any] | None = Field(
        default=None,
        exclude=True,
        description="The sourcing profile, as JSON exports include it; computed from the rest,"
        " so it is ignored when a briefing is read.",
    )

    @model_validator(mode="before")
    @classmethod
    def _drop_computed_profile(cls, data: Any) -> Any:
        """An exported JSON file loads back as the briefing it came from."""
        if isinstance(data, dict) and "profile" in data:
            data = {key: value for key, value in data.items() if key != "profile"}
        return data
