"""Do compact learned models, trained on annotated real articles, beat the drafting rules?

Usage:
    python benchmarks/learned_models.py --train DIR [DIR ...] [--apply DIR [DIR ...]]
    python benchmarks/learned_models.py --help

Each DIR is a set of ``NAME.txt`` / ``NAME.yaml`` pairs in the corpus format
(``tests/data/drafting/README.md``): real articles are kept outside the project, since
their text is not ours to publish, so this script names no folder of its own.

Round nineteen asked whether a larger annotated corpus of real copy lets a small model
do what rules read off tuning copy did not. Two models, both fitted here with numpy and
nothing the drafter loads:

1. *Claim kinds.* A multinomial logistic regression over each drafted claim's rule kind
   and reason, its hedge cues and their categories, quotation marks, attribution,
   figures, position, a year, and the words of its sentence. The label is the gold
   kind of each gold claim the drafted claim covers, and it is scored as
   ``benchmarks/drafting.py`` scores kinds (gold claims whose kind is right).
2. *Actors.* A binary logistic regression over each drafted actor (its kind, mentions,
   paragraphs, claims, whether it opens a claim, speaks, is named as a source or an
   outlet, its name's shape) that drops an actor the model thinks no annotator would
   list. An actor that speaks or that a claim rests on is never dropped.

Both are scored leaving one training set out at a time (fitted on the others), then
fitted on every training set and run on the ``--apply`` sets, which should be sets
nobody tuned the rules on. Only counts are printed, never a text's misses.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import drafting as bench
import numpy as np
from numpy.typing import NDArray

from tui.cues import classify_hedge
from tui.model import Briefing, Claim

KINDS = ("reported", "speculation", "opinion", "historical", "forecast", "background")
L2_WEIGHTS = (1.0, 5.0, 20.0)
THRESHOLDS = (0.3, 0.5, 0.7)
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[\"“”„«»]")
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REASON = re.compile(r"because (.*?)(?:\. The statement|$)")
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")

Features = dict[str, float]


@dataclass(frozen=True)
class KindCase:
    """One gold claim a drafted claim covers: that claim's features and both kinds."""

    features: Features
    gold: str
    rules: str


@dataclass(frozen=True)
class ActorCase:
    """One drafted actor: its features, whether a gold actor pairs with it, and
    whether the draft leans on it (a speaker or a claim's source: never dropped)."""

    features: Features
    paired: bool
    relied_on: bool


@dataclass
class DraftedSet:
    name: str
    kinds: list[KindCase]
    actors: list[ActorCase]
    gold_actors: int


def _reason(claim: Claim) -> str:
    found = _REASON.search(claim.note or "")
    return found.group(1)[:60] if found else "?"


def claim_features(language: str, claim: Claim, index: int) -> Features:
    """What the kind model sees of one drafted claim."""
    text = claim.excerpt.exact if claim.excerpt else claim.statement
    features: Features = {
        "rule=" + claim.kind.value: 1.0,
        "reason=" + _reason(claim): 1.0,
        "lang=" + language: 1.0,
        "quoted": 1.0 if _QUOTE_MARK.search(text) else 0.0,
        "attributed": 1.0 if claim.attributed_to else 0.0,
        "figures": float(min(len(claim.figures), 3)),
        "first": 1.0 if index == 0 else 0.0,
        "paragraph": min(claim.paragraph or 0, 8) / 8,
        "year": 1.0 if _YEAR.search(text) else 0.0,
    }
    for hedge in claim.hedges:
        features["cue=" + hedge.casefold()] = 1.0
        for hit in classify_hedge(hedge):
            features["cue category=" + hit.category] = 1.0
    for token in {t.casefold() for t in _TOKEN.findall(text)}:
        features["word=" + token] = 1.0
    return features


def actor_features(text: str, language: str, draft: Briefing) -> list[tuple[str, Features]]:
    """What the actor model sees of each drafted actor, by id."""
    lowered = text.casefold()
    speakers = {q.speaker for q in draft.quotes}
    attributed: Counter[str] = Counter(c.attributed_to for c in draft.claims if c.attributed_to)
    in_claims: Counter[str] = Counter(a for c in draft.claims for a in c.actors)
    outlets = {bench._norm(s.outlet or "") for s in draft.sources} - {""}
    found = []
    for actor in draft.actors:
        names = bench._draft_names(actor)
        mentions = sum(lowered.count(n) for n in names if n)
        paragraphs = [int(p) for p in re.findall(r"\d+", (actor.note or "").split(";")[0])]
        opens = sum(
            1
            for c in draft.claims
            if actor.id in c.actors
            and c.excerpt
            and any(n in " ".join(c.excerpt.exact.casefold().split()[:4]) for n in names)
        )
        kind = actor.kind.value
        found.append(
            (
                actor.id,
                {
                    "kind=" + kind: 1.0,
                    "lang=" + language: 1.0,
                    "mentions": math.log1p(mentions),
                    "paragraphs": math.log1p(len(paragraphs)),
                    "first paragraph": 1.0 if paragraphs and min(paragraphs) == 1 else 0.0,
                    "claims": math.log1p(in_claims[actor.id]),
                    "opens a claim": math.log1p(opens),
                    "speaker": 1.0 if actor.id in speakers else 0.0,
                    "source of claims": math.log1p(attributed[actor.id]),
                    "outlet": 1.0 if names & outlets else 0.0,
                    "anonymous": 1.0 if actor.anonymous else 0.0,
                    "unnamed": 1.0 if actor.name.startswith("Unnamed") else 0.0,
                    "words": float(len(actor.name.split())),
                    "role": 1.0 if actor.role else 0.0,
                    "aliases": math.log1p(len(actor.aliases)),
                    "acronym": 1.0 if _ACRONYM.fullmatch(actor.name) else 0.0,
                    "hyphen": 1.0 if "-" in actor.name else 0.0,
                    kind + " x mentions": math.log1p(mentions),
                    kind + " x claims": math.log1p(in_claims[actor.id]),
                },
            )
        )
    return found


def _paired_ids(gold: bench.GoldText, draft: Briefing) -> set[str]:
    """Draft actors a gold actor pairs with, one to one, as ``score_text`` pairs them."""
    free = list(draft.actors)
    paired = set()
    for want in gold.actors:
        match = next((a for a in free if bench._draft_names(a) & want.names), None)
        match = match or next((a for a in free if bench.same_actor(a, want)), None)
        if match is not None:
            free.remove(match)
            paired.add(match.id)
    return paired


def draft_set(folder: Path) -> DraftedSet:
    texts = bench.load_texts(folder, folder, prefix=folder.name)
    kinds: list[KindCase] = []
    actors: list[ActorCase] = []
    for gold in texts:
        draft = bench.draft_of(gold)
        index = {c.id: i for i, c in enumerate(draft.claims)}
        for want in gold.claims:
            claim = bench._claim_at(draft, want["at"])
            if claim is not None:
                features = claim_features(gold.language, claim, index[claim.id])
                kinds.append(KindCase(features, want["kind"], claim.kind.value))
        paired = _paired_ids(gold, draft)
        relied = {q.speaker for q in draft.quotes} | {
            c.attributed_to for c in draft.claims if c.attributed_to
        }
        for actor_id, features in actor_features(gold.text, gold.language, draft):
            actors.append(ActorCase(features, actor_id in paired, actor_id in relied))
    return DraftedSet(folder.name, kinds, actors, sum(len(g.actors) for g in texts))


# --- the models ------------------------------------------------------------------------

Vocabulary = dict[str, int]


def _matrix(rows: Sequence[Features], vocabulary: Vocabulary) -> NDArray[np.float64]:
    matrix = np.zeros((len(rows), len(vocabulary) + 1))
    matrix[:, -1] = 1.0  # the bias
    for r, features in enumerate(rows):
        for key, value in features.items():
            column = vocabulary.get(key)
            if column is not None:
                matrix[r, column] = value
    return matrix


def _vocabulary(rows: Sequence[Features], min_count: int = 2) -> Vocabulary:
    counts = Counter(key for features in rows for key in features)
    return {key: i for i, key in enumerate(sorted(k for k, n in counts.items() if n >= min_count))}


def fit_softmax(
    rows: Sequence[Features],
    labels: Sequence[int],
    classes: int,
    l2: float,
    steps: int = 300,
    rate: float = 2.5,
) -> tuple[Vocabulary, NDArray[np.float64]]:
    """Multinomial logistic regression by full-batch gradient descent (deterministic)."""
    vocabulary = _vocabulary(rows)
    x = _matrix(rows, vocabulary)
    y = np.eye(classes)[np.asarray(labels)]
    weights = np.zeros((x.shape[1], classes))
    for _ in range(steps):
        z = x @ weights
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        weights -= rate * (x.T @ (p - y) + l2 * weights) / len(labels)
    return vocabulary, weights


def _kind_model(cases: Sequence[KindCase], l2: float) -> tuple[Vocabulary, NDArray[np.float64]]:
    return fit_softmax(
        [c.features for c in cases], [KINDS.index(c.gold) for c in cases], len(KINDS), l2
    )


def kinds_right(model: tuple[Vocabulary, NDArray[np.float64]], cases: Sequence[KindCase]) -> int:
    if not cases:
        return 0
    vocabulary, weights = model
    chosen = (_matrix([c.features for c in cases], vocabulary) @ weights).argmax(axis=1)
    return sum(1 for case, k in zip(cases, chosen, strict=True) if KINDS[k] == case.gold)


def _actor_model(cases: Sequence[ActorCase]) -> tuple[Vocabulary, NDArray[np.float64]]:
    return fit_softmax(
        [c.features for c in cases],
        [1 if c.paired else 0 for c in cases],
        2,
        1.0,
        steps=2000,
        rate=0.5,
    )


def actors_kept(
    model: tuple[Vocabulary, NDArray[np.float64]], cases: Sequence[ActorCase], threshold: float
) -> tuple[int, int]:
    """(actors kept, of them paired with a gold actor) when those below ``threshold`` go."""
    if not cases:
        return 0, 0
    vocabulary, weights = model
    z = _matrix([c.features for c in cases], vocabulary) @ weights
    keep = 1 / (1 + np.exp(z[:, 0] - z[:, 1]))
    kept = [c for c, p in zip(cases, keep, strict=True) if p >= threshold or c.relied_on]
    return len(kept), sum(c.paired for c in kept)


# --- the report ------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def report(train: Sequence[DraftedSet], apply: Sequence[DraftedSet]) -> str:
    lines = ["Claim kinds: gold claims whose kind is right, rules -> model"]
    rules_right = {s.name: sum(c.gold == c.rules for c in s.kinds) for s in (*train, *apply)}
    for l2 in L2_WEIGHTS:
        right = 0
        by_set = []
        for held in train:
            model = _kind_model([c for s in train if s is not held for c in s.kinds], l2)
            got = kinds_right(model, held.kinds)
            right += got
            by_set.append(f"{held.name} {rules_right[held.name]} -> {got} of {len(held.kinds)}")
        total = sum(len(s.kinds) for s in train)
        rules = sum(rules_right[s.name] for s in train)
        lines.append(
            f"  each training set left out, l2 {l2:g}: {_pct(rules, total)} -> {_pct(right, total)}"
            f" ({rules} -> {right} of {total}; {', '.join(by_set)})"
        )
        if apply:
            model = _kind_model([c for s in train for c in s.kinds], l2)
            for s in apply:
                got, rules, total = kinds_right(model, s.kinds), rules_right[s.name], len(s.kinds)
                lines.append(
                    f"  {s.name}, fitted on every training set: {_pct(rules, total)}"
                    f" -> {_pct(got, total)} ({rules} -> {got} of {total})"
                )
    lines.append("Actors: recall / precision, rules -> rules and the model's filter")
    totals: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for held in train:
        model = _actor_model([c for s in train if s is not held for c in s.actors])
        for threshold in THRESHOLDS:
            kept, paired = actors_kept(model, held.actors, threshold)
            totals[threshold][0] += kept
            totals[threshold][1] += paired
    gold = sum(s.gold_actors for s in train)
    drafted = sum(len(s.actors) for s in train)
    paired = sum(c.paired for s in train for c in s.actors)
    for threshold in THRESHOLDS:
        kept, kept_paired = totals[threshold]
        lines.append(
            f"  each training set left out, dropped below {threshold:g}: "
            f"{_pct(paired, gold)} / {_pct(paired, drafted)} -> "
            f"{_pct(kept_paired, gold)} / {_pct(kept_paired, kept)}"
        )
    if apply:
        model = _actor_model([c for s in train for c in s.actors])
        for s in apply:
            s_paired = sum(c.paired for c in s.actors)
            for threshold in THRESHOLDS:
                kept, kept_paired = actors_kept(model, s.actors, threshold)
                lines.append(
                    f"  {s.name}, dropped below {threshold:g}: "
                    f"{_pct(s_paired, s.gold_actors)} / {_pct(s_paired, len(s.actors))} -> "
                    f"{_pct(kept_paired, s.gold_actors)} / {_pct(kept_paired, kept)}"
                )
    return "\n".join(lines)


def _folders(argv: list[str], flag: str) -> list[Path]:
    if flag not in argv:
        return []
    found = []
    for arg in argv[argv.index(flag) + 1 :]:
        if arg.startswith("--"):
            break
        found.append(Path(arg))
    return found


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv or "--train" not in argv:
        print(__doc__)
        return 0 if "--train" in argv or "--help" in argv or "-h" in argv else 2
    train, apply = _folders(argv, "--train"), _folders(argv, "--apply")
    if len(train) < 2:
        print("learned_models.py: --train needs two sets or more (one is left out at a time)")
        return 2
    missing = [str(p) for p in (*train, *apply) if not any(p.glob("*.txt"))]
    if missing:
        print("learned_models.py: no NAME.txt texts in " + ", ".join(missing))
        return 2
    print(report([draft_set(p) for p in train], [draft_set(p) for p in apply]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
