"""Does a fetched text contain a briefing's excerpts and quotes? found, similar, differs, missing.

Both sides are normalised the same way first (Unicode compatibility forms, typographic
quotes to plain ones, every dash to '-', soft hyphens dropped, whitespace
runs to one space, case folded) while remembering where each normalised character came
from, so a fuzzy match can be shown as the page's own words. "…" or "..." inside a quote
marks an omission: each part must be found, in order. Below an exact match, the best
fuzzy alignment (rapidfuzz ``partial_ratio_alignment``) of at least 85 counts as
similar. rapidfuzz is imported only when a check needs it.

A near match can still say something else: "rund 20.000 Soldaten" against "rund 10.000
Soldaten" scores over 95. So the best passage (from a lower score, :data:`DIFFERS_AT`, since one
changed figure costs a short excerpt many points) is compared word by word with the
excerpt, and a different number, a negation on one side only or a different name makes
the check ``differs``, with a line saying what differs. Only the aligned passage (plus a
little context) is tokenised and compared, so the cost does not grow with the page.

What counts:

- Numbers are compared by value: thousands separators ("20.000", "20,000", "20 000",
  "20'000") and decimal commas ("1,5" == "1.5") are read the same in German and English
  (a single separator followed by exactly three digits is a thousands separator, so an
  English "1.500" meaning 1.5 would be misread: news text does not write that), ordinal
  endings are dropped ("3rd" == "3"), number words from two to nineteen, the tens and
  scale words are read ("sieben" == "7", "2 Millionen" == "2.000.000"; compounds such as
  "einundzwanzig" are not). "one"/"ein" are not
  numbers (they are mostly articles), but a lone 1 against "one", "a" or "ein" is no
  difference. A word with digits ("G7") must match as written.
- Negations are counted on both sides (German nicht, kein..., nie, niemals, nichts,
  niemand...; English not, no, never, none, nobody, nothing, cannot and every "n't"
  contraction), so "isn't" against "is not" is no difference; and a closed list of
  other languages' negation words: Russian and Ukrainian не, нет, ни…, French ne, pas,
  n'…, jamais, Italian, Spanish and Portuguese non/no, mai, nunca, não…, Turkish değil,
  yok, Arabic لا لم لن ليس, Hebrew לא, Greek δεν, Chinese 不 没 未 非 无, Japanese ない,
  ません. (Turkish and Japanese also negate inside the verb, which no word list sees.)
- Scripts written without spaces (Chinese, Japanese, Thai…) are compared letter by
  letter, so a changed word inside a sentence lines up as the rest of the sentence does
  and the closest passage is shown.
- Names: German capitalises every noun, so there a capitalised word is a name only when
  the briefing names it (a word of an actor's name or alias). In a language known not to
  be German, any capitalised word of two or more letters that does not start a sentence
  is a name too. With no language known, only the briefing's names count. A name in the
  excerpt that the page's passage lacks is a difference; a name on the page where the
  excerpt has another capitalised word is one too; a name on the page where the excerpt
  has only a pronoun or a description ("es", "the minister") is not: the excerpt is
  vaguer, not wrong.

Words the excerpt leaves out with "…" are not compared, and neither are the page's words
around the passage.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Literal

from tui.fetch.result import QuoteCheck
from tui.text import one_line

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = [
    "DIFFERS_AT",
    "SIMILAR_AT",
    "check_quotes",
    "check_text",
    "name_words",
    "names_source",
    "normalise",
]

SIMILAR_AT = 85.0
DIFFERS_AT = 75.0
"""From this score a passage is compared word by word. Between it and :data:`SIMILAR_AT`
a difference only counts when the other words line up well (see :func:`_differences`):
there the passage may be a different sentence that merely shares a few words."""
# Typographic double and single quotation marks, and the dashes, written as escapes
# so each is unambiguous in the source (German, French, CJK and full-width forms).
_QUOTES = dict.fromkeys(
    "\u201e\u201c\u201d\u201f\u00ab\u00bb\u301d\u301e\uff02", '"'
) | dict.fromkeys("\u201a\u2018\u2019\u201b\u2039\u203a\u2032\u0060\u00b4", "'")
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
_DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}
_OMISSION = re.compile(r"\s*(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))\s*")


def _normalised(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _DROPPED:
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                origin.append(index)
            continue
        mapped = _QUOTES.get(char) or _DASHES.get(char)
        if mapped is None:
            mapped = unicodedata.normalize("NFKC", char).casefold()
        for piece in mapped:
            out.append(piece)
            origin.append(index)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def normalise(text: str) -> str:
    """The form both sides are compared in."""
    return _normalised(text)[0]


def _parts(needle: str) -> list[str]:
    parts = [part for part in (normalise(p) for p in _OMISSION.split(needle)) if part]
    if parts:
        # Quotation marks around the whole quote are the briefing's, not the page's.
        parts[0] = parts[0].lstrip("\"' ")
        parts[-1] = parts[-1].rstrip("\"' ")
    return [part for part in parts if part]


def _widen(text: str, start: int, end: int) -> str:
    """``text[start:end]`` grown to whole words, as the page has them."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


def _found(parts: list[str], haystack: str) -> bool:
    position = 0
    for part in parts:
        at = haystack.find(part, position)
        if at < 0:
            return False
        position = at + len(part)
    return True


# --- telling a near match from a changed one -------------------------------------------

_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)
"""Letters of scripts written without spaces (Thai, Myanmar, Khmer, kana, Han): each is a
token of its own, so a changed word inside a sentence lines up as the rest of it does."""
_KANA_NEGATIONS = ("ません", "なかった", "ない")
"""Japanese negative endings, kept as one token each (their letters alone mean nothing)."""
_NEGATIONS = frozenset(
    {
        # German
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "keinesfalls",
        "keineswegs",
        "nie",
        "niemals",
        "nichts",
        "niemand",
        "niemanden",
        "niemandem",
        "nirgends",
        "nirgendwo",
        # English ("n't" contractions are caught by their ending)
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "nowhere",
        "cannot",
        # Russian, Ukrainian, Belarusian, Bulgarian
        "не",
        "нет",
        "ни",
        "никогда",
        "ничего",
        "никто",
        "ні",
        "ніколи",
        "нічого",
        "ніхто",
        # French (and "n'" before a vowel, caught by its start), Italian, Spanish,
        # Portuguese, Dutch, Polish, Czech, Swedish
        "ne",
        "pas",
        "jamais",
        "aucun",
        "aucune",
        "rien",
        "non",
        "mai",
        "nessuno",
        "nessuna",
        "niente",
        "nunca",
        "jamás",
        "ningún",
        "ninguno",
        "ninguna",
        "nadie",
        "nada",
        "não",
        "nenhum",
        "nenhuma",
        "ninguém",
        "niet",
        "geen",
        "nooit",
        "nigdy",
        "nikdy",
        "inte",
        "aldrig",
        # Turkish (the verb's own negative suffix is not a word of its own)
        "değil",
        "yok",
        "asla",
        "hiç",
        # Arabic, Hebrew, Greek
        "لا",
        "لم",
        "لن",
        "ليس",
        "ليست",
        "لست",
        "לא",
        "אין",
        "δεν",
        "μην",
        "όχι",
        # Chinese and Japanese: each letter is a token of its own; the kana endings are one
        "不",
        "没",
        "沒",
        "未",
        "非",
        "无",
        "無",
        "勿",
        *_KANA_NEGATIONS,
    }
)
_WORD_NUMBERS = {
    normalise(word): value
    for words, first in (
        (
            "two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            " fifteen sixteen seventeen eighteen nineteen",
            2,
        ),
        (
            "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn"
            " fünfzehn sechzehn siebzehn achtzehn neunzehn",
            2,
        ),
    )
    for value, word in enumerate(words.split(), start=first)
} | {
    normalise(word): 10 * tens
    for words in (
        "twenty thirty forty fifty sixty seventy eighty ninety",
        "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    )
    for tens, word in enumerate(words.split(), start=2)
}
_SCALES = {
    normalise(word): Decimal(10) ** power
    for word, power in (
        ("hundred", 2),
        ("hundert", 2),
        ("thousand", 3),
        ("tausend", 3),
        ("million", 6),
        ("millions", 6),
        ("millionen", 6),
        ("mio", 6),
        ("milliarde", 9),
        ("milliarden", 9),
        ("mrd", 9),
        ("billions", 9),
        ("bn", 9),
        ("billionen", 12),
        ("trillion", 12),
    )
}
# "Billion" is 10^12 in German and 10^9 in English.
_BILLION = {True: Decimal(10) ** 12, False: Decimal(10) ** 9}
# A lone 1 against one of these is the same thing said in words.
_ONE_WORDS = frozenset(
    {"one", "a", "an", "ein", "eine", "einen", "einem", "einer", "eines", "eins"}
)
_GERMAN = frozenset({"de", "gsw", "lb"})  # languages that capitalise every noun
_NOT_NAMES = frozenset(
    "der die das den dem des ein eine the a an of and und for für von vom van de la le du"
    " al el in im am zu zum zur on at by mit with".split()
)
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st hr fr nr no vol".split())
_SEPARATORS = ".,'\u2019\u00a0\u2009\u202f"
_SPACE_SEPARATORS = frozenset("'\u2019\u00a0\u2009\u202f")
_TOKEN = re.compile(
    rf"\d+(?:[{_SEPARATORS}]\d+)*(?:st|nd|rd|th)?|{'|'.join(_KANA_NEGATIONS)}|[{_UNSPACED}]"
    rf"|[^\W{_UNSPACED}]+(?:['\u2019][^\W{_UNSPACED}]+)*"
)
_SEPARATOR = re.compile(f"[{_SEPARATORS}]")
_OPENING = frozenset(
    "\"'([{-\u2013\u2014\u201e\u201c\u201d\u201a\u2018\u2019\u00ab\u00bb\u2039\u203a"
)
_SENTENCE_END = frozenset(".!?:\u2026")


@dataclass(frozen=True, slots=True)
class _Token:
    raw: str
    """As the text has it (for descriptions and for capitals)."""
    key: str
    """What is compared: the normalised word, or ``#`` and the value for a number."""
    start: int
    end: int
    number: bool
    value: Decimal | None
    initial: bool | None
    """Starts a sentence; None at the very start of the text, where that is unknown."""

    @property
    def negation(self) -> bool:
        key = self.key
        return key in _NEGATIONS or key.endswith("n't") or (key.startswith("n'") and len(key) > 2)

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper() and not self.number


def _canonical(value: Decimal) -> str:
    return "#" + format(value.normalize(), "f")


def _number_value(raw: str) -> Decimal | None:
    """The value of a number written with digits, or None when it is no plain number.

    "20.000", "20,000", "20 000" (no-break or thin space) and "20'000" are 20000; "1,5"
    and "1.5" are 1.5; "1.234,5" and "1,234.5" are 1234.5; "3rd" is 3. A date such as
    "12.03.2024" is None: it must match as written.
    """
    body = raw.rstrip("stndrh")
    groups = _SEPARATOR.split(body)
    seps = _SEPARATOR.findall(body)
    try:
        if not seps:
            return Decimal(body)
        first = seps[0]
        inner = groups[1:-1]
        if any(sep != first for sep in seps[:-1]) or any(len(g) != 3 for g in inner):
            return None
        last = seps[-1]
        if len(groups[-1]) == 3 and (last == first or last in _SPACE_SEPARATORS):
            return Decimal("".join(groups))  # every separator groups thousands
        if last != first and last in ".,":
            return Decimal("".join(groups[:-1]) + "." + groups[-1])
        if len(seps) == 1 and last in ".,":
            return Decimal(groups[0] + "." + groups[1])
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None
    return None


def _starts_sentence(text: str, at: int) -> bool | None:
    """Whether the word at ``at`` begins a sentence (None: the text starts there)."""
    index = at - 1
    while index >= 0 and at - index < 40:
        char = text[index]
        if char == "\n":
            return True
        if char.isspace() or char in _OPENING:
            index -= 1
            continue
        if char not in _SENTENCE_END:
            return False
        if char == ".":
            before = index
            while before > 0 and text[before - 1].isalnum():
                before -= 1
            word = text[before:index]
            if word[:1].isdigit() or normalise(word) in _ABBREVIATIONS:
                return False  # "am 3. Oktober", "Mr. Smith"
        return True
    return None if index < 0 else False


def _tokens(text: str, lo: int, hi: int, german: bool) -> list[_Token]:
    """The words and numbers of ``text[lo:hi]``; a number and its scale word are one."""
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text, lo, hi):
        raw = match.group()
        key = normalise(raw)
        value: Decimal | None = None
        number = True
        if raw[0].isdigit():
            value = _number_value(raw)
        elif key in _WORD_NUMBERS:
            value = Decimal(_WORD_NUMBERS[key])
        elif key in _SCALES or key == "billion":
            value = _SCALES.get(key) or _BILLION[german]
        else:
            number = any(char.isdigit() for char in raw)
        if value is not None:
            key = _canonical(value)
        initial = _starts_sentence(text, match.start())
        previous = tokens[-1] if tokens else None
        if (
            previous is not None
            and previous.value is not None
            and value is not None
            and raw[0].isalpha()
            and (normalise(raw) in _SCALES or normalise(raw) == "billion")
            and not text[previous.end : match.start()].strip()
        ):
            # "2 Millionen", "sieben Millionen": one number.
            value = previous.value * value
            tokens[-1] = _Token(
                text[previous.start : match.end()],
                _canonical(value),
                previous.start,
                match.end(),
                True,
                value,
                previous.initial,
            )
            continue
        tokens.append(_Token(raw, key, match.start(), match.end(), number, value, initial))
    return tokens


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words that make names capitalised in ``names`` (actors' names and aliases).

    Articles and prepositions ("Die Linke", "The Guardian") are left out so they do not
    turn every "Die" into a name.
    """
    words: set[str] = set()
    for name in names:
        for match in _TOKEN.finditer(name):
            raw = match.group()
            key = normalise(raw)
            if raw[:1].isupper() and len(raw) > 1 and key not in _NOT_NAMES:
                words.add(key)
    return frozenset(words)


def _shown(tokens: Iterable[_Token]) -> str:
    return ", ".join(token.raw for token in tokens)


def _quoted(tokens: Iterable[_Token]) -> str:
    return '"' + _joined(tokens) + '"'


_UNSPACED_LETTER = re.compile(f"[{_UNSPACED}]")


def _joined(tokens: Iterable[_Token]) -> str:
    """The tokens' words as text: a space between words, none between two letters of a
    script written without spaces ("支持", not "支 持")."""
    out = ""
    for token in tokens:
        glued = _UNSPACED_LETTER.match(token.raw[:1]) and _UNSPACED_LETTER.match(out[-1:])
        out += token.raw if not out or glued else " " + token.raw
    return out


def _surplus(tokens: list[_Token], other: list[_Token]) -> list[_Token]:
    """``tokens`` whose key ``other`` does not have as often."""
    left = Counter(token.key for token in other)
    out: list[_Token] = []
    for token in tokens:
        if left[token.key] > 0:
            left[token.key] -= 1
        else:
            out.append(token)
    return out


def _digits(tokens: Iterable[_Token]) -> str:
    return "".join(char for token in tokens for char in token.raw if char.isdigit())


Op = tuple[Literal["equal", "replace", "delete", "insert"], int, int, int, int]
# Costs of aligning words (see _align).
_SAME, _CHANGED, _EXTRA, _MISSING = -2, 6, 3, 8
_OMITTED_ROOM = 300
"""Characters of page read beyond the fuzzy passage, each side, for each "…"."""


def _align(ours: list[str], theirs: list[str], free: Collection[int]) -> list[Op]:
    """Align the excerpt's words ``ours`` with the page's ``theirs``, difflib-style opcodes.

    An edit distance over words in which the page's words before and after the excerpt's
    cost nothing, and so do the page's words at an omission (``free``: the index of the
    excerpt's word after each "…"); those are left out of the opcodes. A word the excerpt
    has and the page lacks costs more than a changed word, so "isn't final" against "is
    not final" pairs the words up instead of ending the passage early; a word the page
    has and the excerpt lacks (a dropped adjective or phrase) costs least, so the words
    after a dropped phrase are matched rather than changed; each word matched
    earns a little, so of two equally costly alignments the one matching more words wins
    ("Officials on both" keeps "Officials" matched rather than changed into "on").
    Unlike difflib's longest-block-first matching, a short word
    at the excerpt's edge ("in", "die") is not pulled to a far-off copy of it in the
    context. The table is len(ours) by len(theirs): a passage's size, never the page's.
    """
    n, m = len(ours), len(theirs)

    def pair(i: int, j: int) -> int:
        return _SAME if ours[i] == theirs[j] else _CHANGED

    table = [[0] * (m + 1)]
    for i in range(1, n + 1):
        above = table[i - 1]
        extra = 0 if i in free else _EXTRA
        row = [i * _MISSING] + [0] * m
        for j in range(1, m + 1):
            row[j] = min(above[j - 1] + pair(i - 1, j - 1), above[j] + _MISSING, row[j - 1] + extra)
        table.append(row)
    last = table[n]
    j = last.index(min(last))  # the page's words after this one are context
    steps: list[tuple[str, int, int]] = []
    i = n
    while i > 0:
        here = table[i][j]
        if j > 0 and here == table[i - 1][j - 1] + pair(i - 1, j - 1):
            i, j = i - 1, j - 1
            steps.append(("equal" if ours[i] == theirs[j] else "change", i, j))
        elif here == table[i - 1][j] + _MISSING:
            i -= 1
            steps.append(("delete", i, j))
        elif i in free and here == table[i][j - 1]:
            j -= 1
            steps.append(("skip", i, j))
        else:
            j -= 1
            steps.append(("insert", i, j))
    steps.reverse()
    ops: list[Op] = []
    run: list[tuple[str, int, int]] = []

    def close() -> None:
        if not run:
            return
        kinds = {kind for kind, _, _ in run}
        i1, j1 = run[0][1], run[0][2]
        i2 = i1 + sum(kind != "insert" for kind, _, _ in run)
        j2 = j1 + sum(kind != "delete" for kind, _, _ in run)
        if kinds == {"equal"}:
            ops.append(("equal", i1, i2, j1, j2))
        elif i1 == i2:
            ops.append(("insert", i1, i2, j1, j2))
        elif j1 == j2:
            ops.append(("delete", i1, i2, j1, j2))
        else:
            ops.append(("replace", i1, i2, j1, j2))
        run.clear()

    for step in steps:
        kind = step[0]
        if kind == "skip" or (run and (kind == "equal") != (run[0][0] == "equal")):
            close()
        if kind != "skip":
            run.append(step)
    close()
    return ops


@dataclass(frozen=True, slots=True)
class _Difference:
    description: str
    """What makes the check ``differs`` (a number, a negation, a name); empty if none."""
    passage: str
    well_aligned: bool
    """The words around the differences line up: trusted below :data:`SIMILAR_AT` too."""
    wording: str = ""
    """Other words that are not the same ('"day" → "week"'): shown, never a verdict."""
    verbatim: bool = False
    """Every word of the excerpt stands on the page in order, numbers with the same
    digits ("41 000" against "41,000"): only spacing and punctuation differ."""


_WORDING_SHOWN = 3
"""Word changes named at most, so the line stays a line."""


def _same_stem(ours: str, theirs: str) -> bool:
    """An inflection, not another word: "said"/"says", "Soldat"/"Soldaten"."""
    shorter, longer = sorted((ours, theirs), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter[:-1]) and len(longer) - len(shorter) <= 3


def _wording(ours: list[_Token], theirs: list[_Token]) -> str | None:
    """What a changed, missing or added run of plain words says, or None when nothing
    but numbers, negations or inflections changed (those are judged elsewhere)."""
    our_words = [t for t in ours if not t.number and not t.negation]
    their_words = [t for t in theirs if not t.number and not t.negation]
    if all(t.key in _NOT_NAMES for t in our_words + their_words):
        return None  # "der" against "die", an added "the": no change of what is said
    if len(our_words) == len(their_words) and all(
        _same_stem(a.key, b.key) for a, b in zip(our_words, their_words, strict=True)
    ):
        return None
    if our_words and their_words:
        return f"{_quoted(our_words)} → {_quoted(their_words)}"
    if our_words:
        return f"{_quoted(our_words)} not on the page"
    if their_words:
        return f"{_quoted(their_words)} on the page only"
    return None


_STOP_MARK = re.compile(r"[.!?]")


def _same_sentence(
    page: list[_Token], j1: int, j2: int, text: str, *, at_start: bool
) -> list[_Token]:
    """The page's words ``page[j1:j2]`` at an edge of the excerpt that lie in the
    excerpt's own sentence.

    Where the excerpt's last words are missing on the page ("… the decision at a press
    conference." against "… the decision. \"We had no choice\""), the alignment lets the
    page's next sentence stand in for them, and a "no" there is not a negation of the
    excerpt. Past a full stop, question or exclamation mark the page's words belong to
    another sentence (before it, at the excerpt's start)."""
    tokens = page[j1:j2]
    if at_start:  # the page's words before the excerpt's first: keep those after a stop
        for k in range(len(tokens), 0, -1):
            after = page[j1 + k].start if j1 + k < len(page) else len(text)
            if _STOP_MARK.search(text, tokens[k - 1].end, after):
                return tokens[k:]
        return tokens
    for k in range(len(tokens)):  # after the excerpt's last word: keep those before a stop
        before = page[j1 + k - 1].end if j1 + k > 0 else 0
        if _STOP_MARK.search(text, before, tokens[k].start):
            return tokens[:k]
    return tokens


def _differences(
    parts: list[str],
    text: str,
    start: int,
    end: int,
    *,
    language: str | None,
    names: Collection[str],
) -> _Difference | None:
    """What differs between the excerpt (``parts``, split at omissions) and the page
    around ``text[start:end]``, the best fuzzy passage; None when nothing that matters does.

    The passage is widened by half the excerpt's length each side (and more for each
    omission), since a fuzzy window as long as the excerpt can cut off a word the excerpt
    has and the page has elsewhere;
    :func:`_align` then leaves the page's words around the excerpt's out again.
    """
    primary = (language or "").split("-")[0].lower()
    german = primary in _GERMAN
    names_by_capital = bool(primary) and not german
    excerpt: list[_Token] = []
    omissions: set[int] = set()
    for part in parts:
        if excerpt:
            omissions.add(len(excerpt))
        excerpt += _tokens(part, 0, len(part), german)
    # Words left out with "…" lie between the parts on the page: room for them too.
    pad = sum(len(part) for part in parts) // 2 + 16 + _OMITTED_ROOM * (len(parts) - 1)
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    page = _tokens(text, lo, hi, german)
    if not excerpt or not page:
        return None
    ops = _align([t.key for t in excerpt], [t.key for t in page], omissions)
    if not any(op[0] == "equal" for op in ops):
        return None

    def is_name(token: _Token, initial: bool | None) -> bool:
        if not token.capitalised or token.negation:
            return False
        if token.key in names:
            return True
        return names_by_capital and len(token.raw) > 1 and initial is False

    found: list[str] = []
    aligned: list[_Token] = []  # the page's words the excerpt lines up with
    excerpt_negations: list[_Token] = []
    page_negations: list[_Token] = []
    name_ops: list[tuple[list[_Token], list[_Token], set[str]]] = []
    wording: list[str] = []
    verbatim = True
    flagged = 0
    matched = 0
    for tag, i1, i2, j1, j2 in ops:
        ours, theirs = excerpt[i1:i2], page[j1:j2]
        if tag != "equal" and (i1 == 0 or i2 == len(excerpt)):
            theirs = _same_sentence(page, j1, j2, text, at_start=i1 == 0 and i2 != len(excerpt))
        if tag == "equal":
            matched += i2 - i1
            aligned += theirs
            # "seven" and "7" are one value, but not the same writing.
            verbatim = verbatim and all(
                _digits([a]) == _digits([b]) for a, b in zip(ours, theirs, strict=True) if a.number
            )
            continue
        aligned += theirs
        numbers_only = all(t.number for t in ours + theirs)
        if not (numbers_only and ours and theirs and _digits(ours) == _digits(theirs)):
            verbatim = False
        changed = _wording(ours, theirs)
        if changed is not None:
            wording.append(changed)
        our_numbers = [t for t in ours if t.number]
        their_numbers = [t for t in theirs if t.number]
        only_ours = _surplus(our_numbers, their_numbers)
        only_theirs = _surplus(their_numbers, our_numbers)
        # "20.000" against "20 000" split in two at an ordinary space: the same digits.
        same_digits = len(our_numbers) != len(their_numbers) and _digits(our_numbers) == _digits(
            their_numbers
        )
        one_in_words = [t.key for t in only_ours + only_theirs] == ["#1"] and any(
            t.key in _ONE_WORDS for t in (theirs if only_ours else ours)
        )
        if (only_ours or only_theirs) and not same_digits and not one_in_words:
            flagged += len(only_ours)
            if only_ours and only_theirs:
                found.append(f"{_shown(only_ours)} → {_shown(only_theirs)}")
            elif only_ours:
                found.append(f"{_shown(only_ours)} missing on the page")
            else:
                found.append(f"{_shown(only_theirs)} on the page, not in the excerpt")
        ours_negated = [t for t in ours if t.negation]
        theirs_negated = [t for t in theirs if t.negation]
        excerpt_negations += ours_negated
        page_negations += theirs_negated
        flagged += len(ours_negated)
        if tag != "insert":
            # At the excerpt's edges the alignment may have started or stopped a word
            # off ("Treaty after" against "treaty on Wednesday after"): the page's words
            # just outside count as the excerpt's there.
            near = {
                t.key
                for t in (page[max(0, j1 - 3) : j1] if i1 == 0 else [])
                + (page[j2 : j2 + 3] if i2 == len(excerpt) else [])
            }
            name_ops.append((ours, theirs, near))

    if len(excerpt_negations) != len(page_negations):
        more, fewer = (
            (excerpt_negations, page_negations)
            if len(excerpt_negations) > len(page_negations)
            else (page_negations, excerpt_negations)
        )
        words = list(dict.fromkeys(t.raw for t in (_surplus(more, fewer) or more)))
        shown = ", ".join(f'"{word}"' for word in words[:3])
        if more is excerpt_negations:
            found.append(f"negation {shown} missing on the page")
        else:
            found.append(f"negation {shown} on the page, not in the excerpt")

    page_keys = {t.key for t in aligned}
    excerpt_keys = {t.key for t in excerpt}
    for ours, theirs, near in name_ops:
        if any(t.key in near for t in ours if t.capitalised):
            continue
        lead = theirs[0].initial is not False if theirs else True
        our_names = [t for t in ours if is_name(t, t.initial if t.initial is not None else lead)]
        their_names = [t for t in theirs if is_name(t, t.initial is not False)]
        missing = [t for t in our_names if t.key not in page_keys]
        # A name of a run ("Olaf Scholz") the page has in part is not missing.
        if missing and any(t.key in page_keys for t in our_names):
            missing = []
        added = [t for t in their_names if t.key not in excerpt_keys]
        if added and not any(t.capitalised for t in ours):
            added = []  # "es", "the minister" on our side: vaguer, not a different name
        if not missing and not added:
            continue
        flagged += len(missing)
        ours_shown = missing or [t for t in ours if t.capitalised]
        theirs_shown = added or [t for t in theirs if t.capitalised] or theirs[:4]
        if theirs_shown:
            found.append(f"name {_quoted(ours_shown)} → {_quoted(theirs_shown)}")
        else:
            found.append(f"name {_quoted(ours_shown)} missing on the page")

    first, last = ops[0], ops[-1]
    span = page[first[3] : last[4]] or aligned
    passage = text[span[0].start : span[-1].end] if span else ""
    compared = len(excerpt) - flagged
    well_aligned = matched >= 2 and 3 * matched >= 2 * compared
    changes = wording[:_WORDING_SHOWN] + (["…"] if len(wording) > _WORDING_SHOWN else [])
    return _Difference(
        one_line("; ".join(found)),
        passage,
        well_aligned,
        one_line("words " + "; ".join(changes)) if changes else "",
        verbatim and not found,
    )


def check_text(
    needle: str,
    text: str,
    *,
    kind: Literal["claim", "quote"] = "quote",
    item_id: str = "",
    language: str | None = None,
    names: Collection[str] = (),
) -> QuoteCheck:
    """Compare one excerpt or quote with a fetched text.

    ``language`` is the text's language tag and ``names`` the briefing's name words
    (:func:`name_words`); both only decide which capitalised words are names.
    """
    from rapidfuzz import fuzz

    haystack, origin = _normalised(text)
    parts = _parts(needle)
    if not parts or not haystack:
        return QuoteCheck(kind, item_id, "missing", 0.0)
    if _found(parts, haystack):
        return QuoteCheck(kind, item_id, "found", 100.0)
    whole = " ".join(parts)
    alignment = fuzz.partial_ratio_alignment(whole, haystack)
    if alignment is None:
        return QuoteCheck(kind, item_id, "missing", 0.0)
    if alignment.score < DIFFERS_AT:
        return QuoteCheck(kind, item_id, "missing", alignment.score)
    start = origin[alignment.dest_start]
    end = origin[max(alignment.dest_end - 1, alignment.dest_start)] + 1
    raw_parts = [part for part in _OMISSION.split(needle) if part.strip()]
    difference = _differences(raw_parts, text, start, end, language=language, names=names)
    if difference is None:
        if alignment.score < SIMILAR_AT:
            return QuoteCheck(kind, item_id, "missing", alignment.score)
        return QuoteCheck(kind, item_id, "similar", alignment.score, _widen(text, start, end))
    passage = difference.passage or _widen(text, start, end)
    if difference.description and (alignment.score >= SIMILAR_AT or difference.well_aligned):
        return QuoteCheck(
            kind, item_id, "differs", alignment.score, passage, difference.description
        )
    if difference.verbatim:
        return QuoteCheck(kind, item_id, "found", 100.0)
    wording = difference.wording or None
    if alignment.score < SIMILAR_AT:
        if not difference.well_aligned:
            return QuoteCheck(kind, item_id, "missing", alignment.score)
        # The same sentence with other words: the closest passage helps the reader.
        return QuoteCheck(kind, item_id, "missing", alignment.score, passage, wording)
    return QuoteCheck(kind, item_id, "similar", alignment.score, _widen(text, start, end), wording)


Item = tuple[Literal["claim", "quote"], str, str, str | None]


def _items(briefing: Briefing, source_id: str, page_language: str | None = None) -> Iterator[Item]:
    """The excerpts and quotes that name ``source_id``.

    A claim names a source in ``sources``; a quote in ``outlet``. Excerpts and quote
    texts are the article's own words, so the article's source checks all of them. Each
    comes with the language its words are in, as far as is known: the quote's own, else
    the source's in the briefing, else the page's own (``page_language``), else the
    article's.
    """
    is_article = briefing.article == source_id
    source = next((s for s in briefing.sources if s.id == source_id), None)
    language = (
        (source.language if source is not None else None) or page_language or briefing.language
    )
    for claim in briefing.claims:
        if claim.excerpt is not None and (is_article or source_id in claim.sources):
            yield "claim", claim.id, claim.excerpt.exact, language
    for quote in briefing.quotes:
        if is_article or quote.outlet == source_id:
            yield "quote", quote.id, quote.text, quote.language or language


def names_source(briefing: Briefing, source_id: str) -> bool:
    """True when some excerpt or quote of ``briefing`` is checked against ``source_id``.

    Lets the engine skip handing a page to a worker thread when there is nothing to check.
    """
    return next(_items(briefing, source_id), None) is not None


def check_quotes(
    briefing: Briefing, source_id: str, text: str, *, language: str | None = None
) -> list[QuoteCheck]:
    """A check for every claim excerpt and quote of ``briefing`` that names ``source_id``.

    The actors' names and aliases, and the language (``language`` is the page's own, e.g.
    ``FetchResult.language``, used when the briefing gives none for the source), tell names
    from other capitalised words (see the module docstring).
    """
    items = list(_items(briefing, source_id, language))
    if not items:
        return []
    names = name_words(
        name
        for actor in briefing.actors
        for name in (actor.name, *(alias.name for alias in actor.aliases))
    )
    return [
        check_text(needle, text, kind=kind, item_id=item, language=language, names=names)
        for kind, item, needle, language in items
    ]
