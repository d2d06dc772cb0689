"""`claimwatch similar` and `claimwatch group`: one decision, numeric guard first, JSON lines in and out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimwatch_cli import cli
from pipeline.embeddings import embed
from pipeline.grouping import group_statements
from pipeline.similarity import figures_agree, statement_figures

PAIRS = Path(__file__).parent / "data" / "statement-pairs-dev.jsonl"


def _run(command: str, records: list[dict]) -> list[dict]:
    lines = "\n".join(json.dumps(r) for r in records) + "\n"
    result = CliRunner().invoke(cli, [command], input=lines)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_similar_paraphrase_different_figure_empty_and_bad_lines() -> None:
    out = _run("similar", [
        {"id": "p", "a": "ByteScale processes 30 trillion tokens per day.",
         "b": "ByteScale's platform handles 30 trillion tokens every day."},
        {"id": "f", "a": "ByteScale processes 30 trillion tokens per day.",
         "b": "ByteScale processes 31 trillion tokens per day."},
        {"id": "e", "a": "", "b": ""},
        {"id": "w", "a": "Nvidia", "b": "Nvidia"},
        {"id": "m", "a": "text only"},
    ])
    by_id = {r["id"]: r for r in out}
    assert by_id["p"]["same"] is True and by_id["p"]["score"] > 0.8
    assert by_id["f"]["same"] is False and by_id["f"]["score"] > 0.9  # similar words, other figure
    assert by_id["e"]["same"] is False
    assert by_id["w"]["same"] is True
    assert "error" in by_id["m"]


def test_group_command_keeps_different_figures_apart() -> None:
    out = _run("group", [
        {"id": "a", "text": "Northwind raised $2 billion in a round led by sovereign funds.", "published": "2026-03-03"},
        {"id": "b", "text": "Robotics start-up Northwind has raised $2 billion, in a round led by sovereign funds.",
         "published": "2026-03-01"},
        {"id": "c", "text": "Northwind raised $3 billion in a round led by sovereign funds."},
        {"id": "d", "text": ""},
        {"id": "e", "text": ""},
        {"id": "x", "text": "Cobalt Semiconductor shipped 4 million accelerators last quarter."},
    ])
    group = {r["id"]: r["group"] for r in out}
    assert group["a"] == group["b"] == "b"  # the earliest published names the group
    assert group["c"] == "c" and group["x"] == "x"
    assert group["d"] == "d" and group["e"] == "e"


@pytest.mark.slow
def test_similar_and_group_take_the_same_decision_on_the_dev_pairs() -> None:
    pairs = [json.loads(line) for line in PAIRS.open()]
    out = {r["id"]: r for r in _run("similar", [{"id": p["id"], "a": p["a"], "b": p["b"]} for p in pairs])}
    for p in pairs:
        statements = [{"id": "a", "text": p["a"]}, {"id": "b", "text": p["b"]}]
        labels = group_statements(statements, embed([p["a"], p["b"]]))
        assert (labels[0] == labels[1]) == out[p["id"]]["same"], p["id"]
        if "different_figure" in p["kind"]:
            assert out[p["id"]]["same"] is False, p["id"]


def test_figures_must_agree_both_ways() -> None:
    two = statement_figures("Northwind raised $2 billion at a $30 billion valuation.")
    one = statement_figures("Northwind raised $2 billion.")
    assert figures_agree(two, two)
    assert not figures_agree(two, one) and not figures_agree(one, two)
