"""Discover articles through a source's RSS 2.0, Atom and JSON feeds, then archive each page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import scrapy
from lxml import etree
from scrapy.http import Response
from twisted.python.failure import Failure

from crawlers.items import PageItem
from crawlers.pipelines import log_failure


def feed_links(body: bytes, base_url: str) -> list[str]:
    """Article links from an RSS, Atom or JSON feed; tolerant of broken XML."""
    stripped = body.lstrip()
    if stripped[:1] in (b"{", b"["):
        try:
            data = json.loads(stripped)
        except ValueError:
            return []
        items = data.get("items", []) if isinstance(data, dict) else []
        return [str(i.get("url") or i.get("external_url")) for i in items if isinstance(i, dict) and (i.get("url") or i.get("external_url"))]
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(stripped, parser=parser)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    links: list[str] = []
    for element in root.iter():
        tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if tag == "item":
            for child in element:
                if isinstance(child.tag, str) and etree.QName(child).localname == "link" and (child.text or "").strip():
                    links.append(child.text.strip())
                    break
        elif tag == "entry":
            chosen = None
            for child in element:
                if isinstance(child.tag, str) and etree.QName(child).localname == "link":
                    rel = child.get("rel", "alternate")
                    if rel == "alternate" and child.get("href"):
                        chosen = child.get("href")
                        break
            if chosen:
                links.append(chosen)
    from urllib.parse import urljoin

    return [urljoin(base_url, link) for link in links]


class FeedsSpider(scrapy.Spider):
    """`scrapy crawl feeds -a source=NAME -a feeds=URL[,URL...]`"""

    name = "feeds"

    def __init__(self, source: str = "default", feeds: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source = source
        self.feed_urls = [u.strip() for u in feeds.split(",") if u.strip()]

    async def start(self) -> Any:
        for url in self.feed_urls:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.failed, dont_filter=True)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        links = feed_links(response.body, response.url)
        if not links:
            log_failure(self, response.url, "feed", "feed has no readable items")
        for link in links:
            yield scrapy.Request(
                link,
                callback=self.parse_page,
                errback=self.failed,
                meta={"archive": True, "handle_httpstatus_list": [304]},
            )

    def parse_page(self, response: Response) -> Iterator[PageItem]:
        yield page_item(response, self.source)

    def failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        log_failure(self, request.url, type(failure.value).__name__, str(failure.value).splitlines()[0] if str(failure.value) else "")


def page_item(response: Response, source: str) -> PageItem:
    headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
    return PageItem(
        url=response.request.meta.get("redirect_urls", [response.url])[0] if response.request else response.url,
        final_url=response.url,
        source=source,
        status=response.status,
        headers=headers,
        body=None if response.status == 304 else response.body,
        elapsed_ms=(response.meta.get("download_latency") or 0) * 1000,
    )
