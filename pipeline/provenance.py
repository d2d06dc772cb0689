"""Where a sentence was found -> the title of its page, which tells who "it" and "the company" are.

A sentence handed to `extract-claims` alone often names nobody ("It claims 8 million users"); the
file or page it came from usually does: a model's README sits in a folder or repository named for the
model, and a blog post's file name or URL slug is its headline. These titles become the claim
extractor's context. A source that gives no usable title gives None, never an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from pipeline.entities import lookup_entity

_INDEX_FILE_RE = re.compile(r"(?:readme|model_?card|index|_index)(?:[._-][\w-]+)*", re.IGNORECASE)
_LEADING_DATE_RE = re.compile(r"^(?:\d{4}[-_]\d{1,2}(?:[-_]\d{1,2})?[-_]+)")
_EXTENSION_RE = re.compile(r"\.(?:html?|php|aspx?|jsp|md|markdown|mdx|rst|txt|pdf)$", re.IGNORECASE)
_NO_TITLE_RE = re.compile(r"[\d\W_]*|[0-9a-f]{8,}|[\w-]{0,2}", re.IGNORECASE)  # ids, hashes, numbers, "p"
_SECTION_WORDS = {
    "index", "amp", "news", "blog", "post", "posts", "article", "articles", "story", "stories", "p", "abs", "pdf", "view",
    "watch",
}
_GITHUB_VIEW_RE = re.compile(r"^/([^/]+)/([^/]+)/(?:blob|tree|raw)/[^/]+/(.*)$")


def words_of(slug: str) -> str:
    """A slug as a title: 'nano-banana-2-lite' -> 'Nano Banana 2 Lite'; capitals already written stay, and a
    name the gazetteer knows takes its own capitals ('openai' -> 'OpenAI', 'nvidia' -> 'Nvidia')."""
    words = re.sub(r"[-_+]+", " ", slug).split()
    return " ".join(w if any(c.isupper() for c in w) else _known_spelling(w) or w.capitalize() for w in words)


def _known_spelling(word: str) -> str | None:
    known = lookup_entity(word) if len(word) > 2 and not word.isdigit() else None
    return known.name if known is not None and known.name.lower() == word.lower() else None


def _slug_title(part: str) -> str | None:
    stem = _LEADING_DATE_RE.sub("", _EXTENSION_RE.sub("", part))
    if _NO_TITLE_RE.fullmatch(stem) or stem.lower() in _SECTION_WORDS:
        return None
    return words_of(stem)


def title_of_file(repo: str, path: str) -> str | None:
    """'deepseek-ai/DeepSeek-R1' + 'README.md' -> 'DeepSeek-R1'; a post's file name is its headline."""
    file = PurePosixPath(path.replace("\\", "/"))
    if _INDEX_FILE_RE.fullmatch(file.stem) or _INDEX_FILE_RE.fullmatch(file.name):
        named = _README_OF_RE.fullmatch(_EXTENSION_RE.sub("", file.name))
        if named and not _LANGUAGE_RE.fullmatch(named.group(1)):
            return _FORMAT_SUFFIX_RE.sub("", named.group(1))  # "README_Qwen3-8B-GGUF.md": the card of Qwen3-8B
        folders = [p for p in reversed(file.parent.parts) if p.lower() not in _GENERIC_FOLDERS and not _LANGUAGE_RE.fullmatch(p)]
        name = folders[0] if folders else repo.rstrip("/").split("/")[-1]
        return name or None  # a folder or repository is named as written: "DeepSeek-V3", "gpt-oss"; "docs/en" names neither
    return _slug_title(file.name)


# "README_Nemotron-3-Nano.md", "model_card_Orca-7B.md": a card named for its model (not "README_zh.md", "README.en.md")
_README_OF_RE = re.compile(r"(?:readme|model_?card)[._-]+((?-i:[A-Z])[\w.-]*\d[\w.-]*)", re.IGNORECASE)
_LANGUAGE_RE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2,4})?", re.IGNORECASE)  # "en", "zh-CN", "pt_BR", "zh-Hans"
_FORMAT_SUFFIX_RE = re.compile(r"[-_.](?:gguf|gptq|awq|mlx|exl2|onnx)$", re.IGNORECASE)  # how a model is packaged, not which
_GENERIC_FOLDERS = {"docs", "doc", "documentation", "i18n", "src", "source", "content", "pages", "wiki", "assets", "static"}


def title_of_url(url: str) -> str | None:
    """The last meaningful part of a URL's path: '/2025/03/acme-raises-40m/' -> 'Acme Raises 40m'."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1": not a URL
        return None
    github = _GITHUB_VIEW_RE.match(parts.path) if parts.netloc.lower().endswith("github.com") else None
    if github:
        return title_of_file(f"{github.group(1)}/{github.group(2)}", unquote(github.group(3)))
    for part in reversed([unquote(p) for p in parts.path.split("/") if p]):
        title = _slug_title(part)
        if title:
            return title
    return None


def title_from_source(source: Mapping[str, Any] | str | None) -> str | None:
    """A title from a record's provenance: {"title"}, {"repo", "path"}, {"url"} or a bare URL."""
    if isinstance(source, str):
        return title_of_url(source) if "/" in source else None
    if not isinstance(source, Mapping):
        return None
    title = source.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    repo, path = source.get("repo"), source.get("path")
    if isinstance(repo, str) and isinstance(path, str) and path.strip():
        return title_of_file(repo, path.strip())
    url = source.get("url")
    if isinstance(url, str) and url.strip():
        return title_of_url(url)
    return None


CONTEXT_CHARS = 700  # how much of the text before a sentence is read: the paragraph or two that name "it"
_ID_KEYS = ("id", "doc_id", "naeb_id", "zyte_id")


def document_ids(source: Mapping[str, Any] | str | None) -> list[str]:
    """The ids a source gives for the document a sentence came from: {"id"}, {"doc_id"}, {"naeb_id"}, {"zyte_id"}."""
    if not isinstance(source, Mapping):
        return []
    values = [source.get(key) for key in _ID_KEYS]
    return [str(v).strip() for v in values if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v).strip()]


def document_id(source: Mapping[str, Any] | str | None) -> str | None:
    """The first id a source gives, or None."""
    ids = document_ids(source)
    return ids[0] if ids else None


def context_in_document(title: str | None, body: str, sentence: str, start: int | None = None) -> str | None:
    """A document's title and the text before `sentence` in it, as the kb runner reads them; None if neither.

    `start` is where the sentence begins in `body` when the source says so; otherwise the sentence is looked
    up by its opening words. A sentence not found in the body gets the title alone.
    """
    if isinstance(start, int) and not isinstance(start, bool) and 0 <= start and body[start : start + 30] == sentence[:30]:
        position = start
    else:
        position = body.find(sentence[:60]) if sentence else -1
    before = body[:position] if position > 0 else ""
    context = ((title or "").strip() + "\n\n" + before[-CONTEXT_CHARS:]).strip()
    return context or None


Document = tuple[str | None, str]  # a document's title (or None) and its text


def documents_from_json(raw: str) -> tuple[dict[str, Document], list[str]]:
    """Documents by id from a JSON object keyed by id (the NAEB and Zyte files), a JSON list or JSON lines of
    {"id", "title", "text"|"articleBody", "url"}, and one line per document that could not be read.
    A document without a title is titled from its URL."""
    documents: dict[str, Document] = {}
    problems: list[str] = []

    def add(doc_id: Any, doc: Any, where: str) -> None:
        key = str(doc_id).strip() if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) else ""
        if not isinstance(doc, dict) or not key:
            problems.append(f"{where}: a document needs an id and fields")
            return
        body = next((doc[k] for k in ("articleBody", "text", "body") if isinstance(doc.get(k), str)), "")
        title = doc.get("title") if isinstance(doc.get("title"), str) and doc["title"].strip() else None
        documents[key] = (title or title_from_source(doc.get("url")), body)

    try:
        whole = json.loads(raw)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict) and not isinstance(whole.get("id"), (str, int)):
        for doc_id, doc in whole.items():
            add(doc_id, doc, f"document {doc_id!r}")
    elif isinstance(whole, (dict, list)):
        for number, doc in enumerate(whole if isinstance(whole, list) else [whole], 1):
            add(doc.get("id") if isinstance(doc, dict) else None, doc, f"item {number}")
    else:
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                problems.append(f"line {number}: not valid JSON")
                continue
            add(record.get("id") if isinstance(record, dict) else None, record, f"line {number}")
    return documents, problems


def context_from_source(sentence: str, source: Any, documents: Mapping[str, Document]) -> str | None:
    """What a sentence is read after: its document's title and preceding text when the source names a
    document by id, else the title the source itself gives (`title_from_source`)."""
    doc = next((documents[i] for i in document_ids(source) if i in documents), None)
    if doc is not None and isinstance(source, Mapping):
        return context_in_document(doc[0], doc[1], sentence, source.get("start"))
    return title_from_source(source)
