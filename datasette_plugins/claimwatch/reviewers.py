"""Reviewer accounts for `claimwatch serve --reviewers FILE`, handed to datasette-auth-passwords.

Password hashes travel to Datasette in environment variables (`$env` in the plugin config), so they
never appear in the metadata file or at /-/metadata.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class ReviewersError(ValueError):
    """A reviewers file the user must fix; the message says where and how."""


def load_reviewers(path: Path) -> dict[str, str]:
    """Reviewer name -> pbkdf2 password hash, from a TOML file of `[name] password_hash = "..."`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReviewersError(f"cannot read reviewers file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ReviewersError(f"{path}: not valid TOML ({exc})") from exc
    reviewers: dict[str, str] = {}
    for name, entry in data.items():
        if not _NAME.match(name) or name.endswith("_password"):
            raise ReviewersError(f"{path}: reviewer name {name!r} must be letters, digits, '.', '_' or '-'")
        hashed = entry.get("password_hash") if isinstance(entry, dict) else None
        if not isinstance(hashed, str) or not hashed.startswith("pbkdf2_sha256$"):
            raise ReviewersError(
                f"{path}: [{name}] needs password_hash = \"pbkdf2_sha256$...\" "
                "(make one with `.venv/bin/datasette hash-password`)"
            )
        reviewers[name] = hashed
    return reviewers


def auth_plugin_config(reviewers: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The datasette-auth-passwords config and the environment variables that carry the hashes."""
    config: dict[str, Any] = {"actors": {}}
    env: dict[str, str] = {}
    for i, (name, hashed) in enumerate(sorted(reviewers.items())):
        variable = f"CLAIMWATCH_REVIEWER_HASH_{i}"
        config[f"{name}_password_hash"] = {"$env": variable}
        config["actors"][name] = {"id": name, "reviewer": True}
        env[variable] = hashed
    return config, env
