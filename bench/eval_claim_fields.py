"""How often the extractor's other fields agree with the annotators on the claims it finds.

Run from the project root:  python bench/eval_claim_fields.py

For every predicted claim matched to a gold claim by value and unit (as `bench/eval_claims.py` matches them, sentences
read alone), the share whose hedge flag, bound, period and attribution (given or not) agree with the gold, pooled
over the tuning sets and over the held-out sets (the blind heldout97 and heldout98 left out, as in their notes).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_claims import DEFAULT_SETS, HELD_OUT, match

from pipeline.claims import claim_to_record, extract_claims_batch

BLIND = {"ai-claims-heldout97.jsonl", "ai-claims-heldout98.jsonl"}
FIELDS = ("hedged", "bound", "period", "attribution")


def agreement(paths: list[Path]) -> tuple[int, dict[str, float]]:
    """Matched claims and the share of them each field agrees on."""
    counts: Counter[str] = Counter()
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row, claims in zip(rows, extract_claims_batch([row["text"] for row in rows])):
            golds = [g for g in row["claims"] if g.get("value") is not None]
            preds = [claim_to_record(c) for c in claims if c.kind == "numeric"]
            for pi, gi in match(preds, golds, need_metric=False):
                pred, gold = preds[pi], golds[gi]
                counts["n"] += 1
                counts["hedged"] += bool(pred.get("hedged")) == bool(gold.get("hedged"))
                counts["bound"] += (pred.get("bound") or "=") == (gold.get("bound") or "=")
                counts["period"] += pred.get("period") == gold.get("period")
                counts["attribution"] += bool(pred.get("attribution")) == bool(gold.get("attribution"))
    n = counts["n"]
    return n, {field: counts[field] / n if n else 0.0 for field in FIELDS}


def main() -> None:
    groups = {
        "tuning sets": [p for p in DEFAULT_SETS if p.name not in HELD_OUT],
        "held-out sets": [p for p in DEFAULT_SETS if p.name in HELD_OUT and p.name not in BLIND],
    }
    for label, paths in groups.items():
        n, shares = agreement(paths)
        print(f"{label} ({len(paths)} files): {n} matched claims | " + " | ".join(f"{f} {shares[f]:.4f}" for f in FIELDS))


if __name__ == "__main__":
    main()
