"""URL canonicalisation: one story, one URL, whatever tracking decorations a link carries."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Parameters that identify a campaign or a click, never the page itself.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wickedid",
        "rb_clickid",
        "s_cid",
        "cmpid",
        "ncid",
        "ocid",
        "sr_share",
        "spm",
        "share_token",
        "ref_src",
        "ref_url",
        "__twitter_impression",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are in a path; everything else is percent-encoded once.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """The form of `url` the archive keys pages by.

    Lower-cases scheme and host, drops default ports, the fragment and tracking parameters,
    and normalises percent-encoding. Other query parameters keep their order, because some
    sites route on it and reordering would invent URLs the site never published.
    """
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    except UnicodeError:
        pass
    port = parts.port if parts.port != DEFAULT_PORTS.get(scheme) else None
    netloc = host if port is None else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    path = _normalise_percent(parts.path) or ("/" if scheme in DEFAULT_PORTS else "")
    query_pairs = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(name)
    ]
    query = urlencode(query_pairs, quote_via=quote, safe="/:@!$'()*,;-._~")
    return urlunsplit((scheme, netloc, path, query, ""))


def _normalise_percent(path: str) -> str:
    """Encode what must be encoded and upper-case escapes, without double-encoding."""
    decoded_safe = _PERCENT.sub(lambda m: _decode_unreserved(m.group(0)), path)
    return _PERCENT.sub(lambda m: m.group(0).upper(), quote(decoded_safe, safe=_PATH_SAFE))


def _decode_unreserved(escape: str) -> str:
    char = unquote(escape)
    if char.isascii() and (char.isalnum() or char in "-._~"):
        return char
    return escape.upper()


def same_site(url: str, domains: list[str]) -> bool:
    """Whether url's host is one of `domains` or a subdomain of one (empty list: any host)."""
    if not domains:
        return True
    host = (urlsplit(url).hostname or "").lower()
    return any(
        host == d or host.endswith("." + d) for d in (d.lower().lstrip(".") for d in domains)
    )


_LINK_TAG = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(rb"""\brel\s*=\s*["']?\s*canonical\b""", re.IGNORECASE)
_HREF = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body\b", re.IGNORECASE)


def canonical_link(html: bytes, base_url: str) -> str | None:
    """The page's own `<link rel="canonical">`, canonicalised; None when it declares none.

    Scans the head with a regular expression rather than parsing the page, because the
    crawler does this for every page and a full parse would cost more than the download.
    """
    end = _HEAD_END.search(html)
    head = html[: end.start()] if end else html[:65536]
    for tag in _LINK_TAG.finditer(head):
        if not _REL_CANONICAL.search(tag.group(0)):
            continue
        href = _HREF.search(tag.group(0))
        if href:
            raw = next(group for group in href.groups() if group is not None)
            value = raw.decode("utf-8", errors="replace").strip()
            if value:
                return canonical_url(_unescape_amp(value), base_url)
    return None


def _unescape_amp(value: str) -> str:
    return value.replace("&amp;", "&").replace("&#38;", "&")
