"""Fit a binary logistic regression over feature dicts into the JSON-ready shape of `pipeline.metric_model.BinaryModel`.

Shared by the trainers of the learned subject and the learned count judgement; needs scikit-learn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import numpy as np

M = TypeVar("M")


def with_vectors(matrix: Any, vectors: Sequence[np.ndarray | None], fill_mean: bool = False) -> tuple[Any, int]:
    """The sparse word matrix with the examples' context vectors as extra columns, and their width (0 when no
    example has vectors). An example without them gets what the model assumes at run time where none are given:
    zeros (the metric model reads the words alone) or, with `fill_mean`, the mean (a binary model's stand-in)."""
    from scipy.sparse import csr_matrix, hstack

    width = next((len(v) for v in vectors if v is not None), 0)
    if not width:
        return matrix, 0
    given = [v for v in vectors if v is not None]
    fill = np.mean(np.array(given), axis=0) if fill_mean else np.zeros(width)
    dense = np.array([v if v is not None else fill for v in vectors], dtype=np.float64)
    return hstack([matrix, csr_matrix(dense)]).tocsr(), width


def fit_binary(feats: Sequence[Mapping[str, float]], labels: Sequence[bool], c: float, min_weight: float,
               make: Callable[..., M], vectors: Sequence[np.ndarray | None] | None = None) -> M:
    """`make(bias, weights)` of a logistic regression fitted with sklearn's C = `c`; weights smaller than
    `min_weight` are dropped, the rest rounded to four places so a retrained file reads as a diff. With `vectors`
    (one per example) the model also weighs them: `make(bias, weights, vector_weights, vector_mean)`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix, width = with_vectors(vectorizer.fit_transform(feats), vectors or [], fill_mean=True)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, list(labels))
    coef = model.coef_[0]
    weights = {name: round(float(coef[k]), 4) for name, k in vectorizer.vocabulary_.items() if abs(coef[k]) >= min_weight}
    bias = round(float(model.intercept_[0]), 4)
    if not width:
        return make(bias, weights)
    words = len(vectorizer.vocabulary_)
    mean = np.asarray(matrix[:, words:].mean(axis=0)).ravel()  # the missing ones were filled with it: unchanged
    return make(bias, weights, [round(float(x), 4) for x in coef[words:]], [round(float(x), 4) for x in mean])
