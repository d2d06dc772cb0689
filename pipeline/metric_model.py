"""A learned guess at a figure's metric, for figures the cue-word rules leave as "other".

The rules in `pipeline.claims` know the common wordings ("raised", "valued at", "context window"); a
long tail of phrasings ("4 million developers have built with it", "trained on 3.2 trillion of data")
escapes them. A linear model over the words around the figure, trained on the annotated sentences in
`tests/data/` by `bench/train_metric_model.py`, picks the metric there. It only speaks where the rules
abstain, so a figure the rules place keeps their answer, and its weights are plain JSON beside this
module: no pickle, no download.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("metric_model.json")
WINDOW = 8  # words either side of the figure
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]*|[$€¥%×]")
_enabled = True


def features(sentence: str, start: int, end: int, unit: str) -> dict[str, float]:
    """Bag of lower-cased words near the figure (the two nearest each side by position) and its unit."""
    left = [w.lower() for w in _WORD_RE.findall(sentence[:start])]
    right = [w.lower() for w in _WORD_RE.findall(sentence[end:])]
    feats: dict[str, float] = {"unit=" + unit: 1.0}
    for i, word in enumerate(reversed(left[-WINDOW:])):
        feats["L:" + word] = 1.0
        if i < 2:
            feats[f"L{i}:" + word] = 1.0
    for i, word in enumerate(right[:WINDOW]):
        feats["R:" + word] = 1.0
        if i < 2:
            feats[f"R{i}:" + word] = 1.0
    for word in left + right:
        feats.setdefault("S:" + word, 0.3)
    for word in _WORD_RE.findall(sentence[start:end].lower()):
        feats["Q:" + word] = 1.0
    return feats


class MetricModel:
    """Multinomial logistic regression stored as {feature: {metric: weight}} plus per-metric biases."""

    def __init__(self, classes: list[str], bias: dict[str, float], weights: dict[str, dict[str, float]]):
        self.classes = classes
        self.bias = bias
        self.weights = weights

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = dict(self.bias)
        for name, x in feats.items():
            for metric, w in self.weights.get(name, {}).items():
                scores[metric] += w * x
        top = max(scores.values())
        exp = {m: math.exp(s - top) for m, s in scores.items()}
        total = sum(exp.values())
        return {m: e / total for m, e in exp.items()}

    def predict(self, feats: dict[str, float]) -> tuple[str, float]:
        probs = self.probabilities(feats)
        metric = max(probs, key=probs.__getitem__)
        return metric, probs[metric]

    def to_json(self) -> dict[str, object]:
        return {"classes": self.classes, "bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> MetricModel:
        return cls(list(data["classes"]), dict(data["bias"]), dict(data["weights"]))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> MetricModel | None:
    """The shipped model, or None when its file is missing (the rules then stand alone)."""
    if not path.exists():
        return None
    return MetricModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def guess_metric(sentence: str, start: int, end: int, unit: str) -> str | None:
    """The model's metric for a figure the rules could not place, or None to keep "other"."""
    model = load_model() if _enabled else None
    if model is None:
        return None
    metric, _ = model.predict(features(sentence, start, end, unit))
    return None if metric == "other" else metric


@contextmanager
def rules_only() -> Iterator[None]:
    """Switch the model off, so training data reflects what the rules alone decide."""
    global _enabled
    before, _enabled = _enabled, False
    try:
        yield
    finally:
        _enabled = before
