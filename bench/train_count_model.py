"""Train pipeline/count_model.json: the learned judgement of whether a bare count is a claim.

Run from the project root:  python bench/train_count_model.py [--check]
Needs scikit-learn (`pip install -e '.[train]'`); the extractor itself does not.

Each example is a count the rules judge (with the learned parts switched off) in a tuning set of
`bench/eval_claims.py`, labelled by whether the annotators claimed a figure of the same value in that
sentence. The held-out sets are never read. `--check` prints a five-fold estimate (folds by file) of what
the model (with the parser's context vectors, and the gate before the parse) would change against the
rules: counts kept that annotators claim (gained) or do not (added),
counts dropped that they claim (lost) or do not (removed), without writing the file.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from binary_fit import fit_binary
from eval_claims import views
from train_cli import train_main

from pipeline.claims import extract_claims
from pipeline.count_model import DROP_BELOW, GATE_AT, KEEP_AT, MODEL_PATH, CountModel, counts_seen
from pipeline.metric_model import rules_only
from pipeline.nlp import load_nlp

REGULARISATION = 1.0  # sklearn's C: chosen by the five-fold check (0.1, 0.3, 1 and 3 tried)
MIN_WEIGHT = 0.01  # smaller weights are dropped from the stored file


@dataclass(frozen=True)
class Example:
    feats: dict[str, float]
    rule_keeps: bool
    claimed: bool  # an annotator claimed a figure of this value in the sentence
    fold: int  # the file it came from
    vectors: np.ndarray | None = None  # the parser's context vectors around the count
    sentence: str = ""  # the count's sentence and its span there, for probes of other features
    start: int = 0
    end: int = 0


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * abs(b) + 1e-9


def examples(paths: list[Path]) -> list[Example]:
    """Every count the rules judge in the tuning sets, read alone and in context, labelled by the annotation."""
    nlp = load_nlp()
    out = []
    with rules_only():
        for index, path in enumerate(paths):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                values = [float(g["value"]) for g in row["claims"] if isinstance(g.get("value"), (int, float))]
                for context in views(row):
                    with counts_seen() as seen:
                        extract_claims(row["text"], nlp, context=context)
                    for count in seen:
                        out.append(Example(count.feats, count.rule_keeps, any(_same(count.value, v) for v in values),
                                           index, count.vectors, count.sentence, count.start, count.end))
    return out


def fit(rows: list[Example]) -> CountModel:
    """A logistic regression of whether annotators claim each count."""
    return fit_binary([r.feats for r in rows], [r.claimed for r in rows], REGULARISATION, MIN_WEIGHT, CountModel,
                      [r.vectors for r in rows])


def cross_validate(rows: list[Example], folds: int = 5, keep_at: float = KEEP_AT,
                   drop_below: float = DROP_BELOW) -> dict[str, Any]:
    """What the model changes against the rules on files it was not trained on."""
    gained = added = lost = removed = gated_out = 0
    for fold in range(folds):
        model = fit([r for r in rows if r.fold % folds != fold])
        for r in rows:
            if r.fold % folds != fold:
                continue
            p = model.probability(r.feats, r.vectors)
            gate = model.probability(r.feats) >= GATE_AT  # before the parse, the vectors' mean standing in
            gated_out += not r.rule_keeps and p >= keep_at and not gate
            if not r.rule_keeps and p >= keep_at and gate:
                gained += r.claimed
                added += not r.claimed
            elif r.rule_keeps and p < drop_below:
                lost += r.claimed
                removed += not r.claimed
    kept = sum(r.rule_keeps for r in rows)
    return {"examples": len(rows), "rules keep": kept, "claimed": sum(r.claimed for r in rows),
            "kept and claimed": sum(r.rule_keeps and r.claimed for r in rows),
            "gained": gained, "added": added, "lost": lost, "removed": removed,
            "keeps the gate stops": gated_out}


def main() -> None:
    train_main(__doc__ or "", examples, cross_validate, fit, MODEL_PATH, lambda rows, paths, model: (
        f"{MODEL_PATH.relative_to(ROOT)}: {len(rows)} counts from {len(paths)} files, {len(model.weights)} features"))


if __name__ == "__main__":
    main()
