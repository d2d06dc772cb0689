"""Publication dates: parsing, the dates a page shows under its headline, and which to trust.

Pages state dates in several places that disagree: JSON-LD and <meta> carry machine
timestamps (often in UTC, often the date the URL was first created), while the header shows
readers a day in the site's own time zone (often the day of the last substantial update).
We report the day the page shows when it matches one of its own timestamps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WRITTEN_DATE = re.compile(
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME},?\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE,
)


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 string (date, or date and time as given) or None if implausible."""
    if not value:
        return None
    value = value.strip()
    parsed = _parse_date(value)
    if parsed is None:
        return None
    now = datetime.now(UTC)
    naive = parsed.replace(tzinfo=None)
    if naive.year < 1990 or naive > now.replace(tzinfo=None) + timedelta(days=2):
        return None
    if (
        isinstance(parsed, datetime)
        and len(value) > 10
        and (parsed.hour or parsed.minute or parsed.second or parsed.tzinfo)
    ):
        return parsed.isoformat()
    return parsed.strftime("%Y-%m-%d")


def _parse_date(value: str) -> datetime | None:
    text = value.strip()
    iso = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]([\d:.]+)(Z|[+-]\d{2}:?\d{2})?)?", text)
    if iso:
        candidate = text[: iso.end()].replace(" ", "T", 1)
        if candidate.endswith("Z"):
            candidate = candidate[:-1] + "+00:00"
        tz = iso.group(5)
        if tz and tz not in ("Z",) and ":" not in tz:
            candidate = candidate[: -len(tz)] + tz[:3] + ":" + tz[3:]
        try:
            return datetime.fromisoformat(candidate)
        except ValueError:
            try:
                return datetime(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            except ValueError:
                return None
    words = re.match(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", text)
    if words and words.group(2).lower() in _MONTHS:
        return _safe_date(int(words.group(3)), _MONTHS[words.group(2).lower()], int(words.group(1)))
    words = re.match(
        r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text
    )
    if words and words.group(1).lower() in _MONTHS:
        return _safe_date(int(words.group(3)), _MONTHS[words.group(1).lower()], int(words.group(2)))
    return None


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- the header

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "select"})
_HEADER_TEXT_LIMIT = 1500
"""Characters of text after the headline that can still belong to the article header."""
_PARAGRAPH = 200
"""A text chunk this long is a standfirst (the first one) or article prose (the header is over)."""
_DATE_LINE = 120
"""Dates are read only from short chunks (a dateline), never from sentences."""


def header_items(headline: HtmlElement) -> Iterator[tuple[str, str, HtmlElement | None]]:
    """The article header as (kind, text, element), kind "text", "time" or "image".

    The header is what follows the headline up to the first paragraph of prose: a
    standfirst, bylines, dates, a lead image and its caption. For text, the element is
    the one the text opens (None for text after a closing tag).
    """
    seen = 0
    standfirst_passed = False
    for kind, element, text in _text_after(headline):
        if kind == "image":
            yield kind, "", element
            continue
        if kind == "time" and element is not None:
            shown = " ".join(element.text_content().split())
            seen += len(shown)
            yield kind, shown, element
            continue
        chunk = " ".join(text.split())
        if not chunk:
            continue
        if seen > _HEADER_TEXT_LIMIT:
            return
        if len(chunk) >= _PARAGRAPH:
            if standfirst_passed:
                return
            standfirst_passed = True
        seen += len(chunk)
        yield kind, chunk, element


def shown_dates(headline: HtmlElement, limit: int = 3) -> list[str]:
    """Days (YYYY-MM-DD) written in the article header, in reading order.

    A <time> element counts by the day it displays, or by its datetime attribute when it
    displays none (relative times such as "2 hours ago").
    """
    days: list[str] = []
    for kind, text, element in header_items(headline):
        day: str | None
        if kind == "time" and element is not None:
            day = _written_day(text) or (normalise_date(element.get("datetime")) or "")[:10]
        elif kind == "text" and len(text) <= _DATE_LINE:
            day = _written_day(text)
        else:
            continue
        if day and day not in days:
            days.append(day)
            if len(days) >= limit:
                break
    return days


def _written_day(text: str) -> str | None:
    match = WRITTEN_DATE.search(text)
    if not match:
        return None
    date = normalise_date(match.group(0))
    return date[:10] if date else None


def _text_after(start: HtmlElement) -> Iterator[tuple[str, HtmlElement | None, str]]:
    """What follows `start` in document order: ("text", owner, text), "time" and "image"."""
    root = start.getroottree().getroot()
    node: HtmlElement | None = start
    while node is not None:
        if node.tail and node is not root:
            yield "text", None, node.tail
        for sibling in node.itersiblings():
            walker = etree.iterwalk(sibling, events=("start", "end"))
            for event, element in walker:
                if event == "end":
                    if element.tail:
                        yield "text", None, element.tail
                    continue
                if not isinstance(element.tag, str) or element.tag in _SKIPPED_TAGS:
                    walker.skip_subtree()
                elif element.tag in ("time", "img"):
                    yield ("time" if element.tag == "time" else "image"), element, ""
                    walker.skip_subtree()
                elif element.text:
                    yield "text", element, element.text
        node = node.getparent()


# --------------------------------------------------------------------------- choice


def choose_published(
    published: str | None, modified: str | None, shown: list[str], url_day: str | None = None
) -> str | None:
    """The publication date to report, from the declared timestamps and the days shown.

    A shown day that is the declared publication time read in some time zone wins over
    the UTC day of that timestamp. When the header shows only the day of the declared
    update (evergreen guides and reviews re-dated on every revision), readers see that
    day as the article's date, and so do we. Otherwise the declaration stands. A page
    that declares nothing is dated by its header when the date in its URL (if any) agrees
    within a day, else by its URL: the "header" may then be a teaser for another story.
    """
    stamps = [stamp for stamp in (published, modified) if stamp]
    for stamp in stamps:
        if stamp[:10] in shown:
            return stamp
    for stamp in stamps:  # the same moment, shown in the site's time zone
        for day in shown:
            if _same_local_day(day, stamp):
                return day
    if published:
        return published
    if shown and (url_day is None or _days_apart(shown[0], url_day) <= 1):
        return shown[0]
    return url_day


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2]|[a-z]{3})[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)",
    re.IGNORECASE,
)


def url_day(url: str | None) -> str | None:
    """The day written in a URL path ("/2023/12/20/", "/2023-12-20-", "/2023/dec/21/")."""
    match = _URL_DATE.search(urlsplit(url).path) if url else None
    if not match:
        return None
    year, month, day = match.groups()
    number = _MONTHS.get(month.lower()[:3]) if month.isalpha() else int(month)
    if number is None:
        return None
    date = _safe_date(int(year), number, int(day))
    return normalise_date(date.strftime("%Y-%m-%d")) if date else None


def _days_apart(first: str, second: str) -> int:
    return abs((datetime.fromisoformat(first[:10]) - datetime.fromisoformat(second[:10])).days)


def _same_local_day(day: str, stamp: str) -> bool:
    """True when `stamp`, read in some time zone (UTC-12 to UTC+14), falls on `day`."""
    if stamp[:10] == day:
        return True
    if len(stamp) <= 10:
        return False
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    earliest = (moment - timedelta(hours=12)).date().isoformat()
    latest = (moment + timedelta(hours=14)).date().isoformat()
    return earliest <= day <= latest
