"""Text of HTML elements, and loose keys for comparing names and headlines."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_SPACES = re.compile(r"\s+")


def normalise_space(text: str | None) -> str:
    """Runs of whitespace as one space, ends trimmed."""
    return _SPACES.sub(" ", text or "").strip()


def loose_key(text: str | None) -> str:
    """Loose comparison key: lowercase letters and digits only."""
    return re.sub(r"[\W_]+", "", (text or "").lower())


def text_of(element: HtmlElement) -> str:
    """Visible text of an element, whitespace-normalised, without script or style content."""
    parts: list[str] = []
    _collect_text(element, parts)
    return " ".join(" ".join(parts).split())


def _collect_text(element: HtmlElement, parts: list[str]) -> None:
    if isinstance(element.tag, str) and element.tag not in ("script", "style", "noscript"):
        if element.text:
            parts.append(element.text)
        for child in element:
            _collect_text(child, parts)
            if child.tail:
                parts.append(child.tail)
