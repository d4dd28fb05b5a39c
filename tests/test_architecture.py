"""The package's shape, kept by tests: no import cycles, deferred imports only at named
boundaries, and each word the app and the exports share defined in one place."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tui"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _module_level_imports(path: Path) -> set[str]:
    """The package's modules that ``path`` imports when it is imported."""
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if _is_type_checking(node):
            continue
        for sub in ast.walk(node) if isinstance(node, (ast.If, ast.Try)) else [node]:
            if isinstance(sub, ast.ImportFrom) and sub.level == 0 and sub.module:
                for alias in sub.names:
                    full = f"{sub.module}.{alias.name}"
                    out.add(full if full in MODULES else sub.module)
            elif isinstance(sub, ast.Import):
                out.update(alias.name for alias in sub.names)
    return {name for name in out if name in MODULES}


def test_no_module_imports_itself_through_others():
    graph = {name: _module_level_imports(path) for name, path in MODULES.items()}
    cycles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        for target in sorted(graph[name]):
            if target in trail:
                cycles.append([*trail[trail.index(target) :], target])
            elif target not in done:
                visit(target, [*trail, target])
        done.add(name)

    done: set[str] = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert cycles == []


BOUNDARIES: dict[str, tuple[str, ...]] = {
    "the model and what is computed from it, read after the first frame or by a command": (
        "tui.loader",
        "tui.model",
        "tui.modelcache",
        "tui.profile",
        "tui.summary",
        "tui.schema",
        "tui.references",
        "tui.library",
        "tui.signedstore",
        "yaml",  # tui.atomic reads a file as YAML only to refuse replacing a briefing
    ),
    "fetching": (
        "tui.fetch",
        "httpx",
        "lxml",
        "trafilatura",
        "charset_normalizer",
        "rapidfuzz",
        "multiprocessing",
        "importlib",
    ),
    "exporting": ("tui.export", "cmarkgfm"),
    "drafting": ("tui.draft", "babel", "pysbd", "ahocorasick", "HanTa", "wordfreq"),
    "editing": ("tui.edit",),
    "searching and watching the library": (
        "tui.index",
        "sqlite3",
        "concurrent.futures",
        "watchfiles",
    ),
    "screens and their parts, opened when asked for": ("tui.ui", "tui.opener", "textual"),
    "crash reports": ("tui.crash", "tui"),
}
"""Where an import may wait until a function runs, by what it imports: each is slow to
import or starts late, and the start-up path (``briefing --help``, the app's first frame)
must not pay for it. Every other import is at the top of its module."""

COMMAND_LINE = "tui.commands."
"""A command imports what it needs when it runs: ``briefing --help`` builds the parser
from every command module, and must stay light (tests/test_import_hygiene.py)."""


def test_imports_wait_only_at_named_boundaries():
    allowed = tuple(prefix for prefixes in BOUNDARIES.values() for prefix in prefixes)
    strays: list[str] = []
    for name, path in sorted(MODULES.items()):
        if name.startswith(COMMAND_LINE):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                targets = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    targets = [node.module]
                elif isinstance(node, ast.Import):
                    targets = [alias.name for alias in node.names]
                for target in targets:
                    if not any(target == p or target.startswith(p + ".") for p in allowed):
                        strays.append(f"{name}.{function.name} imports {target}")
    assert strays == []


SHARED_WORDS = {
    "figure_text",
    "figure_amount",
    "source_name",
    "source_title",
    "likelihood_text",
    "reliability_text",
    "credibility_text",
    "human_date",
}
"""Functions that word a value for people: defined once, in tui/words.py or tui/dates.py,
and used by the app, the command line and every export."""

WORD_HOMES = {"tui.words", "tui.dates"}


def test_shared_words_are_defined_once():
    twice = [  # module-level functions: a method that hands over to tui.words is no copy
        f"{name} defines {node.name}"
        for name, path in sorted(MODULES.items())
        if name not in WORD_HOMES
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in SHARED_WORDS
    ]
    assert twice == []


def test_vocabulary_tables_are_written_once():
    """The words of the standards (likelihood ranges, grades, bases) are tables in
    tui/words.py; a second table of words with the same keys is a second wording waiting
    to drift (a table of numbers for the same keys, as STIX confidences, is no wording)."""
    keys_of_tables = {
        frozenset({"named-person", "named-outlet"}),
        frozenset({"almost-no-chance", "very-unlikely"}),
        frozenset({"A", "B", "C", "D", "E", "F"}),
    }
    found = []
    for name, path in sorted(MODULES.items()):
        if name in WORD_HOMES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            worded = isinstance(node, ast.Dict) and all(
                isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.values
            )
            if worded:
                assert isinstance(node, ast.Dict)
                keys = frozenset(
                    k.value
                    for k in node.keys
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)
                )
                if any(table <= keys for table in keys_of_tables):
                    found.append(f"{name}:{node.lineno}")
    assert found == []
