"""Search: ranked full-text search over claims and articles, or semantic search over claim
statements, with facets a fact-checker narrows by (metric, subject, unit, period, outlet,
review status, month)."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from typing import Any

from datasette.utils import escape_fts
from datasette.utils.asgi import Response

from kb import queries

from . import semantic
from .pages import kb_database, render, rows
from .text import format_value, highlight_terms, snippet_parts

HIT_CAP = 500           # facets count the best 500 matching claims
RANK_WINDOW = 2000      # ...ranked among the newest 2,000 matches (see kb.queries)
GROUPS_SHOWN = 30
ARTICLES_SHOWN = 15
FACET_VALUES = 12
COLUMN_FILTERS = ("metric", "subject", "unit", "period", "source")
FACETS = [("metric", "Metric"), ("subject", "Subject"), ("unit", "Unit"), ("period", "Period"),
          ("source", "Outlet"), ("review", "Review status"), ("month", "Month")]


def _filters(args: Any) -> tuple[str, str, dict[str, Any]]:
    """SQL clauses (for claims and for articles) and parameters from the chosen facets."""
    claim_sql, article_sql, params = "", "", {}
    for column in COLUMN_FILTERS:
        value = args.get(column)
        if value:
            claim_sql += f" and c.{column} = :{column}"
            params[column] = value
    if args.get("source"):
        article_sql += " and a.source = :source"
    month = args.get("month") or ""
    if len(month) == 7 and month[:4].isdigit() and month[4] == "-" and month[5:].isdigit():
        start = dt.date(int(month[:4]), max(1, min(12, int(month[5:]))), 1)
        end = (start + dt.timedelta(days=32)).replace(day=1)
        params.update({"month_start": start.isoformat(), "month_end": end.isoformat()})
        claim_sql += " and c.published >= :month_start and c.published < :month_end"
        article_sql += " and a.published >= :month_start and a.published < :month_end"
    return claim_sql, article_sql, params


def _href(args: dict[str, str], **changes: str | None) -> str:
    merged = {k: v for k, v in args.items() if v}
    for key, value in changes.items():
        if value:
            merged[key] = value
        else:
            merged.pop(key, None)
    return "/-/search?" + urllib.parse.urlencode(merged)


def _facets(hits: list[dict[str, Any]], args: dict[str, str]) -> list[dict[str, Any]]:
    facets = []
    for key, label in FACETS:
        counts: dict[str, int] = {}
        for hit in hits:
            value = hit.get(key)
            if value in (None, ""):
                continue
            counts[str(value)] = counts.get(str(value), 0) + 1
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_VALUES]
        selected = args.get(key, "")
        facets.append({
            "key": key,
            "label": label,
            "selected": selected,
            "clear": _href(args, **{key: None}),
            "values": [
                {"value": v, "count": n, "selected": v == selected, "href": _href(args, **{key: v})}
                for v, n in ordered
            ],
        })
    return facets


async def _review_status(db: Any, group_ids: list[int]) -> dict[int, str]:
    if not group_ids:
        return {}
    found = await rows(db, queries.REVIEW_STATUS_OF_GROUPS, {"groups": json.dumps(group_ids)})
    return {r["claim_group"]: r["verdict"] for r in found}


async def _window_start(db: Any, sql: str, filters: str, params: dict[str, Any]) -> int:
    """Lowest rowid among the newest matches of the words (0 when there are fewer), see kb.queries.

    With a facet chosen the window is five times wider, since the filter keeps only part of it;
    the facet is applied after, so finding the window stays a cheap walk of the word index.
    """
    window = RANK_WINDOW * (5 if filters else 1)
    row = (await db.execute(sql, {"q": params["q"], "offset": window - 1})).first()
    return int(row["boundary"]) if row else 0


async def _snippets(db: Any, sql: str, q: str, rowids: list[int]) -> dict[int, str]:
    """Highlighted snippets for the rows shown only: snippet() is too dear to run on every match."""

    def run(conn: Any) -> dict[int, str]:
        found = {}
        for rowid in rowids:
            row = conn.execute(sql, {"q": q, "rowid": rowid}).fetchone()
            if row:
                found[rowid] = row[0]
        return found

    return dict(await db.execute_fn(run))


async def _text_hits(db: Any, q: str, claim_sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    if q:
        match = {**params, "q": escape_fts(q)}
        boundary = await _window_start(db, queries.SEARCH_CLAIM_WINDOW, claim_sql, match)
        sql = queries.SEARCH_CLAIM_HITS.format(filters=claim_sql)
        return await rows(db, sql, {**match, "boundary": boundary, "cap": HIT_CAP})
    sql = queries.BROWSE_CLAIM_HITS.format(filters=claim_sql)
    return await rows(db, sql, {**params, "cap": HIT_CAP})


async def _article_hits(db: Any, q: str, article_sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    match = {k: v for k, v in params.items() if k in ("source", "month_start", "month_end")}
    match["q"] = escape_fts(q)
    boundary = await _window_start(db, queries.SEARCH_ARTICLE_WINDOW, article_sql, match)
    sql = queries.SEARCH_ARTICLE_HITS.format(filters=article_sql)
    found = await rows(db, sql, {**match, "boundary": boundary, "limit": ARTICLES_SHOWN})
    snippets = await _snippets(db, queries.ARTICLE_SNIPPET, match["q"], [a["id"] for a in found])
    for a in found:
        a["parts"] = snippet_parts(snippets.get(a["id"]))
    return found


async def _semantic_hits(db: Any, q: str, args: dict[str, str]) -> list[dict[str, Any]]:
    """Nearest claim groups, shaped like claim hits (a group stands for its first appearance)."""
    nearest = await semantic.nearest_groups(db, q)
    if not nearest:
        return []
    scores = dict(nearest)
    groups = await rows(db, queries.CLAIM_GROUPS_BY_ID, {"ids": json.dumps(list(scores))})
    hits = []
    for g in groups:
        hit = {**g, "claim_group": g["id"], "source": g["first_source"],
               "published": g["first_published"], "sentence": g["statement"],
               "score": round(scores[g["id"]], 3)}
        if all(not args.get(k) or str(hit.get(k) or "") == args[k] for k in COLUMN_FILTERS):
            hits.append(hit)
    hits.sort(key=lambda h: -h["score"])
    return hits


def _by_group(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One result per claim group, at the rank of its best-matching appearance."""
    groups: dict[Any, dict[str, Any]] = {}
    for hit in hits:
        key = hit.get("claim_group") or f"claim:{hit['id']}"
        if key not in groups:
            groups[key] = {**hit, "matches": 0, "outlets": []}
        groups[key]["matches"] += 1
        if hit.get("source") and hit["source"] not in groups[key]["outlets"]:
            groups[key]["outlets"].append(hit["source"])
    return list(groups.values())


async def search_page(datasette: Any, request: Any) -> Response:
    db = kb_database(datasette)
    keys = ("q", "mode", *COLUMN_FILTERS, "review", "month")
    args = {k: (request.args.get(k) or "").strip()[:500] for k in keys}
    q = args["q"]
    mode = "semantic" if args["mode"] == "semantic" and q else "text"
    claim_sql, article_sql, params = _filters(args)
    if mode == "semantic":
        hits = await _semantic_hits(db, q, args)
    else:
        hits = await _text_hits(db, q, claim_sql, params)
    status = await _review_status(db, sorted({h["claim_group"] for h in hits if h.get("claim_group")}))
    for hit in hits:
        hit["review"] = status.get(int(hit.get("claim_group") or 0), "unreviewed")
        hit["month"] = (hit.get("published") or "")[:7]
    if args["review"]:
        hits = [h for h in hits if h["review"] == args["review"]]
    results = _by_group(hits)[:GROUPS_SHOWN]
    for r in results:
        r["figure"] = format_value(r.get("value"), r.get("unit"))
        r["parts"] = highlight_terms(r.get("sentence") or "", q if mode == "text" else "")
    articles: list[dict[str, Any]] = []
    if q and mode == "text":
        articles = await _article_hits(db, q, article_sql, params)
    if request.args.get("_format") == "json":
        return Response.json({"q": q, "mode": mode, "claims": [
            {k: r.get(k) for k in ("claim_group", "sentence", "subject", "metric", "value", "unit",
                                   "period", "source", "published", "review", "matches", "score")}
            for r in results
        ], "articles": [{k: a.get(k) for k in ("id", "title", "source", "published")}
                        for a in articles]})
    return await render(datasette, request, "claimwatch_search.html", {
        "args": args,
        "q": q,
        "mode": mode,
        "results": results,
        "hit_count": len(hits),
        "capped": mode == "text" and len(hits) >= HIT_CAP,
        "articles": articles,
        "facets": _facets(hits, args),
        "semantic_href": _href(args, mode="semantic"),
        "text_href": _href(args, mode=None),
    })
