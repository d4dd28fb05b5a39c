"""Sentence splitting with pysbd, located in the paragraph it came from.

pysbd (Python Sentence Boundary Disambiguation) is rule-based, written in pure Python
and has German and English rule sets (abbreviations such as "z. B.", "Dr.", "u. a.",
ordinal dates "3. Mai", decimal numbers). It keeps a quotation that holds a full stop
("„… wahren. An einer …“, meint X") in one sentence, which keeps a quote with its
attribution; a quotation of several sentences that is a sentence of its own, with no
word outside its marks, is cut into them after pysbd (its speaker was named before), and
two quotations in a row are two sentences. Offsets are found again by searching the
paragraph in order, so a sentence pysbd trims or normalises still points at the exact
words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Sentence", "split_sentences"]


_INNER_END = re.compile(r"[.!?…;](?=.*\w)", re.DOTALL)
"""A mark that may end a sentence with more words after it."""


@dataclass(frozen=True)
class Sentence:
    """A sentence with its character offsets in its paragraph."""

    text: str
    start: int
    end: int


@functools.cache
def _segmenter(language: str) -> Any:
    import pysbd  # type: ignore[import-untyped]

    return pysbd.Segmenter(language=language if language in ("de", "en") else "en", clean=False)


_SURE_END = re.compile(r"(?<=[^\W\d_]{4})[.!?](?=\s+[A-ZÄÖÜ])")
"""A mark after a word of four letters or more, before a capital: a boundary, unless the
word is an abbreviation pysbd knows or a quotation is open (checked below)."""


@functools.cache
def _abbreviations(language: str) -> frozenset[str]:
    from pysbd.languages import Language  # type: ignore[import-untyped]

    module = Language.get_language_code(language if language in ("de", "en") else "en")
    return frozenset(a.strip().casefold() for a in module.Abbreviation.ABBREVIATIONS)


def _sure_boundaries(paragraph: str, language: str) -> list[int]:
    """Offsets where a sentence surely ends: a full stop, question or exclamation mark
    after a plain word of four letters or more, before a capital, outside quotation
    marks. Cutting there first lets most pieces skip pysbd, which costs a fifth of
    drafting's time, and gives the same sentences (checked on the whole corpus)."""
    cuts: list[int] = []
    if '"' in paragraph:
        return cuts  # straight quotes do not say which side opens: leave it to pysbd
    pairs = (("„", "“"), ("»", "«")) if language == "de" else (("“", "”"), ("«", "»"))
    abbreviations = _abbreviations(language)
    marks = _MarksBefore(paragraph, pairs)
    for match in _SURE_END.finditer(paragraph):
        if marks.unbalanced(match.start()):
            continue  # inside a quotation: pysbd keeps it with its attribution
        word = _last_word(paragraph, match.start())
        if word is None or word.casefold() in abbreviations:
            continue
        cuts.append(match.end())
    return cuts


class _MarksBefore:
    """How many of each quotation mark stand before a position, counted on from the
    last position asked (positions come in order): counting each time from the start
    of the paragraph made splitting a paragraph quadratic in its length."""

    def __init__(self, paragraph: str, pairs: tuple[tuple[str, str], ...]) -> None:
        self.paragraph = paragraph
        self.pairs = pairs
        self.counts = {mark: 0 for pair in pairs for mark in pair}
        self.position = 0

    def unbalanced(self, position: int) -> bool:
        """Whether some pair's opening and closing marks before ``position`` differ in
        number (a quotation is open there)."""
        piece = self.paragraph[self.position : position]
        for mark in self.counts:
            self.counts[mark] += piece.count(mark)
        self.position = position
        return any(self.counts[a] != self.counts[b] for a, b in self.pairs)


_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
_LOOK_BACK = 64
"""Characters searched back for the word before a mark; a longer word is searched whole."""


def _last_word(paragraph: str, end: int) -> str | None:
    r"""The run of letters that ends at ``end`` (as searching ``paragraph[:end]`` for
    ``[^\W\d_]+\Z`` finds it), looked for in the few characters before ``end`` first:
    searching the whole text before each mark made splitting quadratic."""
    start = max(0, end - _LOOK_BACK)
    found = _LAST_WORD.search(paragraph, start, end)
    if found is not None and found.start() == start and start > 0:
        found = _LAST_WORD.search(paragraph, 0, end)  # the run may go on before the window
    return None if found is None else found.group()


_INITIAL_END = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]{2,}\s[A-ZÄÖÜ]\.(?=\s+(?P<next>[A-ZÄÖÜ][a-zäöüß]*)\b)"
)
"""A first name and one capital with a full stop before a capitalised word ("erklärte
Frank S. Der Anwalt …"): the press's way of naming a suspect, which may end a sentence."""

_OPENERS = frozenset(
    (
        "der die das dem den des ein eine einer eines er sie es ich wir man auch doch aber"
        " und dann dabei damit zudem außerdem laut nach zuvor später jetzt nun dies diese"
        " dieser dieses sein seine ihr ihre bereits zuletzt am im bei"
        " the a an he she it they we i his her their its this that these but and also"
        " however after before later meanwhile earlier"
    ).split()
)
"""Words of closed classes (articles, pronouns, conjunctions, sentence adverbs) that open a
sentence and are never a surname: after an initial they start the next sentence."""


def _initial_boundaries(paragraph: str) -> list[int]:
    """Offsets after a name's closing initial where the next word opens a sentence: a
    closed-class word or a role ("Anwalt", "Richterin"). An initial before a surname
    ("John F. Kennedy", "Peter M. Schmidt") stays inside its name."""
    from tui.draft.gazetteer import gazetteer

    cuts: list[int] = []
    marks = _MarksBefore(paragraph, (("„", "“"), ("“", "”")))
    for match in _INITIAL_END.finditer(paragraph):
        if marks.unbalanced(match.start()):
            continue  # inside a quotation: kept with its attribution, as pysbd keeps it
        word = match.group("next")
        if word.casefold() in _OPENERS or (len(word) > 3 and gazetteer().is_role(word)):
            cuts.append(match.end())
    return cuts


_QUOTE_AFTER_QUOTE = re.compile(r"[.!?…][“”»«\"]\s+(?=[„“»«\"][^\W\d_])")
"""A quoted sentence closed by its mark, then a space and the next quotation's opening
mark ("… lassen.“ „Der …", '… this." "The …')."""


def _quote_boundaries(paragraph: str, language: str) -> list[int]:
    """Offsets between two quotations in a row, where the first ends with a sentence's
    closing mark and every quotation before the gap is closed: the second is another
    sentence, often another speaker's ("„… lassen.“ „Der Radfahrer …“, sagt der
    Staatsanwalt"). pysbd keeps the two together, which gave both one speaker and one
    kind."""
    pairs = (("„", "“"), ("»", "«")) if language == "de" else (("“", "”"), ("«", "»"))
    marks = _MarksBefore(paragraph, pairs)
    cuts: list[int] = []
    for match in _QUOTE_AFTER_QUOTE.finditer(paragraph):
        end = match.end()
        if marks.unbalanced(end) or paragraph.count('"', 0, end) % 2:
            continue  # a mark that does not close the quotation open before it
        cuts.append(end)
    return cuts


_FULL_WIDTH_END = re.compile("[\u3002\uff01\uff1f]+(?=\\s*\\S)")
"""The full stop, exclamation and question mark of Chinese and Japanese (full width, no
space after them), with more text after them."""
_FULL_WIDTH_QUOTES = (("「", "」"), ("『", "』"), ("“", "”"))
"""The quotation marks of Chinese and Japanese text: corner brackets, and the curly
double quotes Chinese uses."""


def _full_width_boundaries(paragraph: str) -> list[int]:
    """Offsets after a full-width full stop, exclamation or question mark outside
    quotation marks: Chinese and Japanese
    end a sentence there with no space after it, which pysbd does not see, so a whole
    paragraph drafted as one claim. A mark inside 「…」 or “…” ends the quoted speaker's
    sentence, not the one that quotes them ("「…。」と述べた。"), and is left alone."""
    cuts: list[int] = []
    marks = _MarksBefore(paragraph, _FULL_WIDTH_QUOTES)
    for match in _FULL_WIDTH_END.finditer(paragraph):
        if marks.unbalanced(match.start()):
            continue
        cuts.append(match.end())
    return cuts


def split_sentences(paragraph: str, language: str) -> list[Sentence]:
    """The sentences of ``paragraph``, in order, with offsets into it."""
    cuts = _sure_boundaries(paragraph, language)
    if _FULL_WIDTH_END.search(paragraph):
        cuts = sorted({*cuts, *_full_width_boundaries(paragraph)})
    if "." in paragraph:
        cuts = sorted({*cuts, *_initial_boundaries(paragraph)})
    if _QUOTE_AFTER_QUOTE.search(paragraph):
        cuts = sorted({*cuts, *_quote_boundaries(paragraph, language)})
    if not cuts:
        sentences = _split_piece(paragraph, language, 0)
    else:
        sentences = []
        for start, end in zip([0, *cuts], [*cuts, len(paragraph)], strict=True):
            sentences += _split_piece(paragraph[start:end], language, start)
    sentences = _keep_names_whole(paragraph, _closing_marks_back(paragraph, sentences, language))
    return [piece for s in sentences for piece in _quoted_sentences(paragraph, s, language)]


_QUOTED_TAIL = re.compile(
    r"\A(?:„[^„“”\"»«]+[.!?…][“”]|“[^„“”\"»«]+[.!?…]”|\"[^„“”\"»«]+[.!?…]\""
    r"|»[^„“”\"»«]+[.!?…]«|«[^„“”\"»«]+[.!?…]»)\Z",
)
"""A quotation that is its sentence whole, closed by a sentence's own closing mark inside
the quotation marks ("„Wir haben es versucht. Es reichte nicht.“")."""


_CLOSING_MARKS_BEFORE = frozenset(".!?…")


def _quoted_sentences(paragraph: str, sentence: Sentence, language: str) -> list[Sentence]:
    """``sentence`` cut into the sentences of the quotation it is, when the quotation
    holds several and no word stands outside its marks: an answer of several sentences
    is several statements, each with its own kind, and its speaker was named before, so
    the drafter's rule for a quotation's second sentence gives each piece that speaker.
    A quotation with its attribution after it ('"…," she said') is left whole, as its
    first sentences would lose it; so is one after its speaker in the same sentence
    ('She said: "…"'), whose later sentences the drafter would give to their own
    subject ("They are rebuilding their army"), which is no source."""
    if sentence.text[-2:-1] not in _CLOSING_MARKS_BEFORE:
        return [sentence]  # no sentence's closing mark right before a last quotation mark
    found = _QUOTED_TAIL.search(sentence.text)
    if found is None:
        return [sentence]
    inner_start = sentence.start + found.start() + 1
    inner_end = sentence.end - 1
    pieces = _split_piece(paragraph[inner_start:inner_end], language, inner_start)
    if len(pieces) < 2:
        return [sentence]
    first, last = pieces[0], pieces[-1]
    pieces[0] = Sentence(paragraph[sentence.start : first.end], sentence.start, first.end)
    pieces[-1] = Sentence(paragraph[last.start : sentence.end], last.start, sentence.end)
    return pieces


_CLOSING_MARKS = {"de": "“”«", "en": "”»"}
"""Marks that only close a quotation in the language's typography (German „…“ and »…«,
English “…” and «…»); the straight mark may open or close and is left alone."""


def _closing_marks_back(paragraph: str, sentences: list[Sentence], language: str) -> list[Sentence]:
    """The sentences with a closing quotation mark that opens one (followed by a space or
    nothing: "« Dann ging er.", "“ Richterin …") moved to the end of the sentence before:
    pysbd cuts before the mark that closes a quotation of several sentences in »…«, and
    the quotation's last sentence lost its mark while the next one began with it."""
    closing = _CLOSING_MARKS.get(language, _CLOSING_MARKS["en"])
    moved: list[Sentence] = []
    for sentence in sentences:
        text = sentence.text
        if moved and text[:1] in closing and (len(text) == 1 or text[1].isspace()):
            before = moved[-1]
            end = sentence.start + 1
            moved[-1] = Sentence(paragraph[before.start : end], before.start, end)
            rest = text[1:].lstrip()
            if rest:
                start = sentence.end - len(rest)
                moved.append(Sentence(rest, start, sentence.end))
            continue
        moved.append(sentence)
    return moved


_ENDS_IN_INITIAL = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]\.\Z")
"""A first name and one capital with a full stop at a sentence's end ("Maria M.")."""
_NAME_GOES_ON = re.compile(r"\A(?:\*|\(\d{1,3}\))")
"""What follows a name's initial and never opens a sentence: the asterisk of a changed
name ("Maria M.*") or an age in brackets ("Jana P. (34)")."""


def _keep_names_whole(paragraph: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with a cut after a name's initial undone where the next piece goes
    on with the name ("Maria M.* (67) wurde …", "Jana P. (34) was …"): the press marks
    a changed name with an asterisk and gives an age in brackets, and a cut there left
    the sentence without the name of the person it is about."""
    joined: list[Sentence] = []
    for sentence in sentences:
        before = joined[-1] if joined else None
        if (
            before is not None
            and _ENDS_IN_INITIAL.search(before.text)
            and _NAME_GOES_ON.match(sentence.text)
        ):
            text = paragraph[before.start : sentence.end]
            joined[-1] = Sentence(text, before.start, sentence.end)
        else:
            joined.append(sentence)
    return joined


def _split_piece(paragraph: str, language: str, offset: int) -> list[Sentence]:
    """The sentences of one piece of a paragraph, with offsets moved by ``offset``."""
    stripped = paragraph.strip()
    if not stripped:
        return []
    if not _INNER_END.search(stripped):
        # one sentence (no full stop, question or exclamation mark before its end): pysbd
        # has nothing to split
        start = paragraph.find(stripped)
        return [Sentence(stripped, offset + start, offset + start + len(stripped))]
    # the processor's sentences, not ``segment``: that would find each one again with a
    # regular expression built from its text, which costs a compilation per sentence and
    # crowds the ``re`` module's cache; the search below does the same job
    pieces = [piece.strip() for piece in _segmenter(language).processor(paragraph).process()]
    sentences: list[Sentence] = []
    position = 0
    for piece in pieces:
        if not piece:
            continue
        start = paragraph.find(piece, position)
        if start < 0:  # pysbd changed the text: fall back to the words between
            start = position
            end = min(len(paragraph), start + len(piece))
            piece = paragraph[start:end].strip()
        else:
            end = start + len(piece)
        sentences.append(Sentence(piece, offset + start, offset + end))
        position = end
    return sentences
