"""Is statement B a restatement of statement A? The numeric guard first, then paraphrase similarity.

This is the one decision both `claimwatch similar` and statement grouping take, so a score a user
sees for a pair is exactly what decides whether the two would share a group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.quantities import parse_quantities

# Chosen once on tests/data/statement-pairs-dev.jsonl with bench/eval_similar.py (see BENCHMARKS.md).
PARAPHRASE_COSINE = 0.81

Figure = tuple[float, float | None]

_WORD = re.compile(r"\w", re.UNICODE)


def statement_figures(text: str) -> list[Figure]:
    """The figures a statement commits to, as (value, upper end of a range)."""
    return [(q.value, q.value_high) for q in parse_quantities(text)]


def figure_key(value: float) -> str:
    """Two figures are the same figure when their keys are equal: "140 trillion" and "1.4e14" are,
    "30 trillion" and "31 trillion" are not (precision first: a rewrite that rounds differently
    states a different figure, and an equivalence never chains 30 to 31 to 32)."""
    return f"{value:.10g}"


def figures_equal(a: float, b: float) -> bool:
    return figure_key(a) == figure_key(b)


def _figure_matches(a: Figure, b: Figure) -> bool:
    return figures_equal(a[0], b[0]) and figures_equal(
        a[1] if a[1] is not None else a[0], b[1] if b[1] is not None else b[0]
    )


def figures_agree(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Both statements give the same figures, at the precision of the less precise one.

    A figure present on one side only counts as a difference: a restatement that drops or adds
    a number is not the same claim, and letting it through would chain different figures together.
    """
    return all(any(_figure_matches(x, y) for y in b) for x in a) and all(
        any(_figure_matches(y, x) for x in a) for y in b
    )


def states_something(text: str) -> bool:
    """Empty or punctuation-only text states nothing and is never the same as anything."""
    return bool(_WORD.search(text or ""))


def same_statement(
    figures_a: Sequence[Figure], figures_b: Sequence[Figure], cosine: float,
    threshold: float = PARAPHRASE_COSINE,
) -> bool:
    """The decision itself: figures agree, then the sentences are paraphrases."""
    return figures_agree(figures_a, figures_b) and cosine >= threshold


def similar_pairs(
    vectors: np.ndarray, threshold: float, block: int = 2048
) -> list[tuple[int, int, float]]:
    """Every pair (i < j) of unit vectors with cosine >= threshold, in blocks so memory stays flat.

    Exact, not approximate: grouping run from scratch and grouping run incrementally must agree.
    """
    pairs: list[tuple[int, int, float]] = []
    n = len(vectors)
    for start in range(0, n, block):
        sims = vectors[start : start + block] @ vectors[start:].T
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist()):
            i, j = start + r, start + c
            if i < j:
                pairs.append((i, j, float(sims[r, c])))
    return pairs
