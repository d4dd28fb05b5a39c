"""Quotations in a paragraph and who is quoted, guessed from the words around them.

Quotation marks of German and English typography are read in pairs: „…“, „…”, "…",
“…”, «…», »…«, and the single low-9 and curly single marks (U+201A/U+2018,
U+2018/U+2019), and straight single marks in pairs (copy that lost its typography; an
apostrophe inside or after a word is none). A quotation of four words or more is a
candidate direct quote; a shorter one is a name or a term ("„Anti-NATO“", "„Zeit online“"), and a
short capitalised one after "bei", "gegenüber", "laut" or "told" is taken for the
outlet it names. A short quotation that is a whole sentence (a capital, a finite verb,
its closing full stop, question or exclamation mark inside the marks: "„Wir klagen.“")
is a quote. Two or three words in German marks after a verb of saying in the same
sentence are a partial quotation ("nannte den Etat „ein Dokument der Verschuldung“"),
unless "sogenannt" stands before them; so are two or three words in English marks
after a verb of saying (after one of naming only a judgement in adjectives and adverbs,
'called the move "deeply flawed"': 'dubbed it "bridge to nowhere"' stays a term), and a
short lowercase quotation in a German sentence of reported speech ("zeige
„sehr erfolgreich“, dass …"). A quotation whose closing mark is not in its paragraph runs
to the paragraph's end and is marked ``open_end``: by the convention of both languages it
goes on in the next paragraph. The speaker is guessed from an attribution verb
next to the quote ("…“, meint X", "X sagte: „…“", "laut X", "according to X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.draft.attribution import SPEECH_VERB
from tui.draft.language import detect_language

__all__ = ["QuoteSpan", "find_quotes", "speaker_text"]

_LOW9, _LEFT1, _RIGHT1 = "\N{SINGLE LOW-9 QUOTATION MARK}", "\u2018", "\u2019"
_PAIRS: tuple[tuple[str, str], ...] = (
    ("„", "“"),
    ("„", "”"),
    ("“", "”"),
    ('"', '"'),
    ("«", "»"),
    ("»", "«"),
    (_LOW9, _LEFT1),
    (_LEFT1, _RIGHT1),
)
_MIN_QUOTE_WORDS = 4
_MIN_PARTIAL_WORDS = 2
_GERMAN_MARKS = frozenset(("„", "»", _LOW9))
"""German typography; a short quotation in English marks after a verb of naming stays a
quoted term (see :data:`_NAMING_VERB`)."""
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[„“\"«»A-ZÄÖÜ])")
_SO_CALLED = re.compile(r"\b(?:so-called|sogenannte[nmrs]?|sog\.)\s*\Z", re.IGNORECASE)
_VERBS = (
    r"meint|meinte|sagt|sagte|sagten|erklärt|erklärte|betont|betonte|schreibt|schrieb|"
    r"warnt|warnte|fügte\s+hinzu|so|said|says|told|added|wrote|writes|warned|explained|"
    r"stressed|argued|argues"
)
_AFTER = re.compile(rf"\A[\s,.;:!?]*(?:{_VERBS})\b\s+(?P<who>[^.;:!?]+)", re.I)
_NAME_THEN_VERB = re.compile(
    rf"\A[\s,]*(?P<who>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){{0,3}})\s+(?:{_VERBS})\b"
)
_BEFORE = re.compile(
    rf"(?P<who>\b[^.;!?„“\"«»]{{1,80}}?)\s+(?:{_VERBS})(?:\s+\w+)?\s*[:,]?\s*\Z", re.I
)
_ACCORDING = re.compile(
    r"(?:\blaut|\bzufolge|\baccording\s+to|\bnach\s+Angaben\s+von)\s+(?P<who>[^,.;:!?„“\"]+)",
    re.I,
)
_OUTLET_CUE = re.compile(
    r"(?:\bbei|\bgegenüber|\blaut|\bim|\bin|\bvon|\btold|\bin\s+an\s+interview\s+with"
    r"|\b(?:said|spoke|speaking|talked|talking|wrote|writing|explained|confirmed|according)\s+to"
    r"|\bim\s+Interview\s+mit|\bin\s+einem\s+Interview\s+mit|\bmit|\bsagte|\bsagten"
    r"|\berklärte|\bFachjournal|\bFachzeitschrift|\bFachblatt|\bFachmagazin|\bZeitung"
    r"|\bTageszeitung|\bWochenzeitung|\bMagazin|\bSender|\bSendung|\bjournal|\bnewspaper"
    r"|\bmagazine|\bbroadcaster|\bprogramme)(?:\s+(?:dem|der|des|den|the))?\s*\Z",
    re.I,
)
_SPOKE_OF = re.compile(
    r"\b(?:sprich\w*|sprach\w*|sprechen|rede[nt]?|redete\w*|Rede)\s+von\s*\Z"
    r"|\bspoke\s+of\s*\Z|\bspeaks?\s+of\s*\Z"
)
"""What someone called a thing ("spricht von „Geiselnahme“", "war die Rede von
„Chaos“"): the word quoted after "von" is their term, never an outlet."""
_NAME_WORDS = re.compile(
    r"\A(?:(?:[A-ZÄÖÜ0-9][\w.&'-]*(?:/[A-ZÄÖÜ][\w.&'-]*)*|am|im|der|die|das|de|of|the|and"
    r"|und|für|&)\s*)+\Z"
)
_SPEAKER_END = re.compile(r"\s+(?:gegenüber|zu|im|in|bei|to|in|on|at|about|über)\b.*", re.I)


@dataclass(frozen=True)
class QuoteSpan:
    """Words between a pair of quotation marks, with offsets into the paragraph."""

    text: str
    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark."""
    direct: bool
    """Four words or more: a quotation rather than a name or term."""
    outlet: bool
    """A short capitalised name after "bei", "gegenüber", "told"...: an outlet."""
    open_end: bool = False
    """No closing mark in the paragraph: the quotation runs to the paragraph's end and, by
    the convention of both languages, goes on in the next paragraph, which opens with a
    mark of its own."""


def find_quotes(paragraph: str) -> list[QuoteSpan]:
    """Every quoted span of ``paragraph``, in order; spans do not overlap."""
    spans: list[QuoteSpan] = []
    position = 0
    while position < len(paragraph):
        best: tuple[int, int, str, str] | None = None
        for opening, closing in _PAIRS:
            start = paragraph.find(opening, position)
            if start < 0:
                continue
            end = paragraph.find(closing, start + 1)
            if end < 0:
                continue
            if opening in (_LEFT1, _RIGHT1) and start > 0 and paragraph[start - 1].isalpha():
                continue  # an apostrophe, not a quotation mark
            if best is None or start < best[0]:
                best = (start, end, opening, closing)
        straight = _straight_single(paragraph, position)
        if straight is not None and (best is None or straight[0] < best[0]):
            best = (straight[0], straight[1], "'", "'")
        if best is None:
            unclosed = _unclosed_quote(paragraph, position)
            if unclosed is not None:
                spans.append(unclosed)
            break
        start, end, _opening, _closing = best
        text = paragraph[start + 1 : end].strip().rstrip(",").rstrip()
        # '"It is over," she said': the comma belongs to the sentence around the quote
        words = len(text.split())
        before = paragraph[max(0, start - 40) : start]
        outlet = (
            words <= 4
            and bool(text[:1].isupper())
            and _NAME_WORDS.match(text) is not None
            and (
                (bool(_OUTLET_CUE.search(before)) and not _SPOKE_OF.search(before))
                or _reports_or_is_told(paragraph, start, end + 1, german=_opening in _GERMAN_MARKS)
            )
            and not text.endswith((".", "!", "?"))
        )
        german = _opening in _GERMAN_MARKS
        titled = _TITLE_BEFORE.search(before) is not None
        direct = (
            not outlet
            and not titled
            and (
                words >= _MIN_QUOTE_WORDS
                or (words >= _MIN_PARTIAL_WORDS and _closed_by_attribution(paragraph, start, end))
                or (
                    words >= _MIN_PARTIAL_WORDS
                    and _partial_quote(paragraph, start, german=german, text=text)
                )
                or (
                    _predicate(text, paragraph, start, german=german)
                    and _partial_quote(paragraph, start, german=german, text=text)
                )
                or (not german and _spoken_word(text, paragraph, start))
                or _uttered(text)
                or _quoted_sentence(text, german=german)
                or _said_to_be(text, paragraph, start)
                or (german and _named_as(text, paragraph, start))
            )
        )
        if text:
            spans.append(QuoteSpan(text, start, end + 1, direct, outlet))
        position = end + 1
    return _joined_to_the_next(paragraph, spans)


def _spoken_word(text: str, paragraph: str, start: int) -> bool:
    """Whether one lowercase English noun in quotation marks is the speaker's own, set into
    what a verb of saying before it in the sentence reports ('told the paper it was still
    its "intention" to fell the tree'); after a verb of naming it is a label, an adverb
    ('promised to cut waiting times "significantly"') stays a term, and with no such verb
    so does a noun."""
    return (
        len(text.split()) == 1
        and text.isalpha()
        and text[:1].islower()
        and _english_tag(text) in _NOUN_TAGS
        and _partial_quote(paragraph, start, german=False, text=text)
    )


_NOUN_TAGS = frozenset(("NN0", "NN1", "NN2"))
"""HanTa's English noun tags: a manner word ('"significantly"') stays a term."""


_TITLE_BEFORE = re.compile(
    r"\b(?:Überschrift|Titel|Motto|Schlagzeile|Slogan|Leitspruch|Leitsatz|headline|heading"
    r"|title|slogan|motto|banner|(?:en)?titled|überschrieben)\s*[:,]?\s*\Z"
)
"""A title, heading or slogan named right before the quotation marks ("unter der
Überschrift: „Was wir noch vorhaben“", 'under the heading "What comes next"'): a name in
quote marks, not someone's words."""
_JOINING_GAP = re.compile(r"\s+(?:\w+\s+){0,2}")
"""A few words between two quotations of one sentence ("…' with '…", "…“ und „…")."""


def _joined_to_the_next(paragraph: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A short lowercase quotation that a quotation of the speaker's follows a word or two
    later in the same sentence ("is 'pale olive to dusty brown' with 'faint rings near the
    rim,' the authors wrote"): both are the speaker's words, so the first is a
    quote too. A capitalised one stays a name or a title."""
    joined = list(spans)
    for index in range(len(joined) - 2, -1, -1):
        first, second = joined[index], joined[index + 1]
        if first.direct or first.outlet or not second.direct:
            continue
        if len(first.text.split()) < _MIN_PARTIAL_WORDS or not first.text[:1].islower():
            continue
        if _JOINING_GAP.fullmatch(paragraph, first.end, second.start):
            joined[index] = QuoteSpan(first.text, first.start, first.end, True, False)
    return joined


_STRAIGHT = "'"
_OPENS_AFTER = frozenset(" \t\n([:\N{EN DASH}\N{EM DASH}")


def _straight_opens(paragraph: str, index: int) -> bool:
    """Whether the straight single mark at ``index`` opens a quotation: at the start or
    after a space, a bracket, a colon or a dash, with a letter right after it. An
    apostrophe stands inside a word ("animal's", "don't") or after one ("dogs'")."""
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1 : index + 2]
    return before in _OPENS_AFTER and after.isalpha()


def _straight_closes(paragraph: str, index: int) -> bool:
    """Whether the straight single mark at ``index`` may close a quotation: after a word
    or a mark, with no letter or digit right after it."""
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1 : index + 2]
    return not before.isspace() and not after.isalnum()


def _straight_single(paragraph: str, position: int) -> tuple[int, int] | None:
    """The first quotation in straight single marks at or after ``position`` (copy that
    lost its typography: "is 'ridged like a folded fan,' the authors wrote"),
    as (opening, closing) offsets. A quotation inside it in the same marks ("'a pale
    'crown' can show'") is part of it, so the closing mark is the one that ends the
    outer quotation. A mark that opens nothing closed is passed over. None when no such
    pair is in the paragraph."""
    index = paragraph.find(_STRAIGHT, position)
    while index >= 0:
        if _straight_opens(paragraph, index):
            closing = _straight_closing(paragraph, index)
            if closing is not None:
                return index, closing
        index = paragraph.find(_STRAIGHT, index + 1)
    return None


def _straight_closing(paragraph: str, opening: int) -> int | None:
    """The mark that closes the straight single quotation opened at ``opening``, counting
    the pairs inside it, or None."""
    depth = 1
    cursor = paragraph.find(_STRAIGHT, opening + 1)
    while cursor >= 0:
        if _straight_opens(paragraph, cursor):
            depth += 1
        elif _straight_closes(paragraph, cursor):
            depth -= 1
            if depth == 0:
                return cursor
        cursor = paragraph.find(_STRAIGHT, cursor + 1)
    return None


_FINITE_TAGS = frozenset(
    (
        "VV(FIN)",
        "VA(FIN)",
        "VM(FIN)",
        *"VBB VBD VBZ VDB VDD VDZ VHB VHD VHZ VM0 VVB VVD VVZ".split(),
    )
)
"""HanTa's tags of a finite verb, German ("VV(FIN)") and English ("VVD", "VM0")."""


def _quoted_sentence(text: str, *, german: bool) -> bool:
    """Whether a short quotation is a whole sentence someone said ("„Wir gehen in
    Berufung.“", '"We will appeal."'): it opens with a capital, closes with a full stop,
    question or exclamation mark inside the marks and holds a finite verb. A quoted noun
    phrase ("„Deutschlandticket“", '"Project Fear"') has no finite verb and stays a term,
    and so does a title whose every word is capitalised ('"Who Knows?"')."""
    words = text.split()
    if len(words) < _MIN_PARTIAL_WORDS or not text[:1].isupper():
        return False
    if not text.endswith((".", "!", "?")) or text.endswith(".."):
        return False
    tokens = [w.strip(".,;:!?") for w in words]
    if not all(tokens) or all(t[:1].isupper() for t in tokens):
        return False  # every word capitalised: a title ('the quiz show "Who Knows?"')
    return any(tag in _FINITE_TAGS for tag in _sentence_tags(tokens, german=german))


def _sentence_tags(tokens: list[str], *, german: bool) -> list[str]:
    """HanTa's tags of the words of a sentence, in the draft's language (the marks' when
    no draft runs): in context, so "gehen" after "Wir" is finite, not an infinitive."""
    from tui.draft.nouns import TEXT_LANGUAGE
    from tui.taggers import english_tagger, german_tagger

    language = TEXT_LANGUAGE.get() or ("de" if german else detect_language(" ".join(tokens)))
    tagger = german_tagger() if language == "de" else english_tagger()
    try:
        return [str(tagged[2]) for tagged in tagger.tag_sent(tokens)]
    except Exception:  # the tagger fails on odd tokens: no tags then
        return []


def _uttered(text: str) -> bool:
    """Whether a short quotation is a cry or a question someone let out ('MPs shouted
    "when?"', 'fans chanted "out!"'): lowercase words that end in a question or an
    exclamation mark are said, not a name or a title, which starts with a capital."""
    return text[:1].islower() and text.endswith(("?", "!")) and len(text.split()) <= 3


_NAMED_AS = re.compile(
    r"\b(?:bezeichnet|bezeichnete|bezeichneten|bezeichnen|kritisiert|kritisierte|kritisierten"
    r"|verurteilt|verurteilte)\b[^.;:!?„“\"»«]*"
    r"\bals\s+\Z"
)
"""A German verb of naming or judging, then "als" right before the quotation ("bezeichnet
den Schritt als „Taschenspielertrick“")."""


def _named_as(text: str, paragraph: str, start: int) -> bool:
    """Whether one word in German marks is the speaker's own judgement of a thing
    ("Die Gewerkschaft bezeichnet den Schritt als „Etikettenschwindel“"): the word the
    subject sets on it, quoted as theirs. A name in marks takes no "als" after such a
    verb."""
    if len(text.split()) != 1 or not text[:1].isupper():
        return False
    return _NAMED_AS.search(paragraph, max(0, start - 120), start) is not None


_SAID_TO_BE = re.compile(
    r"\b(?:was|were|is|are|felt|feels|feel|being|been|looked|seemed)\s+(?:so\s+|very\s+)?\Z"
)
"""A link verb right before an English quotation ('said he was "gutted"'): the word in
marks is how the speaker described it."""


def _said_to_be(text: str, paragraph: str, start: int) -> bool:
    """Whether one or two lowercase words in marks are the predicate of someone's
    reported words ('Pillai said he was "gutted"', 'she said they were "thrilled"'): a
    link verb right before them and a verb of saying earlier in the sentence. A label
    after a verb of naming ('called the vote "historic"') has no link verb and stays a
    term."""
    if not text[:1].islower() or len(text.split()) > 2:
        return False
    if not _SAID_TO_BE.search(paragraph, max(0, start - 30), start):
        return False
    opening = 0
    for boundary in _SENTENCE_START.finditer(paragraph, 0, start):
        opening = boundary.end()
    return any(v.group()[0].islower() for v in SPEECH_VERB.finditer(paragraph, opening, start))


_CLOSING_ATTRIBUTION = re.compile(
    rf"\A\s*(?:(?:[A-ZÄÖÜ][\w.'\u2019-]*\s+){{0,3}}|(?:he|she|they|er|sie)\s+)(?:{_VERBS})\b"
)


def _closed_by_attribution(paragraph: str, start: int, end: int) -> bool:
    """Whether a quotation of two or three words ends the speaker's words with a comma
    and a closing attribution follows ('to attend to “pressing matters,” Jocson said',
    "„ganz normal“, sagte er"): someone's words, not a term."""
    inside = paragraph[start + 1 : end].rstrip()
    after = paragraph[end + 1 :]
    if inside.endswith(","):
        return bool(_CLOSING_ATTRIBUTION.match(after))
    if after.startswith(","):
        return bool(_CLOSING_ATTRIBUTION.match(after[1:]))
    return False


_OPENERS = '„“"«»' + _LOW9
_OPENING_PLACE = re.compile(r"(?:\A|(?<=[\s:(\N{EN DASH}\N{EM DASH}]))(?=\S)")
"""Where an opening mark stands: at the paragraph's start or after a space or a colon,
with a word right after it (a closing mark follows a word)."""


def _unclosed_quote(paragraph: str, position: int) -> QuoteSpan | None:
    """A quotation that opens at or after ``position`` and is not closed in the paragraph
    ('Cllr X said: “We have … in the city.' and the next paragraph opens with “ again):
    the words to the paragraph's end, when they are four or more."""
    for index in range(position, len(paragraph) - 1):
        if paragraph[index] not in _OPENERS:
            continue
        if not _OPENING_PLACE.match(paragraph, index) or paragraph[index + 1].isspace():
            continue
        text = paragraph[index + 1 :].strip()
        if len(text.split()) < _MIN_QUOTE_WORDS:
            return None
        return QuoteSpan(text, index, len(paragraph), True, False, open_end=True)
    return None


_NAMING_VERB = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|labelled|labeled|term"
    r"|terms|termed)\b(?:\s+\S+){0,4}\s*\Z",
    re.IGNORECASE,
)
"""An English verb of naming right before the quotation ('dubbed the scheme "bridge to
nowhere"'): a label that names a thing stays a quoted term. A judgement in adjectives
and adverbs ('called the situation "very worrying"') is the speaker's words; the draft
reads a short English quotation as a quoted term for the kind all the same."""


def _partial_quote(paragraph: str, start: int, *, german: bool = True, text: str = "") -> bool:
    """Whether a quotation of two or three words at ``start`` is someone's words set into
    the sentence ("nannte den Etat „ein Dokument der Verschuldung“", 'said his side had
    "shown real character"'): a verb of saying, judging or admitting stands before it in
    its sentence. Without one it is a term or a title ("das „Deutschlandticket“")."""
    head = paragraph[:start]
    if _SO_CALLED.search(head):
        return False  # 'the so-called "special operation"': the speaker's term, not words
    if not german and _NAMING_VERB.search(head) and not _judging_words(text):
        return False  # 'dubbed the scheme "bridge to nowhere"': a name given, a term
    opening = 0
    for boundary in _SENTENCE_START.finditer(head):
        opening = boundary.end()
    if any(verb.group()[0].islower() for verb in SPEECH_VERB.finditer(head, opening)):
        return True
    if german and _verb_closes_clause(paragraph, start):
        return True
    if not paragraph[start + 1 : start + 2].islower():
        return False  # "der „Süddeutschen Zeitung“": a name, whatever the verb's mood
    closing = _SENTENCE_START.search(paragraph, start)
    sentence = paragraph[opening : closing.start() + 1 if closing else len(paragraph)]
    return _reported_speech(sentence)


_JUDGING_TAGS = frozenset(("AJ0", "AJC", "AJS", "VVN", "AV0"))
_JOINING_TAGS = frozenset(("CJC",))


def _judging_words(text: str) -> bool:
    """Whether an English label is a judgement in the speaker's words: adjectives and
    adverbs only ("surprisingly fragile", "slow and costly", "far too slow"), which
    someone said of a thing. A label with a noun names it ("bridge to nowhere")."""
    words = [w.strip(".,!?") for w in text.split()]
    if len(words) < _MIN_PARTIAL_WORDS or not all(w.isalpha() for w in words):
        return False  # 'called the vote "historic"': one word is the label it gives
    tags = [_english_tag(w) for w in words]
    return any(t in _JUDGING_TAGS for t in tags) and all(
        t in _JUDGING_TAGS or t in _JOINING_TAGS for t in tags
    )


def _english_tag(word: str) -> str:
    """HanTa's English tag of one word ("" when the tagger fails on it)."""
    from tui.taggers import english_tagger

    try:
        return str(english_tagger().analyze(word)[1])
    except Exception:  # the tagger fails on odd tokens: no tag then
        return ""


_CLAUSE_AFTER_QUOTE = re.compile(r"[^„“\"«»]*?[“\"«»](?P<tail>[^,;:.!?„“\"«»]*)")
_MAX_WORDS_TO_VERB = 5


def _verb_closes_clause(paragraph: str, start: int) -> bool:
    """Whether a German verb of saying or judging closes the clause a few words after
    the quotation at ``start`` ("…, der Berlin eine „Politik der Erpressung“ vorgeworfen
    hatte", "der die Reform als „Angriff auf die Rente“ bezeichnete"): German puts the
    verb of a side clause, or the participle, at its end."""
    after = _CLAUSE_AFTER_QUOTE.match(paragraph, start + 1)
    if after is None:
        return False
    tail = after.group("tail")
    verb = next((v for v in SPEECH_VERB.finditer(tail) if v.group()[:1].islower()), None)
    if verb is None or len(tail[: verb.start()].split()) > _MAX_WORDS_TO_VERB:
        return False
    if any(w in _JOINERS for w in tail[: verb.start()].split()):
        return False  # "Sie las „Die Blechtrommel“ und sagte nichts": a second clause
    return all(w.casefold() in _FINAL_AUXILIARIES for w in tail[verb.end() :].split())


_JOINERS = frozenset("und oder aber sowie doch denn".split())
_FINAL_AUXILIARIES = frozenset(
    "hat hatte hatten haben habe hätte hätten ist war sei wurde wurden worden werden wird".split()
)
"""The auxiliaries that may follow a clause-final participle ("vorgeworfen hatte")."""


_REPORTING = (
    r"berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|meldeten|schreibt"
    r"|schrieb|schreiben|schrieben|zitiert|zitierte|zitieren|enthüllte|veröffentlichte"
)
_REPORTS_AFTER = re.compile(
    rf"\s*(?:-\w+\s*)?(?:\([^()]*\)\s*)?(?:{_REPORTING}|vorliegt|vorlag|vorliegen|zufolge)\b"
)
"""An outlet's name in German marks, then what an outlet does: "Der „Kicker“ berichtet",
"…, der der „Süddeutschen Zeitung“ vorliegt", "dem „Spiegel“ zufolge"."""
_REPORTS_BEFORE = re.compile(
    rf"(?:\b(?:{_REPORTING})|\b(?:Informationen|Recherchen|Bericht|Berichten|Angaben"
    rf"|Umfrage|Interview|Gespräch|Ausgabe|Online-Ausgabe))\s+(?:des|der|dem|das|die|von)\s*\Z"
)
"""What an outlet is, before its name: "Das berichtet das „Handelsblatt“", "Nach
Informationen der „Sportschau“", "in einem Interview der „Zeit“"."""
_TOLD_BEFORE = re.compile(r"\s(?:dem|der)\s*\Z")
"""Whom something was said to, in the dative ("sagte sie dem „Kölner Stadt-Anzeiger“")."""


def _reports_or_is_told(paragraph: str, start: int, end: int, *, german: bool) -> bool:
    """Whether a short capitalised name in German marks is an outlet by what the words
    around it say it does: it reports ("Der „Kicker“ berichtet", "Nach Informationen der
    „Sportschau“"), a paper lies before it ("der der „SZ“ vorliegt") or someone told it
    something ("sagte Peter Hauck der „Süddeutschen Zeitung“"). German copy sets a
    paper's name in quotation marks; a term in them ("das „Deutschlandticket“") does
    none of these."""
    if not german:
        return False
    head = paragraph[max(0, start - 60) : start]
    if _REPORTS_AFTER.match(paragraph, end) or _REPORTS_BEFORE.search(head):
        return True
    if not _TOLD_BEFORE.search(head):
        return False
    clause = re.split(r"[.;:!?„“\"]", head)[-1]
    return any(v.group()[:1].islower() for v in SPEECH_VERB.finditer(clause))


_MAX_PREDICATE_WORDS = 3
_LINKS = frozenset("und and oder or aber but nicht not so very sehr ganz zu too".split())
_GERMAN_ADJECTIVE = re.compile(r"ADJ\([AD]\)|VV\(PP\)")
_ENGLISH_ADJECTIVE = frozenset(("AJ0", "AJC", "AJS", "VVN"))
"""Adjectives and past participles used as them ("„verhöhnt“", '"devastated"')."""


def _predicate(text: str, paragraph: str, start: int, *, german: bool) -> bool:
    """Whether a short quotation is a judgement or a feeling set into the sentence as
    its predicate: one to three lowercase words, adjectives and the words that link
    them or participles ("„unersetzlich“", "„fassungslos und wütend“", '"grim"',
    "„verhöhnt“"). HanTa tells an
    adjective from a noun or a name, which stays a term ("„Sondervermögen“")."""
    words = text.split()
    if not words or len(words) > _MAX_PREDICATE_WORDS or not text[:1].islower():
        return False
    if not german:
        opening = paragraph.rfind(". ", 0, start) + 1
        german = detect_language(paragraph[opening : start + 80]) == "de"
    content = [w.strip(".,!?") for w in words if w.casefold() not in _LINKS]
    return bool(content) and all(_adjective(w, german=german) for w in content)


def _adjective(word: str, *, german: bool) -> bool:
    """A word HanTa's model for the language reads as an adjective."""
    from tui.taggers import english_tagger, german_tagger

    tagger = german_tagger() if german else english_tagger()
    try:
        tag = str(tagger.analyze(word)[1])
    except Exception:  # the tagger fails on odd tokens: no adjective then
        return False
    return bool(_GERMAN_ADJECTIVE.match(tag)) if german else tag in _ENGLISH_ADJECTIVE


_SUBJUNCTIVE_ONE = frozenset(
    "sei seien sei's habe werde könne müsse solle wolle dürfe möge wisse gebe".split()
)
"""The commonest German verbs of reported speech in Konjunktiv I."""


def _reported_speech(sentence: str) -> bool:
    """Whether a German sentence reports speech in Konjunktiv I ("Die Koalition zeige
    „sehr erfolgreich“, dass …"): the words quoted in it are the speaker's, even with no
    verb of saying in the sentence itself. An English sentence has no Konjunktiv, and
    HanTa's German model is not loaded to look for one."""
    from tui.draft.nouns import is_subjunctive_one

    if detect_language(sentence) != "de":
        return False
    words = re.findall(r"\b[a-zäöüß]+\b", sentence)
    return any(w in _SUBJUNCTIVE_ONE or is_subjunctive_one(w) for w in words)


def speaker_text(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The words naming the speaker of the quotation at ``start:end`` of ``sentence``
    and the words that show it ("meint"), or None when no attribution is near."""
    after = _AFTER.match(sentence[end:])
    if after:
        who = _SPEAKER_END.sub("", after.group("who")).strip(" ,")
        cue = after.group(0)[: after.start("who")].strip(" ,")
        if who:
            return who, cue
    named = _NAME_THEN_VERB.match(sentence[end:])
    if named and named.group("who")[0].isupper():
        verb = sentence[end + named.end("who") : end + named.end()].strip()
        return named.group("who"), verb
    before = _BEFORE.search(sentence[:start])
    if before:
        return before.group("who").strip(" ,"), sentence[before.end("who") : start].strip(" ,:")
    according = _ACCORDING.search(sentence)
    if according:
        who = according.group("who").strip()
        return who, according.group(0)[: according.start("who") - according.start()].strip()
    return None
