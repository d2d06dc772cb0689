"""Incremental grouping in a real kb: new items join existing groups, and a full regroup agrees."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from sqlite_utils import Database

from pipeline.embeddings import embed
from pipeline.grouping import group_articles, group_claims
from pipeline.regrouping import regroup

WIRE = (
    "Qiantu Labs said on Monday that its Hanlin-3 model processes 140 trillion tokens every day "
    "across its cloud platform, up from 60 trillion a year earlier. The company also cut prices "
    "for developers, and said more than 2 million developers now build on the platform."
)
FUNDING = (
    "Northwind, a robotics start-up, raised $2 billion in a round led by sovereign funds, valuing "
    "the company at $30 billion. The money will pay for factories in Texas and Ohio."
)
CHIPS = "Cobalt Semiconductor shipped 4 million accelerators last quarter, the company said in a filing."


def _article(db: Database, aid: int, source: str, title: str, text: str, published: str) -> None:
    db["sources"].insert({"name": source}, pk="name", ignore=True)
    db["articles"].insert(
        {"id": aid, "source": source, "url": f"http://127.0.0.1/{aid}", "canonical_url": f"http://127.0.0.1/{aid}",
         "revision": 1, "title": title, "text": text, "text_hash": str(hash(text)), "published": published,
         "fetched_at": published},
        pk="id",
    )


def _claim(db: Database, cid: str, article: int, sentence: str, value: float | None, subject: str | None,
           metric: str = "tokens_processed", unit: str = "tokens", period: str | None = "day",
           kind: str = "numeric") -> None:
    row = db["articles"].get(article)
    db["claims"].insert(
        {"id": cid, "article": article, "source": row["source"], "kind": kind, "sentence": sentence,
         "subject": subject, "metric": metric, "value": value, "unit": unit, "period": period,
         "bound": "=", "published": row["published"]},
        pk="id",
    )


def _snapshot(db: Database) -> dict[str, Any]:
    return {
        "articles": {r["id"]: (r["article_group"], r["group_role"]) for r in db.query("select * from articles")},
        "stories": sorted((r["id"], r["size"], r["copies"], r["rewrites"]) for r in db.query("select * from article_groups")),
        "claims": {r["id"]: r["claim_group"] for r in db.query("select id, claim_group from claims")},
        "groups": sorted(
            (r["id"], r["appearances"], r["independent_origins"], r["contested"], r["first_claim"], r["sources"])
            for r in db.query("select * from claim_groups")
        ),
        "conflicts": sorted((r["group_a"], r["group_b"]) for r in db.query("select * from claim_conflicts")),
    }


def test_new_items_join_existing_groups_and_full_regroup_agrees(db: Database) -> None:
    _article(db, 1, "wire", "Hanlin-3 hits 140 trillion daily tokens", WIRE, "2026-03-02T08:00:00+00:00")
    _article(db, 2, "ledger", "Northwind raises $2 billion", FUNDING, "2026-03-02T09:00:00+00:00")
    _claim(db, "c1", 1, "Hanlin-3 processes 140 trillion tokens every day.", 1.4e14, "Hanlin-3")
    _claim(db, "c2", 2, "Northwind raised $2 billion.", 2e9, "Northwind", "funding", "USD", None)
    regroup(db)
    first = _snapshot(db)
    group_c1 = first["claims"]["c1"]

    # a verbatim copy, a rewrite, an unrelated story; the same figure, a different figure, a paraphrase
    _article(db, 3, "daily", "Hanlin-3 hits 140 trillion daily tokens", WIRE + " This story first appeared on Wire.",
             "2026-03-03T10:00:00+00:00")
    _article(db, 4, "street", "Qiantu's Hanlin-3 now handles 140 trillion tokens a day",
             "Hanlin-3, the flagship model from Qiantu Labs, is now serving 140 trillion tokens each day, "
             "the lab announced, more than double last year's 60 trillion.", "2026-03-05T08:00:00+00:00")
    _article(db, 5, "chips", "Cobalt ships 4 million accelerators", CHIPS, "2026-03-04T08:00:00+00:00")
    _claim(db, "c3", 3, "Hanlin-3 processes 140 trillion tokens every day.", 1.4e14, "Hanlin-3")
    _claim(db, "c4", 4, "Hanlin-3 is now serving 140 trillion tokens each day.", 1.4e14, "Hanlin-3")
    _claim(db, "c5", 5, "Hanlin-3 handles 90 trillion tokens a day, a rival estimate says.", 9e13, "Hanlin-3")
    _claim(db, "c6", 5, "Cobalt Semiconductor shipped 4 million accelerators last quarter.", 4e6, None,
           "shipments", "units", "quarter")
    _claim(db, "c7", 4, "Cobalt Semiconductor shipped 4 million accelerators in the last quarter.", 4e6, None,
           "shipments", "units", "quarter")
    regroup(db)
    second = _snapshot(db)

    assert second["articles"][1] == (1, "origin")
    assert second["articles"][3] == (1, "copy")
    assert second["articles"][4] == (1, "rewrite")
    assert second["articles"][5] == (5, "origin")
    assert second["claims"]["c1"] == group_c1  # ids stay stable as the group grows
    assert second["claims"]["c3"] == second["claims"]["c4"] == group_c1
    assert second["claims"]["c5"] != group_c1
    assert second["claims"]["c6"] == second["claims"]["c7"]
    hanlin = next(g for g in second["groups"] if g[0] == group_c1)
    assert hanlin[1] == 3 and hanlin[2] == 1  # three appearances, one independent story
    assert hanlin[3] == 1  # contested by the 90 trillion figure
    assert second["conflicts"] == [tuple(sorted((group_c1, second["claims"]["c5"])))]

    regroup(db, full=True)
    assert _snapshot(db) == second


def test_regroup_with_nothing_new_changes_nothing(db: Database) -> None:
    _article(db, 1, "wire", "Hanlin-3", WIRE, "2026-03-02T08:00:00+00:00")
    _claim(db, "c1", 1, "Hanlin-3 processes 140 trillion tokens every day.", 1.4e14, "Hanlin-3")
    regroup(db)
    before = _snapshot(db)
    summary = regroup(db)
    assert summary.embedded == 0 and summary.claims_regrouped == 0 and summary.articles_regrouped == 0
    assert _snapshot(db) == before


def test_ten_thousand_copies_of_one_article_group_fast_and_embed_once(db: Database) -> None:
    articles = [
        {"id": i, "title": "Northwind raises $2 billion", "text": FUNDING, "published": "2026-03-02",
         "fetched_at": f"2026-03-02T{i % 24:02d}:00:00"}
        for i in range(1, 10_001)
    ]
    started = time.perf_counter()
    result = group_articles(articles, np.repeat(embed([FUNDING]), len(articles), axis=0))
    claims = [
        {"id": f"c{i}", "article": i, "article_group": 1, "source": f"s{i % 50}", "kind": "numeric",
         "sentence": "Northwind raised $2 billion.", "subject": "Northwind", "metric": "funding", "value": 2e9,
         "unit": "USD", "period": None, "published": "2026-03-02", "fetched_at": "2026-03-02"}
        for i in range(1, 10_001)
    ]
    grouping = group_claims(claims, np.repeat(embed(["Northwind raised $2 billion."]), len(claims), axis=0))
    assert time.perf_counter() - started < 30
    assert len(result.groups) == 1 and result.groups[0]["size"] == 10_000 and result.groups[0]["copies"] == 9_999
    assert len(grouping.groups) == 1 and grouping.groups[0]["independent_origins"] == 1
    assert len(grouping.groups[0]["sources"]) == 50


def test_copies_in_the_kb_share_one_vector(db: Database) -> None:
    for i in range(1, 201):
        _article(db, i, f"s{i % 7}", "Northwind raises $2 billion", FUNDING, "2026-03-02T08:00:00+00:00")
        _claim(db, f"c{i}", i, "Northwind raised $2 billion.", 2e9, "Northwind", "funding", "USD", None)
    summary = regroup(db)
    assert summary.embedded == 2  # one lead, one claim sentence
    assert db.execute("select count(*) from article_groups").fetchone()[0] == 1
    assert db.execute("select count(distinct claim_group) from claims").fetchone()[0] == 1


def test_bad_statements_in_claims(db: Database) -> None:
    claims = [
        {"id": "e1", "article": 1, "kind": "qualitative", "sentence": "", "subject": None, "value": None},
        {"id": "e2", "article": 2, "kind": "qualitative", "sentence": "", "subject": None, "value": None},
        {"id": "w1", "article": 3, "kind": "qualitative", "sentence": "Nvidia", "subject": None, "value": None},
        {"id": "f1", "article": 4, "kind": "numeric", "sentence": "Acme has 5 million users.", "subject": None,
         "metric": "users", "unit": "users", "value": 5e6},
        {"id": "f2", "article": 5, "kind": "numeric", "sentence": "Acme has 6 million users.", "subject": None,
         "metric": "users", "unit": "users", "value": 6e6},
        {"id": "f3", "article": 6, "kind": "numeric", "sentence": "Acme has 5 million users.", "subject": None,
         "metric": "users", "unit": "users", "value": 5e6},
    ]
    result = group_claims(claims, embed([c["sentence"] for c in claims]))
    m = result.membership
    assert m["e1"] != m["e2"]  # empty statements state nothing and stay alone
    assert m["w1"] not in (m["e1"], m["e2"])
    assert m["f1"] == m["f3"] != m["f2"]  # identical sentences, different figures: never one group
