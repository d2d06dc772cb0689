"""Scrapy settings for the claimwatch crawlers: polite by default, overridable per source."""

BOT_NAME = "claimwatch"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# Who we are: site operators read this in their logs. `claimwatch crawl --contact URL` (or
# -s CLAIMWATCH_CONTACT_URL=...) rebuilds USER_AGENT around your own contact page.
CLAIMWATCH_CONTACT_URL = "https://github.com/claimwatch/claimwatch"
USER_AGENT = f"claimwatch/0.1 (+{CLAIMWATCH_CONTACT_URL})"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 3 * 1024 * 1024
REDIRECT_MAX_TIMES = 10

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Retries wait RETRY_BACKOFF_BASE * 2**n seconds (at most RETRY_BACKOFF_MAX); a 429 or 503 with
# Retry-After waits what the server asked, unless that is over RETRY_AFTER_MAX (then: failed).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 120.0
# A fetch that gives up is recorded in crawl_errors; the log need not shout about it too.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.PoliteRetryMiddleware": 550,
    "crawlers.middlewares.ConditionalGetMiddleware": 560,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.ArchivePipeline": 300,
}

# Where pages are archived; the `claimwatch crawl` command passes the user's --db.
CLAIMWATCH_DB = "data/claimwatch.db"
# Known articles are not refetched unless their feed or sitemap date is newer than our last
# fetch. True re-requests them all with a conditional GET, to catch silent edits (costs a 304 each).
CLAIMWATCH_RECHECK_KNOWN = False
# Upper bound on article requests per spider run for site and sitemap crawls (0: no bound).
CLAIMWATCH_MAX_PAGES = 500

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
