"""Train pipeline/metric_model.json: the learned metric for figures the rules leave as "other".

Run from the project root:  python bench/train_metric_model.py [--check]

The examples are the figures the extractor finds (with the model switched off) in the tuning sets of
`bench/eval_claims.py`, each labelled with the metric of the gold claim of the same value; the
held-out sets are never read. `--check` prints a five-fold estimate (folds by file) of the metric
accuracy with and without the model, without writing the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_claims import DEFAULT_SETS, HELD_OUT, same_value

from pipeline.claims import claim_to_record, extract_claims_batch
from pipeline.metric_model import MODEL_PATH, MetricModel, features, rules_only

C = 0.3  # strong regularisation: ~2,000 examples, thousands of word features
MIN_WEIGHT = 0.01  # smaller weights are dropped from the stored file


def examples(paths: list[Path]) -> list[tuple[dict[str, float], str, str, int]]:
    """(features, gold metric, rules' metric, file index) for every found figure with a gold twin."""
    out = []
    with rules_only():
        for index, path in enumerate(paths):
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            found = extract_claims_batch([row["text"] for row in rows])
            for row, claims in zip(rows, found):
                golds = [g for g in row["claims"] if g.get("value") is not None]
                used: set[int] = set()
                for claim in claims:
                    if claim.kind != "numeric":
                        continue
                    pred = claim_to_record(claim)
                    gi = next((i for i, g in enumerate(golds) if i not in used and same_value(pred, g)), None)
                    if gi is None:
                        continue
                    used.add(gi)
                    feats = features(row["text"], pred["start"], pred["end"], pred["unit"])
                    out.append((feats, golds[gi]["metric"], pred["metric"], index))
    return out


def fit(rows: list[tuple[dict[str, float], str, str, int]]) -> MetricModel:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([r[0] for r in rows])
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [r[1] for r in rows])
    classes = [str(c) for c in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # a binary model keeps one row: the second class against a zero first
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    weights: dict[str, dict[str, float]] = {}
    for name, column in vectorizer.vocabulary_.items():
        kept = {m: round(float(coef[k, column]), 4) for k, m in enumerate(classes)
                if abs(coef[k, column]) >= MIN_WEIGHT}
        if kept:
            weights[name] = kept
    bias = {m: round(float(b), 4) for m, b in zip(classes, intercept)}
    return MetricModel(classes, bias, dict(sorted(weights.items())))


def check(rows: list[tuple[dict[str, float], str, str, int]], folds: int = 5) -> dict[str, Any]:
    """Metric accuracy of the rules, and of the rules with the model where they say "other"."""
    rules_right = combined_right = 0
    for fold in range(folds):
        train = [r for r in rows if r[3] % folds != fold]
        test = [r for r in rows if r[3] % folds == fold]
        model = fit(train)
        for feats, gold, rule, _ in test:
            guess = model.predict(feats)[0] if rule == "other" else rule
            rules_right += rule == gold
            combined_right += guess == gold
    return {"examples": len(rows), "rules": rules_right / len(rows), "rules+model": combined_right / len(rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate instead of writing the model")
    args = parser.parse_args()
    paths = [p for p in DEFAULT_SETS if p.name not in HELD_OUT and p.exists()]
    rows = examples(paths)
    if args.check:
        print(json.dumps(check(rows), indent=1))
        return
    model = fit(rows)
    MODEL_PATH.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{MODEL_PATH.relative_to(ROOT)}: {len(rows)} examples from {len(paths)} files, "
          f"{len(model.classes)} metrics, {len(model.weights)} features")


if __name__ == "__main__":
    main()
