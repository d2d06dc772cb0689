"""Turning crawled text into safe, readable HTML pieces: links, highlights, diffs and figures.

Nothing here returns markup built from crawled strings; templates escape every piece, so a title
or body holding `<script>` shows up as text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from datasette.utils import tilde_encode

_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
SNIPPET_START, SNIPPET_END = "\x02", "\x03"


def safe_href(url: Any) -> str:
    """The URL if it is plain http(s), else ''; crawled links must never run script when clicked."""
    if not isinstance(url, str):
        return ""
    cleaned = _CONTROL.sub("", url)
    scheme = urllib.parse.urlsplit(cleaned).scheme.lower()
    return url.strip() if scheme in ("http", "https") else ""


def path_part(value: Any) -> str:
    """Encode a value for one segment of a URL the way Datasette does (tilde encoding), since
    Datasette redirects %-escaped paths; outlet names may hold any character, '/' included."""
    return tilde_encode(str(value))


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


def parse_date(value: Any) -> dt.datetime | None:
    """An ISO date or timestamp as an aware UTC datetime, or None when it cannot be read."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = dt.datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


@dataclass
class Segment:
    """A run of article text, optionally the figure of one claim."""

    text: str
    claim: dict[str, Any] | None = None


def highlight_claims(text: str, claims: list[dict[str, Any]]) -> list[list[Segment]]:
    """Split an article into paragraphs of segments, marking each claim's figure by its offsets.

    Overlapping or out-of-range spans are skipped rather than guessed at.
    """
    spans = sorted(
        (c for c in claims if isinstance(c.get("start"), int) and isinstance(c.get("end"), int)),
        key=lambda c: (c["start"], c["end"]),
    )
    marks: list[dict[str, Any]] = []
    last_end = -1
    for claim in spans:
        if claim["start"] < last_end or claim["end"] > len(text) or claim["start"] >= claim["end"]:
            continue
        marks.append(claim)
        last_end = claim["end"]
    paragraphs: list[list[Segment]] = []
    offset = 0
    for block in text.split("\n"):
        block_end = offset + len(block)
        segments: list[Segment] = []
        cursor = offset
        for claim in marks:
            if claim["end"] <= offset or claim["start"] >= block_end:
                continue
            start, end = max(claim["start"], offset), min(claim["end"], block_end)
            if start > cursor:
                segments.append(Segment(text[cursor:start]))
            segments.append(Segment(text[start:end], claim))
            cursor = end
        if cursor < block_end:
            segments.append(Segment(text[cursor:block_end]))
        if block.strip():
            paragraphs.append(segments)
        offset = block_end + 1
    return paragraphs


@dataclass
class Change:
    """One run of words in a diff: kept ('equal'), added ('insert') or removed ('delete')."""

    op: str
    text: str


def word_diff(old: str, new: str, max_words: int = 20000) -> list[Change]:
    """What changed between two revisions of an article, word by word."""
    old_words = re.findall(r"\S+\s*", old)[:max_words]
    new_words = re.findall(r"\S+\s*", new)[:max_words]
    changes: list[Change] = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            changes.append(Change("equal", "".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            changes.append(Change("delete", "".join(old_words[a1:a2])))
        if b2 > b1:
            changes.append(Change("insert", "".join(new_words[b1:b2])))
    return changes


def snippet_parts(snippet: str | None) -> list[tuple[str, bool]]:
    """An FTS5 snippet marked with \\x02...\\x03 as (text, is_match) parts, for escaping in a template."""
    if not snippet:
        return []
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{SNIPPET_START}{SNIPPET_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


def highlight_terms(text: str, query: str) -> list[tuple[str, bool]]:
    """Mark words of `text` that share a stem-like prefix with a query word, as (text, is_match).

    Done in Python because FTS5's snippet() costs a search per row; a prefix of the query word
    stands in for the porter stem ('processes' finds 'processed').
    """
    stems = [w.lower()[: max(3, len(w) - 2)] for w in re.findall(r"\w+", query) if len(w) > 1]
    if not stems:
        return [(text, False)]
    parts: list[tuple[str, bool]] = []
    cursor = 0
    for match in re.finditer(r"\w+", text):
        if any(match.group().lower().startswith(stem) for stem in stems):
            if match.start() > cursor:
                parts.append((text[cursor : match.start()], False))
            parts.append((match.group(), True))
            cursor = match.end()
    if cursor < len(text):
        parts.append((text[cursor:], False))
    return parts
