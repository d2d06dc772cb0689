"""Read article links and their dates from RSS 2.0, Atom and JSON Feed documents, broken or not.

Feeds in the wild are often not well-formed XML (stray ampersands, HTML entities, truncated
bodies), so the XML parser recovers what it can instead of rejecting the whole feed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml import etree

# Elements whose text dates an item, most telling first (an update beats a publication).
_UPDATED = ("updated", "modified", "date_modified")
_PUBLISHED = ("pubDate", "published", "date", "issued", "created")


@dataclass(frozen=True)
class FeedEntry:
    """One article a feed points at, with the newest date the feed gives for it (if any)."""

    url: str
    updated: dt.datetime | None = None


def parse_date(text: str | None) -> dt.datetime | None:
    """An aware UTC datetime from an RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed) date; None if unreadable."""
    if not text or not text.strip():
        return None
    text = text.strip()
    moment: dt.datetime | None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def read_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    """Every article link in an RSS, Atom or JSON feed, resolved against base_url, in feed order."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return _read_json_feed(stripped, base_url)
    return _read_xml_feed(stripped, base_url)


def _read_json_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    try:
        data = json.loads(body)
    except ValueError:
        return []
    items = data.get("items", []) if isinstance(data, dict) else []
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.strip():
            continue
        updated = parse_date(item.get("date_modified")) or parse_date(item.get("date_published"))
        entries.append(FeedEntry(urljoin(base_url, link.strip()), updated))
    return entries


def _read_xml_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    entries = []
    for element in root.iter():
        name = _local(element)
        if name == "item":
            link = _rss_link(element)
        elif name == "entry":
            link = _atom_link(element)
        else:
            continue
        if link:
            entries.append(FeedEntry(urljoin(base_url, link), _item_date(element)))
    return entries


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _rss_link(item: etree._Element) -> str | None:
    guid_link = None
    for child in item:
        name = _local(child)
        text = (child.text or "").strip()
        if name == "link" and text:
            return text
        if name == "link" and child.get("href"):  # an atom:link inside an RSS item
            return str(child.get("href"))
        if (
            name == "guid"
            and text.startswith("http")
            and child.get("isPermaLink", "true") != "false"
        ):
            guid_link = text
    return guid_link


def _atom_link(entry: etree._Element) -> str | None:
    fallback = None
    for child in entry:
        if _local(child) != "link" or not child.get("href"):
            continue
        rel = child.get("rel", "alternate")
        if rel == "alternate" and child.get("type", "text/html") in (
            "text/html",
            "application/xhtml+xml",
        ):
            return str(child.get("href"))
        if rel == "alternate" and fallback is None:
            fallback = str(child.get("href"))
    return fallback


def _item_date(item: etree._Element) -> dt.datetime | None:
    found: dict[str, dt.datetime] = {}
    for child in item:
        name = _local(child)
        if name in _UPDATED or name in _PUBLISHED:
            moment = parse_date(child.text)
            if moment:
                found.setdefault(name, moment)
    for name in (*_UPDATED, *_PUBLISHED):
        if name in found:
            return found[name]
    return None
