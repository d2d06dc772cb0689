"""End to end: `claimwatch demo --no-serve` crawls the sample site, processes it, and the kb tells the story."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from sample_site import SCENARIO

pytestmark = pytest.mark.slow


def _article_by_slug(db: Database, slug: str) -> dict:
    rows = list(db.query("select * from articles where url like ?", [f"%/{slug}.html"]))
    assert len(rows) == 1, f"expected one article for {slug}, got {len(rows)}"
    return rows[0]


def test_demo_builds_groups_and_keeps_conflicting_figures(demo_db: Path) -> None:
    db = Database(demo_db)
    assert db["articles"].count >= 18
    original = _article_by_slug(db, SCENARIO["original"])
    copies = [_article_by_slug(db, slug) for slug in SCENARIO["copies"]]
    rewrite = _article_by_slug(db, SCENARIO["rewrite"])
    assert original["group_role"] == "origin"
    assert {c["article_group"] for c in copies} == {original["article_group"]}
    assert [c["group_role"] for c in copies] == ["copy", "copy"]
    assert rewrite["article_group"] == original["article_group"]
    assert rewrite["group_role"] == "rewrite"

    # the repeated figure is one claim group, first seen in the original, one independent origin
    repeated = list(
        db.query(
            "select g.* from claim_groups g where g.first_article = ? and g.appearances >= 3",
            [original["id"]],
        )
    )
    assert repeated, "no claim group starts at the original and repeats in its copies"
    for group in repeated:
        articles = {r["article"] for r in db.query("select article from claims where claim_group = ?", [group["id"]])}
        assert original["id"] in articles and {c["id"] for c in copies} <= articles
        assert group["first_source"] == original["source"]
        assert group["independent_origins"] == 1

    # the two outlets' differing figures are both kept, and flagged as a conflict
    subject_words = SCENARIO["conflict_subject"]
    conflicting = list(
        db.query(
            "select * from claim_groups where metric = ? and subject like ? order by value",
            ["tokens_processed", f"%{subject_words}%"],
        )
    )
    values = {g["value"] for g in conflicting}
    expected = set(SCENARIO["conflict_values"].values())
    assert expected <= values
    assert all(g["contested"] for g in conflicting if g["value"] in expected)
    assert db["claim_conflicts"].count >= 1


def test_second_demo_run_is_idempotent(demo_db: Path, tmp_path: Path) -> None:
    db = Database(demo_db)
    before = {t: db[t].count for t in ("articles", "claims", "claim_groups", "article_groups")}
    result = subprocess.run(
        [sys.executable, "-m", "claimwatch_cli", "process", "--db", str(demo_db)],
        capture_output=True, text=True, check=True,
    )
    assert "Processed: 0 pages read" in result.stdout
    after = {t: db[t].count for t in before}
    assert before == after


def test_crawl_runs_are_recorded(demo_db: Path) -> None:
    db = Database(demo_db)
    runs = list(db.query("select * from crawl_runs"))
    assert runs and all(r["status"] == "finished" for r in runs)
    assert sum(r["pages_new"] for r in runs) == db["articles"].count
    headers = json.loads(next(db.query("select headers from pages limit 1"))["headers"])
    assert any(k.lower() == "etag" for k in headers)
