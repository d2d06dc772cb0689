"""ClaimReview (schema.org) JSON-LD for reviewed claims, so search engines and fact-check
aggregators can read a verdict the way they read any fact-checker's."""

from __future__ import annotations

import json
from typing import Any

from .text import safe_href

# ClaimReview-style verdicts with the 1 (false) to 5 (true) rating each implies.
VERDICTS: dict[str, int | None] = {
    "True": 5,
    "Mostly true": 4,
    "Mixture": 3,
    "Mostly false": 2,
    "False": 1,
    "Misleading": 2,
    "Unproven": None,
}


def claim_review(
    group: dict[str, Any], appearances: list[dict[str, Any]], review: dict[str, Any], page_url: str
) -> dict[str, Any]:
    """The newest review of a claim group as a schema.org ClaimReview object."""
    works = []
    for a in appearances:
        url = safe_href(a.get("url"))
        if not url:
            continue
        works.append({
            "@type": "CreativeWork",
            "url": url,
            "headline": a.get("title") or "",
            "datePublished": a.get("published") or "",
            "publisher": {"@type": "Organization", "name": a.get("source") or ""},
        })
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": review["verdict"]}
    if review.get("rating") is not None:
        rating.update({"ratingValue": review["rating"], "bestRating": 5, "worstRating": 1})
    item: dict[str, Any] = {"@type": "Claim", "appearance": works}
    if works:
        item["firstAppearance"] = works[0]
    if group.get("first_published"):
        item["datePublished"] = group["first_published"]
    attribution = next((a.get("attribution") for a in appearances if a.get("attribution")), None)
    if attribution:
        item["author"] = {"@type": "Organization", "name": attribution}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url,
        "claimReviewed": group.get("statement") or "",
        "datePublished": (review.get("created") or "")[:10],
        "author": {"@type": "Person", "name": review.get("reviewer") or ""},
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if review.get("notes"):
        data["reviewBody"] = review["notes"]
    evidence = safe_href(review.get("evidence_url"))
    if evidence:
        data["isBasedOn"] = evidence
    return data


def script_json(data: dict[str, Any]) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can close it early."""
    return (
        json.dumps(data, ensure_ascii=False, indent=1)
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
