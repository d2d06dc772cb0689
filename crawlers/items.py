"""What a spider hands to the archive: one HTTP fetch with its metadata."""

from __future__ import annotations

import scrapy


class PageItem(scrapy.Item):
    url = scrapy.Field()
    final_url = scrapy.Field()
    source = scrapy.Field()
    status = scrapy.Field()
    headers = scrapy.Field()
    body = scrapy.Field()
    elapsed_ms = scrapy.Field()
    canonical_url = scrapy.Field()
