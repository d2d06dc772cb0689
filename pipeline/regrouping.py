"""Keep groups current as the kb grows: new articles and claims join the groups they belong to.

A new item is looked up in the persisted index (band keys, text hash, a date window, a metric
bucket and figure range); only the groups it touches are regrouped, with the same pure functions a
full regroup uses, so both give the same groups and the same ids.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlite_utils import Database

from kb import group_index, store
from pipeline.embeddings import DIMENSIONS, MODEL_NAME, embed, from_blob, to_blob
from pipeline.grouping import (
    PARAPHRASE_COSINE,
    REWRITE_COSINE,
    REWRITE_WINDOW_DAYS,
    article_signature,
    article_time,
    band_keys,
    claim_bucket,
    conflict_key,
    figure_lookup,
    find_conflicts,
    group_articles,
    group_claims,
    is_numeric,
    norm_subject,
    subjects_match,
)


@dataclass
class RegroupSummary:
    articles_regrouped: int = 0
    claims_regrouped: int = 0
    embedded: int = 0
    embed_seconds: float = 0.0
    seconds: float = 0.0


def ensure_vectors(db: Database, texts: list[str], summary: RegroupSummary | None = None) -> np.ndarray:
    """Vectors for texts, embedding only those never embedded before (copies share vectors)."""
    hashes = [store.sha256(t) for t in texts]
    known = store.stored_vectors(db, sorted(set(hashes)))
    missing: dict[str, str] = {}
    for h, t in zip(hashes, texts):
        if h not in known and h not in missing:
            missing[h] = t
    if missing:
        started = time.perf_counter()
        fresh = embed(list(missing.values()))
        if summary is not None:
            summary.embedded += len(missing)
            summary.embed_seconds += time.perf_counter() - started
        new = {h: to_blob(v) for h, v in zip(missing, fresh)}
        store.store_vectors(db, MODEL_NAME, new, DIMENSIONS)
        known.update(new)
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.vstack([from_blob(known[h]) for h in hashes])


def lead(article: dict[str, Any], words: int = 60) -> str:
    body = " ".join((article.get("text") or "").split()[:words])
    return f"{article.get('title') or ''}. {body}"


def regroup(db: Database, full: bool = False) -> RegroupSummary:
    """Group what is new (or everything, with `full`), then refresh conflicts where groups changed."""
    started = time.perf_counter()
    summary = RegroupSummary()
    changed_articles = regroup_articles(db, full, summary)
    regroup_claims(db, full, changed_articles, summary)
    summary.seconds = time.perf_counter() - started
    return summary


# --- articles -----------------------------------------------------------------------------


def _day(when: dt.datetime | None, shift: int = 0) -> str | None:
    return (when + dt.timedelta(days=shift)).date().isoformat() if when else None


def article_index_row(article: dict[str, Any]) -> dict[str, Any]:
    signature = article_signature(article)
    return {
        "article": article["id"],
        "day": _day(article_time(article)),
        "text_hash": article.get("text_hash") or store.sha256(article.get("text") or article.get("title") or ""),
        "lead_hash": store.sha256(lead(article)),
        "minhash": signature,
        "bands": band_keys(signature),
    }


def regroup_articles(db: Database, full: bool, summary: RegroupSummary) -> list[int]:
    """Group new articles into stories; return the articles whose story or role changed."""
    new_ids = None if full else group_index.ungrouped_article_ids(db)
    if new_ids == []:
        return []
    new = group_index.articles_for_grouping(db, new_ids)
    rows = [article_index_row(a) for a in new]
    for a, row in zip(new, rows):
        a["minhash"] = row["minhash"]
    new_vectors = ensure_vectors(db, [lead(a) for a in new], summary)
    touched: set[int] | None = None
    if not full:
        touched = {a["article_group"] for a in new if a["article_group"] is not None}
        touched |= group_index.groups_sharing_bands(db, [b for r in rows for b in r["bands"]])
        touched |= group_index.groups_with_text(db, [r["text_hash"] for r in rows])
        touched |= _rewrite_candidates(db, new, new_vectors)
    group_index.save_article_index(db, rows)
    if full:
        region = new
    else:
        region_ids = set(new_ids or []) | set(group_index.article_group_members(db, touched or set()))
        region = group_index.articles_for_grouping(db, sorted(region_ids))
    vectors = ensure_vectors(db, [lead(a) for a in region], summary)
    grouping = group_articles(region, vectors)
    group_index.save_article_region(db, touched, grouping.groups, grouping.roles)
    summary.articles_regrouped += len(region)
    return [
        a["id"] for a in region if (a.get("article_group"), a.get("group_role")) != grouping.roles[a["id"]]
    ]


def _rewrite_candidates(db: Database, new: list[dict[str, Any]], vectors: np.ndarray) -> set[int]:
    """Stories whose articles ran within the window and whose leads read like a new article's."""
    times = [article_time(a) for a in new]
    dated = [t for t in times if t]
    first = _day(min(dated), -REWRITE_WINDOW_DAYS - 1) if dated else "0"
    last = _day(max(dated), REWRITE_WINDOW_DAYS + 1) if dated else "0"
    candidates = group_index.grouped_articles_between(db, first or "0", last or "0")
    if not candidates:
        return set()
    stored = store.stored_vectors(db, sorted({c["lead_hash"] for c in candidates}))
    candidates = [c for c in candidates if c["lead_hash"] in stored]
    if not candidates:
        return set()
    matrix = np.vstack([from_blob(stored[c["lead_hash"]]) for c in candidates])
    touched: set[int] = set()
    for start in range(0, len(new), 256):
        sims = vectors[start : start + 256] @ matrix.T
        for _, col in zip(*np.nonzero(sims >= REWRITE_COSINE)):
            touched.add(candidates[int(col)]["article_group"])
    return touched


# --- claims -------------------------------------------------------------------------------


def regroup_claims(db: Database, full: bool, changed_articles: list[int], summary: RegroupSummary) -> None:
    """Group new claims, regroup the groups they touch, and refresh conflicts around them."""
    touched: set[int] | None = None
    if full:
        region = group_index.claims_for_grouping(db)
    else:
        new_ids = group_index.ungrouped_claim_ids(db)
        touched = group_index.stale_claim_groups(db)
        touched |= group_index.claim_groups_of_articles(db, changed_articles)
        new = group_index.claims_for_grouping(db, new_ids)
        touched |= {c["claim_group"] for c in new if c["claim_group"] is not None}
        new_vectors = ensure_vectors(db, [c["sentence"] or "" for c in new], summary)
        touched |= _claim_candidates(db, new, new_vectors)
        if not new_ids and not touched:
            return
        region_ids = set(new_ids) | set(group_index.claim_group_members(db, touched))
        region = group_index.claims_for_grouping(db, sorted(region_ids))
    old_groups = [] if touched is None else group_index.claim_groups_by_id(db, touched)
    vectors = ensure_vectors(db, [c["sentence"] or "" for c in region], summary)
    grouping = group_claims(region, vectors)
    index_rows = [
        {
            "claim": c["id"],
            "bucket": claim_bucket(c),
            "value": c["value"] if is_numeric(c) else None,
            "subject": norm_subject(c.get("subject")) or None,
            "text_hash": store.sha256(c["sentence"] or ""),
            "claim_group": grouping.membership[c["id"]],
        }
        for c in region
    ]
    group_index.save_claim_region(db, touched, grouping.groups, grouping.membership, index_rows)
    if full:
        group_index.save_all_conflicts(db, grouping.conflicts)
    else:
        refresh_conflicts(db, grouping.groups + old_groups)
    summary.claims_regrouped += len(region)


def _claim_candidates(db: Database, new: list[dict[str, Any]], vectors: np.ndarray) -> set[int]:
    """Groups a new claim could join: same bucket and figure, or a paraphrase in its bucket."""
    touched: set[int] = set()
    by_bucket: dict[str, list[int]] = {}
    for i, c in enumerate(new):
        bucket = claim_bucket(c)
        if is_numeric(c):
            touched |= _figure_matches(db, c, bucket, vectors[i])
        else:
            by_bucket.setdefault(bucket, []).append(i)
    for bucket, items in by_bucket.items():
        members = group_index.bucket_members(db, bucket)
        stored = store.stored_vectors(db, sorted({m["text_hash"] for m in members}))
        members = [m for m in members if m["text_hash"] in stored]
        if not members:
            continue
        matrix = np.vstack([from_blob(stored[m["text_hash"]]) for m in members])
        sims = vectors[items] @ matrix.T
        for _, col in zip(*np.nonzero(sims >= PARAPHRASE_COSINE)):
            touched.add(members[int(col)]["claim_group"])
    return touched


def _figure_matches(db: Database, claim: dict[str, Any], bucket: str, vector: np.ndarray) -> set[int]:
    """Groups with the same figure in the bucket whose subject matches, or whose sentence (when a
    subject is missing) reads like this one."""
    low, high = figure_lookup(claim["value"])
    subject = norm_subject(claim.get("subject"))
    touched: set[int] = set()
    by_sentence: list[dict[str, Any]] = []
    for row in group_index.figure_candidates(db, bucket, low, high):
        if subject and row["subject"]:
            if subjects_match(subject, row["subject"]):
                touched.add(row["claim_group"])
        else:
            by_sentence.append(row)
    if by_sentence:
        stored = store.stored_vectors(db, sorted({r["text_hash"] for r in by_sentence}))
        for row in by_sentence:
            blob = stored.get(row["text_hash"])
            if blob is None or float(from_blob(blob) @ vector) >= PARAPHRASE_COSINE:
                touched.add(row["claim_group"])
    return touched


def refresh_conflicts(db: Database, groups: list[dict[str, Any]]) -> None:
    """Recompute conflicts for every subject, metric, period and unit these groups belong to."""
    keys = {conflict_key(g) for g in groups} - {None}
    triples = {(k[1], k[2], k[3]) for k in keys if k}
    for metric, unit, period in sorted(triples, key=str):
        rows = [r for r in group_index.claim_groups_with(db, metric, unit, period) if conflict_key(r) in keys]
        if not rows:
            continue
        stories = group_index.group_stories(db, [r["id"] for r in rows])
        for r in rows:
            r["_stories"] = stories.get(r["id"], set())
        group_index.replace_conflicts(db, [r["id"] for r in rows], find_conflicts(rows))
