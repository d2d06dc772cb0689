"""Fit a binary logistic regression over feature dicts into the JSON-ready shape of `pipeline.metric_model.BinaryModel`.

Shared by the trainers of the learned subject and the learned count judgement; needs scikit-learn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

M = TypeVar("M")


def fit_binary(feats: Sequence[Mapping[str, float]], labels: Sequence[bool], c: float, min_weight: float,
               make: Callable[[float, dict[str, float]], M]) -> M:
    """`make(bias, weights)` of a logistic regression fitted with sklearn's C = `c`; weights smaller than
    `min_weight` are dropped, the rest rounded to four places so a retrained file reads as a diff."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(feats)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, list(labels))
    coef = model.coef_[0]
    weights = {name: round(float(coef[k]), 4) for name, k in vectorizer.vocabulary_.items() if abs(coef[k]) >= min_weight}
    return make(round(float(model.intercept_[0]), 4), weights)
