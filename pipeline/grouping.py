"""Group syndicated articles and repeated claims, and find figures that contradict each other.

Pure functions over plain records and vectors; the runner loads them from the kb and saves results.
Every comparison is blocked (identical texts collapse, shingle bands, date windows, metric buckets,
figure keys), so cost grows with the number of real candidates, not with the square of all items,
and the result is exact: running over a region of the kb gives the groups a full run would.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from pipeline.entities import canonical_entity
from pipeline.figures import contradicts
from pipeline.similarity import (
    PARAPHRASE_COSINE,
    figure_key,
    figures_agree,
    similar_pairs,
    statement_figures,
    states_something,
)

COPY_JACCARD = 0.8  # near-verbatim: 80% of 5-word shingles shared
REWRITE_COSINE = 0.80  # headline+lead embeddings of the same story told in other words
REWRITE_WINDOW_DAYS = 7
NUM_PERM = 128
_LSH = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM)
LSH_BANDS, LSH_ROWS = _LSH.b, _LSH.r  # the band layout datasketch picks for the threshold

__all__ = ["PARAPHRASE_COSINE", "group_articles", "group_claims", "group_statements"]

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


def article_signature(article: dict[str, Any]) -> np.ndarray:
    """MinHash values of an article's body; stored in the kb so they are computed once."""
    if article.get("minhash") is not None:
        return np.asarray(article["minhash"], dtype=np.uint64)
    return minhash(article.get("text") or article.get("title") or "").hashvalues


def band_keys(signature: np.ndarray) -> list[str]:
    """LSH band keys: two articles sharing one are candidates for a near-verbatim copy."""
    keys = []
    for band in range(LSH_BANDS):
        chunk = np.ascontiguousarray(signature[band * LSH_ROWS : (band + 1) * LSH_ROWS])
        keys.append(f"{band}:{hashlib.blake2b(chunk.tobytes(), digest_size=8).hexdigest()}")
    return keys


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


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
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def article_time(article: dict[str, Any]) -> dt.datetime | None:
    """When a story ran: its publication date, else when it was fetched."""
    return _date(article.get("published")) or _date(article.get("fetched_at"))


def _order_key(item: dict[str, Any]) -> tuple[str, str, str]:
    return (item.get("published") or "9999", item.get("fetched_at") or "9999", str(item["id"]))


def _text_key(article: dict[str, Any]) -> str:
    text = article.get("text") or article.get("title") or ""
    return article.get("text_hash") or hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ArticleGrouping:
    groups: list[dict[str, Any]] = field(default_factory=list)
    roles: dict[int, tuple[int, str]] = field(default_factory=dict)  # article id -> (group id, role)


def group_articles(articles: Sequence[dict[str, Any]], lead_vectors: np.ndarray) -> ArticleGrouping:
    """Copies by shingle overlap (MinHash LSH), rewrites by headline+lead similarity in a time window.

    `articles` need id, title, text, published, fetched_at (text_hash and minhash are used when
    present); `lead_vectors[i]` embeds article i's headline and lead. The origin of a group is the
    earliest published, then earliest fetched; a copy is in the origin's chain of near-verbatim
    copies, a rewrite is anything else in the story.
    """
    ids = [a["id"] for a in articles]
    copies, story = _UnionFind(), _UnionFind()
    reps: list[int] = []
    by_text: dict[str, int] = {}
    for i, a in enumerate(articles):
        copies.find(ids[i])
        key = _text_key(a)
        if key in by_text:
            copies.union(ids[i], ids[by_text[key]])
        else:
            by_text[key] = i
            reps.append(i)
    signatures = {i: article_signature(articles[i]) for i in reps}
    bands: dict[str, list[int]] = defaultdict(list)
    for i in reps:
        for key in band_keys(signatures[i]):
            for j in bands[key]:
                if copies.find(ids[i]) != copies.find(ids[j]) and (
                    jaccard(signatures[i], signatures[j]) >= COPY_JACCARD
                ):
                    copies.union(ids[i], ids[j])
            bands[key].append(i)
    for i in range(len(articles)):
        story.union(ids[i], copies.find(ids[i]))
    if len(articles) > 1 and lead_vectors.size:
        for i, j in _rewrite_pairs(articles, lead_vectors):
            story.union(ids[i], ids[j])
    members: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for a in articles:
        members[story.find(a["id"])].append(a)
    result = ArticleGrouping()
    for group in members.values():
        group.sort(key=_order_key)
        origin = group[0]
        group_id = int(origin["id"])
        origin_copies = copies.find(origin["id"])
        counts = {"copy": 0, "rewrite": 0}
        for a in group:
            if a is origin:
                role = "origin"
            else:
                role = "copy" if copies.find(a["id"]) == origin_copies else "rewrite"
                counts[role] += 1
            result.roles[int(a["id"])] = (group_id, role)
        result.groups.append(
            {
                "id": group_id,
                "origin_article": int(origin["id"]),
                "title": origin.get("title"),
                "first_published": origin.get("published"),
                "size": len(group),
                "copies": counts["copy"],
                "rewrites": counts["rewrite"],
            }
        )
    return result


def _rewrite_pairs(
    articles: Sequence[dict[str, Any]], vectors: np.ndarray, block: int = 512
) -> list[tuple[int, int]]:
    """Pairs of articles whose leads are paraphrases and which ran within the window of each other.

    Articles with the same text on the same day share a lead, so only one of them is compared.
    """
    window = dt.timedelta(days=REWRITE_WINDOW_DAYS)
    seen: dict[tuple[str, str], int] = {}
    dated: list[tuple[dt.datetime, int]] = []
    undated: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, a in enumerate(articles):
        when = article_time(a)
        key = (_text_key(a) + (a.get("title") or ""), when.date().isoformat() if when else "")
        if key in seen:
            continue
        seen[key] = i
        if when is None:
            undated.append(i)
        else:
            dated.append((when, i))
    dated.sort()
    times = [t for t, _ in dated]
    order = [i for _, i in dated]
    matrix = vectors[order] if order else vectors[:0]
    for start in range(0, len(order), block):
        stop = min(start + block, len(order))
        hi = bisect.bisect_right(times, times[stop - 1] + window)
        sims = matrix[start:stop] @ matrix[start:hi].T
        rows, cols = np.nonzero(sims >= REWRITE_COSINE)
        for r, c in zip(rows.tolist(), cols.tolist()):
            x, y = start + r, start + c
            if x < y and times[y] - times[x] <= window:
                pairs.append((order[x], order[y]))
    if len(undated) > 1:
        pairs.extend((undated[i], undated[j]) for i, j, _ in similar_pairs(vectors[undated], REWRITE_COSINE))
    return pairs


@dataclass
class ClaimGrouping:
    groups: list[dict[str, Any]] = field(default_factory=list)
    membership: dict[str, int] = field(default_factory=dict)  # claim id -> group id
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def norm_subject(subject: str | None) -> str:
    """One spelling per subject; claims keep names as written ("U.S."), grouping reads the gazetteer's."""
    name = (canonical_entity(subject) or subject) if subject else ""
    return re.sub(r"[\s\-_]+", " ", name.lower()).strip()


_norm_subject = norm_subject


def subjects_match(a: str, b: str) -> bool:
    """Same subject, or one names the other word for word ("openai" and "openai inc")."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def is_numeric(claim: dict[str, Any]) -> bool:
    return claim.get("kind") != "qualitative" and claim.get("value") is not None


def claim_bucket(claim: dict[str, Any]) -> str:
    """Claims can only share a group inside one bucket: the same metric, unit, period and benchmark
    for figures, the same subject and comparison for qualitative claims."""
    if is_numeric(claim):
        key = ["n", claim.get("metric"), claim.get("unit"), claim.get("period"), claim.get("benchmark")]
    else:
        key = ["q", norm_subject(claim.get("subject")), claim.get("comparison")]
    return json.dumps(key)


def figure_lookup(value: float) -> tuple[float, float]:
    """The value range a stored figure must lie in to be the same figure (checked exactly after)."""
    low, high = sorted((value * (1 - 1e-9), value * (1 + 1e-9)))
    return low, high


class _FigureCell:
    """The claims of one bucket already seen with one figure, indexed so a new claim meets only
    the subjects that can match it and the sentences it must be compared with."""

    def __init__(self) -> None:
        self.by_subject: dict[str, int] = {}  # first claim seen with each subject
        self.by_word: dict[str, set[str]] = defaultdict(set)  # word -> subjects containing it
        self.by_first_word: dict[str, set[str]] = defaultdict(set)
        self.speaking: list[int] = []  # claims whose sentence states something
        self.unnamed_speaking: list[int] = []  # those of them without a subject

    def matching_subjects(self, subject: str) -> list[int]:
        """One claim per stored subject that `subjects_match` this one (a subject's claims in a
        cell are already linked, so one stands for all)."""
        words = subject.split(" ")
        candidates = set(self.by_word.get(words[0], ()))  # stored subjects containing this one
        for word in set(words):  # stored subjects contained in this one start with one of its words
            candidates |= self.by_first_word.get(word, set())
        return [self.by_subject[s] for s in sorted(candidates) if subjects_match(subject, s)]

    def add(self, i: int, subject: str, speaks: bool) -> None:
        if subject and subject not in self.by_subject:
            self.by_subject[subject] = i
            words = subject.split(" ")
            self.by_first_word[words[0]].add(subject)
            for word in words:
                self.by_word[word].add(subject)
        if speaks:
            self.speaking.append(i)
            if not subject:
                self.unnamed_speaking.append(i)


def _link_figures(claims: Sequence[dict[str, Any]], items: list[int], vectors: np.ndarray,
                  uf: _UnionFind) -> None:
    """Inside one metric bucket: the same figure (a guard no sentence similarity overrides), then
    the same subject, or paraphrased sentences when a claim has no subject.

    Claims meet only those with the same figures, and among them only matching subjects, so a
    figure many stories repeat costs lookups, not a comparison with every earlier claim.
    """
    subjects = {i: norm_subject(claims[i].get("subject")) for i in items}
    reps: dict[tuple[Any, ...], int] = {}
    order: list[int] = []
    for i in items:
        c = claims[i]
        signature = (subjects[i], c["value"], c.get("value_high"), c.get("sentence") or "")
        if signature in reps:
            uf.union(c["id"], claims[reps[signature]]["id"])
        else:
            reps[signature] = i
            order.append(i)
    cells: dict[tuple[str, str], _FigureCell] = defaultdict(_FigureCell)
    for i in order:
        a = claims[i]
        high = a["value_high"] if a.get("value_high") is not None else a["value"]
        cell = cells[(figure_key(a["value"]), figure_key(high))]
        subject = subjects[i]
        speaks = states_something(a.get("sentence") or "")
        if subject:
            for j in cell.matching_subjects(subject):
                uf.union(a["id"], claims[j]["id"])
        # a sentence decides only where one side has no subject
        others = (cell.unnamed_speaking if subject else cell.speaking) if speaks and vectors.size else []
        paraphrase = [j for j in others if uf.find(a["id"]) != uf.find(claims[j]["id"])]
        if paraphrase:
            sims = vectors[paraphrase] @ vectors[i]
            for j, sim in zip(paraphrase, sims.tolist()):
                if sim >= PARAPHRASE_COSINE:
                    uf.union(a["id"], claims[j]["id"])
        cell.add(i, subject, speaks)


def _link_paraphrases(claims: Sequence[dict[str, Any]], items: list[int], vectors: np.ndarray,
                      uf: _UnionFind) -> None:
    """Qualitative claims about one subject: the same sentence, or a paraphrase of it."""
    reps: dict[str, int] = {}
    order: list[int] = []
    for i in items:
        sentence = claims[i].get("sentence") or ""
        if not states_something(sentence):
            continue
        if sentence in reps:
            uf.union(claims[i]["id"], claims[reps[sentence]]["id"])
        else:
            reps[sentence] = i
            order.append(i)
    if len(order) > 1 and vectors.size:
        for x, y, _ in similar_pairs(vectors[order], PARAPHRASE_COSINE):
            uf.union(claims[order[x]]["id"], claims[order[y]]["id"])


def group_claims(claims: Sequence[dict[str, Any]], vectors: np.ndarray) -> ClaimGrouping:
    """Same subject, metric, period, unit and figure form one group; a numeric guard comes first.

    Claims without a subject join a group only when their figure matches and their sentences
    are paraphrases. `claims[i]` needs id, article, article_group, source, kind, sentence,
    subject, metric, value, value_high, unit, period, bound, published, fetched_at;
    `vectors[i]` embeds claim i's sentence.
    """
    uf = _UnionFind()
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        uf.find(c["id"])
        buckets[claim_bucket(c)].append(i)
    for key, items in buckets.items():
        if key.startswith('["n"'):
            _link_figures(claims, items, vectors, uf)
        else:
            _link_paraphrases(claims, items, vectors, uf)
    members: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        members[uf.find(c["id"])].append(c)
    result = ClaimGrouping()
    used: set[int] = set()
    for group in members.values():
        record = claim_group_record(group)
        if record["id"] in used:
            record["id"] = stable_id("claim", record["first_claim"])
        used.add(record["id"])
        result.groups.append(record)
        for c in group:
            result.membership[c["id"]] = record["id"]
    result.conflicts = find_conflicts(result.groups)
    contested = {c["group_a"] for c in result.conflicts} | {c["group_b"] for c in result.conflicts}
    for g in result.groups:
        g["contested"] = int(g["id"] in contested)
        g.pop("_stories", None)
    return result


def claim_group_record(group: list[dict[str, Any]]) -> dict[str, Any]:
    """A group's row: where it first appeared, how often, from how many independent stories.

    The id comes from the first appearance, so claims that arrive later never change it.
    """
    group = sorted(group, key=_order_key)
    first = group[0]
    subject = next((c["subject"] for c in group if c.get("subject")), None)
    if first.get("value") is not None and subject and is_numeric(first):
        group_id = stable_id(norm_subject(subject), first.get("metric"), first.get("unit"),
                             first.get("period"), first.get("benchmark"), first["value"])
    else:
        group_id = stable_id("claim", first["id"])
    origins = {c.get("article_group") or f"article-{c['article']}" for c in group}
    sources: list[str] = []
    for c in group:
        if c.get("source") and c["source"] not in sources:
            sources.append(c["source"])
    return {
        "id": group_id,
        "subject": subject,
        "metric": first.get("metric"),
        "value": first.get("value"),
        "value_high": first.get("value_high"),
        "unit": first.get("unit"),
        "period": first.get("period"),
        "benchmark": first.get("benchmark"),
        "bound": first.get("bound"),
        "statement": first.get("sentence"),
        "first_claim": first["id"],
        "first_article": first["article"],
        "first_source": first.get("source"),
        "first_published": first.get("published"),
        "appearances": len(group),
        "independent_origins": len(origins),
        "sources": sources,
        "contested": 0,
        "_stories": origins,
    }


def conflict_key(group: dict[str, Any]) -> tuple[Any, ...] | None:
    """Groups that could contradict each other share this key; None for groups that never do."""
    if group.get("value") is None or not group.get("subject") or group.get("metric") in (None, "other"):
        return None
    return (norm_subject(group["subject"]), group["metric"], group.get("unit"), group.get("period"),
            group.get("benchmark"))


def find_conflicts(groups: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of figure groups about the same subject, metric, period and unit that cannot both be right.

    Two figures told in one story are not a conflict: an article that gives input and output
    prices, or last year's and this year's revenue, is describing two things, not disagreeing.
    """
    by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for g in groups:
        key = conflict_key(g)
        if key is not None:
            by_key[key].append(g)
    conflicts = []
    for (_, metric, unit, period, _), bucket in by_key.items():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if a.get("_stories", set()) & b.get("_stories", set()):
                    continue
                if contradicts((a["value"], a.get("value_high"), a.get("bound")),
                               (b["value"], b.get("value_high"), b.get("bound"))):
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
                            "relative_difference": abs(ga["value"] - gb["value"])
                            / max(abs(ga["value"]), abs(gb["value"])),
                        }
                    )
    return conflicts


def group_statements(statements: Sequence[dict[str, Any]], vectors: np.ndarray) -> list[Any]:
    """Statements that restate each other, by the same decision `claimwatch similar` reports.

    `statements[i]` needs id and text (published optional); the group of each is the id of its
    earliest member. Empty statements stay alone.
    """
    uf = _UnionFind()
    figures: dict[str, list[tuple[float, float | None]]] = {}
    reps: dict[str, int] = {}
    order: list[int] = []
    for i, s in enumerate(statements):
        uf.find(i)
        text = s.get("text") or ""
        if not states_something(text):
            continue
        if text in reps:
            uf.union(i, reps[text])
            continue
        reps[text] = i
        order.append(i)
        figures[text] = statement_figures(text)
    if len(order) > 1 and vectors.size:
        for x, y, _ in similar_pairs(vectors[order], PARAPHRASE_COSINE):
            a, b = order[x], order[y]
            if figures_agree(figures[statements[a]["text"]], figures[statements[b]["text"]]):
                uf.union(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(statements)):
        members[uf.find(i)].append(i)
    labels: list[Any] = [None] * len(statements)
    for group in members.values():
        first = min(group, key=lambda i: (statements[i].get("published") or "9999", i))
        for i in group:
            labels[i] = statements[first]["id"]
    return labels
