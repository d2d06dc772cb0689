"""Semantic search: embed the query with the pipeline's model and rank claim groups by cosine.

The vectors of every claim statement are loaded once per knowledge-base version and kept in memory;
a brute-force dot product over them is fast enough for hundreds of thousands of groups.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import numpy as np

from kb import queries


@dataclass
class StatementIndex:
    """Unit vectors of claim-group statements, row i belonging to group ids[i]."""

    version: str
    ids: np.ndarray
    vectors: np.ndarray


_cache: dict[str, StatementIndex] = {}


async def _load(db: Any, version: str) -> StatementIndex:
    rows = (await db.execute(queries.CLAIM_GROUP_STATEMENTS, custom_time_limit=60000)).rows
    by_hash: dict[str, list[int]] = {}
    for row in rows:
        digest = hashlib.sha256(row["statement"].encode("utf-8")).hexdigest()
        by_hash.setdefault(digest, []).append(row["id"])
    ids: list[int] = []
    vectors: list[np.ndarray] = []
    hashes = list(by_hash)
    for i in range(0, len(hashes), 5000):
        chunk = json.dumps(hashes[i : i + 5000])
        found = await db.execute(queries.EMBEDDING_VECTORS, {"hashes": chunk}, custom_time_limit=60000)
        for row in found.rows:
            vector = np.frombuffer(row["vector"], dtype=np.float32)
            for group_id in by_hash[row["text_hash"]]:
                ids.append(group_id)
                vectors.append(vector)
    matrix = np.vstack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)
    return StatementIndex(version, np.asarray(ids, dtype=np.int64), matrix)


async def statement_index(db: Any) -> StatementIndex:
    """The cached index for this database, rebuilt when claim groups or embeddings change."""
    version = (await db.execute(queries.INDEX_VERSION)).first()["version"]
    key = f"{db.path}"
    cached = _cache.get(key)
    if cached is None or cached.version != version:
        cached = await _load(db, version)
        _cache[key] = cached
    return cached


def _embed_query(text: str) -> np.ndarray:
    from pipeline.embeddings import embed

    return embed([text])[0]


async def nearest_groups(db: Any, query: str, limit: int = 200) -> list[tuple[int, float]]:
    """Claim groups whose statement means most nearly what the query says, best first."""
    index = await statement_index(db)
    if not len(index.ids):
        return []
    vector = await asyncio.to_thread(_embed_query, query)
    scores = index.vectors @ vector
    top = np.argsort(-scores)[:limit]
    return [(int(index.ids[i]), float(scores[i])) for i in top]
