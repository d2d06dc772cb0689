"""Name what went wrong with a fetch, so crawl_errors can be filtered by kind in Datasette.

Kinds: timeout, http_error, redirect_loop, robots, offsite, too_large, not_html, undecodable,
dns, connection, data_loss, download (anything else the downloader reports).
"""

from __future__ import annotations

import codecs
import re
from http import HTTPStatus

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors

# A page is unreadable when more than this share of its decoded text is replacement or
# control characters: real pages with a few bad bytes still pass, binary data posing as HTML does not.
UNREADABLE_SHARE = 0.01
_HTML_TYPES = (b"text/html", b"application/xhtml+xml")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def describe_failure(exception: BaseException) -> tuple[str, str]:
    """(kind, one-line message) for an exception a request's errback received."""
    message = _first_line(str(exception)) or type(exception).__name__
    if isinstance(exception, HttpError):
        status = exception.response.status
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "unknown status"
        return "http_error", f"HTTP {status} {phrase}"
    if isinstance(exception, (DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError)):
        return "timeout", message
    if isinstance(exception, DownloadCancelledError) and "max size" in message:
        return "too_large", message
    if isinstance(exception, IgnoreRequest):
        if "max redirections" in message:
            return "redirect_loop", "redirected too many times (a redirect loop?)"
        if "robots.txt" in message:
            return "robots", message
        if "offsite" in message:
            return "offsite", message
        if "max size" in message.lower() or "DOWNLOAD_MAXSIZE" in message:
            return "too_large", message
        return "ignored", message
    if isinstance(exception, (CannotResolveHostError, twisted_errors.DNSLookupError)):
        return "dns", message
    if isinstance(exception, (DownloadConnectionRefusedError, twisted_errors.ConnectError)):
        return "connection", message
    if isinstance(exception, ResponseDataLossError):
        return "data_loss", message
    return "download", f"{type(exception).__name__}: {message}"


def response_problem(response: Response) -> tuple[str, str] | None:
    """(kind, message) when a response is not an HTML page we can archive and read; else None."""
    if response.status == 304:
        return None
    content_type = response.headers.get(b"Content-Type") or b""
    lowered = content_type.lower()
    if content_type and not any(kind in lowered for kind in _HTML_TYPES):
        return "not_html", f"Content-Type {content_type.decode('latin-1')} is not HTML"
    if not content_type and not isinstance(response, HtmlResponse):
        return "not_html", "no Content-Type and the body does not look like HTML"
    encoding = response.encoding if isinstance(response, TextResponse) else "utf-8"
    share = unreadable_share(response.body, encoding)
    if share > UNREADABLE_SHARE:
        return "undecodable", f"{share:.0%} of the body is not valid {encoding} text"
    return None


def unreadable_share(body: bytes, encoding: str) -> float:
    """Share of characters that are U+FFFD or control characters once body is decoded.

    The common case (the body decodes cleanly in an ASCII-compatible encoding) counts control
    bytes without building a str, since this runs on the crawler's event loop for every page.
    """
    if not body:
        return 0.0
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        codec = "utf-8"
    if not codec.startswith(("utf-16", "utf-32")):
        try:
            body.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            return (len(body) - len(body.translate(None, _CONTROL_BYTES))) / len(body)
    text = body.decode(codec, errors="replace")
    return len(_UNREADABLE.findall(text)) / max(len(text), 1)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
