"""The fact-checker's pages: home, claim, article, source and chart. They only read the kb."""

from __future__ import annotations

import gzip
from typing import Any

from datasette.utils import tilde_decode
from datasette.utils.asgi import NotFound, Response

from kb import queries

from . import charts
from .claimreview import VERDICTS, claim_review, script_json
from .text import format_value, highlight_claims, word_diff

APPEARANCES_SHOWN = 1000
HOME_ROWS = 10


def kb_database(datasette: Any) -> Any:
    """The claimwatch database: the first attached one that is not Datasette's own."""
    for name, db in datasette.databases.items():
        if name != "_internal":
            return db
    raise NotFound("no database attached")


async def rows(db: Any, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


async def render(datasette: Any, request: Any, template: str, context: dict[str, Any]) -> Response:
    db = kb_database(datasette)
    body = await datasette.render_template(template, {"database": db.name, **context}, request=request)
    return Response.html(body)


def with_figures(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**i, "figure": format_value(i.get("value"), i.get("unit"))} for i in items]


async def can_review(datasette: Any, request: Any) -> bool:
    return bool(await datasette.permission_allowed(request.actor, "claimwatch-review", default=False))


# --- home ---------------------------------------------------------------------------------


async def home_page(datasette: Any, request: Any) -> Response:
    db = kb_database(datasette)
    limit = {"limit": HOME_ROWS}
    contested = await rows(db, queries.CONTESTED_CLAIMS, limit)
    for c in contested:
        c["figure_a"] = format_value(c["value_a"], c["unit"])
        c["figure_b"] = format_value(c["value_b"], c["unit"])
    return await render(datasette, request, "claimwatch_home.html", {
        "counts": (await rows(db, queries.HOME_COUNTS))[0],
        "newest": with_figures(await rows(db, queries.NEWEST_CLAIM_GROUPS, limit)),
        "repeated": with_figures(await rows(db, queries.MOST_REPEATED_CLAIM_GROUPS, limit)),
        "contested": contested,
        "health": await rows(db, queries.CRAWL_HEALTH),
        "errors": await rows(db, queries.RECENT_CRAWL_ERRORS, limit),
        "canned": list(queries.CANNED_QUERIES.items()),
    })


# --- claim --------------------------------------------------------------------------------


REFERENCE_UNITS = {"parameters": "parameters", "training_compute": "FLOP"}


async def reference_values(db: Any, group_id: int) -> list[dict[str, Any]]:
    """What a loaded reference table (`claimwatch reference load`) says about this claim's model."""
    if "claim_reference_checks" not in set(await db.table_names()):
        return []
    found = await rows(db, queries.CLAIM_REFERENCE_CHECKS, {"id": group_id})
    for row in found:
        unit = REFERENCE_UNITS.get(row["field"])
        row["figure"] = (
            format_value(row["reference_value"], unit) if unit else row.get("reference_date") or ""
        )
        row["claimed"] = (
            format_value(row["claimed_value"], unit) if unit else row.get("claimed_date") or ""
        )
    return found


async def claim_context(datasette: Any, request: Any, group_id: int) -> dict[str, Any]:
    db = kb_database(datasette)
    params = {"id": group_id}
    found = await rows(db, queries.CLAIM_GROUP, params)
    if not found:
        raise NotFound(f"claim group {group_id} not found")
    group = found[0]
    appearances = await rows(db, queries.CLAIM_APPEARANCES, params)
    conflicts = await rows(db, queries.CLAIM_CONFLICTS, params)
    reviews = await rows(db, queries.CLAIM_REVIEWS, params)
    outlets: list[str] = []
    for a in appearances:
        if a["source"] not in outlets:
            outlets.append(a["source"])
    page_url = datasette.absolute_url(request, f"/-/claim/{group_id}")
    review_json = script_json(claim_review(group, appearances, reviews[0], page_url)) if reviews else ""
    return {
        "group": group,
        "figure": format_value(group["value"], group["unit"]),
        "appearances": appearances[:APPEARANCES_SHOWN],
        "appearances_total": len(appearances),
        "outlets": outlets,
        "timeline": charts.timeline(appearances),
        "conflicts": [{**c, "figure": format_value(c["other_value"], c["unit"])} for c in conflicts],
        "references": await reference_values(db, group_id),
        "reviews": reviews,
        "status": reviews[0]["verdict"] if reviews else "unreviewed",
        "claimreview_json": review_json,
        "can_review": await can_review(datasette, request),
        "verdicts": list(VERDICTS.items()),
    }


async def claim_page(datasette: Any, request: Any) -> Response:
    context = await claim_context(datasette, request, int(request.url_vars["id"]))
    return await render(datasette, request, "claimwatch_claim.html", context)


async def claim_review_json(datasette: Any, request: Any) -> Response:
    """The ClaimReview of a claim group as plain JSON-LD, for aggregators that fetch it directly."""
    group_id = int(request.url_vars["id"])
    context = await claim_context(datasette, request, group_id)
    if not context["reviews"]:
        raise NotFound(f"claim group {group_id} has no review")
    page_url = datasette.absolute_url(request, f"/-/claim/{group_id}")
    data = claim_review(context["group"], context["appearances"], context["reviews"][0], page_url)
    return Response.json(data, headers={"content-type": "application/ld+json; charset=utf-8"})


# --- article ------------------------------------------------------------------------------


async def article_page(datasette: Any, request: Any) -> Response:
    db = kb_database(datasette)
    article_id = int(request.url_vars["id"])
    found = await rows(db, queries.ARTICLE, {"id": article_id})
    if not found:
        raise NotFound(f"article {article_id} not found")
    article = found[0]
    claims = with_figures(await rows(db, queries.ARTICLE_CLAIMS, {"id": article_id}))
    members: list[dict[str, Any]] = []
    if article["article_group"] is not None:
        members = await rows(db, queries.ARTICLE_GROUP_MEMBERS,
                             {"group": article["article_group"], "id": article_id})
    revisions = await rows(db, queries.ARTICLE_REVISIONS, {"canonical_url": article["canonical_url"]})
    previous = [r for r in revisions if (r["revision"] or 0) < (article["revision"] or 0)]
    diff = None
    if previous:
        older = await rows(db, queries.ARTICLE_TEXT, {"id": previous[-1]["id"]})
        if older:
            diff = {
                "from": older[0],
                "title_changed": older[0]["title"] != article["title"],
                "changes": word_diff(older[0]["text"] or "", article["text"] or ""),
            }
    return await render(datasette, request, "claimwatch_article.html", {
        "article": article,
        "paragraphs": highlight_claims(article["text"] or "", claims),
        "claims": claims,
        "members": members,
        "revisions": revisions,
        "diff": diff,
    })


async def article_snapshot(datasette: Any, request: Any) -> Response:
    """The archived HTML as plain text: readable evidence that a browser will never run."""
    db = kb_database(datasette)
    article_id = int(request.url_vars["id"])
    found = (await db.execute(queries.ARTICLE_SNAPSHOT, {"id": article_id})).first()
    if found is None:
        raise NotFound(f"no archived snapshot for article {article_id}")
    body = gzip.decompress(found["html_gz"]).decode("utf-8", errors="replace")
    return Response.text(body, headers={
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "x-claimwatch-fetched-at": str(found["fetched_at"]),
    })


# --- sources ------------------------------------------------------------------------------


async def sources_page(datasette: Any, request: Any) -> Response:
    db = kb_database(datasette)
    return await render(datasette, request, "claimwatch_sources.html", {
        "sources": await rows(db, queries.SOURCES_OVERVIEW),
    })


async def source_page(datasette: Any, request: Any) -> Response:
    db = kb_database(datasette)
    name = tilde_decode(request.url_vars["name"])
    found = await rows(db, queries.SOURCE, {"name": name})
    if not found:
        raise NotFound(f"source {name} not found")
    params = {"name": name, "limit": 100}
    conflicts = await rows(db, queries.SOURCE_CONFLICTS, params)
    for c in conflicts:
        c["figure_a"] = format_value(c["value_a"], c["unit"])
        c["figure_b"] = format_value(c["value_b"], c["unit"])
    return await render(datasette, request, "claimwatch_source.html", {
        "source": found[0],
        "first_reports": with_figures(await rows(db, queries.SOURCE_FIRST_REPORTS, params)),
        "claims": with_figures(await rows(db, queries.SOURCE_CLAIMS, params)),
        "conflicts": conflicts,
        "runs": await rows(db, queries.SOURCE_CRAWL_RUNS, {"name": name, "limit": 10}),
    })


# --- chart --------------------------------------------------------------------------------

CHART_FILTERS = ("subject", "source", "unit", "period")


def _dominant(points: list[dict[str, Any]], key: str) -> tuple[str | None, list[str]]:
    counts: dict[str, int] = {}
    for p in points:
        counts[p.get(key) or ""] = counts.get(p.get(key) or "", 0) + 1
    ordered = sorted(counts, key=lambda k: (-counts[k], k))
    return (ordered[0] if ordered else None), ordered


async def chart_page(datasette: Any, request: Any) -> Response:
    """A metric over time, one series per subject or per outlet (?by=source)."""
    db = kb_database(datasette)
    metrics = await rows(db, queries.CHART_METRICS)
    metric = request.args.get("metric") or (metrics[0]["metric"] if metrics else "")
    by = "source" if request.args.get("by") == "source" else "subject"
    filters, params = "", {"metric": metric}
    for key in CHART_FILTERS:
        if request.args.get(key):
            filters += f" and c.{key} = :{key}"
            params[key] = request.args[key]
    points = await rows(db, queries.CHART_POINTS.format(filters=filters), params)
    # One chart needs one unit and one period: keep the most common unless the reader chose.
    notes: dict[str, list[str]] = {}
    for key in ("unit", "period"):
        if key not in params:
            chosen, options = _dominant(points, key)
            if len(options) > 1:
                notes[key] = options
                points = [p for p in points if (p.get(key) or "") == chosen]
                params[key] = chosen or ""
    return await render(datasette, request, "claimwatch_chart.html", {
        "metrics": metrics,
        "metric": metric,
        "by": by,
        "chosen": {k: request.args.get(k, "") for k in CHART_FILTERS},
        "shown": {k: params.get(k, "") for k in ("unit", "period")},
        "notes": notes,
        "chart": charts.metric_over_time(points, by),
        "points": len(points),
    })
