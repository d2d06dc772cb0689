"""Group syndicated articles and repeated claims, and find figures that contradict each other.

Pure functions over plain records and vectors; the runner loads them from the kb and saves results.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from pipeline.figures import contradicts, round_to, same_figure, significant_digits

COPY_JACCARD = 0.8  # near-verbatim: 80% of 5-word shingles shared
REWRITE_COSINE = 0.80  # headline+lead embeddings of the same story told in other words
REWRITE_WINDOW_DAYS = 7
PARAPHRASE_COSINE = 0.85  # two subject-less statements of the same figure
NUM_PERM = 128

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 5) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def stable_id(*parts: Any) -> int:
    """A positive 53-bit id derived from content, so regrouping keeps ids that reviews point at."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return int(digest[:13], 16)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=str)] = min(ra, rb, key=str)


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _order_key(item: dict[str, Any]) -> tuple[str, str, str]:
    return (item.get("published") or "9999", item.get("fetched_at") or "9999", str(item["id"]))


@dataclass
class ArticleGrouping:
    groups: list[dict[str, Any]] = field(default_factory=list)
    roles: dict[int, tuple[int, str]] = field(default_factory=dict)  # article id -> (group id, role)


def group_articles(articles: Sequence[dict[str, Any]], lead_vectors: np.ndarray) -> ArticleGrouping:
    """Copies by shingle overlap (MinHash LSH), rewrites by headline+lead similarity in a time window.

    `articles` need id, title, text, published, fetched_at; `lead_vectors[i]` embeds article i's
    headline and lead. The origin of a group is the earliest published, then earliest fetched.
    """
    lsh = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    uf = _UnionFind()
    for a in articles:
        m = minhash(a.get("text") or a.get("title") or "")
        hashes[a["id"]] = m
        for other in lsh.query(m):
            if m.jaccard(hashes[other]) >= COPY_JACCARD:
                uf.union(a["id"], other)
        lsh.insert(a["id"], m)
        uf.find(a["id"])
    if len(articles) > 1 and lead_vectors.size:
        sims = lead_vectors @ lead_vectors.T
        for i, j in zip(*np.nonzero(np.triu(sims, 1) >= REWRITE_COSINE)):
            a, b = articles[int(i)], articles[int(j)]
            da, db_ = _date(a.get("published")), _date(b.get("published"))
            if da and db_ and abs((da - db_).days) > REWRITE_WINDOW_DAYS:
                continue
            uf.union(a["id"], b["id"])
    members: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for a in articles:
        members[uf.find(a["id"])].append(a)
    result = ArticleGrouping()
    for group in members.values():
        group.sort(key=_order_key)
        origin = group[0]
        group_id = int(origin["id"])
        copies = rewrites = 0
        for a in group:
            if a is origin:
                role = "origin"
            elif hashes[a["id"]].jaccard(hashes[origin["id"]]) >= COPY_JACCARD or any(
                hashes[a["id"]].jaccard(hashes[o["id"]]) >= COPY_JACCARD
                for o in group
                if o is not a and result.roles.get(o["id"], (0, ""))[1] == "copy"
            ):
                role = "copy"
                copies += 1
            else:
                role = "rewrite"
                rewrites += 1
            result.roles[int(a["id"])] = (group_id, role)
        result.groups.append(
            {
                "id": group_id,
                "origin_article": int(origin["id"]),
                "title": origin.get("title"),
                "first_published": origin.get("published"),
                "size": len(group),
                "copies": copies,
                "rewrites": rewrites,
            }
        )
    return result


@dataclass
class ClaimGrouping:
    groups: list[dict[str, Any]] = field(default_factory=list)
    membership: dict[str, int] = field(default_factory=dict)  # claim id -> group id
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _norm_subject(subject: str | None) -> str:
    return re.sub(r"[\s\-_]+", " ", (subject or "").lower()).strip()


def group_claims(claims: Sequence[dict[str, Any]], vectors: np.ndarray) -> ClaimGrouping:
    """Same subject, metric, period, unit and figure form one group; a numeric guard comes first.

    Claims without a subject join a group only when their figure matches and their sentences
    are paraphrases. `claims[i]` needs id, article, article_group, source, kind, sentence,
    subject, metric, value, value_high, unit, period, bound, published, fetched_at;
    `vectors[i]` embeds claim i's sentence.
    """
    index = {c["id"]: i for i, c in enumerate(claims)}
    uf = _UnionFind()
    buckets: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        uf.find(c["id"])
        if c.get("kind") == "qualitative" or c.get("value") is None:
            buckets[("qualitative", _norm_subject(c.get("subject")), c.get("comparison"))].append(c)
        else:
            buckets[("numeric", c.get("metric"), c.get("unit"), c.get("period"), c.get("benchmark"))].append(c)
    for key, bucket in buckets.items():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if key[0] == "numeric":
                    if not (
                        same_figure(a["value"], b["value"])
                        and same_figure(a.get("value_high") or a["value"], b.get("value_high") or b["value"])
                    ):
                        continue
                    sa, sb = _norm_subject(a.get("subject")), _norm_subject(b.get("subject"))
                    if sa and sb:
                        if sa == sb or sa in sb or sb in sa:
                            uf.union(a["id"], b["id"])
                        continue
                if vectors.size and float(vectors[index[a["id"]]] @ vectors[index[b["id"]]]) >= PARAPHRASE_COSINE:
                    uf.union(a["id"], b["id"])
    members: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        members[uf.find(c["id"])].append(c)
    result = ClaimGrouping()
    for group in members.values():
        group.sort(key=_order_key)
        first = group[0]
        subject = next((c["subject"] for c in group if c.get("subject")), None)
        if first.get("value") is not None and subject:
            digits = min(significant_digits(c["value"]) for c in group)
            group_id = stable_id(_norm_subject(subject), first.get("metric"), first.get("unit"),
                                 first.get("period"), round_to(first["value"], digits))
        else:
            group_id = stable_id("claim", first["id"])
        origins = {c.get("article_group") or f"article-{c['article']}" for c in group}
        sources: list[str] = []
        for c in group:
            if c.get("source") and c["source"] not in sources:
                sources.append(c["source"])
        result.groups.append(
            {
                "id": group_id,
                "subject": subject,
                "metric": first.get("metric"),
                "value": first.get("value"),
                "value_high": first.get("value_high"),
                "unit": first.get("unit"),
                "period": first.get("period"),
                "statement": first.get("sentence"),
                "first_claim": first["id"],
                "first_article": first["article"],
                "first_source": first.get("source"),
                "first_published": first.get("published"),
                "appearances": len(group),
                "independent_origins": len(origins),
                "sources": sources,
                "contested": 0,
                "_bound": first.get("bound"),
                "_benchmark": first.get("benchmark"),
                "_stories": origins,
            }
        )
        for c in group:
            result.membership[c["id"]] = group_id
    result.conflicts = find_conflicts(result.groups)
    contested = {c["group_a"] for c in result.conflicts} | {c["group_b"] for c in result.conflicts}
    for g in result.groups:
        g["contested"] = int(g["id"] in contested)
        for private in ("_bound", "_benchmark", "_stories"):
            g.pop(private, None)
    return result


def find_conflicts(groups: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of figure groups about the same subject, metric, period and unit that cannot both be right.

    Two figures told in one story are not a conflict: an article that gives input and output
    prices, or last year's and this year's revenue, is describing two things, not disagreeing.
    """
    by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for g in groups:
        if g.get("value") is not None and g.get("subject") and g.get("metric") not in (None, "other"):
            key = (_norm_subject(g["subject"]), g["metric"], g.get("unit"), g.get("period"), g.get("_benchmark"))
            by_key[key].append(g)
    conflicts = []
    for (subject, metric, unit, period, _), bucket in by_key.items():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if a.get("_stories", set()) & b.get("_stories", set()):
                    continue
                if contradicts((a["value"], a.get("value_high"), a.get("_bound")), (b["value"], b.get("value_high"), b.get("_bound"))):
                    ga, gb = sorted((a, b), key=lambda g: g["id"])
                    conflicts.append(
                        {
                            "id": stable_id("conflict", ga["id"], gb["id"]),
                            "subject": a["subject"],
                            "metric": metric,
                            "period": period,
                            "unit": unit,
                            "group_a": ga["id"],
                            "group_b": gb["id"],
                            "value_a": ga["value"],
                            "value_b": gb["value"],
                            "relative_difference": abs(ga["value"] - gb["value"]) / max(abs(ga["value"]), abs(gb["value"])),
                        }
                    )
    return conflicts
