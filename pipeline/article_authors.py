"""Authors: where a page names them, and which bylines name persons rather than desks.

Bylines mix names with roles ("Staff Writer"), e-mail addresses, dates, photo credits and
the publication's own name; only the persons are authors. When a page credits no person,
the desk or wire service it credits is reported instead.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

import trafilatura.metadata
from lxml.html import HtmlElement

from pipeline.article_dates import WRITTEN_DATE, header_items
from pipeline.html_text import loose_key, normalise_space, text_of

# --------------------------------------------------------------------------- finding authors

_META_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
)


def find_authors(
    tree: HtmlElement,
    *,
    declared: Any,
    meta: dict[str, list[str]],
    sites: set[str],
    headline: HtmlElement | None,
    body: str = "",
) -> list[str]:
    """Person names, from the most explicit source that names any.

    JSON-LD (`declared`) and <meta> first, then the "By" line under the headline, byline
    elements, a name printed beside the date, a "By" line further down, embedded app
    state, and last a "Reporting by" credit line with trafilatura's guess. Contributors
    ("Contributions from X") are not authors. When no source names a person, the desk or
    wire service the page credits is reported instead ("Slate Staff", "Associated
    Press"); a desk credited in the metadata or under the headline ends the search, since
    names elsewhere on such a page belong to other stories.
    """
    meta_names: list[str] = []
    for key in _META_AUTHOR_KEYS:
        values = [
            v
            for v in meta.get(key, [])
            if v
            and not v.startswith(("http://", "https://", "/"))
            and not (key == "parsely-author" and " " not in v)
        ]
        if values:
            meta_names = values
            break
    by_lines, beside_date = header_credits(headline) if headline is not None else ([], [])
    byline_texts, byline_candidates = _byline_texts(tree)
    contributors = {n.lower() for n in normalise_authors(_contributor_texts(byline_candidates))}

    # (where the source is, its byline texts), most explicit first; computed on demand.
    sources: list[tuple[str, Callable[[], list[str]]]] = [
        ("metadata", lambda: _ld_names(declared) if declared else []),
        ("metadata", lambda: meta_names),
        ("headline", lambda: by_lines),
        ("page", lambda: byline_texts),
        ("page", lambda: beside_date),
        ("page", lambda: _by_after_headline(tree, headline)),
        ("page", lambda: _embedded_state_authors(tree)),
        ("page", lambda: _reporting_credits(body)),
    ]
    credits: list[str] = []
    chosen: list[str] = []
    for index, (where, read) in enumerate(sources):
        raw = read()
        if index == len(sources) - 1 and not credits:
            # trafilatura's own byline search, last: it is slower and less careful
            guess = trafilatura.metadata.extract_author(tree)
            raw = raw + (guess.split(";") if guess else [])
        names, agencies = _split_names(raw, sites)
        names = [n for n in names if n.lower() not in contributors]
        if names:
            chosen = names
            break
        desk = desk_credit(raw, sites, declared_only=where == "metadata")
        if desk and where != "page" and not _WIRE_SERVICES.match(desk):
            return [desk]
        credits.extend([desk] if desk else agencies[:1])
    for fuller in (meta_names, byline_texts[:1]):
        # JSON-LD sometimes lists only the first author; a superset elsewhere is fuller.
        more, _ = _split_names(fuller, sites)
        more = [n for n in more if n.lower() not in contributors]
        if (
            chosen
            and len(more) > len(chosen)
            and {c.lower() for c in chosen} <= {m.lower() for m in more}
        ):
            chosen = more
    return chosen or credits[:1]


def _embedded_state_authors(tree: HtmlElement) -> list[str]:
    """Author names in a script's embedded JSON state (single-page apps), as a last resort."""
    for script in tree.iterfind(".//script"):
        text = script.text or ""
        if '"author' not in text or "ld+json" in (script.get("type") or ""):
            continue
        match = _STATE_AUTHORS.search(text[:2_000_000])
        if match:
            return [match.group(1) or match.group(2)]
    return []


def _by_after_headline(tree: HtmlElement, headline: HtmlElement | None) -> list[str]:
    """A "By Jane Doe" line among the elements that follow the headline, however far."""
    start = headline if headline is not None else tree.find(".//body")
    if start is None:
        return []
    axis = "following" if headline is not None else "descendant"
    for node in start.xpath(f"{axis}::*[position() <= 300]"):
        if node.tag in ("script", "style"):
            continue
        own = (node.text or "").strip()
        if _BY_LINE.match(own):
            text = text_of(node)
            if len(text) <= len(own) + 2 and node.getparent() is not None:
                text = text_of(node.getparent())
            if len(text) <= 200:
                return [text]
    return []


def _byline_texts(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """Texts of byline-like elements near the first one that names someone, and all of them.

    Elements far from that first byline (teasers for other stories) are left out.
    """
    elements: list[tuple[HtmlElement, str]] = []
    for element in _byline_elements(tree):
        if len(elements) >= 20:
            break
        if any(
            a.tag in ("footer", "aside", "nav") or _is_aside(a) for a in element.iterancestors()
        ):
            continue
        text = text_of(element)
        if 3 <= len(text) <= 200:
            elements.append((element, text))
    anchor = None
    texts: list[str] = []
    for element, text in elements:
        if anchor is None:
            if _split_names([text], set())[0]:
                anchor = element
                texts.append(text)
            continue
        if _near(anchor, element):
            texts.append(text)
    return texts, [text for _, text in elements]


# --------------------------------------------------------------------------- names


def _ld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        names: list[str] = []
        for item in value:
            names.extend(_ld_names(item))
        return names
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [str(n) for n in name if n]
        if isinstance(name, str) and name.strip():
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return [f"{given} {family}"]
    return []


_WIRE_SERVICES = re.compile(
    r"^(the )?(associated press|ap|reuters|thomson reuters|afp|agence france[- ]presse|"
    r"dpa|ansa|efe|xinhua|upi|united press international|bloomberg( news)?|pa( media)?|"
    r"press association|cnn wire|tribune news service|mcclatchy|news wire|wire services?)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"\b(staff|staffer|editorial|editors?|desk|team|newsroom|contributors?|contributing|"
    r"correspondent|reporter|writer|journalist|columnist|producer|photographer|critic|analyst|"
    r"fellow|senior|chief|director|manager|intern|admin|administrator|webmaster|guest|"
    r"anonymous|unknown|navigation|links|expertise|kitchen|center|centre|author)\b",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|•|·|\s(?:and|And|AND|und|et|y|e|with)\s|\|)\s*")
_BY_PREFIX = re.compile(
    r"^\s*(?:written\s+|reported\s+|posted\s+|words\s+)?(?:by|von|par|por|di|door)\s*[:\-–—]?\s+",
    re.IGNORECASE,
)


def normalise_authors(raw: list[str], sites: set[str] | None = None) -> list[str]:
    """Person names from byline strings: no "By", no "Staff", no wire-service furniture."""
    names, agencies = _split_names(raw, sites or set())
    return names or agencies[:1]


_CREDENTIALS = re.compile(r"^(?!(?:II|III|IV)$)(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.D\.)$")
_NAME_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "binti",
    "al",
    "el",
    "la",
    "le",
    "du",
    "dos",
    "das",
    "ibn",
    "ben",
    "y",
    "st.",
    "mc",
}
_BYLINE_NOISE = re.compile(
    r"(?:\s+on)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$|"
    r"\s+\d{1,2}[/:.]\d.*$|"
    r"\b(?:link copied|copy link|follow|updated|published|posted|last updated|view all posts|"
    r"read more|see all|more articles|contact|email|twitter|facebook|instagram)\b.*$",
    re.IGNORECASE,
)
_NON_NAME_WORDS = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|author|"
    r"authors|written|by|photo|photos|image|images|video|news|opinion|review|analysis|share|"
    r"home|updated|published|posted)\.?,?$",
    re.IGNORECASE,
)


def _split_names(raw: list[str], sites: set[str]) -> tuple[list[str], list[str]]:
    names: list[str] = []
    agencies: list[str] = []
    for entry in raw:
        entry = normalise_space(html_lib.unescape(str(entry)))
        if not entry or entry.startswith(("http://", "https://")) or len(entry) > 200:
            continue
        entry = _BY_PREFIX.sub("", entry)
        entry = _CONTRIBUTOR.sub("", entry)
        entry = _BYLINE_NOISE.sub("", entry)
        entry = re.sub(r"\s*\([^)]*\)", "", entry)  # "(Image: ...)", "(AP)"
        entry = re.sub(r"\s+[|/]\s+.*$", "", entry)  # "Name | Title", "Name / Paper"
        entry = re.sub(r"\S+@\S+", "", entry)
        parts = _AUTHOR_SPLIT.split(entry)
        # "Name, MS, RDN": a credential after a comma belongs to the name before it.
        for part in parts:
            part = _BY_PREFIX.sub("", part).strip(" ,:;-–—@|•·")
            if not part or _CREDENTIALS.match(part):
                continue
            if part.isupper() and len(part) > 5 and " " in part:
                part = part.title()  # "JANE DOE" before credentials ("MS", "RDN") are told apart
            words = part.split()
            while (
                len(words) > 1
                and _CREDENTIALS.match(words[-1])
                and not re.match(r"^[A-Z]\.$", words[-1])
            ):
                words.pop()
            half = len(words) // 2
            if len(words) % 2 == 0 and words[:half] == words[half:]:
                words = words[:half]  # "Jane Doe Jane Doe": the name shown twice
            part = " ".join(words)
            if _WIRE_SERVICES.match(part):
                agencies.append(part)
                continue
            if not _looks_like_name(part, sites):
                continue
            if part.lower() not in (n.lower() for n in names):
                names.append(part)
    return names[:10], agencies


def _looks_like_name(part: str, sites: set[str]) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 5:
        return False
    if _NOT_A_NAME.search(part) or any(ch.isdigit() or ch in ':?!"“”' for ch in part):
        return False
    if any(_NON_NAME_WORDS.match(w) for w in words):
        return False
    if any(not (w[0].isupper() or w.lower() in _NAME_PARTICLES) for w in words):
        return False
    key = loose_key(part)
    if key in sites or any(len(s) >= 5 and s in key for s in sites):
        return False
    return not _ORG_WORDS.search(part)


_BY_LINE = re.compile(
    r"^(?:written |posted |words )?by\b(?!\s+(?:the|a|an|using|clicking|signing|subscribing)\b)",
    re.IGNORECASE,
)
_STAFF_BYLINE = re.compile(r"\b(?:staff|team|editorial board|desk|newsroom)\b", re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\b(?:news|times|post|press|media|magazine|journal|daily|weekly|gazette|herald|tribune|"
    r"telegram|network|channel|group|inc|ltd|llc|corp|university|institute|agency|today|"
    r"radio|tv|television|online|digital|publishing|studios?|foundation|association|"
    r"society|council|department|ministry|office|service|services|technologies|technology|"
    r"systems|solutions|partners|capital|labs|company|bank|board|committee)\b",
    re.IGNORECASE,
)
_CONTRIBUTOR = re.compile(
    r"(?:contributions? from|additional reporting (?:by|from)|with reporting (?:by|from)|"
    r"edited by|editing by|photographs? by|photography by|photos? by|images? by|video by|illustrations? by|"
    r"fact[- ]checked by|reviewed by|medically reviewed by)\s+(.+?)(?:\s+(?:published|last updated|"
    r"updated|on)\b|$)",
    re.IGNORECASE,
)


def _contributor_texts(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        for match in _CONTRIBUTOR.finditer(text):
            found.append(match.group(1))
    return found


_REPORTING = re.compile(
    r"^\(?(?:reporting|reported|writing) by ([^;.\n]+)", re.IGNORECASE | re.MULTILINE
)


def _reporting_credits(body: str) -> list[str]:
    """Reuters-style credit lines at the end of a story: "Reporting by A and B; Editing by C"."""
    tail = body[-600:]
    return [m.group(1) for m in _REPORTING.finditer(tail)]


_BYLINE_CLASS = re.compile(r"byline|author|contributor-name", re.IGNORECASE)


def _byline_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Elements marked as bylines or author names, in document order."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.get("rel") == "author" or element.get("itemprop") == "author":
            yield element
            continue
        css = element.get("class")
        if (css and _BYLINE_CLASS.search(css)) or "byline" in (element.get("id") or ""):
            yield element


_STATE_AUTHORS = re.compile(
    r'"authors?"\s*:\s*\[?\s*\{[^{}]{0,300}?"name"\s*:\s*"([^"\\]{3,60})"|'
    r'"authors?"\s*:\s*\[\s*"([^"\\]{3,60})"'
)
_ASIDE_TOKEN = re.compile(
    r"^(?:comments?|comment-list|comments-area|related|related-.*|recommended|sidebar|footer|"
    r"newsletter|most-popular|trending|more-stories|read-more)$",
    re.IGNORECASE,
)


def _is_aside(element: HtmlElement) -> bool:
    tokens = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    return any(_ASIDE_TOKEN.match(t) for t in tokens)


def _near(first: HtmlElement, other: HtmlElement, limit: int = 300) -> bool:
    """True when the two elements share an ancestor holding little text (one byline block)."""
    ancestors = [first, *first.iterancestors()]  # keeps the proxies alive for `is`
    node: HtmlElement | None = other
    while node is not None and not any(node is a for a in ancestors):
        node = node.getparent()
    return node is not None and _text_length_at_most(node, limit)


def _text_length_at_most(element: HtmlElement, limit: int) -> bool:
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > limit:
            return False
    return True


# --------------------------------------------------------------------------- desks

_GENERIC_CREDIT = re.compile(
    r"^(?:the|from|by|staff|staffers?|team|editorial|board|desk|newsroom|reports?|admin|"
    r"administrator|editors?|writers?|authors?|guest|correspondents?|contributors?|webmaster|"
    r"wire|services?|and|&)$",
    re.IGNORECASE,
)


def desk_credit(raw: list[str], sites: set[str], declared_only: bool = False) -> str | None:
    """The first byline that credits a desk or a wire service rather than a person.

    "Slate Staff", "Sun Sentinel Editorial Board", "By The Citizen", "Associated Press":
    the page names no person, but it does say who wrote the story. A bare role ("Staff",
    "From staff reports") says nothing. With `declared_only` (JSON-LD and <meta>), the
    publication's own name does not count: many sites fill the author field with it
    whatever the byline says.
    """
    for entry in raw:
        entry = normalise_space(html_lib.unescape(str(entry)))
        if not entry or entry.startswith(("http://", "https://")) or len(entry) > 200:
            continue
        entry = _BY_PREFIX.sub("", entry)
        entry = _BYLINE_NOISE.sub("", entry)
        entry = re.sub(r"\s*\([^)]*\)|\S+@\S+", "", entry)
        entry = re.split(r"\s+[|/–—•·-]\s+|\s*[|•·]\s*|,\s*", entry)[0].strip(" -–—:;")
        words = entry.split()
        if not 1 <= len(words) <= 6 or len(entry) > 60 or any(ch.isdigit() for ch in entry):
            continue
        if not entry[0].isupper() or all(_GENERIC_CREDIT.match(w) for w in words):
            continue
        if _WIRE_SERVICES.match(entry) or _STAFF_BYLINE.search(entry) or _NOT_A_NAME.search(entry):
            return entry
        key = loose_key(entry)
        publication = _ORG_WORDS.search(entry) or any(
            key == s or (len(s) >= 5 and s in key) for s in sites
        )
        if publication and not declared_only:
            return entry
    return None


# --------------------------------------------------------------------------- the header

_CREDIT_LINE = re.compile(
    r"^(?P<lead>(?:(?:story|words|text|written|reported|posted|photos?|images?|pictures?|"
    r"video|and|&)\s+)*)by\b\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_PICTURE_LEAD = re.compile(r"\b(?:photos?|images?|pictures?|video)\b", re.IGNORECASE)
_WRITING_LEAD = re.compile(r"\b(?:story|words|text|written|reported|posted)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"^(?:[,|&/•·]|and\b)", re.IGNORECASE)
_CONTINUED = re.compile(r"(?:[,&]|\band)$", re.IGNORECASE)
_HEADER_ITEMS = 80


def header_credits(headline: HtmlElement) -> tuple[list[str], list[str]]:
    """Bylines printed under the headline: (the first "By ..." line, a name beside a date).

    A "By ..." line just after a lead image's caption credits the photographer, and a
    "Photos by" line never credits the writer. A name beside the date counts only when
    it is the whole text and not a link to a section or tag page (breadcrumbs).
    """
    items = list(islice(header_items(headline), _HEADER_ITEMS))
    last_image: int | None = None
    beside_date: list[str] = []
    for index, (kind, text, element) in enumerate(items):
        if kind == "image":
            last_image = index
            continue
        if kind != "text" or len(text) > 200:
            continue
        match = _CREDIT_LINE.match(text)
        if match:
            lead = match.group("lead")
            if _PICTURE_LEAD.search(lead) and not _WRITING_LEAD.search(lead):
                continue
            if last_image is not None and _follows_caption(items[last_image + 1 : index]):
                continue
            return ["By " + _with_continuation(match.group("rest"), items[index + 1 :])], []
        if not beside_date and _beside_date(items, index) and _is_name_only(text, element):
            beside_date.append(text)
    return [], beside_date


_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|by|writers?|people|person|profiles?|contributors?|staff|journalists?|"
    r"columnists?|reporters?|users?|members?|team)/|/@",
    re.IGNORECASE,
)


def _is_name_only(text: str, element: HtmlElement | None) -> bool:
    """True when the text is one person's name and not a link to a non-author page."""
    names, _ = _split_names([text], set())
    if (
        text.endswith(":")  # a label: "Filed under:"
        or len(names) != 1
        or loose_key(names[0]) != loose_key(_BY_PREFIX.sub("", text))
    ):
        return False
    if element is not None and any(
        a.tag in ("footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6") or _is_aside(a)
        for a in (element, *element.iterancestors())
    ):
        return False
    node = element
    for _ in range(3):
        if node is None:
            break
        if node.tag == "a":
            return bool(_AUTHOR_PAGE.search(node.get("href") or ""))
        node = node.getparent()
    return True


def _follows_caption(between: list[tuple[str, str, HtmlElement | None]]) -> bool:
    """True when the items between an image and a byline are its caption, a sentence."""
    texts = [text for kind, text, _ in between if kind == "text"]
    return 1 <= len(texts) <= 2 and any(len(t) >= 40 for t in texts)


def _with_continuation(rest: str, following: list[tuple[str, str, HtmlElement | None]]) -> str:
    """The byline text, joined with the elements that continue it ("By <a>Jane</a>, Staff")."""
    for kind, text, _ in following[:6]:
        if kind != "text":
            break
        if len(rest) > 120 or (rest and not (_CONTINUES.search(text) or _CONTINUED.search(rest))):
            break
        rest = f"{rest} {text}".strip()
    return rest


def _beside_date(items: list[tuple[str, str, HtmlElement | None]], index: int) -> bool:
    """True when the item before or after `index` (separators skipped) shows a date."""
    for step in (-1, 1):
        other = index + step
        while (
            0 <= other < len(items) and items[other][0] == "text" and not loose_key(items[other][1])
        ):
            other += step
        if 0 <= other < len(items):
            kind, text, _ = items[other]
            if kind == "time" or (kind == "text" and len(text) <= 60 and WRITTEN_DATE.search(text)):
                return True
    return False
