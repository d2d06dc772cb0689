"""Where a sentence was found -> the title of its page, which tells who "it" and "the company" are.

A sentence handed to `extract-claims` alone often names nobody ("It claims 8 million users"); the
file or page it came from usually does: a model's README sits in a folder named for the model, and a
blog post's file name or URL slug is its headline. These titles become the claim extractor's context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

_INDEX_FILES = {"README", "MODEL_CARD", "MODELCARD", "INDEX", "_INDEX"}


def words_of(slug: str) -> str:
    """A file name or URL slug as a title: 'nano-banana-2-lite' -> 'Nano Banana 2 Lite'."""
    words = re.sub(r"[-_+]+", " ", slug).split()
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)


def title_of_url(url: str) -> str | None:
    """The last meaningful part of a URL's path: '/2025/03/openrouter-raises-40m/' -> 'Openrouter Raises 40m'."""
    parts = [unquote(p) for p in urlsplit(url).path.split("/") if p and not p.isdigit()]
    parts = [re.sub(r"\.(?:html?|php|aspx?|md)$", "", p, flags=re.IGNORECASE) for p in parts]
    parts = [p for p in parts if p and p.lower() not in ("index", "amp", "news", "blog", "post", "posts", "article")]
    return words_of(parts[-1]) if parts else None


def title_of_file(repo: str, path: str) -> str:
    """'deepseek-ai/DeepSeek-R1' + 'README.md' -> 'DeepSeek-R1'; any other file's name is its title."""
    file = PurePosixPath(path)
    if file.stem.upper() in _INDEX_FILES:
        return words_of(file.parent.name if file.parent.name else repo.split("/")[-1])
    return words_of(file.stem)


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
    if isinstance(repo, str) and isinstance(path, str) and path:
        return title_of_file(repo, path) or None
    url = source.get("url")
    if isinstance(url, str) and url:
        return title_of_url(url)
    return None
