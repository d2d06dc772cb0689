"""The gazetteer of AI organisations, models, chips, benchmarks and countries, with aliases.

One canonical name per entity, so "DeepSeek-V3", "DeepSeek V3" and "deepseek-v3" link to the same
row; and EntityRuler patterns so spaCy tags these names before its statistical NER guesses
("MMLU" is not a place).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

# the words that name a model's or chip's variant after the family's name: "Claude 3.5 Haiku", "GPT-4.1 nano",
# "Gemini 2.0 Flash-Lite", "Qwen2.5-Coder", "Mistral Small 3.1", "Claude Code", "H100 SXM"
MODEL_VARIANTS = frozenset({
    "Haiku", "Sonnet", "Opus", "Flash", "Lite", "Pro", "Max", "Ultra", "Plus", "Turbo", "Coder", "Instruct", "Chat",
    "Base", "Small", "Medium", "Large", "Mini", "Nano", "mini", "nano", "Air", "Omni", "Vision", "VL", "Thinking",
    "Reasoner", "Code", "Studio", "Preview", "Exp", "Experimental", "Edge", "Distill", "Audio", "Realtime", "Embed",
    "Embedding", "Scout", "Maverick", "Behemoth", "Heavy", "Fast", "XL", "XXL",
})
CHIP_VARIANTS = frozenset({
    "SXM", "SXM4", "SXM5", "PCIe", "NVL", "NVL72", "NVL144", "Superchip",
})
VARIANT_WORDS = MODEL_VARIANTS | CHIP_VARIANTS

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.json")

# spaCy labels for each gazetteer type; models, chips and benchmarks get their own labels.
LABELS = {
    "org": "ORG", "country": "GPE", "model": "AI_MODEL", "chip": "CHIP", "benchmark": "BENCHMARK",
    "product": "PRODUCT",
}


@dataclass(frozen=True)
class Entity:
    """A gazetteer row."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    org: str | None = None
    source: str = "curated"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def alias_key(name: str) -> str:
    """Spelling-insensitive key: case, spaces, hyphens and underscores do not matter."""
    return re.sub(r"[\s_\-·‐‑–]+", "", name.lower()).strip(".,;:'\"’”“()")


@lru_cache(maxsize=1)
def load_gazetteer(path: str | None = None) -> tuple[Entity, ...]:
    """All gazetteer entities, read once."""
    data = json.loads(Path(path or GAZETTEER_PATH).read_text(encoding="utf-8"))
    return tuple(
        Entity(
            name=row["name"], type=row["type"], aliases=tuple(row.get("aliases", ())),
            org=row.get("org"), source=row.get("source", "curated"),
        )
        for row in data["entities"]
    )


@lru_cache(maxsize=1)
def _index() -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for entity in load_gazetteer():
        for text in (entity.name, *entity.aliases):
            index.setdefault(alias_key(text), entity)
    return index


def lookup_entity(name: str) -> Entity | None:
    """The gazetteer entity a name refers to, or None."""
    if not name:
        return None
    return _index().get(alias_key(name))


@lru_cache(maxsize=1)
def _spelling_index() -> dict[str, str]:
    """Canonical names by their spelling key; a key two entities share, or shorter than three characters ('o1',
    'T5'), is left out."""
    index: dict[str, str] = {}
    shared: set[str] = set()
    for entity in load_gazetteer():
        key = _spelling_key(entity.name)
        if key in index and index[key] != entity.name:
            shared.add(key)
        index.setdefault(key, entity.name)
    return {key: name for key, name in index.items() if key not in shared and len(key) >= 3}


def _spelling_key(name: str) -> str:
    """Letters, digits and the marks that tell models apart ('CodeT5' is not 'CodeT5+'); case, accents, spaces,
    dots and hyphens do not count ('NUWA' is 'NÜWA', but 'WASP' is not 'λ-WASP')."""
    return "".join(ch for ch in _unaccented(name.lower()) if ch.isalnum() or ch in "+#&")


def _unaccented(text: str) -> str:
    """'nüwa' -> 'nuwa': letters without their accents; a letter with no plain form ('λ') stays."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def known_spelling(name: str) -> str | None:
    """The gazetteer's own spelling of a name written another way: 'Gemma3' -> 'Gemma 3', 'Character Ai' ->
    'Character.AI', 'Llama32' -> 'Llama 3.2'; None when the name is no spelling of a canonical name (an alias
    such as 'Facebook' stays as written) or differs from it only in case ('Math' is not made the benchmark 'MATH')."""
    spelling = _spelling_index().get(_spelling_key(name))
    return spelling if spelling is not None and spelling.lower() != name.lower() else None


def entity_id(name: str) -> str:
    """Stable id of a canonical name, as stored in the kb: 'DeepSeek-V3' -> 'deepseek-v3', 'NÜWA' -> 'nuwa'."""
    return re.sub(r"[^a-z0-9.+]+", "-", _unaccented(name.lower())).strip("-")


def entity_record(entity: Entity) -> dict[str, Any]:
    """The `entities` row of a gazetteer entity."""
    return {"id": entity_id(entity.name), "name": entity.name, "kind": entity.type, "aliases": list(entity.aliases)}


def canonical_entity(name: str) -> str | None:
    """Canonical name for a name or alias ('DeepSeek V3' -> 'DeepSeek-V3'), None if unknown."""
    entity = lookup_entity(name)
    return entity.name if entity else None


def _variants(alias: str) -> set[str]:
    """Spellings seen in text: 'DeepSeek-V3' is also written 'DeepSeek V3' and 'DeepSeekV3'."""
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
        out.add(alias.replace("-", ""))
    if " " in alias and re.search(r"\d", alias):
        out.add(alias.replace(" ", "-"))
    return {v for v in out if v.strip()}


def _case_sensitive(alias: str, curated: bool = True) -> bool:
    """Plain capitalised words ('Gemini', 'Falcon') and short acronyms ('ARC') only match as written.

    Single-word names from the Epoch table ('IMPALA', 'CoRe') are matched as written too: many
    are ordinary words in lower case.
    """
    if re.fullmatch(r"[A-Z][a-z]+", alias):
        return True
    if not curated and re.fullmatch(r"[A-Za-z]+", alias):
        return True
    return bool(re.fullmatch(r"[A-Z]{2,4}", alias))


def ruler_patterns(case_sensitive: bool | None = None) -> list[dict[str, Any]]:
    """EntityRuler phrase patterns for every gazetteer name and alias, with the canonical name as id.

    Plain capitalised words and short acronyms are case-sensitive (match them with an ORTH ruler),
    the rest are matched on lower-case text; `case_sensitive` selects one group, None gives both.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, bool, str]] = set()
    for entity in load_gazetteer():
        label = LABELS.get(entity.type, "ORG")
        for alias in (entity.name, *entity.aliases):
            for variant in _variants(alias):
                sensitive = _case_sensitive(variant, entity.source == "curated")
                text = variant if sensitive else variant.lower()
                # "Nvidia" matched as written does not stand in for "NVIDIA", matched in any case
                if (text, sensitive, label) in seen:
                    continue
                seen.add((text, sensitive, label))
                if case_sensitive is not None and sensitive != case_sensitive:
                    continue
                patterns.append({"label": label, "pattern": text, "id": entity.name})
    return patterns
