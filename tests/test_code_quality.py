"""ruff and mypy run as part of the suite, so CI fails on a lint or type error just as on a failing test."""

import subprocess
import sys

from tests.conftest import ROOT


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    """Checks the packages listed under [tool.mypy] in pyproject.toml."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_constant_is_bound_twice() -> None:
    """A rule's pattern given a name another rule already uses silently replaces it for both (neither ruff nor mypy
    says so): every module-level name in the pipeline is assigned once."""
    import ast
    from collections import Counter

    twice = []
    for path in sorted((ROOT / "pipeline").glob("*.py")):
        names = Counter(
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        )
        twice += [f"{path.name}: {name}" for name, n in names.items() if n > 1]
    assert twice == []
