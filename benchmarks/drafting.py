"""Score `briefing new` on the drafting corpus, or against a hand-built briefing.

Usage:
    python benchmarks/drafting.py [--corpus]
        [--set tune|heldout|unseen|unseen2|unseen3|unseen4|unseen5|unseen6|unseen7|unseen8|
               unseen9|unseen10|unseen11|all]
        [--details] [--confusion]
    python benchmarks/drafting.py --help
    python benchmarks/drafting.py ARTICLE [BRIEFING]

With no argument (or ``--corpus``) every text under ``tests/data/drafting/`` is drafted
and compared with its gold annotation (the format is in that folder's README); the
table has one column per set: the tuning set, the old held-out set (written before the
rules changed, but its misses have since been read, so it is no longer unseen), the
first unseen set (written and committed before the drafter first ran on it; its misses
were read after that round, so it is tuning data now too), ``unseen2`` (written before
the drafter ran on it; its misses were read after its final run, so it is tuning data
now as well), ``unseen3`` (written before the drafter ran on it; its misses were read
after its final run and the fourth round tuned on it), ``unseen4`` (written before the
drafter ran on it; its misses were read after the fourth round's final run, so the next
round tunes on it), ``unseen5`` (written before the drafter ran on it; its misses were
read after the fifth round's final run, so round six tunes on it), ``unseen6`` (written
before the drafter ran on it; its misses were read after round six's final run, so
round seven tunes on it), ``unseen7`` (written before the drafter ran on it; its misses
were read after round seven's final run, so round eight tunes on it), ``unseen8``
(written before the drafter ran on it; its misses were read after round eight's final
run, so round nine tunes on it), ``unseen9`` (written before the drafter ran on it; its
misses were read after round nine's final run, so round ten tunes on it),
``unseen10`` and ``unseen11``, each written and committed before the drafter was ever
run on it and not read for tuning. ``--details`` lists every miss of the chosen set;
with ``--set all`` it leaves out the unread sets, whose misses are shown only when one
is asked for by name. ``--confusion`` adds, per set, how many claims of each gold kind
were drafted as which other kind (counts only, so it shows no text of an unread set).
``--help``
prints this text and drafts nothing; an unknown option or set name is refused before
anything is drafted.

How each line counts:
- statements covered: gold claims whose ``at`` words lie inside one draft claim;
- speaker right: gold quotes whose draft quote (the one holding the ``at`` words) names
  the gold speaker (a draft actor whose name or an alias equals one of the gold actor's
  names, or whose name's words are all in it or hold all of it);
- attributed_to right: covered gold claims with ``by`` whose draft claim is attributed to
  that actor;
- actors recall / precision: gold and draft actors paired one to one by the same test;
- media recognised: gold media actors paired with a draft actor of kind media that is
  also a cited source (a source whose outlet is one of that actor's names);
- hedge cues found / false: a gold cue is found when a cue of its draft claim shares a
  word with it; a draft cue no gold cue of its claim shares a word with is false;
- figures right / false: gold figures paired with a draft figure of the same value (or
  low and high) and one of the accepted units ("Prozent" and "percent" are one unit);
  draft figures left over are false;
- claim kind right: over covered claims; speculation marked as fact counts gold
  speculation that the draft calls reported, historical or background;
- time per 1,000 words: the CPU seconds of this process (the machine is shared:
  wall-clock time would count other work) spent drafting each text of the set for the
  first time in the process, after both taggers' models are loaded and two short texts
  of no set are drafted, which load the word lists and rules; a text new to the process
  is what a user drafts, and it costs more than one drafted before, whose words the
  taggers have already analysed.
  "Same texts again": the median of three further drafts of the whole set. "One
  article": the same for one article made of the set's English paragraphs (about 1,000
  words for the tuning set); growth: the time per word of a ten times longer article
  over that of that one (1.0 is linear).

With ARTICLE, drafts it and compares with the hand-built briefing (default:
briefings/anti-nato-2024-07.yaml): recall of claims, actors, quotes and hedges, and kinds.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "drafting"
SEED = "anti-nato-2024-07.yaml"
SETS = (
    "tune",
    "heldout",
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
    "unseen8",
    "unseen9",
    "unseen10",
    "unseen11",
)
UNREAD = frozenset({"unseen10", "unseen11"})  # their misses are listed only when asked for by name
READ_SETS = tuple(name for name in SETS if name not in UNREAD)
"""The sets whose misses have been read: what tuning, training and timing may draw on."""
sys.path.insert(0, str(ROOT))

from tui.draft.build import draft_briefing  # noqa: E402
from tui.draft.source import ArticleText, read_source  # noqa: E402
from tui.loader import BriefingError, load_briefing  # noqa: E402
from tui.model import Actor, Briefing, Claim  # noqa: E402
from tui.taggers import english_tagger, german_tagger  # noqa: E402

_FACT_KINDS = {"reported", "historical", "background"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


# --- the corpus -----------------------------------------------------------------------


@dataclass(frozen=True)
class GoldActor:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> set[str]:
        return {_norm(self.name), *(_norm(a) for a in self.aliases)}


@dataclass(frozen=True)
class GoldText:
    name: str
    text: str
    language: str
    actors: tuple[GoldActor, ...]
    quotes: tuple[dict[str, Any], ...]
    claims: tuple[dict[str, Any], ...]
    figures: tuple[dict[str, Any], ...]

    def actor(self, name: str) -> GoldActor:
        for actor in self.actors:
            if actor.name == name:
                return actor
        raise KeyError(f"{self.name}: no gold actor {name!r}")


def load_set(which: str, corpus: Path = CORPUS) -> list[GoldText]:
    """The texts of one set (one of ``SETS``) with their gold annotations."""
    return load_texts(corpus / which, corpus / which, prefix=which)


def load_texts(texts: Path, annotations: Path, *, prefix: str) -> list[GoldText]:
    """Every ``NAME.txt`` of ``texts`` with the ``NAME.yaml`` of ``annotations``.

    The two folders differ when a second person's annotation of a set is read
    (``benchmarks/agreement.py``); each text is named ``PREFIX/NAME``.
    """
    found: list[GoldText] = []
    for path in sorted(texts.glob("*.txt")):
        gold = yaml.safe_load(
            (annotations / path.name).with_suffix(".yaml").read_text(encoding="utf-8")
        )
        found.append(
            GoldText(
                name=f"{prefix}/{path.stem}",
                text=path.read_text(encoding="utf-8"),
                language=gold["language"],
                actors=tuple(
                    GoldActor(a["name"], a["kind"], tuple(a.get("aliases", ())))
                    for a in gold.get("actors") or ()
                ),
                quotes=tuple(gold.get("quotes") or ()),
                claims=tuple(gold.get("claims") or ()),
                figures=tuple(gold.get("figures") or ()),
            )
        )
    return found


# --- matching -------------------------------------------------------------------------


def _draft_names(actor: Actor) -> set[str]:
    return {_norm(actor.name), *(_norm(a.name) for a in actor.aliases)}


def same_actor(draft: Actor, gold: GoldActor) -> bool:
    """Whether a draft actor stands for a gold one (see the module docstring)."""
    mine, theirs = _draft_names(draft), gold.names
    if mine & theirs:
        return True
    name = set(_words(draft.name))
    return any(
        (name <= set(_words(t)) or set(_words(t)) <= name)
        and any(len(w) >= 4 for w in name & set(_words(t)))
        for t in theirs
    )


def _claim_at(draft: Briefing, at: str) -> Claim | None:
    wanted = _norm(at)
    for claim in draft.claims:
        if claim.excerpt is not None and wanted in _norm(claim.excerpt.exact):
            return claim
    return None


def _hedge_words(hedge: str) -> set[str]:
    return {w for w in _words(hedge) if not w.isdigit()}


def _units(figure: dict[str, Any]) -> set[str]:
    units = figure["unit"] if isinstance(figure["unit"], list) else [figure["unit"]]
    return {_norm(str(u)) for u in units}


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


_SAME_UNIT = {"prozent": "percent", "%": "percent"}
"""Units the drafter writes one way and a gold file may write another: a German text's
"Prozent" is the drafter's "percent"."""


def _unit_fits(unit: str, accepted: set[str]) -> bool:
    folded = _SAME_UNIT.get(_norm(unit), _norm(unit))
    accepted = {_SAME_UNIT.get(u, u) for u in accepted}
    return folded in accepted or folded.rstrip("s") in {u.rstrip("s") for u in accepted}


@dataclass
class Tally:
    """Counts behind every line of the table, and the misses behind them."""

    texts: int = 0
    words: int = 0
    claims: int = 0
    covered: int = 0
    quotes: int = 0
    speaker_right: int = 0
    attributed: int = 0
    attributed_right: int = 0
    gold_actors: int = 0
    draft_actors: int = 0
    actors_paired: int = 0
    media: int = 0
    media_right: int = 0
    cues: int = 0
    cues_found: int = 0
    draft_cues: int = 0
    false_cues: int = 0
    figures: int = 0
    figures_right: int = 0
    draft_figures: int = 0
    false_figures: int = 0
    kinds_right: int = 0
    speculation_as_fact: int = 0
    seconds_per_1000: float = 0.0
    again_per_1000: float = 0.0
    article_per_1000: float = 0.0
    article_words: int = 0
    growth: float = 0.0
    misses: list[str] = field(default_factory=list)
    # (gold kind, draft kind) of every covered claim whose kind is wrong: counts only, so
    # the confusion of an unread set can be shown without showing a word of its texts
    kind_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def metrics(self) -> dict[str, float]:
        """Every metric as a share (0-1), a count or seconds; the tests' floors use these."""
        return {
            "statements covered": self.ratio(self.covered, self.claims),
            "speaker right": self.ratio(self.speaker_right, self.quotes),
            "attributed_to right": self.ratio(self.attributed_right, self.attributed),
            "actors recall": self.ratio(self.actors_paired, self.gold_actors),
            "actors precision": self.ratio(self.actors_paired, self.draft_actors),
            "media recognised": self.ratio(self.media_right, self.media),
            "hedge cues found": self.ratio(self.cues_found, self.cues),
            "hedge cues false": self.ratio(self.false_cues, self.draft_cues)
            if self.draft_cues
            else 0.0,
            "figures right": self.ratio(self.figures_right, self.figures),
            "figures false": self.ratio(self.false_figures, self.draft_figures)
            if self.draft_figures
            else 0.0,
            "claim kind right": self.ratio(self.kinds_right, self.covered),
            "speculation as fact": float(self.speculation_as_fact),
        }


def score_text(gold: GoldText, draft: Briefing, tally: Tally) -> None:
    """Add one text's counts to ``tally``."""
    where = gold.name
    actors = {a.id: a for a in draft.actors}
    tally.texts += 1
    tally.words += len(gold.text.split())

    # actors, paired one to one
    free = list(draft.actors)
    tally.gold_actors += len(gold.actors)
    tally.draft_actors += len(draft.actors)
    for want in gold.actors:
        match = next((a for a in free if _draft_names(a) & want.names), None)
        match = match or next((a for a in free if same_actor(a, want)), None)
        if match is not None:
            free.remove(match)
            tally.actors_paired += 1
        else:
            tally.misses.append(f"{where}: actor missed: {want.name}")
        if want.kind == "media":
            tally.media += 1
            outlets = {_norm(s.outlet or "") for s in draft.sources} - {""}
            if match is not None and match.kind.value == "media" and _draft_names(match) & outlets:
                tally.media_right += 1
            else:
                tally.misses.append(f"{where}: media not recognised: {want.name}")
    for extra in free:
        tally.misses.append(f"{where}: actor not in gold: {extra.name} ({extra.kind.value})")

    # quotes
    for quote in gold.quotes:
        tally.quotes += 1
        drafted = next((q for q in draft.quotes if _norm(quote["at"]) in _norm(q.text)), None)
        speaker = actors.get(drafted.speaker) if drafted is not None else None
        if speaker is not None and same_actor(speaker, gold.actor(quote["speaker"])):
            tally.speaker_right += 1
        else:
            got = speaker.name if speaker else "no quote"
            tally.misses.append(
                f"{where}: speaker of {quote['at']!r}: {got}, not {quote['speaker']}"
            )

    # claims: coverage, attribution, kinds, hedges
    wanted_cues: dict[str, list[tuple[str, bool]]] = {}
    for want in gold.claims:
        tally.claims += 1
        tally.cues += len(want.get("hedges") or ())
        got = _claim_at(draft, want["at"])
        if got is None:
            tally.misses.append(f"{where}: claim not covered: {want['at']!r}")
            continue
        tally.covered += 1
        wanted_cues.setdefault(got.id, []).extend((h, False) for h in want.get("hedges") or ())
        if got.kind.value == want["kind"]:
            tally.kinds_right += 1
        else:
            tally.kind_confusion[want["kind"], got.kind.value] += 1
            tally.misses.append(
                f"{where}: kind of {want['at']!r}: {got.kind.value}, not {want['kind']}"
            )
            if want["kind"] == "speculation" and got.kind.value in _FACT_KINDS:
                tally.speculation_as_fact += 1
        if want.get("by"):
            tally.attributed += 1
            person = actors.get(got.attributed_to or "")
            if person is not None and same_actor(person, gold.actor(want["by"])):
                tally.attributed_right += 1
            else:
                got_name = person.name if person else "none"
                tally.misses.append(
                    f"{where}: attributed_to of {want['at']!r}: {got_name}, not {want['by']}"
                )
    for claim in draft.claims:
        wanted = wanted_cues.get(claim.id, [])
        used = [False] * len(wanted)
        for hedge in claim.hedges:
            tally.draft_cues += 1
            words = _hedge_words(hedge)
            hit = next(
                (i for i, (w, _) in enumerate(wanted) if not used[i] and words & _hedge_words(w)),
                None,
            )
            if hit is None:
                hit = next((i for i, (w, _) in enumerate(wanted) if words & _hedge_words(w)), None)
                if hit is None:
                    tally.false_cues += 1
                    tally.misses.append(
                        f"{where}: false cue {hedge!r} in {claim.excerpt.exact[:50]!r}"
                        if claim.excerpt
                        else f"{where}: false cue {hedge!r}"
                    )
                continue
            used[hit] = True
        for i, (w, _) in enumerate(wanted):
            if used[i]:
                tally.cues_found += 1
            else:
                tally.misses.append(
                    f"{where}: cue missed: {w!r} in {claim.excerpt.exact[:50]!r}"
                    if claim.excerpt
                    else f"{where}: cue missed: {w!r}"
                )
    for want in gold.claims:
        if _claim_at(draft, want["at"]) is None:
            for w in want.get("hedges") or ():
                tally.misses.append(f"{where}: cue missed (claim not covered): {w!r}")

    # figures, paired one to one
    drafted_figures = [f for c in draft.claims for f in c.figures]
    tally.figures += len(gold.figures)
    tally.draft_figures += len(drafted_figures)
    free_figures = list(drafted_figures)
    for want in gold.figures:
        units = _units(want)
        match = next(
            (
                f
                for f in free_figures
                if _same_number(f.value, want.get("value"))
                and _same_number(f.low, want.get("low"))
                and _same_number(f.high, want.get("high"))
                and _unit_fits(f.unit, units)
            ),
            None,
        )
        if match is not None:
            free_figures.remove(match)
            tally.figures_right += 1
        else:
            tally.misses.append(f"{where}: figure missed: {want}")
    tally.false_figures += len(free_figures)
    for extra in free_figures:
        shown = extra.value if extra.value is not None else f"{extra.low}-{extra.high}"
        tally.misses.append(f"{where}: figure not in gold: {shown} {extra.unit}")


def draft_of(gold: GoldText) -> Briefing:
    """The drafter's briefing of one corpus text, as every score of it is taken."""
    return draft_briefing(ArticleText(text=gold.text, origin=gold.name + ".txt"))


def _timed(texts: Sequence[GoldText], runs: int = 3) -> float:
    """Median seconds to draft every text once."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        for gold in texts:
            draft_of(gold)
        times.append(time.process_time() - start)
    return statistics.median(times)


def _long_article(texts: Sequence[GoldText], copies: int) -> ArticleText:
    paragraphs = [p for gold in texts for p in gold.text.split("\n\n") if p.strip()]
    body = "\n\n".join(paragraphs * copies)
    return ArticleText(text=body, origin="long.txt")


def growth(texts: Sequence[GoldText], runs: int = 3) -> tuple[float, float, int]:
    """(seconds per 1,000 words on one article of the set's English paragraphs, the
    time-per-word ratio of a ten times longer one, and the first article's words)."""
    english = [t for t in texts if t.language == "en"] or list(texts)
    small, large = _long_article(english, 1), _long_article(english, 10)
    per_word = []
    for article in (small, large):
        times = []
        for _ in range(runs):
            start = time.process_time()
            draft_briefing(article)
            times.append(time.process_time() - start)
        per_word.append(statistics.median(times) / len(article.text.split()))
    return per_word[0] * 1000, per_word[1] / per_word[0], len(small.text.split())


WARM_UP = (
    ArticleText(
        text="Neue Regeln\n\nDie Regierung teilte am Montag mit, sie wolle das Gesetz"
        " bis zum Herbst ändern, u. a. die Fristen. Kritiker halten das für zu spät.\n",
        origin="warm-up-de.txt",
    ),
    ArticleText(
        text="New rules\n\nThe ministry said on Monday it would change the law by the"
        " autumn, e.g. its deadlines. Critics say that is too late.\n",
        origin="warm-up-en.txt",
    ),
)
"""Drafted before a set is timed, so that the word lists, the sentence splitter's rules
(an abbreviation sends a sentence to pysbd) and the rules' patterns are loaded; in no
set's words, so that no text of a set is timed as one drafted before."""


def warm_up() -> None:
    """Load both taggers' models and draft :data:`WARM_UP`: what a process does once,
    whatever it drafts. The short texts alone need no English model (a German one may
    ask it about a word), so the first English text of a set paid for loading it."""
    german_tagger()
    english_tagger()
    for article in WARM_UP:
        draft_briefing(article)


def score_set(texts: Iterable[GoldText], *, timing: bool = True) -> Tally:
    """Draft and score every text; with ``timing``, also the speed lines."""
    texts = list(texts)
    tally = Tally()
    if timing:
        warm_up()
    spent = 0.0
    for gold in texts:
        start = time.process_time()
        draft = draft_of(gold)
        spent += time.process_time() - start
        score_text(gold, draft, tally)
    if timing and texts:
        tally.seconds_per_1000 = spent / tally.words * 1000
        tally.again_per_1000 = _timed(texts) / tally.words * 1000
        tally.article_per_1000, tally.growth, tally.article_words = growth(texts)
    return tally


_GOALS = {
    "statements covered": "keep",
    "speaker right": ">= 90 %",
    "attributed_to right": ">= 85 %",
    "actors recall": ">= 92 %",
    "actors precision": ">= 92 %",
    "media recognised": ">= 90 %",
    "hedge cues found": ">= 90 %",
    "hedge cues false": "<= 5 %",
    "figures right": ">= 90 %",
    "figures false": "<= 3 %",
    "claim kind right": ">= 93 %",
    "speculation as fact": "0",
}


def _cell(tally: Tally, metric: str) -> str:
    value = tally.metrics[metric]
    counts = {
        "statements covered": (tally.covered, tally.claims),
        "speaker right": (tally.speaker_right, tally.quotes),
        "attributed_to right": (tally.attributed_right, tally.attributed),
        "actors recall": (tally.actors_paired, tally.gold_actors),
        "actors precision": (tally.actors_paired, tally.draft_actors),
        "media recognised": (tally.media_right, tally.media),
        "hedge cues found": (tally.cues_found, tally.cues),
        "hedge cues false": (tally.false_cues, tally.draft_cues),
        "figures right": (tally.figures_right, tally.figures),
        "figures false": (tally.false_figures, tally.draft_figures),
        "claim kind right": (tally.kinds_right, tally.covered),
    }
    if metric == "speculation as fact":
        return str(int(value))
    part, whole = counts[metric]
    return f"{value:.0%} ({part}/{whole})"


def table(tallies: dict[str, Tally], *, timing: bool = True) -> str:
    """The metrics of the issue's table, one column per set; with ``timing``, speed too."""
    names = list(tallies)
    head = f"| metric | {' | '.join(names)} | goal |"
    lines = [head, "|---" * (len(names) + 2) + "|"]
    for metric, goal in _GOALS.items():
        cells = " | ".join(_cell(tallies[n], metric) for n in names)
        lines.append(f"| {metric} | {cells} | {goal} |")
    size = " | ".join(f"{tallies[n].texts} texts, {tallies[n].words} words" for n in names)
    if not timing:
        return "\n".join([*lines, f"| corpus | {size} | |"])
    speed = " | ".join(f"{tallies[n].seconds_per_1000:.3f} s" for n in names)
    lines.append(f"| time per 1,000 words | {speed} | <= 0.2 s |")
    again = " | ".join(f"{tallies[n].again_per_1000:.3f} s" for n in names)
    lines.append(f"| same texts again | {again} | |")
    whole = " | ".join(
        f"{tallies[n].article_per_1000:.3f} s ({tallies[n].article_words} words)" for n in names
    )
    lines.append(f"| same, one article | {whole} | <= 0.2 s |")
    grow = " | ".join(f"{tallies[n].growth:.2f}" for n in names)
    lines.append(f"| growth (10x article, time per word) | {grow} | ~1 (linear) |")
    lines.append(f"| corpus | {size} | |")
    return "\n".join(lines)


def confusion(tallies: dict[str, Tally]) -> str:
    """Each set's wrong kinds as counts of (gold kind, draft kind), most frequent first.

    Counts only: they show which confusion to study next, also for an unread set, whose
    misses (the sentences) stay unread.
    """
    lines = ["", "| set | gold kind | drafted as | claims |", "|---|---|---|---|"]
    for name, tally in tallies.items():
        for (gold, drafted), number in tally.kind_confusion.most_common():
            lines.append(f"| {name} | {gold} | {drafted} | {number} |")
    return "\n".join(lines)


def corpus_main(argv: list[str]) -> int:
    which = "all"
    if "--set" in argv:
        which = argv[argv.index("--set") + 1]
    sets = SETS if which == "all" else (which,)
    tallies = {name: score_set(load_set(name)) for name in sets}
    print(table(tallies))
    if "--confusion" in argv:
        print(confusion(tallies))
    if "--details" in argv:
        # the unread sets' misses are listed only when asked for by name, so that a
        # look at the other sets' misses never shows them
        for name in sets if which != "all" else [s for s in sets if s not in UNREAD]:
            for miss in tallies[name].misses:
                print(miss)
    return 0


# --- the seed article -----------------------------------------------------------------


def _covers(long: str, short: str) -> float:
    have = _words(long)
    want = _words(short)
    if not want:
        return 0.0
    return sum(1 for w in want if w in have) / len(want)


def _excerpt(claim: Claim) -> str:
    return claim.excerpt.exact if claim.excerpt else ""


def seed_main(article_path: str, seed_path: str) -> int:
    try:
        article = read_source(article_path)
        draft = draft_briefing(article, language="auto")
        seed = load_briefing(Path(seed_path))
    except BriefingError as error:
        print(f"drafting.py: {error}", file=sys.stderr)
        return 1
    matched: dict[str, Claim] = {}
    for want in seed.claims:
        best = max(
            (c for c in draft.claims if c.paragraph == want.paragraph),
            key=lambda c: _covers(_excerpt(c), _excerpt(want)),
            default=None,
        )
        if best is not None and _covers(_excerpt(best), _excerpt(want)) >= 0.8:
            matched[want.id] = best
    print(f"claims:  {len(matched)}/{len(seed.claims)} recalled")
    gold = [GoldActor(a.name, a.kind.value, tuple(x.name for x in a.aliases)) for a in seed.actors]
    found = [g for g in gold if any(same_actor(d, g) for d in draft.actors)]
    print(f"actors:  {len(found)}/{len(gold)} recalled; draft has {len(draft.actors)} actors")
    right = [w for w in seed.claims if w.id in matched and matched[w.id].kind == w.kind]
    print(f"kinds:   {len(right)}/{len(matched)} suggested kinds right")
    return 0


_CORPUS_OPTIONS = {"--corpus", "--details", "--set", "--confusion"}


def _usage_error(args: list[str]) -> str | None:
    """What is wrong with corpus options, if anything: an unknown option or set name
    must stop the run before it drafts, so a mistyped flag never shows a set's scores."""
    for position, arg in enumerate(args):
        if arg.startswith("-") and arg not in _CORPUS_OPTIONS:
            return f"unknown option {arg!r}"
        if arg == "--set":
            name = args[position + 1] if position + 1 < len(args) else ""
            if name not in (*SETS, "all"):
                return f"--set takes one of {', '.join((*SETS, 'all'))}, not {name!r}"
    return None


def main(argv: list[str]) -> int:
    args = argv[1:]
    if any(arg in ("-h", "--help") for arg in args):
        print(__doc__)
        return 0
    if not args or args[0].startswith("--"):
        problem = _usage_error(args)
        if problem is not None:
            print(f"drafting.py: {problem}", file=sys.stderr)
            return 2
        return corpus_main(args)
    if len(args) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    return seed_main(args[0], args[1] if len(args) == 2 else str(ROOT / "briefings" / SEED))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
