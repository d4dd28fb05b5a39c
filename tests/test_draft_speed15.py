"""HanTa's searches done faster (tui.taggers): the same analyses as HanTa's own class,
word for word, and HanTa's own class whenever the module is not the one they repeat."""

from __future__ import annotations

import gc
import gzip
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tui import taggers
from tui.collector import collector_paused
from tui.draft import sentences
from tui.draft.build import draft_briefing
from tui.draft.output import dump_briefing
from tui.draft.source import ArticleText

GERMAN_WORDS = (
    "Die Fährgesellschaft Nordlicht kündigte am Dienstag an , die Verbindung nach Inselhafen"
    " einzustellen . Bürgermeisterin Jorinde Kalvelage sprach von einem herben Rückschlag"
    " für die Pendler . Laut Betriebsrat seien 38 Stellen betroffen , erklärte Sprecherin"
    " Wiebke Oltmanns . Die Hafenbehörde prüft Ausgleichszahlungen ; Fahrgastverbände"
    " kritisierten das Vorgehen scharf . Zuvor hatte die Landesregierung Zuschüsse"
    " gestrichen . Kleinstadtbahnhöfe Schifffahrtsrechtsreform ö e en x Q"
).split()
"""Written for this test: compounds, names the model never saw, inflected forms, a
subjunctive, function words, punctuation, one and two letters."""

ENGLISH_WORDS = (
    "The harbour authority said on Tuesday that ferry crossings to Wrenmouth would stop ,"
    " leaving commuters stranded . Councillor Idris Penhallow called the decision reckless"
    " ; shipbuilders and dockworkers' unions were reportedly considering strikes ."
    " Bakeries , surveyed , unexpectedly , Zbigniew's , re-timetabling a I x"
).split()


@pytest.fixture(scope="module")
def hanta() -> ModuleType:
    return taggers._hanta_module()


def _pair(hanta: ModuleType, filename: str) -> tuple[Any, Any]:
    """HanTa's own tagger and the faster one, each on its own copy of the model."""
    path = Path(str(hanta.__file__)).parent / filename
    made = []
    for kind in (hanta.HanoverTagger, taggers._tagger_class(hanta)):
        with gzip.open(path, "rb") as handle:
            model = taggers._ModelUnpickler(handle).load()
        tagger = kind(None, model=model)
        tagger.strict = False
        made.append(tagger)
    return made[0], made[1]


def test_the_installed_hanta_gets_the_faster_searches(hanta: ModuleType) -> None:
    assert taggers._source_digest(hanta) == taggers.KNOWN_SOURCE
    assert taggers._tagger_class(hanta) is not hanta.HanoverTagger
    assert isinstance(taggers.german_tagger(), hanta.HanoverTagger)


@pytest.mark.parametrize(
    ("filename", "words"),
    [("morphmodel_ger.pgz", GERMAN_WORDS), ("morphmodel_en.pgz", ENGLISH_WORDS)],
)
def test_the_faster_searches_give_hantas_analyses(
    hanta: ModuleType, filename: str, words: tuple[str, ...]
) -> None:
    plain, fast = _pair(hanta, filename)
    assert fast.reachability == plain.reachability
    assert fast.atomic_class == plain.atomic_class
    for word in (*words, *(w.lower() for w in words), *(w.upper() for w in words)):
        for taglevel in (0, 1, 2, 3):
            assert fast.analyze(word, taglevel=taglevel) == plain.analyze(word, taglevel=taglevel)
        assert fast.tag_word(word) == plain.tag_word(word)
        # the forward search's scores themselves, bit for bit (no rounding hides a change)
        ours = fast.analyze_forward(word.lower())
        theirs = plain.analyze_forward(word.lower())
        assert [(t, p.hex() if isinstance(p, float) else p) for t, p in ours] == [
            (t, p.hex() if isinstance(p, float) else p) for t, p in theirs
        ]
    assert fast.tag_sent(list(words)) == plain.tag_sent(list(words))
    assert fast.tag_sent(list(words), taglevel=3) == plain.tag_sent(list(words), taglevel=3)


def test_a_kept_result_cannot_be_changed_by_a_caller(hanta: ModuleType) -> None:
    _, fast = _pair(hanta, "morphmodel_ger.pgz")
    first = fast.analyze_forward("grenzstadtbahnhof")
    first.clear()
    assert fast.analyze_forward("grenzstadtbahnhof")  # still the kept analysis
    path = fast.analyze_viterbi("grenzstadtbahnhof", -fast.tag2int["NN"])
    path.append((0, 0))
    assert fast.analyze_viterbi("grenzstadtbahnhof", -fast.tag2int["NN"]) == path[:-1]


def test_another_hanta_keeps_its_own_class(tmp_path: Path) -> None:
    source = tmp_path / "OtherTagger.py"
    source.write_text("class HanoverTagger:\n    pass\n", encoding="utf-8")
    module = ModuleType("OtherTagger")
    module.__file__ = str(source)
    exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), module.__dict__)
    assert taggers._tagger_class(module) is module.HanoverTagger


def test_an_unreadable_module_file_keeps_hantas_class(tmp_path: Path) -> None:
    module = ModuleType("Gone")
    module.__file__ = str(tmp_path / "missing.py")
    module.HanoverTagger = type("HanoverTagger", (), {})  # type: ignore[attr-defined]
    assert taggers._source_digest(module) == ""
    assert taggers._tagger_class(module) is module.HanoverTagger


# -- the sentence splitter's sure boundaries, counted on instead of from the start ------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Die Fähre legte ab", 18),
        ("Am 12", 5),
        ("Ab", 2),
        ("x" * 70, 70),
        ("Wort " + "ü" * 63 + "b" * 5, 73),
        ("mit 3", 5),
        ("Zahl 12abc", 10),
        ("", 0),
    ],
)
def test_the_word_before_a_mark_is_the_whole_run_of_letters(text: str, end: int) -> None:
    slow = re.search(r"[^\W\d_]+\Z", text[:end])
    assert sentences._last_word(text, end) == (None if slow is None else slow.group())


def test_a_quotation_opened_long_before_keeps_its_sentences_together() -> None:
    opening = "Die Sprecherin sagte: „Wir prüfen den Fahrplan. " + "Lange Sätze folgen. " * 60
    paragraph = opening + "Mehr sagen wir nicht.“ Danach endete die Sitzung. Alle gingen."
    cuts = sentences._sure_boundaries(paragraph, "de")
    assert cuts == [paragraph.index(" Alle")]  # after "Sitzung.": none inside the quotation


def test_english_quotes_and_initials_are_counted_in_order() -> None:
    paragraph = (
        "Officials said “the ferries will stop. Nobody knows when.” Later it rained. "
        "The skipper was Frank S. The crew agreed."
    )
    # "stop." is inside the quotation; "when.”" is followed by a mark, not a capital
    assert sentences._sure_boundaries(paragraph, "en") == [paragraph.index(" The skipper")]
    german = "Der Kapitän hieß Frank S. Der Rest schwieg. Er sagte: „Wir fahren.“"
    assert sentences._initial_boundaries(german) == [german.index(" Der Rest")]
    still_open = "Er sagte: „Der Kapitän hieß Frank S. Der Rest schwieg."
    assert sentences._initial_boundaries(still_open) == []


_LONG_ENGLISH = "Harbour board weighs ferry timetable\n\n" + "\n\n".join(
    f"The harbour board said on Monday that crossing {n} would run {n + 2} times a day. "
    f"\u201cWe expect more passengers by spring,\u201d said Dana Okoro, the board's director."
    for n in range(1, 40)
)

# -- the collector paused while a model loads -------------------------------------------


def test_the_collector_is_paused_only_while_a_model_loads() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(OSError), collector_paused():
        raise OSError("a model file that cannot be read")
    assert gc.isenabled()  # back on after a failed load too


def test_writing_a_draft_sets_off_no_collection() -> None:
    # a long draft's YAML events are many objects and no garbage: collections while
    # they are made found nothing and grew with the draft (writing 100,000 words
    # took twice as long per word as 25,000)
    article = ArticleText(text=_LONG_ENGLISH, origin="long.txt", url=None)
    briefing = draft_briefing(article, language="en")
    started: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(record)
    try:
        text = dump_briefing(briefing, None)
    finally:
        gc.callbacks.remove(record)
    # one young collection may come as the collector is switched back on
    assert len(started) <= 1 and 2 not in started, started
    assert gc.isenabled()
    assert text.count("\n  - id: c") == len(briefing.claims) > 20


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
