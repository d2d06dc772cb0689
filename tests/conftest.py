"""Shared fixtures: real SQLite files, the real sample site on 127.0.0.1, models loaded once."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from sqlite_utils import Database

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline, loaded once for every test that parses text."""
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claimwatch.db"


@pytest.fixture
def db(db_path: Path) -> Database:
    from kb.store import open_kb

    return open_kb(db_path)


@pytest.fixture(scope="session")
def sample_site() -> Iterator[object]:
    from sample_site.server import serve

    with serve(0) as site:
        yield site


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base built once by the real `claimwatch demo --no-serve` in a subprocess."""
    import subprocess

    path = tmp_path_factory.mktemp("demo") / "claimwatch.db"
    result = subprocess.run(
        [sys.executable, "-m", "claimwatch_cli", "demo", "--no-serve", "--db", str(path), "--site-port", "0"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return path
