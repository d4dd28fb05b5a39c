"""Can a learned model or a tagger rule tell a quoted account of fact from a quoted view?

Usage:
    python benchmarks/train_kinds.py [FOLDER ...]
    python benchmarks/train_kinds.py --help

The drafter's last word on a quoted statement nothing else decided is "a speaker's own
words are quoted": an opinion (:func:`tui.draft.kinds.suggest_kind`). Round fourteen asked
whether the words of the quotation (evaluative adjectives, comparatives, modals, the
first person, negation, numbers, the past tense) tell the gold's `reported` ones from its
`opinion` ones. This script measures that once, reproducibly, and fits nothing the
drafter loads:

1. Every read corpus set (tune, heldout, unseen, unseen2 … unseen9; never unseen10 or
   unseen11) is drafted, and each gold claim the drafter decided by that fallback is
   kept with its gold kind.
2. Features of the quotation: its lemmas and HanTa's tags (``tui.taggers``), and the
   flags adjective, comparative, modal, first person, negation, digit, past.
3. Options: (a) one flag or a conjunction of up to three flags that turns the fallback
   into `reported`; (b) logistic regression over the flags and tags, and over the
   lemmas too, and naive Bayes over everything, each turning the fallback into
   `reported` only when the model is sure enough (thresholds listed).
4. Each option is scored leaving one corpus set out at a time (fitted on the others),
   and fitted on every corpus set and applied to the folders given on the command line
   (real sets of ``NAME.txt`` / ``NAME.yaml`` pairs in the corpus format). A line gives
   the claims the option turns right minus those it turns wrong.

Round fourteen's result (docs/drafting.md): no option gains on the corpus sets left out,
and none gains on the real sets I, J and M together, so nothing was shipped.
"""

from __future__ import annotations

import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import drafting as bench

import tui.draft.build as build
from tui.cues import CueHit
from tui.draft.kinds import KindSuggestion
from tui.taggers import english_tagger, german_tagger

REFUSED = frozenset({"unseen10", "unseen11", "K", "K2", "L", "L2", "N"})
"""Folders kept unread for honest measures: refused by name."""
FALLBACK = "a speaker's own words are quoted"
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*|[.,;:!?]")
_FIRST = frozenset("i we my our us me ich wir mein unser uns mich".split())
_NEGATION = frozenset("not no never nobody nothing nicht kein nie niemand nichts".split())
_FLAGS = ("ADJ", "COMP", "MODAL", "FIRST", "NEG", "DIGIT", "PAST")
THRESHOLDS = (0.5, 0.35, 0.2)


@dataclass
class Case:
    """One gold claim the fallback decided: where it is from, its gold kind, features."""

    where: str
    gold: str
    features: set[str] = field(default_factory=set)


def _features(quotes: Sequence[str], sentence: str, language: str) -> set[str]:
    """Lemmas, tags and flags of what the speaker is quoted as saying."""
    text = " ".join(quotes) or sentence
    tokens = _TOKEN.findall(text)
    tagger = german_tagger() if language == "de" else english_tagger()
    tagged: list[tuple[str, str, str]] = tagger.tag_sent(tokens, taglevel=1) if tokens else []
    found = {f"lang_{language}"}
    for word, lemma, tag in tagged:
        folded = lemma.casefold()
        found |= {f"L_{folded}", f"T_{tag.split('(')[0][:3]}"}
        adjective = tag.startswith(("AJ", "ADJ"))
        found |= {"ADJ"} if adjective else set()
        comparative = tag in ("AJC", "AJS") or (
            language == "de"
            and adjective
            and word.casefold() != folded
            and re.search(r"(?:er|ste[nrms]?)\Z", word) is not None
        )
        found |= {"COMP"} if comparative else set()
        found |= {"MODAL"} if tag in ("VM0",) or tag.startswith("VM(") else set()
        found |= {"PAST"} if tag in ("VVD", "VBD", "VHD", "VDD") else set()
        found |= {"FIRST"} if folded in _FIRST else set()
        found |= {"NEG"} if folded in _NEGATION else set()
    if re.search(r"\d", text):
        found.add("DIGIT")
    return found


def collect(texts: Iterable[bench.GoldText]) -> list[Case]:
    """Draft each text and keep the gold claims the fallback decided, with features."""
    calls: dict[str, tuple[KindSuggestion, list[str], str]] = {}
    original = build.suggest_kind

    def recording(
        sentence: str, language: str, cues: Sequence[CueHit], **options: Any
    ) -> KindSuggestion:
        suggestion = original(sentence, language, cues, **options)
        calls[sentence] = (suggestion, list(options.get("quotes", ())), language)
        return suggestion

    build.suggest_kind = recording  # type: ignore[assignment]
    cases: list[Case] = []
    try:
        for gold in texts:
            calls.clear()
            draft = bench.draft_of(gold)
            for want in gold.claims:
                claim = bench._claim_at(draft, want["at"])
                call = calls.get(claim.statement) if claim is not None else None
                if call is None or call[0].reason != FALLBACK:
                    continue
                features = _features(call[1], claim.statement, call[2])  # type: ignore[union-attr]
                cases.append(Case(gold.name, str(want["kind"]), features))
    finally:
        build.suggest_kind = original  # type: ignore[assignment]
    return cases


Model = Callable[[set[str]], float]
"""The probability a model gives that a case is an opinion."""


def logistic(cases: Sequence[Case], keep: Callable[[str], bool], l2: float) -> Model:
    """Logistic regression (batch gradient descent, an L2 penalty) on the kept features
    of the cases whose gold is `opinion` or `reported`."""
    data = [
        ({f for f in c.features if keep(f)}, c.gold == "opinion")
        for c in cases
        if c.gold in ("opinion", "reported")
    ]
    weights: defaultdict[str, float] = defaultdict(float)
    bias = 0.0
    for _ in range(400):
        grad: defaultdict[str, float] = defaultdict(float)
        grad_bias = 0.0
        for features, opinion in data:
            error = _sigmoid(bias + sum(weights[f] for f in features)) - float(opinion)
            for f in features:
                grad[f] += error
            grad_bias += error
        for f in set(grad) | set(weights):
            weights[f] -= (grad[f] + l2 * weights[f]) / len(data)
        bias -= grad_bias / len(data)
    fitted = dict(weights)
    return lambda features: _sigmoid(bias + sum(fitted.get(f, 0.0) for f in features if keep(f)))


def naive_bayes(cases: Sequence[Case]) -> Model:
    """Bernoulli-style naive Bayes over every feature present, add-one smoothed."""
    counts = {"opinion": Counter[str](), "reported": Counter[str]()}
    totals = Counter[str]()
    for case in cases:
        if case.gold in counts:
            counts[case.gold].update(case.features)
            totals[case.gold] += 1
    known = set(counts["opinion"]) | set(counts["reported"])

    def probability(features: set[str]) -> float:
        odds = math.log((totals["opinion"] + 1) / (totals["reported"] + 1))
        for f in features & known:
            odds += math.log((counts["opinion"][f] + 1) / (totals["opinion"] + 2))
            odds -= math.log((counts["reported"][f] + 1) / (totals["reported"] + 2))
        return _sigmoid(odds)

    return probability


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def gain(cases: Iterable[Case], turned: Callable[[Case], bool]) -> int:
    """Claims a change turns right minus those it turns wrong (the fallback says opinion)."""
    return sum((c.gold == "reported") - (c.gold == "opinion") for c in cases if turned(c))


def _set_of(case: Case) -> str:
    return case.where.split("/")[0]


def _rules() -> list[tuple[str, Callable[[set[str]], bool]]]:
    """Option (a): "reported" when each of up to three flags is present or absent."""
    literals = [(f, True) for f in _FLAGS] + [(f, False) for f in _FLAGS]
    rules = []
    for size in (1, 2, 3):
        for combo in itertools.combinations(literals, size):
            if len({f for f, _ in combo}) < size:
                continue
            name = " & ".join(("" if present else "no ") + f for f, present in combo)
            rules.append((name, lambda fs, c=combo: all((f in fs) == present for f, present in c)))
    return rules


def _rule_gain(cases: Sequence[Case], rule: Callable[[set[str]], bool]) -> int:
    return gain(cases, lambda c: rule(c.features))


def _learners() -> list[tuple[str, Callable[[Sequence[Case]], Model]]]:
    def structural(f: str) -> bool:
        return f in _FLAGS or f.startswith(("T_", "lang_"))

    learners: list[tuple[str, Callable[[Sequence[Case]], Model]]] = []
    for l2 in (0.5, 3.0, 10.0):
        learners.append(
            (f"logistic, flags+tags, l2={l2}", lambda c, l2=l2: logistic(c, structural, l2))
        )
        learners.append((f"logistic, all, l2={l2}", lambda c, l2=l2: logistic(c, bool, l2)))
    learners.append(("naive Bayes, all", naive_bayes))
    return learners


def report(corpus: Sequence[Case], real: dict[str, list[Case]]) -> None:
    """Print each option's gain on the corpus sets left out and on each real folder."""
    sets = sorted({_set_of(c) for c in corpus})
    counts = Counter(c.gold for c in corpus)
    print(f"fallback cases on the corpus read sets: {len(corpus)} {dict(counts)}")
    for name, cases in real.items():
        print(f"fallback cases on {name}: {len(cases)} {dict(Counter(c.gold for c in cases))}")
    print("| option | corpus, each set left out | " + " | ".join(real) + " |")
    rules = _rules()
    left_out = 0
    for held in sets:  # (a) the best rule on the other sets, applied to the one left out
        rest = [c for c in corpus if _set_of(c) != held]
        _, chosen = max(rules, key=lambda rule: _rule_gain(rest, rule[1]))
        left_out += _rule_gain([c for c in corpus if _set_of(c) == held], chosen)
    print(f"| rule chosen on the other sets | {left_out} | " + " | ".join("" for _ in real) + " |")
    for name, rule in sorted(rules, key=lambda rule: -_rule_gain(corpus, rule[1]))[:5]:
        cells = [_rule_gain(cases, rule) for cases in real.values()]
        in_sample = _rule_gain(corpus, rule)
        print(f"| rule: {name} | {in_sample} (all sets) | " + " | ".join(map(str, cells)) + " |")
    for name, learn in _learners():
        for threshold in THRESHOLDS:
            left_out = 0
            for held in sets:
                model = learn([c for c in corpus if _set_of(c) != held])
                left_out += gain(
                    (c for c in corpus if _set_of(c) == held),
                    lambda c, m=model, t=threshold: m(c.features) < t,
                )
            model = learn(corpus)
            cells = [
                gain(cases, lambda c, m=model, t=threshold: m(c.features) < t)
                for cases in real.values()
            ]
            print(
                f"| {name}, reported below p={threshold} | {left_out} | "
                + " | ".join(map(str, cells))
                + " |"
            )


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    folders = [Path(a).resolve() for a in argv]
    refused = [f for f in folders if f.name in REFUSED]
    if refused:
        print(f"refused (kept unread): {', '.join(str(f) for f in refused)}", file=sys.stderr)
        return 2
    corpus = collect(t for s in bench.READ_SETS for t in bench.load_set(s))
    real = {f.name: collect(bench.load_texts(f, f, prefix=f.name)) for f in folders}
    report(corpus, real)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
