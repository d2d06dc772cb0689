"""Grouping at scale: 100,000 claims from scratch, then 1,000 new ones, against community_detection.

    .venv/bin/python bench/bench_grouping.py [--claims 100000] [--new 1000]

Synthetic kb (random subjects, metrics, figures; a third of the claims repeat a figure another
story gave, some in other words). Stored vectors for the existing claims are synthetic unit
vectors (a repeated sentence shares its vector, a rewording gets a nearby one), so the from-scratch
run measures grouping, not embedding. The 1,000 new claims are real sentences embedded by the real
model inside the timed step. Each step runs in its own process so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

METRICS = [("funding", "USD", None), ("revenue", "USD", "year"), ("users", "users", "month"),
           ("parameters", "parameters", None), ("tokens_processed", "tokens", "day"),
           ("benchmark_score", "percent", None), ("price", "USD", None), ("valuation", "USD", None),
           ("gpus", "GPUs", None), ("downloads", "downloads", None)]
CLAIMS_PER_ARTICLE = 5


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load() -> float:
    """The one-minute load average: the machine is shared, so wall times depend on it."""
    return round(os.getloadavg()[0], 2)


def _sentence(subject: str, metric: str, value: float, variant: int) -> str:
    words = ["said", "reported", "announced", "disclosed"][variant % 4]
    return f"{subject} {words} a {metric.replace('_', ' ')} figure of {value:g}."


def build(path: Path, claims: int, seed: int = 7) -> None:
    from kb.store import open_kb, sha256
    from pipeline.embeddings import DIMENSIONS, MODEL_NAME

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    db = open_kb(path)
    subjects = [f"Company{i}" for i in range(4000)]
    articles, rows, vectors = [], [], {}
    said: list[tuple[str, tuple, float, str]] = []
    n_articles = claims // CLAIMS_PER_ARTICLE
    for a in range(1, n_articles + 1):
        day = f"2026-{1 + a % 12:02d}-{1 + a % 28:02d}"
        text = f"Story {a}. " + " ".join(f"word{rng.randrange(50000)}" for _ in range(80))
        articles.append({"id": a, "source": f"outlet{a % 40}", "url": f"http://127.0.0.1/{a}",
                         "canonical_url": f"http://127.0.0.1/{a}", "revision": 1, "title": f"Story {a}",
                         "text": text, "text_hash": sha256(text), "published": day, "fetched_at": day})
        for k in range(CLAIMS_PER_ARTICLE):
            if said and rng.random() < 0.33:  # another story repeats a figure, sometimes reworded
                subject, (metric, unit, period), value, sentence = rng.choice(said)
                if rng.random() < 0.3:
                    sentence = _sentence(subject, metric, value, rng.randrange(1, 4))
            else:
                subject, (metric, unit, period) = rng.choice(subjects), rng.choice(METRICS)
                value = float(rng.choice([1, 2, 5, 10, 20, 50, 100, 140, 200, 500]) * 10 ** rng.randrange(0, 10))
                sentence = _sentence(subject, metric, value, 0)
                said.append((subject, (metric, unit, period), value, sentence))
            no_subject = rng.random() < 0.1
            rows.append({"id": f"{a}-{k}", "article": a, "source": articles[-1]["source"], "kind": "numeric",
                         "sentence": sentence, "subject": None if no_subject else subject, "metric": metric,
                         "value": value, "unit": unit, "period": period, "bound": "=", "published": day})
            vectors.setdefault(sentence, None)
    # synthetic stored vectors: exact repeats share one, rewordings sit close to the original
    base: dict[str, np.ndarray] = {}
    for sentence in vectors:
        key = sentence.split(" ", 2)[0] + sentence.split("figure of")[-1]
        if key not in base:
            base[key] = nrng.standard_normal(DIMENSIONS).astype(np.float32)
        v = base[key] + 0.25 * nrng.standard_normal(DIMENSIONS).astype(np.float32)
        vectors[sentence] = v / np.linalg.norm(v)
    for a in articles:
        lead = f"{a['title']}. " + " ".join(a["text"].split()[:60])
        v = nrng.standard_normal(DIMENSIONS).astype(np.float32)
        vectors[lead] = v / np.linalg.norm(v)
    with db.conn:
        db["sources"].insert_all(({"name": f"outlet{i}"} for i in range(40)), pk="name", ignore=True)
        db["articles"].insert_all(articles, pk="id", batch_size=2000)
        db["claims"].insert_all(rows, pk="id", batch_size=5000)
        db["embeddings"].insert_all(
            ({"text_hash": sha256(t), "model": MODEL_NAME, "dimensions": DIMENSIONS, "vector": v.tobytes()}
             for t, v in vectors.items()), pk="text_hash", batch_size=5000)
    print(json.dumps({"step": "build", "articles": len(articles), "claims": len(rows),
                      "distinct_sentences": len(vectors) - len(articles)}))


def full(path: Path) -> None:
    from kb.store import open_kb
    from pipeline.regrouping import regroup

    db = open_kb(path)
    started, cpu = time.perf_counter(), time.process_time()
    summary = regroup(db, full=True)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    groups = db.execute("select count(*) from claim_groups").fetchone()[0]
    conflicts = db.execute("select count(*) from claim_conflicts").fetchone()[0]
    print(json.dumps({"step": "from_scratch", "seconds": round(seconds, 1), "claim_groups": groups,
                      "conflicts": conflicts, "embedded": summary.embedded, "cpu_seconds": round(cpu, 1),
                      "peak_mb": round(_peak_mb()), "load": _load()}))


def add(path: Path, new: int, seed: int = 11) -> None:
    from kb.store import open_kb
    from pipeline.regrouping import regroup

    rng = random.Random(seed)
    db = open_kb(path)
    first = db.execute("select max(id) from articles").fetchone()[0] + 1
    known = rng.sample(list(db.query("select subject, metric, unit, period, value from claims "
                                     "where subject is not null order by id")), new // 2)
    articles, rows = [], []
    for n in range(new // CLAIMS_PER_ARTICLE):
        a = first + n
        text = f"New story {a} about the industry. " + " ".join(f"term{rng.randrange(50000)}" for _ in range(60))
        articles.append({"id": a, "source": "late", "url": f"http://127.0.0.1/{a}", "canonical_url": f"http://127.0.0.1/{a}",
                         "revision": 1, "title": f"New story {a}", "text": text, "published": "2026-12-30",
                         "fetched_at": "2026-12-30"})
        for k in range(CLAIMS_PER_ARTICLE):
            i = n * CLAIMS_PER_ARTICLE + k
            if i < len(known):  # half repeat a figure already in the kb, in new words
                c = known[i]
                sentence = f"According to filings, {c['subject']} reached {c['value']:g} in {c['metric'].replace('_', ' ')}."
            else:
                c = {"subject": f"Newco{i}", "metric": "funding", "unit": "USD", "period": None,
                     "value": float(rng.randrange(1, 900)) * 1e6}
                sentence = f"{c['subject']} closed a round worth {c['value']:g} dollars, people familiar said."
            rows.append({"id": f"new-{i}", "article": a, "source": "late", "kind": "numeric", "sentence": sentence,
                         "subject": c["subject"], "metric": c["metric"], "value": c["value"], "unit": c["unit"],
                         "period": c["period"], "bound": "=", "published": "2026-12-30"})
    with db.conn:
        db["sources"].insert({"name": "late"}, pk="name", ignore=True)
        db["articles"].insert_all(articles, pk="id")
        db["claims"].insert_all(rows, pk="id")
    from pipeline.embeddings import load_model

    load_model()  # loading the model once per process is not part of adding claims
    started, cpu = time.perf_counter(), time.process_time()
    summary = regroup(db)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    joined = db.execute("select count(*) from claims c where c.id like 'new-%' and (select appearances from "
                        "claim_groups g where g.id = c.claim_group) > 1").fetchone()[0]
    print(json.dumps({"step": "add", "new_claims": len(rows), "new_articles": len(articles),
                      "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "embedded": summary.embedded,
                      "embed_seconds": round(summary.embed_seconds, 2), "joined_existing_groups": joined,
                      "claims_regrouped": summary.claims_regrouped, "peak_mb": round(_peak_mb()),
                      "load": _load()}))


def community(path: Path) -> None:
    """sentence-transformers' community_detection over every pair of the stored claim vectors."""
    import torch
    from sentence_transformers import util

    from kb.store import open_kb, sha256
    from pipeline.embeddings import from_blob
    from pipeline.similarity import PARAPHRASE_COSINE

    db = open_kb(path)
    sentences = [r["sentence"] for r in db.query("select sentence from claims where id not like 'new-%'")]
    stored = {r["text_hash"]: r["vector"] for r in db.query("select text_hash, vector from embeddings")}
    matrix = torch.from_numpy(np.vstack([from_blob(stored[sha256(s)]) for s in sentences]))
    started = time.perf_counter()
    found = util.community_detection(matrix, threshold=PARAPHRASE_COSINE, min_community_size=1, batch_size=1024)
    seconds = time.perf_counter() - started
    print(json.dumps({"step": "community_detection", "claims": len(sentences), "seconds": round(seconds, 1),
                      "communities": len(found), "peak_mb": round(_peak_mb())}))


def throughput(n: int = 2000) -> None:
    from pipeline.embeddings import embed, load_model

    load_model()
    texts = [f"Company{i} said its model processed {i * 7} billion tokens in quarter {i % 4 + 1}." for i in range(n)]
    embed(texts[:8])  # the first call sets up kernels once per process
    started, cpu = time.perf_counter(), time.process_time()
    embed(texts)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"step": "embedding", "sentences": n, "seconds": round(seconds, 1),
                      "cpu_seconds": round(cpu, 1), "sentences_per_second": round(n / seconds, 1),
                      "load": _load()}))


def main() -> None:
    parser = argparse.ArgumentParser(description="Grouping benchmark")
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000)
    parser.add_argument("--step", choices=["build", "full", "add", "community", "throughput"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--skip-community", action="store_true")
    args = parser.parse_args()
    if args.step:
        {"build": lambda: build(args.db, args.claims), "full": lambda: full(args.db),
         "add": lambda: add(args.db, args.new), "community": lambda: community(args.db),
         "throughput": throughput}[args.step]()
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        steps = ["build", "full", "add", "throughput"] + ([] if args.skip_community else ["community"])
        for step in steps:
            subprocess.run([sys.executable, __file__, "--step", step, "--db", str(db), "--claims", str(args.claims),
                            "--new", str(args.new)], check=True)


if __name__ == "__main__":
    main()
