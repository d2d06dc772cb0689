"""A learned guess at a figure's metric, for figures no cue word places.

The rules in `pipeline.claims` know the common wordings ("raised", "valued at", "context window"); a
long tail of phrasings escapes them. Where a figure is left unplaced, a linear model over the words
around it and its unit picks the metric. It was trained by `bench/train_metric_model.py` on the
annotated tuning sets (`tests/data/` and the shared dev set), and only chooses among metrics seen with
that unit in training, so a percentage never becomes a token count. It only speaks where the rules
abstain: a rule that decides a figure is "other" keeps its word. The weights are plain JSON beside this
module: no pickle, no download, and a damaged file means the rules stand alone, never lost claims.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_PATH = Path(__file__).with_name("metric_model.json")
WINDOW = 8  # words either side of the figure
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]*|[$€¥%×]")

VECTOR_SIDE = 3  # tokens either side of a figure whose context vectors the models read
VECTOR_SCALE = 0.2  # the vectors' weight against the words, chosen by five-fold checks (0.05-0.3 tried)

log = logging.getLogger(__name__)
T = TypeVar("T")
B = TypeVar("B", bound="BinaryModel")


@dataclass(frozen=True)
class Figure:
    """A figure as the metric step saw it: its sentence, span there, candidate unit, and whether a rule placed it."""

    sentence: str
    start: int
    end: int
    unit: str
    placed: bool
    surface: str
    vectors: np.ndarray | None = None


_use_model: ContextVar[bool] = ContextVar("use_model", default=True)
_seen: ContextVar[list[Figure] | None] = ContextVar("figures_seen", default=None)


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


def figure_vectors(doc: Doc, start: int, end: int) -> np.ndarray | None:
    """The parser's own context vectors (spaCy's tok2vec layer, which the tagger and parser read) around the figure at
    doc.text[start:end]: the mean over its tokens, over the three words before it and over the three after, within
    its sentence (whitespace tokens skipped), scaled. Where the bag of words knows only which words stand near a
    figure, these also carry what the parser learned of words like them, so wording unseen in training can still
    resemble wording seen. None when the pipeline left no vectors."""
    tensor = doc.tensor
    if not isinstance(tensor, np.ndarray) or tensor.ndim != 2 or tensor.shape[0] != len(doc) or not len(doc):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = doc[span.start].sent
    left = _words_from(doc, span.start - 1, sent.start - 1, -1)[::-1]
    right = _words_from(doc, span.end, sent.end, 1)
    none = np.zeros(tensor.shape[1], dtype=np.float32)
    parts = [tensor[span.start : span.end].mean(0), tensor[left].mean(0) if left else none,
             tensor[right].mean(0) if right else none]
    return np.concatenate(parts).astype(np.float64) * VECTOR_SCALE


def _words_from(doc: Doc, first: int, stop: int, step: int) -> list[int]:
    """Up to VECTOR_SIDE non-space token indices, walking from `first` towards `stop` (not included)."""
    found: list[int] = []
    for i in range(first, stop, step):
        if not doc[i].is_space:
            found.append(i)
            if len(found) == VECTOR_SIDE:
                break
    return found


@cache
def _warn_width(what: str, width: int, given: int) -> None:
    log.warning("%s weighs context vectors of %d numbers but the pipeline gives %d: it reads the words alone", what,
                width, given)


class MetricModel:
    """Multinomial logistic regression held as {feature: {metric: weight}} ([class index, weight] pairs on disk),
    per-metric biases, and the metrics each candidate unit may take. Fixed once built: the weights a unit allows
    are kept from call to call."""

    def __init__(self, classes: list[str], bias: dict[str, float], weights: dict[str, dict[str, float]],
                 allowed: dict[str, list[str]], vector_weights: dict[str, list[float]] | None = None):
        if set(bias) != set(classes):
            raise ValueError("metric model: biases and classes differ")
        if any(m not in bias for w in weights.values() for m in w):
            raise ValueError("metric model: a weight names a metric that is not a class")
        if any(m not in bias for ms in allowed.values() for m in ms):
            raise ValueError("metric model: a unit allows a metric that is not a class")
        if vector_weights is not None and (set(vector_weights) != set(classes) or len({len(w) for w in vector_weights.values()}) > 1):
            raise ValueError("metric model: vector weights must give one row of one length per class")
        self.classes = classes
        self.bias = bias
        self.weights = weights
        self.allowed = allowed
        self.vector_weights = vector_weights
        self._vector_rows = {m: np.asarray(w, dtype=np.float64) for m, w in (vector_weights or {}).items()}
        self._vector_width = len(next(iter(vector_weights.values()))) if vector_weights else 0
        self._unit_weights: dict[str | None, dict[str, list[tuple[str, float]]]] = {}

    def probabilities(self, feats: Mapping[str, float], unit: str | None = None,
                      vectors: np.ndarray | None = None) -> dict[str, float]:
        """P(metric | features and context vectors), over the metrics the unit allows (all metrics without a unit)."""
        names = self.allowed.get(unit, []) if unit is not None else self.classes
        scores = {m: self.bias[m] for m in names}
        # each feature's weights for the metrics this unit allows, in the stored order (so the sums come out as
        # before), kept from call to call instead of testing every weight of every feature against the unit
        within = self._unit_weights.setdefault(unit, {})
        for name, x in feats.items():
            pairs = within.get(name)
            if pairs is None:
                weights = self.weights.get(name)
                if weights is None:  # a word never seen in training: nothing to add, nothing to keep
                    continue
                pairs = within[name] = [(m, w) for m, w in weights.items() if m in scores]
            for metric, w in pairs:
                scores[metric] += w * x
        if vectors is not None and self._vector_rows:
            if len(vectors) != self._vector_width:
                _warn_width("the metric model", self._vector_width, len(vectors))  # another pipeline: words alone
            else:
                for metric in scores:
                    scores[metric] += float(vectors @ self._vector_rows[metric])
        if not scores:
            return {}
        top = max(scores.values())
        exp = {m: math.exp(s - top) for m, s in scores.items()}
        total = sum(exp.values())
        return {m: e / total for m, e in exp.items()}

    def predict(self, feats: Mapping[str, float], unit: str | None = None,
                vectors: np.ndarray | None = None) -> tuple[str, float]:
        """The likeliest metric and its probability; ("other", 1.0) for a unit never seen in training."""
        probs = self.probabilities(feats, unit, vectors)
        if not probs:
            return "other", 1.0
        metric = max(probs, key=probs.__getitem__)
        return metric, probs[metric]

    def to_json(self) -> str:
        """One feature per line, keys sorted: a retrained model reads as a diff."""
        lines = [
            "{",
            f'"classes": {json.dumps(self.classes)},',
            f'"bias": {json.dumps(self.bias, sort_keys=True)},',
            f'"allowed": {json.dumps(self.allowed, sort_keys=True)},',
        ]
        if self.vector_weights is not None:
            rows = sorted(self.vector_weights.items())
            lines += ['"vector_weights": {'] + [f"{json.dumps(m)}: {json.dumps(w)}" + ("," if i < len(rows) - 1 else "")
                                                for i, (m, w) in enumerate(rows)] + ["},"]
        lines += [
            '"weights": {',
        ]
        # a feature's weights as [class index, weight] pairs: a metric's name on every weight made the file 1.6 times larger
        index = {m: i for i, m in enumerate(self.classes)}
        items = sorted(self.weights.items())
        lines += [f"{json.dumps(k)}: {json.dumps(sorted([index[m], w] for m, w in v.items()), separators=(',', ':'))}"
                  + ("," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)]
        lines += ["}", "}"]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MetricModel:
        classes = [str(c) for c in data["classes"]]
        bias = {str(k): float(v) for k, v in data["bias"].items()}
        weights = {str(f): {_class_at(classes, i): float(w) for i, w in pairs} for f, pairs in data["weights"].items()}
        allowed = {str(u): [str(m) for m in ms] for u, ms in data["allowed"].items()}
        vectors = data.get("vector_weights")
        vector_weights = {str(m): [float(x) for x in w] for m, w in vectors.items()} if vectors is not None else None
        return cls(classes, bias, weights, allowed, vector_weights)


def _class_at(classes: list[str], index: Any) -> str:
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(classes):
        raise ValueError(f"metric model: a weight names class {index!r}, not one of {len(classes)}")
    return classes[index]


class BinaryModel:
    """Binary logistic regression stored as a bias and {feature: weight}: the shape of the subject and count models."""

    def __init__(self, bias: float, weights: dict[str, float], vector_weights: list[float] | None = None,
                 vector_mean: list[float] | None = None):
        if (vector_weights is None) != (vector_mean is None) or vector_weights is not None and vector_mean is not None \
                and len(vector_weights) != len(vector_mean):
            raise ValueError("vector weights and their training mean must come together, of one length")
        self.bias = bias
        self.weights = weights
        self.vector_weights = vector_weights
        self.vector_mean = vector_mean
        self._vector_row = np.asarray(vector_weights, dtype=np.float64) if vector_weights is not None else None
        # where no vectors are at hand (before parsing), the training mean stands in for them
        self._vector_base = float(np.asarray(vector_mean) @ self._vector_row) if self._vector_row is not None else 0.0

    def score(self, feats: Mapping[str, float], vectors: np.ndarray | None = None) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * x for name, x in feats.items())
        if self._vector_row is not None:
            if vectors is not None and len(vectors) != len(self._vector_row):
                _warn_width("a learned judgement", len(self._vector_row), len(vectors))  # another pipeline: as none given
                vectors = None
            z += float(vectors @ self._vector_row) if vectors is not None else self._vector_base
        return z

    def probability(self, feats: Mapping[str, float], vectors: np.ndarray | None = None) -> float:
        """P(yes | features and, where given, context vectors)."""
        z = self.score(feats, vectors)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def to_json(self) -> str:
        """One feature per line, keys sorted: a retrained model reads as a diff."""
        items = sorted(self.weights.items())
        lines = ["{", f'"bias": {json.dumps(self.bias)},']
        if self.vector_weights is not None:
            lines += [f'"vector_mean": {json.dumps(self.vector_mean)},', f'"vector_weights": {json.dumps(self.vector_weights)},']
        lines += ['"weights": {']
        lines += [f"{json.dumps(k)}: {json.dumps(v)}" + ("," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)]
        lines += ["}", "}"]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        vectors, mean = data.get("vector_weights"), data.get("vector_mean")
        return cls(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()},
                   [float(x) for x in vectors] if vectors is not None else None,
                   [float(x) for x in mean] if mean is not None else None)


def read_weights(path: Path, parse: Callable[[Mapping[str, Any]], T], what: str) -> T | None:
    """A learned part's JSON weights parsed, or None when the file is missing or damaged (logged once)."""
    if not path.exists():
        return None
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("%s %s not used: %s", what, path, exc)
        return None


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> MetricModel | None:
    """The shipped model, or None when its file is missing or damaged (the rules then stand alone)."""
    return read_weights(path, MetricModel.from_json, "metric model")


def guess_metric(sentence: str, start: int, end: int, unit: str, vectors: np.ndarray | None = None) -> str | None:
    """The model's metric for a figure the rules could not place, or None to keep "other"."""
    model = load_model() if _use_model.get() else None
    if model is None:
        return None
    metric, _ = model.predict(features(sentence, start, end, unit), unit, vectors)
    return None if metric == "other" else metric


def collecting_figures() -> bool:
    """Whether a `figures_seen()` block is open (then every figure's vectors are wanted, not only unplaced ones')."""
    return _seen.get() is not None


def note_figure(sentence: str, start: int, end: int, unit: str, placed: bool, surface: str,
                vectors: np.ndarray | None = None) -> None:
    """Tell a `figures_seen()` block about a figure; does nothing outside one."""
    seen = _seen.get()
    if seen is not None:
        seen.append(Figure(sentence, start, end, unit, placed, surface, vectors))


@contextmanager
def collecting(var: ContextVar[list[T] | None]) -> Iterator[list[T]]:
    """A fresh list in `var` for the block, reset after it even on an error: what a learned part's
    `note_*` hook appends to while training data is made."""
    items: list[T] = []
    token = var.set(items)
    try:
        yield items
    finally:
        var.reset(token)


def figures_seen() -> AbstractContextManager[list[Figure]]:
    """Collect the figures the metric step sees, with the inputs the model gets: how training data is made."""
    return collecting(_seen)


def model_enabled() -> bool:
    """False inside `rules_only()`: the learned parts (this metric model, the subject and count models) stand aside."""
    return _use_model.get()


@contextmanager
def rules_only() -> Iterator[None]:
    """Switch the learned models off in this context, so training data reflects what the rules alone decide."""
    token = _use_model.set(False)
    try:
        yield
    finally:
        _use_model.reset(token)
