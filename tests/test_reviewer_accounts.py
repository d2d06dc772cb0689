"""Reviewer accounts for `claimwatch serve --reviewers FILE`: hashes never reach the metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimwatch_cli import _datasette_command
from datasette_plugins.claimwatch.reviewers import (
    ReviewersError,
    auth_plugin_config,
    load_reviewers,
)

HASH = "pbkdf2_sha256$1000$salt$abc="


def test_reviewers_file_becomes_plugin_config_with_env_hashes(tmp_path: Path) -> None:
    path = tmp_path / "reviewers.toml"
    path.write_text(f'[alice]\npassword_hash = "{HASH}"\n[bob-2]\npassword_hash = "{HASH}"\n')
    config, env = auth_plugin_config(load_reviewers(path))
    assert config["actors"]["alice"] == {"id": "alice", "reviewer": True}
    variable = config["alice_password_hash"]["$env"]
    assert env[variable] == HASH
    command = _datasette_command(tmp_path / "kb.db", "127.0.0.1", 8001,
                                 {"datasette-auth-passwords": config})
    metadata = Path(command[command.index("--metadata") + 1]).read_text()
    assert HASH not in metadata
    assert json.loads(metadata)["plugins"]["datasette-auth-passwords"]["actors"]["bob-2"]["reviewer"]


@pytest.mark.parametrize("text", [
    '[alice]\npassword_hash = "plain"\n',
    '["bad name"]\npassword_hash = "pbkdf2_sha256$1$s$h"\n',
    "not toml [",
])
def test_bad_reviewers_files_give_one_clear_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "reviewers.toml"
    path.write_text(text)
    with pytest.raises(ReviewersError, match=str(path)):
        load_reviewers(path)
    with pytest.raises(ReviewersError, match="cannot read"):
        load_reviewers(tmp_path / "missing.toml")
