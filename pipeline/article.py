"""html → Article: body text, headline, dates, authors, language and canonical URL.

trafilatura finds the body; page metadata (JSON-LD, OpenGraph, <meta>, bylines) is read here
because sites describe their own articles more reliably than any generic heuristic can.
Pure: no database, no network.
"""

from __future__ import annotations

import codecs
import gzip
import html as html_lib
import json
import re
import zlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
import trafilatura.metadata
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.settings import Document

from pipeline.article_authors import find_authors, normalise_authors
from pipeline.article_dates import choose_published, normalise_date, shown_dates, url_day
from pipeline.html_text import loose_key, normalise_space, text_of
from pipeline.models import Article
from pipeline.time_limit import time_limit

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractionTimeout",
    "PageMeta",
    "article_record",
    "clean_body",
    "decode_html",
    "detect_language",
    "extract_article",
    "normalise_authors",
    "normalise_date",
]

EXTRACTOR_VERSION = "2"

MAX_INPUT_BYTES = 10_000_000
"""Markup beyond this, after scripts and styles are dropped, is refused rather than parsed."""
TIME_LIMIT_SECONDS = 20.0
"""Per-page wall-clock limit, in whichever thread the page is read."""


class ExtractionTimeout(BaseException):
    """The page took longer than TIME_LIMIT_SECONDS to read.

    A BaseException, so that no `except Exception` inside the libraries can swallow it.
    """


def extract_article(html: str | bytes, url: str | None = None) -> Article:
    """Read one page as an Article; never raises, sets `error` when the page cannot be read."""
    try:
        with time_limit(TIME_LIMIT_SECONDS, ExtractionTimeout):
            return _extract(html, url)
    except ExtractionTimeout:
        return Article(
            url=url,
            canonical_url=url,
            error=f"page took longer than {TIME_LIMIT_SECONDS:g}s to extract; skipped",
        )
    except RecursionError:
        return Article(url=url, canonical_url=url, error="page markup is nested too deeply to read")
    except Exception as err:  # noqa: BLE001 - one bad page must not stop a batch
        detail = " ".join(str(err).split())[:200]
        return Article(
            url=url, canonical_url=url, error=f"could not read page: {type(err).__name__}: {detail}"
        )


def article_record(article: Article, id: Any) -> dict[str, Any]:
    """The JSON-lines shape of `claimwatch extract-article`."""
    if article.error:
        return {"id": id, "error": article.error}
    return {
        "id": id,
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published,
        "modified": article.modified,
        "language": article.language,
        "canonical_url": article.canonical_url,
        "text": article.text,
    }


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""",
    re.IGNORECASE,
)
# Browsers read these labels as windows-1252; so do we.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")


def decode_html(data: bytes) -> str:
    """Bytes to text: BOM, then valid UTF-8, then the declared charset, then detection.

    UTF-8 is tried before the declared charset because a page that decodes as UTF-8 with
    multi-byte characters is UTF-8 whatever it declares; the reverse mistake gives mojibake.
    """
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start
    declared = _declared_charset(data)
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    # Mostly valid UTF-8 with a few stray bytes: keep UTF-8, replace the strays.
    sample = data[:1_000_000]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if first_bad > 0 and multibyte >= 10 * bad:
        return data.decode("utf-8", errors="replace")
    encoding: str | None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[:200_000]).best()
        encoding = best.encoding if best is not None else None
    except Exception:  # noqa: BLE001 - detection is a best effort
        encoding = None
    # Detectors cannot tell the Latin code pages apart on mostly-English text; windows-1252
    # is by far the most common, so it wins unless the page says it is in a language that
    # needs another one.
    if not encoding or (
        _SINGLE_BYTE_LATIN.match(encoding) and _declared_lang(sample) not in _NON_WESTERN_LANGS
    ):
        encoding = "cp1252"
    return data.decode(encoding, errors="replace")


_SINGLE_BYTE_LATIN = re.compile(r"^(?:cp125[0-8]|iso8859_\d+|latin_\d|mac_\w+|cp8\d\d)$")
_NON_WESTERN_LANGS = {
    "pl",
    "cs",
    "sk",
    "hu",
    "sl",
    "hr",
    "ro",
    "bs",
    "sr",
    "lt",
    "lv",
    "et",
    "tr",
    "el",
    "ru",
    "uk",
    "bg",
    "be",
    "mk",
    "he",
    "ar",
    "fa",
    "th",
    "vi",
    "az",
    "kk",
}
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)


def _declared_lang(data: bytes) -> str | None:
    match = _HTML_LANG.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:8192])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _to_text(html: str | bytes) -> str:
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if data[:2] == b"\x1f\x8b":
            data = _gunzip(data)
        if any(data.startswith(sig) for sig in _BINARY_SIGNATURES):
            raise _PageError("input is binary data (a file signature that is not HTML)")
        text = decode_html(data)
    elif isinstance(html, str):
        text = html
    else:
        raise _PageError(f"expected HTML as str or bytes, got {type(html).__name__}")
    return text


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, MAX_INPUT_BYTES * 5)
    except (zlib.error, gzip.BadGzipFile) as err:
        raise _PageError(f"input looks gzip-compressed but cannot be decompressed: {err}") from err
    if decompressor.unconsumed_tail:
        raise _PageError("gzip-compressed input is too large once decompressed")
    return out


class _PageError(Exception):
    """A page that cannot be read; the message becomes Article.error."""


_SCRIPT_STYLE = re.compile(
    r"<(script|style|svg|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_DATA_URI = re.compile(r"data:[a-z/+.\-]+;base64,[A-Za-z0-9+/=\s]{200,}", re.IGNORECASE)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _check_and_shrink(text: str) -> str:
    if not text.strip():
        raise _PageError("empty input: no HTML to read")
    head = text[:20_000]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > 0.01 * len(head) or head.count("\ufffd") > 0.2 * len(head):
        raise _PageError("input is binary data, not HTML")
    if "<" not in head:
        raise _PageError("input is not HTML (no markup found)")
    if len(text) > MAX_INPUT_BYTES:
        # Keep JSON-LD: it carries metadata. Everything else script-like is dead weight.
        ld = "".join(m.group(0) for m in _JSON_LD_SCRIPT.finditer(text[:MAX_INPUT_BYTES]))
        text = _DATA_URI.sub("", _SCRIPT_STYLE.sub("", text))
        if len(text) > MAX_INPUT_BYTES:
            raise _PageError(
                f"page too large: {len(text) / 1e6:.1f} MB of markup without scripts "
                f"(limit {MAX_INPUT_BYTES / 1e6:.0f} MB)"
            )
        text = ld + text
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


_JSON_LD_SCRIPT = re.compile(
    r"<script[^>]+application/ld\+json[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL
)


# --------------------------------------------------------------------------- main


def _extract(html: str | bytes, url: str | None) -> Article:
    try:
        text = _check_and_shrink(_to_text(html))
    except _PageError as err:
        return Article(url=url, canonical_url=url, error=str(err))
    tree = trafilatura.utils.load_html(text)
    if tree is None:
        return Article(url=url, canonical_url=url, error="input could not be parsed as HTML")

    meta = PageMeta(tree, url)
    # Metadata comes from PageMeta; trafilatura's and htmldate's guesses are only asked
    # for when the page declares nothing, which also spares their slower searches.
    # fast (no readability/jusText comparison) with recall focus scored best on the dev
    # sets and is quicker; the boilerplate it lets through is filtered in clean_body.
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,
        favor_recall=True,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
    )
    title = meta.title()
    raw_text = doc.text if isinstance(doc, Document) and doc.text else ""
    body = clean_body(raw_text, title)
    declared_body = meta.declared_body()
    if declared_body and _coverage(declared_body, body) < 0.5:
        # The extractor picked the wrong block (or nothing); the page's own copy of the
        # article text in JSON-LD is the better guess.
        body = clean_body(declared_body, title)
    article = Article(
        url=url,
        canonical_url=meta.canonical_url(),
        title=title,
        authors=meta.authors(raw_text),
        published=meta.published(),
        modified=meta.modified(),
        text=body,
    )
    article.language = meta.language(body)
    if not body:
        article.error = (
            "page holds only a paywall or subscription notice, no article text"
            if meta.looks_paywalled()
            else "no article text found on the page"
        )
    elif len(body) < 400 and _PAYWALL.search(body):
        article.text = ""
        article.error = "page holds only a paywall or subscription notice, no article text"
    return article


# --------------------------------------------------------------------------- metadata


_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "scholarlyarticle",
    "techarticle",
    "report",
    "liveblogposting",
    "socialmediaposting",
    "review",
    "posting",
    "advertisercontentarticle",
    "satiricalarticle",
    "medicalscholarlyarticle",
    "webpage",
    "creativework",
    "videoobject",
    "podcastepisode",
    "medicalwebpage",
    "itempage",
    "howto",
    "recipe",
}
_PREFERRED_TYPES = _ARTICLE_TYPES - {
    "webpage",
    "creativework",
    "itempage",
    "videoobject",
    "medicalwebpage",
    "howto",
    "recipe",
    "podcastepisode",
}


def _iter_json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        data = _loads_lenient(raw)
        if data is not None:
            yield from _flatten_ld(data, 0)


def _loads_lenient(raw: str) -> Any:
    raw = raw.strip()
    for prefix, suffix in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")):
        if raw.startswith(prefix) and raw.endswith(suffix):
            raw = raw[len(prefix) : -len(suffix)].strip()
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    fixed = re.sub(r",\s*([}\]])", r"\1", raw)
    try:
        return json.loads(fixed, strict=False)
    except ValueError:
        return None


def _flatten_ld(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"], depth + 1)
        if "@type" in data:
            yield data
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _flatten_ld(main, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values if v}


class PageMeta:
    """Metadata the page states about itself, read once from the parsed tree."""

    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        self.tree = tree
        self.url = url
        self.meta: dict[str, list[str]] = {}
        for element in tree.iterfind(".//meta"):
            content = element.get("content")
            if content is None:
                continue
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = element.get(attr)
                if key:
                    self.meta.setdefault(key.strip().lower(), []).append(content.strip())
        self.ld = list(_iter_json_ld(tree))
        self.article_ld = self._pick_article_ld()
        self._site_names: set[str] | None = None
        self._title: str | None = None
        self._headline: list[HtmlElement | None] = []

    # -- helpers

    def first(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, []):
                if value:
                    return value
        return None

    def _pick_article_ld(self) -> dict[str, Any] | None:
        best, best_score = None, 0
        for obj in self.ld:
            types = _types(obj)
            if not types & _ARTICLE_TYPES:
                continue
            score = 1 + (2 if types & _PREFERRED_TYPES else 0)
            score += sum(1 for k in ("headline", "datePublished", "author") if obj.get(k))
            if score > best_score:
                best, best_score = obj, score
        return best

    def _ld(self, key: str) -> Any:
        if self.article_ld is not None and self.article_ld.get(key):
            return self.article_ld[key]
        return None

    def site_names(self) -> set[str]:
        if self._site_names is None:
            self._site_names = self._find_site_names()
        return self._site_names

    def _find_site_names(self) -> set[str]:
        names = set()
        for value in self.meta.get("og:site_name", []) + self.meta.get("application-name", []):
            names.add(loose_key(value))
        for obj in self.ld:
            is_site = _types(obj) & {"organization", "newsmediaorganization", "website"}
            if is_site and isinstance(obj.get("name"), str):
                names.add(loose_key(obj["name"]))
        publisher = self._ld("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(loose_key(publisher["name"]))
        host = urlsplit(self.canonical_url() or "").hostname or ""
        parts = [p for p in host.split(".") if p not in ("www", "com", "org", "net", "co", "uk")]
        if parts:
            names.add(loose_key(parts[0]))
            names.add(loose_key(".".join(parts)))
            names.add(loose_key(host.removeprefix("www.")))
        names.discard("")
        return names

    # -- fields

    def canonical_url(self) -> str | None:
        for link in self.tree.iterfind(".//link"):
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
                return self._absolute(link.get("href", ""))
        og = self.first("og:url")
        if og:
            return self._absolute(og)
        return self.url

    def _absolute(self, href: str) -> str:
        href = href.strip()
        if self.url and not urlsplit(href).scheme:
            return urljoin(self.url, href)
        return href

    def title(self) -> str | None:
        if self._title is None:
            self._title = self._find_title() or ""
        return self._title or None

    def _find_title(self) -> str | None:
        """The headline as shown on the page, without site names or media labels.

        The visible <h1> wins when it agrees with a declared title (JSON-LD, OpenGraph,
        <title>), and also when it alone looks like a headline: declared titles are often
        rewritten for search engines and social feeds.
        """
        sites = self.site_names()
        ld = self._ld("headline") or self._ld("name")
        declared = [
            ld if isinstance(ld, str) else None,
            self.first("og:title", "twitter:title"),
            self._title_element(),
        ]
        cleaned = []
        for value in declared:
            if not value:
                continue
            value = _strip_media_label(
                _strip_site(normalise_space(html_lib.unescape(value)), sites)
            )
            if len(value) >= 3 and not _is_site(value, sites):
                cleaned.append(value)
        h1s = []
        for h in self.tree.iterfind(".//h1"):
            text = _strip_media_label(re.sub(r"\s+([’'])s\b", r"\1s", normalise_space(text_of(h))))
            if 5 <= len(text) <= 300 and not _is_site(text, sites):
                h1s.append(text)
        keys = [loose_key(c) for c in cleaned]
        for h1 in h1s:
            if loose_key(h1) in keys:
                return h1
        for h1 in h1s:
            h1_key = loose_key(h1)
            for declared_title, key in zip(cleaned, keys, strict=True):
                if len(key) < 10 or not h1_key:
                    continue
                if h1_key in key and len(h1_key) >= len(key) / 2:
                    return h1  # the declared title adds a section or site name
                if key in h1_key and len(key) >= len(h1_key) / 2:
                    return declared_title  # the <h1> carries a label ("Opinion | ...")
        for h1 in h1s:
            if len(h1.split()) >= 3:
                return h1
        if cleaned:
            return cleaned[0]
        if h1s:
            return h1s[0]
        guess = trafilatura.metadata.extract_title(self.tree)
        return normalise_space(guess) if guess else None

    def declared_body(self) -> str | None:
        """JSON-LD `articleBody`, when it is long enough to be the article and not a teaser."""
        value = self._ld("articleBody")
        if not isinstance(value, str):
            return None
        text = html_lib.unescape(value).strip()
        if "<" in text and ">" in text:
            text = text_of(lxml.html.fromstring(f"<div>{text}</div>"))
        return text if len(text) >= 400 else None

    def _title_element(self) -> str | None:
        element = self.tree.find(".//title")
        return element.text_content() if element is not None else None

    def authors(self, body: str = "") -> list[str]:
        return find_authors(
            self.tree,
            declared=self._ld("author") or self._ld("creator"),
            meta=self.meta,
            sites=self.site_names(),
            headline=self._headline_element(),
            body=body,
        )

    def _headline_element(self) -> HtmlElement | None:
        """The heading that shows the article's title, or failing that the first <h1>."""
        if not self._headline:
            self._headline.append(self._find_headline())
        return self._headline[0]

    def _find_headline(self) -> HtmlElement | None:
        title_key = loose_key(self.title())
        if title_key:
            for heading in self.tree.iter("h1", "h2", "h3"):
                if loose_key(text_of(heading)) == title_key:
                    return heading
        return next((h for h in self.tree.iterfind(".//h1") if len(text_of(h)) >= 10), None)

    def published(self) -> str | None:
        declared = next(
            self._date_candidates(
                "datePublished",
                (
                    "article:published_time",
                    "og:published_time",
                    "datepublished",
                    "pubdate",
                    "publishdate",
                    "publish-date",
                    "parsely-pub-date",
                    "sailthru.date",
                    "dc.date",
                    "dcterms.created",
                    "dc.date.issued",
                    "date",
                    "citation_publication_date",
                ),
            ),
            None,
        )
        headline = self._headline_element()
        shown = shown_dates(headline) if headline is not None else []
        chosen = choose_published(declared, self.modified(), shown, url_day(self.url))
        if chosen:
            return chosen
        # htmldate's extensive mode loads dateparser (seconds per process); its quick
        # search (URL, markup patterns) is enough once the page's own statements failed.
        guess = find_date(self.tree, extensive_search=False, original_date=True, url=self.url)
        return normalise_date(guess) if guess else None

    def modified(self) -> str | None:
        for value in self._date_candidates(
            "dateModified",
            (
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "last-modified",
                "dcterms.modified",
            ),
        ):
            return value
        return None

    def _date_candidates(self, ld_key: str, meta_keys: tuple[str, ...]) -> Iterator[str]:
        value = self._ld(ld_key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str):
            date = normalise_date(value)
            if date:
                yield date
        for key in meta_keys:
            for value in self.meta.get(key, []):
                date = normalise_date(value)
                if date:
                    yield date
        for element in self.tree.xpath(f'.//*[@itemprop="{ld_key}"]'):
            date = normalise_date(element.get("datetime") or element.get("content") or "")
            if date:
                yield date

    def language(self, text: str) -> str | None:
        declared = None
        html = self.tree if self.tree.tag == "html" else self.tree.find(".//html")
        candidates = [
            html.get("lang") if html is not None else None,
            html.get("{http://www.w3.org/XML/1998/namespace}lang") if html is not None else None,
            self.first("content-language", "language", "dc.language", "og:locale"),
            self._ld("inLanguage") if isinstance(self._ld("inLanguage"), str) else None,
        ]
        for value in candidates:
            code = _language_code(value)
            if code:
                declared = code
                break
        if declared == "en" and _looks_english(text):
            return declared  # the common case, without running the classifier
        detected = detect_language(text) if len(text) >= 200 or not declared else None
        if detected and detected[1] >= 0.9 and detected[0] != declared:
            return detected[0]
        return declared or (detected[0] if detected else None)

    def looks_paywalled(self) -> bool:
        free = self._ld("isAccessibleForFree")
        if free is not None and str(free).lower() in ("false", "0"):
            return True
        body = self.tree.find(".//body")
        return body is not None and bool(_PAYWALL.search(text_of(body)[:5000]))


_PAYWALL = re.compile(
    r"\b(subscribe (now )?to (continue|read|keep reading|unlock)|subscribers? only|"
    r"(sign|log) in to (continue|read|keep reading)|this (article|content|story) is (only )?"
    r"(available|reserved|exclusive) (to|for) (paying )?(subscribers|members)|"
    r"already a subscriber|create a free account to (continue|read))",
    re.IGNORECASE,
)


def _language_code(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$", value)
    if not match:
        return None
    code = match.group(1).lower()
    return None if code in ("und", "mul", "zxx") else code


_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "this",
        "be",
        "are",
        "have",
        "has",
    ]
)


def _looks_english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text[:2000].lower())
    return len(words) >= 30 and sum(w in _ENGLISH_WORDS for w in words) >= 0.15 * len(words)


_LANGID: Any = None


def detect_language(text: str) -> tuple[str, float] | None:
    """Language of the text and its probability, when py3langid is installed."""
    global _LANGID
    if not text.strip():
        return None
    if _LANGID is None:
        try:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier
        except ImportError:
            _LANGID = False
            return None
        _LANGID = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    if _LANGID is False:
        return None
    code, prob = _LANGID.classify(text[:1000])
    return str(code), float(prob)


# --------------------------------------------------------------------------- titles

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:»«~/]+\s+|\s*[|·•»«]\s*")


def _strip_site(title: str, sites: set[str]) -> str:
    """Remove a leading or trailing site name: "Headline | The Paper" → "Headline"."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)
    # Trailing segments naming the site go; so do leading ones.
    while len(parts) > 1 and _is_site(parts[-1], sites):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _is_site(parts[0], sites):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip()


_MEDIA_LABEL = re.compile(
    r"^\s*(?:watch|video|photos?|listen|gallery|podcast)\s*:\s+|"
    r"\s*[(\[](?:video|watch|photos?|pics|gallery|listen|podcast|updated?)[)\]]\s*$",
    re.IGNORECASE,
)


def _strip_media_label(title: str) -> str:
    """ "WATCH: Headline [Video]" → "Headline"."""
    return _MEDIA_LABEL.sub("", title).strip()


def _is_site(segment: str, sites: set[str]) -> bool:
    key = loose_key(segment)
    if not key:
        return True
    return any(
        key == s or (len(s) >= 4 and (s in key or key in s) and len(key) <= len(s) + 12)
        for s in sites
    )


# --------------------------------------------------------------------------- body


_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:"
    # ads and share buttons
    r"advertisement|ad|sponsored|advertisement\W+scroll to continue( with content)?|"
    r"(?:story|article) continues (?:below|after)(?: this)? (?:ad|advertisement)|"
    r"share( this( article| story| post)?)?( on \w+)?|share:?|tweet|email|print|copy link|"
    r"print article|order reprints|comments?|\d+ comments?|"
    r"(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|print|x|flipboard)(?:\W+"
    r"(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|print|x|flipboard))+|"
    # credit and republishing lines
    r"(?:please )?credit .{1,80} when (?:re)?(?:publishing|posting|sharing).*|"
    r"(?:gallery|image|photo|video|header image|top image) credits?:.{0,80}|"
    r"copyright\b.{0,120}|©.{0,120}|.{0,80}all rights reserved\.?|"
    r"this (?:copy|article) is for your personal,? non-commercial use only.*|"
    r"(?:all )?products? (?:featured|mentioned) .{0,80}independently selected.*|"
    r".{0,120}we may (?:earn|receive) (?:a |an )?(?:small )?(?:affiliate )?commission.*|"
    # newsletters, apps, follow prompts
    r"(?:sign up|subscribe|register) (?:for|to) .{0,80}newsletters?.*|"
    r"get .{0,80}(?:delivered )?(?:straight |direct(?:ly)? )?to your inbox.*|"
    r"follow (?:us|the .{0,40}) on (?:facebook|twitter|instagram|x|google news).*|"
    r"(?:download|install) the .{0,40} app.*|"
    r"an error has occurred,? please try again later\.?|thank you|"
    r"click here to (?:subscribe|sign up|download|follow).*|"
    r".{0,100}\bsign up\b.{0,100}\bnewsletters?\b.{0,100}|"
    r"(?:email|contact|reach|follow) (?!up\b).{1,80}(?:@\w|\bon (?:twitter|x|instagram|facebook|"
    r"threads|bluesky|linkedin)\b).{0,120}|"
    # credit, correction and republication notes
    r"\(?(?:reporting|additional reporting|writing|editing) by .{1,200}|"
    r".{1,120} contributed (?:to )?this (?:report|story|article)\.?|contributing: .{1,200}|"
    r"(?:originally published|this (?:piece|article|story) (?:originally |first )?(?:appeared|was "
    r"published)|cross-posted from|first published:?) .{0,160}|"
    r"(?:updated|first published|last updated|published)(?: at| on)?:? .{0,40}\d.{0,40}|"
    r"\[?(?:image|photo|picture|video|images|photos)s? (?:via|by|credit|courtesy)\b.{0,80}\]?|"
    r"this article has been sent to|"
    # related-story headings
    r"(?:related|related (?:content|stories|articles|coverage|links)|read more|more|"
    r"see also|recommended|most read|most popular|popular articles|trending(?: now| this week)?|"
    r"you may also like|you might also like|more from .{1,40}|more stories|also read)\s*:?|"
    r"(?:related|read more|read also|also read|see also|more|watch)\s*:\s*.{0,160}"
    r")\W*$",
    re.IGNORECASE,
)
_END_MARKER = re.compile(
    r"^\W*(?:latest (?:articles|news|stories|posts|videos)|popular (?:on|in) .{1,40}|"
    r"(?:more|most) popular(?: stories| articles)?|more (?:must-reads )?from .{1,40}|"
    r"related(?: videos?| articles| stories| content| coverage| posts| reading)?|"
    r"recommended(?: for you| stories| articles)?|you (?:may|might) also like|read next|"
    r"(?:more|other) (?:stories|news|articles|headlines)(?: from .{1,40})?|trending(?: now)?|"
    r"most (?:read|viewed|shared)|comments?|\d+ comments?|reader comments|join the conversation|"
    r"leave a (?:comment|reply)|post a comment|show comments|what to read next|"
    r"(?:sponsored|partner) (?:content|stories)|around the web|from our partners|"
    r"(?:topics|tags|filed under|categories)\s*:?.{0,120})\W*$",
    re.IGNORECASE,
)
_DATE_ONLY_LINE = re.compile(
    r"^\W*(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\w+day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\W+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?(?:,?\s*(?:uk|us|et|est|pst|gmt|utc))?\W*$",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w+")


def _coverage(reference: str, text: str, n: int = 4) -> float:
    """Share of the reference's n-word shingles that also occur in text."""
    ref_tokens, tokens = _WORD.findall(reference), _WORD.findall(text)
    ref = {tuple(ref_tokens[i : i + n]) for i in range(max(0, len(ref_tokens) - n + 1))}
    if not ref:
        return 1.0
    got = {tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1))}
    return len(ref & got) / len(ref)


def clean_body(text: str, title: str | None = None) -> str:
    """Drop boilerplate lines that survive extraction; keep paragraph breaks.

    The headline is a field of its own, so a copy of it opening the body goes too.
    """
    if not text:
        return ""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    for index in range(len(lines) // 2, len(lines)):
        if _END_MARKER.match(lines[index]):
            del lines[index:]  # what follows is a list of other stories or reader comments
            break
    kept = [
        line
        for line in lines
        if not _BOILERPLATE_LINE.match(line) and not _DATE_ONLY_LINE.match(line)
    ]
    title_key = loose_key(title)
    if title_key:
        head = [i for i, line in enumerate(kept[:3]) if loose_key(line) == title_key]
        if head:
            del kept[: head[-1] + 1]  # the headline and anything above it (kicker, section)
    return "\n\n".join(kept).strip()
