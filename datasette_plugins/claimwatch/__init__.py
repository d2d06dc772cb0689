"""Datasette plugin: pages that let a fact-checker trace a claim to every article and outlet carrying it.

Routes, SQL functions, template filters and the review permission are wired here; each page lives
in its own module beside its template.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from . import pages, review, search, sql_functions
from .text import format_value, path_part, safe_href

REVIEW_ACTION = "claimwatch-review"

__all__ = ["REVIEW_ACTION", "format_value"]


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/$", pages.home_page),
        (r"^/-/claim/(?P<id>\d+)$", pages.claim_page),
        (r"^/-/claim/(?P<id>\d+)/claimreview\.json$", pages.claim_review_json),
        (r"^/-/claim/(?P<id>\d+)/review$", review.post_review),
        (r"^/-/article/(?P<id>\d+)$", pages.article_page),
        (r"^/-/article/(?P<id>\d+)/snapshot$", pages.article_snapshot),
        (r"^/-/sources$", pages.sources_page),
        (r"^/-/source/(?P<name>[^/]+)$", pages.source_page),
        (r"^/-/search$", search.search_page),
        (r"^/-/chart$", pages.chart_page),
    ]


@hookimpl
def prepare_connection(conn: Any) -> None:
    sql_functions.register(conn)


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    env.filters["safe_href"] = safe_href
    env.filters["path_part"] = path_part
    env.filters["figure"] = format_value


@hookimpl
def permission_allowed(actor: dict[str, Any] | None, action: str) -> bool | None:
    """Only reviewers (actors flagged `reviewer`, or root) may record verdicts."""
    if action != REVIEW_ACTION:
        return None
    if actor and (actor.get("reviewer") is True or actor.get("id") == "root"):
        return True
    return None


@hookimpl
def menu_links(actor: dict[str, Any] | None) -> list[dict[str, str]]:
    links = [
        {"href": "/", "label": "Claims home"},
        {"href": "/-/search", "label": "Search claims"},
        {"href": "/-/chart", "label": "Chart a metric"},
        {"href": "/-/sources", "label": "Sources"},
    ]
    return links


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Any:
    """Link ids in Datasette's tables to the claimwatch page for them."""
    if not isinstance(value, int) or isinstance(value, bool):
        if table in ("claims", "articles", "claim_groups", "crawl_runs") and column == "source" \
                and isinstance(value, str):
            return Markup(f'<a href="/-/source/{escape(path_part(value))}">{escape(value)}</a>')
        return None
    if (table == "claim_groups" and column == "id") or (
        table in ("claims", "reviews") and column == "claim_group"
    ) or (table == "claim_conflicts" and column in ("group_a", "group_b")):
        return Markup(f'<a href="/-/claim/{value}">{value}</a>')
    if (table == "articles" and column == "id") or (table == "claims" and column == "article"):
        return Markup(f'<a href="/-/article/{value}">{value}</a>')
    return None
