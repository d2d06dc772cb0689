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
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

# A page is unreadable when more than this share of its decoded text is replacement or
# control characters: real pages with a few bad bytes still pass, binary data posing as HTML does not.
UNREADABLE_SHARE = 0.01
_HTML_TYPES = (b"text/html", b"application/xhtml+xml")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
SAMPLE_BYTES = 64 * 1024
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
    if isinstance(
        exception,
        (DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError),
    ):
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
    encoding = declared_encoding(content_type.decode("latin-1"), response.body)
    share = unreadable_share(response.body, encoding)
    if share > UNREADABLE_SHARE:
        return "undecodable", f"{share:.0%} of the body is not valid {encoding} text"
    return None


def declared_encoding(content_type: str, body: bytes) -> str:
    """The encoding a page declares (BOM, Content-Type charset, <meta charset>), else UTF-8.

    Cheaper than Scrapy's response.encoding, which decodes a whole undeclared page to guess;
    an undeclared page that is not UTF-8 then falls back to windows-1252 in unreadable_share.
    """
    bom = read_bom(body[:4])
    if bom[0]:
        return bom[0]
    return http_content_type_encoding(content_type) or html_body_declared_encoding(body) or "utf-8"


def unreadable_share(body: bytes, encoding: str) -> float:
    """Share of characters that are U+FFFD or control characters once body is decoded.

    Judged on the first SAMPLE_BYTES, which is plenty to tell text from binary, and in the
    common case (the sample decodes cleanly in an ASCII-compatible encoding) by counting
    control bytes without building a str: this runs on the crawler's event loop for every page.
    """
    if not body:
        return 0.0
    sample, final = body[:SAMPLE_BYTES], len(body) <= SAMPLE_BYTES
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        codec = "utf-8"
    if not codec.startswith(("utf-16", "utf-32")):
        for candidate in (codec, "cp1252") if codec == "utf-8" else (codec,):
            try:
                codecs.getincrementaldecoder(candidate)().decode(sample, final=final)
            except UnicodeDecodeError:
                continue
            return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(sample, final=final)
    return len(_UNREADABLE.findall(text)) / max(len(text), 1)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
