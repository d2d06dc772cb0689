"""spaCy's parser modules as the set-up leaves them: rebuilt without Cython's profiling hooks, which take the
GIL on every parser move in spaCy's Python 3.11 wheels (scripts/build_spacy_parser.py)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
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


def _marker(build: ModuleType) -> Path:
    return build.spacy_dir() / "pipeline" / "_parser_internals" / build.MARKER


def _in_a_fresh_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The hook check watches calls with `sys.setprofile`, in a process of its own: inside the suite, after the
    other tests, a parse under the profiler did not come to an end."""
    return subprocess.run([sys.executable, *args], check=False, capture_output=True, text=True, timeout=300,
                          cwd=SCRIPT.parent)


def test_the_set_up_left_no_profiling_hooks_in_the_parser(build: ModuleType) -> None:
    result = _in_a_fresh_process(str(SCRIPT), "--check")
    assert result.returncode == 0, (
        "spaCy's parser modules still carry Cython's profiling hooks: `make setup` runs scripts/build_spacy_parser.py, "
        "which needs a C++ compiler and the spaCy source release from PyPI"
    )
    assert result.stdout == "build_spacy_parser: no profiling hooks in the parser modules\n"
    marker = json.loads(_marker(build).read_text())
    installed = build._installed(build.spacy_dir())
    assert marker == {"spacy": importlib.metadata.version("spacy"), "modules": build.MODULES, "profile": False,
                      "sha256": {m: build._sha256(path) for m, path in installed.items()}}


def test_the_check_sees_modules_that_keep_their_hooks() -> None:
    """spaCy's Doc is still compiled with the hooks: the check would see the parser's modules the same way."""
    result = _in_a_fresh_process("-c", "import json, build_spacy_parser as b; print(json.dumps(sorted(b.profiled_files())))")
    seen = json.loads(result.stdout)
    assert "spacy/tokens/doc.pyx" in seen
    assert not [name for name in seen if "_parser_internals/ner" in name or "transition_parser" in name]


def test_a_second_run_compiles_nothing(build: ModuleType) -> None:
    recorded = json.loads(_marker(build).read_text()) if _marker(build).exists() else {}
    installed = build._installed(build.spacy_dir())
    # checked first, so a venv the set-up did not rebuild fails here instead of compiling inside the suite
    assert recorded.get("sha256") == {m: build._sha256(path) for m, path in installed.items()}, (
        "the set-up did not rebuild spaCy's parser modules")
    assert build.rebuild() == (
        f"spaCy {importlib.metadata.version('spacy')}'s parser modules were already rebuilt without profiling hooks")


def test_rebuilt_modules_parse_as_the_model_was_trained(build: ModuleType) -> None:
    """The rebuilt NER and parser still find the entities and arcs of a plain sentence."""
    out = json.loads(build._fingerprint(["Maria Lopez joined Google in London last year."]))[0]
    ents = [(text, label) for text, _, _, iob, label in out if iob == "B"]
    assert ("Maria", "PERSON") in ents and ("Google", "ORG") in ents and ("London", "GPE") in ents
    deps = {text: dep for text, dep, _, _, _ in out}
    assert deps["joined"] == "ROOT" and deps["Lopez"] == "nsubj"


# The swap itself, on a stand-in package: files named as spaCy's, built files that differ from them.


@pytest.fixture
def fake(build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict]:
    package = tmp_path / "site" / "spacy"
    installed = build._installed(package)
    built_dir = tmp_path / "built"
    built = {}
    for m, path in installed.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"wheel " + m.encode())
        built[m] = built_dir / path.name
        built[m].parent.mkdir(exist_ok=True)
        built[m].write_bytes(b"rebuilt " + m.encode())
    state = {"compiles": 0, "fingerprints": [], "installed": installed, "package": package}

    def compile_(archive: Path, work: Path) -> dict[str, Path]:
        state["compiles"] += 1
        return built

    def fingerprint(texts: list[str]) -> str:
        result = state["fingerprints"].pop(0) if state["fingerprints"] else "same parses"
        if isinstance(result, Exception):
            raise result
        return result

    monkeypatch.setattr(build, "spacy_dir", lambda: package)
    monkeypatch.setattr(build, "_download", lambda version, into: tmp_path / "spacy.tar.gz")
    monkeypatch.setattr(build, "_compile", compile_)
    monkeypatch.setattr(build, "_fingerprint", fingerprint)
    monkeypatch.setattr(build, "_hooks_in_new_process", lambda: False)
    monkeypatch.setattr(build.importlib.metadata, "version", lambda name: "3.8.18")
    yield state


def _contents(installed: dict[str, Path]) -> set[bytes]:
    return {path.read_bytes().split(b" ")[0] for path in installed.values()}


def _leftovers(package: Path) -> list[str]:
    return sorted(p.name for p in package.parent.rglob("*") if ".wheel" in p.name or ".new" in p.name)


def test_a_successful_rebuild_swaps_every_module_and_records_their_hashes(build: ModuleType, fake: dict) -> None:
    assert build.rebuild().startswith("rebuilt 7 spaCy 3.8.18 parser modules")
    assert _contents(fake["installed"]) == {b"rebuilt"}
    assert _leftovers(fake["package"]) == []
    assert build.rebuild().endswith("already rebuilt without profiling hooks") and fake["compiles"] == 1
    # pip installs spaCy again: its files come back, the marker stays, and the next run sees it
    next(iter(fake["installed"].values())).write_bytes(b"wheel again")
    assert build.rebuild().startswith("rebuilt 7") and fake["compiles"] == 2


@pytest.mark.parametrize("after", ["other parses", RuntimeError("parsing the check sentences failed: Segmentation fault")])
def test_a_failed_check_puts_spacys_own_modules_back(build: ModuleType, fake: dict, after: object) -> None:
    fake["fingerprints"] = ["same parses", after]
    with pytest.raises(RuntimeError):
        build.rebuild()
    assert _contents(fake["installed"]) == {b"wheel"}
    assert _leftovers(fake["package"]) == []
    assert not (fake["package"] / "pipeline" / "_parser_internals" / build.MARKER).exists()


def test_a_run_stopped_halfway_is_undone_first(build: ModuleType, fake: dict) -> None:
    first = next(iter(fake["installed"].values()))
    first.with_name(first.name + ".wheel").write_bytes(b"wheel original")
    first.write_bytes(b"rebuilt half")  # the swap had begun when the run was stopped
    fake["fingerprints"] = ["same parses", "other parses"]
    with pytest.raises(RuntimeError):
        build.rebuild()
    assert first.read_bytes() == b"wheel original"  # the first check read spaCy's own modules, and they are back
    assert _leftovers(fake["package"]) == []


def test_an_unknown_spacy_version_keeps_its_modules_and_says_why(
        build: ModuleType, fake: dict, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build.importlib.metadata, "version", lambda name: "0.0.1")
    monkeypatch.setattr(sys, "argv", ["build_spacy_parser.py"])
    assert build.main() == 0  # the set-up goes on with spaCy's own modules
    assert capsys.readouterr().out == (
        "build_spacy_parser: kept spaCy's own parser modules (no known source release for spaCy 0.0.1); "
        f"claims are the same, parsing is about twice as slow; to try again: {sys.executable} scripts/build_spacy_parser.py\n")
    assert _contents(fake["installed"]) == {b"wheel"} and fake["compiles"] == 0
