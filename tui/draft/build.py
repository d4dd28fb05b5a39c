"""Assembling the draft briefing: claims, actors, quotes and sources from the article.

Every sentence that states something (not a question, not a fragment) becomes a
candidate claim with its verbatim excerpt, paragraph, hedge cues, figures, actors and a
suggested kind with the reason. Everything generated carries ``status: unverified`` (or
no status where the format has none) and a note starting "Draft:", so the analyst can
see at a glance what nobody has checked yet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.cues import find_cues
from tui.draft.figures import find_figures
from tui.draft.gazetteer import Entry, gazetteer
from tui.draft.kinds import suggest_kind
from tui.draft.language import detect_language
from tui.draft.paragraphs import split_blocks
from tui.draft.people import find_people
from tui.draft.quotes import find_quotes, speaker_text
from tui.draft.sentences import split_sentences
from tui.draft.source import ArticleText
from tui.errors import BriefingError
from tui.model import Actor, Alias, Briefing, Claim, Figure, Note, Quote, Source

__all__ = ["DraftError", "draft_briefing", "slugify"]

ARTICLE_ID = "article"
_MIN_CLAIM_WORDS = 4
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class DraftError(BriefingError):
    """The article holds nothing to draft from (no body paragraph)."""


def slugify(text: str, limit: int = 60) -> str:
    """A format id from free text: lowercase ASCII words joined by '-'."""
    folded = text.casefold().replace("ß", "ss")
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "draft"


@dataclass
class _ActorDraft:
    id: str
    name: str
    kind: str
    aliases: dict[str, int] = field(default_factory=dict)
    loaded: dict[str, int] = field(default_factory=dict)
    paragraphs: list[int] = field(default_factory=list)
    role: str | None = None
    anonymous: bool = False
    tokens: tuple[str, ...] = ()
    _paragraph_set: set[int] = field(default_factory=set, repr=False)

    def seen(self, alias: str | None, paragraph: int, *, loaded: bool = False) -> None:
        # a set beside the list: a scan of the list made every mention cost O(paragraphs)
        if paragraph not in self._paragraph_set:
            self._paragraph_set.add(paragraph)
            self.paragraphs.append(paragraph)
        if alias:
            target = self.loaded if loaded else self.aliases
            target.setdefault(alias, paragraph)

    def to_model(self) -> Actor:
        aliases: list[Alias] = [
            Alias(name=name, paragraph=p) for name, p in self.aliases.items() if name != self.name
        ]
        aliases += [
            Alias(
                name=name,
                loaded=True,
                paragraph=p,
                note="Draft: an evaluative label the text puts before the name; check"
                " whether it is the outlet's wording.",
            )
            for name, p in self.loaded.items()
        ]
        numbers = ", ".join(str(p) for p in self.paragraphs)
        where = f"paragraph{'s' if len(self.paragraphs) != 1 else ''} {numbers}"
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            role=self.role,
            aliases=aliases,
            anonymous=self.anonymous,
            note=f"Draft: found in {where}; check the name, kind and merges.",
        )


class _Actors:
    """Actors as they are found, merged by id; single words join the person they name."""

    def __init__(self) -> None:
        self.by_id: dict[str, _ActorDraft] = {}
        self._by_token: dict[str, tuple[int, _ActorDraft]] = {}
        """Each word of a person's name -> the person most recently named with it (and
        when): looking a word up must not scan every actor found so far."""

    def known(self, entry: Entry) -> _ActorDraft:
        if entry.id not in self.by_id:
            self.by_id[entry.id] = _ActorDraft(entry.id, entry.name, entry.kind)
        return self.by_id[entry.id]

    def person(self, name: str) -> _ActorDraft:
        actor_id = _unique(slugify(name), self.by_id, name)
        if actor_id not in self.by_id:
            actor = _ActorDraft(actor_id, name, "person", tokens=tuple(name.split()))
            self.by_id[actor_id] = actor
            for token in actor.tokens:
                self._by_token[token] = (len(self.by_id), actor)
        return self.by_id[actor_id]

    def other(self, actor_id: str, name: str, kind: str, *, anonymous: bool = False) -> _ActorDraft:
        if actor_id not in self.by_id:
            self.by_id[actor_id] = _ActorDraft(actor_id, name, kind, anonymous=anonymous)
        return self.by_id[actor_id]

    def person_by_word(self, word: str) -> _ActorDraft | None:
        """The person most recently named in full whose name holds ``word``."""
        bare = word.removesuffix("s") if word.endswith("s") and len(word) > 4 else word
        found = [self._by_token[w] for w in (word, bare) if w in self._by_token]
        return max(found, key=lambda item: item[0])[1] if found else None


def _unique(wanted: str, taken: dict[str, _ActorDraft], name: str) -> str:
    if wanted not in taken or taken[wanted].name == name:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def _figure(draft: object) -> Figure:
    from tui.draft.figures import FigureDraft

    assert isinstance(draft, FigureDraft)
    return Figure(
        value=draft.value,
        low=draft.low,
        high=draft.high,
        unit=draft.unit,
        approximate=draft.approximate,
    )


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published else None


def _words_of_single_names(sentence: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\b[^\W\d_][\w-]*\b", sentence))


def draft_briefing(
    article: ArticleText,
    *,
    language: str = "auto",
    progress: Callable[[int, int], None] | None = None,
) -> Briefing:
    """The draft briefing of ``article``; ``language`` is ``de``, ``en`` or ``auto``.

    ``progress`` is called with (paragraphs done, paragraphs in all) after each
    paragraph, so a long article can show that work goes on.
    """
    layout = split_blocks(article.text)
    paragraphs = layout.paragraphs
    if not paragraphs:
        raise DraftError(f"{article.origin}: no body paragraph to draft from")
    if language == "auto":
        language = (article.language or "").split("-")[0].casefold()
        if language not in ("de", "en"):
            language = detect_language(article.text)
    published = article.published or layout.dateline
    if published and not _DATE.fullmatch(published):
        published = published[:10] if _DATE.fullmatch(published[:10]) else None
    places = gazetteer()
    actors = _Actors()
    claims: list[Claim] = []
    quotes: list[Quote] = []
    sources: list[Source] = []
    outlet_sources: dict[str, str] = {}

    for done, block in enumerate(paragraphs):
        if progress is not None:
            progress(done, len(paragraphs))
        number = block.number
        assert number is not None
        text = block.text
        spans = find_quotes(text)
        for sentence in split_sentences(text, language):
            mentioned: list[str] = []
            for mention in places.find(sentence.text):
                actor = actors.known(mention.entry)
                actor.seen(mention.text if mention.name else None, number)
                mentioned.append(actor.id)
            full_names: list[tuple[int, int]] = []
            terms = [
                (span.start - sentence.start, span.end - sentence.start)
                for span in spans
                if not span.direct and sentence.start <= span.start < sentence.end
            ]
            for person in find_people(sentence.text, language, places):
                if any(s <= person.start < e for s, e in terms):
                    continue  # a name in quotation marks: an outlet or a term
                actor = actors.person(person.name)
                actor.seen(None, number)
                if person.role and not person.role_loaded and actor.role is None:
                    actor.role = person.role
                if person.role and person.role_loaded:
                    actor.seen(person.role, number, loaded=True)
                mentioned.append(actor.id)
                full_names.append((person.start, person.end))
            for match in _words_of_single_names(sentence.text):
                if not match.group()[0].isupper():
                    continue
                if any(s <= match.start() < e for s, e in full_names):
                    continue
                found = actors.person_by_word(match.group())
                if found is not None:
                    found.seen(match.group(), number)
                    mentioned.append(found.id)
            for word in re.findall(r"[^\W\d_]+", sentence.text):
                if word.casefold() in places.anonymous:
                    group = actors.other(
                        slugify(word) + "-unnamed", f"Unnamed {word}", "group", anonymous=True
                    )
                    group.seen(word, number)
                    mentioned.append(group.id)

            # quotes in this sentence, and outlets named in quotation marks
            attributed: str | None = None
            quoted_view = False
            here = [s for s in spans if sentence.start <= s.start < sentence.end]
            for span in sorted(here, key=lambda s: not s.outlet):  # outlets first
                local_start, local_end = span.start - sentence.start, span.end - sentence.start
                if span.outlet:
                    outlet_id = _outlet(span.text, actors, sources, outlet_sources, number)
                    mentioned.append(outlet_id)
                    continue
                if not span.direct:
                    continue
                speaker = _speaker(sentence.text, local_start, local_end, language, actors, number)
                speaker_id, role, cue = speaker
                outlet = _quote_outlet(sentence.text[local_end:], outlet_sources)
                quoted_view = True
                attributed = speaker_id
                quotes.append(
                    Quote(
                        id=f"q{len(quotes) + 1:02d}",
                        speaker=speaker_id,
                        text=span.text,
                        language=language,
                        kind="direct",
                        role=role,
                        outlet=outlet,
                        paragraph=number,
                        claims=[f"c{len(claims) + 1:02d}"],
                        note="Draft: speaker guessed from "
                        + (f"„{cue}“" if cue else "nothing near the quote (unknown)")
                        + "; add a translation and check speaker, role and outlet.",
                    )
                )
            if sentence.text.rstrip().endswith("?"):
                continue
            if len(sentence.text.split()) < _MIN_CLAIM_WORDS:
                continue
            cues = find_cues(sentence.text, language=language)
            suggestion = suggest_kind(
                sentence.text,
                language,
                cues,
                quoted_view=quoted_view,
                article_year=_year(published),
            )
            figures = [_figure(f) for f in find_figures(sentence.text, language)]
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1:02d}",
                    statement=sentence.text,
                    kind=suggestion.kind,
                    excerpt=sentence.text,
                    paragraph=number,
                    hedges=list(dict.fromkeys(hit.text for hit in cues)),
                    figures=figures,
                    attributed_to=attributed,
                    actors=list(dict.fromkeys(mentioned)),
                    sources=[ARTICLE_ID],
                    note=f"Draft: kind suggested as {suggestion.kind} because"
                    f" {suggestion.reason}. The statement copies the article's sentence:"
                    " rewrite it in your own words and check kind and likelihood.",
                )
            )
    # a quote's claim id must exist: drop links to sentences that were not claims
    claim_ids = {claim.id for claim in claims}
    quotes = [
        q.model_copy(update={"claims": [c for c in q.claims if c in claim_ids]}) for q in quotes
    ]

    leading = layout.blocks[0] if layout.blocks[0].number is None else None
    title = article.title or (leading.text if leading is not None else None)
    title = title or _shorten(paragraphs[0].text)
    article_source = Source(
        id=ARTICLE_ID,
        url=article.url,
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        kind="article",
        language=language,
        published=published,
        description=f"Draft: the article this briefing was drafted from ({article.origin}).",
    )
    return Briefing(
        id=slugify(title),
        title=title,
        language=language,
        published=published,
        article=ARTICLE_ID,
        actors=[actor.to_model() for actor in actors.by_id.values()],
        claims=claims,
        quotes=quotes,
        sources=[article_source, *sources],
        notes=[
            Note(
                id="n-draft",
                kind="other",
                text="Draft: generated by `briefing new` from the article; every actor,"
                " claim, quote and source in it is a suggestion for the analyst to review.",
                sources=[ARTICLE_ID],
            )
        ],
    )


def _shorten(text: str, limit: int = 80) -> str:
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(".")
    return first[:limit].rsplit(" ", 1)[0] + " …"


def _outlet(
    name: str,
    actors: _Actors,
    sources: list[Source],
    outlet_sources: dict[str, str],
    paragraph: int,
) -> str:
    actor = actors.other(slugify(name), name, "media")
    actor.seen(name, paragraph)
    if name not in outlet_sources:
        source_id = slugify(name)
        outlet_sources[name] = source_id
        if all(s.id != source_id for s in sources):
            sources.append(
                Source(
                    id=source_id,
                    outlet=name,
                    cited_in=ARTICLE_ID,
                    description=f"Draft: named by the article in paragraph {paragraph};"
                    " find the piece it cites and add its title and URL if confirmed.",
                )
            )
    return actor.id


def _quote_outlet(after: str, outlet_sources: dict[str, str]) -> str | None:
    """The source id of an outlet named just after a quote's attribution."""
    head = after[:160]
    for name, source_id in outlet_sources.items():
        if name in head:
            return source_id
    return None


def _speaker(
    sentence: str, start: int, end: int, language: str, actors: _Actors, paragraph: int
) -> tuple[str, str | None, str | None]:
    """(speaker id, role, attribution words) for the quote at ``start:end``."""
    found = speaker_text(sentence, start, end)
    if found is not None:
        who, cue = found
        people = find_people(who, language, gazetteer())
        if people:
            person = people[-1]
            actor = actors.person(person.name)
            actor.seen(None, paragraph)
            role = who[: person.start].strip(" ,") or person.role
            if role and (actor.role is None or len(role) > len(actor.role)):
                actor.role = role
            return actor.id, role or None, cue
        for mention in gazetteer().find(who):
            return actors.known(mention.entry).id, None, cue
        for word in who.split():
            single = actors.person_by_word(word.strip(",.")) if word[:1].isupper() else None
            if single is not None:
                return single.id, None, cue
            if word.casefold() in gazetteer().anonymous:
                group = actors.other(
                    slugify(word) + "-unnamed", f"Unnamed {word}", "group", anonymous=True
                )
                group.seen(word, paragraph)
                return group.id, None, cue
    unknown = actors.other("unknown-speaker", "Unknown speaker", "other", anonymous=True)
    unknown.seen(None, paragraph)
    return unknown.id, None, None
