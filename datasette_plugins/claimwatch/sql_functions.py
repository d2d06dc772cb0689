"""SQL functions for analysts: read figures out of text and compare statements, inside any query."""

from __future__ import annotations

import hashlib
import json
import math
import re
import sqlite3
from array import array
from collections.abc import Callable
from typing import Any

from pipeline.quantities import parse_quantities

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)


def parse_quantity(text: str | None) -> str | None:
    """The first figure in a text as JSON (value in base units, unit, surface, bound), or NULL."""
    if not isinstance(text, str) or not text:
        return None
    quantities = parse_quantities(text)
    return json.dumps(quantities[0].to_dict()) if quantities else None


def parse_quantities_json(text: str | None) -> str | None:
    """Every figure in a text as a JSON list, so `json_each` can turn them into rows."""
    if not isinstance(text, str):
        return None
    return json.dumps([q.to_dict() for q in parse_quantities(text)])


def statement_similarity(a: str | None, b: str | None) -> float | None:
    """Word-set overlap (Jaccard, 0 to 1) of two statements; cheap enough to run on every row pair.

    Figures are words too, so "140 trillion tokens" and "100 trillion tokens" differ.
    """
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    words_a = {w.lower() for w in _WORD.findall(a)}
    words_b = {w.lower() for w in _WORD.findall(b)}
    if not words_a and not words_b:
        return 1.0
    return len(words_a & words_b) / len(words_a | words_b)


def vector_similarity(a: bytes | None, b: bytes | None) -> float | None:
    """Cosine similarity of two float32 vectors from the embeddings table (NULL if they differ)."""
    if not isinstance(a, bytes) or not isinstance(b, bytes) or len(a) != len(b) or len(a) % 4:
        return None
    va, vb = array("f", a), array("f", b)
    dot = sum(x * y for x, y in zip(va, vb))
    norm = math.sqrt(sum(x * x for x in va)) * math.sqrt(sum(y * y for y in vb))
    return dot / norm if norm else None


def text_hash(text: str | None) -> str | None:
    """SHA-256 of a text, the key of the embeddings table: join a sentence to its vector."""
    if not isinstance(text, str):
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


SQL_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "parse_quantity": (1, parse_quantity),
    "parse_quantities": (1, parse_quantities_json),
    "statement_similarity": (2, statement_similarity),
    "vector_similarity": (2, vector_similarity),
    "text_hash": (1, text_hash),
}


def register(conn: sqlite3.Connection) -> None:
    """Add every claimwatch SQL function to a connection."""
    for name, (arity, function) in SQL_FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)
