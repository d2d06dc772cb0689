"""Score `claimwatch similar`'s decision on the statement-pair sets.

    .venv/bin/python bench/eval_similar.py            # dev and test at the shipped threshold
    .venv/bin/python bench/eval_similar.py --sweep    # F1 on dev across thresholds (to choose it)

The threshold is chosen once, on dev (`--sweep`), and written into pipeline/similarity.py; the
test split is only ever scored at that value.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.embeddings import embed
from pipeline.similarity import (
    PARAPHRASE_COSINE,
    same_statement,
    statement_figures,
    states_something,
)

DATA = ROOT / "tests" / "data"


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"statement-pairs-{name}.jsonl").open()]


def scored(pairs: list[dict]) -> list[tuple[dict, float, bool]]:
    """Each pair with its cosine and whether the figures let it through the guard."""
    texts = sorted({t for p in pairs for t in (p["a"], p["b"])})
    vectors = dict(zip(texts, embed(texts)))
    out = []
    for p in pairs:
        cosine = float(vectors[p["a"]] @ vectors[p["b"]])
        guard = states_something(p["a"]) and states_something(p["b"]) and same_statement(
            statement_figures(p["a"]), statement_figures(p["b"]), 1.0, threshold=0.0
        )
        out.append((p, cosine, guard))
    return out


def report(rows: list[tuple[dict, float, bool]], threshold: float) -> dict[str, float]:
    tp = fp = fn = 0
    figure_pairs = figure_rejected = 0
    for p, cosine, guard in rows:
        same = guard and cosine >= threshold
        tp += same and p["same"]
        fp += same and not p["same"]
        fn += (not same) and p["same"]
        if "different_figure" in p["kind"]:
            figure_pairs += 1
            figure_rejected += not same
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": len(rows), "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(f1, 3),
        "different_figure_false": round(figure_rejected / figure_pairs, 3) if figure_pairs else 1.0,
        "different_figure_pairs": figure_pairs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="F1 on dev across thresholds")
    args = parser.parse_args()
    dev = scored(load("dev"))
    if args.sweep:
        best = max(np.arange(0.50, 0.96, 0.01), key=lambda t: (report(dev, float(t))["f1"], t))
        for t in np.arange(0.50, 0.96, 0.05):
            print(f"threshold {t:.2f}: {report(dev, float(t))}")
        print(f"best on dev: {best:.2f} {report(dev, float(best))}")
        return
    test = scored(load("test"))
    print(f"threshold {PARAPHRASE_COSINE:.2f} (chosen on dev)")
    print("dev ", json.dumps(report(dev, PARAPHRASE_COSINE)))
    print("test", json.dumps(report(test, PARAPHRASE_COSINE)))
    misses = [(p["id"], round(c, 3)) for p, c, g in dev if (g and c >= PARAPHRASE_COSINE) != p["same"]]
    print("dev errors:", misses)


if __name__ == "__main__":
    main()
