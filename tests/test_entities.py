"""The gazetteer: aliases resolve to one canonical name, and the EntityRuler tags AI names."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from pipeline.entities import (
    GAZETTEER_PATH,
    canonical_entity,
    entity_id,
    known_spelling,
    lookup_entity,
    ruler_patterns,
)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("DeepSeek-V3", "DeepSeek-V3"),
        ("DeepSeek V3", "DeepSeek-V3"),
        ("deepseek v3", "DeepSeek-V3"),
        ("LLaMA 2", "Llama 2"),
        ("Llama-2", "Llama 2"),
        ("NVIDIA", "Nvidia"),
        ("U.S.", "United States"),
        ("DeepMind", "Google DeepMind"),
        ("Moonshot", "Moonshot AI"),
        ("MMLU", "MMLU"),
    ],
)
def test_aliases_resolve(name: str, canonical: str) -> None:
    assert canonical_entity(name) == canonical


def test_unknown_names() -> None:
    assert canonical_entity("Acme Widgets Ltd") is None
    assert canonical_entity("") is None


@pytest.mark.parametrize(
    ("written", "spelling"),
    [
        ("Gemma3", "Gemma 3"),  # a repository's name
        ("Llama32", "Llama 3.2"),
        ("Character Ai", "Character.AI"),  # a slug's words
        ("deepseek v3", "DeepSeek-V3"),
        ("DeepMind", None),  # an alias, another name for Google DeepMind: left as written
        ("U.S.", None),  # too short to tell by its letters
        ("O1", None),
        ("CodeT5", None),  # not CodeT5+, another model
        ("Math", None),  # a word, not the benchmark MATH: only case differs
        ("Acme Widgets", None),
        ("Nuwa", "NÜWA"),  # accents do not count
        ("Wasp", None),  # λ-WASP keeps its λ: another name
    ],
)
def test_known_spelling(written: str, spelling: str | None) -> None:
    assert known_spelling(written) == spelling


def test_types() -> None:
    assert lookup_entity("H100").type == "chip"  # type: ignore[union-attr]
    assert lookup_entity("GSM8K").type == "benchmark"  # type: ignore[union-attr]
    assert lookup_entity("India").type == "country"  # type: ignore[union-attr]
    assert lookup_entity("Anthropic").type == "org"  # type: ignore[union-attr]
    assert lookup_entity("Claude 3.5 Sonnet").type == "model"  # type: ignore[union-attr]


def test_gazetteer_attributes_epoch() -> None:
    data = json.loads(GAZETTEER_PATH.read_text(encoding="utf-8"))
    assert "Epoch AI" in data["attribution"] and "CC BY 4.0" in data["attribution"]
    assert any(e["source"] == "Epoch AI" for e in data["entities"])


def test_patterns_carry_canonical_ids() -> None:
    patterns = ruler_patterns()
    ids = {p["id"] for p in patterns}
    assert {"DeepSeek-V3", "MMLU", "Nvidia", "China"} <= ids
    # common words are matched case-sensitively so "gemini" in lower case is not a model
    exact = ruler_patterns(case_sensitive=True)
    assert {"label": "AI_MODEL", "pattern": "Gemini", "id": "Gemini"} in exact
    assert all(p["pattern"] != "gemini" for p in patterns)


def test_ruler_tags_ai_names() -> None:
    from pipeline.nlp import load_nlp

    doc = load_nlp()("DeepSeek V3 scores 88.5 on MMLU, ahead of GPT-4o, on H800 chips in China.")
    tagged = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("DeepSeek V3", "AI_MODEL", "DeepSeek-V3") in tagged
    assert ("MMLU", "BENCHMARK", "MMLU") in tagged
    assert ("GPT-4o", "AI_MODEL", "GPT-4o") in tagged
    assert ("H800", "CHIP", "H800") in tagged
    assert ("China", "GPE", "China") in tagged


def test_ruler_runs_before_ner() -> None:
    from pipeline.nlp import load_nlp

    names = load_nlp().pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    assert names.index("entity_ruler_exact") < names.index("ner")
    assert "lemmatizer" not in names


def test_plain_words_match_only_as_written() -> None:
    from pipeline.nlp import load_nlp

    doc = load_nlp()("Gemini beats the twins, a gemini in the sky.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "AI_MODEL"] == [("Gemini", "AI_MODEL")]


def test_products_and_table_noise() -> None:
    facebook = lookup_entity("Facebook")
    assert facebook is not None and facebook.type == "product" and facebook.org == "Meta"
    assert canonical_entity("Meta Platforms") == "Meta"
    # parentheses in the Epoch table hold data sets and settings, not aliases; ordinary words are not models
    assert canonical_entity("Python") is None
    assert canonical_entity("SSD") is None and canonical_entity("Dropout") is None
    assert canonical_entity("SDXL") == "Stable Diffusion XL"


def test_line_breaks_end_sentences() -> None:
    from pipeline.nlp import load_nlp

    doc = load_nlp()("OpenRouter raises $40 million\n\nIt claims 8 million users.")
    assert [s.text.strip() for s in doc.sents] == ["OpenRouter raises $40 million", "It claims 8 million users."]


def test_line_breaks_mark_starts_and_non_starts_before_parsing(nlp: Language) -> None:
    """A line break starts a sentence, a word not ending one never lets the next start one, the rest is the parser's."""
    from pipeline.nlp import line_breaks

    doc = line_breaks(nlp.make_doc("Nvidia rose 3%. Shares of AMD\nfell 2% in early trading"))
    marks = {t.text: t.is_sent_start for t in doc}
    assert marks["fell"] is True  # after a line break
    assert marks["rose"] is False and marks["AMD"] is False  # mid-phrase
    assert marks["Shares"] is None  # after a full stop: the parser decides
    long = line_breaks(nlp.make_doc("Line one of many\n" * 5000))
    assert sum(1 for t in long if t.is_sent_start) == 5000


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("DALL-E 2", "DALL·E 2"),  # the table writes a middle dot; news types a hyphen
        ("NUWA", "NÜWA"),
        ("Xi'an Jiaotong University", "Xi’an Jiaotong University"),
        ("PanGu-Σ", "PanGu-Σ"),  # a Greek letter is kept, not dropped ('PanGu-')
    ],
)
def test_table_names_keep_their_letters(name: str, canonical: str) -> None:
    assert canonical_entity(name) == canonical


def test_entity_ids_fold_accents() -> None:
    assert entity_id("NÜWA") == "nuwa"
    assert entity_id("DeepSeek-V3") == "deepseek-v3"
