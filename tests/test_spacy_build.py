"""spaCy's parser modules as the set-up leaves them: rebuilt without Cython's profiling hooks, which take the
GIL on every parser move in spaCy's Python 3.11 wheels (scripts/build_spacy_parser.py)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_spacy_parser.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_spacy_parser", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_set_up_left_no_profiling_hooks_in_the_parser(build: ModuleType) -> None:
    assert not build.hooks_present(), (
        "spaCy's parser modules still carry Cython's profiling hooks: `make setup` runs scripts/build_spacy_parser.py, "
        "which needs a C++ compiler and the spaCy source release from PyPI"
    )
    marker = json.loads((build.spacy_dir() / "pipeline" / "_parser_internals" / build.MARKER).read_text())
    assert marker == {"spacy": importlib.metadata.version("spacy"), "modules": build.MODULES, "profile": False}


def test_the_check_command_says_so_in_one_line() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], check=False, capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout == "build_spacy_parser: no profiling hooks in the parser modules\n"


def test_a_second_run_compiles_nothing(build: ModuleType) -> None:
    assert build.rebuild() == (
        f"spaCy {importlib.metadata.version('spacy')}'s parser modules were already rebuilt without profiling hooks")


def test_an_unknown_spacy_version_keeps_its_modules_and_says_why(
        build: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build.importlib.metadata, "version", lambda name: "0.0.1")
    monkeypatch.setattr(sys, "argv", ["build_spacy_parser.py"])
    assert build.main() == 0  # the set-up goes on with spaCy's own modules
    assert capsys.readouterr().out == (
        "build_spacy_parser: kept spaCy's own parser modules (no known source release for spaCy 0.0.1); "
        "claims are the same, parsing is about twice as slow\n")


def test_rebuilt_modules_parse_as_the_model_was_trained(build: ModuleType) -> None:
    """The rebuilt NER and parser still find the entities and arcs of a plain sentence."""
    out = json.loads(build._fingerprint(["Maria Lopez joined Google in London last year."]))[0]
    ents = [(text, label) for text, _, _, iob, label in out if iob == "B"]
    assert ("Maria", "PERSON") in ents and ("Google", "ORG") in ents and ("London", "GPE") in ents
    deps = {text: dep for text, dep, _, _, _ in out}
    assert deps["joined"] == "ROOT" and deps["Lopez"] == "nsubj"
