"""The second-annotator agreement check: scored like the extractor, on sentences that line up."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_agreement import AGREEMENT, agreement, read_rows


def _row(claims: list[dict]) -> dict:
    return {"id": "x-1", "text": "OpenAI raised $6.6 billion and has 3,000 staff.", "claims": claims}


CLAIM = {"subject": "OpenAI", "metric": "funding", "value": 6.6e9, "value_high": None, "unit": "USD",
         "surface": "$6.6 billion"}


def test_identical_annotations_agree_fully() -> None:
    t = agreement([_row([CLAIM])], [_row([CLAIM])])
    assert (t.gold, t.other, t.tp, t.tp_value_unit, t.subject_ok) == (1, 1, 1, 1, 1)


def test_a_different_metric_counts_for_value_and_unit_only() -> None:
    other = dict(CLAIM, metric="spending", subject="Microsoft")
    t = agreement([_row([CLAIM])], [_row([other])])
    assert (t.tp, t.tp_value_unit, t.subject_ok) == (0, 1, 0)
    assert "F1 0.000 | value+unit F1 1.000" in t.line()


def test_an_extra_claim_and_a_dirty_empty_sentence() -> None:
    extra = dict(CLAIM, metric="other", value=3000, unit="count", surface="3,000")
    t = agreement([_row([CLAIM]), dict(_row([]), id="x-2")], [_row([CLAIM, extra]), dict(_row([extra]), id="x-2")])
    assert (t.gold, t.other, t.tp, t.empty, t.clean) == (1, 3, 1, 1, 0)


def test_sentences_must_line_up() -> None:
    with pytest.raises(ValueError, match="same sentences"):
        agreement([_row([])], [dict(_row([]), id="x-2")])


def test_the_agreement_folder_holds_second_annotations() -> None:
    assert len(sorted(AGREEMENT.glob("*.second.jsonl"))) >= 4


@pytest.mark.parametrize("second", sorted(AGREEMENT.glob("*.second.jsonl")), ids=lambda p: p.name)
def test_stored_second_annotations_match_their_sets(second: Path) -> None:
    first = read_rows(ROOT / "tests" / "data" / second.name.replace(".second", ""))
    rows = read_rows(second)
    assert [(r["id"], r["text"]) for r in rows] == [(r["id"], r["text"]) for r in first]
    for row in rows:
        for claim in row["claims"]:
            assert claim["surface"] in row["text"]
            assert isinstance(claim["value"], (int, float))
    t = agreement(first, rows)
    assert t.gold == sum(1 for r in first for c in r["claims"] if c.get("value") is not None)
    assert 0 < t.tp <= min(t.gold, t.other) and t.tp <= t.tp_value_unit
    assert agreement(first, copy.deepcopy(first)).tp == t.gold  # an annotation agrees with itself fully
