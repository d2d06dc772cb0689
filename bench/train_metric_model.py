"""Train pipeline/metric_model.json: the learned metric for figures no cue word places.

Run from the project root:  python bench/train_metric_model.py [--check]
Needs scikit-learn (`pip install -e '.[train]'`); the extractor itself does not.

Each example is a figure the extractor finds (with the model switched off) in a tuning set of
`bench/eval_claims.py` — the shared dev set and the annotated sets in `tests/data/` — seen exactly as
the model sees it at run time (its sentence, span and candidate unit), labelled with the metric of the
gold claim of the same value. The held-out sets are never read. `--check` prints a five-fold estimate
(folds by file) of metric accuracy for the rules alone and for the rules with the model where they
leave a figure unplaced, without writing the file.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np
from binary_fit import with_vectors
from eval_claims import same_value, views
from train_cli import train_main

from pipeline.claims import claim_to_record, extract_claims
from pipeline.metric_model import MODEL_PATH, MetricModel, features, figures_seen, rules_only
from pipeline.nlp import load_nlp

REGULARISATION = 0.3  # sklearn's C: strong, for ~2,000 examples and thousands of word features
MIN_WEIGHT = 0.015  # smaller weights are dropped from the stored file (dropping 0.01-0.015 changed no claim)


@dataclass(frozen=True)
class Example:
    feats: dict[str, float]
    unit: str  # the candidate unit, before the metric is known
    gold: str  # the annotated metric
    rules: str  # what the rules alone said
    placed: bool  # whether a rule placed the figure (the model only speaks where none did)
    fold: int  # the file it came from
    vectors: np.ndarray | None = None  # the parser's context vectors around the figure
    sentence: str = ""  # the figure's sentence and its span there, for probes of other features
    start: int = 0
    end: int = 0


def examples(paths: list[Path]) -> list[Example]:
    """Every found figure with a gold twin of the same value, as the metric step saw it, read alone and in context."""
    nlp = load_nlp()
    out = []
    with rules_only():
        for index, path in enumerate(paths):
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for row, context in [(r, c) for r in rows for c in views(r)]:
                with figures_seen() as seen:
                    claims = [claim_to_record(c) for c in extract_claims(row["text"], nlp, context=context)
                              if c.kind == "numeric"]
                golds = [g for g in row["claims"] if g.get("value") is not None]
                used_gold: set[int] = set()
                used_seen: set[int] = set()
                for pred in claims:
                    gi = next((i for i, g in enumerate(golds) if i not in used_gold and same_value(pred, g)), None)
                    fi = next((i for i, f in enumerate(seen) if i not in used_seen and f.surface == pred["surface"]), None)
                    if gi is None or fi is None:
                        continue
                    used_gold.add(gi)
                    used_seen.add(fi)
                    fig = seen[fi]
                    out.append(Example(features(fig.sentence, fig.start, fig.end, fig.unit), fig.unit,
                                       golds[gi]["metric"], pred["metric"], fig.placed, index, fig.vectors,
                                       fig.sentence, fig.start, fig.end))
    return out


def fit(rows: list[Example]) -> MetricModel:
    """A logistic regression over the examples' words and context vectors, and for each candidate unit the metrics
    seen with it."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix, width = with_vectors(vectorizer.fit_transform([r.feats for r in rows]), [r.vectors for r in rows])
    model = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(matrix, [r.gold for r in rows])
    classes = [str(c) for c in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # a binary model keeps one row: the second class against a zero first
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    words = len(vectorizer.vocabulary_)
    vector_weights = {m: [round(float(x), 4) for x in coef[k, words:]] for k, m in enumerate(classes)} if width else None
    weights: dict[str, dict[str, float]] = {}
    for name, column in vectorizer.vocabulary_.items():
        kept = {m: round(float(coef[k, column]), 4) for k, m in enumerate(classes) if abs(coef[k, column]) >= MIN_WEIGHT}
        if kept:
            weights[name] = kept
    allowed: dict[str, set[str]] = defaultdict(lambda: {"other"} if "other" in classes else set())
    for r in rows:
        allowed[r.unit].add(r.gold)
    bias = {m: round(float(b), 4) for m, b in zip(classes, intercept)}
    return MetricModel(classes, bias, weights, {u: sorted(ms) for u, ms in sorted(allowed.items())}, vector_weights)


def cross_validate(rows: list[Example], folds: int = 5) -> dict[str, Any]:
    """Metric accuracy of the rules, and of the rules with the model where they leave a figure unplaced."""
    rules_right = combined_right = unplaced = 0
    for fold in range(folds):
        train = [r for r in rows if r.fold % folds != fold]
        model = fit(train)
        for r in rows:
            if r.fold % folds != fold:
                continue
            guess = r.rules
            if not r.placed and r.rules == "other":
                unplaced += 1
                guess = model.predict(r.feats, r.unit, r.vectors)[0]
            rules_right += r.rules == r.gold
            combined_right += guess == r.gold
    return {"examples": len(rows), "unplaced": unplaced, "rules": round(rules_right / len(rows), 4),
            "rules+model": round(combined_right / len(rows), 4)}


def main() -> None:
    train_main(__doc__ or "", examples, cross_validate, fit, MODEL_PATH, lambda rows, paths, model: (
        f"{MODEL_PATH.relative_to(ROOT)}: {len(rows)} examples from {len(paths)} files, "
        f"{len(model.classes)} metrics, {len(model.weights)} features"))


if __name__ == "__main__":
    main()
