"""The review workflow: a signed-in reviewer records a verdict; every review is kept as history.

The one place a claimwatch plugin writes, and it writes through kb.store like everything else.
Datasette's CSRF protection covers the form; anonymous visitors get 403.
"""

from __future__ import annotations

from typing import Any

from datasette.utils.asgi import Forbidden, NotFound, Response
from sqlite_utils import Database

from kb import queries, store

from .claimreview import VERDICTS
from .pages import can_review, kb_database
from .text import safe_href


class ReviewError(ValueError):
    """A review form that cannot be saved, with the reason to show the reviewer."""


def read_review_form(form: dict[str, str]) -> dict[str, Any]:
    """Validate the posted fields: a known verdict, a 1-5 rating, an http(s) evidence link."""
    verdict = (form.get("verdict") or "").strip()
    if verdict not in VERDICTS:
        raise ReviewError(f"unknown verdict {verdict!r}; choose one of {', '.join(VERDICTS)}")
    rating_text = (form.get("rating") or "").strip()
    if rating_text:
        if not rating_text.isdigit() or not 1 <= int(rating_text) <= 5:
            raise ReviewError("rating must be a whole number from 1 (false) to 5 (true)")
        rating: int | None = int(rating_text)
    else:
        rating = VERDICTS[verdict]
    evidence = (form.get("evidence_url") or "").strip()
    if evidence and not safe_href(evidence):
        raise ReviewError("evidence URL must start with http:// or https://")
    notes = (form.get("notes") or "").strip()
    if len(notes) > 10000:
        raise ReviewError("notes are limited to 10,000 characters")
    return {"verdict": verdict, "rating": rating, "notes": notes, "evidence_url": evidence}


async def post_review(datasette: Any, request: Any) -> Response:
    if request.method != "POST":
        return Response.redirect(f"/-/claim/{request.url_vars['id']}")
    if not await can_review(datasette, request):
        raise Forbidden("Sign in as a reviewer to review claims")
    db = kb_database(datasette)
    group_id = int(request.url_vars["id"])
    if (await db.execute(queries.CLAIM_GROUP, {"id": group_id})).first() is None:
        raise NotFound(f"claim group {group_id} not found")
    try:
        review = read_review_form(await request.post_vars())
    except ReviewError as exc:
        return Response.html(f"<p>Review not saved: {_escape(str(exc))}</p>", status=400)
    reviewer = str(request.actor.get("id"))

    def write(conn: Any) -> int:
        return store.add_review(Database(conn), claim_group=group_id, reviewer=reviewer, **review)

    await db.execute_write_fn(write, block=True)
    datasette.add_message(request, f"Review saved: {review['verdict']}", datasette.INFO)
    return Response.redirect(f"/-/claim/{group_id}#reviews")


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
