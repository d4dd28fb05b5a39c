"""Start-up stays light: the command line imports heavy modules only when they are used."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "httpx",
    "trafilatura",
    "rapidfuzz",
    "cmarkgfm",
    "markdown_it",
    "textual",
    "tui.export",
    "tui.fetch",
)


def _imported_after(statement: str) -> set[str]:
    probe = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(result.stdout.split())


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_importing_the_cli_imports_nothing_heavy():
    modules = _imported_after("import tui.cli; tui.cli.build_parser()")
    assert _heavy(modules) == []
    assert "pydantic" not in modules and "yaml" not in modules


def test_the_model_is_free_of_textual_and_http():
    modules = _imported_after("import tui.model, tui.loader, tui.references")
    assert _heavy(modules) == []


def test_the_app_paints_before_the_model_is_imported():
    """The first screen needs neither pydantic nor YAML: they load in the worker."""
    modules = _imported_after(
        "import tui.ui.app, tui.ui.screens.briefing, tui.ui.screens.library, tui.ui.screens.brief_me"
    )
    assert _heavy(modules) == ["textual"] or all(m.startswith("textual") for m in _heavy(modules))
    assert "pydantic" not in modules and "yaml" not in modules and "tui.model" not in modules


def test_rendering_tables_follow_the_model_vocabularies():
    from tui.model import ClaimKind, ClaimStatus, Likelihood, Reliability
    from tui.ui.render import KIND_MARKS, KIND_STYLE, STATUS_MARKS
    from tui.words import CREDIBILITY_WORDS, LIKELIHOOD_WORDS, RELIABILITY_WORDS

    assert set(KIND_STYLE) == {kind.value for kind in ClaimKind}
    assert set(KIND_MARKS) == {kind.value for kind in ClaimKind}
    assert len(set(KIND_MARKS.values())) == len(KIND_MARKS)
    assert set(STATUS_MARKS) == {status.value for status in ClaimStatus}
    assert len({mark for mark, _ in STATUS_MARKS.values()}) == len(STATUS_MARKS)
    assert set(LIKELIHOOD_WORDS) == {word.value for word in Likelihood}
    assert set(RELIABILITY_WORDS) == {grade.value for grade in Reliability}
    assert set(CREDIBILITY_WORDS) == set(range(1, 7))


def test_the_app_and_the_exports_use_one_vocabulary():
    """The words for grades and likelihood live in one module: no copy may drift."""
    import tui.export.markdown as markdown
    import tui.ui.render as render
    import tui.words as words

    assert markdown.LIKELIHOOD_WORDS is words.LIKELIHOOD_WORDS
    assert markdown.RELIABILITY_WORDS is words.RELIABILITY_WORDS
    assert markdown.CREDIBILITY_WORDS is words.CREDIBILITY_WORDS
    assert not hasattr(render, "LIKELIHOOD_RANGE")


def test_drafting_a_file_loads_neither_the_fetcher_nor_asyncio(tmp_path):
    """``briefing new FILE`` waits for no module that only a URL needs."""
    article = tmp_path / "article.txt"
    article.write_text("The council met on Monday.\n\nIt agreed a new budget.\n", encoding="utf-8")
    modules = _imported_after(
        "from tui.draft.source import read_source\n"
        "from tui.draft.build import draft_briefing\n"
        f"draft_briefing(read_source({str(article)!r}), language='auto')"
    )
    assert _heavy(modules) == []
    assert "asyncio" not in modules
