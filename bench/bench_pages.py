"""Response times of the published pages on a large synthetic kb.

    .venv/bin/python bench/bench_pages.py                      # 1,000,000 claims, 200,000 articles
    .venv/bin/python bench/bench_pages.py --claims 100000 --articles 20000 --db /tmp/small.db

Builds the kb once (kept outside the repository, /tmp by default; reused while its size matches),
starts `datasette serve` on 127.0.0.1 exactly as `claimwatch serve` does, and times sequential
HTTP requests to the claim page, the article page and search: median and p95 per page.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb import store

SYLLABLES = ["ka", "lo", "mer", "ta", "vin", "sol", "dra", "qu", "zen", "ar", "bel", "cor", "dex",
             "fi", "gan", "hal", "ion", "jet", "kes", "lum", "nor", "pel", "ryn", "sev", "tor", "ux"]
METRICS = [
    ("tokens_processed", "tokens", "day", 1e12, 5e14, "{s} processes {f} tokens a day"),
    ("users", "users", "week", 1e6, 9e8, "{s} says it now has {f} weekly users"),
    ("funding", "USD", None, 1e7, 2e10, "{s} raised {f} in its latest funding round"),
    ("valuation", "USD", None, 1e8, 5e11, "Investors value {s} at {f}"),
    ("revenue", "USD", "year", 1e7, 5e10, "{s} expects annualized revenue of {f}"),
    ("parameters", "parameters", None, 1e9, 2e12, "The new {s} model has {f} parameters"),
    ("accelerator_count", "accelerators", None, 1e3, 5e5, "{s} operates a cluster of {f} GPUs"),
    ("spending", "USD", "year", 1e8, 1e11, "{s} plans capital spending of {f} on AI this year"),
    ("price_per_million_tokens", "USD", None, 0.05, 60, "{s} charges {f} per million tokens"),
    ("benchmark_score", "percent", None, 20, 99, "{s} scored {f} on the reasoning benchmark"),
]
FILLER = [
    "Analysts said the figure could not be verified independently.",
    "The company did not respond to a request for comment.",
    "Competitors have announced similar plans in recent months.",
    "The announcement came at an industry conference in the city.",
    "Shares of suppliers rose after the news was reported.",
    "Regulators are studying the market for artificial intelligence services.",
    "Executives described demand from enterprise customers as strong.",
    "The estimate is based on internal data shared with investors.",
]
QUERIES = ["tokens", "funding round", "weekly users", "GPUs cluster", "revenue", "parameters model",
           "capital spending", "price per million tokens", "reasoning benchmark", "valuation investors"]


def human(value: float, unit: str) -> str:
    """A figure as a journalist writes it: '$2.5 billion', '140 trillion', '62.4%'."""
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= factor:
            text = f"{value / factor:.3g} {word}"
            break
    else:
        text = f"{value:,.0f}" if value >= 100 else f"{value:.3g}"
    if unit == "USD":
        return f"${text}"
    if unit == "percent":
        return f"{text}%"
    return text


def synthetic_kb(path: Path, n_claims: int, n_articles: int, seed: int = 7) -> None:
    """Write a kb of n_claims claims in n_articles articles, with repeats, conflicts and reviews."""
    rng = random.Random(seed)
    started = time.monotonic()
    db = store.open_kb(path)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = OFF")  # groups are written after the claims that use them
    sources = [f"outlet-{i:02d}" for i in range(60)]
    store.bulk_insert(db, "sources", ({"name": s, "homepage": f"https://{s}.example/",
                                       "language": "en", "created": "2023-01-01T00:00:00+00:00"}
                                      for s in sources))
    subjects = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                       for _ in range(6000)})
    per_article = max(1, n_claims // n_articles)
    groups: dict[int, dict[str, Any]] = {}
    popular: list[int] = []
    claims_done = 0
    day0 = 1672531200  # 2023-01-01

    def article_rows() -> Iterator[dict[str, Any]]:
        nonlocal claims_done
        claim_rows: list[dict[str, Any]] = []
        for article_id in range(1, n_articles + 1):
            source = rng.choice(sources)
            moment = time.gmtime(day0 + int((article_id / n_articles) * 3 * 365 * 86400))
            published = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", moment)
            parts: list[str] = []
            offset = 0
            title_subject = None
            wanted = per_article if article_id < n_articles else n_claims - claims_done
            for _ in range(wanted):
                if popular and rng.random() < 0.45:
                    group_id = rng.choice(popular)
                else:
                    metric = rng.choice(METRICS)
                    group_id = len(groups) + 1
                    groups[group_id] = {
                        "subject": rng.choice(subjects), "metric": metric,
                        "value": float(f"{rng.uniform(metric[3], metric[4]):.3g}"),
                        "count": 0, "first": None, "sources": set()}
                    if rng.random() < 0.1:
                        popular.append(group_id)
                g = groups[group_id]
                metric_name, unit, period, _, _, template = g["metric"]
                surface = human(g["value"], unit)
                sentence = template.format(s=g["subject"], f=surface) + "."
                title_subject = title_subject or g["subject"]
                if parts:
                    parts.append(" ")
                    offset += 1
                start = offset + sentence.index(surface)
                parts.append(sentence)
                offset += len(sentence)
                filler = rng.choice(FILLER)
                parts.append(" " + filler)
                offset += len(filler) + 1
                g["count"] += 1
                g["sources"].add(source)
                claim_id = f"c{claims_done:09d}"
                if g["first"] is None:
                    g["first"] = (claim_id, article_id, source, published, sentence)
                claim_rows.append({
                    "id": claim_id, "article": article_id, "source": source, "kind": "numeric",
                    "sentence": sentence, "subject": g["subject"], "entity": None,
                    "metric": metric_name, "value": g["value"], "unit": unit, "period": period,
                    "bound": "=", "surface": surface, "start": start, "end": start + len(surface),
                    "attribution": g["subject"], "hedged": 0, "published": published,
                    "claim_group": group_id})
                claims_done += 1
            text = "".join(parts)
            yield {
                "id": article_id, "source": source,
                "url": f"https://{source}.example/story/{article_id}",
                "canonical_url": f"https://{source}.example/story/{article_id}", "revision": 1,
                "title": f"{title_subject} in the news: story {article_id}", "authors": "[]",
                "published": published, "language": "en", "text": text,
                "text_hash": store.sha256(text), "extractor_version": "bench",
                "claims_version": "bench", "fetched_at": published, "processed_at": published,
                "article_group": article_id, "group_role": "origin"}
            if len(claim_rows) >= 50000:
                store.bulk_insert(db, "claims", claim_rows)
                claim_rows.clear()
            if article_id % 20000 == 0:
                rate = article_id / (time.monotonic() - started)
                print(f"\r  articles {article_id:,}/{n_articles:,} ({rate:,.0f}/s)", end="", file=sys.stderr)
        if claim_rows:
            store.bulk_insert(db, "claims", claim_rows)

    # Articles and claims are written in interleaved batches so memory stays flat.
    batch: list[dict[str, Any]] = []
    for row in article_rows():
        batch.append(row)
        if len(batch) >= 10000:
            store.bulk_insert(db, "articles", batch)
            batch.clear()
    if batch:
        store.bulk_insert(db, "articles", batch)
    print(file=sys.stderr)
    store.bulk_insert(db, "claim_groups", (
        {"id": gid, "subject": g["subject"], "metric": g["metric"][0], "value": g["value"],
         "unit": g["metric"][1], "period": g["metric"][2], "statement": g["first"][4],
         "first_claim": g["first"][0], "first_article": g["first"][1], "first_source": g["first"][2],
         "first_published": g["first"][3], "appearances": g["count"],
         "independent_origins": g["count"], "sources": json.dumps(sorted(g["sources"])),
         "contested": 0}
        for gid, g in groups.items()), batch_size=20000)
    by_key: dict[tuple[str, str], list[int]] = {}
    for gid, g in groups.items():
        by_key.setdefault((g["subject"], g["metric"][0]), []).append(gid)
    conflicts = [ids[:2] for ids in by_key.values() if len(ids) > 1]
    store.bulk_insert(db, "claim_conflicts", (
        {"id": i + 1, "subject": groups[a]["subject"], "metric": groups[a]["metric"][0],
         "period": groups[a]["metric"][2], "unit": groups[a]["metric"][1], "group_a": a,
         "group_b": b, "value_a": groups[a]["value"], "value_b": groups[b]["value"],
         "relative_difference": abs(groups[a]["value"] - groups[b]["value"])
         / max(groups[a]["value"], groups[b]["value"]), "detected_at": "2025-12-31T00:00:00+00:00"}
        for i, (a, b) in enumerate(conflicts)))
    db.execute("update claim_groups set contested = 1 where id in "
               "(select group_a from claim_conflicts union select group_b from claim_conflicts)")
    db.conn.commit()
    for gid in rng.sample(sorted(groups), min(2000, len(groups))):
        store.add_review(db, claim_group=gid, reviewer="bench", verdict="Mostly true", rating=4)
    db.execute("ANALYZE")
    print(f"  built {claims_done:,} claims, {n_articles:,} articles, {len(groups):,} claim groups, "
          f"{len(conflicts):,} conflicts in {time.monotonic() - started:.0f}s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(path: Path, port: int) -> subprocess.Popen[bytes]:
    from kb.metadata import datasette_metadata

    metadata = path.with_suffix(".metadata.json")
    metadata.write_text(json.dumps(datasette_metadata(path.stem)))
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(path), "--metadata", str(metadata),
         "--host", "127.0.0.1", "--port", str(port), "--setting", "sql_time_limit_ms", "3000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("datasette did not start within 60 s")


def timed(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url}: HTTP {response.status}")
    return (time.perf_counter() - started) * 1000


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 1),
            "max_ms": round(ordered[-1], 1), "requests": len(ordered)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/claimwatch-bench/claimwatch.db"))
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    parser.add_argument("--rebuild", action="store_true", help="build the kb again even if present")
    args = parser.parse_args()
    from sqlite_utils import Database

    have = 0
    if args.db.exists() and not args.rebuild:
        have = Database(args.db).execute("select count(*) from claims").fetchone()[0]
    if have != args.claims:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        args.db.parent.mkdir(parents=True, exist_ok=True)
        print(f"Building a synthetic kb at {args.db} ...", file=sys.stderr)
        synthetic_kb(args.db, args.claims, args.articles)
    store.open_kb(args.db)  # apply any newer migration (indexes) to a reused kb
    db = Database(args.db)
    rng = random.Random(11)
    max_group = db.execute("select max(id) from claim_groups").fetchone()[0]
    max_article = db.execute("select max(id) from articles").fetchone()[0]
    big = [r[0] for r in db.execute("select id from claim_groups order by appearances desc limit 20")]
    port = free_port()
    process = serve(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        pages = {
            "claim page": lambda i: f"{base}/-/claim/"
            + str(big[i % len(big)] if i % 10 == 0 else rng.randint(1, max_group)),
            "article page": lambda i: f"{base}/-/article/{rng.randint(1, max_article)}",
            "search": lambda i: f"{base}/-/search?"
            + urllib.parse.urlencode({"q": QUERIES[i % len(QUERIES)]}),
            "search+facet": lambda i: f"{base}/-/search?" + urllib.parse.urlencode(
                {"q": QUERIES[i % len(QUERIES)], "source": f"outlet-{i % 60:02d}"}),
        }
        results: dict[str, Any] = {}
        for name, make_url in pages.items():
            for i in range(10):
                timed(make_url(i))  # warm-up: first queries fill SQLite's page cache
            times = [timed(make_url(i)) for i in range(args.requests)]
            results[name] = summary(times)
            print(f"{name:13} median {results[name]['median_ms']:7.1f} ms   "
                  f"p95 {results[name]['p95_ms']:7.1f} ms   max {results[name]['max_ms']:7.1f} ms")
        print(json.dumps({"claims": args.claims, "articles": args.articles, "pages": results}))
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
