"""Read page URLs and their dates from XML sitemaps, sitemap indexes and Google News sitemaps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from crawlers.feed_reader import parse_date


@dataclass(frozen=True)
class SitemapEntry:
    """A URL a sitemap lists, dated by `lastmod` or, in a news sitemap, the publication date."""

    url: str
    updated: dt.datetime | None = None


@dataclass
class Sitemap:
    """`kind` is "urlset" (pages) or "sitemapindex" (more sitemaps); "" when unreadable."""

    kind: str
    entries: list[SitemapEntry] = field(default_factory=list)


def read_sitemap(body: bytes, base_url: str) -> Sitemap:
    """Parse a sitemap leniently: a broken document yields the entries before the break."""
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True
    )
    try:
        root = etree.fromstring(body.lstrip(b"\xef\xbb\xbf \t\r\n"), parser=parser)
    except etree.XMLSyntaxError:
        return Sitemap("")
    if root is None:
        return Sitemap("")
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        return Sitemap("")
    entries = []
    for element in root:
        if not isinstance(element.tag, str) or etree.QName(element).localname not in (
            "url",
            "sitemap",
        ):
            continue
        loc, dates = None, []
        for node in element.iter():
            if not isinstance(node.tag, str):
                continue
            name = etree.QName(node).localname
            if name == "loc" and loc is None and (node.text or "").strip():
                loc = node.text.strip()
            elif name in ("lastmod", "publication_date"):
                moment = parse_date(node.text)
                if moment:
                    dates.append(moment)
        if loc:
            entries.append(SitemapEntry(urljoin(base_url, loc), max(dates) if dates else None))
    return Sitemap(kind, entries)
