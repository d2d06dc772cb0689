"""Claims from sentences: the seed sentence, subjects from structure, conventions, bad input."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.claims import claim_to_record, extract_claims, extract_claims_batch
from pipeline.models import Claim
from pipeline.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


def numeric(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "numeric"]


SEED = "China processes 140 trillion AI tokens daily, surpassing previous benchmarks."


def test_seed_sentence(nlp: Language) -> None:
    claims = numeric(extract_claims(SEED, nlp))
    assert len(claims) == 1
    claim = claims[0]
    assert claim.subject == "China"
    assert claim.metric == "tokens_processed"
    assert claim.value == pytest.approx(1.4e14)
    assert claim.unit == "tokens"
    assert claim.period == "day"
    assert claim.bound == "="
    assert SEED[claim.start : claim.end] == claim.surface == "140 trillion"
    assert claim.hedged is False
