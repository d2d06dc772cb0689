"""Helpers for the publishing tests: a real Datasette over a real kb, and a writable copy of it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from datasette.app import Datasette

from kb.metadata import datasette_metadata

REVIEWER_PASSWORD = "correct horse battery staple"
# pbkdf2 with few iterations: the same verification code path, fast enough for a test.
REVIEWER_HASH_SALT = "claimwatchtests"


def reviewer_hash() -> str:
    from datasette_auth_passwords.utils import hash_password

    return hash_password(REVIEWER_PASSWORD, salt=REVIEWER_HASH_SALT, iterations=1000)


def make_datasette(path: Path, *, reviewers: bool = False) -> Datasette:
    """Datasette over `path` with claimwatch's metadata, optionally with a reviewer account 'alice'."""
    metadata: dict[str, Any] = datasette_metadata(path.stem)
    if reviewers:
        metadata["plugins"] = {
            "datasette-auth-passwords": {
                "alice_password_hash": reviewer_hash(),
                "actors": {"alice": {"id": "alice", "reviewer": True}},
                "visitor_password_hash": reviewer_hash(),
            }
        }
    return Datasette([str(path)], metadata=metadata)


def writable_copy(source: Path, target_dir: Path) -> Path:
    """A private copy of a kb (WAL included, through SQLite's backup) that a test may write to."""
    target = target_dir / "claimwatch.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def actor_cookie(ds: Datasette, actor: dict[str, Any]) -> dict[str, str]:
    return {"ds_actor": ds.sign({"a": actor}, "actor")}
