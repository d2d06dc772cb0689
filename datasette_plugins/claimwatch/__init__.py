"""Datasette plugin: pages that let a fact-checker trace a claim to every article and outlet carrying it."""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from kb import queries


def _database(datasette: Any) -> Any:
    """The claimwatch database: the first one that has claim_groups."""
    for name, db in datasette.databases.items():
        if name != "_internal":
            return db
    raise NotFound("no database attached")


def format_value(value: float | None, unit: str | None) -> str:
    """140000000000000 tokens -> '140 trillion tokens'; a human reading of a base-unit value."""
    if value is None:
        return ""
    scales = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
    text = f"{value:,.6g}"
    for factor, word in scales:
        if abs(value) >= factor:
            text = f"{value / factor:,.4g} {word}"
            break
    if unit == "USD":
        return f"${text}"
    if unit == "percent":
        return f"{text}%"
    return f"{text} {unit or ''}".strip()


async def claim_page(datasette: Any, request: Any) -> Response:
    db = _database(datasette)
    group_id = int(request.url_vars["id"])
    params = {"id": group_id}
    group = (await db.execute(queries.CLAIM_GROUP, params)).first()
    if group is None:
        raise NotFound(f"claim group {group_id} not found")
    appearances = [dict(r) for r in (await db.execute(queries.CLAIM_APPEARANCES, params)).rows]
    conflicts = [dict(r) for r in (await db.execute(queries.CLAIM_CONFLICTS, params)).rows]
    reviews = [dict(r) for r in (await db.execute(queries.CLAIM_REVIEWS, params)).rows]
    outlets: list[str] = []
    for a in appearances:
        if a["source"] not in outlets:
            outlets.append(a["source"])
    return Response.html(
        await datasette.render_template(
            "claimwatch_claim.html",
            {
                "group": dict(group),
                "figure": format_value(group["value"], group["unit"]),
                "appearances": appearances,
                "outlets": outlets,
                "conflicts": [
                    {**c, "figure": format_value(c["other_value"], c["unit"])} for c in conflicts
                ],
                "reviews": reviews,
                "database": db.name,
            },
            request=request,
        )
    )


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/claim/(?P<id>\d+)$", claim_page)]


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Link claim group ids in tables to their claim page."""
    if table in ("claim_groups", ) and column == "id" and isinstance(value, int):
        from markupsafe import Markup, escape

        return Markup(f'<a href="/-/claim/{escape(value)}">{escape(value)}</a>')
    if table == "claims" and column == "claim_group" and isinstance(value, int):
        from markupsafe import Markup, escape

        return Markup(f'<a href="/-/claim/{escape(value)}">{escape(value)}</a>')
    return None
